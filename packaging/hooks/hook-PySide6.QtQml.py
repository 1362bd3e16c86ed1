# Replaces PyInstaller's hook: the stock one collects every QML module Qt ships,
# with their libraries (WebEngine alone is 204 MB), and the GPL-only Virtual Keyboard.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

from qt_trim import keep_plugin, keep_qml

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
qml_binaries, qml_datas = pyside6_library_info.collect_qtqml_files()
binaries = [b for b in binaries + qml_binaries if keep_qml(b[1]) and keep_plugin(*b)]
datas = [d for d in datas + qml_datas if keep_qml(d[1]) and keep_plugin(*d)]
