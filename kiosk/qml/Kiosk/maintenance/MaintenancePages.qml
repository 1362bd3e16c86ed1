pragma Singleton
import QtQuick

// The maintenance screens, in the order the home screen shows them.
// Adding a screen: write maintenance/<Name>Screen.qml and add one entry here
// (docs/maintenance.md, "Adding a maintenance screen").
//   id:      stable name; Maintenance.show(id) opens it
//   title:   the tile and the header (qsTr)
//   summary: one line under the title on the home tile (qsTr)
//   source:  the QML file in this folder
QtObject {
    readonly property var pages: [
        { id: "dashboard", source: "DashboardScreen.qml",
          title: qsTr("Dashboard"), summary: qsTr("Live status of devices, backend, disk and queue") },
        { id: "selftest", source: "SelfTestScreen.qml",
          title: qsTr("Self-test"), summary: qsTr("Test the card reader, camera and each device") },
        { id: "care", source: "CareScreen.qml",
          title: qsTr("Calibration and cleaning"), summary: qsTr("Check against a reference; due dates, uses, cleaning") },
        { id: "queue", source: "QueueScreen.qml",
          title: qsTr("Queue"), summary: qsTr("Visits waiting, refused visits, send now") },
        { id: "logs", source: "LogsScreen.qml",
          title: qsTr("Logs and diagnostics"), summary: qsTr("Technician log; export an archive to a USB drive") },
        { id: "settings", source: "SettingsScreen.qml",
          title: qsTr("Settings"), summary: qsTr("Device ports, server, language, time limits") },
        { id: "power", source: "PowerScreen.qml",
          title: qsTr("Restart or exit"), summary: qsTr("Restart the app, or exit to the desktop") }
    ]

    function find(id) {
        for (var i = 0; i < pages.length; ++i)
            if (pages[i].id === id)
                return pages[i]
        return null
    }
}
