# Replaces PyInstaller's hook to keep only the platform and image plugins the kiosk
# uses (qt_trim.PLUGINS): the GTK theme plugin alone drags in GTK, and the input
# contexts include the GPL-only Virtual Keyboard.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from qt_trim import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [b for b in binaries if keep_plugin(*b)]
datas = [d for d in datas if keep_plugin(*d)]
