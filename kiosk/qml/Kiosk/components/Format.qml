pragma Singleton
import QtQuick
import Kiosk

// Numbers and units as a person reads them, in the current language's locale
// (Vietnamese writes 36,6 °C). Each vital's precision comes from the vitals
// table through the view-model; the record keeps the device's own decimals.
QtObject {
    function number(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }

    function vital(key, v) {
        var info = Session.vitals[key]
        return number(v[key], info ? info.decimals : 1)
    }

    function measurement(kind, v) {
        if (!v)
            return ""
        switch (kind) {
        case "blood_pressure":
            return qsTr("%1/%2\u00a0mmHg · pulse %3\u00a0/min").arg(vital("systolic", v)).arg(vital("diastolic", v)).arg(vital("pulse", v))
        case "body":
            return qsTr("%1\u00a0kg · %2\u00a0cm · BMI\u00a0%3").arg(vital("weight_kg", v)).arg(vital("height_cm", v)).arg(vital("bmi", v))
        case "spo2":
            return qsTr("SpO2 %1\u00a0% · pulse %2\u00a0/min").arg(vital("spo2", v)).arg(vital("pulse", v))
        case "temperature":
            return qsTr("%1\u00a0°C").arg(vital("body_temp_c", v))
        }
        return ""
    }

    // One value of the record (kiosk/services/record/view.py), e.g. "126/81 mmHg", "68,4 kg".
    function metricValue(metric, value, diastolic) {
        var d = function (key) { var info = Session.vitals[key]; return info ? info.decimals : 1 }
        switch (metric) {
        case "blood_pressure": return qsTr("%1/%2\u00a0mmHg").arg(number(value, 0)).arg(number(diastolic, 0))
        case "pulse": return qsTr("%1\u00a0/min").arg(number(value, d("pulse")))
        case "weight_kg": return qsTr("%1\u00a0kg").arg(number(value, d("weight_kg")))
        case "bmi": return number(value, d("bmi"))
        case "spo2": return qsTr("%1\u00a0%").arg(number(value, d("spo2")))
        case "body_temp_c": return qsTr("%1\u00a0°C").arg(number(value, d("body_temp_c")))
        }
        return number(value, 1)
    }

    // A calendar date given as {year, month, day}; dd/MM/yyyy is how both languages write it in Vietnam.
    function date(ymd) {
        if (!ymd || !ymd.year)
            return ""
        return Qt.formatDate(new Date(ymd.year, ymd.month - 1, ymd.day), "dd/MM/yyyy")
    }

    function live(phase, value) {
        var has = !isNaN(value)
        switch (phase) {
        case "resting": return qsTr("Rest quietly before the measurement: %n second(s) left", "", Math.ceil(value))
        case "inflating": return has ? qsTr("The cuff is tightening: %1 mmHg").arg(number(value, 0)) : qsTr("The cuff is tightening…")
        case "deflating": return has ? qsTr("The cuff is loosening: %1 mmHg").arg(number(value, 0)) : qsTr("The cuff is loosening…")
        case "reading": return qsTr("Measurement %1 of %2").arg(number(value, 0)).arg(Session.bpReadings)
        case "settling": return has ? qsTr("Weighing: %1 kg, please stand still").arg(number(value, 1)) : qsTr("Weighing, please stand still")
        case "hold_still": return qsTr("Hold still")
        case "searching": return qsTr("Looking for your pulse…")
        case "measuring": return has ? qsTr("Measuring: %1").arg(number(value, 1)) : qsTr("Measuring…")
        }
        return qsTr("Starting…")
    }

    // live() as the voice says it (SpokenPrompt kind "guidance"): numbers in words, and only
    // those worth hearing. The cuff pressure and the settling weight change many times a
    // second, so they are left out and the words change only with the phase; the rest
    // counts down in whole minutes. "" while starting: the screen's own prompt says it.
    function spokenLive(phase, value) {
        switch (phase) {
        case "starting": return ""
        case "resting":
            if (value > 10) {
                var minutes = Math.ceil(value / 60)
                return qsTr("Rest quietly and do not talk. The measurement starts in about %1 minute(s).", "", minutes)
                    .arg(Access.spokenNumber(minutes, 0))
            }
            return qsTr("The measurement starts in a few seconds. Keep your arm still.")
        case "reading":
            return qsTr("Measurement %1 of %2").arg(Access.spokenNumber(value, 0)).arg(Access.spokenNumber(Session.bpReadings, 0))
        }
        return live(phase, NaN)
    }
}
