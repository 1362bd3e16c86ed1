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

    // "A+" (Access.largeText): every text size 1.5x for the rest of the visit.
    readonly property real textScale: Access.largeText ? 1.5 : 1.0
    readonly property real textSmall: 26 * s * textScale
    readonly property real text: 32 * s * textScale
    readonly property real textLarge: 42 * s * textScale
    readonly property real title: 56 * s * textScale
    readonly property real huge: 96 * s * textScale

    // Access.highContrast: black on white, pure colours; every text pair >= 7:1 where
    // the normal theme's is >= 4.5:1 (tests/ui/test_contrast.py computes both).
    readonly property bool hc: Access.highContrast
    readonly property color background: hc ? "#FFFFFF" : "#F3F6FA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: hc ? "#000000" : "#102030"
    readonly property color inkSoft: hc ? "#000000" : "#3C4A5A"
    readonly property color primary: hc ? "#00306B" : "#0B57A4"
    readonly property color primaryDark: hc ? "#001A40" : "#083F78"
    readonly property color inverse: "#FFFFFF"
    readonly property color line: hc ? "#000000" : "#C8D2DE"
    readonly property color danger: hc ? "#8C0000" : "#B3261E"

    // Result bands: good, caution, warning, critical.
    function bandColor(severity) {
        switch (severity) {
        case "good": return hc ? "#004D14" : "#1E7B34"
        case "caution": return hc ? "#4D3600" : "#8A6100"
        case "warning": return hc ? "#6B2400" : "#B4480A"
        case "critical": return hc ? "#8C0000" : "#B3261E"
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
