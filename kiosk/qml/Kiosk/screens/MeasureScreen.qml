import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One measurement step: instructions, live progress, the reading or the fault,
// and always a way on (retry or skip), so a failed device never blocks the visit.
Item {
    id: screen
    objectName: "measureScreen"
    SpokenPrompt { text: Messages.kindTitle(Session.measureKind) + ". " + screen.instructions(Session.measureKind) }
    SpokenPrompt { kind: "guidance"; text: screen.phase === "measuring" ? Format.spokenLive(Session.liveKey, Session.liveValue) : "" }
    SpokenPrompt { kind: "error"; text: screen.phase === "fault" ? fault.text : "" }
    readonly property string kind: Session.measureKind
    readonly property string phase: Session.measurePhase
    onPhaseChanged: scroller.showNews()

    function instructions(kind) {
        switch (kind) {
        case "blood_pressure": return qsTr("Sit with your back against the chair and both feet flat on the floor. Put your arm through the cuff so it sits on your upper arm at heart level. Do not talk or move while it measures.")
        case "body": return qsTr("Take off your shoes and step onto the scale. Stand straight with your back to the height rod and keep still.")
        case "spo2": return qsTr("Put your index finger all the way into the clip. Rest your hand on the table and keep it still.")
        case "temperature": return qsTr("Face the thermometer and hold your forehead 3 to 5 cm in front of it until it beeps.")
        }
        return ""
    }

    ColumnLayout {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap * (Access.largeText ? 0.5 : 1)  // large text: the words take the air

        RowLayout {
            Layout.fillWidth: true
            StepBar { current: 2 }
            Item { Layout.fillWidth: true }
            Text {
                text: qsTr("Step %1 of %2").arg(Session.measureIndex + 1).arg(Session.measureCount)
                font.pixelSize: Theme.text
                color: Theme.inkSoft
            }
        }
        // Title, instructions and the status box scroll when large text needs more room than
        // the window has; the buttons below stay in view whatever the length of the words.
        Flickable {
            id: scroller
            objectName: "measureScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: content.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // In the page margin, not over the words; shown whenever there is more to read.
            ScrollBar.vertical: ScrollBar {
                parent: screen
                x: screen.width - Theme.gap
                y: page.y + scroller.y
                width: Theme.gap / 2
                height: scroller.height
                policy: scroller.contentHeight > scroller.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            // Whether all of it fits, from the parts' own sizes (the box's height follows this).
            readonly property real wordsHeight: title.height + instructionText.height + 2 * content.spacing
            readonly property real statusNeeds: status.implicitHeight + 2 * content.spacing
            readonly property bool fits: wordsHeight + statusNeeds <= height
            // When it does not: the instructions first; once measuring, the status box is the
            // news (the live value, a fault, the reading), so it fills the view and the
            // instructions wait above it, never a line cut in half.
            function showNews() {
                contentY = fits || screen.phase === "instruct" ? 0 : wordsHeight
            }
            onFitsChanged: showNews()
            onContentHeightChanged: showNews()
            onHeightChanged: showNews()

            ColumnLayout {
                id: content
                width: scroller.width
                spacing: page.spacing

                Heading {
                    id: title
                    objectName: "measureTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: Messages.kindTitle(screen.kind)
                }
                Body {
                    id: instructionText
                    Layout.fillWidth: true
                    font.pixelSize: Theme.textLarge
                    text: screen.instructions(screen.kind)
                }

                Rectangle {
                    Layout.fillWidth: true
                    // The rest of the view when all fits; else its own height under the
                    // instructions, or the whole view once measuring (see showNews).
                    Layout.preferredHeight: scroller.fits ? scroller.height - scroller.wordsHeight
                                            : screen.phase === "instruct" ? scroller.statusNeeds : scroller.height
                    radius: Theme.radius
                    color: screen.phase === "fault" ? Theme.bandTint("warning") : Theme.surface
                    border.color: screen.phase === "fault" ? Theme.bandColor("warning") : Theme.line
                    border.width: 3

                    ColumnLayout {
                        id: status
                        anchors.centerIn: parent
                        width: parent.width - 4 * Theme.gap
                        spacing: Theme.gap

                        Text {
                            objectName: "measureLive"
                            visible: screen.phase === "measuring"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.title
                            font.bold: true
                            color: Theme.primary
                            text: Format.live(Session.liveKey, Session.liveValue)
                        }
                        BusyIndicator {
                            visible: screen.phase === "measuring"
                            running: visible
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: Theme.touch
                            Layout.preferredHeight: Theme.touch
                        }
                        Text {
                            objectName: "measureReading"
                            visible: screen.phase === "result"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.title
                            font.bold: true
                            color: Theme.ink
                            text: Format.measurement(screen.kind, Session.currentValues)
                        }
                        Text {
                            id: fault
                            objectName: "measureFault"
                            visible: screen.phase === "fault"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.textLarge
                            font.bold: true
                            color: Theme.bandColor("warning")
                            text: Session.stepOutOfService
                                  ? qsTr("This device is waiting for its regular accuracy check, so it cannot be used today. Please press Skip; a staff member can tell you where else to measure.")
                                  : Messages.fault(Session.errorKey)
                        }
                        Text {
                            visible: screen.phase === "instruct"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.textLarge
                            color: Theme.inkSoft
                            text: qsTr("When you are ready, press Start.")
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            BigButton {
                objectName: "skipButton"
                kind: "secondary"
                visible: screen.phase !== "result"
                text: qsTr("Skip")
                onClicked: Session.skipMeasurement()
            }
            BigButton {
                objectName: "retryButton"
                kind: "secondary"
                visible: (screen.phase === "result" || screen.phase === "fault") && !Session.stepOutOfService
                text: qsTr("Measure again")
                onClicked: Session.retryMeasurement()
            }
            BigButton {
                objectName: "startMeasureButton"
                visible: screen.phase === "instruct"
                text: qsTr("Start")
                onClicked: Session.startMeasurement()
            }
            BigButton {
                objectName: "nextButton"
                visible: screen.phase === "result"
                text: qsTr("Next")
                onClicked: Session.nextMeasurement()
            }
        }
    }
}
