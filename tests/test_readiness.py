"""The readiness check: what a reviewer would catch, as data (``itadesk.readiness``),
and its Thai lines (``messages.readiness_line``)."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

from itadesk import messages, readiness
from itadesk.model import Item, Measure, Signatory


def kinds(findings):
    return [(f.kind, f.path) for f in findings]


def test_the_sample(sample_report):
    found = readiness.check(sample_report)
    assert kinds(found) == [
        ("no_signatories", "signatories"),
        ("outside_fiscal_year", "measures[3].period_end"),
    ]
    assert found[1].date == dt.date(2025, 10, 30) and found[1].measure == 3 and found[1].field == "period_end"


def test_the_sample_copied_to_a_new_year(sample_db):
    org = sample_db.organizations()[0]
    report = sample_db.new_year_from(org.id, 2568)
    found = readiness.check(report)
    assert ("old_year_in_title", "measures[4].title") in kinds(found)
    title = next(f for f in found if f.kind == "old_year_in_title")
    assert title.year == 2568 and title.fiscal_year == 2569
    for i in range(5):
        assert ("empty_list", f"measures[{i}].results") in kinds(found)
        assert ("empty_list", f"measures[{i}].outcomes") in kinds(found)
        assert ("empty_list", f"measures[{i}].steps") not in kinds(found)  # copied
    assert ("outside_fiscal_year", "measures[3].period_end") in kinds(found)
    lines = [messages.readiness_line(f) for f in found]
    assert "มาตรการที่ ๕ ชื่อมาตรการ: ยังเขียนปี ๒๕๖๘ ซึ่งเป็นปีก่อน แก้เป็นปี ๒๕๖๙ ถ้าเป็นรายงานของปีนี้" in lines
    assert all(line.isprintable() for line in lines)


def test_a_ready_report_has_no_findings(sample_report):
    report = copy.deepcopy(sample_report)
    report.signatories = [Signatory("ผู้รายงาน", "นางสาวสมใจ ใจดี", "นักวิเคราะห์นโยบายและแผน")]
    report.measures[3].period_end = dt.date(2025, 9, 30)
    assert readiness.check(report) == []


def test_each_kind(sample_report):
    report = copy.deepcopy(sample_report)
    report.title = "รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2567"
    report.signatories = [Signatory("ผู้อนุมัติ")]
    m = report.measures[1]  # 60 of 70, "ร้อยละ ๘๕.๗๑" and "๖๐ คน" in the results
    m.participant_count = 65
    report.measures.append(Measure(title="", steps=[Item("  ")], period_end=dt.date(2025, 1, 1)))
    report.measures.append(
        Measure(
            title="ก",
            steps=[Item("x")],
            results=[Item("x")],
            outcomes=[Item("x")],
            responsible_units=["สำนักปลัด"],
            period_start=dt.date(2025, 5, 1),
            period_end=dt.date(2025, 4, 1),
            target_count=10,
            participant_count=12,
        )
    )
    found = readiness.check(report)
    got = kinds(found)
    assert ("old_year_in_report_title", "title") in got
    assert ("signatory_without_name", "signatories[0].name") in got
    assert ("percent_mismatch", "measures[1].results") in got
    pm = next(f for f in found if f.kind == "percent_mismatch")
    assert pm.stated == Decimal("85.71") and pm.computed == Decimal("92.86")
    people = next(f for f in found if f.kind == "participants_mismatch")
    assert (people.stated, people.computed) == (60, 65)
    for kind, path in [
        ("empty_title", "measures[5].title"),
        ("empty_list", "measures[5].steps"),
        ("no_units", "measures[5].responsible_units"),
        ("no_period", "measures[5].period_start"),
        ("ends_before_start", "measures[6].period_end"),
        ("above_target", "measures[6].participant_count"),
    ]:
        assert (kind, path) in got
    assert set(f.kind for f in found) <= set(readiness.KINDS)
    for f in found:  # every kind is worded, in Thai, with the place first
        line = messages.readiness_line(f)
        assert f.kind not in line and ": " in line
        assert messages.readiness_line(f, "arabic").translate(str.maketrans("", "", "๐๑๒๓๔๕๖๗๘๙")) == (
            messages.readiness_line(f, "arabic")
        )


def test_no_measures(sample_report):
    report = copy.deepcopy(sample_report)
    report.measures = []
    assert ("no_measures", "measures") in kinds(readiness.check(report))


def test_years_in_titles():
    assert readiness._old_years("ในปี ๒๕๖๘ และ พ.ศ.2567", 2569) == [2568, 2567]
    assert readiness._old_years("ปี 2569 เลขที่ 125680 โทร 02568", 2569) == []
    assert readiness._old_years("ปี 2500", 2569) == []  # too far back to be last year's copy


def test_stated_participants():
    assert readiness.stated_participants("ผู้เข้าร่วมกิจกรรม ๑,๒๐๐ คน จากกลุ่มเป้าหมาย ๑,๕๐๐ คน") == [1200]
    assert readiness.stated_participants("มีผู้เข้าร่วมประชุมประกอบด้วย ผอ. กองทุกกอง") == []


def test_report_settings_findings():
    import copy

    from itadesk import messages
    from itadesk.exchange import load_report
    from itadesk.resources import SAMPLE_REPORT, resource

    report = copy.deepcopy(load_report(resource(*SAMPLE_REPORT)))
    report.cover_lines = ["รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"]
    report.show_item_code = True
    report.ita_round = 2569  # not confirmed in rounds.json
    report.organization.budget_column = True
    report.measures[0].budget = "0"
    found = readiness.check(report)
    kinds = {(f.kind, f.path) for f in found}
    assert (readiness.OLD_YEAR_IN_REPORT_TITLE, "title_lines.cover") in kinds
    assert (readiness.UNVERIFIED_ITEM_CODE, "ita.round") in kinds
    assert (readiness.NO_BUDGET, "measures[1].budget") in kinds
    assert (readiness.NO_BUDGET, "measures[0].budget") not in kinds
    for f in found:
        assert messages.readiness_problem(f) != f.kind
    report.ita_round = 2568
    assert not any(f.kind == readiness.UNVERIFIED_ITEM_CODE for f in readiness.check(report))
