import QtQuick
import Kiosk

// One line gives a screen its spoken prompt (docs/speech.md):
//     SpokenPrompt { text: qsTr("…") }
// Spoken when the screen appears and again when the text changes, which covers
// a new error, new guidance and a language switch alike.
QtObject {
    property string text
    property string kind: "screen"  // "screen", "error" or "guidance": how it may interrupt
    property bool cache: true       // false when the text holds the visit's numbers: never kept on disk
    onTextChanged: Access.say(text, kind, cache)
    Component.onCompleted: Access.say(text, kind, cache)
}
