import QtQuick
import QtQuick.Layouts
import Kiosk

// Top bar: the service name, the visit's progress, language choice, and "End".
Rectangle {
    id: header
    color: Theme.primary
    implicitHeight: Theme.touch + Theme.gap

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap * 1.5
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: qsTr("Digital Citizen Station · Health check")
            color: Theme.inverse
            font.pixelSize: Theme.textLarge
            font.bold: true
            elide: Text.ElideRight
        }
        LanguageSwitch {}
        BigButton {
            objectName: "endVisitButton"
            visible: Session.screen !== "welcome" && Session.screen !== "saving"
            kind: "secondary"
            implicitWidth: Theme.touch * 2.2
            text: qsTr("End")
            onClicked: Session.endVisit()
        }
    }
}
