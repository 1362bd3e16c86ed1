pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// "Check my prescription", step 2: the verdict, the medicines and the pick-up pass
// (Kiosk.Prescription). "Not found" is also what someone else's code shows: nothing tells them apart.
Item {
    id: screen
    objectName: "prescriptionResultScreen"
    SpokenPrompt { text: screen.spoken }
    SpokenPrompt { kind: "error"; text: PrescriptionWords.error(Prescription.errorKey) }

    readonly property bool found: Prescription.verdict !== "not_found" && Prescription.verdict !== ""
    readonly property bool showPass: Prescription.verdict === "match" && !Prescription.errorKey
    readonly property string spoken: {
        switch (Prescription.verdict) {
        case "match":
            return Prescription.controlled
                ? qsTr("Your prescription is shown. These medicines are dispensed only at the pharmacy counter, with your ID card.")
                : qsTr("Your prescription is shown. Show the pick-up pass to the pharmacy.")
        case "expired": return qsTr("This prescription has expired. Please see your doctor for a new one.")
        case "dispensed": return qsTr("This prescription has already been dispensed at a pharmacy.")
        }
        return qsTr("No prescription with this code was found for you. Please check the code.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * 0.75

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 1.5

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap * 0.75
                Heading {
                    objectName: "prescriptionVerdict"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    color: Prescription.verdict === "match" ? Theme.ink : Theme.danger
                    text: PrescriptionWords.title(Prescription.verdict)
                }
                Flickable {
                    id: details
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: body.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { width: Theme.gap / 2; policy: ScrollBar.AsNeeded }

                    ColumnLayout {
                        id: body
                        width: details.width - Theme.gap
                        spacing: Theme.gap * 0.75

                        Body {
                            objectName: "prescriptionCode"
                            Layout.fillWidth: true
                            color: Theme.inkSoft
                            text: screen.found
                                  ? qsTr("%1 · code %2").arg(PrescriptionWords.kindName(Prescription.kind)).arg(Prescription.code.toUpperCase())
                                  : qsTr("Code %1").arg(Prescription.code.toUpperCase())
                        }
                        Notice {
                            objectName: "prescriptionNotFound"
                            visible: !screen.found
                            Layout.fillWidth: true
                            severity: "warning"
                            text: qsTr("We found no prescription with this code for you. Please check the code and type it again, or ask the pharmacy or the doctor who wrote it.")
                        }
                        Notice {
                            objectName: "prescriptionState"
                            visible: Prescription.verdict === "expired" || Prescription.verdict === "dispensed"
                            Layout.fillWidth: true
                            text: Prescription.verdict === "expired"
                                  ? qsTr("Its medicines can no longer be bought with it. Please see your doctor for a new prescription.")
                                  : qsTr("Its medicines were already handed out at a pharmacy. It cannot be used again.")
                        }
                        Notice {
                            objectName: "prescriptionControlled"
                            visible: screen.found && Prescription.controlled
                            Layout.fillWidth: true
                            severity: "caution"
                            text: qsTr("Controlled medicines: dispensed only at the pharmacy counter, to you, with your ID card.")
                        }
                        Notice {
                            objectName: "prescriptionPassError"
                            Layout.fillWidth: true
                            text: PrescriptionWords.error(Prescription.errorKey)
                        }

                        // The medicines: name and strength, quantity, how to take them.
                        Repeater {
                            model: Prescription.lines
                            Rectangle {
                                id: line
                                required property var modelData
                                required property int index
                                objectName: "drugLine" + index
                                Layout.fillWidth: true
                                implicitHeight: lineText.implicitHeight + Theme.gap
                                radius: Theme.radius / 2
                                color: Theme.surface
                                border.color: Theme.line
                                border.width: 2
                                ColumnLayout {
                                    id: lineText
                                    anchors.fill: parent
                                    anchors.margins: Theme.gap / 2
                                    spacing: Theme.gap / 4
                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.gap
                                        Text {
                                            objectName: "drugName" + line.index
                                            Layout.fillWidth: true
                                            text: line.modelData.strength ? line.modelData.name + " " + line.modelData.strength : line.modelData.name
                                            font.pixelSize: Theme.textLarge
                                            font.bold: true
                                            color: Theme.ink
                                            wrapMode: Text.WordWrap
                                        }
                                        Text {
                                            objectName: "drugQuantity" + line.index
                                            text: line.modelData.quantity
                                            font.pixelSize: Theme.text
                                            font.bold: true
                                            color: Theme.primary
                                        }
                                    }
                                    Body {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: line.modelData.directions
                                    }
                                }
                            }
                        }

                        // Who wrote it, where, when, and until when it is valid.
                        GridLayout {
                            visible: screen.found
                            Layout.fillWidth: true
                            // Two label-value pairs a row where they fit, so the dates stay in view.
                            columns: body.width > 1000 * Theme.s * Theme.textScale ? 4 : 2
                            columnSpacing: Theme.gap
                            rowSpacing: Theme.gap / 3
                            Repeater {
                                model: {
                                    var until = Format.date(Prescription.validUntil)
                                    var rows = [[qsTr("Prescribed by"), Prescription.prescriber],
                                                [qsTr("Facility"), Prescription.facility],
                                                [qsTr("Date"), Format.date(Prescription.writtenOn)],
                                                // A dispensed one is used up, whatever its date says.
                                                [qsTr("Valid"), until.length && Prescription.verdict !== "dispensed"
                                                                ? PrescriptionWords.validity(Prescription.daysLeft, until) : ""]]
                                    var cells = []
                                    for (var i = 0; i < rows.length; ++i)
                                        if (rows[i][1].length)
                                            cells.push({ text: rows[i][0], label: true }, { text: rows[i][1], label: false })
                                    return cells
                                }
                                Text {
                                    required property var modelData
                                    Layout.fillWidth: !modelData.label
                                    Layout.alignment: Qt.AlignTop
                                    text: modelData.text
                                    font.pixelSize: Theme.text
                                    font.bold: modelData.label
                                    color: modelData.label ? Theme.inkSoft : Theme.ink
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }

            // The pick-up pass: a signed QR code the pharmacy checks.
            ColumnLayout {
                objectName: "prescriptionPass"
                visible: screen.showPass
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(screen.width * 0.36, screen.height * 0.75)
                Layout.maximumWidth: Math.min(screen.width * 0.36, screen.height * 0.75)
                spacing: Theme.gap / 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Pick-up pass")
                    font.pixelSize: Theme.textLarge
                    font.bold: true
                    color: Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.touch * 2
                    color: "#FFFFFF"
                    radius: Theme.radius / 2
                    border.color: Theme.line
                    border.width: 2
                    Image {
                        objectName: "passQr"
                        anchors.centerIn: parent
                        width: Math.min(parent.width, parent.height) - Theme.gap
                        height: width
                        fillMode: Image.PreserveAspectFit
                        smooth: false  // crisp modules: a scanner reads sharp edges best
                        source: Prescription.passImage
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: !Prescription.passReady
                        visible: running
                    }
                }
                Body {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.textSmall
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Show this at the pharmacy with your ID card. Valid for %n minute(s).", "", Prescription.passValidMinutes)
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            BigButton {
                objectName: "prescriptionAnotherButton"
                kind: "secondary"
                Layout.preferredWidth: Theme.touch * 4.5
                text: qsTr("Check another code")
                onClicked: Prescription.anotherCode()
            }
            BigButton {
                objectName: "prescriptionDoneButton"
                Layout.preferredWidth: Theme.touch * 4.5
                text: qsTr("Done")
                onClicked: Prescription.back()
            }
        }
    }
}
