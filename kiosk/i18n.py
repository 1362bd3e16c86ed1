"""Runtime language switching: one QTranslator per language, swapped, then engine.retranslate()."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk import paths

log = logging.getLogger("kiosk.i18n")

# English is the source language of the QML strings; kiosk_vi.qm holds Vietnamese and
# kiosk_en.qm only English plural forms.
LANGUAGES = ("vi", "en")


class Translations:
    def __init__(self, engine: QQmlEngine | None = None) -> None:
        self._engine = engine
        self._translator: QTranslator | None = None  # the installed one
        # One per language, loaded once: a new one per switch (two a visit) was never freed.
        self._loaded: dict[str, QTranslator] = {}

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    def detach(self) -> None:
        """Remove our translator from the application (a later window installs its own)."""
        if self._translator is not None:
            QCoreApplication.instance().removeTranslator(self._translator)
            self._translator = None
        for translator in self._loaded.values():
            translator.deleteLater()
        self._loaded.clear()
        self._engine = None

    def set_language(self, code: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        qm = paths.TRANSLATIONS / f"kiosk_{code}.qm"
        translator = self._loaded.get(code)
        if translator is None:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                self._loaded[code] = translator
            else:
                translator.deleteLater()
                translator = None
        if translator is not None:
            app.installTranslator(translator)
            self._translator = translator
        else:
            # English is the source text, so this falls back to English words
            # rather than a blank screen; the technician log says why.
            log.error("translation %s missing or unreadable; run ./dev setup", qm.name)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if code == "vi" else QLocale.Language.English))
        if self._engine is not None:
            self._engine.retranslate()
