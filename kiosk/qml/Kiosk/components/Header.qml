import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Top bar: the service name, language choice and "Start over"; below it the citizen's
// controls (docs/speech.md): repeat, mute, volume, large text, high contrast, helper.
// Labels keep the visit's text size (A+ makes them 1.5x); when they do not all fit on
// one row (large text on a small screen), volume, contrast and the helper move into a
// "More" panel that opens under the bar, so the header never grows over the screen.
Rectangle {
    id: header
    color: Theme.primary
    implicitHeight: column.implicitHeight + Theme.gap / 2

    readonly property real fullWidth: repeatButton.implicitWidth + muteButton.implicitWidth
        + quieterButton.implicitWidth + louderButton.implicitWidth + largeButton.implicitWidth
        + contrastButton.implicitWidth + (helperButton.wanted ? helperButton.implicitWidth : 0)
        + 6 * accessBar.spacing
    readonly property bool compact: fullWidth > accessBar.width
    readonly property string screenName: Session.screen
    onScreenNameChanged: morePanel.close()
    onCompactChanged: if (!compact) morePanel.close()

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
                font.pixelSize: Theme.text
                text: qsTr("Start over")
                onClicked: Session.endVisit()
            }
        }
        RowLayout {
            id: accessBar
            objectName: "accessBar"
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            AccessButton {
                id: repeatButton
                objectName: "repeatButton"
                text: qsTr("Repeat")
                onClicked: Access.repeat()
            }
            AccessButton {
                id: muteButton
                objectName: "muteButton"
                text: Access.muted ? qsTr("Sound on") : qsTr("Mute")
                checked: Access.muted
                onClicked: Access.toggleMute()
            }
            AccessButton {
                id: largeButton
                objectName: "largeTextButton"
                text: qsTr("A+")
                checked: Access.largeText
                onClicked: Access.toggleLargeText()
            }
            AccessButton {
                id: quieterButton
                objectName: "volumeDownButton"
                visible: !header.compact
                text: qsTr("Quieter")
                onClicked: Access.stepVolume(-1)
            }
            AccessButton {
                id: louderButton
                objectName: "volumeUpButton"
                visible: !header.compact
                text: qsTr("Louder")
                onClicked: Access.stepVolume(1)
            }
            AccessButton {
                id: contrastButton
                objectName: "contrastButton"
                visible: !header.compact
                text: qsTr("Contrast")
                checked: Access.highContrast
                onClicked: Access.toggleHighContrast()
            }
            AccessButton {
                id: helperButton
                objectName: "helperButton"
                readonly property bool wanted: Session.screen !== "welcome"
                visible: wanted && !header.compact
                text: qsTr("Someone is helping me")
                checked: Session.assisted
                onClicked: Session.setAssisted(!Session.assisted)
            }
            AccessButton {
                id: moreButton
                objectName: "moreButton"
                visible: header.compact
                text: qsTr("More")
                checked: morePanel.opened
                onClicked: morePanel.opened ? morePanel.close() : morePanel.open()
            }
        }
    }

    // The overflow: a row under the bar, over the screen, closed by any touch outside it.
    Popup {
        id: morePanel
        objectName: "morePanel"
        x: header.width - width - Theme.gap
        y: header.height
        padding: Theme.gap / 2
        closePolicy: Popup.CloseOnPressOutsideParent | Popup.CloseOnEscape
        // The same four controls as in the bar (which hides them while compact).
        contentItem: Row {
            spacing: Theme.gap / 2
            AccessButton { objectName: "volumeDownMore"; text: quieterButton.text; onClicked: Access.stepVolume(-1) }
            AccessButton { objectName: "volumeUpMore"; text: louderButton.text; onClicked: Access.stepVolume(1) }
            AccessButton { objectName: "contrastMore"; text: contrastButton.text; checked: Access.highContrast; onClicked: Access.toggleHighContrast() }
            AccessButton {
                objectName: "helperMore"
                visible: helperButton.wanted
                text: helperButton.text
                checked: Session.assisted
                onClicked: Session.setAssisted(!Session.assisted)
            }
        }
        background: Rectangle { color: Theme.primary; radius: Theme.radius / 2; border.width: 2; border.color: Theme.inverse }
    }
}
