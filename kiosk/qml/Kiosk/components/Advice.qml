pragma Singleton
import QtQuick

// Plain-language names and advice for every clinical band (thresholds and their
// sources live in kiosk/clinical). Screening wording only: never a diagnosis.
QtObject {
    // Metrics are the vital keys of offline_store/vitals.py (plus blood_pressure, the pair).
    function metricName(metric) {
        switch (metric) {
        case "blood_pressure": return qsTr("Blood pressure")
        case "pulse": return qsTr("Pulse")
        case "bmi": return qsTr("Body mass index (BMI)")
        case "spo2": return qsTr("Blood oxygen")
        case "body_temp_c": return qsTr("Temperature")
        case "weight_kg": return qsTr("Weight")
        case "height_cm": return qsTr("Height")
        }
        return metric
    }

    function band(metric, band) {
        switch (metric + "/" + band) {
        case "blood_pressure/optimal": return qsTr("Optimal")
        case "blood_pressure/normal": return qsTr("Normal")
        case "blood_pressure/high_normal": return qsTr("High normal")
        case "blood_pressure/grade_1": return qsTr("High (grade 1)")
        case "blood_pressure/grade_2": return qsTr("High (grade 2)")
        case "blood_pressure/grade_3": return qsTr("Very high (grade 3)")
        case "blood_pressure/isolated_systolic": return qsTr("Upper value high")
        case "blood_pressure/low": return qsTr("Low")
        case "pulse/low": return qsTr("Slow")
        case "pulse/normal": return qsTr("Normal")
        case "pulse/high": return qsTr("Fast")
        case "bmi/underweight": return qsTr("Underweight")
        case "bmi/normal": return qsTr("Normal")
        case "bmi/overweight": return qsTr("Overweight")
        case "bmi/obese_1": return qsTr("Obese (class I)")
        case "bmi/obese_2": return qsTr("Obese (class II)")
        case "spo2/normal": return qsTr("Normal")
        case "spo2/low": return qsTr("Lower than normal")
        case "spo2/urgent": return qsTr("Very low")
        case "body_temp_c/low": return qsTr("Lower than expected")
        case "body_temp_c/normal": return qsTr("Normal")
        case "body_temp_c/raised": return qsTr("Slightly raised")
        case "body_temp_c/fever": return qsTr("Fever")
        case "body_temp_c/high_fever": return qsTr("High fever")
        }
        return ""
    }

    function advice(metric, band) {
        switch (metric + "/" + band) {
        case "blood_pressure/optimal":
        case "blood_pressure/normal": return qsTr("Keep up your healthy habits and check again at your next visit.")
        case "blood_pressure/high_normal": return qsTr("A little high. Eat less salt, stay active, and check again within 3 months.")
        case "blood_pressure/grade_1":
        case "blood_pressure/isolated_systolic": return qsTr("Please have your blood pressure checked at your commune health station within a month.")
        case "blood_pressure/grade_2": return qsTr("Please see a doctor at your commune health station this week.")
        case "blood_pressure/grade_3": return qsTr("Seek medical care today. If you have chest pain, a severe headache, shortness of breath, weakness or trouble speaking, call 115 now.")
        case "blood_pressure/low": return qsTr("If you feel dizzy or faint, sit down and tell a health worker.")
        case "pulse/low": return qsTr("If you feel dizzy or very tired, see a health worker.")
        case "pulse/high": return qsTr("Rest and measure again. If it stays fast, see a health worker.")
        case "bmi/underweight": return qsTr("Talk with a health worker about healthy eating.")
        case "bmi/normal": return qsTr("A healthy weight for Asian adults.")
        case "bmi/overweight": return qsTr("More daily activity and a balanced diet help keep your weight healthy.")
        case "bmi/obese_1":
        case "bmi/obese_2": return qsTr("Please talk with a health worker about your weight.")
        case "spo2/low": return qsTr("Rest and measure again. If it is still low, see a health worker.")
        case "spo2/urgent": return qsTr("Seek medical care now. Call 115 if you are short of breath.")
        case "body_temp_c/low": return qsTr("Please measure again in a few minutes.")
        case "body_temp_c/raised": return qsTr("Rest and measure again later.")
        case "body_temp_c/fever": return qsTr("Rest and drink plenty of water. See a health worker if it lasts or you feel unwell.")
        case "body_temp_c/high_fever": return qsTr("Please see a doctor today.")
        }
        return ""
    }
}
