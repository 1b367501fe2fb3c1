"""The catalog of common measures shipped with the app."""

from itadesk.catalog import load_catalog
from itadesk.model import DEFAULT_UNITS


def test_catalog_covers_the_usual_measures_in_thai():
    entries = load_catalog()
    assert len(entries) >= 12
    titles = " ".join(e.title for e in entries)
    for word in ("No Gift", "ผลประโยชน์ทับซ้อน", "สินบน", "ร้องเรียน", "จัดซื้อจัดจ้าง", "E-Service", "ความเสี่ยง"):
        assert word in titles
    for e in entries:
        assert e.steps and e.responsible_units and e.about
        assert all(not s[0].isdigit() and not s.startswith(("-", "๑")) for s in e.steps)


def test_entry_units_match_the_organizations_names():
    entry = next(e for e in load_catalog() if "No Gift" in e.title)
    measure = entry.to_measure(DEFAULT_UNITS["เทศบาลเมือง"])
    assert measure.responsible_units == ["สำนักปลัดเทศบาล"]
    assert [i.text for i in measure.steps] == list(entry.steps)
    assert measure.id is None and measure.results == []
