"""The catalog of common ITA measures shipped in ``resources/catalog.json``.

A starting point the clerk picks from when adding a measure: a title, usual
steps and the usual responsible unit, all in Thai. The clerk edits the copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .model import Item, Measure
from .resources import resource

CATALOG = ("catalog.json",)


@dataclass(frozen=True)
class CatalogEntry:
    title: str
    about: str
    steps: tuple[str, ...]
    responsible_units: tuple[str, ...]

    def to_measure(self, units: list[str] | None = None) -> Measure:
        """A new measure from this entry. ``units`` are the organization's
        units: an entry's unit is matched to one of them when the names agree
        on their start (``สำนักปลัด`` → ``สำนักปลัดเทศบาล``)."""
        return Measure(
            title=self.title,
            steps=[Item(s) for s in self.steps],
            responsible_units=[_match_unit(u, units or []) for u in self.responsible_units],
        )


def _match_unit(unit: str, units: list[str]) -> str:
    if unit in units:
        return unit
    for candidate in units:
        if candidate.startswith(unit) or unit.startswith(candidate):
            return candidate
    return unit


def load_catalog() -> list[CatalogEntry]:
    doc = json.loads(resource(*CATALOG).read_text(encoding="utf-8"))
    return [
        CatalogEntry(
            title=e["title"],
            about=e.get("about", ""),
            steps=tuple(e.get("steps", [])),
            responsible_units=tuple(e.get("responsible_units", [])),
        )
        for e in doc["measures"]
    ]
