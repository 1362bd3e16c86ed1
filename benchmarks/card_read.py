"""Card read benchmark: a full chip read through pcscd + vpcd + the virtual
CCCD, against the floor of the same APDU round trips without cryptography.

    .venv/bin/python benchmarks/card_read.py [--runs 7] [--json]

Needs root, pcscd and vsmartcard-vpcd (./dev setup); it starts its own pcscd
(drivers/card/emulator/lab.py) and runs the card in a separate process, as a
real chip is separate from the kiosk.

What is measured, each as the median of ``--runs``:

* **read**: one ReadSession over PC/SC reading EF.COM, DG1, a 20 KB DG2, DG13
  and EF.SOD under secure messaging (PACE-CAN, AES), then Passive
  Authentication. The card has no DG14/DG15, matching the file list of the
  issue; a second line adds Chip Authentication on a card with DG14/DG15.
* **floor**: the same number of APDUs, each with the same command and response
  lengths as in the read, sent through the same pcscd + vpcd path to the same
  card process, which answers them with zero bytes: no cryptography on either
  side. Reads and floors alternate, so other load on the machine hits both.
* **files ratio**: time to read the files (after PACE) / floor time for those
  APDUs: what secure messaging costs per byte moved. The goal is <= 1.2.
* **session ratio**: whole read (connect, PACE, files, PA) / floor of all its APDUs.
* **host CPU per APDU**: CPU time of this (terminal) process / APDUs, over
  the whole session (PACE's elliptic-curve work included) and while reading files.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drivers.card import pcsc_transport  # noqa: E402
from drivers.card.api import AccessKey  # noqa: E402
from drivers.card.emulator.lab import pcscd_lab  # noqa: E402
from drivers.card.emulator.photo import synthetic_photo  # noqa: E402
from drivers.card.emulator.profile import Person, make_profile  # noqa: E402
from drivers.card.reader import load_trust_store  # noqa: E402
from drivers.card.session import ReadPolicy, ReadSession  # noqa: E402

PERSON = Person("079158001234", "Nguyễn Văn Thịnh", "1958-03-15", hometown="Long An",
                residence="12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh")


class BenchCard:
    """The virtual CCCD, plus one extra command for the floor: CLA 80 INS CA
    answers P1P2 zero bytes and 9000 without touching the applet, i.e. a round
    trip through the same pcscd + vpcd path with no cryptography."""

    def __init__(self, applet) -> None:
        self.applet = applet
        self.atr = applet.atr

    def process(self, apdu: bytes) -> bytes:
        if apdu[0] == 0x80 and apdu[1] == 0xCA:
            return bytes((apdu[2] << 8) | apdu[3]) + b"\x90\x00"
        return self.applet.process(apdu)

    def power_cycle(self) -> None:
        self.applet.power_cycle()


def _serve(profile_dir: str, port: int, ready, stop) -> None:
    """The card process: a virtual card on the vpcd reader until ``stop``."""
    from drivers.card.emulator.applet import Applet
    from drivers.card.emulator.profile import load_profile
    from drivers.card.emulator.vpcd import VirtualCardSlot

    slot = VirtualCardSlot(BenchCard(Applet(load_profile(profile_dir))), port=port)
    slot.insert()
    ready.set()
    stop.wait()
    slot.remove()


class Recording:
    """Transport wrapper noting (command length, response length, time) of each APDU."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.log: list[tuple[int, int, float, float]] = []

    @property
    def extended_length(self) -> bool:
        return self.inner.extended_length

    def connect(self) -> bytes:
        return self.inner.connect()

    def transmit(self, apdu: bytes) -> bytes:
        r = self.inner.transmit(apdu)
        self.log.append((len(apdu), len(r), time.perf_counter(), time.process_time()))
        return r

    def wait_for_card(self, timeout_s, cancel) -> bool:
        return self.inner.wait_for_card(timeout_s, cancel)

    def close(self) -> None:
        self.inner.close()


class CardProcess:
    def __init__(self, profile_dir: Path, port: int, reader: str) -> None:
        ctx = mp.get_context("spawn")
        self.ready, self.stop = ctx.Event(), ctx.Event()
        self.proc = ctx.Process(target=_serve, args=(str(profile_dir), port, self.ready, self.stop))
        self.reader = reader

    def __enter__(self):
        self.proc.start()
        if not self.ready.wait(20) or not pcsc_transport.wait_card_state(self.reader, True, 10):
            raise RuntimeError("the virtual card did not come up")
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.proc.join(10)
        pcsc_transport.wait_card_state(self.reader, False, 5)


def one_read(reader: str, profile_dir: Path, can: str):
    transport = Recording(pcsc_transport.PcscTransport(reader))
    policy = ReadPolicy(access_order=("pace-can",), trust_store=load_trust_store(profile_dir))
    session = ReadSession(transport, AccessKey("can", can), policy)
    cpu0, t0 = time.process_time(), time.perf_counter()
    result = session.run()
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    transport.close()
    auth_end = t0 + (result.timings_ms["connect_ms"] + result.timings_ms["authenticate_ms"]) / 1000
    read_s = result.timings_ms["read_ms"] / 1000
    in_files = [e for e in transport.log if auth_end < e[2] <= auth_end + read_s]
    files_cpu = (in_files[-1][3] - in_files[0][3]) / max(1, len(in_files) - 1)
    return {
        "wall_s": wall, "cpu_s": cpu, "apdus": [(c, r) for c, r, _, _ in transport.log],
        "file_apdus": [(c, r) for c, r, _, _ in in_files], "read_s": read_s, "result": result,
        "files_cpu_per_apdu_s": files_cpu,
    }


def floor(reader: str, shape: list[tuple[int, int]]) -> tuple[float, float]:
    """Same command/response lengths, no crypto: (wall seconds, CPU seconds)."""
    t = pcsc_transport.PcscTransport(reader)
    t.connect()
    apdus = []
    for cmd_len, resp_len in shape:
        n = resp_len - 2
        body_len = max(0, cmd_len - 5)
        apdus.append(bytes([0x80, 0xCA, n >> 8, n & 0xFF, body_len]) + bytes(body_len) if body_len
                     else bytes([0x80, 0xCA, n >> 8, n & 0xFF]))
    cpu0, t0 = time.process_time(), time.perf_counter()
    for a in apdus:
        t.transmit(a)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    t.close()
    return wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="card-bench-") as tmp:
        out = run(Path(tmp), args.runs)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"card read benchmark: pcscd + vpcd + virtual CCCD, DG2 {out['dg2_bytes']} B, median of {args.runs}")
    for label in ("read", "read_with_chip_auth", "read_extended_length"):
        r = out[label]
        print(f"\n{label}: {r['apdus']} APDUs ({r['file_apdus']} reading files)")
        print(f"  total {r['total_ms']} ms  vs floor {r['floor_ms']} ms  -> session ratio {r['session_ratio']}")
        print(f"  files {r['files_ms']} ms  vs floor {r['files_floor_ms']} ms  -> files ratio {r['files_ratio']}"
              "  (goal <= 1.2)")
        print(f"  host CPU per APDU {r['host_cpu_per_apdu_ms']} ms over the session, "
              f"{r['files_host_cpu_per_apdu_ms']} ms while reading files (floor {r['floor_cpu_per_apdu_ms']} ms)")
        print("  steps: " + ", ".join(f"{k} {v:.1f}" for k, v in r["session_timings_ms"].items()))
    return 0


def run(work: Path, runs: int) -> dict[str, object]:
    photo = synthetic_photo(20_000)
    plain = make_profile(work / "plain", PERSON, photo, clone_checks=False)
    with_ca = make_profile(work / "clone-checks", PERSON, photo)
    extended = make_profile(work / "extended", PERSON, photo, clone_checks=False, extended_length=True)
    variants = (("read", plain), ("read_with_chip_auth", with_ca), ("read_extended_length", extended))
    out: dict[str, object] = {"dg2_bytes": len(plain.files["dg2"])}
    with pcscd_lab() as lab:
        for label, profile in variants:
            # Reads and floors alternate on the same card, so load from elsewhere
            # on the machine hits both alike.
            reads, floors, file_floors = [], [], []
            with CardProcess(profile.directory, lab.port, lab.reader_name):
                warm = one_read(lab.reader_name, profile.directory, profile.can)
                shape, file_shape = warm["apdus"], warm["file_apdus"]
                floor(lab.reader_name, shape)
                for _ in range(runs):
                    reads.append(one_read(lab.reader_name, profile.directory, profile.can))
                    floors.append(floor(lab.reader_name, shape))
                    file_floors.append(floor(lab.reader_name, file_shape))
            wall = statistics.median(r["wall_s"] for r in reads)
            read_s = statistics.median(r["read_s"] for r in reads)
            cpu = statistics.median(r["cpu_s"] for r in reads)
            f_wall = statistics.median(w for w, _ in floors)
            f_cpu = statistics.median(c for _, c in floors)
            ff_wall = statistics.median(w for w, _ in file_floors)
            timings = reads[len(reads) // 2]["result"].timings_ms
            out[label] = {
                "apdus": len(shape), "file_apdus": len(file_shape),
                "total_ms": round(wall * 1000, 1), "files_ms": round(read_s * 1000, 1),
                "floor_ms": round(f_wall * 1000, 1), "files_floor_ms": round(ff_wall * 1000, 1),
                # Medians of the per-run ratios (each read against the floor run right after it).
                "files_ratio": round(statistics.median(
                    r["read_s"] / ff[0] for r, ff in zip(reads, file_floors)), 2),
                "session_ratio": round(statistics.median(
                    r["wall_s"] / f[0] for r, f in zip(reads, floors)), 2),
                "host_cpu_per_apdu_ms": round(cpu / len(shape) * 1000, 3),
                "files_host_cpu_per_apdu_ms": round(
                    statistics.median(r["files_cpu_per_apdu_s"] for r in reads) * 1000, 3),
                "floor_cpu_per_apdu_ms": round(f_cpu / len(shape) * 1000, 3),
                "session_timings_ms": timings,
            }
    return out


if __name__ == "__main__":
    sys.exit(main())
