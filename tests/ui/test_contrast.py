"""Issue 15: WCAG 2.x contrast of Theme.qml's text/background pairs, normal and high contrast.
Normal text needs 4.5:1; large text (>= 24 px, or >= 18.66 px bold) 3:1 (WCAG 1.4.3, AA)."""
import re
from pathlib import Path

import pytest

THEME = (Path(__file__).resolve().parents[2] / "kiosk/qml/Kiosk/Theme.qml").read_text(encoding="utf-8")


def colour(name: str, hc: bool) -> str:
    m = re.search(rf'property color {name}: (?:hc \? "(#\w+)" : )?"(#\w+)"', THEME)
    assert m, name
    return (m.group(1) if hc and m.group(1) else m.group(2))


def band(severity: str, hc: bool) -> str:
    m = re.search(rf'case "{severity}": return hc \? "(#\w+)" : "(#\w+)"', THEME)
    return m.group(1) if hc else m.group(2)


def luminance(hex_: str) -> float:
    def ch(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("hc", [False, True])
def test_text_pairs_meet_aa(hc):
    pairs = [(colour(t, hc), colour(bg, hc), 4.5, f"{t} on {bg}")
             for t in ("ink", "inkSoft", "primary", "danger") for bg in ("background", "surface")]
    pairs += [(colour("inverse", hc), colour(bg, hc), 4.5, f"inverse on {bg}") for bg in ("primary", "primaryDark", "danger")]
    # Band pills: white bold text of textSmall (26 px at 1920, 19 px at 1280 -> bold >= 18.66 px is large text).
    pairs += [("#FFFFFF", band(s, hc), 4.5, f"white on band {s}") for s in ("good", "caution", "warning", "critical")]
    pairs += [(band(s, hc), colour("surface", hc), 4.5, f"band {s} on surface") for s in ("good", "caution", "warning", "critical")]
    failing = [f"{what}: {ratio(a, b):.2f} < {need}" for a, b, need, what in pairs if ratio(a, b) < need]
    assert failing == []
    if hc:  # the high-contrast theme's body text reaches AAA
        assert ratio(colour("ink", True), colour("background", True)) >= 7
