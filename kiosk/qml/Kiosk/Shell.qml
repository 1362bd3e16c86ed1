import QtQuick
import QtQuick.Layouts
import Kiosk

// The whole app under the window: header, the session's page, the idle warning and
// the technicians' shell. Main.qml loads it once the flow is attached (kiosk/app.py).
Item {
    id: shell

    readonly property var pages: ({
        welcome: welcomePage, consent: consentPage, card_wait: cardWaitPage,
        can_entry: canEntryPage, card_reading: cardReadingPage, face_check: facePage,
        face_failed: faceFailedPage, measure: measurePage, results: resultsPage,
        saving: savingPage, done: donePage, save_failed: saveFailedPage, staff_help: staffPage,
        services: servicesPage, service: servicePage
    })

    // Any touch anywhere counts as activity for the idle guard; a PointHandler
    // watches passively and never takes the touch away from the buttons.
    PointHandler {
        onActiveChanged: if (active) Session.touch()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Header { Layout.fillWidth: true }
        Loader {
            id: page
            objectName: "page"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: shell.pages[Session.screen] || welcomePage
        }
    }

    IdleOverlay { anchors.fill: parent }

    // Technicians: a full-window shell over everything, on the session's "maintenance"
    // screen; the gesture item last, so it sees every press first (passively).
    Loader {
        anchors.fill: parent
        active: Maintenance.open
        sourceComponent: MaintenanceShell {}
    }
    MaintenanceGesture { anchors.fill: parent }

    Component { id: welcomePage; WelcomeScreen {} }
    Component { id: consentPage; ConsentScreen {} }
    Component { id: cardWaitPage; CardWaitScreen {} }
    Component { id: canEntryPage; CanEntryScreen {} }
    Component { id: cardReadingPage; CardReadingScreen {} }
    Component { id: facePage; FaceCheckScreen {} }
    Component { id: faceFailedPage; FaceFailedScreen {} }
    Component { id: measurePage; MeasureScreen {} }
    Component { id: resultsPage; ResultsScreen {} }
    Component { id: savingPage; SavingScreen {} }
    Component { id: donePage; DoneScreen {} }
    Component { id: saveFailedPage; SaveFailedScreen {} }
    Component { id: staffPage; StaffHelpScreen {} }
    Component { id: servicesPage; ServicesScreen {} }
    Component { id: servicePage; ServiceScreen {} }
}
