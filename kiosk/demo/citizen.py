"""The fictitious citizen of demo mode and the tour.

Every value is invented. The 12-digit number follows the CCCD layout
(province 079 = Hồ Chí Minh City, century/sex digit 1 = male born 1900-1999),
and the CAN, as on real cards, is its last 6 digits.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoCitizen:
    id_number: str = "079158001234"
    full_name: str = "Nguyễn Văn Thịnh"
    date_of_birth: str = "1958-03-15"
    sex: str = "M"
    expiry: str = "2033-03-15"
    hometown: str = "Xã Tân Phú, Huyện Đức Hòa, Long An"
    residence: str = "12 Đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"

    @property
    def can(self) -> str:
        return self.id_number[-6:]


DEMO_CITIZEN = DemoCitizen()
