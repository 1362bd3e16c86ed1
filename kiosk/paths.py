"""Where bundled assets live, whether run from a checkout or a PyInstaller bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller one-dir bundle: assets are collected next to the packages
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
ASSETS = ROOT / "assets"
FONTS = ASSETS / "fonts"
TRANSLATIONS = ASSETS / "translations"
MODELS = ASSETS / "models"
TRUST = ASSETS / "trust"
DEMO_ASSETS = ASSETS / "demo"
QML_IMPORT_PATH = Path(__file__).resolve().parent / "qml"
EXAMPLE_CONFIG = ROOT / "config" / "kiosk.example.toml"
