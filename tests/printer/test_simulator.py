"""The printer driver against the simulator on a real pty: every scenario, and a Vietnamese slip."""
from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageFont

from drivers.printer.printer import Printer
from kiosk import paths
from kiosk.slip.render import MARGIN, WIDTHS, Line, Slip, raster_rows, render

# Every Vietnamese tone and vowel mark, stacked ones included (ệ, ở, ữ, Ặ), and the emergency line.
VI = (
    Line("Trạm Công dân số VN-HCM-Q1-0001", "title"),
    Line("Số CCCD *********234 · Thịnh", "body"),
    Line("Huyết áp 185/112 mmHg: Rất cao (độ 3)", "heading"),
    Line("Hãy đi khám ngay hôm nay. Nếu đau ngực, đau đầu dữ dội, khó thở, yếu người hoặc nói khó, gọi 115 ngay.",
         "body"),
    Line("ẶẮẰẲẴ ỆẾỀỂỄ ỞỚỜỠỢ ỮỨỪỬỰ ỴÝỲỶỸ Đđ", "body"),
    Line("Chỉ là sàng lọc, không phải chẩn đoán.", "small"),
    Line("CẤP CỨU: GỌI 115", "alert"),
)


def slip() -> Slip:
    return Slip(VI, qr="urn:uuid:7d3c2b8e-4f7a-4c36-9a7e-0d3f5b1e2a90", qr_caption="Mã hồ sơ lượt khám")


def test_font_has_every_character_of_the_slip():
    for style in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font = ImageFont.truetype(str(paths.FONTS / style), 22)
        missing = font.getmask("\ufffe").getbbox()  # the .notdef box
        for ch in set("".join(ln.text for ln in VI)) - {" "}:
            assert font.getmask(ch).getbbox() != missing, f"{style} lacks {ch!r}"


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_normal_prints_the_exact_image_and_nothing_is_cut(printer_sim, paper_mm, tmp_path):
    sim = printer_sim("normal")
    img = render(slip(), paper_mm)
    assert img.width == WIDTHS[paper_mm]
    # No ink in the margins: a word too wide would have run past the printable dots.
    ink = ImageChops.invert(img.convert("L")).getbbox()
    assert ink[0] >= MARGIN - 1 and ink[2] <= img.width - MARGIN + 1
    result = Printer(sim.device_path).print_raster(*raster_rows(img))
    assert result.ok and not result.paper_near_end
    assert sim.job_done.wait(10)
    printed = Image.open(sim.jobs[0])
    assert printed.size == img.size
    assert ImageChops.difference(printed.convert("L"), img.convert("L")).getbbox() is None
    img.save(tmp_path / f"slip-{paper_mm}mm.png")  # a test artefact, to look at


@pytest.mark.parametrize("scenario, outcome", [("paper_out", "paper_out"), ("cover_open", "cover_open")])
def test_faults_are_read_before_printing_and_nothing_prints(printer_sim, scenario, outcome):
    sim = printer_sim(scenario)
    result = Printer(sim.device_path).print_raster(*raster_rows(render(slip())))
    assert result.outcome == outcome and result.detail == "before printing"
    assert Printer(sim.device_path).status().outcome == outcome
    assert sim.jobs == []


def test_near_end_prints_and_says_so(printer_sim):
    sim = printer_sim("near_end")
    result = Printer(sim.device_path).print_raster(*raster_rows(render(slip())))
    assert result.ok and result.paper_near_end
    assert sim.job_done.wait(10)


def test_unplugged_mid_job(printer_sim):
    sim = printer_sim("unplug_mid_job")
    result = Printer(sim.device_path).print_raster(*raster_rows(render(slip(), 80)))
    assert sim.unplugged.is_set()
    assert result.outcome == "unplugged" and "mid-job" in result.detail
    assert Printer(sim.device_path).status().outcome == "unplugged"


def test_no_printer_at_the_path(tmp_path):
    assert Printer(str(tmp_path / "nothing")).status().outcome == "unplugged"
