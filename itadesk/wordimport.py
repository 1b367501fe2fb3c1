"""Reading last year's report from a Word document (.docx).

Clerks made their reports in Word: a cover with title lines, then a table
with one measure per row. ``read_docx`` opens the file (python-docx, and the
document XML directly where python-docx does not reach: merged cells, list
numbering, line breaks) and finds the report table by the meaning of its
header row; ``build_report`` turns it into the same ``Report`` an exchange
file gives, plus every piece of the table's text it could not place, with
its row and column. Nothing is written anywhere: the caller stores the report.

What is understood:

- the header row matched by meaning (``มาตรการ/โครงการ/กิจกรรม`` …), extra or
  empty columns, a column of measure numbers; header rows repeated on every
  page, or the table broken into several tables (with or without their own
  header);
- a measure continued in the next rows with an empty first cell, and cells
  merged vertically (``w:vMerge``);
- list items as paragraphs, as lines of one paragraph (``w:br``), with typed
  markers (``๑.`` ``๑.ประชุม`` ``(๑)`` ``1.`` ``(1)`` ``1)`` ``1.1`` ``-`` ``•``
  ``ก.`` ``(ก)``) or Word's own numbering (``numbering.xml``, any level, Thai or
  Arabic formats): a change of marker kind (or a numbering level) is a
  sub-list, the first level's kind is the list style, and the marker text
  itself is not kept; a line without a marker after marked items continues
  the item above it;
- periods as typed (``thaifmt.parse_period``); divisions split on line breaks,
  commas, ``และ`` and spaces, matched to the organization's list;
- the fiscal year and the organization from the title lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import thaifmt
from .errors import ImportFieldMissingError, NoReportTableError, TooManyRowsError, WordFileError
from .fileio import is_regular_file, read_input
from .model import DEFAULT_UNITS, LIST_FIELDS, Item, ListStyle, Measure, Organization, Report
from .outline import MAX_LEVEL
from .textclean import clean_text, join_lines, split_marker

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Limits checked before anything is decompressed. A report with photos is a
# few MB; these are far above any real one and far below harm.
MAX_FILE_BYTES = 256 * 1024 * 1024  # the .docx itself, before it is unzipped
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts together
MAX_XML_PART = 48 * 1024 * 1024  # one XML part (document.xml of a 300-page report is ~5 MB)
MAX_ENTRIES = 10_000
MAX_ROWS = 3_000  # rows of the report table(s); a real report has tens

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".doc", ".dot", ".odt", ".ott", ".rtf", ".pdf"}


def _w(tag: str) -> str:
    return _W + tag


# --- results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NotPlaced:
    """A piece of the table's text that landed in no field. ``table``, ``row``
    and ``column`` count from 1 as Word shows them (rows include header rows);
    ``reason``: 'unknown_column', 'before_first_measure', 'period' or
    'heading_row' (see ``messages.WORD_NOT_PLACED``)."""

    table: int
    row: int
    column: int
    header: str | None
    text: str
    reason: str


@dataclass
class WordImport:
    """What ``build_report`` understood: the report, the pieces it could not
    place, and which of year/org came from the options rather than the file."""

    report: Report
    not_placed: list[NotPlaced] = field(default_factory=list)
    from_options: set[str] = field(default_factory=set)
    columns: dict[str, str] = field(default_factory=dict)  # field -> header text as written
    levels_brought_up: bool = False  # items below the app's deepest level, brought up to it


@dataclass
class _Line:
    """One line of a cell: its text and what marks it as a list item."""

    text: str
    marker: str = ""  # typed marker, or "" (Word numbering is in ``auto``)
    auto: tuple[str, int, str, str] | None = None  # (abstract id, level, numFmt, lvlText)


@dataclass
class _Cell:
    """A table cell of the Word file."""

    column: int  # first grid column (0-based)
    span: int
    lines: list[_Line]
    merged_continue: bool  # a vMerge continuation: the cell above goes on

    @property
    def text(self) -> str:
        return join_lines([ln.marker + (" " if ln.marker else "") + ln.text for ln in self.lines]).strip()

    @property
    def empty(self) -> bool:
        return not any(ln.text or ln.marker for ln in self.lines)


@dataclass
class _Row:
    """A table row of the Word file."""

    table: int  # 1-based
    number: int  # 1-based within its table
    cells: list[_Cell]
    repeated_header: bool  # Word's "repeat as header row"


@dataclass
class WordDocument:
    """The parts of a .docx that matter: its title lines and the report
    table's rows (as returned by ``read_docx``)."""

    path: str
    title_lines: list[str]
    columns: dict[int, str]  # grid column -> field
    headers: dict[int, str]  # grid column -> header text as written
    rows: list[_Row]
    table_count: int

    @property
    def fiscal_year_be(self) -> int | None:
        for line in self.title_lines:
            m = _FY.search(thaifmt.to_arabic(line))
            if m:
                value = int(m[1])
                return value + 2500 if value < 100 else value
        return None

    @property
    def organization_name(self) -> str | None:
        for line in self.title_lines:
            m = _ORG.search(line)
            if m:
                return re.sub(r"\s+", "", m[1]) if m[1].startswith("อบต") else m[1].strip()
        return None

    @property
    def place(self) -> tuple[str | None, str | None]:
        """(district, province) from a line like ``อำเภอขามทะเลสอ จังหวัดนครราชสีมา``."""
        district = province = None
        for line in self.title_lines:
            d = re.search(r"อำเภอ\s*(\S+)", line)
            p = re.search(r"จังหวัด\s*(\S+)", line)
            if d and not district:
                district = d[1]
            if p and not province:
                province = p[1]
        return district, province

    @property
    def report_title(self) -> str | None:
        """The title lines from ``รายงาน…`` up to the year or the organization."""
        for i, line in enumerate(self.title_lines):
            if not line.startswith("รายงาน"):
                continue
            parts = []
            for nxt in self.title_lines[i:]:
                cut = _TITLE_END.search(nxt)
                if cut:
                    if nxt[: cut.start()].strip():
                        parts.append(nxt[: cut.start()].strip())
                    break
                parts.append(nxt.strip())
                if len(parts) >= 4:
                    break
            title = join_lines([p for p in parts if p])
            return title or None
        return None


_FY = re.compile(r"ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4}|\d{2})(?!\d)")
_ORG_END = r"(?=\s|$|อำเภอ|จังหวัด|ประจำปี|ปีงบประมาณ)"
_ORG = re.compile(
    r"((?:เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.?|อบจ\.?)\s?\S+?)" + _ORG_END
)
_TITLE_END = re.compile(r"(?:ประจำปี|ปีงบประมาณ|เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน|อบต\.)")
_ORG_TYPES = (
    ("เทศบาลตำบล", "เทศบาลตำบล"),
    ("เทศบาลเมือง", "เทศบาลเมือง"),
    ("เทศบาลนคร", "เทศบาลนคร"),
    ("องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล"),
    ("อบต", "องค์การบริหารส่วนตำบล"),
    ("องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด"),
    ("อบจ", "องค์การบริหารส่วนจังหวัด"),
)


# --- opening the file ------------------------------------------------------------------


def sniff(head: bytes) -> str | None:
    """The kind of file from its first bytes: 'zip', 'ole', 'pdf', 'rtf' or None."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    return None


def is_word_input(path: Path | str) -> bool:
    """Whether ``itadesk import`` should read ``path`` as a document rather
    than an exchange file: by its content, or by its name when it names a
    document format (so that a damaged .docx is told about as one)."""
    path = Path(path)
    if path.suffix.lower() in _WORD_SUFFIXES:
        return True
    if not is_regular_file(path):  # a pipe would hang; the reader of the file says what it is
        return False
    try:
        with open(path, "rb") as f:
            return sniff(f.read(8)) is not None
    except OSError:
        return False


def _check_zip(data: bytes, path: str) -> None:
    kind = sniff(data[:8])
    if kind == "ole":
        reason = "encrypted" if _ENCRYPTION_STREAM in data else "doc"
        raise WordFileError(path=path, reason=reason)
    if kind in ("pdf", "rtf"):
        raise WordFileError(path=path, reason=kind)
    if kind != "zip":
        raise WordFileError(path=path, reason="not_docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise WordFileError(path=path, reason="corrupt", detail=str(exc)) from exc
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
        raise WordFileError(path=path, reason="too_large")
    if any(i.filename.endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART for i in infos):
        raise WordFileError(path=path, reason="too_large")
    names = {i.filename for i in infos}
    if "mimetype" in names:
        try:
            if archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
                raise WordFileError(path=path, reason="odt")
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise WordFileError(path=path, reason="corrupt", detail=str(exc)) from exc
    if "EncryptedPackage" in names:
        raise WordFileError(path=path, reason="encrypted")
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise WordFileError(path=path, reason="not_docx")


def _open_docx(path: Path):
    try:
        data = read_input(path, limit=MAX_FILE_BYTES)
    except FileNotFoundError as exc:
        raise WordFileError(path=str(path), reason="missing") from exc
    except IsADirectoryError as exc:
        raise WordFileError(path=str(path), reason="unreadable", detail=str(exc)) from exc
    except OSError as exc:
        raise WordFileError(path=str(path), reason="unreadable", detail=str(exc)) from exc
    if not data.strip():
        raise WordFileError(path=str(path), reason="empty")
    _check_zip(data, str(path))
    import docx  # python-docx: loaded only when a document is read
    from lxml import etree

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, EOFError, OSError) as exc:
        raise WordFileError(path=str(path), reason="corrupt", detail=str(exc)) from exc
    except (KeyError, ValueError) as exc:  # not a document part (e.g. a template or a chart)
        raise WordFileError(path=str(path), reason="not_docx", detail=str(exc)) from exc
    except Exception as exc:  # zlib.error and CRC errors surface as various types
        raise WordFileError(path=str(path), reason="corrupt", detail=repr(exc)) from exc


# --- numbering (numbering.xml) ------------------------------------------------------------


class _Numbering:
    """Word's list numbering: numId + level → (abstract id, numFmt, lvlText);
    paragraph styles that carry numbering of their own."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, str]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        root = _related(document, "numbering")
        if root is not None:
            abstract: dict[str | None, dict[int, tuple[str, str]]] = {}
            for a in root.iterchildren(_w("abstractNum")):
                abstract[a.get(_w("abstractNumId"))] = _lvls(a)
            for num in root.iterchildren(_w("num")):
                num_id = num.get(_w("numId"))
                ref = num.find(_w("abstractNumId"))
                abs_id = ref.get(_w("val")) if ref is not None else None
                lvls = dict(abstract.get(abs_id, {}))
                for override in num.iterchildren(_w("lvlOverride")):
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:
                        lvls.update(_lvls_of([lvl], default_ilvl=int(override.get(_w("ilvl"), "0"))))
                for ilvl, (fmt, text) in lvls.items():
                    self.levels[(num_id, ilvl)] = (abs_id or num_id, fmt, text)
        styles = _related(document, "styles")
        if styles is not None:
            based: dict[str, str] = {}
            for style in styles.iterchildren(_w("style")):
                sid = style.get(_w("styleId"))
                num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                if num_pr is not None:
                    found = _num_pr(num_pr)
                    if found:
                        self.style_num[sid] = found
                base = style.find(_w("basedOn"))
                if base is not None:
                    based[sid] = base.get(_w("val"))
            for sid in list(based):  # inherit through basedOn (a few steps)
                seen, cur = 0, sid
                while sid not in self.style_num and cur in based and seen < 10:
                    cur, seen = based[cur], seen + 1
                    if cur in self.style_num:
                        self.style_num[sid] = self.style_num[cur]

    def of(self, p) -> tuple[str, int, str, str] | None:
        """(abstract id, level, numFmt, lvlText) of a numbered paragraph."""
        ppr = p.find(_w("pPr"))
        found = None
        if ppr is not None:
            num_pr = ppr.find(_w("numPr"))
            if num_pr is not None:
                found = _num_pr(num_pr)
                if found and found[0] == "0":  # numId 0: numbering switched off
                    return None
            if found is None:
                style = ppr.find(_w("pStyle"))
                if style is not None:
                    found = self.style_num.get(style.get(_w("val")))
        if not found:
            return None
        level = self.levels.get(found)
        if level is None:
            return None
        abs_id, fmt, text = level
        if fmt == "none" and not text.strip():
            return None
        return abs_id, found[1], fmt, text


def _related(document, kind: str):
    """The root element of the document's numbering or styles part, or None.
    Looked up by relationship: python-docx's own properties would make a
    default part from its templates when the file has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part.part_related_by(RT.NUMBERING if kind == "numbering" else RT.STYLES)
    except KeyError:
        return None
    return getattr(part, "element", None)


def _lvls(abstract) -> dict[int, tuple[str, str]]:
    return _lvls_of(abstract.iterchildren(_w("lvl")))


def _lvls_of(lvls: Iterable, default_ilvl: int = 0) -> dict[int, tuple[str, str]]:
    out = {}
    for lvl in lvls:
        ilvl = int(lvl.get(_w("ilvl"), default_ilvl))
        fmt_el, text_el = lvl.find(_w("numFmt")), lvl.find(_w("lvlText"))
        fmt = fmt_el.get(_w("val"), "decimal") if fmt_el is not None else "decimal"
        text = text_el.get(_w("val"), "") if text_el is not None else ""
        out[ilvl] = (fmt, text)
    return out


def _num_pr(num_pr) -> tuple[str, int] | None:
    num_id = num_pr.find(_w("numId"))
    if num_id is None:
        return None
    ilvl = num_pr.find(_w("ilvl"))
    level = int(ilvl.get(_w("val"), "0")) if ilvl is not None else 0
    return num_id.get(_w("val")), level


# --- text of paragraphs and cells -----------------------------------------------------------


def _paragraph_lines(p) -> list[str]:
    """A paragraph's text split at its line breaks; deleted text, field codes
    and text boxes' fallbacks left out."""
    lines: list[str] = [""]
    for el in _walk(p):
        tag = el.tag
        if tag == _w("t"):
            lines[-1] += el.text or ""
        elif tag in (_w("br"), _w("cr")):
            lines.append("")
        elif tag == _w("tab"):
            lines[-1] += " "
        elif tag == _w("noBreakHyphen"):
            lines[-1] += "-"
        elif tag == _w("sym"):
            code = el.get(_w("char")) or ""
            if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) and int(code, 16) <= 0x10FFFF:
                lines[-1] += chr(int(code, 16))
    return lines


_SKIP = {_w("del"), _w("instrText"), _w("delText"), _MC_FALLBACK, _w("txbxContent"), _w("pPr"), _w("rPr")}


def _walk(el) -> Iterator:
    for child in el:
        if child.tag in _SKIP or not isinstance(child.tag, str):
            continue
        yield child
        if child.tag != _w("p"):  # a paragraph inside (a text box) is read on its own
            yield from _walk(child)


def _paragraphs(el) -> Iterator:
    """Paragraphs under ``el`` in reading order (nested tables and text boxes
    included), not the copies kept for old readers (``mc:Fallback``) nor
    deleted ones."""
    for child in el:
        if not isinstance(child.tag, str) or child.tag in (_MC_FALLBACK, _w("del")):
            continue
        if child.tag == _w("p"):
            yield child
        yield from _paragraphs(child)


def _cell_lines(tc, numbering: _Numbering) -> list[_Line]:
    out: list[_Line] = []
    for p in _paragraphs(tc):
        auto = numbering.of(p)
        for i, raw in enumerate(_paragraph_lines(p)):
            text = clean_text(raw).text.replace("\n", " ").strip()
            if not text:
                continue
            if auto is not None and i == 0:
                out.append(_Line(text, "", auto))
                continue
            marker, rest = split_marker(text)
            out.append(_Line(rest.strip(), marker))
    return out


def _cells(tr, numbering: _Numbering) -> list[_Cell]:
    cells: list[_Cell] = []
    column = 0
    trpr = tr.find(_w("trPr"))
    if trpr is not None:
        before = trpr.find(_w("gridBefore"))
        if before is not None:
            column = int(before.get(_w("val"), "0"))
    for tc in _children(tr, "tc"):
        tcpr = tc.find(_w("tcPr"))
        span, merged = 1, False
        if tcpr is not None:
            g = tcpr.find(_w("gridSpan"))
            if g is not None:
                span = max(1, int(g.get(_w("val"), "1")))
            v = tcpr.find(_w("vMerge"))
            if v is not None and v.get(_w("val"), "continue") != "restart":
                merged = True
        lines = [] if merged else _cell_lines(tc, numbering)
        cells.append(_Cell(column, span, lines, merged))
        column += span
    return cells


def _children(el, name: str) -> Iterator:
    """Direct children named ``name``, looking through content controls."""
    for child in el:
        if child.tag == _w(name):
            yield child
        elif child.tag in (_w("sdt"), _w("customXml")):
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if content is not None:
                yield from _children(content, name)


def _body_blocks(body) -> Iterator:
    """Paragraphs and tables of the body, in order (through content controls)."""
    for child in body:
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _body_blocks(content)


# --- the header row ---------------------------------------------------------------------------


def _header_field(text: str) -> str | None:
    """The field a header cell names, by meaning rather than exact wording."""
    t = re.sub(r"[\s/\\.]+", "", text)
    if not t or len(t) > 80 or split_marker(text)[0]:  # header cells are short and unnumbered
        return None
    if t in ("ที่", "ลำดับ", "ลำดับที่", "ข้อ", "No"):
        return "number"
    if "ขั้นตอน" in t or "วิธีการปฏิบัติ" in t or "วิธีดำเนินการ" in t:
        return "steps"
    if "ผลลัพธ์" in t or "ความสำเร็จ" in t or "ผลที่ได้รับ" in t:
        return "outcomes"
    if t.startswith("ผล") or "ผลการดำเนินการ" in t or "ผลการปฏิบัติ" in t:
        return "results"
    if "รับผิดชอบ" in t:
        return "responsible_units"
    if "ระยะเวลา" in t or "ช่วงเวลา" in t or t.startswith("วันที่") or t.startswith("ห้วงเวลา"):
        return "period"
    if "มาตรการ" in t or "โครงการ" in t or "กิจกรรม" in t:
        return "title"
    return None


def _match_header(cells: list[_Cell]) -> tuple[dict[int, str], dict[int, str]] | None:
    """Grid column → field when the row is the report's header row: it names
    the title column and at least two of the others."""
    columns: dict[int, str] = {}
    headers: dict[int, str] = {}
    for cell in cells:
        text = cell.text
        f = _header_field(text)
        if f and f not in columns.values():
            columns[cell.column] = f
            headers[cell.column] = text
    others = {f for f in columns.values() if f not in ("title", "number")}
    if "title" in columns.values() and len(others) >= 2:
        return columns, headers
    return None


# --- reading ------------------------------------------------------------------------------------


def read_docx(path: Path | str) -> WordDocument:
    """Open a .docx and find its report table(s). Raises ``WordFileError``
    (the reasons are in ``errors``), ``NoReportTableError``,
    ``TooManyRowsError``."""
    path = Path(path)
    document = _open_docx(path)
    numbering = _Numbering(document)
    title_lines: list[str] = []
    rows: list[_Row] = []
    columns: dict[int, str] | None = None
    headers: dict[int, str] = {}
    tables = 0
    # After a report table, a table of the same width with no header of its
    # own continues it, as long as no text comes between them.
    continuing = False
    grid_width = 0
    for block in _body_blocks(document.element.body):
        if block.tag == _w("p"):
            for p in (block, *_paragraphs(block)):  # and the text boxes a cover may use
                text = " ".join(clean_text(x).text.strip() for x in _paragraph_lines(p)).strip()
                if text:
                    continuing = False
                    if columns is None:
                        title_lines.append(text)
            continue
        tables += 1
        trs = list(_children(block, "tr"))
        if len(rows) + len(trs) > MAX_ROWS:
            raise TooManyRowsError(path=str(path), rows=len(rows) + len(trs), limit=MAX_ROWS)
        parsed = [(tr, _cells(tr, numbering)) for tr in trs]
        header_at = None
        for i, (_, cells) in enumerate(parsed[:4]):
            found = _match_header(cells)
            if found:
                if columns is None:
                    columns, headers = found
                header_at = i
                break
        width = max((c.column + c.span for _, cells in parsed for c in cells), default=0)
        if header_at is None and not (continuing and width == grid_width):
            if columns is None:  # a table before the report's: its text is a title line
                for _, cells in parsed:
                    title_lines.extend(c.text for c in cells if c.text)
            continuing = False
            continue
        grid_width, continuing = width, True
        start = (header_at + 1) if header_at is not None else 0
        for number, (tr, cells) in enumerate(parsed[start:], start + 1):
            trpr = tr.find(_w("trPr"))
            repeated = trpr is not None and trpr.find(_w("tblHeader")) is not None
            rows.append(_Row(tables, number, cells, repeated))
    if columns is None:
        raise NoReportTableError(path=str(path), tables=tables)
    return WordDocument(str(path), title_lines, columns, headers, rows, tables)


# --- lists --------------------------------------------------------------------------------------

_DIGIT = "[0-9๐-๙]"


def _typed_kind(marker: str) -> tuple[str, int | None]:
    """A typed marker's kind (what a level is recognized by) and number."""
    m = re.fullmatch(rf"\(({_DIGIT}+)\)", marker)
    if m:
        return "paren", int(thaifmt.to_arabic(m[1]))
    m = re.fullmatch(rf"({_DIGIT}+)\)", marker)
    if m:
        return "rparen", int(thaifmt.to_arabic(m[1]))
    m = re.fullmatch(rf"\(?({_DIGIT}+(?:\.{_DIGIT}+)*)\.?\)?", marker)
    if m:
        parts = m[1].split(".")
        kind = "dot" if len(parts) == 1 else f"dot{len(parts)}"
        return kind, int(thaifmt.to_arabic(parts[-1]))
    m = re.fullmatch(r"\(([ก-ฮ])\)|([ก-ฮ])\)", marker)
    if m:
        letter = m[1] or m[2]
        return "letter-paren", thaifmt.THAI_LETTERS.find(letter) + 1
    if re.fullmatch(r"[ก-ฮ]\.", marker):
        return "letter-dot", thaifmt.THAI_LETTERS.find(marker[0]) + 1
    if marker in ("-", "–", "—"):
        return "dash", None
    return "bullet", None


def _auto_kind(fmt: str, text: str) -> str:
    if fmt == "bullet":
        return "dash" if text.strip() in ("-", "–", "—") else "bullet"
    if fmt == "none":
        return "none"
    return "numbered"


def _style_of(kind: str) -> ListStyle:
    if kind in ("dash", "bullet"):
        return "bulleted"
    if kind == "none":
        return "plain"
    return "numbered"


class _ListBuilder:
    """Items and their nesting from a sequence of lines, across the rows of a
    measure. A level is known by its marker kind (or Word numbering level):
    a kind not open yet opens a sub-list under the last item, one already
    open closes the deeper ones; a typed list restarting at 1 under the same
    kind (``(๔) … ดังนี้`` then ``(๑)``) is a sub-list too."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        # Open levels: [key, the list items go into, last number, style kind]
        self.stack: list[list] = []
        self.last: Item | None = None
        self.brought_up = False  # a level past MAX_LEVEL: its items went into the deepest list
        self.first_kind: str | None = None

    def add(self, line: _Line) -> None:
        if line.auto is not None:
            abs_id, level, fmt, lvl_text = line.auto
            key: tuple = ("auto", abs_id, level)
            kind, number = _auto_kind(fmt, lvl_text), None
        elif line.marker:
            kind, number = _typed_kind(line.marker)
            key = ("typed", kind)
        else:
            key, kind, number = ("none",), "none", None
        # In a list whose items carry markers, a line without one is the item
        # above going on (wrapped by hand, or split by a page break into the
        # next row); in a plain list it is the next item.
        if kind == "none" and self.last is not None and not any(level[0] == key for level in self.stack):
            self.last.text = join_lines([self.last.text, line.text])
            return
        if not self.stack:
            self._push(key, self.items, kind)
        elif key == self.stack[-1][0]:
            top = self.stack[-1]
            if key[0] == "typed" and number == 1 and (top[2] or 0) >= 1 and self.last is not None:
                self._push(key, self.last.items, kind)
        else:
            index = self._open_index(key)
            if index is None:
                parent = self.last if self.last is not None else None
                self._push(key, parent.items if parent is not None else self.items, kind)
            else:
                del self.stack[index + 1 :]
                self.stack[index][0] = key
        item = Item(line.text)
        self.stack[-1][1].append(item)
        self.stack[-1][2] = number
        self.last = item

    def _open_index(self, key: tuple) -> int | None:
        for i, level in enumerate(self.stack):
            if level[0] == key:
                return i
        if key[0] == "auto":  # a shallower Word level of the same list
            for i, level in enumerate(self.stack):
                if level[0][0] == "auto" and level[0][1] == key[1] and level[0][2] >= key[2]:
                    return i
        return None

    def _push(self, key: tuple, target: list[Item], kind: str) -> None:
        if len(self.stack) >= MAX_LEVEL:  # deeper than the app holds: into the deepest list, and said
            target = self.stack[-1][1]
            self.brought_up = True
        self.stack.append([key, target, None, kind])
        if self.first_kind is None:
            self.first_kind = kind

    @property
    def style(self) -> ListStyle:
        return _style_of(self.first_kind or "numbered")


# --- divisions ------------------------------------------------------------------------------------

_UNIT_PREFIXES = (
    "สำนัก",
    "กอง",
    "งาน",
    "หน่วย",
    "ฝ่าย",
    "ส่วน",
    "ศูนย์",
    "คณะ",
    "ทุก",
    "ปลัด",
    "รองปลัด",
    "นายก",
    "ผู้อำนวยการ",
    "ผอ.",
    "เจ้าหน้าที่",
    "โรงเรียน",
    "สถานี",
    "ศพด",
)
_UNIT_CUT = re.compile(r"\s*(?:\s|และ)\s*(?=(?:" + "|".join(re.escape(p) for p in _UNIT_PREFIXES) + "))")
_UNIT_SEPARATORS = re.compile(r"[\n,;/、]+")


def split_units(text: str, known: Iterable[str] = ()) -> list[str]:
    """Divisions written in one cell: on separate lines or joined by commas,
    ``และ`` or spaces. Names in ``known`` (and the usual divisions of every
    organization type) are kept whole, spelled as listed."""
    names = sorted({*known, *(u for units in DEFAULT_UNITS.values() for u in units)}, key=len, reverse=True)
    squeezed = {re.sub(r"\s+", "", n): n for n in reversed(names)}
    out: list[str] = []
    for piece in _UNIT_SEPARATORS.split(text):
        piece = piece.strip(" .-–•\t")
        while piece:
            for name in names:
                if piece.startswith(name):
                    rest = piece[len(name) :]
                    if not rest or rest[0].isspace() or rest.startswith("และ"):
                        head, piece = name, rest
                        break
            else:
                m = _UNIT_CUT.search(piece, 1)
                head, piece = (piece[: m.start()], piece[m.end() :]) if m else (piece, "")
            piece = re.sub(r"^\s*(?:และ)?\s*", "", piece)
            head = head.strip(" .-–•")
            head = squeezed.get(re.sub(r"\s+", "", head), head)
            if head and head not in out:
                out.append(head)
    return out


# --- building the report ----------------------------------------------------------------------------


def build_report(
    doc: WordDocument,
    *,
    year: int | None = None,
    org: str | None = None,
    known_units: Iterable[str] = (),
) -> WordImport:
    """The report a ``WordDocument`` holds. ``year`` (BE) and ``org`` fill in
    what the title lines do not say and win when both are given;
    ``known_units`` are the organization's divisions already on record.
    Raises ``ImportFieldMissingError`` (field 'year' or 'org')."""
    from_options: set[str] = set()
    year_be = year if year is not None else doc.fiscal_year_be
    if year is not None:
        from_options.add("year")
    if year_be is None:
        raise ImportFieldMissingError(field="year", path=doc.path)
    name = org if org else doc.organization_name
    if org:
        from_options.add("org")
    if not name:
        raise ImportFieldMissingError(field="org", path=doc.path)
    known = list(known_units)

    not_placed: list[NotPlaced] = []
    drafts: list[dict] = []  # per measure: title lines, builders, unit text, period text
    for row in doc.rows:
        if row.repeated_header or _is_header_again(row.cells, doc.columns):
            continue
        cells = [c for c in row.cells if not c.empty]
        if not cells:
            continue
        by_field: dict[str, list[_Cell]] = {}
        extra: list[_Cell] = []
        for cell in cells:
            f = _field_of(cell, doc.columns)
            (by_field.setdefault(f, []) if f else extra).append(cell)
        title_cells = by_field.get("title", [])
        spans_many = any(
            len({doc.columns.get(c) for c in range(cell.column, cell.column + cell.span)} - {None}) >= 3
            for cell in cells
        )
        if spans_many and len(cells) == 1:  # a heading row across the table ("ด้านที่ ๑ …")
            not_placed.append(_piece(row, cells[0], doc, "heading_row"))
            continue
        if title_cells:
            drafts.append(
                {"title": [], "lists": {n: _ListBuilder() for n in LIST_FIELDS}, "units": [], "period": []}
            )
        elif not drafts:
            not_placed.extend(_piece(row, c, doc, "before_first_measure") for c in cells)
            continue
        draft = drafts[-1]
        for cell in extra:
            not_placed.append(_piece(row, cell, doc, "unknown_column"))
        for f, group in by_field.items():
            for cell in group:
                if f == "title":
                    draft["title"].extend(cell.lines)
                elif f in LIST_FIELDS:
                    for line in cell.lines:
                        draft["lists"][f].add(line)
                elif f == "responsible_units":
                    draft["units"].append("\n".join(ln.marker + ln.text for ln in cell.lines))
                elif f == "period":
                    draft["period"].append((row, cell))
                # "number": the running number says nothing the order does not
    measures: list[Measure] = []
    for draft in drafts:
        title = join_lines([ln.text for ln in draft["title"] if ln.text])
        if not title:  # only a marker ("๑.") in the title cell
            title = join_lines([ln.marker for ln in draft["title"]]) or "-"
        units = []
        for text in draft["units"]:
            for u in split_units(text, known):
                if u not in units:
                    units.append(u)
        start = end = None
        if draft["period"]:
            text = join_lines([c.text for _, c in draft["period"]])
            try:
                found = thaifmt.parse_period(text, year_be)
            except ValueError:
                found = None
                first_row, first_cell = draft["period"][0]
                not_placed.append(_piece(first_row, first_cell, doc, "period", text=text))
            if found:
                start, end = found
        styles = {n: b.style for n, b in draft["lists"].items() if b.items and b.style != "numbered"}
        measures.append(
            Measure(
                title=title,
                responsible_units=units,
                period_start=start,
                period_end=end,
                list_styles=styles,
                **{n: b.items for n, b in draft["lists"].items()},
            )
        )
    district, province = doc.place
    org_units: list[str] = []
    for m in measures:
        for u in m.responsible_units:
            if u not in org_units:
                org_units.append(u)
    organization = Organization(
        name=name,
        type=_org_type(name),
        district=district,
        province=province,
        units=org_units,
    )
    report = Report(organization, year_be, measures, title=doc.report_title)
    columns = {doc.columns[c]: doc.headers[c] for c in doc.columns}
    brought_up = any(b.brought_up for d in drafts for b in d["lists"].values())
    return WordImport(report, not_placed, from_options, columns, brought_up)


def _is_header_again(cells: list[_Cell], columns: dict[int, str]) -> bool:
    """A header row repeated by hand (typed again at the top of a page)."""
    found = _match_header(cells)
    return found is not None and all(columns.get(c) == f for c, f in found[0].items())


def _field_of(cell: _Cell, columns: dict[int, str]) -> str | None:
    for c in range(cell.column, cell.column + cell.span):
        if c in columns:
            return columns[c]
    return None


def _piece(row: _Row, cell: _Cell, doc: WordDocument, reason: str, *, text: str | None = None) -> NotPlaced:
    header = None
    for c in range(cell.column, cell.column + cell.span):
        if c in doc.headers:
            header = doc.headers[c]
            break
    return NotPlaced(
        row.table, row.number, cell.column + 1, header, text if text is not None else cell.text, reason
    )


def _org_type(name: str) -> str | None:
    for prefix, kind in _ORG_TYPES:
        if name.startswith(prefix):
            return kind
    return None


def import_docx(
    path: Path | str, *, year: int | None = None, org: str | None = None, known_units: Iterable[str] = ()
) -> WordImport:
    """``read_docx`` then ``build_report``; raises what they raise."""
    return build_report(read_docx(path), year=year, org=org, known_units=known_units)
