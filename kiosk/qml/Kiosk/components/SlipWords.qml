pragma Singleton
import QtQuick
import Kiosk

// The take-home slip's lines, worded with the screens' own strings (Advice, Format),
// so a band's name and advice read the same on paper as on the results screen.
// Kiosk.Slip lays them out with the bundled font (kiosk/slip/render.py); styles are its.
QtObject {
    function lines() {
        var out = []
        var add = function (text, style) { out.push({text: text, style: style || "body"}) }
        add(qsTr("Health check results"), "title")
        add(qsTr("Digital Citizen Station %1").arg(Session.stationId), "small")
        add(Qt.formatDateTime(new Date(), "dd/MM/yyyy HH:mm"), "small")
        if (Slip.givenName)
            add(qsTr("For: %1 · ID number %2").arg(Slip.givenName).arg(Slip.maskedId), "small")
        add("", "rule")
        for (var i = 0; i < Session.results.length; ++i) {
            var r = Session.results[i]
            if (r.status !== "measured")
                continue
            add(Format.measurement(r.kind, r.values), "heading")
            for (var j = 0; j < r.findings.length; ++j) {
                var f = r.findings[j]
                if (f.band === "none")
                    continue
                add(qsTr("%1: %2").arg(Advice.metricName(f.metric)).arg(Advice.band(f.metric, f.band)))
                var advice = Advice.advice(f.metric, f.band)
                if (advice)
                    add(advice, "small")
            }
        }
        add("", "rule")
        if (Session.hasUrgent)
            add(qsTr("A result needs urgent attention. If you feel unwell, call 115 now."), "alert")
        add(qsTr("A health screening, not a diagnosis. Only a health worker can diagnose a condition."), "small")
        return out
    }

    function qrCaption() {
        return qsTr("Your visit's record number, for your clinic")
    }
}
