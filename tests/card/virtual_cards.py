"""The made-up citizen on the test cards (every value invented)."""
from __future__ import annotations

from drivers.card.emulator.photo import synthetic_photo
from drivers.card.emulator.profile import Person

PERSON = Person(
    id_number="001204005678",
    full_name="Trần Thị Ngọc Ánh",
    date_of_birth="2004-02-29",
    sex="F",
    date_of_expiry="2029-02-28",
    hometown="Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
    residence="Số 5 ngõ 12 phố Huế, Hai Bà Trưng, Hà Nội",
    identifying_marks="Nốt ruồi cách 2cm dưới mép trái",
    father="Trần Văn Đức",
    mother="Lê Thị Hương",
    old_id_number="012345678",
)
PHOTO = synthetic_photo(6_000, seed=3)
