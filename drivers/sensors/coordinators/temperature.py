"""IR body thermometer: select body mode, ask for a measurement, check the
values are plausible (a reading off the forehead, not the wall)."""
from __future__ import annotations

from drivers.sensors.api import MeasurementKind
from drivers.sensors.coordinator import Coordinator, State
from drivers.sensors.events import Ack, Measured
from drivers.sensors.protocols import ir_uart

RETRY_S = 1.0
ATTEMPTS = 3
BODY_RANGE_C = (32.0, 43.0)  # outside: not a skin reading (aimed wrong, too far)
AMBIENT_RANGE_C = (10.0, 40.0)  # module operating range (unverified; supplier sheet)


class TemperatureCoordinator(Coordinator):
    kind = MeasurementKind.TEMPERATURE

    def __init__(self, protocol: str = "ir-uart", **kw) -> None:
        super().__init__(protocol, **kw)
        self._step = "mode"
        self._sent_at = 0.0
        self._attempts = 0

    def on_start(self, now: float) -> None:
        self.state = State.MEASURING
        self.watch_silence = False  # quiet between command and reply is normal; retries decide
        self._ask(ir_uart.SET_BODY_MODE, now)

    def _ask(self, command: bytes, now: float) -> None:
        self._attempts += 1
        self._sent_at = now
        self.send(command)

    def on_tick(self, now: float) -> None:
        if now - self._sent_at > RETRY_S:
            if self._attempts >= ATTEMPTS:
                self.fail("not_responding", f"no valid reply to {self._step} after {ATTEMPTS} tries")
                return
            self._ask(ir_uart.SET_BODY_MODE if self._step == "mode" else ir_uart.MEASURE, now)

    def handle(self, ev, now: float) -> None:
        if isinstance(ev, Ack) and self._step == "mode":
            if not ev.ok:
                self.fail("device_error", "body mode refused")
                return
            self._step, self._attempts = "measure", 0
            self.progress("measuring")
            self._ask(ir_uart.MEASURE, now)
        elif isinstance(ev, Measured) and self._step == "measure":
            body, ambient = float(ev.values["body_temp_c"]), float(ev.values["ambient_c"])
            if not (AMBIENT_RANGE_C[0] <= ambient <= AMBIENT_RANGE_C[1]):
                self.fail("out_of_range", f"ambient {ambient:.1f} C outside the module range")
            elif not (BODY_RANGE_C[0] <= body <= BODY_RANGE_C[1]):
                self.fail("out_of_range", f"body {body:.1f} C is not a skin reading")
            else:
                self.finish({"body_temp_c": body, "ambient_c": ambient})
