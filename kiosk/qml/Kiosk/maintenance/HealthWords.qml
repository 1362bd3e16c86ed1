pragma Singleton
import QtQuick

// Words for the health checks' keys (kiosk/health/result.py REASONS and the
// components the checks name). An unknown key shows as itself, so a new one is
// visible, not blank; a test keeps this list and REASONS in step.
QtObject {
    function status(s) {
        switch (s) {
        case "green": return qsTr("OK")
        case "amber": return qsTr("Check soon")
        case "red": return qsTr("Fault")
        }
        return s
    }
    function severity(s) {
        return s === "green" ? "good" : s === "amber" ? "caution" : "critical"
    }

    function component(c) {
        switch (c) {
        case "config": return qsTr("Configuration")
        case "assets": return qsTr("App files")
        case "paths": return qsTr("Folders")
        case "disk": return qsTr("Disk")
        case "key": return qsTr("Store key")
        case "store": return qsTr("Visit store")
        case "queue": return qsTr("Send queue")
        case "card_reader": return qsTr("Card reader")
        case "camera": return qsTr("Camera")
        case "backend": return qsTr("Health-record server")
        case "tls_cert": return qsTr("Certificates")
        case "version": return qsTr("App version")
        case "uptime": return qsTr("Running time")
        case "calibration": return qsTr("Calibration")
        case "health": return qsTr("Health check")
        case "device:blood_pressure": return qsTr("Blood pressure monitor")
        case "device:body": return qsTr("Scale and height rod")
        case "device:spo2": return qsTr("Pulse oximeter")
        case "device:temperature": return qsTr("Thermometer")
        case "printer": return qsTr("Receipt printer")
        case "speech": return qsTr("Spoken guidance")
        }
        return c
    }

    function reason(r) {
        switch (r) {
        case "ok": return qsTr("Working")
        case "config_loaded": return qsTr("Loaded and valid")
        case "asset_missing": return qsTr("A bundled file is missing")
        case "translation_missing": return qsTr("A translation file is missing")
        case "models_invalid": return qsTr("Face model files are missing or damaged")
        case "not_writable": return qsTr("Cannot be written")
        case "disk_low": return qsTr("Disk space is low")
        case "disk_full": return qsTr("Disk is nearly full")
        case "key_missing_with_store": return qsTr("Key file missing: stored visits cannot be opened")
        case "key_will_be_created": return qsTr("No key yet: one is made at first start")
        case "key_too_open": return qsTr("Key file can be read by others")
        case "store_absent": return qsTr("No visits stored yet")
        case "store_outdated": return qsTr("Store will be upgraded at next start")
        case "store_damaged": return qsTr("Store is damaged")
        case "store_not_accepting": return qsTr("Not accepting new visits")
        case "queue_empty": return qsTr("Every visit has been sent")
        case "queue_waiting": return qsTr("Visits waiting to be sent")
        case "queue_stalled": return qsTr("Visits have waited too long")
        case "dead_letters": return qsTr("Visits refused by the server")
        case "never_synced": return qsTr("Never sent to the server yet")
        case "sync_stale": return qsTr("No successful send for a long time")
        case "device_disabled": return qsTr("Turned off in the configuration")
        case "device_not_configured": return qsTr("Not configured")
        case "port_missing": return qsTr("Not connected (port not found)")
        case "port_closed": return qsTr("Port is closed")
        case "pcsc_unavailable": return qsTr("Card service is not running")
        case "reader_missing": return qsTr("No card reader found")
        case "virtual_device": return qsTr("Simulated (demo mode)")
        case "camera_unavailable": return qsTr("Camera cannot be opened")
        case "backend_unreachable": return qsTr("Cannot be reached: visits wait in the queue")
        case "backend_not_fhir_r4": return qsTr("Answers, but not as a FHIR R4 server")
        case "backend_not_https": return qsTr("Not using HTTPS")
        case "cert_unreadable": return qsTr("Certificate cannot be read")
        case "cert_expiring": return qsTr("Certificate expires soon")
        case "cert_expired": return qsTr("Certificate has expired")
        case "server_cert_untrusted": return qsTr("Server certificate is not trusted")
        case "calibration_overdue": return qsTr("Calibration check overdue: not used for citizens")
        case "calibration_failed": return qsTr("Last calibration check failed: not used for citizens")
        case "calibration_due_soon": return qsTr("Calibration check due soon")
        case "cleaning_due": return qsTr("Due for cleaning")
        case "paper_near_end": return qsTr("Paper roll nearly used up: replace it soon")
        case "paper_out": return qsTr("Out of paper")
        case "cover_open": return qsTr("Cover is open")
        case "printer_offline": return qsTr("Printer is not ready")
        case "speech_disabled": return qsTr("Turned off in the configuration: the kiosk is silent")
        case "speech_engine_missing": return qsTr("Speech engine missing: the kiosk runs silently")
        case "no_audio_output": return qsTr("No sound output: the kiosk runs silently")
        case "headset_not_playing": return qsTr("Headset output not working: speech goes to the speaker")
        case "version": return qsTr("Installed version")
        case "running": return qsTr("Running")
        case "check_crashed": return qsTr("The check itself failed (see the technician log)")
        }
        return r
    }
}
