import QtQuick
import Kiosk

Text {
    font.pixelSize: Theme.title
    font.bold: true
    color: Theme.ink
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
}
