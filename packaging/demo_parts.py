"""The demo parts: out of the production bundle, shipped as the demo add-on.

The production bundle must not carry a virtual chip card with its throwaway
country PKI (anyone holding a lab profile's keys could sign cards) nor the
launcher of the local FHIR server. The spec analyses them with the app (so every
library they need is in the bundle) and then leaves their code out of it;
build.py copies their sources and data into dist/tram-kiosk-demo/, laid out to be
copied over a bundle (docs/packaging.md, "Demo add-on").
"""
PACKAGES = ("drivers.card.emulator",)  # the CCCD applet emulator, its lab PKI, the vpcd client
MODULES = ("kiosk.demo.fhir_server",)  # starts the local FHIR server (which is never bundled)
DATA = ("assets/demo", "config/demo.toml")  # the demo citizen's photos, the demo configuration
# Qt bindings only the scripted tour loads (kiosk/ui_driver.py taps with QtTest, whose binding
# imports QtWidgets), and the tour runs only in demo mode (`--tour needs --demo`): 15 MB a
# station never maps. The spec excludes them; the add-on carries them with their Qt libraries
# (under PySide6/ and PySide6/Qt/lib, as the wheel lays them out).
QT_MODULES = ("QtTest", "QtWidgets")
QT_LIBRARIES = ("libQt6Test.so.6", "libQt6Widgets.so.6")


def is_demo_module(name: str) -> bool:
    return name in MODULES or any(name == p or name.startswith(p + ".") for p in PACKAGES)
