"""The `kiosk` command: one entry point, clear answers to bad configuration."""
import os
import subprocess
import sys

import pytest

from kiosk import paths

KIOSK = [sys.executable, "-m", "kiosk"]


def run(*args, **kw):
    return subprocess.run([*KIOSK, *args], capture_output=True, text=True, timeout=60, **kw)


def test_help_lists_every_subcommand():
    out = run("--help").stdout
    for sub in ("run", "doctor", "card", "face", "sensor", "queue"):
        assert sub in out


def test_run_with_bad_config_names_the_key(tmp_path):
    bad = tmp_path / "kiosk.toml"
    bad.write_text(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8").replace("idle_warning_s = 30", "idle_warning_s = 5"),
                   encoding="utf-8")
    proc = run("run", "--config", str(bad))  # offscreen (tests/conftest.py): after the first frame
    assert proc.returncode == 2
    assert "timeouts.idle_warning_s: must be at least 20 (got 5)" in proc.stderr
    assert proc.stderr.count("\n") == 1  # one line, no traceback, though a window was up


def test_run_with_missing_config_says_so(tmp_path):
    proc = run("run", "--config", str(tmp_path / "nope.toml"))
    assert proc.returncode == 2 and "file not found" in proc.stderr


def test_doctor_checks_config_and_assets():
    proc = run("doctor", "--no-hardware", "--config", str(paths.EXAMPLE_CONFIG))
    assert "translation.vi" in proc.stdout and "qml_module" in proc.stdout
    assert "face_models" in proc.stdout and "SHA-256 verified" in proc.stdout
    assert proc.returncode in (0, 1)  # paths may not be writable on a developer machine


def test_doctor_bad_config_exit_code(tmp_path):
    bad = tmp_path / "kiosk.toml"
    bad.write_text('[station]\nid = "X"\n[backend]\nurl = "ftp://x"\n', encoding="utf-8")
    proc = run("doctor", "--config", str(bad), "--json")
    assert proc.returncode == 2 and '"key": "backend.url"' in proc.stdout


def _example_with(tmp_path, *replacements: tuple[str, str]):
    """The example configuration with its station paths under tmp_path, and the given edits."""
    text = paths.EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for old, new in (("/var/lib/tram-kiosk", str(tmp_path / "data")), ("/var/log/tram-kiosk", str(tmp_path / "logs")),
                     ("/etc/tram-kiosk/store.key", str(tmp_path / "store.key")), *replacements):
        assert old in text
        text = text.replace(old, new)
    f = tmp_path / "kiosk.toml"
    f.write_text(text, encoding="utf-8")
    return f


@pytest.mark.parametrize("protocol, reason", [
    ("omron-hem9200", "unknown protocol 'omron-hem9200' (known: suntech-advantage)"),
    ("nonin-df2", "'nonin-df2' is a spo2 protocol, not blood_pressure (known: suntech-advantage)"),
])
def test_a_bad_protocol_stops_run_and_doctor_with_one_line(tmp_path, protocol, reason):
    bad = _example_with(tmp_path, ('protocol = "suntech-advantage"', f'protocol = "{protocol}"'))
    line = f"{bad}: devices.blood_pressure.protocol: {reason}"
    proc = run("run", "--config", str(bad))
    assert (proc.returncode, proc.stderr) == (2, f"kiosk: bad configuration: {line}\n")
    proc = run("doctor", "--no-hardware", "--config", str(bad))
    assert proc.returncode == 2 and line in proc.stdout and "Traceback" not in proc.stderr


def test_an_unexpected_start_up_failure_is_one_line_and_a_log_entry(tmp_path):
    # A real technician's slip: a directory where the trust store expects certificate files.
    trust = tmp_path / "trust"
    (trust / "csca.pem").mkdir(parents=True)
    cfg = _example_with(tmp_path, ('trust_dir = ""', f'trust_dir = "{trust}"'))
    proc = run("run", "--config", str(cfg), env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    log = tmp_path / "logs" / "kiosk.log"
    assert proc.returncode == 3
    assert proc.stderr == (f"kiosk: cannot start: IsADirectoryError: [Errno 21] Is a directory: "
                           f"'{trust / 'csca.pem'}' (details in {log})\n")
    text = log.read_text(encoding="utf-8")
    assert "ERROR kiosk.run: start-up failed: IsADirectoryError" in text
    assert "Traceback (most recent call last)" in text and "load_trust_store" in text  # the detail is in the log


def test_a_station_without_a_screen_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = run("run", "--config", str(_example_with(tmp_path)), env=env)
    assert proc.returncode == 3
    assert proc.stderr.startswith("kiosk: cannot start: no screen found") and proc.stderr.count("\n") == 1
    assert "no screen found" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_a_station_is_ready_at_its_welcome_screen_and_serves_after(tmp_path):
    """systemd hears READY=1 at the first frame, and "ready for visits" once the whole app is up
    (docs/architecture.md, "Start-up"); SIGTERM then stops it cleanly."""
    import signal
    import time

    from kiosk.watchdog import SERVING
    from tests.unit.test_sd_notify import Listener

    listener = Listener(str(tmp_path / "notify"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
           "NOTIFY_SOCKET": str(tmp_path / "notify")}
    proc = subprocess.Popen([*KIOSK, "run", "--config", str(_example_with(tmp_path)), "--size", "800x480"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not listener.messages(SERVING):
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.05)
        ready, serving = listener.messages("READY=1"), listener.messages(SERVING)
        assert ready and serving and ready[0] < serving[0]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        listener.close()
