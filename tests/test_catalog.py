"""The catalog of common measures shipped with the app."""

import pytest

from itadesk.catalog import CATALOG, load_catalog
from itadesk.model import DEFAULT_UNITS, ORGANIZATION_TYPES
from itadesk.resources import resource


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


HEADS = {
    "เทศบาลตำบล": "นายกเทศมนตรี",
    "เทศบาลเมือง": "นายกเทศมนตรี",
    "เทศบาลนคร": "นายกเทศมนตรี",
    "องค์การบริหารส่วนตำบล": "นายกองค์การบริหารส่วนตำบล",
    "องค์การบริหารส่วนจังหวัด": "นายกองค์การบริหารส่วนจังหวัด",
    "ส่วนราชการ": "หัวหน้าส่วนราชการ",
    None: "ผู้บริหาร",
}


@pytest.mark.parametrize("org_type", [*ORGANIZATION_TYPES, None])
def test_catalog_is_worded_for_every_organization_type(org_type):
    from itadesk.catalog import PLACEHOLDER, wording

    assert set(HEADS) >= set(ORGANIZATION_TYPES)
    entries = load_catalog(org_type)
    text = "\n".join(s for e in entries for s in (e.title, e.about, *e.steps))
    assert "{" not in text and "}" not in text
    no_gift = next(e for e in entries if "No Gift" in e.title)
    assert no_gift.steps[0].startswith(HEADS[org_type] + "ลงนาม")
    assert wording(org_type)["staff"] in no_gift.steps[1]
    if org_type is not None and not org_type.startswith("เทศบาล"):
        assert "เทศบาล" not in text and "เทศมนตรี" not in text
    if org_type is not None and org_type.startswith("เทศบาล"):
        assert "องค์การบริหารส่วน" not in text
    raw = resource(*CATALOG).read_text(encoding="utf-8")
    assert set(PLACEHOLDER.findall(raw)) <= set(wording(org_type))
