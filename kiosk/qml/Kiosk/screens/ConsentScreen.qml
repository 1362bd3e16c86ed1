pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// What is collected, why, for how long and who sees it; the exact wording shown
// is hashed into the visit as evidence of consent (Law 91/2025/QH15).
Item {
    id: screen
    objectName: "consentScreen"
    SpokenPrompt { text: qsTr("Please read what we collect and why. Touch I agree to continue, or I do not agree to stop.") }

    readonly property var sections: [
        { title: qsTr("What we collect"),
          body: qsTr("Your ID number, name, date of birth and sex from the chip of your ID card; your photo from the chip and a live camera picture, used only to check that the card is yours; your blood pressure, pulse, weight, height, blood oxygen and temperature; and, if you check a prescription, its code.") },
        { title: qsTr("Why"),
          body: qsTr("To add this health check to your electronic health record, so that you and your health workers can follow your health. If you ask, to find an e-prescription written for you, show it only to you, and give you a signed pick-up pass for the pharmacy.") },
        { title: qsTr("For how long"),
          body: qsTr("The photos are never stored: they are deleted as soon as the check is done. Your measurements stay encrypted on this station only until your health record has received them, then they are deleted here. A prescription you check is shown only during your visit and is not kept on this station; a note that the check took place (when, at which station, which code, the result) goes to your health record's access log.") },
        { title: qsTr("Who sees it"),
          body: qsTr("You, and the health workers who look after you, through your electronic health record. It is never used for advertising. You may ask to see, correct or delete your data at your commune health station.") }
    ]

    function shownText() {
        var parts = [heading.text]
        for (var i = 0; i < sections.length; ++i)
            parts.push(sections[i].title + "\n" + sections[i].body)
        return parts.join("\n\n")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap

        Heading {
            id: heading
            Layout.fillWidth: true
            text: qsTr("Before we start: your consent")
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: texts.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: Theme.gap; policy: ScrollBar.AsNeeded }

            GridLayout {
                id: texts
                width: parent.width - Theme.gap * 1.5
                columns: screen.width > screen.height * 1.5 ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap
                Repeater {
                    model: screen.sections
                    ColumnLayout {
                        id: section
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.gap / 3
                        Text {
                            Layout.fillWidth: true
                            text: section.modelData.title
                            font.pixelSize: Theme.textLarge
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.WordWrap
                        }
                        Body {
                            Layout.fillWidth: true
                            text: section.modelData.body
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            BigButton {
                objectName: "declineButton"
                kind: "secondary"
                Layout.preferredWidth: Theme.touch * 4
                text: qsTr("No, end here")
                onClicked: Session.decline()
            }
            BigButton {
                objectName: "agreeButton"
                Layout.preferredWidth: Theme.touch * 4
                text: qsTr("I agree")
                onClicked: Session.agree(screen.shownText())
            }
        }
    }
}
