"""The card-reading screen names each step of the read, in both languages; a card
pulled out mid-read asks for it back instead of showing "Connecting to the card…"."""
import pytest

from kiosk.session.machine import Screen

WORDING = {
    "vi": "Thẻ đã bị nhấc khỏi đầu đọc. Vui lòng đặt lại thẻ để tiếp tục.",
    "en": "The card was taken off the reader. Please put it back to continue.",
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_card_removed_step_is_worded(kiosk, language, tmp_path):
    k = kiosk
    k.tap(f"language_{language}")
    k.c.machine.screen = Screen.CARD_READING
    k.c.live.card_step, k.c.live.card_fraction = "card_removed", 0.4
    k.c.changed.emit()
    k.qtbot.waitUntil(lambda: k.text("cardStepText") == WORDING[language], timeout=5_000)
    k.window.grabWindow().save(str(tmp_path / f"card_removed-{language}.png"))
