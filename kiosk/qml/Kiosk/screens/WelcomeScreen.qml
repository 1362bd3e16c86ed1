import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: screen
    objectName: "welcomeScreen"
    SpokenPrompt { text: qsTr("Welcome. Touch Start to begin your free health check. You will need your chip ID card.") }

    // The words and Start, centred above the station line. When large text needs more
    // room than the window has, the words scroll; Start and the station line stay in view.
    ColumnLayout {
        id: page
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                id: group
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.gap, 1500 * Theme.s)
                height: Math.min(implicitHeight, parent.height)  // shorter than its words: they scroll
                spacing: Theme.gap * (Access.largeText ? 0.5 : 1.5)  // large text: the words take the air

                Flickable {
                    id: scroller
                    objectName: "welcomeScroller"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: words.implicitHeight
                    contentHeight: words.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    // Beside the words, not over them; shown whenever there is more to read.
                    ScrollBar.vertical: ScrollBar {
                        parent: screen
                        x: page.x + group.x + scroller.width + Theme.gap / 2
                        y: page.y + group.y + scroller.y
                        width: Theme.gap / 2
                        height: scroller.height
                        policy: scroller.contentHeight > scroller.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    }

                    ColumnLayout {
                        id: words
                        width: scroller.width
                        spacing: group.spacing

                        Heading {
                            Layout.fillWidth: true
                            font.pixelSize: Theme.title * 1.2
                            text: qsTr("Welcome to your health check")
                        }
                        Body {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.textLarge
                            color: Theme.inkSoft
                            text: qsTr("Free check of blood pressure, pulse, weight, height, blood oxygen and temperature. The results go into your electronic health record.")
                        }
                        Body {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("You will need your chip ID card (CCCD). It takes about 10 minutes.")
                        }
                        Notice {
                            objectName: "outOfServiceNotice"
                            Layout.fillWidth: true
                            text: Session.storeAccepting ? "" : qsTr("This station cannot save new health checks right now. Please ask a staff member or come back later.")
                        }
                    }
                }
                BigButton {
                    objectName: "startButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.touch * 4.5
                    Layout.preferredHeight: Theme.touch * 1.3
                    Layout.minimumHeight: Theme.touch * 1.3  // the words give way, never the button
                    font.pixelSize: Theme.title
                    enabled: Session.storeAccepting
                    text: qsTr("Start")
                    onClicked: Session.start()
                }
            }
        }

        // Station status for staff and citizens alike: visits waiting to be sent
        // (never a name or number, only counts).
        Text {
            id: queueStatus
            objectName: "queueStatus"
            Layout.fillWidth: true
            Layout.minimumHeight: implicitHeight
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.textSmall
            color: Theme.inkSoft
            text: {
                var q = Session.queue
                if (!Session.stationId)  // the first frame: the station's parts are still starting
                    return ""
                var station = qsTr("Station %1").arg(Session.stationId)
                if (!q.known)
                    return station
                if (q.queued === 0)
                    return station + " · " + qsTr("all health checks sent")
                return station + " · " + qsTr("%n health check(s) waiting to be sent", "", q.queued)
            }
        }
    }
}
