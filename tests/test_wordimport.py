"""Reading last year's report from Word (.docx): the styles clerks use, the
pieces that cannot be placed, bad files, and the command line."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from itadesk import exchange, messages, thaifmt, wordimport
from itadesk.errors import ImportFieldMissingError, NoReportTableError, TooManyRowsError, WordFileError
from itadesk.model import Item, Measure, Organization, Report
from itadesk.wordimport import import_docx, split_units

from .conftest import dump_db
from .docxmaker import HEADERS, STYLES, write_docx

DATA = Path(__file__).parent / "data" / "word"
THAI = range(0x0E00, 0x0E80)


def _measures(doc: dict) -> list[dict]:
    """What a Word document carries of each measure (not the counts, which
    live in the results' sentences)."""
    return [
        {k: v for k, v in m.items() if k not in ("target_count", "participant_count")}
        for m in doc["measures"]
    ]


def _assert_same_report(got: Report, source: dict) -> None:
    doc = exchange.dump_report(got)
    assert _measures(doc) == _measures(source)
    assert doc["fiscal_year_be"] == source["fiscal_year_be"]
    org, src_org = doc["organization"], source["organization"]
    assert (org["name"], org.get("type"), org.get("district"), org.get("province")) == (
        src_org["name"],
        src_org.get("type"),
        src_org.get("district"),
        src_org.get("province"),
    )
    used = {u for m in source["measures"] for u in m["responsible_units"]}
    assert set(org.get("units", [])) == used
    assert doc.get("title") == (source.get("title") or exchange.dump_report(got).get("title"))


def written_report() -> Report:
    """A report of our own: three levels in every list style, divisions that
    hold spaces and และ, special characters, URLs, Arabic digits typed in the
    text, a one-day period, a measure with no period."""
    org = Organization(
        name="องค์การบริหารส่วนตำบลหนองบัว",
        type="องค์การบริหารส่วนตำบล",
        district="เมืองอุดรธานี",
        province="อุดรธานี",
        units=[],
    )
    deep = [
        Item(
            "ประชุมคณะทำงาน <ครั้งที่ 1> & สรุปผล",
            [
                Item("จัดทำคำสั่งแต่งตั้ง", [Item("ร่างคำสั่ง"), Item("เสนอนายก อบต. ลงนาม")]),
                Item("เผยแพร่ที่ https://www.nongbua.go.th/ita"),
            ],
        ),
        Item("รายงานผลต่อผู้บริหารภายใน 15 วัน"),
    ]
    measures = [
        Measure(
            title="มาตรการป้องกันการรับสินบน",
            steps=copy.deepcopy(deep),
            results=[Item("ผู้เข้าร่วมกิจกรรม 45 คน จากกลุ่มเป้าหมาย 50 คน"), Item("ไม่พบเรื่องร้องเรียน")],
            outcomes=copy.deepcopy(deep),
            responsible_units=["สำนักปลัด", "กองการศึกษา ศาสนาและวัฒนธรรม"],
            period_start=dt.date(2024, 12, 9),
            period_end=dt.date(2024, 12, 9),
            list_styles={"results": "bulleted", "outcomes": "plain"},
        ),
        Measure(
            title="กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้าง (สขร.๑) ผ่านระบบ e-GP",
            steps=[Item("ลงประกาศในระบบ e-GP"), Item("สรุปผลรายเดือน", [Item("ตุลาคม"), Item("พฤศจิกายน")])],
            results=copy.deepcopy(deep),
            outcomes=[Item("ประชาชนตรวจสอบได้")],
            responsible_units=["กองคลัง", "กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม"],
            period_start=dt.date(2024, 10, 1),
            period_end=dt.date(2025, 9, 30),
            list_styles={"steps": "bulleted", "results": "plain"},
        ),
        Measure(
            title="การประเมินความเสี่ยงการทุจริต",
            steps=[Item("ระบุความเสี่ยง"), Item("จัดระดับความเสี่ยง"), Item("กำหนดมาตรการควบคุม")],
            results=[Item("พบความเสี่ยงระดับสูง 2 เรื่อง")],
            outcomes=[],
            responsible_units=["หน่วยตรวจสอบภายใน"],
        ),
    ]
    return Report(org, 2568, measures, title="รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")


# --- every style gives the source report back --------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_sample_round_trips_in_every_style(tmp_path, sample_report, sample_doc, style):
    path = write_docx(sample_report, tmp_path / f"sample-{style}.docx", style)
    result = import_docx(path)
    _assert_same_report(result.report, sample_doc)
    assert result.report.title == sample_doc["title"]
    assert result.not_placed == []
    assert result.from_options == set()


@pytest.mark.parametrize("style", STYLES)
def test_written_report_round_trips_in_every_style(tmp_path, style):
    report = written_report()
    source = exchange.dump_report(report)
    path = write_docx(report, tmp_path / f"written-{style}.docx", style)
    result = import_docx(path)
    _assert_same_report(result.report, source)
    assert result.not_placed == []


def test_the_seed_style_really_has_continuation_rows_and_split_items(tmp_path, sample_report):
    path = write_docx(sample_report, tmp_path / "seed.docx", "seed")
    table = docx.Document(path).tables[0]
    first_cells = [row.cells[0].text for row in table.rows]
    assert first_cells.count("") >= 3  # measures going on under an empty first cell
    # the outcomes of measure ๔ cut in the middle of an item, as in the seed
    texts = [row.cells[3].text for row in table.rows]
    assert any(
        t and not t.lstrip().startswith(("๑", "๒", "๓", "๔", "๕", "๖", "๗", "(", "-")) for t in texts[1:]
    )


def test_numbering_style_uses_bare_vmerge_and_numbering_xml(tmp_path, sample_report):
    path = write_docx(sample_report, tmp_path / "n.docx", "numbering")
    with zipfile.ZipFile(path) as z:
        document = z.read("word/document.xml").decode()
        numbering = z.read("word/numbering.xml").decode()
    assert "<w:vMerge/>" in document and 'w:vMerge w:val="restart"' in document
    assert "thaiNumbers" in numbering and "decimal" in numbering and "thaiLetters" in numbering
    assert "<w:numPr>" in document
    assert "<w:t>มีการประชุมเจ้าหน้าที่เพื่อสร้างความเข้าใจ" in document  # the number is Word's, not typed


def test_br_style_has_line_breaks_inside_paragraphs(tmp_path, sample_report):
    path = write_docx(sample_report, tmp_path / "b.docx", "br")
    with zipfile.ZipFile(path) as z:
        assert z.read("word/document.xml").decode().count("<w:br/>") > 50


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.docx")))
def test_files_saved_by_libreoffice(name, sample_doc):
    """Made by tools/make_word_fixtures.py: LibreOffice's own writing of the
    styles (numbering.xml, merged cells, line breaks), some through .odt."""
    result = import_docx(DATA / name)
    _assert_same_report(result.report, sample_doc)
    assert result.not_placed == []


# --- lists -------------------------------------------------------------------------------------


def _one_measure_doc(
    tmp_path,
    cells: dict[int, list[str]],
    *,
    headers=HEADERS,
    before: list[str] | None = None,
    rows: list[dict[int, list[str]]] | None = None,
    name="t.docx",
) -> Path:
    d = docx.Document()
    for line in before if before is not None else ["ประจำปีงบประมาณ พ.ศ. 2568", "เทศบาลตำบลทดสอบ"]:
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=len(headers))
    for cell, text in zip(table.rows[0].cells, headers, strict=False):
        cell.text = text
    for row_cells in [cells, *(rows or [])]:
        row = table.add_row().cells
        for k, lines in row_cells.items():
            for i, line in enumerate(lines):
                p = row[k].paragraphs[0] if i == 0 else row[k].add_paragraph()
                p.add_run(line)
    path = tmp_path / name
    d.save(path)
    return path


def _items(items):
    return exchange._dump_items(items)


def test_typed_markers_of_every_kind(tmp_path):
    path = _one_measure_doc(
        tmp_path,
        {
            0: ["1. มาตรการทดสอบ"],
            1: ["๑.ประชุม", "(๑) เตรียมห้อง", "(๒)จัดเอกสาร", "๒. สรุปผล", "ก. ภาคเช้า", "ข. ภาคบ่าย"],
            2: ["• ข้อแรก", "• ข้อสอง", "1) ย่อยหนึ่ง", "1.1. ลึกกว่า", "• ข้อสาม"],
            3: ["- ผลลัพธ์", "(ก) ย่อย", "(ข) ย่อยสอง"],
        },
    )
    m = import_docx(path).report.measures[0]
    assert m.title == "มาตรการทดสอบ"
    assert _items(m.steps) == [
        {"text": "ประชุม", "items": ["เตรียมห้อง", "จัดเอกสาร"]},
        {"text": "สรุปผล", "items": ["ภาคเช้า", "ภาคบ่าย"]},
    ]
    assert _items(m.results) == [
        "ข้อแรก",
        {"text": "ข้อสอง", "items": [{"text": "ย่อยหนึ่ง", "items": ["ลึกกว่า"]}]},
        "ข้อสาม",
    ]
    assert _items(m.outcomes) == [{"text": "ผลลัพธ์", "items": ["ย่อย", "ย่อยสอง"]}]
    assert m.list_styles == {"results": "bulleted", "outcomes": "bulleted"}


def test_a_list_restarting_at_one_under_the_same_marker_is_nested(tmp_path):
    """The seed's "(๔) … ดังนี้" followed by "(๑) …": a third level written
    with the second level's marker."""
    path = _one_measure_doc(
        tmp_path,
        {
            0: ["๑. มาตรการ"],
            3: [
                "๑. รายงานสรุป ดังนี้",
                "(๑) จำนวนรายการ",
                "(๒) ข้อเสนอแนะ ดังนี้",
                "(๑)งานที่ซื้อ",
                "(๒)วงเงิน",
                "๒. เผยแพร่",
            ],
        },
    )
    m = import_docx(path).report.measures[0]
    assert _items(m.outcomes) == [
        {
            "text": "รายงานสรุป ดังนี้",
            "items": ["จำนวนรายการ", {"text": "ข้อเสนอแนะ ดังนี้", "items": ["งานที่ซื้อ", "วงเงิน"]}],
        },
        "เผยแพร่",
    ]


def test_a_line_without_marker_continues_the_item_and_plain_lists_stay_items(tmp_path):
    path = _one_measure_doc(
        tmp_path,
        {
            0: ["๑. มาตรการ"],
            1: ["๑. ประชุมเจ้าหน้าที่เพื่อสร้าง", "ความเข้าใจ", "๒. สรุป ผล", "E-Service"],
            2: ["ย่อหน้าแรก", "ย่อหน้าที่สอง"],
        },
        rows=[{1: ["เพิ่มเติม"], 2: ["ย่อหน้าที่สาม"]}],
    )
    m = import_docx(path).report.measures[0]
    assert _items(m.steps) == ["ประชุมเจ้าหน้าที่เพื่อสร้างความเข้าใจ", "สรุป ผล E-Service เพิ่มเติม"]
    assert _items(m.results) == ["ย่อหน้าแรก", "ย่อหน้าที่สอง", "ย่อหน้าที่สาม"]
    assert m.list_styles == {"results": "plain"}


# --- title lines, columns, periods, divisions ---------------------------------------------------------


@pytest.mark.parametrize(
    "lines, year, name, place",
    [
        (
            [
                "รายงานผลการดำเนินการ",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "เทศบาลตำบลขามทะเลสอ",
                "อำเภอขามทะเลสอ จังหวัดนครราชสีมา",
            ],
            2568,
            "เทศบาลตำบลขามทะเลสอ",
            ("ขามทะเลสอ", "นครราชสีมา"),
        ),
        (
            ["องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี ประจำปีงบประมาณ 2567"],
            2567,
            "องค์การบริหารส่วนตำบลหนองบัว",
            ("เมือง", "อุดรธานี"),
        ),
        (["รายงานผล อบต.โนนสูง ประจำปีงบประมาณ พ.ศ.2569"], 2569, "อบต.โนนสูง", (None, None)),
        (["เทศบาลเมืองบ้านไผ่ ประจำปี พ.ศ. 2568", "ปีงบประมาณ 68"], 2568, "เทศบาลเมืองบ้านไผ่", (None, None)),
    ],
)
def test_year_and_organization_from_title_lines(tmp_path, lines, year, name, place):
    path = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"]}, before=lines)
    doc = wordimport.read_docx(path)
    assert (doc.fiscal_year_be, doc.organization_name, doc.place) == (year, name, place)


def test_options_fill_in_and_win(tmp_path):
    path = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"]}, before=["รายงานผลการดำเนินการ"])
    with pytest.raises(ImportFieldMissingError) as info:
        import_docx(path)
    assert info.value.field == "year"
    assert "--year" in messages.describe(info.value, command_line=True)
    assert "--" not in messages.describe(info.value)
    with pytest.raises(ImportFieldMissingError) as info:
        import_docx(path, year=2568)
    assert info.value.field == "org" and "--org" in messages.describe(info.value, command_line=True)
    result = import_docx(path, year=2568, org="เทศบาลตำบลทดสอบ")
    assert (result.report.fiscal_year_be, result.report.organization.name) == (2568, "เทศบาลตำบลทดสอบ")
    assert result.report.organization.type == "เทศบาลตำบล"
    other = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"]}, name="o.docx")  # says 2568, เทศบาลตำบลทดสอบ
    result = import_docx(other, year=2569, org="อบต.อื่น")
    assert (result.report.fiscal_year_be, result.report.organization.name) == (2569, "อบต.อื่น")
    assert result.from_options == {"year", "org"}


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘", (2024, 10, 1), (2025, 9, 30)),
        ("1 ต.ค. 67 - 30 ก.ย. 68", (2024, 10, 1), (2025, 9, 30)),
        ("ต.ค. 2567 - ก.ย. 2568", (2024, 10, 1), (2025, 9, 30)),
        ("ม.ค. - มี.ค. 2568", (2025, 1, 1), (2025, 3, 31)),
        ("ตลอดปีงบประมาณ", (2024, 10, 1), (2025, 9, 30)),
        ("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗", (2023, 10, 1), (2024, 9, 30)),
        ("๙ ธันวาคม ๒๕๖๗", (2024, 12, 9), (2024, 12, 9)),
        ("๑ มกราคม – ๓๐ มิถุนายน ๒๕๖๘", (2025, 1, 1), (2025, 6, 30)),
        ("ระหว่างวันที่ 1/12/2567 ถึงวันที่ 31/1/2568", (2024, 12, 1), (2025, 1, 31)),
        ("กุมภาพันธ์ ๒๕๖๘", (2025, 2, 1), (2025, 2, 28)),
    ],
)
def test_periods_as_people_type_them(tmp_path, text, start, end):
    assert thaifmt.parse_period(text, 2568) == (dt.date(*start), dt.date(*end))
    path = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"], 5: text.split("\n")})
    m = import_docx(path).report.measures[0]
    assert (m.period_start, m.period_end) == (dt.date(*start), dt.date(*end))


def test_an_unreadable_period_is_not_placed_and_left_empty(tmp_path):
    path = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"], 5: ["ไตรมาสที่ ๒"]})
    result = import_docx(path)
    m = result.report.measures[0]
    assert (m.period_start, m.period_end) == (None, None)
    [piece] = result.not_placed
    assert (piece.row, piece.column, piece.text, piece.reason) == (2, 6, "ไตรมาสที่ ๒", "period")
    line = "\n".join(messages.word_not_placed_lines(result))
    assert "แถวที่ ๒ คอลัมน์ที่ ๖ (ระยะเวลา)" in line and "ไตรมาสที่ ๒" in line


@pytest.mark.parametrize(
    "text, units",
    [
        ("กองสาธารณสุข, กองช่าง,", ["กองสาธารณสุข", "กองช่าง"]),
        ("สำนักปลัด กองคลัง กองการศึกษา", ["สำนักปลัด", "กองคลัง", "กองการศึกษา"]),
        ("กองคลังและกองช่าง", ["กองคลัง", "กองช่าง"]),
        ("สำนักปลัด และ กองสาธารณสุขและสิ่งแวดล้อม", ["สำนักปลัด", "กองสาธารณสุขและสิ่งแวดล้อม"]),
        ("กองการศึกษา ศาสนาและวัฒนธรรม\nงานนิติการ", ["กองการศึกษา ศาสนาและวัฒนธรรม", "งานนิติการ"]),
        ("ทุกส่วนราชการ", ["ทุกส่วนราชการ"]),
        ("กองคลัง/กองช่าง", ["กองคลัง", "กองช่าง"]),
    ],
)
def test_divisions_split_and_matched(text, units):
    assert split_units(text) == units


def test_divisions_matched_to_the_organizations_list():
    assert split_units("งานป้องกัน และบรรเทาสาธารณภัย กองช่าง", ["งานป้องกัน และบรรเทาสาธารณภัย"]) == [
        "งานป้องกัน และบรรเทาสาธารณภัย",
        "กองช่าง",
    ]
    assert split_units("กองสาธารณสุข และสิ่งแวดล้อม", ["กองสาธารณสุขและสิ่งแวดล้อม"]) == ["กองสาธารณสุขและสิ่งแวดล้อม"]


def test_extra_columns_and_text_outside_measures_are_listed_not_dropped(tmp_path):
    headers = [*HEADERS, "หมายเหตุ"]
    path = _one_measure_doc(
        tmp_path,
        {0: ["๑. มาตรการ"], 6: ["ดูภาคผนวก ก"]},
        headers=headers,
        rows=[{0: ["ด้านที่ ๒ การเปิดเผยข้อมูล"]}],
    )
    # a row before any measure
    d = docx.Document(path)
    table = d.tables[0]
    first = table.rows[1]._tr
    empty = copy.deepcopy(table.rows[2]._tr)
    first.addprevious(empty)
    for tc in empty.iter(f"{{{wordimport.W_NS}}}tc"):
        for t in tc.iter(f"{{{wordimport.W_NS}}}t"):
            t.text = ""
    cell = table.rows[1].cells[2]
    cell.paragraphs[0].add_run("ข้อความหลงมา")
    d.save(path)
    result = import_docx(path)
    got = {(p.row, p.column, p.reason, p.text) for p in result.not_placed}
    assert (2, 3, "before_first_measure", "ข้อความหลงมา") in got
    assert (3, 7, "unknown_column", "ดูภาคผนวก ก") in got
    assert [m.title for m in result.report.measures] == ["มาตรการ", "ด้านที่ ๒ การเปิดเผยข้อมูล"]


def test_a_heading_row_across_the_table_is_listed(tmp_path):
    d = docx.Document()
    d.add_paragraph("เทศบาลตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    t = d.add_table(rows=3, cols=6)
    for cell, text in zip(t.rows[0].cells, HEADERS, strict=True):
        cell.text = text
    merged = t.rows[1].cells[0].merge(t.rows[1].cells[5])
    merged.text = "ด้านที่ ๑ การป้องกันการทุจริต"
    t.rows[2].cells[0].text = "๑. มาตรการ"
    path = tmp_path / "h.docx"
    d.save(path)
    result = import_docx(path)
    assert [m.title for m in result.report.measures] == ["มาตรการ"]
    assert [(p.row, p.reason) for p in result.not_placed] == [(2, "heading_row")]


def test_header_repeated_by_hand_and_table_split_without_header(tmp_path, sample_report, sample_doc):
    d = docx.Document()
    d.add_paragraph("เทศบาลตำบลขามทะเลสอ")
    d.add_paragraph("อำเภอขามทะเลสอ จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    src = docx.Document(write_docx(sample_report, tmp_path / "s.docx", "seed"))
    rows = src.tables[0].rows
    # table 1: header + rows 1-3, then the header typed again; table 2 (no header) the rest
    t1 = copy.deepcopy(src.tables[0]._tbl)
    for tr in t1.findall(f"{{{wordimport.W_NS}}}tr")[4:]:
        t1.remove(tr)
    t1.append(copy.deepcopy(rows[0]._tr))
    for tr in t1.iter(f"{{{wordimport.W_NS}}}tblHeader"):
        tr.getparent().remove(tr)
    t2 = copy.deepcopy(src.tables[0]._tbl)
    for tr in t2.findall(f"{{{wordimport.W_NS}}}tr")[:4]:
        t2.remove(tr)
    body = d.element.body
    body.insert(len(body) - 1, t1)
    body.insert(len(body) - 1, parse_xml(f"<w:p {nsdecls('w')}/>"))
    body.insert(len(body) - 1, t2)
    path = tmp_path / "split.docx"
    d.save(path)
    result = import_docx(path)
    assert _measures(exchange.dump_report(result.report)) == _measures(sample_doc)


# --- bad files ---------------------------------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _ole(encrypted: bool) -> bytes:
    """The start of an OLE compound file, as a .doc or a password-protected
    .docx is (the latter holds an EncryptionInfo stream)."""
    directory = "EncryptionInfo".encode("utf-16-le") if encrypted else "WordDocument".encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + directory + b"\x00" * 4000


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\x00" * (1 << 20)
            for _ in range(wordimport.MAX_UNCOMPRESSED // len(chunk) + 2):
                f.write(chunk)
    return buf.getvalue()


def _bad_files(tmp_path: Path, sample_report) -> dict[str, tuple[Path, str]]:
    good = write_docx(sample_report, tmp_path / "good.docx", "seed").read_bytes()
    files = {
        "not a zip": ("notes.docx", b"just some text, not a document", "not_docx"),
        "empty": ("empty.docx", b"", "empty"),
        "renamed .doc": ("old.docx", _ole(False), "doc"),
        "password-protected": ("secret.docx", _ole(True), "encrypted"),
        "pdf": ("report.pdf", b"%PDF-1.7\n" + b"0" * 100, "pdf"),
        "rtf": ("report.doc", b"{\\rtf1\\ansi hello}", "rtf"),
        "corrupt zip": ("cut.docx", good[: len(good) // 2], "corrupt"),
        "zip without document": (
            "other.docx",
            _zip({"[Content_Types].xml": b"<Types/>", "x.txt": b"x"}),
            "not_docx",
        ),
        "odt": (
            "report.odt",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
            "odt",
        ),
        "broken xml": ("xml.docx", _broken_xml(good), "corrupt"),
        "zip bomb": ("bomb.docx", _bomb(), "too_large"),
    }
    out = {}
    for key, (name, data, reason) in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        out[key] = (path, reason)
    return out


def _broken_xml(good: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(good))
    entries = {i.filename: src.read(i.filename) for i in src.infolist()}
    entries["word/document.xml"] = entries["word/document.xml"][:-200]
    return _zip(entries)


BAD = [
    "not a zip",
    "empty",
    "renamed .doc",
    "password-protected",
    "pdf",
    "rtf",
    "corrupt zip",
    "zip without document",
    "odt",
    "broken xml",
    "zip bomb",
]


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    from itadesk.exchange import load_report
    from itadesk.resources import SAMPLE_REPORT, resource

    return _bad_files(tmp_path_factory.mktemp("bad"), load_report(resource(*SAMPLE_REPORT)))


@pytest.mark.parametrize("key", BAD)
def test_bad_files_raise_a_named_error_with_a_thai_message(bad_files, key):
    path, reason = bad_files[key]
    started = time.perf_counter()
    with pytest.raises(WordFileError) as info:
        import_docx(path)
    assert time.perf_counter() - started < 2
    assert info.value.reason == reason
    text = messages.describe(info.value)
    assert path.name in text and any(ord(c) in THAI for c in text)
    assert "ยังไม่ได้นำเข้า" in text


def test_the_real_odt_from_libreoffice_is_refused_with_advice():
    with pytest.raises(WordFileError) as info:
        import_docx(DATA / "sample.odt")
    assert info.value.reason == "odt" and ".docx" in messages.describe(info.value)


def test_no_matching_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("บันทึกข้อความ")
    t = d.add_table(rows=2, cols=3)
    t.rows[0].cells[0].text = "ชื่อ"
    t.rows[0].cells[1].text = "ตำแหน่ง"
    path = tmp_path / "memo.docx"
    d.save(path)
    with pytest.raises(NoReportTableError) as info:
        import_docx(path)
    assert info.value.tables == 1
    assert "ไม่พบตารางรายงาน" in messages.describe(info.value)


def test_a_table_of_ten_thousand_rows_is_refused_quickly(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=6)
    for cell, text in zip(t.rows[0].cells, HEADERS, strict=True):
        cell.text = text
    t.rows[1].cells[0].text = "๑. มาตรการ"
    row = t.rows[1]._tr
    for _ in range(10_000):
        row.addnext(copy.deepcopy(row))
    path = tmp_path / "huge.docx"
    d.save(path)
    started = time.perf_counter()
    with pytest.raises(TooManyRowsError) as info:
        import_docx(path)
    assert time.perf_counter() - started < 5
    assert info.value.rows > 10_000
    assert "แถว" in messages.describe(info.value)


# --- speed ---------------------------------------------------------------------------------------------


def test_twelve_measures_import_well_under_a_second(tmp_path, sample_report):
    report = copy.deepcopy(sample_report)
    report.measures = (report.measures * 3)[:12]
    path = write_docx(report, tmp_path / "twelve.docx", "seed")
    import_docx(path)  # python-docx loaded once
    times = []
    for _ in range(3):
        started = time.perf_counter()
        result = import_docx(path)
        times.append(time.perf_counter() - started)
    assert len(result.report.measures) == 12
    print(f"12-measure .docx import: {min(times) * 1000:.0f} ms")
    assert min(times) < 0.5


# --- the command line, in real processes -------------------------------------------------------------------


def _cli(*args, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "ITADESK_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_cli_imports_a_docx_and_exports_what_it_understood(tmp_path, sample_report, sample_doc):
    db = tmp_path / "w.db"
    path = write_docx(sample_report, tmp_path / "last-year.docx", "seed")
    started = time.perf_counter()
    r = _cli("import", path, db=db)
    elapsed = time.perf_counter() - started
    assert r.returncode == 0, r.stderr
    assert "เทศบาลตำบลขามทะเลสอ" in r.stdout and "พบมาตรการ 5 มาตรการ" in r.stdout
    assert "นำเข้าแล้ว" in r.stdout.splitlines()[-1]
    assert "measures[3].period_end" in r.stderr  # the sample's end date past the year, a warning
    print(f"itadesk import of the sample .docx, cold process: {elapsed:.2f} s")
    out = tmp_path / "out.json"
    r = _cli("export-json", "--year", 2568, "-o", out, db=db)
    assert r.returncode == 0, r.stderr
    _assert_same_report(exchange.load_report(out), sample_doc)
    r = _cli("import", path, db=db)  # again: refused without --replace, nothing changed
    assert r.returncode == 1 and "--replace" in r.stderr


def test_cli_year_and_org_options(tmp_path, sample_report):
    db = tmp_path / "o.db"
    path = _one_measure_doc(tmp_path, {0: ["๑. มาตรการ"], 5: ["ไตรมาส ๒"]}, before=["รายงานผลการดำเนินการ"])
    r = _cli("import", path, db=db)
    assert r.returncode == 1 and "--year" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not db.exists() or _cli("list", db=db).stdout.startswith("ฐานข้อมูลยังว่าง")
    r = _cli("import", path, "--year", 2568, db=db)
    assert r.returncode == 1 and "--org" in r.stderr
    r = _cli("import", path, "--year", 2568, "--org", "อบต.ทดสอบ", db=db)
    assert r.returncode == 0, r.stderr
    assert "(จากตัวเลือก)" in r.stdout
    assert "ข้อความที่ไม่ได้นำเข้า 1 แห่ง" in r.stdout and "แถวที่ 2 คอลัมน์ที่ 6" in r.stdout
    assert "ปีงบประมาณ 2568: มาตรการ 1 รายการ" in _cli("list", db=db).stdout
    r = _cli(
        "import",
        exchange.__file__.replace("exchange.py", "../resources/samples/ita-report-2568-khamthalesor.json"),
        "--year",
        2567,
        db=db,
    )
    assert r.returncode == 2 and "--year" in r.stderr


@pytest.mark.parametrize("key", ["renamed .doc", "password-protected", "zip bomb", "corrupt zip", "pdf"])
def test_cli_bad_files_leave_the_database_as_it_was(tmp_path, bad_files, sample_path, key):
    db = tmp_path / "b.db"
    assert _cli("import", sample_path, db=db).returncode == 0
    before = dump_db(db)
    path, _ = bad_files[key]
    r = _cli("import", path, "--replace", db=db)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and any(ord(c) in THAI for c in lines[0]) and "Traceback" not in r.stderr
    assert dump_db(db) == before


def test_core_reader_imports_without_qt():
    code = "import sys, itadesk.wordimport; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_json_still_imports_as_before(tmp_path, sample_path, sample_doc):
    db = tmp_path / "j.db"
    assert _cli("import", sample_path, db=db).returncode == 0
    out = tmp_path / "o.json"
    assert _cli("export-json", "--year", 2568, "-o", out, db=db).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == sample_doc


def _textbox(text: str) -> str:
    """A run holding a text box, with the copy Word keeps for old readers."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape">{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">{box}</v:textbox></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_boxes_read_once_and_deleted_text_left_out(tmp_path):
    d = docx.Document()
    d.element.body.insert(0, parse_xml(f"<w:p {nsdecls('w')}>{_textbox('เทศบาลตำบลกล่องข้อความ')}</w:p>"))
    d.add_paragraph("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    t = d.add_table(rows=2, cols=6)
    for cell, text in zip(t.rows[0].cells, HEADERS, strict=True):
        cell.text = text
    t.rows[1].cells[0].text = "๑. มาตรการ"
    steps = t.rows[1].cells[1]._tc
    steps.remove(steps.findall(f"{{{wordimport.W_NS}}}p")[0])
    steps.append(
        parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:t>๑. ประชุม</w:t></w:r><w:del w:id="1" w:author="x"><w:r>'
            "<w:delText>ลบแล้ว</w:delText></w:r></w:del></w:p>"
        )
    )
    steps.append(
        parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>๒. ดูกล่อง</w:t></w:r>{_textbox('๓. ในกล่อง')}</w:p>")
    )
    path = tmp_path / "box.docx"
    d.save(path)
    result = import_docx(path)
    assert result.report.organization.name == "เทศบาลตำบลกล่องข้อความ"
    assert _items(result.report.measures[0].steps) == ["ประชุม", "ดูกล่อง", "ในกล่อง"]


@pytest.mark.parametrize("style", STYLES)
def test_the_pdf_of_an_imported_report_reads_as_the_original(tmp_path, sample_report, style):
    """Imported from each style and printed: every cell of the PDF reads
    exactly as the sample report's."""
    from itadesk.report import render_pdf

    from .pdfread import check_report_pdf

    result = import_docx(write_docx(sample_report, tmp_path / f"{style}.docx", style))
    pdf = render_pdf(result.report)
    assert check_report_pdf(pdf, sample_report) == []


def test_a_document_without_styles_or_numbering_parts(tmp_path, sample_report, sample_doc):
    """Writers that leave out styles.xml and numbering.xml (python-docx must
    not make default ones from its templates, which a bundle may lack)."""
    good = write_docx(sample_report, tmp_path / "full.docx", "seed").read_bytes()
    src = zipfile.ZipFile(io.BytesIO(good))
    entries = {
        i.filename: src.read(i.filename)
        for i in src.infolist()
        if i.filename not in ("word/styles.xml", "word/numbering.xml")
    }
    rels = entries["word/_rels/document.xml.rels"].decode()
    import re

    rels = re.sub(r'<Relationship [^>]*Target="(styles|numbering)\.xml"/>', "", rels)
    entries["word/_rels/document.xml.rels"] = rels.encode()
    path = tmp_path / "bare.docx"
    path.write_bytes(_zip(entries))
    _assert_same_report(import_docx(path).report, sample_doc)


def test_word_numbering_deeper_than_the_app_is_brought_up_and_said():
    """Word numbers nine levels; the app holds eight: the ninth level's items
    go into the eighth, and the import says so."""
    from itadesk import messages
    from itadesk.outline import MAX_LEVEL, depth
    from itadesk.wordimport import WordImport, _Line, _ListBuilder

    builder = _ListBuilder()
    for level in range(9):
        builder.add(_Line(f"ชั้น {level + 1}", auto=("1", level, "decimal", f"%{level + 1}.")))
    builder.add(_Line("ชั้น ๙ ข้อสอง", auto=("1", 8, "decimal", "%9.")))
    assert depth(builder.items) == MAX_LEVEL
    assert builder.brought_up
    deepest = builder.items[0]
    for _ in range(MAX_LEVEL - 1):
        deepest = deepest.items[0]
    assert [i.text for i in deepest.items] == []  # the eighth level holds no sub-items
    eighth = builder.items[0]
    for _ in range(MAX_LEVEL - 2):
        eighth = eighth.items[0]
    assert [i.text for i in eighth.items] == ["ชั้น 8", "ชั้น 9", "ชั้น ๙ ข้อสอง"]
    result = WordImport(Report(Organization("เทศบาลตำบลทดสอบ"), 2568, []), levels_brought_up=True)
    assert messages.levels_brought_up(MAX_LEVEL) in messages.word_recognized(result)
