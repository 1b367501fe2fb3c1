"""Thai formatting: digits, Buddhist-Era dates, periods, percentages, markers.

The one module that the window and the report both use for everything the
app generates. Text the clerk typed never passes through these functions,
except through the explicit ``convert_digits_in_text`` action.

``digits`` arguments take ``"thai"`` (the default: ๐-๙) or ``"arabic"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # decimal is imported where a Decimal is made: `itadesk list` needs none
    from decimal import Decimal

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
BE_OFFSET = 543
EN_DASH = "\u2013"

# Thai consonants used for enumerating, as in official documents (ฃ ฅ skipped).
THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def digits(text: str, style: str = "thai") -> str:
    """Write the ASCII digits of app-generated ``text`` in ``style``."""
    if style == "arabic":
        return text.translate(_TO_ARABIC)
    return text.translate(_TO_THAI)


def to_arabic(text: str) -> str:
    """Thai digits to ASCII digits (for parsing what the clerk typed)."""
    return text.translate(_TO_ARABIC)


def parse_count(text: str) -> int | None:
    """A count typed by the clerk, in Thai or Arabic digits, with optional
    grouping commas or spaces. Empty gives ``None``; anything else raises
    ``ValueError``; negatives are refused."""
    cleaned = to_arabic(text).strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


def _lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A regular expression compiled on first use (importing this module
    stays cheap for a command that never parses what a clerk typed)."""
    return cache(lambda: re.compile(pattern))


_AMOUNT = _lazy(r"^\d+(?:\.\d{1,2})?$")


def parse_amount(text: str) -> str | None:
    """An amount in baht typed by the clerk (Thai or Arabic digits, grouping
    commas or spaces, ``บาท`` after it, or ``ไม่ใช้งบประมาณ``): the stored form,
    a plain decimal (``"12450.50"``, ``"3000"``) or ``ไม่ใช้งบประมาณ``. Empty
    gives ``None``; anything else raises ``ValueError``."""
    cleaned = to_arabic(text).strip()
    if not cleaned:
        return None
    if cleaned.replace(" ", "") in (NO_BUDGET_WORDS, "ไม่ใช้งบ", "-"):
        return NO_BUDGET_WORDS
    cleaned = cleaned.removesuffix("บาท").strip().replace(",", "").replace(" ", "")
    if not _AMOUNT().match(cleaned):
        raise ValueError(text)
    whole, _, frac = cleaned.partition(".")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{frac.ljust(2, '0')}" if frac else whole


NO_BUDGET_WORDS = "ไม่ใช้งบประมาณ"


def baht(amount: str, style: str = "thai") -> str:
    """A stored amount as printed: ``๑๒,๔๕๐.๕๐ บาท``, ``๓,๐๐๐ บาท``; the
    words ``ไม่ใช้งบประมาณ`` as they are."""
    if not _AMOUNT().match(amount):
        return amount
    if "." in amount:
        from decimal import Decimal

        return f"{number(Decimal(amount), style, places=2)} บาท"
    return f"{number(int(amount), style)} บาท"


# Thai number symbols of CLDR as Babel gives them for th_TH (get_group_symbol,
# get_minus_sign_symbol), written out so that a whole number is grouped without
# loading the locale; tests/test_thaifmt.py checks they agree with Babel.
GROUP_SYMBOL = ","
MINUS_SIGN = "-"


def number(value: int | float | Decimal, style: str = "thai", *, places: int | None = None) -> str:
    """A number with Thai grouping (``๑,๒๐๐``); ``places`` fixes decimals
    (money: ``number(12450.5, places=2)`` → ``๑๒,๔๕๐.๕๐``)."""
    if type(value) is int and not places:  # the common case, without Babel's locale data
        grouped = f"{abs(value):,}".replace(",", GROUP_SYMBOL)
        return digits(MINUS_SIGN + grouped if value < 0 else grouped, style)
    from babel.numbers import format_decimal

    pattern = "#,##0" if not places else "#,##0." + "0" * places
    return digits(format_decimal(value, format=pattern, locale="th_TH"), style)


# --- dates ---------------------------------------------------------------------


# Thai month names of CLDR, as Babel gives them (get_month_names(width,
# locale="th_TH"), format context), written out so that printing a date loads no
# locale data (about 15 ms on an old PC); tests/test_thaifmt.py checks they agree
# with Babel, and prints the tables to paste here when CLDR changes them.
MONTHS_WIDE = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_ABBREVIATED = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def _month_names(width: Literal["abbreviated", "wide"]) -> tuple[str, ...]:
    return MONTHS_WIDE if width == "wide" else MONTHS_ABBREVIATED


def month_name(month: int, *, abbreviated: bool = False) -> str:
    return _month_names("abbreviated" if abbreviated else "wide")[month - 1]


def be_year(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def year(year_be: int, style: str = "thai") -> str:
    return digits(str(year_be), style)


def date(d: dt.date, style: str = "thai", *, abbreviated: bool = False, with_year: bool = True) -> str:
    """``๙ ธันวาคม ๒๕๖๗`` (or ``๙ ธ.ค. ๒๕๖๗`` abbreviated)."""
    text = f"{d.day} {month_name(d.month, abbreviated=abbreviated)}"
    if with_year:
        text += f" {be_year(d.year)}"
    return digits(text, style)


def period(
    start: dt.date | None, end: dt.date | None, style: str = "thai", *, abbreviated: bool = False
) -> str:
    """A period as the report prints it.

    Same year written once (``๑ มกราคม – ๓๐ มิถุนายน ๒๕๖๘``), across years in
    full (``๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘``), one day as one date; an open
    end reads ``ตั้งแต่ …`` or ``ถึง …``; no dates at all give ``""``.
    """
    if start is None:
        return "ถึง " + date(end, style, abbreviated=abbreviated) if end is not None else ""
    if end is None:
        return "ตั้งแต่ " + date(start, style, abbreviated=abbreviated)
    if start == end:
        return date(start, style, abbreviated=abbreviated)
    first = date(start, style, abbreviated=abbreviated, with_year=start.year != end.year)
    return f"{first} {EN_DASH} {date(end, style, abbreviated=abbreviated)}"


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """FY 2568 runs from 1 October 2567 to 30 September 2568 (BE)."""
    year_ce = year_be - BE_OFFSET
    return dt.date(year_ce - 1, 10, 1), dt.date(year_ce, 9, 30)


def fiscal_year_of(d: dt.date) -> int:
    """The Thai fiscal year (BE) that ``d`` falls in."""
    return be_year(d.year) + (1 if d.month >= 10 else 0)


def shift_year(d: dt.date, years: int = 1) -> dt.date:
    """The same day ``years`` on; 29 February becomes 28 February."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


# --- percentages -----------------------------------------------------------------


def percentage(participants: int | None, target: int | None) -> Decimal | None:
    """participants ÷ target × 100, half-up to 2 places; ``None`` when either
    is missing or the target is 0."""
    if participants is None or not target:
        return None
    from decimal import ROUND_HALF_UP, Decimal

    value = Decimal(participants) * 100 / Decimal(target)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent_number(value: Decimal, style: str = "thai") -> str:
    """``85.71`` → ``๘๕.๗๑``; ``90.00`` → ``๙๐``; ``90.50`` → ``๙๐.๕``."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return digits(text, style)


def percent(participants: int | None, target: int | None, style: str = "thai") -> str:
    """``ร้อยละ ๘๕.๗๑``, or ``""`` when there is no percentage."""
    value = percentage(participants, target)
    if value is None:
        return ""
    return "ร้อยละ " + percent_number(value, style)


def participation_sentence(participants: int, target: int | None, style: str = "thai") -> str:
    """The sentence the window writes into the results for the clerk."""
    text = f"ผู้เข้าร่วมกิจกรรม {digits(str(participants), style)} คน"
    if target:
        text += f" จากกลุ่มเป้าหมาย {digits(str(target), style)} คน คิดเป็น{percent(participants, target, style)}"
    return text


_PERCENT_IN_TEXT = _lazy(r"ร้อยละ\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)")


def stated_percentages(text: str) -> list[Decimal]:
    """Percentages the clerk wrote as ``ร้อยละ N`` in ``text``."""
    from decimal import Decimal

    return [Decimal(to_arabic(m.group(1))) for m in _PERCENT_IN_TEXT().finditer(text)]


# --- markers and page numbers ------------------------------------------------------


def thai_letter(index: int) -> str:
    """1 → ก, 2 → ข, …; past ฮ: กก, กข, …"""
    n = len(THAI_LETTERS)
    index -= 1
    if index < n:
        return THAI_LETTERS[index]
    return thai_letter(index // n) + THAI_LETTERS[index % n]


_DEFAULT_MARKERS: dict[str, tuple[str, str, str]] = {
    "numbered": ("dot", "paren", "letter_paren"),
    "bulleted": ("dash", "dot", "paren"),
    "plain": ("none", "dot", "paren"),
}


def default_markers(list_style: str) -> tuple[str, str, str]:
    """The marker kinds (``model.MARKER_KINDS``) of levels 1-3 of a list style."""
    return _DEFAULT_MARKERS.get(list_style, _DEFAULT_MARKERS["bulleted"])


def list_marker(
    list_style: str, level: int, index: int, style: str = "thai", kinds: Sequence[str] | None = None
) -> str:
    """The marker of the ``index``-th item (from 1) at ``level`` (from 1).

    numbered: ``๑.`` → ``(๑)`` → ``(ก)``; bulleted: ``-`` → ``๑.`` → ``(๑)``;
    plain: nothing at level 1, deeper levels as bulleted. Levels below the
    third repeat the third. ``kinds`` (the report's markers for this style,
    level by level) replaces these where given.
    """
    defaults = default_markers(list_style)
    at = min(level, 3) - 1
    kind = kinds[at] if kinds is not None and at < len(kinds) else defaults[at]
    return marker(kind, index, style)


def marker(kind: str, index: int, style: str = "thai") -> str:
    """One marker of a kind of ``model.MARKER_KINDS`` (an unknown kind: ``dot``)."""
    if kind == "none":
        return ""
    if kind == "dash":
        return "-"
    if kind == "bullet":
        return "\u2022"
    if kind == "paren":
        return digits(f"({index})", style)
    if kind == "letter_paren":
        return f"({thai_letter(index)})"
    if kind == "letter_dot":
        return f"{thai_letter(index)}."
    if kind == "arabic_dot":
        return f"{index}."
    if kind == "arabic_paren":
        return f"({index})"
    return digits(f"{index}.", style)


def measure_number(index: int, style: str = "thai") -> str:
    """``๑.`` for the first measure."""
    return digits(f"{index}.", style)


def page_number(page: int, style: str = "thai") -> str:
    """``- ๒ -``, the Thai style centred at the top from page 2."""
    return digits(f"- {page} -", style)


# --- explicit "convert digits" action --------------------------------------------

# Spans never touched: URLs, e-mail addresses, file names, and codes that mix
# Latin letters with digits or hyphens (O37, e-GP, ISO9001, 2FA).
_PROTECTED = _lazy(
    r"""(?xi)
    (?:https?://|ftp://|www\.)\S+              # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+            # e-mail addresses
    | [\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\b        # domain or file names (report.pdf, x.go.th)
    | \b[0-9]*[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b  # Latin codes with digits: O37, e-GP, 2FA
    """
)


def convert_digits_in_text(text: str, style: str = "thai") -> str:
    """Convert the digits of free text, leaving protected spans as typed."""
    out: list[str] = []
    pos = 0
    for m in _PROTECTED().finditer(text):
        out.append(digits(text[pos : m.start()], style))
        out.append(m.group(0))
        pos = m.end()
    out.append(digits(text[pos:], style))
    return "".join(out)


# --- reading what the clerk typed -------------------------------------------------


@lru_cache(maxsize=1)
def _month_lookup() -> dict[str, int]:
    """Month names to numbers (built once; callers only read it)."""
    table: dict[str, int] = {}
    for m in range(1, 13):
        for name in (month_name(m), month_name(m, abbreviated=True)):
            table[name] = m
            table[name.replace(".", "")] = m
    return table


def _month_of(text: str) -> int | None:
    """A month written out, abbreviated (with or without dots) or cut short
    as people say it (``ตุลา``, ``กุมภา``)."""
    key = re.sub(r"\s+", "", text)
    table = _month_lookup()
    month = table.get(key) or table.get(key.replace(".", ""))
    if month is None and len(key) >= 3:
        found = {m for name, m in table.items() if name.startswith(key)}
        if len(found) == 1:
            month = found.pop()
    return month


_DATE_NUMERIC = _lazy(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")
_DATE_WORDS = _lazy(r"^(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)*?)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{2}|\d{4})$")


def _year_ce(text: str, original: str) -> int:
    from .errors import DateInputError

    value = int(text)
    if len(text) == 2:
        return value + 2500 - BE_OFFSET  # "67" means 2567
    if value >= 2400:
        return value - BE_OFFSET
    if 1900 <= value < 2400:  # typed in the Christian era
        return value
    raise DateInputError(text=original, reason="year")


def parse_date(text: str) -> dt.date | None:
    """A date typed by the clerk: ``1/10/2567``, ``1 ต.ค. 67``,
    ``๑ ตุลาคม พ.ศ. ๒๕๖๗``; Thai or Arabic digits, Buddhist-Era years (a year
    below 2400 is taken as Christian era). Empty gives ``None``. Raises
    ``DateInputError`` (reason ``format``, ``month``, ``year`` or
    ``no_such_day``, e.g. 30 February)."""
    from .errors import DateInputError

    original = text
    text = to_arabic(text).strip()
    if not text:
        return None
    m = _DATE_NUMERIC().match(text)
    if m:
        day, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise DateInputError(text=original, reason="month")
    else:
        m = _DATE_WORDS().match(text)
        if not m:
            raise DateInputError(text=original, reason="format")
        day = int(m[1])
        named = _month_of(m[2])
        if named is None:
            raise DateInputError(text=original, reason="month")
        month = named
    year_ce = _year_ce(m[3], original)
    try:
        return dt.date(year_ce, month, day)
    except ValueError:
        raise DateInputError(
            text=original, reason="no_such_day", day=day, month=month, year_be=be_year(year_ce)
        ) from None


def clock(t: dt.time | dt.datetime, style: str = "thai") -> str:
    """``๑๔.๓๒ น.``, the Thai way of writing a time of day."""
    return digits(f"{t.hour:02d}.{t.minute:02d} น.", style)


# --- periods as people type them in documents ------------------------------------

_PERIOD_WORDS = _lazy(r"^(?:ระหว่าง|ตั้งแต่|วันที่|เดือน|ช่วง|ภายใน|ระยะเวลา)\s*")
_WHOLE_YEAR = _lazy(r"^ตลอด\s*(?:ปีงบประมาณ|ปีงบฯ?|ปี)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4}|\d{2})?$")
_RANGE_SPLIT = _lazy(r"\s+[-–—~]\s*|\s*[-–—~]\s+|\s*[–—~]\s*|\s*ถึง(?:วันที่|เดือน)?\s*")
_MONTH_YEAR = _lazy(r"^([^\d\s]+(?:\s*[^\d\s]+)*?)\s*(?:พ\.?\s*ศ\.?)?\s*(\d{2}|\d{4})?$")
_DAY_MONTH = _lazy(r"^(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)*?)$")


def parse_month(text: str) -> int | None:
    """The month of ``text`` (``ตุลาคม``, ``ต.ค.``, ``ตค``, ``ตุลา``), else ``None``."""
    return _month_of(text)


def _strip_period_words(text: str) -> str:
    while True:
        new = _PERIOD_WORDS().sub("", text)
        if new == text:
            return text.strip()
        text = new


def _last_day(year_ce: int, month: int) -> dt.date:
    nxt = dt.date(year_ce + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def parse_period(text: str, fiscal_year_be: int | None = None) -> tuple[dt.date, dt.date] | None:
    """A period as people type it in a report, Thai or Arabic digits:
    ``๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘``, ``1 ต.ค. 67 - 30 ก.ย. 68``,
    ``๑ มกราคม – ๓๐ มิถุนายน ๒๕๖๘`` (the year written once), ``ต.ค. 2567 -
    ก.ย. 2568`` (months: their first and last days), ``ตลอดปีงบประมาณ`` (the
    fiscal year's bounds, which need ``fiscal_year_be`` unless the text names
    the year), or a single date (start = end). Empty gives ``None``; anything
    else raises ``ValueError``."""
    flat = re.sub(r"\s+", " ", to_arabic(text)).strip().rstrip(".,")
    if not flat:
        return None
    flat = _strip_period_words(flat)
    whole = _WHOLE_YEAR().match(flat)
    if whole:
        if whole[1]:
            year_be = be_year(_year_ce(whole[1], text))
        elif fiscal_year_be is not None:
            year_be = fiscal_year_be
        else:
            raise ValueError(text)
        return fiscal_year_bounds(year_be)
    parts = [p for p in _RANGE_SPLIT().split(flat, maxsplit=1)]
    if len(parts) == 1:
        parts = [parts[0], parts[0]]
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise ValueError(text)
    first_text, last_text = (_strip_period_words(p) for p in parts)
    # The end first: a start without a year takes the end's.
    end_date, end_month, end_year = _side(last_text)
    if end_date is None and end_month is not None and end_year is None:
        end_year = _fy_year(end_month, fiscal_year_be, text)
    if end_date is None:
        end_date = _last_day(end_year, end_month)  # type: ignore[arg-type]
    start_date, start_month, start_year = _side(first_text, default_year=end_date.year)
    if start_date is None:
        if start_year is None:
            start_year = end_date.year if start_month <= end_date.month else end_date.year - 1  # type: ignore[operator]
        start_date = dt.date(start_year, start_month, 1)  # type: ignore[arg-type]
    if (
        end_date < start_date
        and start_date.year == end_date.year
        and first_text.strip()
        and _no_year(first_text)
    ):
        start_date = start_date.replace(year=start_date.year - 1)  # "1 ต.ค. – 30 ก.ย. 68"
    return start_date, end_date


def _no_year(text: str) -> bool:
    return not re.search(r"\d{2,4}\s*$", text)


def _fy_year(month: int, fiscal_year_be: int | None, original: str) -> int:
    if fiscal_year_be is None:
        raise ValueError(original)
    first, last = fiscal_year_bounds(fiscal_year_be)
    return first.year if month >= 10 else last.year


def _side(text: str, default_year: int | None = None) -> tuple[dt.date | None, int | None, int | None]:
    """A date, or (None, month, year_ce or None) for a month; a day and month
    without a year take ``default_year``. Raises ``ValueError``."""
    if not text:
        raise ValueError(text)
    try:
        d = parse_date(text)
        if d is not None:
            return d, None, None
    except ValueError:
        pass
    m = _DAY_MONTH().match(text)
    month = parse_month(m[2]) if m and default_year is not None else None
    if m and default_year is not None and month:
        return dt.date(default_year, month, int(m[1])), None, None
    m = _MONTH_YEAR().match(text)
    if m and parse_month(m[1]):
        return None, parse_month(m[1]), _year_ce(m[2], text) if m[2] else None
    raise ValueError(text)
