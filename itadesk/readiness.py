"""The readiness check: what a reviewer would catch in a report before it is
published, as data.

``check(report)`` returns ``Finding``s, each with a kind, the place it is
about (a path like ``measures[2].steps``, as in the exchange file) and the
facts behind it. Nothing here is worded: ``messages.readiness_line`` says each
finding in Thai, for the command line (``itadesk check``) and the window
alike. A finding never stops printing; it is something to look at.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from . import rounds, thaifmt
from .model import LIST_FIELDS, Item, Report

# The kinds of finding, in the order a measure's are listed.
NO_MEASURES = "no_measures"
OLD_YEAR_IN_REPORT_TITLE = "old_year_in_report_title"
NO_SIGNATORIES = "no_signatories"
SIGNATORY_WITHOUT_NAME = "signatory_without_name"
EMPTY_TITLE = "empty_title"
OLD_YEAR_IN_TITLE = "old_year_in_title"
EMPTY_LIST = "empty_list"
NO_UNITS = "no_units"
NO_PERIOD = "no_period"
OUTSIDE_FISCAL_YEAR = "outside_fiscal_year"
ENDS_BEFORE_START = "ends_before_start"
PERCENT_MISMATCH = "percent_mismatch"
PARTICIPANTS_MISMATCH = "participants_mismatch"
ABOVE_TARGET = "above_target"
UNVERIFIED_ITEM_CODE = "unverified_item_code"
NO_BUDGET = "no_budget"
NO_EVIDENCE = "no_evidence"
PHOTO_OUTSIDE_FISCAL_YEAR = "photo_outside_fiscal_year"

KINDS: tuple[str, ...] = (
    NO_MEASURES,
    OLD_YEAR_IN_REPORT_TITLE,
    UNVERIFIED_ITEM_CODE,
    NO_SIGNATORIES,
    SIGNATORY_WITHOUT_NAME,
    EMPTY_TITLE,
    OLD_YEAR_IN_TITLE,
    EMPTY_LIST,
    NO_UNITS,
    NO_PERIOD,
    OUTSIDE_FISCAL_YEAR,
    ENDS_BEFORE_START,
    PERCENT_MISMATCH,
    PARTICIPANTS_MISMATCH,
    ABOVE_TARGET,
    NO_BUDGET,
    NO_EVIDENCE,
    PHOTO_OUTSIDE_FISCAL_YEAR,
)


@dataclass(frozen=True)
class Finding:
    """One thing to look at. ``path`` names the field (``title`` is the
    report's title, ``signatories`` its signature blocks, ``measures[i].…`` a
    measure's field); the other attributes are the facts of that kind:

    - ``year``: the Buddhist-Era year a title names (``old_year_…``), as written;
    - ``date``: the date outside the fiscal year or before the start (a
      period's, or the date a photo was taken);
    - ``stated``/``computed``: what the results text says and what the counts give
      (a percentage, or a number of participants);
    - ``fiscal_year``: the report's fiscal year.
    """

    kind: str
    path: str
    fiscal_year: int
    year: int | None = None
    date: dt.date | None = None
    stated: Decimal | int | None = None
    computed: Decimal | int | None = None

    @property
    def measure(self) -> int | None:
        """The index of the measure the finding is about (``None``: the report)."""
        m = re.match(r"measures\[(\d+)\]", self.path)
        return int(m.group(1)) if m else None

    @property
    def field(self) -> str:
        """The field's name: ``steps``, ``period_end``, ``title``, ``signatories`` …"""
        last = self.path.rsplit(".", 1)[-1]
        return re.sub(r"\[\d+\]$", "", last)


# A Buddhist-Era year written in a text: 25xx, Thai or Arabic digits, not part of a longer number.
_YEAR = re.compile(r"(?<![0-9๐-๙])(?:พ\.\s?ศ\.\s*)?([2๒][5๕][0-9๐-๙]{2})(?![0-9๐-๙])")
# "ผู้เข้าร่วม… 60 คน": the first number of people after ผู้เข้าร่วม, close to it.
_PARTICIPANTS = re.compile(r"ผู้เข้าร่วม[^0-9๐-๙\n]{0,30}?([0-9๐-๙][0-9๐-๙,]*)\s*คน")


def _old_years(text: str, fiscal_year: int) -> list[int]:
    """BE years before ``fiscal_year`` that ``text`` names (a title copied
    from last year still saying ``ปี ๒๕๖๘``)."""
    found = []
    for m in _YEAR.finditer(text):
        year = int(thaifmt.to_arabic(m.group(1)))
        if fiscal_year - 10 <= year < fiscal_year:
            found.append(year)
    return found


def _all_text(items: list[Item]) -> str:
    out: list[str] = []
    for item in items:
        out.append(item.text)
        out.append(_all_text(item.items))
    return "\n".join(t for t in out if t)


def _has_text(items: list[Item]) -> bool:
    return any(item.text.strip() or _has_text(item.items) for item in items)


def stated_participants(text: str) -> list[int]:
    """Numbers of participants written as ``ผู้เข้าร่วม… N คน`` in ``text``."""
    out = []
    for m in _PARTICIPANTS.finditer(text):
        try:
            out.append(int(thaifmt.to_arabic(m.group(1)).replace(",", "")))
        except ValueError:
            continue
    return out


def check(report: Report) -> list[Finding]:
    """Everything a reviewer would catch, report first, then measure by measure."""
    year = report.fiscal_year_be
    found: list[Finding] = []
    if report.title:
        found += [
            Finding(OLD_YEAR_IN_REPORT_TITLE, "title", year, year=y)
            for y in _old_years(report.title, year)[:1]
        ]
    for key, lines in (("cover", report.cover_lines), ("heading", report.heading_lines)):
        found += [
            Finding(OLD_YEAR_IN_REPORT_TITLE, f"title_lines.{key}", year, year=y)
            for y in _old_years("\n".join(lines), year)[:1]
        ]
    if report.show_item_code:
        chosen = report.ita_round if report.ita_round is not None else year
        known = rounds.find(chosen)
        if known is None or not known.verified or known.report is None:
            found.append(Finding(UNVERIFIED_ITEM_CODE, "ita.round", year, year=chosen))
    if not report.signatories:
        found.append(Finding(NO_SIGNATORIES, "signatories", year))
    for i, s in enumerate(report.signatories):
        if not (s.name or "").strip():
            found.append(Finding(SIGNATORY_WITHOUT_NAME, f"signatories[{i}].name", year))
    if not report.measures:
        found.append(Finding(NO_MEASURES, "measures", year))
    first, last = thaifmt.fiscal_year_bounds(year)
    # Evidence is asked for once the report shows photos: printed, and some
    # measure has them (a report that never used photos is not flagged all over).
    wants_evidence = report.print_photos and any(m.photos for m in report.measures)
    for i, m in enumerate(report.measures):
        p = f"measures[{i}]"
        if not m.title.strip():
            found.append(Finding(EMPTY_TITLE, f"{p}.title", year))
        found += [
            Finding(OLD_YEAR_IN_TITLE, f"{p}.title", year, year=y) for y in _old_years(m.title, year)[:1]
        ]
        for name in LIST_FIELDS:
            if not _has_text(m.items_of(name)):
                found.append(Finding(EMPTY_LIST, f"{p}.{name}", year))
        if not [u for u in m.responsible_units if u.strip()]:
            found.append(Finding(NO_UNITS, f"{p}.responsible_units", year))
        if m.period_start is None:  # both missing: said once, at the start
            found.append(Finding(NO_PERIOD, f"{p}.period_start", year))
        elif m.period_end is None:
            found.append(Finding(NO_PERIOD, f"{p}.period_end", year))
        for name, d in (("period_start", m.period_start), ("period_end", m.period_end)):
            if d is not None and not first <= d <= last:
                found.append(Finding(OUTSIDE_FISCAL_YEAR, f"{p}.{name}", year, date=d))
        if m.period_start and m.period_end and m.period_end < m.period_start:
            found.append(Finding(ENDS_BEFORE_START, f"{p}.period_end", year, date=m.period_end))
        results = _all_text(m.results)
        computed = thaifmt.percentage(m.participant_count, m.target_count)
        if computed is not None:
            wrong = [s for s in thaifmt.stated_percentages(results) if s != computed]
            if wrong:
                found.append(
                    Finding(PERCENT_MISMATCH, f"{p}.results", year, stated=wrong[0], computed=computed)
                )
        if m.participant_count is not None:
            people = [n for n in stated_participants(results) if n != m.participant_count]
            if people:
                found.append(
                    Finding(
                        PARTICIPANTS_MISMATCH,
                        f"{p}.results",
                        year,
                        stated=people[0],
                        computed=m.participant_count,
                    )
                )
        if (
            m.target_count is not None
            and m.participant_count is not None
            and m.participant_count > m.target_count
        ):
            found.append(
                Finding(
                    ABOVE_TARGET,
                    f"{p}.participant_count",
                    year,
                    stated=m.participant_count,
                    computed=m.target_count,
                )
            )
        if report.organization.budget_column and m.budget is None:
            found.append(Finding(NO_BUDGET, f"{p}.budget", year))
        if wants_evidence and not m.photos:
            found.append(Finding(NO_EVIDENCE, f"{p}.photos", year))
        for k, photo in enumerate(m.photos):
            if photo.taken is not None and not first <= photo.taken <= last:
                found.append(
                    Finding(PHOTO_OUTSIDE_FISCAL_YEAR, f"{p}.photos[{k}].taken", year, date=photo.taken)
                )
    return found
