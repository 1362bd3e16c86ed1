"""Spoken guidance: can this station speak? One result, id ``speech.audio_output``.

Amber, never red: without sound the kiosk still serves every citizen, silently
(docs/speech.md), but a technician should know the station is mute. The same
probe as the speech service at start (10 ms of silence through the configured
player and device), so the doctor and the running kiosk agree.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from kiosk.health.result import HealthResult, amber, green
from kiosk.health.station import Station
from kiosk.speech import player
from kiosk.speech.cache import RenderFailed, engine_version

ID, COMPONENT = "speech.audio_output", "speech"


def audio_output(st: Station) -> list[HealthResult]:
    s = st.cfg.speech
    if not s.enabled:
        return [green(ID, COMPONENT, "speech_disabled", "[speech] enabled = false: a silent kiosk by choice")]
    try:
        version = engine_version()
    except RenderFailed as e:
        return [amber(ID, COMPONENT, "speech_engine_missing", f"{e}; the kiosk runs silently", 0.0)]
    with tempfile.TemporaryDirectory(prefix="kiosk-speech-probe-") as scratch:
        speaker = player.probe(s.player, s.device, Path(scratch))
        headset = player.probe(s.player, s.private_device, Path(scratch)) if s.private_device else None
    if speaker and (not s.private_device or headset):
        return [amber(ID, COMPONENT, "no_audio_output", f"{speaker}; the kiosk runs silently", 0.0)]
    if s.private_device and headset:
        return [amber(ID, COMPONENT, "headset_not_playing",
                      f"private_device {s.private_device}: {headset}; speech goes to the speaker", 1.0)]
    where = s.private_device or s.device
    return [green(ID, COMPONENT, "ok", f"{version[:60]}; {s.player} plays on {where}", 1.0)]
