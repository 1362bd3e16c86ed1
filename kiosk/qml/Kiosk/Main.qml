import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Kiosk

Window {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: true
    flags: Qt.Window | Qt.FramelessWindowHint  // a kiosk: no title bar, even in a window (--size)
    color: Theme.background
    title: "Tram Cong dan so"

    Binding { target: Theme; property: "s"; value: Math.min(window.width / 1920, window.height / 1080) }
    Binding { target: Theme; property: "mm"; value: Screen.pixelDensity > 0 ? Screen.pixelDensity : 4 }

    // The citizen screens by name (Shell.qml's), for whoever walks them (the tests).
    readonly property var pages: shell.item ? (shell.item as Shell).pages : ({})

    // The whole app, once the flow is attached (kiosk/app.py).
    Loader {
        id: shell
        objectName: "shell"
        anchors.fill: parent
        active: Session.attached
        source: "Shell.qml"
    }

    // The first frame, while the station's parts start: the header and welcome screen
    // Shell.qml opens on, so the change to it cannot be seen.
    Loader {
        anchors.fill: parent
        active: shell.status !== Loader.Ready
        sourceComponent: ColumnLayout {
            spacing: 0
            Header { Layout.fillWidth: true }
            WelcomeScreen { Layout.fillWidth: true; Layout.fillHeight: true }
        }
    }
}
