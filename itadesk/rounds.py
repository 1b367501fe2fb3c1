"""ITA rounds as data (``resources/ita/rounds.json``): for each round's year
(BE), the item code and title of the plan (O36 in ITA 2567/2568) and of the
results report (O37). NACC renumbers items between rounds, so nothing here is
in code: the file is edited when a round's manual is published."""

from __future__ import annotations

import functools
import json

from .errors import record
from .resources import resource

ROUNDS_FILE = ("ita", "rounds.json")


@record
class Document:
    """An ITA item: its code and title in one round's manual."""

    code: str  # e.g. "O37"
    title: str


@record
class Round:
    """One ITA round: its plan and report items, and whether they were checked."""

    year: int  # the round's year, BE
    plan: Document | None
    report: Document | None
    verified: bool
    note: str = ""


def _document(value: object) -> Document | None:
    if not isinstance(value, dict):
        return None
    code, title = value.get("code"), value.get("title")
    if not isinstance(code, str) or not isinstance(title, str):
        return None
    return Document(code, title)


@functools.cache
def rounds() -> tuple[Round, ...]:
    """The rounds the app knows, by year; a file that cannot be read gives none."""
    try:
        doc = json.loads(resource(*ROUNDS_FILE).read_text(encoding="utf-8"))
        entries = doc["rounds"]
    except (OSError, ValueError, KeyError, TypeError):
        return ()
    out = []
    for e in entries if isinstance(entries, list) else []:
        if not isinstance(e, dict) or isinstance(e.get("year"), bool) or not isinstance(e.get("year"), int):
            continue
        note = e.get("note")
        out.append(
            Round(
                e["year"],
                _document(e.get("plan")),
                _document(e.get("report")),
                e.get("verified") is True,
                note if isinstance(note, str) else "",
            )
        )
    return tuple(sorted(out, key=lambda r: r.year))


def find(year: int | None) -> Round | None:
    """The round of ``year``, if the app knows it."""
    return next((r for r in rounds() if r.year == year), None)


def report_code(year: int | None) -> str | None:
    """The item code of the results report in round ``year`` (``O37``)."""
    found = find(year)
    return found.report.code if found and found.report else None
