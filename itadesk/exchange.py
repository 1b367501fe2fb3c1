"""The JSON exchange file (format ``itadesk-report``): version 1
(``report.schema.json``) and version 2 (``report.schema.v2.json``).

Version 2 only adds optional keys to version 1 (``V2_TOP_KEYS``, the
organization's ``budget_column``, a measure's ``budget`` and ``follow_up``),
each left out when empty or default. A version 1 file is read exactly as
before (a version 2 key in it is an unknown field); export writes the oldest
version that holds the report (``Report.uses_v2``), so a report using nothing
new is written as version 1, byte for byte as earlier releases wrote it.

The public interface for import, export and the command line. Import checks
the whole document before anything is written and names each failing field
(``measures[2].period_end``); export writes the same document back: same
content, order and nesting, every string exactly as it was.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from . import photos as photo_rules
from . import thaifmt
from .errors import NotJsonError, PhotoError, Problem, UnexportableReportError, ValidationError
from .fileio import atomic_write_text, read_input
from .model import (
    LIST_FIELDS,
    LIST_STYLES,
    MARKER_KINDS,
    MARKER_LEVELS,
    Analysis,
    Item,
    Measure,
    Organization,
    Photo,
    Report,
    Signatory,
)
from .outline import MAX_LEVEL

FORMAT = "itadesk-report"
VERSION = 1  # the version written when the report uses nothing newer
LATEST_VERSION = 2
VERSIONS = (1, 2)
V2_TOP_KEYS = {"ita", "title_lines", "markers", "analysis"}
_V2_ORG_KEYS = {"budget_column"}
_V2_MEASURE_KEYS = {"budget", "follow_up", "photos"}
_PHOTO_KEYS = {"type", "data", "caption", "taken"}

_TOP_KEYS = {"format", "version", "organization", "fiscal_year_be", "title", "measures", "signatories"}
_ORG_KEYS = {"name", "type", "district", "province", "units"}
_MEASURE_KEYS = {
    "title",
    "steps",
    "results",
    "outcomes",
    "responsible_units",
    "period_start",
    "period_end",
    "target_count",
    "participant_count",
    "list_styles",
}
_SIGNATORY_KEYS = {"role", "name", "position"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Depth past which nested items are refused: the app's one nesting limit, for
# exchange files, backups and stored rows alike (``outline.MAX_LEVEL``).
MAX_DEPTH = MAX_LEVEL
# Bytes read at most from an exchange file (a year's report is well under
# 1 MB, a logo a few MB more): a bigger file is refused before it is parsed.
MAX_FILE_BYTES = 256 * 1024 * 1024


# --- reading -------------------------------------------------------------------


def read_document(path: Path | str) -> Any:
    """Read a JSON file. Raises ``NotJsonError`` (reason: ``missing``,
    ``unreadable``, ``empty``, ``encoding``, ``truncated``, ``invalid``) or
    ``InputFileError`` (not a regular file, over ``MAX_FILE_BYTES``)."""
    path = Path(path)
    try:
        data = read_input(path, limit=MAX_FILE_BYTES)
    except FileNotFoundError as exc:
        raise NotJsonError(path=str(path), reason="missing") from exc
    except OSError as exc:
        raise NotJsonError(path=str(path), reason="unreadable", detail=str(exc)) from exc
    return decode_document(data, path=str(path))


def decode_document(data: bytes, *, path: str = "") -> Any:
    if not data.strip():
        raise NotJsonError(path=path, reason="empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotJsonError(path=path, reason="encoding", detail=str(exc)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise NotJsonError(
            path=path, reason="truncated" if truncated else "invalid", detail=str(exc)
        ) from exc
    except RecursionError as exc:
        raise NotJsonError(path=path, reason="invalid", detail="nesting too deep") from exc


def load_report(path: Path | str) -> Report:
    """Read and check an exchange file. Raises ``NotJsonError`` or
    ``ValidationError``."""
    return parse_report(read_document(path))


# --- checking --------------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, code: str, value: object = None) -> None:
        self.problems.append(Problem(path, code, value))

    def keys(self, obj: dict, allowed: set[str], path: str) -> None:
        for key in obj:
            if key not in allowed:
                self.fail(_join(path, key), "unknown_field", key)

    def text(self, value: object, path: str, *, required: bool = False) -> str | None:
        if not isinstance(value, str):
            self.fail(path, "not_text", value)
            return None
        if required and not value:
            self.fail(path, "empty")
            return None
        if _has_lone_surrogate(value):
            self.fail(path, "bad_characters")
            return None
        if _CONTROL_CHARACTERS.search(value):
            self.fail(path, "control_characters", _visible_controls(value))
            return None
        return value

    def flag(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, "not_boolean", value)
            return False
        return value

    def count(self, value: object, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "not_integer", value)
            return None
        if value < 0:
            self.fail(path, "negative", value)
            return None
        return value

    def date(self, value: object, path: str) -> dt.date | None:
        if not isinstance(value, str):
            self.fail(path, "bad_date", value)
            return None
        m = _ISO_DATE.match(value)
        if not m:
            self.fail(path, "bad_date", value)
            return None
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            self.fail(path, "bad_date", value)
            return None

    def strings(self, value: object, path: str) -> list[str]:
        if not isinstance(value, list):
            self.fail(path, "not_list", value)
            return []
        out = []
        for i, entry in enumerate(value):
            text = self.text(entry, f"{path}[{i}]", required=True)
            if text is not None:
                out.append(text)
        return out

    def photos(self, value: object, path: str) -> list[Photo]:
        """Photos as the exchange file holds them (``{"type", "data": base64,
        "caption", "taken"}``), each checked by its header before anything
        decodes it: type, size in bytes, pixels, a truncated file."""
        if not isinstance(value, list):
            self.fail(path, "not_list", value)
            return []
        out = []
        for i, entry in enumerate(value):
            p = f"{path}[{i}]"
            if not isinstance(entry, dict):
                self.fail(p, "not_object", entry)
                continue
            self.keys(entry, _PHOTO_KEYS, p)
            kind = entry.get("type")
            if kind not in photo_rules.TYPES:
                self.fail(_join(p, "type"), "bad_photo_type", kind)
            caption = self.text(entry.get("caption", ""), _join(p, "caption")) or ""
            taken = self.date(entry["taken"], _join(p, "taken")) if entry.get("taken") is not None else None
            raw = entry.get("data")
            if not isinstance(raw, str):
                self.fail(_join(p, "data"), "missing" if raw is None else "bad_photo")
                continue
            if len(raw) > (photo_rules.MAX_STORED_BYTES * 4) // 3 + 4:  # before decoding the base64
                self.fail(_join(p, "data"), "photo_too_large", photo_rules.MAX_STORED_BYTES)
                continue
            try:
                data = base64.b64decode(raw, validate=True)
            except (binascii.Error, ValueError):
                self.fail(_join(p, "data"), "bad_photo")
                continue
            if not self.photo_bytes(data, _join(p, "data"), kind if kind in photo_rules.TYPES else None):
                continue
            try:  # what another tool wrote is stored as a photo picked from a file: no EXIF, no GPS
                data = photo_rules.sanitize(data)
            except PhotoError:
                self.fail(_join(p, "data"), "bad_photo")
                continue
            out.append(Photo(data=data, caption=caption, taken=taken, mime=photo_rules.JPEG))
        return out

    def photo_bytes(self, data: object, path: str, kind: object = None) -> bool:
        """Whether ``data`` passes the image rules (header only)."""
        if not isinstance(data, bytes):
            self.fail(path, "bad_photo")
            return False
        try:
            found, _w, _h = photo_rules.check_header(data, max_bytes=photo_rules.MAX_STORED_BYTES)
        except PhotoError as exc:
            code = {"too_large": "photo_too_large", "too_many_pixels": "photo_too_many_pixels"}.get(
                exc.reason, "bad_photo"
            )
            self.fail(path, code, exc.limit or None)
            return False
        if kind is not None and found != kind:
            self.fail(path, "bad_photo")
            return False
        return True

    def items(self, value: object, path: str, depth: int = 1) -> list[Item]:
        if not isinstance(value, list):
            self.fail(path, "not_list", value)
            return []
        if depth > MAX_DEPTH:
            self.fail(path, "too_deep")
            return []
        out = []
        for i, entry in enumerate(value):
            p = f"{path}[{i}]"
            if isinstance(entry, str):
                if self.text(entry, p) is not None:
                    out.append(Item(entry))
            elif isinstance(entry, dict):
                self.keys(entry, {"text", "items"}, p)
                if "text" not in entry:
                    self.fail(_join(p, "text"), "missing")
                    continue
                text = self.text(entry["text"], _join(p, "text"))
                sub = self.items(entry.get("items", []), _join(p, "items"), depth + 1)
                if text is not None:
                    out.append(Item(text, sub))
            else:
                self.fail(p, "bad_item", entry)
        return out


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# C0 and C1 control characters other than tab and line breaks: nothing a clerk
# types, and some (ESC) drive terminals.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _visible_controls(text: str) -> str:
    """The controls of ``text`` named, e.g. ``U+001B``, for the message."""
    found = sorted(set(_CONTROL_CHARACTERS.findall(text)))
    return " ".join(f"U+{ord(c):04X}" for c in found)


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_report(doc: Any) -> Report:
    """Check a decoded document and build the report. Raises
    ``ValidationError`` listing every failing field."""
    c = _Checker()
    if not isinstance(doc, dict):
        raise ValidationError(problems=[Problem("", "not_report")])
    version = doc.get("version")
    v2 = version == 2 and not isinstance(version, bool)
    c.keys(doc, _TOP_KEYS | V2_TOP_KEYS if v2 else _TOP_KEYS, "")
    for key in ("format", "version", "organization", "fiscal_year_be", "measures"):
        if key not in doc:
            c.fail(key, "missing")
    if "format" in doc and doc["format"] != FORMAT:
        c.fail("format", "wrong_format", doc["format"])
    if "version" in doc and (version not in VERSIONS or isinstance(version, bool)):
        c.fail("version", "wrong_version", version)
    if c.problems and any(p.code in ("wrong_format", "wrong_version") for p in c.problems):
        # Another kind of file altogether: the rest would only add noise.
        raise ValidationError(problems=c.problems)

    org = _parse_organization(c, doc.get("organization"), v2)
    year = doc.get("fiscal_year_be")
    if "fiscal_year_be" in doc:
        if isinstance(year, bool) or not isinstance(year, int):
            c.fail("fiscal_year_be", "not_integer", year)
            year = None
        elif not 2500 <= year <= 2700:
            c.fail("fiscal_year_be", "year_range", year)
            year = None
    title = None
    if "title" in doc:
        title = c.text(doc["title"], "title")
    measures: list[Measure] = []
    if "measures" in doc:
        if not isinstance(doc["measures"], list):
            c.fail("measures", "not_list", doc["measures"])
        else:
            for i, m in enumerate(doc["measures"]):
                measure = _parse_measure(c, m, f"measures[{i}]", v2)
                if measure is not None:
                    measures.append(measure)
    signatories: list[Signatory] = []
    if "signatories" in doc:
        sigs = doc["signatories"]
        if not isinstance(sigs, list):
            c.fail("signatories", "not_list", sigs)
        else:
            for i, s in enumerate(sigs):
                p = f"signatories[{i}]"
                if not isinstance(s, dict):
                    c.fail(p, "not_object", s)
                    continue
                c.keys(s, _SIGNATORY_KEYS, p)
                if "role" not in s:
                    c.fail(f"{p}.role", "missing")
                role = c.text(s["role"], f"{p}.role") if "role" in s else None
                name = c.text(s["name"], f"{p}.name") if "name" in s else None
                position = c.text(s["position"], f"{p}.position") if "position" in s else None
                if role is not None:
                    signatories.append(Signatory(role, name, position))
    extra = _parse_v2(c, doc) if v2 else {}
    if c.problems or org is None or year is None:
        raise ValidationError(problems=c.problems or [Problem("", "not_report")])
    return Report(org, year, measures, title=title, signatories=signatories, **extra)


def _parse_v2(c: _Checker, doc: dict) -> dict[str, Any]:
    """The report's version 2 keys (each optional)."""
    out: dict[str, Any] = {}
    ita = doc.get("ita", {})
    if not isinstance(ita, dict):
        c.fail("ita", "not_object", ita)
    else:
        c.keys(ita, {"round", "show_item_code"}, "ita")
        if "round" in ita:
            year = ita["round"]
            if isinstance(year, bool) or not isinstance(year, int):
                c.fail("ita.round", "not_integer", year)
            elif not 2500 <= year <= 2700:
                c.fail("ita.round", "year_range", year)
            else:
                out["ita_round"] = year
        if "show_item_code" in ita:
            out["show_item_code"] = c.flag(ita["show_item_code"], "ita.show_item_code")
    lines = doc.get("title_lines", {})
    if not isinstance(lines, dict):
        c.fail("title_lines", "not_object", lines)
    else:
        c.keys(lines, {"cover", "heading"}, "title_lines")
        for key in ("cover", "heading"):
            if key in lines:
                out[f"{key}_lines"] = c.strings(lines[key], f"title_lines.{key}")
    markers = doc.get("markers", {})
    if not isinstance(markers, dict):
        c.fail("markers", "not_object", markers)
    else:
        c.keys(markers, set(LIST_STYLES), "markers")
        found: dict[str, list[str]] = {}
        for style, kinds in markers.items():
            p = f"markers.{style}"
            if style not in LIST_STYLES:
                continue
            if not isinstance(kinds, list):
                c.fail(p, "not_list", kinds)
            elif not 1 <= len(kinds) <= MARKER_LEVELS:
                c.fail(p, "bad_markers", len(kinds))
            elif any(k not in MARKER_KINDS for k in kinds):
                c.fail(p, "bad_markers", next(k for k in kinds if k not in MARKER_KINDS))
            else:
                found[style] = list(kinds)
        out["markers"] = found
    analysis = doc.get("analysis", {})
    if not isinstance(analysis, dict):
        c.fail("analysis", "not_object", analysis)
    else:
        c.keys(analysis, {"text", "score", "level", "weaknesses", "improvements"}, "analysis")
        texts = {
            k: c.text(analysis[k], f"analysis.{k}") if k in analysis else None
            for k in ("text", "score", "level")
        }
        out["analysis"] = Analysis(
            note=texts["text"] or None,
            score=texts["score"] or None,
            level=texts["level"] or None,
            weaknesses=c.strings(analysis["weaknesses"], "analysis.weaknesses")
            if "weaknesses" in analysis
            else [],
            improvements=(
                c.strings(analysis["improvements"], "analysis.improvements")
                if "improvements" in analysis
                else []
            ),
        )
    return out


def _parse_organization(c: _Checker, value: object, v2: bool = False) -> Organization | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        c.fail("organization", "not_object", value)
        return None
    c.keys(value, _ORG_KEYS | _V2_ORG_KEYS if v2 else _ORG_KEYS, "organization")
    budget_column = (
        c.flag(value["budget_column"], "organization.budget_column")
        if v2 and "budget_column" in value
        else False
    )
    if "name" not in value:
        c.fail("organization.name", "missing")
        return None
    name = c.text(value["name"], "organization.name", required=True)
    fields: dict[str, str | None] = {}
    for key in ("type", "district", "province"):
        fields[key] = c.text(value[key], f"organization.{key}") if key in value else None
    units = c.strings(value["units"], "organization.units") if "units" in value else []
    if name is None:
        return None
    return Organization(
        name=name,
        type=fields["type"],
        district=fields["district"],
        province=fields["province"],
        units=units,
        budget_column=budget_column,
    )


def _parse_measure(c: _Checker, value: object, path: str, v2: bool = False) -> Measure | None:
    if not isinstance(value, dict):
        c.fail(path, "not_object", value)
        return None
    c.keys(value, _MEASURE_KEYS | _V2_MEASURE_KEYS if v2 else _MEASURE_KEYS, path)
    budget = None
    if v2 and "budget" in value:
        raw = c.text(value["budget"], f"{path}.budget")
        if raw is not None:
            try:
                parsed = thaifmt.parse_amount(raw)
            except ValueError:
                parsed = None
            if parsed != raw:  # stored forms only: "12450.50", "3000", ไม่ใช้งบประมาณ
                c.fail(f"{path}.budget", "bad_amount", raw)
            else:
                budget = parsed
    follow_up = c.text(value["follow_up"], f"{path}.follow_up") if v2 and "follow_up" in value else None
    photos = c.photos(value["photos"], f"{path}.photos") if v2 and "photos" in value else []
    if "title" not in value:
        c.fail(f"{path}.title", "missing")
        title = None
    else:
        title = c.text(value["title"], f"{path}.title", required=True)
    lists = {name: c.items(value.get(name, []), f"{path}.{name}") for name in LIST_FIELDS}
    units = (
        c.strings(value["responsible_units"], f"{path}.responsible_units")
        if "responsible_units" in value
        else []
    )
    start = c.date(value["period_start"], f"{path}.period_start") if "period_start" in value else None
    end = c.date(value["period_end"], f"{path}.period_end") if "period_end" in value else None
    if start and end and end < start:
        c.fail(f"{path}.period_end", "ends_before_start", value["period_end"])
    target = c.count(value.get("target_count"), f"{path}.target_count")
    participants = c.count(value.get("participant_count"), f"{path}.participant_count")
    styles: dict = {}
    raw_styles = value.get("list_styles", {})
    if not isinstance(raw_styles, dict):
        c.fail(f"{path}.list_styles", "not_object", raw_styles)
    else:
        c.keys(raw_styles, set(LIST_FIELDS), f"{path}.list_styles")
        for name, style in raw_styles.items():
            if name not in LIST_FIELDS:
                continue
            if style not in LIST_STYLES:
                c.fail(f"{path}.list_styles.{name}", "bad_list_style", style)
            elif style != "numbered":
                styles[name] = style
    if title is None:
        return None
    return Measure(
        title=title,
        responsible_units=units,
        period_start=start,
        period_end=end,
        target_count=target,
        participant_count=participants,
        list_styles=styles,
        steps=lists["steps"],
        results=lists["results"],
        outcomes=lists["outcomes"],
        budget=budget,
        follow_up=follow_up or None,
        photos=photos,
    )


def check_report(report: Report) -> list[Problem]:
    """Warnings a clerk should see but that do not stop an import: a period
    outside the fiscal year, more participants than the target."""
    warnings: list[Problem] = []
    first, last = thaifmt.fiscal_year_bounds(report.fiscal_year_be)
    for i, m in enumerate(report.measures):
        p = f"measures[{i}]"
        for name, d in (("period_start", m.period_start), ("period_end", m.period_end)):
            if d is not None and not first <= d <= last:
                warnings.append(Problem(f"{p}.{name}", "outside_fiscal_year", d.isoformat()))
        if m.period_start and m.period_end and m.period_end < m.period_start:
            warnings.append(Problem(f"{p}.period_end", "ends_before_start", m.period_end.isoformat()))
        if (
            m.target_count is not None
            and m.participant_count is not None
            and m.participant_count > m.target_count
        ):
            warnings.append(Problem(f"{p}.participant_count", "above_target", m.participant_count))
    return warnings


# --- writing -------------------------------------------------------------------------


def _dump_items(items: list[Item]) -> list:
    return [{"text": it.text, "items": _dump_items(it.items)} if it.items else it.text for it in items]


def format_version(report: Report, version: int | None = None) -> int:
    """The version ``report`` is written in: ``version`` if given (raises
    ``ValueError`` for an unknown one or, for 1, a report it cannot hold),
    else the oldest that holds it."""
    needed = 2 if report.uses_v2() else 1
    if version is None:
        return needed
    if version not in VERSIONS:
        raise ValueError(f"no exchange format version {version}")
    if version < needed:
        raise ValueError("this report uses what only version 2 holds")
    return version


def dump_report(report: Report, version: int | None = None) -> dict:
    """The exchange document of ``report`` (keys in the schema's order), in
    ``format_version(report, version)``."""
    v2 = format_version(report, version) == 2
    org = report.organization
    org_doc: dict[str, Any] = {"name": org.name}
    for key in ("type", "district", "province"):
        if getattr(org, key) is not None:
            org_doc[key] = getattr(org, key)
    if org.units:
        org_doc["units"] = list(org.units)
    if v2 and org.budget_column:
        org_doc["budget_column"] = True
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 2 if v2 else 1,
        "organization": org_doc,
        "fiscal_year_be": report.fiscal_year_be,
    }
    if report.title is not None:
        doc["title"] = report.title
    doc["measures"] = [_dump_measure(m, v2) for m in report.measures]
    if report.signatories:
        doc["signatories"] = [
            {k: v for k, v in (("role", s.role), ("name", s.name), ("position", s.position)) if v is not None}
            for s in report.signatories
        ]
    if v2:
        _dump_v2(report, doc)
    return doc


def _dump_v2(report: Report, doc: dict[str, Any]) -> None:
    ita: dict[str, Any] = {}
    if report.ita_round is not None:
        ita["round"] = report.ita_round
    if report.show_item_code:
        ita["show_item_code"] = True
    if ita:
        doc["ita"] = ita
    lines = {k: list(v) for k, v in (("cover", report.cover_lines), ("heading", report.heading_lines)) if v}
    if lines:
        doc["title_lines"] = lines
    markers = {s: list(report.markers[s]) for s in LIST_STYLES if report.markers.get(s)}
    if markers:
        doc["markers"] = markers
    a = report.analysis
    analysis: dict[str, Any] = {
        k: v
        for k, v in (
            ("text", a.note),
            ("score", a.score),
            ("level", a.level),
            ("weaknesses", list(a.weaknesses)),
            ("improvements", list(a.improvements)),
        )
        if v
    }
    if analysis:
        doc["analysis"] = analysis


def _dump_measure(m: Measure, v2: bool = False) -> dict:
    out: dict[str, Any] = {"title": m.title}
    for name in LIST_FIELDS:
        out[name] = _dump_items(m.items_of(name))
    out["responsible_units"] = list(m.responsible_units)
    if m.period_start is not None:
        out["period_start"] = m.period_start.isoformat()
    if m.period_end is not None:
        out["period_end"] = m.period_end.isoformat()
    out["target_count"] = m.target_count
    out["participant_count"] = m.participant_count
    styles = {
        name: m.list_styles[name] for name in LIST_FIELDS if m.list_styles.get(name, "numbered") != "numbered"
    }
    if styles:
        out["list_styles"] = styles
    if v2 and m.budget is not None:
        out["budget"] = m.budget
    if v2 and m.follow_up:
        out["follow_up"] = m.follow_up
    if v2 and m.photos:
        out["photos"] = [_dump_photo(p) for p in m.photos]
    return out


def _dump_photo(photo: Photo) -> dict[str, Any]:
    out: dict[str, Any] = {"type": photo.mime, "data": base64.b64encode(photo.data).decode("ascii")}
    if photo.caption:
        out["caption"] = photo.caption
    if photo.taken is not None:
        out["taken"] = photo.taken.isoformat()
    return out


def dumps_report(report: Report, version: int | None = None, *, check: bool = True) -> str:
    """The exchange file's text. With ``check`` (the default) the document is
    first read back as an import would read it, so no export makes a file that
    the import refuses: raises ``UnexportableReportError`` (e.g. a measure the
    clerk left without a title)."""
    doc = dump_report(report, version)
    if check:
        try:
            parse_report(doc)
        except ValidationError as exc:
            raise UnexportableReportError(problems=exc.problems) from None
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def save_report(report: Report, path: Path | str, version: int | None = None, *, check: bool = True) -> None:
    """Write the exchange file atomically (``version``: see ``format_version``;
    ``check``: see ``dumps_report``; a rescue of unsaved work passes False, as
    a file to fix is better than work lost). Raises ``OutputError`` or
    ``UnexportableReportError``, leaving ``path`` as it was."""
    atomic_write_text(path, dumps_report(report, version, check=check))


# --- stored rows (a backup, the database) --------------------------------------------

_DIGITS = ("thai", "arabic")


def _stored_json(c: _Checker, value: object, path: str, *, default: object) -> object:
    """A JSON column decoded, or a value the checker will refuse."""
    if value is None:
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        c.fail(path, "bad_json")
        return default


def _stored_items(value: object, depth: int = 1) -> object:
    """Stored items (``"text"`` or ``["text", [sub-items]]``, see
    ``storage.items_to_json``) in the exchange file's form; anything else is
    left for the checker to refuse, and nothing past ``MAX_DEPTH`` is walked."""
    if not isinstance(value, list) or depth > MAX_DEPTH:
        return value
    out: list[object] = []
    for entry in value:
        if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str):
            out.append({"text": entry[0], "items": _stored_items(entry[1], depth + 1)})
        else:
            out.append(entry)
    return out


def check_stored_report(
    org_row: dict,
    report_row: dict,
    measure_rows: list[dict],
    photo_rows: dict[object, list[dict]] | None = None,
) -> list[Problem]:
    """Every problem of one stored report (rows of ``organizations``,
    ``reports`` and its ``measures`` as dicts), checked by the exchange
    file's own rules (``parse_report``, version 2) plus the columns that only the
    database has (digits, logo, font, position); ``photo_rows``: each
    measure's rows of ``photos`` by measure id, checked by the photo rules
    (header only, nothing decoded). Empty when it is valid."""
    c = _Checker()
    org = {
        "name": org_row.get("name"),
        "units": _stored_json(c, org_row.get("units"), "organization.units", default=[]),
    }
    for key in ("type", "district", "province"):
        if org_row.get(key) is not None:
            org[key] = org_row[key]
    if org_row.get("digits") not in (None, *_DIGITS):
        c.fail("organization.digits", "bad_digits", org_row.get("digits"))
    if org_row.get("logo") is not None and not isinstance(org_row.get("logo"), bytes):
        c.fail("organization.logo", "bad_logo")
    if org_row.get("font_path") is not None:
        c.text(org_row["font_path"], "organization.font_path")
    # Checked as version 2, which holds every column a report row has
    # (rows of earlier schemas lack the newer ones: their defaults).
    if org_row.get("budget_column") not in (None, 0, 1):
        c.fail("organization.budget_column", "not_boolean", org_row.get("budget_column"))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": LATEST_VERSION,
        "organization": org,
        "fiscal_year_be": report_row.get("fiscal_year_be"),
        "measures": [],
        "signatories": _stored_json(c, report_row.get("signatories"), "signatories", default=[]),
    }
    if report_row.get("title") is not None:
        doc["title"] = report_row["title"]
    if report_row.get("analysis") is not None:
        c.text(report_row["analysis"], "analysis")
    analysis = _stored_json(c, report_row.get("analysis_detail"), "analysis", default={})
    if isinstance(analysis, dict) and ("text" in analysis or "note" in analysis):
        c.fail("analysis", "unknown_field", "text")  # the note is the analysis column
    doc["analysis"] = analysis
    doc["title_lines"] = _stored_json(c, report_row.get("title_lines"), "title_lines", default={})
    doc["markers"] = _stored_json(c, report_row.get("markers"), "markers", default={})
    ita: dict[str, Any] = {}
    if report_row.get("ita_round") is not None:
        ita["round"] = report_row["ita_round"]
    if report_row.get("show_item_code") not in (None, 0, 1):
        c.fail("ita.show_item_code", "not_boolean", report_row.get("show_item_code"))
    if report_row.get("print_photos") not in (None, 0, 1):
        c.fail("print_photos", "not_boolean", report_row.get("print_photos"))
    doc["ita"] = ita
    for i, row in enumerate(measure_rows):
        p = f"measures[{i}]"
        # the window stores a measure before the clerk names it: an empty title is
        # the app's own state, not damage (an exchange file still needs one)
        title = row.get("title")
        m: dict[str, Any] = {"title": "-" if title == "" else title}
        for name in LIST_FIELDS:
            m[name] = _stored_items(_stored_json(c, row.get(name), f"{p}.{name}", default=[]))
        m["responsible_units"] = _stored_json(
            c, row.get("responsible_units"), f"{p}.responsible_units", default=[]
        )
        m["list_styles"] = _stored_json(c, row.get("list_styles"), f"{p}.list_styles", default={})
        for key in ("period_start", "period_end"):
            if row.get(key) is not None:
                m[key] = row[key]
        m["target_count"] = row.get("target_count")
        m["participant_count"] = row.get("participant_count")
        for key in ("budget", "follow_up"):
            if row.get(key) is not None:
                m[key] = row[key]
        if isinstance(row.get("position"), bool) or not isinstance(row.get("position"), int):
            c.fail(f"{p}.position", "not_integer", row.get("position"))
        for k, photo in enumerate((photo_rows or {}).get(row.get("id"), [])):
            pp = f"{p}.photos[{k}]"
            if photo.get("mime") not in photo_rules.TYPES:
                c.fail(f"{pp}.type", "bad_photo_type", photo.get("mime"))
            c.photo_bytes(photo.get("data"), f"{pp}.data")
            c.text(photo.get("caption"), f"{pp}.caption")
            if photo.get("taken") is not None:
                c.date(photo.get("taken"), f"{pp}.taken")
            if isinstance(photo.get("position"), bool) or not isinstance(photo.get("position"), int):
                c.fail(f"{pp}.position", "not_integer", photo.get("position"))
        doc["measures"].append(m)
    try:
        parse_report(doc)
    except ValidationError as exc:
        c.problems.extend(exc.problems)
    except RecursionError:
        c.fail("measures", "too_deep")
    return c.problems


# --- equality as the format defines it ---------------------------------------------


def normalize(doc: Any) -> Any:
    """A canonical form of a valid document, for comparing two of them: an item
    ``"x"`` equals ``{"text": "x"}``; an absent field equals ``null`` and an
    empty list; a ``numbered`` list style equals none."""
    return dump_report(parse_report(doc))
