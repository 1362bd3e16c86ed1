pragma Singleton
import QtQuick

// Sizes scale with the window (designed at 1920x1080); colours meet WCAG AA
// contrast on their backgrounds. Touch targets never drop below 15 mm.
QtObject {
    property real s: 1.0                     // set by Main from the window size
    property real mm: 4.0                    // pixels per millimetre, set by Main from the screen

    readonly property real touch: Math.max(15 * mm, 112 * s)
    readonly property real gap: 24 * s
    readonly property real radius: 18 * s

    readonly property real textSmall: 26 * s
    readonly property real text: 32 * s
    readonly property real textLarge: 42 * s
    readonly property real title: 56 * s
    readonly property real huge: 96 * s

    readonly property color background: "#F3F6FA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#102030"
    readonly property color inkSoft: "#3C4A5A"
    readonly property color primary: "#0B57A4"
    readonly property color primaryDark: "#083F78"
    readonly property color inverse: "#FFFFFF"
    readonly property color line: "#C8D2DE"
    readonly property color danger: "#B3261E"

    // Result bands: good, caution, warning, critical.
    function bandColor(severity) {
        switch (severity) {
        case "good": return "#1E7B34"
        case "caution": return "#8A6100"
        case "warning": return "#B4480A"
        case "critical": return "#B3261E"
        }
        return inkSoft
    }
    function bandTint(severity) {
        switch (severity) {
        case "good": return "#E3F4E6"
        case "caution": return "#FFF4CC"
        case "warning": return "#FFE6D5"
        case "critical": return "#FBE0DE"
        }
        return "#EEF1F5"
    }
}
