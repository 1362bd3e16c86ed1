# Replaces PyInstaller's hook: QtNetwork comes in only because QtQml links it; the app
# talks HTTP with requests, so its TLS and network-information plugins stay out.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from qt_trim import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [b for b in binaries if keep_plugin(*b)]
datas = [d for d in datas if keep_plugin(*d)]
