"""Lay a slip out with the bundled Noto Sans and make the 1-bit raster a receipt printer prints.

Printer code pages have no Vietnamese, so every character is drawn here and
sent as pixels (``GS v 0``). The text arrives already worded (QML words it);
this module only wraps it to the paper width, so nothing is ever cut at 58 mm.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import segno
from PIL import Image, ImageDraw, ImageFont

from kiosk import paths

WIDTHS = {58: 384, 80: 576}  # printable dots at 203 dpi
MARGIN = 8  # dots each side: the head of cheap 58 mm mechanisms loses a few at the edges
STYLES = {  # style -> (font file, size in dots at 384; scaled for 576)
    "title": ("NotoSans-Bold.ttf", 30),
    "heading": ("NotoSans-Bold.ttf", 24),
    "body": ("NotoSans-Regular.ttf", 22),
    "small": ("NotoSans-Regular.ttf", 18),
    "alert": ("NotoSans-Bold.ttf", 26),
}


@dataclass(frozen=True)
class Line:
    text: str
    style: str = "body"


@dataclass(frozen=True)
class Slip:
    lines: tuple[Line, ...]
    qr: str = ""  # the visit's record identifier, for a clinic to look the visit up
    qr_caption: str = ""


@lru_cache(maxsize=16)
def _font(style: str, width: int) -> ImageFont.FreeTypeFont:
    name, size = STYLES[style]
    return ImageFont.truetype(str(paths.FONTS / name), round(size * (1.25 if width > 384 else 1)))


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}" if line else word
            if font.getlength(trial) <= width:
                line = trial
                continue
            if line:
                out.append(line)
            while font.getlength(word) > width:  # a word wider than the paper (a URL): break it
                cut = len(word)
                while cut > 1 and font.getlength(word[:cut]) > width:
                    cut -= 1
                out.append(word[:cut])
                word = word[cut:]
            line = word
        out.append(line)
    return out


def render(slip: Slip, paper_mm: int = 58) -> Image.Image:
    """The slip as a 1-bit image exactly as wide as the paper's printable dots."""
    width = WIDTHS[paper_mm]
    inner = width - 2 * MARGIN
    blocks: list[tuple[str, str, int]] = []  # (text, style, line height)
    for ln in slip.lines:
        if ln.style == "rule":
            blocks.append(("", "rule", 12))
            continue
        font = _font(ln.style, width)
        ascent, descent = font.getmetrics()
        # Vietnamese stacks marks above and below (ệ, Ở): the font's full ascent+descent, never the cap height.
        for text in _wrap(ln.text, font, inner):
            blocks.append((text, ln.style, ascent + descent + 4))
    qr_img = None
    if slip.qr:
        q = segno.make(slip.qr, error="m")
        scale = max(2, min(6, (inner // 2) // q.symbol_size(border=2)[0]))
        qr_img = _qr_image(q, scale)
    height = MARGIN + sum(h for _, _, h in blocks) + (qr_img.height + 12 if qr_img else 0) + MARGIN
    if slip.qr_caption:
        cap_font = _font("small", width)
        cap_lines = _wrap(slip.qr_caption, cap_font, inner)
        height += len(cap_lines) * sum(cap_font.getmetrics())
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    y = MARGIN
    for text, style, h in blocks:
        if style == "rule":
            draw.line([(MARGIN, y + h // 2), (width - MARGIN, y + h // 2)], fill=0, width=2)
        else:
            draw.text((MARGIN, y), text, font=_font(style, width), fill=0)
        y += h
    if qr_img is not None:
        y += 6
        img.paste(qr_img, ((width - qr_img.width) // 2, y))
        y += qr_img.height + 6
    if slip.qr_caption:
        cap_font = _font("small", width)
        for text in _wrap(slip.qr_caption, cap_font, inner):
            w = cap_font.getlength(text)
            draw.text(((width - w) / 2, y), text, font=cap_font, fill=0)
            y += sum(cap_font.getmetrics())
    # Thermal dots are on or off: threshold rather than dither, so strokes stay crisp.
    return img.point(lambda v: 255 if v >= 128 else 0).convert("1")


def _qr_image(q: segno.QRCode, scale: int) -> Image.Image:
    matrix = list(q.matrix_iter(scale=scale, border=2))
    img = Image.new("L", (len(matrix[0]), len(matrix)), 255)
    img.putdata([0 if dark else 255 for row in matrix for dark in row])
    return img


def raster_rows(img: Image.Image) -> tuple[int, bytes]:
    """(width, rows packed MSB first, 1 = black) for ``commands.raster``."""
    one = img.convert("1")
    # Pillow's "1" packs 1 = white; ESC/POS burns a dot for 1.
    return one.width, bytes(b ^ 0xFF for b in one.tobytes())
