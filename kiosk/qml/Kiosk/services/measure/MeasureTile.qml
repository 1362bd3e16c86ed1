import QtQuick

// The chooser's words for "Measure my health" (kiosk/services/measure.py).
Item {
    readonly property string title: qsTr("Measure my health")
    readonly property string detail: qsTr("Blood pressure, weight and height, blood oxygen and temperature, saved to your health record.")
}
