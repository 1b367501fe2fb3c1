"""The exchange file: checking, round trips, and what bad files say."""

import copy
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk import exchange, messages
from itadesk.errors import NotJsonError, ValidationError


def test_sample_round_trips_exactly(sample_doc):
    assert exchange.dump_report(exchange.parse_report(sample_doc)) == sample_doc


def test_sample_round_trips_through_the_database(sample_db, sample_doc):
    org = sample_db.resolve_organization()
    report = sample_db.load_report(org.id, 2568)
    assert exchange.dump_report(report) == sample_doc


def test_sample_warnings(sample_report):
    # The real report's measure 4 ends on 30 October 2568, past the fiscal year.
    problems = exchange.check_report(sample_report)
    assert [(p.path, p.code) for p in problems] == [("measures[3].period_end", "outside_fiscal_year")]
    assert messages.warning_for_clerk(problems[0]) == "มาตรการที่ ๔ วันสิ้นสุด: อยู่นอกปีงบประมาณ (๓๐ ต.ค. ๒๕๖๘)"


def test_equality_rules(sample_doc):
    doc = copy.deepcopy(sample_doc)
    m = doc["measures"][0]
    m["steps"][0] = {"text": m["steps"][0]}  # "x" == {"text": "x"}
    m["steps"][1] = {"text": m["steps"][1], "items": []}
    m["list_styles"] = {"steps": "numbered"}  # numbered == none
    del m["target_count"]  # absent == null
    del doc["organization"]["type"]
    doc["signatories"] = []  # empty == absent
    normalized = exchange.normalize(doc)
    expected = copy.deepcopy(sample_doc)
    del expected["organization"]["type"]
    assert normalized == expected


# --- generated documents ---------------------------------------------------------

# any text a clerk could have stored: every character but lone surrogates and the
# control characters the importer refuses (tab and line breaks are text)
text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r"),
    max_size=40,
)
nonempty = text.filter(bool)
item = st.recursive(
    text,
    lambda children: st.fixed_dictionaries(
        {"text": text, "items": st.lists(children, min_size=1, max_size=3)}
    ),
    max_leaves=8,
)
dates = st.dates(
    min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2200, 12, 31)
)


@st.composite
def measures(draw):
    m = {"title": draw(nonempty)}
    for name in ("steps", "results", "outcomes"):
        m[name] = draw(st.lists(item, max_size=4))
    m["responsible_units"] = draw(st.lists(nonempty, max_size=3))
    start = draw(st.none() | dates)
    end = draw(st.none() | dates)
    if start and end and end < start:
        start, end = end, start
    if start:
        m["period_start"] = start.isoformat()
    if end:
        m["period_end"] = end.isoformat()
    m["target_count"] = draw(st.none() | st.integers(0, 10**6))
    m["participant_count"] = draw(st.none() | st.integers(0, 10**6))
    styles = draw(
        st.dictionaries(
            st.sampled_from(["steps", "results", "outcomes"]), st.sampled_from(["bulleted", "plain"])
        )
    )
    if styles:
        m["list_styles"] = styles
    return m


@st.composite
def documents(draw):
    org = {"name": draw(nonempty)}
    for key in ("type", "district", "province"):
        if draw(st.booleans()):
            org[key] = draw(text)
    units = draw(st.lists(nonempty, max_size=4))
    if units:
        org["units"] = units
    doc = {
        "format": "itadesk-report",
        "version": 1,
        "organization": org,
        "fiscal_year_be": draw(st.integers(2500, 2700)),
    }
    if draw(st.booleans()):
        doc["title"] = draw(text)
    doc["measures"] = draw(st.lists(measures(), max_size=4))
    sigs = draw(
        st.lists(st.fixed_dictionaries({"role": text}, optional={"name": text, "position": text}), max_size=3)
    )
    if sigs:
        doc["signatories"] = sigs
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_round_trip(doc):
    assert exchange.normalize(doc) == doc
    # and through JSON text, as a file would carry it
    assert json.loads(exchange.dumps_report(exchange.parse_report(doc))) == doc


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(documents())
def test_generated_documents_round_trip_through_sqlite(tmp_path_factory, doc):
    from itadesk.storage import Database

    path = tmp_path_factory.mktemp("rt") / "rt.db"
    with Database(path) as db:
        stored = db.import_report(exchange.parse_report(doc))
    with Database(path, readonly=True) as db:
        again = db.load_report(stored.organization.id, doc["fiscal_year_be"])
    assert exchange.dump_report(again) == doc


# --- bad files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe{\x00}\x00", "encoding"),
        ("สวัสดี".encode("cp874"), "encoding"),
        (b'{"format": "itadesk-report", "version": 1, "organ', "truncated"),
        (b"<html><body>not json</body></html>", "invalid"),
        (b"format,version\nitadesk-report,1\n", "invalid"),
    ],
)
def test_unreadable_files(tmp_path, data, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(NotJsonError) as info:
        exchange.load_report(path)
    assert info.value.reason == reason
    assert "bad.json" in messages.describe(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(NotJsonError) as info:
        exchange.load_report(tmp_path / "nope.json")
    assert info.value.reason == "missing"


def test_bom_is_accepted(tmp_path, sample_doc):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_doc, ensure_ascii=False).encode())
    assert exchange.load_report(path).organization.name == "เทศบาลตำบลขามทะเลสอ"


def _break(sample_doc, change):
    doc = copy.deepcopy(sample_doc)
    change(doc)
    return doc


BAD_DOCUMENTS = [
    ("array", lambda d: d.clear() or d.update({"x": 1}), "x", "unknown_field"),
    ("wrong format", lambda d: d.update(format="other"), "format", "wrong_format"),
    ("wrong version", lambda d: d.update(version=3), "version", "wrong_version"),
    ("version true", lambda d: d.update(version=True), "version", "wrong_version"),
    ("no title", lambda d: d["measures"][1].pop("title"), "measures[1].title", "missing"),
    ("empty title", lambda d: d["measures"][1].update(title=""), "measures[1].title", "empty"),
    (
        "30 February",
        lambda d: d["measures"][2].update(period_end="2025-02-30"),
        "measures[2].period_end",
        "bad_date",
    ),
    (
        "BE date",
        lambda d: d["measures"][2].update(period_start="2568-01-01", period_end="2568-01-02"),
        None,
        None,
    ),
    (
        "not ISO",
        lambda d: d["measures"][2].update(period_start="1/10/2024"),
        "measures[2].period_start",
        "bad_date",
    ),
    (
        "ends first",
        lambda d: d["measures"][0].update(period_end="2024-11-30"),
        "measures[0].period_end",
        "ends_before_start",
    ),
    ("negative", lambda d: d["measures"][1].update(target_count=-1), "measures[1].target_count", "negative"),
    (
        "float count",
        lambda d: d["measures"][1].update(target_count=7.5),
        "measures[1].target_count",
        "not_integer",
    ),
    (
        "bool count",
        lambda d: d["measures"][1].update(participant_count=True),
        "measures[1].participant_count",
        "not_integer",
    ),
    ("year low", lambda d: d.update(fiscal_year_be=2499), "fiscal_year_be", "year_range"),
    ("year high", lambda d: d.update(fiscal_year_be=2701), "fiscal_year_be", "year_range"),
    ("CE year", lambda d: d.update(fiscal_year_be=2025), "fiscal_year_be", "year_range"),
    ("year string", lambda d: d.update(fiscal_year_be="2568"), "fiscal_year_be", "not_integer"),
    ("item number", lambda d: d["measures"][0]["steps"].append(5), "measures[0].steps[4]", "bad_item"),
    (
        "sub-item number",
        lambda d: d["measures"][1]["results"][0]["items"].append(1),
        "measures[1].results[0].items[1]",
        "bad_item",
    ),
    (
        "item no text",
        lambda d: d["measures"][0]["steps"].append({"items": []}),
        "measures[0].steps[4].text",
        "missing",
    ),
    (
        "bad style",
        lambda d: d["measures"][0].update(list_styles={"steps": "roman"}),
        "measures[0].list_styles.steps",
        "bad_list_style",
    ),
    ("no org name", lambda d: d["organization"].pop("name"), "organization.name", "missing"),
    ("no measures", lambda d: d.pop("measures"), "measures", "missing"),
    (
        "empty unit",
        lambda d: d["measures"][0]["responsible_units"].append(""),
        "measures[0].responsible_units[2]",
        "empty",
    ),
    ("extra field", lambda d: d["measures"][0].update(budget=5), "measures[0].budget", "unknown_field"),
    ("null title", lambda d: d.update(title=None), "title", "not_text"),
    (
        "terminal escape",
        lambda d: d["measures"][0].update(title="\x1b[2Jมาตรการ"),
        "measures[0].title",
        "control_characters",
    ),
    (
        "NUL in a unit",
        lambda d: d["measures"][0]["responsible_units"].append("กอง\x00"),
        "measures[0].responsible_units[2]",
        "control_characters",
    ),
]


@pytest.mark.parametrize("name, change, path, code", BAD_DOCUMENTS, ids=[b[0] for b in BAD_DOCUMENTS])
def test_bad_documents_name_the_field(sample_doc, name, change, path, code):
    doc = _break(sample_doc, change)
    if path is None:  # a Buddhist-Era year in an ISO date is a valid (far-future) date:
        # it imports, and the clerk is warned that the period is outside the fiscal year
        report = exchange.parse_report(doc)
        assert report.measures[2].period_start == dt.date(2568, 1, 1)
        warned = {(p.path, p.code) for p in exchange.check_report(report)}
        assert {
            ("measures[2].period_start", "outside_fiscal_year"),
            ("measures[2].period_end", "outside_fiscal_year"),
        } <= warned
        return
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    assert (path, code) in [(p.path, p.code) for p in info.value.problems]
    text = messages.describe(info.value)
    assert path in text


def test_error_message_matches_the_documented_form(sample_doc):
    doc = _break(sample_doc, lambda d: d["measures"][2].update(period_end="2025-02-30"))
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    text = messages.describe(info.value)
    assert "measures[2].period_end: วันที่ไม่ถูกต้อง (2025-02-30)" in text
    assert "มาตรการที่ ๓ วันสิ้นสุด — measures[2].period_end" in text  # where a clerk finds it


def test_warnings_do_not_stop_import(sample_doc):
    doc = _break(sample_doc, lambda d: d["measures"][1].update(participant_count=80))
    report = exchange.parse_report(doc)
    codes = [p.code for p in exchange.check_report(report)]
    assert "above_target" in codes


def test_not_an_object():
    with pytest.raises(ValidationError):
        exchange.parse_report([1, 2, 3])


def test_lone_surrogate_refused(sample_doc):
    doc = _break(sample_doc, lambda d: d["measures"][0].update(title="a\ud800b"))
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    assert info.value.problems[0].code == "bad_characters"


def test_strings_kept_exactly(sample_doc):
    tricky = "  <b>&amp; ๑. \u200b\u00a0 tab\there\nline  "
    doc = _break(sample_doc, lambda d: d["measures"][0]["steps"].insert(0, tricky))
    assert exchange.dump_report(exchange.parse_report(doc))["measures"][0]["steps"][0] == tricky


def test_save_report_leaves_only_the_file(tmp_path, sample_report):
    path = tmp_path / "out.json"
    exchange.save_report(sample_report, path)
    assert json.loads(path.read_text(encoding="utf-8"))["fiscal_year_be"] == 2568
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_written_files_get_ordinary_permissions(tmp_path, sample_report):
    import os
    import stat

    path = tmp_path / "perm.json"
    exchange.save_report(sample_report, path)
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o644


def _chain_doc(levels: int) -> list:
    items: list = []
    for k in range(levels, 0, -1):
        items = [{"text": f"ชั้น {k}", "items": items}] if items else [f"ชั้น {k}"]
    return items


def test_lists_hold_the_apps_nesting_limit_and_refuse_deeper(sample_doc):
    from itadesk import outline

    doc = _break(sample_doc, lambda d: d["measures"][0].update(steps=_chain_doc(outline.MAX_LEVEL)))
    report = exchange.parse_report(doc)
    assert outline.depth(report.measures[0].steps) == outline.MAX_LEVEL == exchange.MAX_DEPTH
    doc = _break(sample_doc, lambda d: d["measures"][0].update(steps=_chain_doc(outline.MAX_LEVEL + 1)))
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    assert "too_deep" in [p.code for p in info.value.problems]


WRITER = r"""
import sys
from pathlib import Path
from itadesk import exchange
path, a, b = Path(sys.argv[1]), exchange.load_report(sys.argv[2]), exchange.load_report(sys.argv[3])
n = 0
while True:
    exchange.save_report(a if n % 2 == 0 else b, path)
    n += 1
    if n == 1:
        print("first", flush=True)
"""


def test_save_report_is_atomic_when_the_writer_is_killed(tmp_path, sample_report):
    """A writer killed at any moment leaves the old file or the new one, whole."""
    import random
    import subprocess
    import sys
    import time

    a_report = copy.deepcopy(sample_report)
    b_report = copy.deepcopy(sample_report)
    b_report.measures = b_report.measures * 40  # a bigger file: a longer write to land in
    a_path, b_path = tmp_path / "a.json", tmp_path / "b.json"
    exchange.save_report(a_report, a_path)
    exchange.save_report(b_report, b_path)
    wholes = {a_path.read_bytes(), b_path.read_bytes()}
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    rng = random.Random(11)
    for _ in range(15):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(out), str(a_path), str(b_path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline() == "first\n"
        time.sleep(rng.uniform(0, 0.05))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert out.read_bytes() in wholes
    # a killed write may leave its hidden temporary file, never a partial report.json
    leftovers = [p.name for p in out.parent.iterdir() if p.name != "report.json"]
    assert all(n.startswith(".report.json.") and n.endswith(".tmp") for n in leftovers), leftovers


# --- version 2 -------------------------------------------------------------------------


def _v2_report(sample_report):
    from itadesk.model import Analysis

    report = copy.deepcopy(sample_report)
    report.organization.budget_column = True
    report.ita_round = 2568
    report.show_item_code = True
    report.cover_lines = ["รายงานผลการดำเนินการเพื่อส่งเสริม", "คุณธรรมและความโปร่งใสภายในหน่วยงาน"]
    report.heading_lines = ["รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงาน"]
    report.markers = {"numbered": ["dot", "paren", "paren"], "bulleted": ["bullet"]}
    report.analysis = Analysis(
        note="ข้อความ", score="85.50", level="A", weaknesses=["จุดอ่อน ๑"], improvements=["ปรับปรุง ๑", "๒"]
    )
    report.measures[0].budget = "12450.50"
    report.measures[1].budget = "ไม่ใช้งบประมาณ"
    report.measures[2].follow_up = "รายงานนายกทุกไตรมาส"
    return report


def test_a_report_using_nothing_new_is_written_as_version_1(sample_report, sample_path):
    assert exchange.dumps_report(sample_report) == exchange.dumps_report(sample_report, 1)
    assert json.loads(exchange.dumps_report(sample_report))["version"] == 1
    forced = json.loads(exchange.dumps_report(sample_report, 2))
    assert forced["version"] == 2
    assert exchange.parse_report(forced) == sample_report


def test_version_2_round_trip(sample_report, tmp_path):
    report = _v2_report(sample_report)
    text = exchange.dumps_report(report)
    doc = json.loads(text)
    assert doc["version"] == 2
    assert doc["organization"]["budget_column"] is True
    assert doc["measures"][0]["budget"] == "12450.50"
    assert isinstance(doc.get("title", ""), str)  # the v1 key keeps its shape
    path = tmp_path / "v2.json"
    exchange.save_report(report, path)
    again = exchange.load_report(path)
    assert again == report
    assert exchange.dumps_report(again) == text
    with pytest.raises(ValueError):
        exchange.dumps_report(report, 1)


@pytest.mark.parametrize(
    "change, path, code",
    [
        (lambda d: d.update(markers={"numbered": ["roman"]}), "markers.numbered", "bad_markers"),
        (lambda d: d.update(markers={"numbered": []}), "markers.numbered", "bad_markers"),
        (lambda d: d.update(ita={"round": "2568"}), "ita.round", "not_integer"),
        (lambda d: d.update(ita={"show_item_code": 1}), "ita.show_item_code", "not_boolean"),
        (lambda d: d["measures"][0].update(budget="12,450"), "measures[0].budget", "bad_amount"),
        (lambda d: d["measures"][0].update(budget=12450), "measures[0].budget", "not_text"),
        (lambda d: d.update(title_lines={"cover": [""]}), "title_lines.cover[0]", "empty"),
        (lambda d: d.update(analysis={"weaknesses": "x"}), "analysis.weaknesses", "not_list"),
        (
            lambda d: d["organization"].update(budget_column="yes"),
            "organization.budget_column",
            "not_boolean",
        ),
    ],
)
def test_version_2_fields_are_checked(sample_doc, change, path, code):
    doc = copy.deepcopy(sample_doc)
    doc["version"] = 2
    change(doc)
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    assert (path, code) in [(p.path, p.code) for p in info.value.problems]


@pytest.mark.parametrize("key", ["ita", "title_lines", "markers", "analysis"])
def test_a_version_1_file_with_a_version_2_key_is_refused_as_before(sample_doc, key):
    doc = copy.deepcopy(sample_doc)
    doc[key] = {}
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    assert [(p.path, p.code) for p in info.value.problems] == [(key, "unknown_field")]


def test_stored_rows_with_bad_version_2_columns_are_named():
    problems = exchange.check_stored_report(
        {"name": "ก", "units": "[]", "budget_column": 1},
        {"fiscal_year_be": 2568, "signatories": "[]", "markers": '{"numbered": ["x"]}', "title_lines": "[]"},
        [
            {
                "title": "ม",
                "steps": "[]",
                "results": "[]",
                "outcomes": "[]",
                "responsible_units": "[]",
                "list_styles": "{}",
                "position": 0,
                "budget": "abc",
            }
        ],
    )
    assert {p.path for p in problems} >= {"markers.numbered", "title_lines", "measures[0].budget"}


def test_no_export_makes_a_file_the_import_refuses(tmp_path, sample_report):
    """A measure the clerk left without a title: the import would refuse the
    file, so the export refuses first and leaves the earlier file as it was;
    a rescue of unsaved work (check=False) still writes everything."""
    from itadesk.errors import UnexportableReportError

    path = tmp_path / "out.json"
    path.write_text("earlier export\n", encoding="utf-8")
    sample_report.measures[1].title = ""
    with pytest.raises(UnexportableReportError) as caught:
        exchange.save_report(sample_report, path)
    assert [p.path for p in caught.value.problems] == ["measures[1].title"]
    assert path.read_text(encoding="utf-8") == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]

    exchange.save_report(sample_report, path, check=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["measures"][1]["title"] == ""
    with pytest.raises(ValidationError):
        exchange.parse_report(doc)
