import QtQuick
import QtQuick.Layouts
import Kiosk

// "Print my results" and what the printer said. Optional: whatever happens, the visit goes on.
ColumnLayout {
    id: box
    visible: Slip.available
    spacing: Theme.gap / 2
    SpokenPrompt { kind: "error"; text: Slip.state !== "printing" && Slip.state !== "printed" ? box.message : "" }

    readonly property string message: {
        switch (Slip.state) {
        case "printing": return qsTr("Printing…")
        case "printed": return Slip.paperNearEnd ? qsTr("Please take your slip from the printer. Its paper is running low.")
                                                 : qsTr("Please take your slip from the printer.")
        case "paper_out": return qsTr("The printer is out of paper, so no slip this time. Your results are saved as usual.")
        case "cover_open": return qsTr("The printer's cover is open, so no slip this time. Please ask a staff member. Your results are saved as usual.")
        case "": return ""
        }
        return qsTr("The printer is not working right now, so no slip this time. Your results are saved as usual.")
    }

    BigButton {
        objectName: "printButton"
        Layout.alignment: Qt.AlignHCenter
        kind: "secondary"
        enabled: Slip.state !== "printing"
        text: Slip.state === "printed" ? qsTr("Print again") : qsTr("Print my results")
        onClicked: Slip.print(SlipWords.lines(), SlipWords.qrCaption())
    }
    Text {
        objectName: "printMessage"
        visible: text.length > 0
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.text
        font.bold: Slip.state !== "printed" && Slip.state !== "printing"
        color: Slip.state === "printed" || Slip.state === "printing" ? Theme.ink : Theme.bandColor("warning")
        text: box.message
    }
}
