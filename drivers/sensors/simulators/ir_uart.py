"""UART IR thermometer simulator: acknowledges body mode, answers a measure
command after half a second with body and ambient temperatures."""
from __future__ import annotations

from drivers.sensors.events import Status
from drivers.sensors.protocols import ir_uart
from drivers.sensors.simulators.base import COMMON_SCENARIOS, Simulator

VALUES = {"normal": (36.6, 25.3), "fever": (38.6, 25.1), "out_of_range": (28.4, 25.0), "ambient_hot": (36.6, 45.0)}
MEASURE_S = 0.5


class IrUartSimulator(Simulator):
    protocol = "ir-uart"
    baudrate = 38400
    scenarios = (*COMMON_SCENARIOS, "fever", "out_of_range", "ambient_hot", "nak")
    noise_bytes = bytes(b for b in range(256) if b != 0xAA)

    def main(self) -> None:
        host = ir_uart.IrHostCodec()
        corrupted = unplugged = False
        while not self.stop_event.is_set():
            data = self.port.read(0.05)
            for ev in host.feed(data) if data else ():
                if not isinstance(ev, Status):
                    continue
                cmd = int(ev.value) >> 8
                if self.scenario == "silent" and cmd == ir_uart.CMD_MEASURE:
                    self.silent = True
                if cmd == ir_uart.CMD_TARGET:
                    self.send(ir_uart.frame(ir_uart.CMD_TARGET, b"\x01" if self.scenario == "nak" else b"\x00"))
                elif cmd == ir_uart.CMD_MEASURE:
                    if self.scenario == "unplug" and not unplugged:
                        unplugged = True
                        self.unplug_for_a_while()
                        continue
                    self.sleep(MEASURE_S)
                    body, ambient = VALUES.get(self.scenario, VALUES["normal"])
                    reply = ir_uart.result_frame(body, ambient)
                    if self.scenario == "bad_checksum" and not corrupted:
                        corrupted, reply = True, self.corrupt(reply)
                    self.send(reply)
