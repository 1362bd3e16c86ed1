"""The speech core on the real espeak-ng, aplay (ALSA null device) and sox."""
import re
import subprocess
import time

from kiosk.speech.cache import PromptCache
from kiosk.speech.service import Prompt, SpeechService, SpeechSettings

PROMPTS = ["Xin mời đặt thẻ căn cước lên đầu đọc.", "Place your ID card on the reader, photo side up."]


def sox_stat(wav):
    out = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
    return {k.strip(): float(v) for k, v in re.findall(r"^([^:\n]+):\s+(-?[\d.]+)$", out, re.M)}


def test_prompt_audio_exists_is_not_silent_and_fits_its_text(tmp_path):
    cache = PromptCache(tmp_path, rate=140)
    for text, voice in zip(PROMPTS, ["vi", "en"]):
        wav = cache.fixed(text, voice, lambda p: None)
        st = sox_stat(wav)
        words = len(text.split())
        assert st["RMS     amplitude"] > 0.02
        # 140 words a minute, with room for pauses and a slower syllable-timed voice
        assert 0.5 * words * 60 / 140 <= st["Length (seconds)"] <= 2.5 * words * 60 / 140


def test_cache_rebuilt_when_wording_changes(tmp_path):
    cache = PromptCache(tmp_path, rate=140)
    a = cache.fixed("Xin chào", "vi", lambda p: None)
    again = cache.fixed("Xin chào", "vi", lambda p: None)
    b = cache.fixed("Xin chào bạn", "vi", lambda p: None)
    c = PromptCache(tmp_path, rate=120).fixed("Xin chào", "vi", lambda p: None)
    assert a == again and a.stat().st_mtime_ns <= again.stat().st_mtime_ns
    assert len({a, b, c}) == 3 and all(p.exists() for p in (a, b, c))


def test_rapid_prompts_do_not_queue(tmp_path):
    s = SpeechService(SpeechSettings({"vi": "vi", "en": "en"}, 140, 80, tmp_path, "null", calm_s=0.5)).start()
    try:
        assert s.wait_ready() and s.available, s.problem
        for i in range(30):
            s.say(Prompt(f"Hướng dẫn số {i}", "guidance", "vi", False))
        for i in range(10):
            s.say(Prompt(f"Màn hình {i}", "screen", "vi", True))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (not s.played or s.played[-1][1] != "Màn hình 9"):
            time.sleep(0.05)
        time.sleep(1.0)
        texts = [t for _, t in s.played]
        assert texts[-1] == "Màn hình 9"
        assert len(texts) <= 4, texts  # at most what was already starting, never the 40 requests
    finally:
        s.close()


def test_no_audio_device_runs_silently(tmp_path):
    s = SpeechService(SpeechSettings({"vi": "vi", "en": "en"}, 140, 80, tmp_path, "hw:CARD=NoSuchCard")).start()
    try:
        assert s.wait_ready() and not s.available and "NoSuchCard" in s.problem
        s.say(Prompt("Xin chào", "screen", "vi", True))
        time.sleep(0.3)
        assert not s.played
    finally:
        s.close()


def test_guidance_still_waiting_is_dropped_when_the_step_ends(tmp_path):
    """A reading arrived: the guidance waiting for its calm gap is no longer true, never said late."""
    s = SpeechService(SpeechSettings({"vi": "vi", "en": "en"}, 140, 80, tmp_path, "null", calm_s=1.0)).start()
    try:
        assert s.wait_ready() and s.available, s.problem
        s.say(Prompt("Giữ yên", "guidance", "vi", True))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not s.played:
            time.sleep(0.02)
        s.say(Prompt("Đang tìm mạch", "guidance", "vi", True))  # waits for the calm gap
        s.drop_guidance()
        time.sleep(1.5)
        assert [t for _, t in s.played] == ["Giữ yên"]
    finally:
        s.close()
