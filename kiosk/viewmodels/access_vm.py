"""``Kiosk.Access``: the citizen's accessibility controls and the way screens speak.

Speech (say, repeat, mute, volume), large text and high contrast, all per
visit: they return to the station's defaults when the visit ends. Holds no
wording: the spoken text comes from QML's qsTr (docs/speech.md).

Like Kiosk.Session it exists for the first frame, before the flow: until ``attach``
it holds the defaults (Theme.qml reads large text and contrast) and says nothing.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController
    from kiosk.speech.service import Prompt, SpeechService, SpeechSettings

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.speech")

_instance: "Access | None" = None


def settings_from(cfg) -> "SpeechSettings":
    from kiosk.speech.service import SpeechSettings

    s = cfg.speech
    return SpeechSettings(voices={"vi": s.voice_vi, "en": s.voice_en}, rate=s.rate, volume=s.volume,
                          cache_dir=Path(s.cache_dir), device=s.device, private_device=s.private_device,
                          player=s.player, enabled=s.enabled)


def install(controller: "FlowController | None" = None, service: "SpeechService | None" = None) -> "Access":
    """Create the singleton the next QML engine will hand out; without a controller it
    waits for ``attach``."""
    global _instance
    _instance = Access(controller, service)
    return _instance


@QmlElement
@QmlSingleton
class Access(QObject):
    changed = Signal()

    def __init__(self, controller: "FlowController | None" = None, service: "SpeechService | None" = None) -> None:
        super().__init__()
        self._c: FlowController | None = None
        self.service: SpeechService | None = None
        self._current: Prompt | None = None  # what "Repeat" says
        # The screen that said it: a screen without a prompt must not inherit its predecessor's.
        self._current_screen = ""
        self._large = False
        self._contrast = False
        if controller is not None:
            self.attach(controller, service)

    def attach(self, controller: "FlowController", service: "SpeechService | None" = None) -> None:
        """Speak for the flow; the speech service is the station's unless one is given."""
        from kiosk.speech.service import SpeechService

        self._c = controller
        self.service = service or SpeechService(settings_from(controller.cfg)).start()
        controller.screenChanged.connect(self._on_screen)
        self.changed.emit()

    @staticmethod
    def create(engine) -> "Access":  # called by the QML engine for the singleton
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.access_vm.install() must run before QML loads")
        return _instance

    def _on_screen(self, screen: str) -> None:
        if screen == "welcome":  # the visit is over: the next citizen starts from the station's defaults
            self.service.reset()
            self._large = self._contrast = False
            self.changed.emit()

    # -- state ---------------------------------------------------------------------------
    @Property(bool, notify=changed)
    def muted(self) -> bool:
        return self.service.muted if self.service else False

    @Property(int, notify=changed)
    def volume(self) -> int:
        return self.service.volume if self.service else 0

    @Property(bool, notify=changed)
    def largeText(self) -> bool:
        return self._large

    @Property(bool, notify=changed)
    def highContrast(self) -> bool:
        return self._contrast

    def _prompt_here(self) -> "Prompt | None":
        if self._c is None:
            return None
        return self._current if self._current_screen == self._c.machine.screen.value else None

    @Property(str, notify=changed)
    def current(self) -> str:
        """The prompt "Repeat" would say on this screen (tests read it)."""
        here = self._prompt_here()
        return here.text if here else ""

    # -- speaking -------------------------------------------------------------------------
    @Slot(str, str, bool)
    def say(self, text: str, kind: str, cache: bool) -> None:
        if self.service is None:  # the first frame's welcome: the flow's own welcome speaks
            return
        from kiosk.speech.service import Prompt

        if not text.strip():
            if kind == "guidance":  # the step it was for has ended (a reading, a fault)
                self.service.drop_guidance()
            return
        prompt = Prompt(text, kind, self._c.machine.draft.language, cache)
        if kind != "guidance":
            self._current, self._current_screen = prompt, self._c.machine.screen.value
            self.changed.emit()
        self.service.say(prompt)

    @Slot(float, int, result=str)
    def spokenNumber(self, value: float, decimals: int) -> str:
        """Numbers as the voice should hear them: words in Vietnamese, digits in English."""
        from kiosk.speech.numbers_vi import number_words

        if value != value:  # NaN: nothing measured
            return ""
        if self._c.machine.draft.language == "vi":
            return number_words(value, decimals)
        return f"{value:.{max(0, decimals)}f}"

    # -- the citizen's controls --------------------------------------------------------------
    @Slot()
    def repeat(self) -> None:
        if self.service is None:
            return
        from kiosk.speech.service import Prompt

        self._c.touch()
        here = self._prompt_here()
        if here is not None:
            self.service.say(Prompt(here.text, "screen", here.language, here.fixed))

    @Slot()
    def toggleMute(self) -> None:
        if self.service is None:
            return
        self._c.touch()
        self.service.set_muted(not self.service.muted)
        log.info("speech: %s", "muted" if self.service.muted else "unmuted")
        self.changed.emit()

    @Slot(int)
    def stepVolume(self, direction: int) -> None:
        if self.service is None:
            return
        self._c.touch()
        self.service.step_volume(1 if direction > 0 else -1)
        if self.service.muted:
            self.service.set_muted(False)  # pressing volume means the citizen wants to hear
        self.changed.emit()
        self.repeat()  # hear the new level at once

    @Slot()
    def toggleLargeText(self) -> None:
        self._touch()
        self._large = not self._large
        self.changed.emit()

    @Slot()
    def toggleHighContrast(self) -> None:
        self._touch()
        self._contrast = not self._contrast
        self.changed.emit()

    def _touch(self) -> None:
        if self._c is not None:
            self._c.touch()

    def close(self) -> None:
        if self.service is not None:
            self.service.close()
