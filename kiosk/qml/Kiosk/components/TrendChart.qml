pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// One trend chart of Record.charts, drawn with Canvas (Qt Charts and Qt Graphs are GPL).
// Python gives positions and values; this file only maps them to pixels and words them.
Item {
    id: chart
    required property var model  // {key, series[{name, points[{x, y, other}]}], bands, yMin, yMax, grid, ticks, sources}
    readonly property real axisW: 90 * Theme.s * Theme.textScale
    readonly property real tickH: Theme.textSmall * 1.6
    readonly property real plotX: axisW
    readonly property real plotY: Theme.textSmall * 0.8
    readonly property real plotW: Math.max(1, canvas.width - axisW - Theme.gap * 2.5)
    readonly property real plotH: Math.max(1, canvas.height - plotY - tickH)

    function seriesColor(i) { return i === 0 ? Theme.primary : (Theme.hc ? "#5A0078" : "#7B3FA0") }
    function py(y) { return plotY + (1 - (y - model.yMin) / (model.yMax - model.yMin)) * plotH }
    function px(x) { return plotX + x * plotW }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 4

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                text: {
                    switch (chart.model.key) {
                    case "bp": return qsTr("Blood pressure (mmHg)")
                    case "weight_kg": return qsTr("Weight (kg)")
                    case "bmi": return qsTr("Body mass index (BMI)")
                    case "spo2": return qsTr("Blood oxygen (SpO2, %)")
                    case "pulse": return qsTr("Pulse (beats per minute)")
                    }
                    return ""
                }
                font.pixelSize: Theme.text
                font.bold: true
                color: Theme.ink
            }
            Repeater {
                model: chart.model.series.length > 1 ? chart.model.series : []
                Text {
                    required property var modelData
                    required property int index
                    text: "● " + (modelData.name === "systolic" ? qsTr("upper (systolic)") : qsTr("lower (diastolic)"))
                    font.pixelSize: Theme.textSmall
                    color: chart.seriesColor(index)
                }
            }
            Text {
                visible: chart.model.other
                text: "◇ " + qsTr("measured elsewhere: %1").arg(chart.model.sources.join(", "))
                font.pixelSize: Theme.textSmall
                color: Theme.inkSoft
            }
            Text {
                visible: chart.model.bands.length > 0
                text: "- - " + qsTr("limits of the clinical bands")
                font.pixelSize: Theme.textSmall
                color: Theme.inkSoft
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Canvas {
                id: canvas
                objectName: "trendCanvas_" + chart.model.key
                anchors.fill: parent
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()
                onPaint: {
                    var ctx = getContext("2d")
                    ctx.reset()
                    var m = chart.model
                    if (!m || m.yMax <= m.yMin)
                        return
                    ctx.lineWidth = 1
                    ctx.strokeStyle = Theme.line
                    for (var g = 0; g < m.grid.length; ++g) {
                        ctx.beginPath()
                        ctx.moveTo(chart.plotX, chart.py(m.grid[g]))
                        ctx.lineTo(chart.plotX + chart.plotW, chart.py(m.grid[g]))
                        ctx.stroke()
                    }
                    for (var t = 0; t < m.ticks.length; ++t) {
                        ctx.beginPath()
                        ctx.moveTo(chart.px(m.ticks[t].x), chart.plotY + chart.plotH)
                        ctx.lineTo(chart.px(m.ticks[t].x), chart.plotY + chart.plotH + 8 * Theme.s)
                        ctx.stroke()
                    }
                    ctx.lineWidth = 2
                    for (var b = 0; b < m.bands.length; ++b) {
                        var y = chart.py(m.bands[b].value)
                        ctx.strokeStyle = Theme.bandColor(m.bands[b].severity)
                        ctx.beginPath()
                        for (var dx = chart.plotX; dx < chart.plotX + chart.plotW; dx += 18 * Theme.s) {
                            ctx.moveTo(dx, y)
                            ctx.lineTo(Math.min(dx + 10 * Theme.s, chart.plotX + chart.plotW), y)
                        }
                        ctx.stroke()
                    }
                    var r = Math.max(4, 6 * Theme.s)
                    for (var i = 0; i < m.series.length; ++i) {
                        var pts = m.series[i].points
                        ctx.strokeStyle = chart.seriesColor(i)
                        ctx.fillStyle = chart.seriesColor(i)
                        ctx.lineWidth = Math.max(2, 3 * Theme.s)
                        ctx.beginPath()
                        for (var p = 0; p < pts.length; ++p) {
                            if (p === 0)
                                ctx.moveTo(chart.px(pts[p].x), chart.py(pts[p].y))
                            else
                                ctx.lineTo(chart.px(pts[p].x), chart.py(pts[p].y))
                        }
                        ctx.stroke()
                        for (p = 0; p < pts.length; ++p) {
                            var cx = chart.px(pts[p].x), cy = chart.py(pts[p].y)
                            ctx.beginPath()
                            if (pts[p].other) {  // another source: a hollow diamond
                                ctx.fillStyle = Theme.surface
                                ctx.moveTo(cx, cy - r * 1.6); ctx.lineTo(cx + r * 1.6, cy)
                                ctx.lineTo(cx, cy + r * 1.6); ctx.lineTo(cx - r * 1.6, cy)
                                ctx.closePath()
                                ctx.fill()
                                ctx.stroke()
                                ctx.fillStyle = chart.seriesColor(i)
                            } else {
                                ctx.arc(cx, cy, r, 0, 2 * Math.PI)
                                ctx.fill()
                            }
                        }
                    }
                }
            }
            Connections {
                target: chart
                function onModelChanged() { canvas.requestPaint() }
            }
            Connections {
                target: Theme
                function onHcChanged() { canvas.requestPaint() }
            }
            Repeater {  // grid values on the left axis
                model: chart.model.grid
                Text {
                    required property var modelData
                    x: 0
                    width: chart.axisW - Theme.gap / 3
                    y: chart.py(modelData) - height / 2
                    horizontalAlignment: Text.AlignRight
                    text: Format.number(modelData, modelData % 1 === 0 ? 0 : 1)
                    font.pixelSize: Theme.textSmall
                    color: Theme.inkSoft
                }
            }
            Repeater {  // each band limit named by its value, at the right end of its line
                model: chart.model.bands
                Text {
                    required property var modelData
                    x: chart.plotX + chart.plotW + Theme.gap / 4
                    y: chart.py(modelData.value) - height / 2
                    text: Format.number(modelData.value, modelData.value % 1 === 0 ? 0 : 1)
                    font.pixelSize: Theme.textSmall * 0.8
                    font.bold: true
                    color: Theme.bandColor(modelData.severity)
                }
            }
            Repeater {  // months along the bottom; every other one when space is short
                model: chart.model.ticks
                Text {
                    required property var modelData
                    required property int index
                    visible: chart.plotW / chart.model.ticks.length > Theme.textSmall * 3.2 || index % 2 === 0
                    x: chart.px(modelData.x) - width / 2
                    y: chart.plotY + chart.plotH + 8 * Theme.s
                    text: qsTr("%1/%2").arg(modelData.month).arg(modelData.year % 100)
                    font.pixelSize: Theme.textSmall
                    color: Theme.inkSoft
                }
            }
        }
    }
}
