"""The domain model: an organization's report for one fiscal year.

Plain dataclasses, no I/O. The exchange file (``itadesk.exchange``) and the
database (``itadesk.storage``) both convert to and from these classes, and the
report builder and the window read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from reprlib import recursive_repr
from typing import Any, Literal

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


# The classes below are dataclasses (``fields``, ``replace`` and ``asdict``
# work on them) whose ``__init__`` is written out and whose ``__eq__`` and
# ``__repr__`` are ``_Model``'s, the same as the generated ones: a generated
# method is compiled by ``exec`` at import: the generated methods of these
# seven classes cost 17 M instructions, a sixtieth of a cold ``itadesk pdf``.
# ``tests/test_model_dataclasses.py`` compares each class with a generated
# dataclass of the same fields.
class _Model:
    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        # the generated __eq__: the same class, equal tuples of the fields
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self.__dataclass_fields__  # type: ignore[attr-defined]
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    @recursive_repr()
    def __repr__(self) -> str:
        names = self.__dataclass_fields__  # type: ignore[attr-defined]
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({inner})"


# the default of a field with a default factory (as the generated __init__'s)
_NEW: Any = object()


@dataclass(init=False, repr=False, eq=False)
class Item(_Model):
    """One entry of a list cell, with optional nested sub-items."""

    text: str
    items: list[Item] = field(default_factory=list)

    def __init__(self, text: str, items: list[Item] = _NEW) -> None:
        self.text = text
        self.items = [] if items is _NEW else items


@dataclass(init=False, repr=False, eq=False)
class Photo(_Model):
    """An evidence photo of a measure (ภาพกิจกรรม): JPEG bytes as
    ``itadesk.photos.prepare`` wrote them, a caption, the date taken."""

    data: bytes
    caption: str = ""
    taken: dt.date | None = None
    mime: str = "image/jpeg"
    id: int | None = None

    def __init__(
        self,
        data: bytes,
        caption: str = "",
        taken: dt.date | None = None,
        mime: str = "image/jpeg",
        id: int | None = None,
    ) -> None:
        self.data = data
        self.caption = caption
        self.taken = taken
        self.mime = mime
        self.id = id


@dataclass(init=False, repr=False, eq=False)
class Measure(_Model):
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

    def __init__(
        self,
        title: str,
        steps: list[Item] = _NEW,
        results: list[Item] = _NEW,
        outcomes: list[Item] = _NEW,
        responsible_units: list[str] = _NEW,
        period_start: dt.date | None = None,
        period_end: dt.date | None = None,
        target_count: int | None = None,
        participant_count: int | None = None,
        list_styles: dict[str, ListStyle] = _NEW,
        budget: str | None = None,
        follow_up: str | None = None,
        photos: list[Photo] = _NEW,
        id: int | None = None,
    ) -> None:
        self.title = title
        self.steps = [] if steps is _NEW else steps
        self.results = [] if results is _NEW else results
        self.outcomes = [] if outcomes is _NEW else outcomes
        self.responsible_units = [] if responsible_units is _NEW else responsible_units
        self.period_start = period_start
        self.period_end = period_end
        self.target_count = target_count
        self.participant_count = participant_count
        self.list_styles = {} if list_styles is _NEW else list_styles
        self.budget = budget
        self.follow_up = follow_up
        self.photos = [] if photos is _NEW else photos
        self.id = id

    def list_style(self, name: str) -> ListStyle:
        return self.list_styles.get(name, "numbered")

    def items_of(self, name: str) -> list[Item]:
        if name not in LIST_FIELDS:
            raise KeyError(name)
        items: list[Item] = getattr(self, name)
        return items


@dataclass(init=False, repr=False, eq=False)
class Signatory(_Model):
    """A signature block printed after the table."""

    role: str
    name: str | None = None
    position: str | None = None

    def __init__(self, role: str, name: str | None = None, position: str | None = None) -> None:
        self.role = role
        self.name = name
        self.position = position


@dataclass(init=False, repr=False, eq=False)
class Organization(_Model):
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

    def __init__(
        self,
        name: str,
        type: str | None = None,
        district: str | None = None,
        province: str | None = None,
        units: list[str] = _NEW,
        logo: bytes | None = None,
        digits: Digits = "thai",
        font_path: str | None = None,
        compact: bool = False,
        budget_column: bool = False,
        id: int | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.district = district
        self.province = province
        self.units = [] if units is _NEW else units
        self.logo = logo
        self.digits = digits
        self.font_path = font_path
        self.compact = compact
        self.budget_column = budget_column
        self.id = id


@dataclass(init=False, repr=False, eq=False)
class Analysis(_Model):
    """The analysis of last year's ITA result (for the O36 plan): ``note`` is
    the free text of earlier releases; the rest is exchange v2."""

    note: str | None = None
    score: str | None = None  # as typed: "85.50"
    level: str | None = None  # e.g. "A", "ผ่าน"
    weaknesses: list[str] = field(default_factory=list)  # urgent weaknesses
    improvements: list[str] = field(default_factory=list)  # what to improve

    def __init__(
        self,
        note: str | None = None,
        score: str | None = None,
        level: str | None = None,
        weaknesses: list[str] = _NEW,
        improvements: list[str] = _NEW,
    ) -> None:
        self.note = note
        self.score = score
        self.level = level
        self.weaknesses = [] if weaknesses is _NEW else weaknesses
        self.improvements = [] if improvements is _NEW else improvements

    def is_structured(self) -> bool:
        """Whether anything beyond the free text is set."""
        return bool(self.score or self.level or self.weaknesses or self.improvements)

    def is_empty(self) -> bool:
        return not (self.note or self.is_structured())


@dataclass(init=False, repr=False, eq=False)
class Report(_Model):
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

    def __init__(
        self,
        organization: Organization,
        fiscal_year_be: int,
        measures: list[Measure] = _NEW,
        title: str | None = None,
        signatories: list[Signatory] = _NEW,
        analysis: Analysis = _NEW,
        ita_round: int | None = None,
        show_item_code: bool = False,
        cover_lines: list[str] = _NEW,
        heading_lines: list[str] = _NEW,
        markers: dict[str, list[str]] = _NEW,
        print_photos: bool = True,
        id: int | None = None,
    ) -> None:
        self.organization = organization
        self.fiscal_year_be = fiscal_year_be
        self.measures = [] if measures is _NEW else measures
        self.title = title
        self.signatories = [] if signatories is _NEW else signatories
        self.analysis = Analysis() if analysis is _NEW else analysis
        self.ita_round = ita_round
        self.show_item_code = show_item_code
        self.cover_lines = [] if cover_lines is _NEW else cover_lines
        self.heading_lines = [] if heading_lines is _NEW else heading_lines
        self.markers = {} if markers is _NEW else markers
        self.print_photos = print_photos
        self.id = id

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
