pragma Singleton
import QtQuick
import Kiosk

// Every message key of the prescription service (Kiosk.Prescription.errorKey), in words.
// The keys are those of kiosk/services/prescription (code.py, model.py, runner.py).
QtObject {
    function error(key) {
        switch (key) {
        // Which part of a typed code is wrong (code.py's CodeProblem keys).
        case "code_empty": return qsTr("Please type the prescription code first.")
        case "code_hyphen": return qsTr("The hyphen (-) is missing or there is more than one. The code ends with a hyphen and one letter, for example …-C.")
        case "code_characters": return qsTr("Before the hyphen, use only letters and digits.")
        case "code_length": return qsTr("Before the hyphen the code has exactly %1 letters or digits. Please count them again.").arg(Prescription.bodyLength)
        case "code_type": return qsTr("After the hyphen comes one letter: C, N, H or Y.")
        case "code_unreadable": return qsTr("The code shown to the camera is not a prescription code. Show the prescription's QR code, or type the code.")
        case "camera_busy": return qsTr("The camera is busy right now. Please type the code on the keypad.")
        case "camera_error": return qsTr("The camera is not working. Please type the code on the keypad.")
        case "backend_down": return qsTr("The prescription service cannot be reached right now. Please try again in a moment.")
        case "backend_timeout": return qsTr("The prescription service did not answer in time. Please try again in a moment.")
        case "bad_answer": return qsTr("The prescription service gave an answer this station cannot read. Please try again, or ask a staff member.")
        case "several_prescriptions": return qsTr("This code belongs to more than one prescription, so it cannot be shown here. Please ask the pharmacy or the clinic that wrote it.")
        case "no_patient": return qsTr("This prescription does not name its patient, so it cannot be checked here. Please ask the clinic that wrote it.")
        case "pass_key": return qsTr("The pick-up pass could not be made at this station. Show your ID card and this code at the pharmacy instead.")
        }
        return key.length ? qsTr("Something went wrong. Please try again.") : ""
    }

    function title(verdict) {
        switch (verdict) {
        case "match": return qsTr("Your prescription")
        case "expired": return qsTr("This prescription has expired")
        case "dispensed": return qsTr("This prescription has already been dispensed")
        }
        return qsTr("Prescription not found")
    }

    function kindName(kind) {
        switch (kind) {
        case "c": return qsTr("Ordinary prescription")
        case "n": return qsTr("Narcotic medicine prescription")
        case "h": return qsTr("Psychotropic or precursor medicine prescription")
        case "y": return qsTr("Traditional medicine prescription")
        }
        return ""
    }

    // How long it stays valid, from Prescription.daysLeft (negative: it has expired).
    function validity(daysLeft, untilText) {
        if (daysLeft < 0)
            return qsTr("until %1 (expired)").arg(untilText)
        if (daysLeft === 0)
            return qsTr("until %1 (today is the last day)").arg(untilText)
        return qsTr("until %1 (%n more day(s))", "", daysLeft).arg(untilText)
    }
}
