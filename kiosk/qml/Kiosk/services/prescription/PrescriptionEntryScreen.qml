import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// "Check my prescription", step 1: the code, shown to the camera or typed (Kiosk.Prescription).
// Also the page of the "looking_up" screen: the keypad waits under a busy panel.
Item {
    id: screen
    objectName: "prescriptionEntryScreen"
    SpokenPrompt { text: qsTr("Hold your prescription's QR code up to the camera, or type the code on the keypad.") }
    SpokenPrompt { kind: "error"; text: PrescriptionWords.error(Prescription.errorKey) }

    // Wider than tall: camera and words on the left, keypad on the right. The keys are as large as
    // the page allows (10 across; 6 rows with the display and OK, above the Back button), up to a
    // full touch target and never under the 15 mm floor.
    readonly property real keySize: Math.max(15 * Theme.mm, Math.min(Theme.touch, (width * 0.62 - 4.5 * Theme.gap) / 10,
                                                                      (height - 6.5 * Theme.gap - Theme.touch) / 6))

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * 1.5
        enabled: !Prescription.busy

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1  // what the keypad leaves (the heading's one-line width would squeeze it)
            Layout.fillHeight: true
            spacing: Theme.gap * 0.75
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Check my prescription")
            }
            // The words scroll when large text needs it; the buttons below never do.
            Flickable {
                id: left
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: words.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: Theme.gap / 2; policy: ScrollBar.AsNeeded }

                ColumnLayout {
                    id: words
                    width: left.width
                    spacing: Theme.gap * 0.75
                    // A problem comes first: with large text the words below may need scrolling.
                    Notice {
                        id: problem
                        objectName: "prescriptionError"
                        Layout.fillWidth: true
                        severity: Prescription.errorKey.indexOf("code_") === 0 ? "warning" : "critical"
                        text: PrescriptionWords.error(Prescription.errorKey)
                    }
                    Body {
                        id: instruction
                        Layout.fillWidth: true
                        text: qsTr("Hold the prescription's QR code up to the camera, or type its code.")
                    }
                    Body {
                        id: hint
                        Layout.fillWidth: true
                        color: Theme.inkSoft
                        font.pixelSize: Theme.textSmall
                        text: qsTr("The code has %1 letters or digits, a hyphen, then C, N, H or Y. Example: 40618R001935-C.").arg(Prescription.bodyLength)
                    }
                    // The live picture while the camera looks for a code: what room the words leave.
                    Item {
                        visible: Prescription.scanning
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(width * 3 / 4, Math.max(Theme.touch * 2,
                            left.height - instruction.height - hint.height - (problem.visible ? problem.height : 0) - 3 * words.spacing))
                        CameraPreview {
                            objectName: "prescriptionCamera"
                            anchors.fill: parent
                        }
                        Rectangle {
                            anchors.centerIn: parent
                            width: Math.min(parent.width, parent.height) * 0.6
                            height: width
                            radius: Theme.radius
                            color: "transparent"
                            border.width: 5
                            border.color: "#FFFFFF"
                            opacity: 0.85
                        }
                    }
                }
            }
            BigButton {
                objectName: "prescriptionRetryButton"
                visible: Prescription.canRetry
                Layout.fillWidth: true
                text: qsTr("Try again")
                onClicked: Prescription.retry()
            }
            // Demo mode only: the simulated visitor holds a generated QR up to the camera. A control
            // for whoever shows the demo, so A+ leaves its size alone.
            BigButton {
                objectName: "demoShowCode"
                visible: Prescription.demoCodes && Prescription.scanning
                Layout.fillWidth: true
                implicitHeight: Theme.touch * 0.8
                kind: "secondary"
                font.pixelSize: Theme.textSmall / Theme.textScale
                text: qsTr("Demo: hold up a prescription QR code")
                onClicked: Prescription.showDemoCode("ordinary")
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false  // its Back button fills it, not the page
            Layout.preferredWidth: screen.keySize * 10 + Theme.gap * 4.5
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap / 2
            CodeKeypad {
                id: keypad
                objectName: "prescriptionKeypad"
                key: screen.keySize
                maxLength: Prescription.maxTyped
                placeholder: qsTr("Type the code")
                onSubmitted: function (text) { Prescription.submit(text) }
            }
            Item { Layout.fillHeight: true }
            BigButton {
                objectName: "prescriptionBackButton"
                Layout.fillWidth: true
                kind: "secondary"
                font.pixelSize: Theme.text
                text: qsTr("Back to the services")
                onClicked: Prescription.back()
            }
        }
    }

    // While the lookup runs: a calm panel over the page (the Start over button stays).
    Rectangle {
        objectName: "prescriptionBusy"
        anchors.fill: parent
        visible: Prescription.busy
        color: "#CCF3F6FA"
        TapHandler {}  // swallows taps on the keypad underneath
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width * 0.7
            spacing: Theme.gap
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.touch * 1.5
                Layout.preferredHeight: Theme.touch * 1.5
                running: Prescription.busy
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Looking up your prescription…")
            }
        }
    }
}
