"""`kiosk doctor` check speech.audio_output on the real player: green on the ALSA null
device, amber (the kiosk runs silently) on a device that does not exist, amber when only
the headset fails; registered once, its reasons worded on the dashboard."""
from __future__ import annotations

import dataclasses
import tomllib

from kiosk import paths
from kiosk.config.loader import parse_config
from kiosk.health.checks.speech import audio_output
from kiosk.health.registry import CHECKS, run_checks
from kiosk.health.result import REASONS
from kiosk.health.station import Station

WORDS = (paths.QML_IMPORT_PATH / "Kiosk" / "maintenance" / "HealthWords.qml").read_text(encoding="utf-8")


def station(**speech) -> Station:
    data = tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8"))
    data.setdefault("speech", {}).update(speech)
    return Station(parse_config(data))


def test_registered_once_and_worded():
    assert [c.name for c in CHECKS].count("speech.audio_output") == 1
    for reason in ("speech_disabled", "speech_engine_missing", "no_audio_output", "headset_not_playing"):
        assert reason in REASONS and f'case "{reason}"' in WORDS
    assert 'case "speech"' in WORDS


def test_null_device_plays():
    [r] = audio_output(station(device="null"))
    assert (r.status.value, r.reason, r.component, r.value) == ("green", "ok", "speech", 1.0)


def test_no_audio_device_warns_amber():
    [r] = audio_output(station(device="hw:CARD=NoSuchCard"))
    assert (r.status.value, r.reason, r.value) == ("amber", "no_audio_output", 0.0)
    assert "silently" in r.detail and "Traceback" not in r.detail


def test_headset_missing_falls_back_to_the_speaker():
    [r] = audio_output(station(device="null", private_device="hw:CARD=NoSuchHeadset"))
    assert (r.status.value, r.reason) == ("amber", "headset_not_playing")


def test_disabled_is_green_and_doctor_runs_it():
    [r] = audio_output(station(enabled=False))
    assert (r.status.value, r.reason) == ("green", "speech_disabled")
    st = dataclasses.replace(station(device="hw:CARD=NoSuchCard"), hardware=True)
    ours = [r for r in run_checks(st, tuple(c for c in CHECKS if c.name == "speech.audio_output"))]
    assert [r.reason for r in ours] == ["no_audio_output"]
