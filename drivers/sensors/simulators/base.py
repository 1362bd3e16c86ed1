"""What every device simulator shares: pacing, scenarios that damage bytes,
and the unplug/silence behaviours.

Time runs ``speed`` times faster than real (a 32 s cuff cycle takes 3.2 s at
speed 10). Baud rate is not emulated on a pty, so the simulator sleeps as long
as the bytes would take on the wire (10 bits per byte for 8N1), scaled too.
"""
from __future__ import annotations

import logging
import random
import threading
import time

from drivers.sensors.simulators.pty import DevicePort

COMMON_SCENARIOS = ("normal", "garbage", "bad_checksum", "split", "silent", "unplug")
UNPLUG_FOR_S = 1.0  # device time the cable stays out in the "unplug" scenario


class Simulator:
    protocol = ""
    baudrate = 9600
    scenarios: tuple[str, ...] = COMMON_SCENARIOS

    def __init__(self, port: DevicePort, scenario: str = "normal", speed: float = 1.0, seed: int | None = None) -> None:
        if scenario not in self.scenarios:
            raise ValueError(f"{self.protocol} has no scenario {scenario!r} (known: {', '.join(self.scenarios)})")
        self.port = port
        self.scenario = scenario
        self.speed = speed
        self.rng = random.Random(seed)
        self.stop_event = threading.Event()
        self.silent = False
        self.log = logging.getLogger(f"drivers.sensors.simulators.{self.protocol}")
        self._t0 = time.monotonic()

    # --- clock ---
    def device_time(self) -> float:
        return (time.monotonic() - self._t0) * self.speed

    def sleep(self, device_seconds: float) -> bool:
        """Sleep in device time; True when asked to stop."""
        return self.stop_event.wait(max(device_seconds, 0) / self.speed)

    # --- output, with the damage the scenario asks for ---
    def send(self, data: bytes) -> None:
        if self.silent:
            return
        if self.scenario == "garbage" and self.rng.random() < 0.5:
            data = self.garbage() + data
        if self.scenario == "split":
            i = 0
            while i < len(data):
                n = self.rng.randint(1, 4)
                self.port.write(data[i:i + n])
                i += n
                time.sleep(0.0005)
        else:
            self.port.write(data)
        self.sleep(len(data) * 10 / self.baudrate)

    def garbage(self) -> bytes:
        """Noise that contains no start-of-frame byte of this protocol."""
        return bytes(self.rng.choice(self.noise_bytes) for _ in range(self.rng.randint(1, 8)))

    noise_bytes: bytes = bytes(range(0x02, 0x1A))

    def corrupt(self, frame: bytes) -> bytes:
        """The same frame with one payload byte changed (its checksum then fails)."""
        b = bytearray(frame)
        i = self.rng.randrange(2, max(3, len(b) - 1))
        b[i] ^= 0x5A
        return bytes(b)

    def unplug_for_a_while(self) -> None:
        self.log.info("scenario: unplugging")
        self.port.unplug()
        self.sleep(UNPLUG_FOR_S)
        self.port.replug()
        self.log.info("scenario: plugged back in")

    # --- life cycle ---
    def run(self) -> None:
        try:
            self.main()
        except Exception:  # a simulator bug must show in the log, not vanish with the thread
            self.log.exception("simulator stopped")

    def main(self) -> None:
        raise NotImplementedError

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self.run, name=f"sim-{self.protocol}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self) -> None:
        """Stop and wait for the thread, so the port can be closed safely after
        (a closed fd number may be reused at once by another open file)."""
        self.stop_event.set()
        t = getattr(self, "_thread", None)
        if t is not None and t is not threading.current_thread():
            t.join(timeout=3)
