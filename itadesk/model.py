"""The domain model: an organization's report for one fiscal year.

Plain dataclasses, no I/O. The exchange file (``itadesk.exchange``) and the
database (``itadesk.storage``) both convert to and from these classes, and the
report builder and the window read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ListStyle = Literal["numbered", "bulleted", "plain"]
LIST_STYLES: tuple[ListStyle, ...] = ("numbered", "bulleted", "plain")
LIST_FIELDS: tuple[str, ...] = ("steps", "results", "outcomes")
Digits = Literal["thai", "arabic"]

# Markers a list level can print (exchange v2 ``markers``): ``dot`` ๑. and
# ``paren`` (๑) follow the report's digits, ``arabic_dot`` 1. and
# ``arabic_paren`` (1) are always Arabic; ``letter_paren`` (ก), ``letter_dot``
# ก., ``dash`` -, ``bullet`` •, ``none`` nothing.
MARKER_KINDS: tuple[str, ...] = (
    "dot",
    "paren",
    "letter_paren",
    "letter_dot",
    "dash",
    "bullet",
    "arabic_dot",
    "arabic_paren",
    "none",
)
MARKER_LEVELS = 3
# The printed amount of a measure that needs no money.
NO_BUDGET = "ไม่ใช้งบประมาณ"

DEFAULT_TITLE = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

# Usual divisions offered when a new organization is created, by type.
DEFAULT_UNITS: dict[str, list[str]] = {
    "เทศบาลตำบล": [
        "สำนักปลัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
    ],
    "เทศบาลเมือง": [
        "สำนักปลัดเทศบาล",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
        "กองยุทธศาสตร์และงบประมาณ",
        "กองการเจ้าหน้าที่",
        "หน่วยตรวจสอบภายใน",
    ],
    "เทศบาลนคร": [
        "สำนักปลัดเทศบาล",
        "สำนักคลัง",
        "สำนักการช่าง",
        "สำนักการศึกษา",
        "สำนักสาธารณสุขและสิ่งแวดล้อม",
        "สำนักสวัสดิการสังคม",
        "กองยุทธศาสตร์และงบประมาณ",
        "กองการเจ้าหน้าที่",
        "หน่วยตรวจสอบภายใน",
    ],
    "องค์การบริหารส่วนตำบล": [
        "สำนักปลัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
    ],
    "องค์การบริหารส่วนจังหวัด": [
        "สำนักปลัดองค์การบริหารส่วนจังหวัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองยุทธศาสตร์และงบประมาณ",
        "กองการเจ้าหน้าที่",
        "กองพัสดุและทรัพย์สิน",
        "หน่วยตรวจสอบภายใน",
    ],
    "ส่วนราชการ": [],
}
ORGANIZATION_TYPES: tuple[str, ...] = tuple(DEFAULT_UNITS)


@dataclass
class Item:
    """One entry of a list cell, with optional nested sub-items."""

    text: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Photo:
    """An evidence photo of a measure (ภาพกิจกรรม): JPEG bytes as
    ``itadesk.photos.prepare`` wrote them, a caption, the date taken."""

    data: bytes
    caption: str = ""
    taken: dt.date | None = None
    mime: str = "image/jpeg"
    id: int | None = None


@dataclass
class Measure:
    """One row of the report: a measure, project or activity."""

    title: str
    steps: list[Item] = field(default_factory=list)
    results: list[Item] = field(default_factory=list)
    outcomes: list[Item] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    target_count: int | None = None
    participant_count: int | None = None
    # Only non-default styles are kept; a missing key means "numbered".
    list_styles: dict[str, ListStyle] = field(default_factory=dict)
    # Exchange v2: the amount in baht as a plain decimal ("12450.50") or
    # NO_BUDGET; how progress is followed up (for the O36 plan).
    budget: str | None = None
    follow_up: str | None = None
    # Evidence photos in print order (exchange v2, and the database).
    photos: list[Photo] = field(default_factory=list)
    id: int | None = None

    def list_style(self, name: str) -> ListStyle:
        return self.list_styles.get(name, "numbered")

    def items_of(self, name: str) -> list[Item]:
        if name not in LIST_FIELDS:
            raise KeyError(name)
        items: list[Item] = getattr(self, name)
        return items


@dataclass
class Signatory:
    """A signature block printed after the table."""

    role: str
    name: str | None = None
    position: str | None = None


@dataclass
class Organization:
    """An agency. ``logo``, ``digits``, ``font_path`` and ``compact`` (print
    the table smaller) live only in the database (they travel in backups,
    not in the exchange file)."""

    name: str
    type: str | None = None
    district: str | None = None
    province: str | None = None
    units: list[str] = field(default_factory=list)
    logo: bytes | None = None
    digits: Digits = "thai"
    font_path: str | None = None
    compact: bool = False
    budget_column: bool = False  # print the งบประมาณ column (exchange v2)
    id: int | None = None


@dataclass
class Analysis:
    """The analysis of last year's ITA result (for the O36 plan): ``note`` is
    the free text of earlier releases; the rest is exchange v2."""

    note: str | None = None
    score: str | None = None  # as typed: "85.50"
    level: str | None = None  # e.g. "A", "ผ่าน"
    weaknesses: list[str] = field(default_factory=list)  # urgent weaknesses
    improvements: list[str] = field(default_factory=list)  # what to improve

    def is_structured(self) -> bool:
        """Whether anything beyond the free text is set."""
        return bool(self.score or self.level or self.weaknesses or self.improvements)

    def is_empty(self) -> bool:
        return not (self.note or self.is_structured())


@dataclass
class Report:
    """An organization's report for one fiscal year (Buddhist Era)."""

    organization: Organization
    fiscal_year_be: int
    measures: list[Measure] = field(default_factory=list)
    title: str | None = None
    signatories: list[Signatory] = field(default_factory=list)
    # For the companion O36 document (the measures with an analysis of last
    # year's ITA result); exchange v2 only.
    analysis: Analysis = field(default_factory=Analysis)
    # Exchange v2: the ITA round (its year, BE) this report answers, and
    # whether its item code (O37) prints small under the cover's title.
    ita_round: int | None = None
    show_item_code: bool = False
    # Exchange v2: the title as printed, line by line, on the cover and above
    # the table; empty: the title broken automatically (and, above the table,
    # followed by the organization and fiscal year).
    cover_lines: list[str] = field(default_factory=list)
    heading_lines: list[str] = field(default_factory=list)
    # Exchange v2: markers per level (MARKER_KINDS) by list style; a style
    # left out prints as ``thaifmt.list_marker`` says.
    markers: dict[str, list[str]] = field(default_factory=dict)
    # Whether the measures' photos print as ภาพกิจกรรม pages (database only).
    print_photos: bool = True
    id: int | None = None

    @property
    def display_title(self) -> str:
        return self.title if self.title else DEFAULT_TITLE

    def uses_v2(self) -> bool:
        """Whether anything only exchange v2 holds is set."""
        org = self.organization
        return bool(
            not self.analysis.is_empty()
            or self.ita_round is not None
            or self.show_item_code
            or self.cover_lines
            or self.heading_lines
            or self.markers
            or org.budget_column
            or any(m.budget is not None or m.follow_up or m.photos for m in self.measures)
        )


def stored_id(row_id: int | None) -> int:
    """The id of an object that has been stored (read back or just saved)."""
    if row_id is None:
        raise ValueError("this object has not been stored yet")
    return row_id
