pragma ComponentBehavior: Bound

import QtQuick
import Kiosk

// A simple drawing of an ID card with its chip, so no image asset is needed.
Rectangle {
    id: card
    property bool busy: false
    width: 420 * Theme.s
    height: width * 0.63
    radius: width * 0.05
    color: "#DDEBF8"
    border.color: Theme.primary
    border.width: 4

    Rectangle {
        x: parent.width * 0.08; y: parent.height * 0.32
        width: parent.width * 0.17; height: parent.height * 0.3
        radius: 6
        color: "#D4AF37"
    }
    Rectangle {
        x: parent.width * 0.62; y: parent.height * 0.18
        width: parent.width * 0.28; height: parent.height * 0.55
        radius: 6
        color: "#9FB7D0"
    }
    Repeater {
        model: 3
        Rectangle {
            required property int index
            x: card.width * 0.08; y: card.height * (0.72 + index * 0.08)
            width: card.width * (0.5 - index * 0.1); height: card.height * 0.04
            color: "#9FB7D0"
        }
    }
    SequentialAnimation on opacity {
        running: card.busy
        loops: Animation.Infinite
        NumberAnimation { to: 0.55; duration: 700 }
        NumberAnimation { to: 1.0; duration: 700 }
    }
}
