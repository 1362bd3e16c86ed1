import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    objectName: "welcomeScreen"
    SpokenPrompt { text: qsTr("Welcome. Touch Start to begin your free health check. You will need your chip ID card.") }

    ColumnLayout {
        // Centred, but never down over the station line at the bottom (large text).
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(0, Math.min((parent.height - height) / 2, queueStatus.y - height - Theme.gap / 2))
        width: Math.min(parent.width - 4 * Theme.gap, 1500 * Theme.s)
        spacing: Theme.gap * (Access.largeText ? 0.5 : 1.5)  // large text: the words take the air

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
        BigButton {
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 4.5
            Layout.preferredHeight: Theme.touch * 1.3
            font.pixelSize: Theme.title
            enabled: Session.storeAccepting
            text: qsTr("Start")
            onClicked: Session.start()
        }
    }

    // Station status for staff and citizens alike: visits waiting to be sent
    // (never a name or number, only counts).
    Text {
        id: queueStatus
        objectName: "queueStatus"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        font.pixelSize: Theme.textSmall
        color: Theme.inkSoft
        text: {
            var q = Session.queue
            var station = qsTr("Station %1").arg(Session.stationId)
            if (!q.known)
                return station
            if (q.queued === 0)
                return station + " · " + qsTr("all health checks sent")
            return station + " · " + qsTr("%n health check(s) waiting to be sent", "", q.queued)
        }
    }
}
