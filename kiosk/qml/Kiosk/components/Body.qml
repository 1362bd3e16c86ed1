import QtQuick
import Kiosk

Text {
    font.pixelSize: Theme.text
    color: Theme.ink
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
