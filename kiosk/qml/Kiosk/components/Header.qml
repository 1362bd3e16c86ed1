import QtQuick
import QtQuick.Layouts
import Kiosk

// Top bar: the service name, language choice and "Start over"; below it the citizen's
// controls (docs/speech.md): repeat, mute, volume, large text, high contrast, helper.
Rectangle {
    id: header
    color: Theme.primary
    implicitHeight: column.implicitHeight + Theme.gap / 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.gap * 1.5
        anchors.rightMargin: Theme.gap
        anchors.topMargin: Theme.gap / 4
        anchors.bottomMargin: Theme.gap / 4
        spacing: Theme.gap / 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("Digital Citizen Station · Health check")
                color: Theme.inverse
                font.pixelSize: Theme.textLarge / Theme.textScale  // the one text A+ leaves: it names the station, not the step
                font.bold: true
                elide: Text.ElideRight
            }
            LanguageSwitch {}
            BigButton {
                objectName: "endVisitButton"
                // Always there once a visit began; while saving it waits (a save is never dropped).
                visible: Session.screen !== "welcome"
                enabled: Session.screen !== "saving"
                kind: "secondary"
                implicitWidth: Theme.touch * 2.6
                font.pixelSize: Theme.text
                text: qsTr("Start over")
                onClicked: Session.endVisit()
            }
        }
        RowLayout {
            objectName: "accessBar"
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            AccessButton {
                objectName: "repeatButton"
                text: qsTr("Repeat")
                onClicked: Access.repeat()
            }
            AccessButton {
                objectName: "muteButton"
                text: Access.muted ? qsTr("Sound on") : qsTr("Mute")
                checked: Access.muted
                onClicked: Access.toggleMute()
            }
            AccessButton {
                objectName: "volumeDownButton"
                text: qsTr("Quieter")
                onClicked: Access.stepVolume(-1)
            }
            AccessButton {
                objectName: "volumeUpButton"
                text: qsTr("Louder")
                onClicked: Access.stepVolume(1)
            }
            AccessButton {
                objectName: "largeTextButton"
                text: qsTr("A+")
                checked: Access.largeText
                onClicked: Access.toggleLargeText()
            }
            AccessButton {
                objectName: "contrastButton"
                text: qsTr("Contrast")
                checked: Access.highContrast
                onClicked: Access.toggleHighContrast()
            }
            AccessButton {
                objectName: "helperButton"
                Layout.preferredWidth: 2
                visible: Session.screen !== "welcome"
                text: qsTr("Someone is helping me")
                checked: Session.assisted
                onClicked: Session.setAssisted(!Session.assisted)
            }
        }
    }
}
