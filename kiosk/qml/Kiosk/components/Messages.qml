pragma Singleton
import QtQuick

// Every message key a view-model can raise, turned into words. Kept in one place
// so that a new key is translated once and the technician log names the same key.
QtObject {
    function error(key) {
        switch (key) {
        case "card_removed": return qsTr("The card was taken off the reader. Please place it back and keep it still.")
        case "card_read_error": return qsTr("The card could not be read. Please place it flat on the reader and try again.")
        case "reader_unavailable": return qsTr("The card reader is not working. Please ask a staff member for help.")
        case "card_read_timeout": return qsTr("Reading the card took too long. Please lift the card off the reader, place it back and try again.")
        case "can_mismatch": return qsTr("The number does not match this card. Please check the last 6 digits of the ID number on the front of the card.")
        case "can_format": return qsTr("Please enter all 6 digits.")
        case "face_no_match": return qsTr("We could not confirm that the card belongs to you.")
        case "face_no_face": return qsTr("We could not see a face. Please look at the camera.")
        case "face_multiple_faces": return qsTr("More than one person is in the picture. Please stand alone in front of the camera.")
        case "face_poor_quality": return qsTr("The picture was not clear enough. Please face the camera in good light.")
        case "face_liveness_failed": return qsTr("The movements were not recognised. Please follow the instructions on screen.")
        case "face_timeout": return qsTr("The check took too long.")
        case "disk_full": return qsTr("This station has no room left to save your results.")
        case "store_corrupt":
        case "store_error": return qsTr("This station could not save your results.")
        }
        return key.length ? qsTr("Something went wrong.") : ""
    }

    function fault(key) {
        switch (key) {
        case "cuff_loose": return qsTr("The cuff is too loose. Please wrap it snugly around your upper arm.")
        case "motion": return qsTr("Movement disturbed the measurement. Please sit still and do not talk.")
        case "overpressure": return qsTr("The cuff pressure went too high and was released for your safety.")
        case "weak_pulse": return qsTr("Your pulse was too weak to measure. Please relax your arm and try again.")
        case "finger_out": return qsTr("Please put your finger fully into the clip.")
        case "sensor_off": return qsTr("The finger clip is not connected. Please ask a staff member.")
        case "low_perfusion": return qsTr("The signal is weak. Please warm your hand and keep it still.")
        case "artifact": return qsTr("Movement disturbed the signal. Please keep your hand still.")
        case "stepped_off": return qsTr("You stepped off the scale too early. Please stand still until the weight is shown.")
        case "out_of_range": return qsTr("The value is outside what this device can measure.")
        case "not_responding": return qsTr("The device is not responding.")
        case "unplugged": return qsTr("The device is disconnected.")
        case "device_error": return qsTr("The device reported an error.")
        case "timeout": return qsTr("The measurement took too long.")
        }
        return qsTr("The measurement did not work.")
    }

    function staff(reason) {
        switch (reason) {
        case "can_attempts": return qsTr("The number was wrong too many times.")
        case "card_not_genuine": return qsTr("This card could not be verified as genuine.")
        case "camera": return qsTr("The camera is not working.")
        case "card_read_timeout": return qsTr("The card reader did not answer in time.")
        }
        return reason.indexOf("face_") === 0 ? error(reason) : ""
    }

    // Why a value on the results screen may be less accurate, or how it was got (keys from
    // the view-model: device flags seen while measuring, and a third blood-pressure reading).
    function quality(key) {
        switch (key) {
        case "low_perfusion": return qsTr("The signal was weak during the measurement, so this value may be less accurate.")
        case "artifact": return qsTr("Movement disturbed the signal during the measurement, so this value may be less accurate.")
        case "motion": return qsTr("Movement was detected during the measurement, so this value may be less accurate.")
        case "third_reading": return qsTr("Your first two readings were far apart, so a third was taken. The result is the average of the last two.")
        }
        return ""
    }

    function kindTitle(kind) {
        switch (kind) {
        case "blood_pressure": return qsTr("Blood pressure and pulse")
        case "body": return qsTr("Weight and height")
        case "spo2": return qsTr("Blood oxygen (SpO2)")
        case "temperature": return qsTr("Temperature")
        }
        return ""
    }
}
