"""Word documents made the ways clerks make them, for the Word import tests.

``write_docx(report, path, style)`` writes a report as a .docx in one of
``STYLES``, with python-docx and, where it does not reach, the XML written
directly (bare ``<w:vMerge/>`` continuation cells, a multi-level
numbering.xml with Thai and decimal formats, ``w:br`` inside paragraphs).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from itadesk import thaifmt
from itadesk.model import LIST_FIELDS, Item, Measure, Report

HEADERS = [
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
]
# Other wordings of the same columns, with a number column and an empty one.
OTHER_HEADERS = [
    "ที่",
    "โครงการ / กิจกรรม / มาตรการ",
    "วิธีการดำเนินการ (ขั้นตอน)",
    "ผลการปฏิบัติ",
    "ผลลัพธ์ที่ได้รับ",
    "หน่วยงานที่รับผิดชอบ",
    "ช่วงเวลาดำเนินการ",
    "",
]

STYLES = ("seed", "br", "numbering", "split")

# numId 1: numbered (๑. / (1) / (ก)); 2: bulleted (- / ๑. / (๑)); 3: plain
# (its level 0 is "none": the text stands alone; deeper levels as bulleted).
NUMBERING_XML = f"""<w:numbering {nsdecls("w")}>
  <w:abstractNum w:abstractNumId="10">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="thaiLetters"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="12">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>
</w:numbering>"""
NUM_IDS = {"numbered": 1, "bulleted": 2, "plain": 3}


def _flatten(items: list[Item], level: int = 1) -> list[tuple[int, int, str]]:
    """(level, index, text) of every item in reading order."""
    out = []
    for i, it in enumerate(items, 1):
        out.append((level, i, it.text))
        out.extend(_flatten(it.items, level + 1))
    return out


def _lines(m: Measure, name: str, digits: str, *, space: bool = True) -> list[str]:
    style = m.list_style(name)
    out = []
    for level, index, text in _flatten(m.items_of(name)):
        marker = thaifmt.list_marker(style, level, index, digits)
        out.append(f"{marker}{' ' if space and marker else ''}{text}" if marker else text)
    return out


def _period(m: Measure, style: str) -> str:
    if m.period_start is None:
        return ""
    if style == "br":
        a, b = m.period_start, m.period_end
        return (
            f"{a.day} {thaifmt.month_name(a.month, abbreviated=True)} {str(a.year + 543)[2:]} - "
            f"{b.day} {thaifmt.month_name(b.month, abbreviated=True)} {str(b.year + 543)[2:]}"
        )
    full_start = thaifmt.date(m.period_start)
    return f"{full_start} {thaifmt.EN_DASH} {thaifmt.date(m.period_end)}"


def _add_paragraphs(cell, lines: list[str], *, breaks: bool = False) -> None:
    """Lines into a cell: one paragraph each, or one paragraph with w:br."""
    first = cell.paragraphs[0]
    if breaks:
        run = first.add_run()
        for i, line in enumerate(lines):
            if i:
                run.add_break()
            run.add_text(line)
        return
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.add_run(line)


def _numbered(cell, m: Measure, name: str, *, start_level_items=None) -> None:
    num_id = NUM_IDS[m.list_style(name)]
    first = True
    for level, _index, text in (
        start_level_items if start_level_items is not None else _flatten(m.items_of(name))
    ):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )


def _vmerge(cell, restart: bool) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(
        parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>' if restart else f"<w:vMerge {nsdecls('w')}/>")
    )


def _header_row(table, headers, repeat: bool) -> None:
    row = table.rows[0]
    for cell, text in zip(row.cells, headers, strict=False):
        cell.paragraphs[0].add_run(text)
    if repeat:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _cover(d, report: Report, digits: str = "thai") -> None:
    title = report.display_title
    cut = title.find("เพื่อ")
    for line in (title[:cut], title[cut:]) if cut > 0 else (title,):
        d.add_paragraph(line)
    d.add_paragraph("ประจำปีงบประมาณ พ.ศ. " + thaifmt.year(report.fiscal_year_be, digits))
    d.add_paragraph("")
    org = report.organization
    d.add_paragraph(org.name)
    place = " ".join(
        x for x in (org.district and f"อำเภอ{org.district}", org.province and f"จังหวัด{org.province}") if x
    )
    if place:
        d.add_paragraph(place)
    d.add_page_break()
    d.add_paragraph(f"{title} {org.name} ประจำปีงบประมาณ พ.ศ. {thaifmt.year(report.fiscal_year_be, digits)}")


def _split(lines: list[str]) -> tuple[list[str], list[str]]:
    """A long cell cut in two as a page break cuts it: at half, inside an item
    (between two Thai letters) when the item is long enough."""
    if len(lines) < 2:
        return lines, []
    half = len(lines) // 2
    head, tail = lines[:half], lines[half:]
    last = head[-1]
    for cut in range(len(last) // 2, len(last) - 1):
        if "\u0e01" <= last[cut - 1] <= "\u0e2e" and "\u0e01" <= last[cut] <= "\u0e2e":
            return head[:-1] + [last[:cut]], [last[cut:]] + tail
    return head, tail


def write_docx(report: Report, path: Path, style: str = "seed") -> Path:
    """Write ``report`` as a Word document of the given style:

    - ``seed``: as the seed's original: typed Thai markers (no space after
      them, ``๑.ประชุม``), units joined with commas, measures with three or
      more steps continued in a second row with an empty first cell (an item
      cut in the middle), a header row repeated by Word;
    - ``br``: Arabic digits, each cell one paragraph with line breaks (w:br),
      units one per line, periods abbreviated (``1 ต.ค. 67 - 30 ก.ย. 68``),
      other header wordings with a number column and an empty column;
    - ``numbering``: Word's own multi-level numbering (numbering.xml), the
      title, units and period cells merged down over a continuation row
      (``w:vMerge``);
    - ``split``: the table broken into one table per measure, each with its
      own header, units joined by ``และ`` and spaces, periods by months.
    """
    d = docx.Document()
    _cover(d, report, "arabic" if style == "br" else "thai")
    digits = "arabic" if style == "br" else "thai"
    headers = OTHER_HEADERS if style == "br" else HEADERS
    offset = 1 if style == "br" else 0
    if style == "numbering":
        numbering = d.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for child in parse_xml(NUMBERING_XML):
            numbering.append(child)

    def new_table():
        t = d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        _header_row(t, headers, repeat=style in ("seed", "numbering"))
        return t

    table = new_table()
    for n, m in enumerate(report.measures, 1):
        if style == "split" and n > 1:
            d.add_paragraph("")
            table = new_table()
        row = table.add_row()
        cells = row.cells
        number = thaifmt.measure_number(n, digits)
        if style == "br":
            cells[0].paragraphs[0].add_run(number.rstrip("."))
            cells[1].paragraphs[0].add_run(m.title)
        else:
            cells[0].paragraphs[0].add_run(f"{number} {m.title}" if style != "seed" else f"{number}{m.title}")
        units = m.responsible_units
        if style == "seed":
            unit_text = ", ".join(units)
        elif style == "split":
            unit_text = " และ".join(units) if len(units) == 2 else " ".join(units)
        else:
            unit_text = None
        if style == "br":
            _add_paragraphs(cells[offset + 4], units, breaks=True)
        elif style == "numbering":
            _add_paragraphs(cells[4], units)
        else:
            cells[4].paragraphs[0].add_run(unit_text)
        period = _period(m, style)
        if style == "split" and m.period_start is not None:
            period = _month_period(m) or period
        cells[offset + 5].paragraphs[0].add_run(period)

        cont = None
        for k, name in enumerate(LIST_FIELDS, 1):
            cell = cells[offset + k]
            if style == "numbering":
                flat = _flatten(m.items_of(name))
                head = flat[: max(1, len(flat) // 2)] if len(flat) >= 4 else flat
                tail = flat[len(head) :]
                _numbered(cell, m, name, start_level_items=head)
                if tail:
                    if cont is None:
                        cont = table.add_row().cells
                    _numbered(cont[k], m, name, start_level_items=tail)
                continue
            lines = _lines(m, name, digits, space=style != "seed")
            if style == "seed" and m.list_style(name) != "plain" and len(lines) >= 3:
                head, tail = _split(lines)
                _add_paragraphs(cell, head)
                if tail:
                    if cont is None:
                        cont = table.add_row().cells
                    _add_paragraphs(cont[k], tail)
            else:
                _add_paragraphs(cell, lines, breaks=style == "br")
        if cont is not None and style == "numbering":
            for k in (0, 4, 5):
                _vmerge(cells[k], True)
                _vmerge(cont[k], False)
    d.add_paragraph("")
    d.add_paragraph("(ลงชื่อ) ผู้รายงาน")
    d.save(path)
    return path


def _month_period(m: Measure) -> str | None:
    """``ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘`` when the period is whole months."""
    import datetime as dt

    a, b = m.period_start, m.period_end
    if a.day != 1 or (b + dt.timedelta(days=1)).day != 1:
        return None
    return (
        f"{thaifmt.month_name(a.month, abbreviated=True)} {thaifmt.year(a.year + 543)} - "
        f"{thaifmt.month_name(b.month, abbreviated=True)} {thaifmt.year(b.year + 543)}"
    )
