"""The audio player process (aplay or paplay) and the volume applied before it.

A player process rather than Qt Multimedia: that module is in PySide6-Addons,
which the lock does not carry, and a process is killed in one call when a
newer prompt must take its place.
"""
from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np

PLAYERS = ("aplay", "paplay")


def player_command(player: str, device: str, wav: Path) -> list[str]:
    if player == "paplay":
        return ["paplay", f"--device={device}", str(wav)] if device != "default" else ["paplay", str(wav)]
    return ["aplay", "-q", "-D", device, str(wav)]


def start(player: str, device: str, wav: Path) -> subprocess.Popen:
    return subprocess.Popen(player_command(player, device, wav), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def with_volume(wav: Path, percent: int, out: Path) -> Path:
    """`wav` at `percent` of its rendered level, written to `out` (one cached file serves every volume)."""
    if percent >= 100:
        return wav
    with wave.open(str(wav), "rb") as src:
        params = src.getparams()
        samples = np.frombuffer(src.readframes(params.nframes), dtype="<i2")
    scaled = (samples.astype(np.float32) * (max(0, percent) / 100.0)).astype("<i2")
    with wave.open(str(out), "wb") as dst:
        dst.setparams(params)
        dst.writeframes(scaled.tobytes())
    return out


def silence(out: Path, ms: int = 10) -> Path:
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\0\0" * (22050 * ms // 1000))
    return out


def probe(player: str, device: str, scratch: Path) -> str | None:
    """None when `device` plays; else why not, for the technician (a station without audio)."""
    try:
        proc = subprocess.run(player_command(player, device, silence(scratch / "probe.wav")),
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"{player} not runnable: {e}"
    finally:
        (scratch / "probe.wav").unlink(missing_ok=True)
    if proc.returncode != 0:
        return f"{player} -D {device} exited {proc.returncode}: {proc.stderr.strip()[:200]}"
    return None
