import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Kiosk

Window {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: "Tram Cong dan so"

    Binding { target: Theme; property: "s"; value: Math.min(window.width / 1920, window.height / 1080) }
    Binding { target: Theme; property: "mm"; value: Screen.pixelDensity > 0 ? Screen.pixelDensity : 4 }

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
            sourceComponent: window.pages[Session.screen] || welcomePage
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
