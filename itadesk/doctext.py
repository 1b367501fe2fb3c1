"""The words the documents print, decided once for every output.

The PDF (``itadesk.report``) and the web page (``itadesk.web``) say the same
things: the titles, the column headers, the headings of the plan's analysis,
the signature lines, the photos' captions. This module holds them, and the
small decisions behind them (which columns, which item code, who signs the
plan), with no fonts, widths or drawing: numbers, dates and markers come
from ``itadesk.thaifmt``.
"""

from __future__ import annotations

from . import rounds, thaifmt
from .model import Analysis, Measure, Organization, Photo, Report, Signatory

# --- the results report (O37) ------------------------------------------------------------

COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
)
BUDGET_TITLE = "งบประมาณ"  # the optional column, before ระยะเวลา
FISCAL_YEAR_WORDS = "ประจำปีงบประมาณ พ.ศ."
SIGNATURE_DOTS = "." * 40


def fiscal_year_phrase(year_be: int, digits: str) -> str:
    """``ประจำปีงบประมาณ พ.ศ. ๒๕๖๘``."""
    return f"{FISCAL_YEAR_WORDS} {thaifmt.year(year_be, digits)}"


def results_columns(report: Report) -> tuple[str, ...]:
    """The results table's header, with งบประมาณ before ระยะเวลา when the
    organization prints it."""
    if report.organization.budget_column:
        return (*COLUMN_TITLES[:-1], BUDGET_TITLE, COLUMN_TITLES[-1])
    return COLUMN_TITLES


def item_code(report: Report) -> str | None:
    """The item code printed under the cover's title (``O37``), when the
    report asks for it and its round (else its fiscal year's) is known."""
    if not report.show_item_code:
        return None
    return rounds.report_code(report.ita_round if report.ita_round is not None else report.fiscal_year_be)


def place_line(org: Organization) -> str | None:
    """``อำเภอ… จังหวัด…`` under the organization's name, if either is set."""
    place = []
    if org.district:
        place.append(f"อำเภอ{org.district}")
    if org.province:
        place.append(f"จังหวัด{org.province}")
    return " ".join(place) if place else None


def heading_lines(report: Report, digits: str) -> list[str]:
    """The lines above the table: the title as the clerk broke it (else
    whole), then the organization and the fiscal year."""
    org = report.organization
    titles = report.heading_lines or [report.display_title]
    return [*titles, f"{org.name} {fiscal_year_phrase(report.fiscal_year_be, digits)}"]


def signature_lines(s: Signatory) -> list[str]:
    """A signature block: ``(ลงชื่อ)……role``, ``(name)`` and ``ตำแหน่ง …``."""
    lines = [f"(ลงชื่อ){SIGNATURE_DOTS}{s.role}", f"({s.name})" if s.name else f"({SIGNATURE_DOTS})"]
    if s.position:
        lines.append(f"ตำแหน่ง {s.position}")
    return lines


def amount(m: Measure, digits: str) -> str:
    """The budget cell: ``๑๒,๔๕๐.๕๐ บาท``, ``ไม่ใช้งบประมาณ`` or empty."""
    return thaifmt.baht(m.budget, digits) if m.budget else ""


def division_names(report: Report) -> list[str]:
    """The organization's divisions and those its measures name: kept whole
    on a line where they fit."""
    names = list(report.organization.units)
    for m in report.measures:
        names += m.responsible_units
    return names


# --- the plan (O36) ----------------------------------------------------------------------

PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
# the plan's columns; งบประมาณ (when the organization prints it) goes before ระยะเวลา
PLAN_COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
    "การกำกับติดตาม",
)
ANALYSIS_HEADING = "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
SCORE_WORDS = "ผลคะแนน"
LEVEL_WORDS = "ระดับ"
WEAKNESSES_HEADING = "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"
IMPROVEMENTS_HEADING = "ประเด็นที่ต้องพัฒนาให้ดีขึ้น"
MEASURES_HEADING = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
BLANK = "." * 60  # a line the clerk has not filled in yet


def plan_title(report: Report) -> str:
    return PLAN_TITLE


def plan_code(report: Report) -> str | None:
    """The plan's item code (``O36``) when the report prints item codes
    and its round (else its fiscal year's) is known."""
    if not report.show_item_code:
        return None
    found = rounds.find(report.ita_round if report.ita_round is not None else report.fiscal_year_be)
    return found.plan.code if found and found.plan else None


def plan_columns(report: Report) -> tuple[str, ...]:
    if report.organization.budget_column:
        return (*PLAN_COLUMN_TITLES[:3], BUDGET_TITLE, *PLAN_COLUMN_TITLES[3:])
    return PLAN_COLUMN_TITLES


def last_year_phrase(report: Report, digits: str) -> str:
    """``ประจำปีงบประมาณ พ.ศ. ๒๕๖๗``: the year whose ITA result the plan analyses."""
    return f"{FISCAL_YEAR_WORDS} {thaifmt.year(report.fiscal_year_be - 1, digits)}"


def score_line(a: Analysis) -> str:
    """``ผลคะแนน 85.50 คะแนน ระดับ A``, dots for what is not filled in."""
    score = a.score or "........"
    level = a.level or "........"
    return f"{SCORE_WORDS} {score} คะแนน {LEVEL_WORDS} {level}"


def follow_up_lines(m: Measure) -> list[str]:
    """The follow-up cell's lines, blank lines left out."""
    return [line.strip() for line in (m.follow_up or "").splitlines() if line.strip()]


def head_title(report: Report) -> str | None:
    """The usual title of the organization's head (นายกเทศมนตรีตำบล…,
    นายกองค์การบริหารส่วนตำบล…), when its name says its kind."""
    name = report.organization.name
    if name.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + name[len("เทศบาล") :]
    if name.startswith("องค์การบริหารส่วน"):
        return "นายก" + name
    return None


def head_signatory(report: Report) -> Signatory:
    """Who signs the plan: the signatory whose position names the head
    (นายก…), else the last signatory, else a blank block with the head's
    usual title."""
    for s in report.signatories:
        if s.position and s.position.startswith("นายก"):
            return s
    if report.signatories:
        return report.signatories[-1]
    return Signatory(role="", position=head_title(report))


def plan_signature_lines(report: Report) -> list[str]:
    """The head's block under the plan (the position without ``ตำแหน่ง``)."""
    s = head_signatory(report)
    lines = [f"(ลงชื่อ){SIGNATURE_DOTS}{s.role}", f"({s.name})" if s.name else f"({SIGNATURE_DOTS})"]
    if s.position:
        lines.append(s.position)
    return lines


# --- evidence photos ------------------------------------------------------------------------

PHOTOS_TITLE = "ภาพกิจกรรม"


def prints_photos(report: Report) -> bool:
    """Whether the results report has ภาพกิจกรรม: the report prints photos
    and a measure has one."""
    return report.print_photos and any(m.photos for m in report.measures)


def caption_text(photo: Photo, digits: str) -> str:
    """``caption (๑๕ ม.ค. ๒๕๖๘)``: the caption, then the date taken in BE."""
    when = f"({thaifmt.date(photo.taken, digits, abbreviated=True)})" if photo.taken else ""
    return " ".join(t for t in (photo.caption.strip(), when) if t)


def photo_heading(index: int, m: Measure, digits: str) -> str:
    """``มาตรการที่ ๑ <title>`` above a measure's photos (``index`` from 1)."""
    return f"มาตรการที่ {thaifmt.digits(str(index), digits)} {m.title}"
