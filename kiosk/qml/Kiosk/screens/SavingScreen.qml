import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "savingScreen"
    SpokenPrompt { text: qsTr("Saving your results. Please wait.") }
    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.gap * 2
        BusyIndicator {
            running: true
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 1.5
            Layout.preferredHeight: Theme.touch * 1.5
        }
        Heading { text: qsTr("Saving your results…") }
    }
}
