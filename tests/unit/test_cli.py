"""The `kiosk` command: one entry point, clear answers to bad configuration."""
import subprocess
import sys

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
    proc = run("run", "--config", str(bad))
    assert proc.returncode == 2
    assert "timeouts.idle_warning_s: must be at least 20 (got 5)" in proc.stderr


def test_run_with_missing_config_says_so(tmp_path):
    proc = run("run", "--config", str(tmp_path / "nope.toml"))
    assert proc.returncode == 2 and "file not found" in proc.stderr


def test_doctor_checks_config_and_assets():
    proc = run("doctor", "--no-hardware", "--config", str(paths.EXAMPLE_CONFIG))
    assert "translation vi" in proc.stdout and "QML module" in proc.stdout
    assert "face models" in proc.stdout and "SHA-256 verified" in proc.stdout
    assert proc.returncode in (0, 1)  # paths may not be writable on a developer machine


def test_doctor_bad_config_exit_code(tmp_path):
    bad = tmp_path / "kiosk.toml"
    bad.write_text('[station]\nid = "X"\n[backend]\nurl = "ftp://x"\n', encoding="utf-8")
    proc = run("doctor", "--config", str(bad), "--json")
    assert proc.returncode == 2 and '"key": "backend.url"' in proc.stdout
