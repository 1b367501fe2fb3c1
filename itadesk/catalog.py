"""The catalog of common ITA measures shipped in ``resources/catalog.json``.

A starting point the clerk picks from when adding a measure: a title, usual
steps and the usual responsible unit, all in Thai. The clerk edits the copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .model import Item, Measure
from .resources import resource

CATALOG = ("catalog.json",)

# The catalog's text says ``{head}``, ``{council}``, ``{staff}``, ``{contract_staff}``,
# ``{deputy}`` where the wording depends on the kind of organization: a เทศบาล
# has a นายกเทศมนตรี, an อบต. a นายกองค์การบริหารส่วนตำบล.
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MUNICIPALITY = {
    "head": "นายกเทศมนตรี",
    "council": "สภาเทศบาล",
    "staff": "พนักงานเทศบาล",
    "contract_staff": "พนักงานจ้าง",
    "deputy": "ปลัดเทศบาล",
}
WORDING: dict[str | None, dict[str, str]] = {
    "เทศบาลตำบล": _MUNICIPALITY,
    "เทศบาลเมือง": _MUNICIPALITY,
    "เทศบาลนคร": _MUNICIPALITY,
    "องค์การบริหารส่วนตำบล": {
        "head": "นายกองค์การบริหารส่วนตำบล",
        "council": "สภาองค์การบริหารส่วนตำบล",
        "staff": "พนักงานส่วนตำบล",
        "contract_staff": "พนักงานจ้าง",
        "deputy": "ปลัดองค์การบริหารส่วนตำบล",
    },
    "องค์การบริหารส่วนจังหวัด": {
        "head": "นายกองค์การบริหารส่วนจังหวัด",
        "council": "สภาองค์การบริหารส่วนจังหวัด",
        "staff": "พนักงานส่วนจังหวัด",
        "contract_staff": "พนักงานจ้าง",
        "deputy": "ปลัดองค์การบริหารส่วนจังหวัด",
    },
    "ส่วนราชการ": {
        "head": "หัวหน้าส่วนราชการ",
        "council": "คณะกรรมการ",
        "staff": "ข้าราชการ",
        "contract_staff": "ลูกจ้าง",
        "deputy": "รองหัวหน้าส่วนราชการ",
    },
    None: {  # the type not given: words that fit any organization
        "head": "ผู้บริหาร",
        "council": "สภาท้องถิ่น",
        "staff": "พนักงาน",
        "contract_staff": "พนักงานจ้าง",
        "deputy": "ปลัด",
    },
}


def wording(org_type: str | None) -> dict[str, str]:
    """The words for ``org_type`` (an unknown type gets the general words)."""
    return WORDING.get(org_type) or WORDING[None]


def fill(text: str, org_type: str | None) -> str:
    """``text`` with its placeholders in the words of ``org_type``."""
    words = wording(org_type)
    return PLACEHOLDER.sub(lambda m: words[m.group(1)], text)


@dataclass(frozen=True)
class CatalogEntry:
    """A ready-made measure of the catalogue."""

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


def load_catalog(org_type: str | None = None) -> list[CatalogEntry]:
    """The entries, worded for an organization of ``org_type``."""
    doc = json.loads(resource(*CATALOG).read_text(encoding="utf-8"))
    return [
        CatalogEntry(
            title=fill(e["title"], org_type),
            about=fill(e.get("about", ""), org_type),
            steps=tuple(fill(s, org_type) for s in e.get("steps", [])),
            responsible_units=tuple(e.get("responsible_units", [])),
        )
        for e in doc["measures"]
    ]
