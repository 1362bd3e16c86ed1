pragma Singleton
import QtQuick

// Numbers and units as a person reads them, in the current language's locale
// (Vietnamese writes 36,6 °C).
QtObject {
    function number(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }

    function measurement(kind, v) {
        if (!v)
            return ""
        switch (kind) {
        case "blood_pressure":
            return qsTr("%1/%2\u00a0mmHg · pulse %3\u00a0/min").arg(number(v.systolic, 0)).arg(number(v.diastolic, 0)).arg(number(v.pulse, 0))
        case "body":
            return qsTr("%1\u00a0kg · %2\u00a0cm · BMI\u00a0%3").arg(number(v.weight_kg, 1)).arg(number(v.height_cm, 1)).arg(number(v.bmi, 1))
        case "spo2":
            return qsTr("SpO2 %1\u00a0% · pulse %2\u00a0/min").arg(number(v.spo2, 0)).arg(number(v.pulse, 0))
        case "temperature":
            return qsTr("%1\u00a0°C").arg(number(v.body_c, 1))
        }
        return ""
    }

    function live(phase, value) {
        var has = !isNaN(value)
        switch (phase) {
        case "resting": return qsTr("Rest quietly before the measurement: %n second(s) left", "", Math.ceil(value))
        case "inflating": return has ? qsTr("The cuff is tightening: %1 mmHg").arg(number(value, 0)) : qsTr("The cuff is tightening…")
        case "deflating": return has ? qsTr("The cuff is loosening: %1 mmHg").arg(number(value, 0)) : qsTr("The cuff is loosening…")
        case "reading": return qsTr("Measurement %1 of 2").arg(number(value, 0))
        case "settling": return has ? qsTr("Weighing: %1 kg, please stand still").arg(number(value, 1)) : qsTr("Weighing, please stand still")
        case "hold_still": return qsTr("Hold still")
        case "searching": return qsTr("Looking for your pulse…")
        case "measuring": return has ? qsTr("Measuring: %1").arg(number(value, 1)) : qsTr("Measuring…")
        }
        return qsTr("Starting…")
    }
}
