"""Spoken prompts: screen change -> first audio sample of the new screen's prompt, warm cache.

A real offscreen window (software Quick backend, 1920x1080) on demo peripherals. The speech
service plays through `aplay -D file:FIFO,raw` (ALSA's file plugin in front of its null
device: no sound card needed, and the raw samples come out of the FIFO as aplay writes
them). A reader of its own process stamps the first byte of each prompt with the monotonic
clock, so a busy GUI thread can never delay the stamp.

- kiosk: from the session event that changes the screen (welcome -> consent by Start,
  consent -> welcome by Decline, as benchmarks/ui_app.py) to the first byte of its prompt:
  the QML page loads, its SpokenPrompt calls Access.say, the speech thread finds the cached
  WAV, applies the volume and starts aplay;
- floor: the same player (kiosk.speech.player.start) on the same cached WAV, started directly,
  to its first byte.
Rounds interleaved, after warm-up rounds that render both prompts into the cache.
Goal (issue 15): kiosk <= 300 ms with a warm cache.

    .venv/bin/python benchmarks/speech.py [--rounds 40] [--size 1920x1080] [--language vi]
"""
from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drivers import lifeline  # noqa: E402
from kiosk.app import KioskWindow, make_application  # noqa: E402
from kiosk.demo.env import DemoEnv  # noqa: E402
from kiosk.flow.controller import FlowController  # noqa: E402
from kiosk.flow.peripherals import build_peripherals  # noqa: E402
from kiosk.i18n import Translations  # noqa: E402
from kiosk.runner import demo_config  # noqa: E402
from kiosk.session import events as ev  # noqa: E402
from kiosk.speech import player  # noqa: E402
from kiosk.speech.cache import PromptCache  # noqa: E402

WARM_UP = 4
GAP_S = 0.05  # a pause in the FIFO's bytes this long ends one prompt

# The stamping reader: O_RDWR keeps the FIFO open between players (no EOF, and a
# player's open for writing never blocks); one line per burst of bytes.
READER = f"""
import os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
print("ready", flush=True)
last = 0.0
while True:
    data = os.read(fd, 1 << 16)
    now = time.monotonic()
    if now - last > {GAP_S}:
        print(now, flush=True)
    last = now
"""


class FirstBytes:
    """The reader process and its stamps, one per prompt played into the FIFO."""

    def __init__(self, fifo: Path) -> None:
        # It dies with the benchmark, even a killed one.
        self.proc = lifeline.popen([sys.executable, "-c", READER, str(fifo)], stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"
        self.stamps: queue.Queue[float] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.stamps.put(float(line))

    def drain(self) -> None:
        time.sleep(GAP_S * 3)
        while not self.stamps.empty():
            self.stamps.get_nowait()

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--language", choices=("vi", "en"), default="vi", help="the station's language")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    workdir = Path(tempfile.mkdtemp(prefix="bench-speech-"))
    fifo = workdir / "speaker.fifo"
    os.mkfifo(fifo)
    reader = FirstBytes(fifo)
    device = f"file:{fifo},raw"

    app = make_application()
    cfg = demo_config(workdir, None, 50.0, {"speech": {"device": device}, "station": {"language": args.language}})
    env = DemoEnv(workdir, speed=50.0)
    controller = FlowController(cfg, build_peripherals(cfg, env))
    ui = KioskWindow(controller, Translations())
    ui.show_sized(width, height)
    service = ui.access.service
    assert service.wait_ready() and service.available, service.problem
    plays: list[tuple[float, str, subprocess.Popen]] = []
    service.on_play = lambda prompt, proc: plays.append((time.monotonic(), prompt.text, proc))
    frames: list[float] = []
    ui.window.frameSwapped.connect(lambda: frames.append(time.monotonic()))
    cache = PromptCache(Path(cfg.speech.cache_dir), cfg.speech.rate)
    voice = cfg.speech.voice_vi if args.language == "vi" else cfg.speech.voice_en

    def settle() -> None:
        """Nothing playing, nothing waiting: the previous prompt has been played to the end."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not plays or plays[-1][2].poll() is None):
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()
        reader.drain()

    def first_byte(after: float) -> float:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            app.processEvents()
            try:
                stamp = reader.stamps.get(timeout=0.001)
            except queue.Empty:
                continue
            if stamp >= after:
                return stamp
        raise SystemExit("no audio reached the FIFO within 10 s")

    settle()
    kiosk, started, framed, floor = [], [], [], []
    by_screen: dict[str, list[float]] = {"consent (Start)": [], "welcome (Decline: the visit wiped)": []}
    for i in range(WARM_UP + args.rounds):
        # Kiosk: welcome -> consent -> (decline) welcome, each a real screen load with its prompt.
        settle()
        n = len(plays)
        frames.clear()
        t0 = time.monotonic()
        controller.handle(ev.Start() if i % 2 == 0 else ev.Decline())
        t1 = first_byte(t0)
        # The reader can stamp the first byte before the speech thread, short of the GIL on a
        # loaded machine, has noted the player it started.
        deadline = time.monotonic() + 10
        while len(plays) <= n and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        text = plays[n][1]
        if i >= WARM_UP:
            kiosk.append((t1 - t0) * 1000)
            by_screen[list(by_screen)[i % 2]].append((t1 - t0) * 1000)
            started.append((plays[n][0] - t0) * 1000)
            if frames:
                framed.append((frames[0] - t0) * 1000)
        # Floor: the same player on the same cached file, started directly.
        settle()
        wav = cache.path_for(text, voice)
        assert wav.exists(), f"not in the cache: {text!r}"
        t0 = time.monotonic()
        proc = player.start(cfg.speech.player, device, wav)
        t1 = first_byte(t0)
        proc.wait()
        if i >= WARM_UP:
            floor.append((t1 - t0) * 1000)

    def line(name: str, values: list[float]) -> str:
        return (f"{name}: p50 {statistics.median(values):.1f} ms, p95 {pct(values, 95):.1f} ms, "
                f"max {max(values):.1f} ms")

    print(f"{args.rounds} rounds at {width}x{height}, language {args.language}, warm cache, "
          f"volume {cfg.speech.volume} %, load average {os.getloadavg()[0]:.1f}")
    print(line("screen change -> first audio byte (kiosk)", kiosk))
    for name, values in by_screen.items():
        print(f"  to {name}: p50 {statistics.median(values):.1f} ms, max {max(values):.1f} ms")
    print(line("  of which screen change -> player started", started))
    if framed:
        print(line("  screen change -> first frame of the new screen", framed))
    print(line("player started directly -> first audio byte (floor)", floor))
    print(f"ratio p50 {statistics.median(kiosk) / statistics.median(floor):.1f}, "
          f"p95 {pct(kiosk, 95) / pct(floor, 95):.1f}; goal kiosk <= 300 ms: "
          f"{'met' if pct(kiosk, 95) <= 300 else 'NOT met'} at p95")

    controller.shutdown()
    ui.close()
    env.close()
    reader.close()
    app.processEvents()


if __name__ == "__main__":
    main()
