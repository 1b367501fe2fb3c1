"""Finding text across every measure of the open report (Ctrl+F, F3).

Every measure is searched — titles, every list item, the ticked
divisions, the follow-up and the photos' captions — whether its tab has been built or not: a built page is read from
its widgets (what is on screen, saved or not), any other from the report.
A ``Match`` names the measure, the field, the row and the characters found, so
the window can open that tab and select them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import outline
from ..model import LIST_FIELDS, Measure

# The fields searched, in the order they appear on a measure's page.
FIELDS: tuple[str, ...] = ("title", "responsible_units", *LIST_FIELDS, "follow_up", "photos")


@dataclass(frozen=True)
class Match:
    """Where a search found its text."""

    measure: int  # index in the report
    field: str  # one of FIELDS
    row: int  # the list row (items flattened as the editor shows them), the division's or photo's position, 0 for the title
    start: int
    length: int


# (measure index, field, row, text): what there is to search.
Text = tuple[int, str, int, str]


def measure_texts(index: int, measure: Measure) -> Iterator[Text]:
    """The texts of a measure as stored, in the rows its page would show."""
    yield index, "title", 0, measure.title
    for row, unit in enumerate(measure.responsible_units):
        yield index, "responsible_units", row, unit
    for name in LIST_FIELDS:
        for row, (_level, text) in enumerate(outline.flatten(measure.items_of(name))):
            yield index, name, row, text
    if measure.follow_up:
        yield index, "follow_up", 0, measure.follow_up
    for row, photo in enumerate(measure.photos):
        yield index, "photos", row, photo.caption


def find_all(texts: Iterable[Text], needle: str) -> list[Match]:
    """Every place ``needle`` occurs (case-insensitive for Latin letters;
    spaces at its ends kept as typed)."""
    if not needle.strip():
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    out = []
    for index, field, row, text in texts:
        for m in pattern.finditer(text):
            out.append(Match(index, field, row, m.start(), m.end() - m.start()))
    order = {name: i for i, name in enumerate(FIELDS)}
    out.sort(key=lambda m: (m.measure, order[m.field], m.row, m.start))
    return out
