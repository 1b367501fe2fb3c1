"""Fonts of the report: loading TrueType files, choosing the bold, embedding.

A ``Face`` is one TrueType file, parsed once (ReportLab's parser for the
tables, HarfBuzz for shaping) and cached for the life of the process. A
``FontSet`` is what one report prints with: a regular and a bold face, and,
when the clerk chose a font of the office, the bundled Sarabun to fall back on
for characters that font lacks.

Embedding: each face used in a document gets one ``EmbeddedFont``, a Type0
font with two-byte codes written when ReportLab saves the document (it is a
"delayed font" of ReportLab's ``PDFDocument``). One code stands for one
*cluster*: the glyphs HarfBuzz gave for a piece of text that cannot be split
(a consonant with its vowels and tone marks, a ligature). A cluster of several
glyphs, or of one glyph moved off its pen position, becomes one composite
glyph in the subset, with the offsets HarfBuzz computed built in, so every
code draws exactly its cluster and its ToUnicode entry is exactly the
cluster's text. Readers then extract the text as typed, whatever order they
sort glyphs in, and no private-use codes appear. ``docs/typesetting.md`` says
why each rule is there.
"""

from __future__ import annotations

import functools
import io
import math
import os
import re
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from struct import pack, unpack
from typing import TYPE_CHECKING

from ..errors import FontError
from ..fileio import protect_input
from ..resources import FONT_BOLD, FONT_REGULAR, resource

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.pdfbase.pdfdoc import PDFDocument

# Sizes in the report are chosen for Sarabun; another font is scaled so that
# its Thai consonants stand as tall as Sarabun's (the TH Sarabun family draws
# them much smaller on the same em: 16 pt there looks like 11 pt here).
REFERENCE_CONSONANT_HEIGHT = 0.586  # Sarabun's ก, in em
SYNTHETIC_BOLD_STROKE = 0.028  # of the font size, stroked around the outline

# Glyph-data flags of TrueType composite glyphs.
_ARG_1_AND_2_ARE_WORDS = 1 << 0
_ARGS_ARE_XY_VALUES = 1 << 1
_WE_HAVE_A_SCALE = 1 << 3
_MORE_COMPONENTS = 1 << 5
_WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6
_WE_HAVE_A_TWO_BY_TWO = 1 << 7

_INT16_MIN, _INT16_MAX = -(1 << 15), (1 << 15) - 1

_WE_HAVE_INSTRUCTIONS = 1 << 8
_UNSCALED_COMPONENT_OFFSET = 1 << 12


@dataclass(frozen=True)
class Foreign:
    """A cluster of another face drawn in this face's font: the report's own
    font lacks a character and the bundled Sarabun draws it. ``key`` is in
    the other face's units; ``scale`` turns them into this face's (sizes
    and units per em both). Keeping such glyphs in the same font as the
    text around them keeps readers from seeing a font switch inside a word
    (poppler ends words there)."""

    face: Face
    key: int | tuple[tuple[int, int, int], ...]
    scale: float


# What one PDF code draws: a glyph id; positioned glyphs ((glyph id, x, y),
# ...) in font units, drawn as one composite glyph; or a cluster of another face.
GlyphKey = int | tuple[tuple[int, int, int], ...] | Foreign
# Scales a composite glyph can hold (F2Dot14).
MAX_FOREIGN_SCALE = 1.99


class Face:
    """One TrueType font file, ready for shaping, measuring and embedding.

    Raises ``FontError`` (reason ``missing``, ``unreadable`` or
    ``unsupported``) when the file cannot be used.
    """

    def __init__(self, path: Path) -> None:
        import uharfbuzz as hb
        from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

        self.path = path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _file_error(path, exc) from exc
        protect_input(path)  # a PDF is never written over the font it uses
        try:
            self.ttf = TTFontFile(io.BytesIO(data))
        except (TTFError, ValueError, IndexError, KeyError) as exc:
            raise FontError(path=str(path), reason="unsupported", detail=str(exc)) from exc
        except Exception as exc:  # struct.error and friends from a damaged file
            raise FontError(path=str(path), reason="unsupported", detail=repr(exc)) from exc
        self.ttf.filename = str(path)
        self.name = self.ttf.name.decode("latin-1")
        self.upem = self.ttf.unitsPerEm
        self.cmap: dict[int, int] = self.ttf.charToGlyph
        self.hb_font = hb.Font(hb.Face(data))
        extents = self.hb_font.get_font_extents("ltr")
        self.ascender = extents.ascender
        self.descender = extents.descender  # negative
        self.space_gid = self.cmap.get(0x20, 0)
        self.notdef_advance = self.ttf.hmetrics[0][0] if self.ttf.hmetrics else self.upem // 2
        ko = self.cmap.get(0x0E01)
        self.has_thai = ko is not None
        height = 0
        if ko is not None:
            ext = self.hb_font.get_glyph_extents(ko)
            height = ext.y_bearing if ext else 0
        self.consonant_height = height / self.upem if height > 0 else REFERENCE_CONSONANT_HEIGHT
        self._glyph_info: dict[int, tuple[int, int, int, int, int, int, int, int]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Face({self.name!r}, {str(self.path)!r})"

    @property
    def size_factor(self) -> float:
        """Multiply the report's (Sarabun) sizes by this for this face."""
        return REFERENCE_CONSONANT_HEIGHT / self.consonant_height

    def has(self, cp: int) -> bool:
        return cp in self.cmap

    def advance(self, gid: int) -> int:
        hm = self.ttf.hmetrics
        return hm[gid][0] if gid < len(hm) else hm[-1][0]

    # --- glyph outlines, for composites and subsets ----------------------

    def glyph_info(self, gid: int) -> tuple[int, int, int, int, int, int, int, int]:
        """(kind, xMin, yMin, xMax, yMax, points, contours, depth) of a glyph:
        kind 0 for an empty glyph, 1 simple, -1 composite (points and contours
        are then the totals over its components, depth its nesting)."""
        info = self._glyph_info.get(gid)
        if info is not None:
            return info
        ttf = self.ttf
        if gid + 1 >= len(ttf.glyphPos):
            info = (0, 0, 0, 0, 0, 0, 0, 0)
            self._glyph_info[gid] = info
            return info
        pos = ttf.glyphPos[gid]
        length = ttf.glyphPos[gid + 1] - pos
        data = self._glyf[pos : pos + length]
        if length < 10:
            info = (0, 0, 0, 0, 0, 0, 0, 0)
        else:
            n, x0, y0, x1, y1 = unpack(">hhhhh", data[:10])
            if n >= 0:
                points = unpack(">H", data[10 + 2 * (n - 1) : 12 + 2 * (n - 1)])[0] + 1 if n else 0
                info = (1 if n else 0, x0, y0, x1, y1, points, n, 0)
            else:
                points = contours = depth = 0
                for comp in _components(data):
                    c = self.glyph_info(comp)
                    points += c[5]
                    contours += c[6]
                    depth = max(depth, c[7])
                info = (-1, x0, y0, x1, y1, points, contours, depth + 1)
        self._glyph_info[gid] = info
        return info

    @functools.cached_property
    def _glyf(self) -> bytes:
        return self.ttf.get_table("glyf")

    @functools.cached_property
    def _maxp_component(self) -> tuple[int, int, int, int]:
        maxp = self.ttf.get_table("maxp")
        if len(maxp) >= 32:
            return unpack(">HHHH", maxp[10:14] + maxp[28:32])
        return (0, 0, 0, 0)

    def build_subset(self, keys: list[GlyphKey | None], advances: list[int]) -> tuple[bytes, list[int]]:
        """A TrueType font program holding what code ``i`` draws, and the
        glyph index in it of each code (the PDF's CIDToGIDMap).

        ``keys[i]`` is a glyph id, a tuple of positioned glyphs (drawn as one
        composite glyph of advance ``advances[i]``) or ``None`` (.notdef).
        The program has no cmap: the PDF reaches glyphs by index. Adapted
        from ReportLab's ``TTFontFile.makeSubset``, which maps characters
        rather than glyphs.
        """
        with self._lock:
            return self._build_subset(keys, advances)

    def _build_subset(self, keys: list[GlyphKey | None], advances: list[int]) -> tuple[bytes, list[int]]:
        from reportlab.pdfbase.ttfonts import TTFontMaker

        ttf = self.ttf
        glyph_map: list[tuple[Face, int]] = [(self, 0)]  # new index -> (face, old glyph id)
        glyph_set: dict[tuple[int, int], int] = {(id(self), 0): 0}  # (face, old glyph id) -> new index

        def add(face: Face, old: int) -> None:
            if (id(face), old) not in glyph_set:
                glyph_set[(id(face), old)] = len(glyph_map)
                glyph_map.append((face, old))

        for key in keys:
            if key is None:
                continue
            if isinstance(key, Foreign):
                for gid, _x, _y in _positioned(key.key):
                    add(key.face, gid)
            elif isinstance(key, int):
                add(self, key)
            else:
                for gid, _x, _y in key:
                    add(self, gid)
        # glyphs that are components of composite glyphs
        max_points, max_contours, max_elements, max_depth = self._maxp_component
        n = 0
        while n < len(glyph_map):
            face, old = glyph_map[n]
            n += 1
            data = face.glyph_data(old)
            if face is not self:
                info = face.glyph_info(old)
                max_points, max_contours = max(max_points, info[5]), max(max_contours, info[6])
                max_depth = max(max_depth, info[7])
            if len(data) >= 10 and unpack(">h", data[:2])[0] < 0:
                comps = list(_components(data))
                max_elements = max(max_elements, len(comps))
                for comp in comps:
                    add(face, comp)
        n_real = len(glyph_map)

        # synthetic composites, one per distinct key and advance
        synthetic: dict[tuple, int] = {}
        synthetic_data: list[tuple[bytes, int, int]] = []  # (glyph data, advance, lsb)
        code_to_glyph = []
        for key, adv in zip(keys, advances, strict=True):
            if key is None:
                code_to_glyph.append(0)
            elif isinstance(key, int):
                code_to_glyph.append(glyph_set[(id(self), key)])
            else:
                skey = (key, adv)
                if skey not in synthetic:
                    if isinstance(key, Foreign):
                        data, lsb, points, contours, depth = key.face._composite(
                            _positioned(key.key), glyph_set, key.scale
                        )
                        elements = len(_positioned(key.key))
                    else:
                        data, lsb, points, contours, depth = self._composite(key, glyph_set)
                        elements = len(key)
                    synthetic[skey] = n_real + len(synthetic_data)
                    synthetic_data.append((data, adv, lsb))
                    max_points = max(max_points, points)
                    max_contours = max(max_contours, contours)
                    max_elements = max(max_elements, elements)
                    max_depth = max(max_depth, depth)
                code_to_glyph.append(synthetic[skey])

        out = TTFontMaker()
        for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
            if tag in ttf.table:  # cvt, fpgm and prep are optional
                out.add(tag, ttf.get_table(tag))
        out.add("post", b"\x00\x03\x00\x00" + ttf.get_table("post")[4:16] + b"\x00" * 16)

        hmtx_pairs = [face.ttf.hmetrics[old] for face, old in glyph_map]
        hmtx_pairs += [(adv, lsb) for _data, adv, lsb in synthetic_data]
        num_glyphs = len(hmtx_pairs)
        hmtx = []
        for aw, lsb in hmtx_pairs:
            hmtx.append(int(aw) & 0xFFFF)
            hmtx.append(int(lsb) & 0xFFFF)
        out.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
        hhea = ttf.get_table("hhea")
        hhea = hhea[:34] + pack(">H", num_glyphs) + hhea[36:]
        out.add("hhea", hhea)
        maxp = ttf.get_table("maxp")
        maxp = maxp[:4] + pack(">H", num_glyphs) + maxp[6:]
        if len(maxp) >= 32:
            maxp = (
                maxp[:10]
                + pack(">HH", min(max_points, 0xFFFF), min(max_contours, 0xFFFF))
                + maxp[14:28]
                + pack(">HH", min(max_elements, 0xFFFF), min(max_depth, 0xFFFF))
                + maxp[32:]
            )
        out.add("maxp", maxp)

        pieces = []
        offsets = []
        pos = 0
        glyphs = []
        for face, old in glyph_map:
            data = face.glyph_data(old)
            if len(data) >= 10 and unpack(">h", data[:2])[0] < 0:
                data = _renumber_components(data, face, glyph_set)
            if face is not self:
                data = _without_instructions(data)  # they would run with this font's programs
            glyphs.append(data)
        glyphs += [data for data, _adv, _lsb in synthetic_data]
        for data in glyphs:
            offsets.append(pos)
            pieces.append(data)
            pos += len(data)
            if pos % 4:
                pieces.append(b"\0" * (4 - pos % 4))
                pos += 4 - pos % 4
        offsets.append(pos)
        out.add("glyf", b"".join(pieces))
        if (pos + 1) >> 1 > 0xFFFF:
            loc_format = 1
            loca = pack(f">{len(offsets)}L", *offsets)
        else:
            loc_format = 0
            loca = pack(f">{len(offsets)}H", *(o >> 1 for o in offsets))
        out.add("loca", loca)
        head = ttf.get_table("head")
        out.add("head", head[:50] + pack(">H", loc_format) + head[52:])
        return out.makeStream(), code_to_glyph

    def glyph_data(self, gid: int) -> bytes:
        """The glyf table's data of one glyph (empty for an empty glyph)."""
        pos = self.ttf.glyphPos
        if gid + 1 >= len(pos):
            return b""
        return self._glyf[pos[gid] : pos[gid + 1]]

    def _composite(
        self, key: tuple[tuple[int, int, int], ...], glyph_set: dict[tuple[int, int], int], scale: float = 1.0
    ) -> tuple[bytes, int, int, int, int]:
        """(glyph data, lsb, points, contours, depth) of a composite glyph
        drawing this face's positioned glyphs ``key``, scaled by ``scale``
        (for a foreign face's glyphs in another face's font)."""
        comps = []
        x0 = y0 = 1 << 30
        x1 = y1 = -(1 << 30)
        points = contours = depth = 0
        for gid, dx, dy in key:
            info = self.glyph_info(gid)
            if info[0] == 0:  # empty glyph: nothing to draw
                continue
            dx, dy = round(dx * scale), round(dy * scale)
            box = (
                math.floor(info[1] * scale) + dx,
                math.floor(info[2] * scale) + dy,
                math.ceil(info[3] * scale) + dx,
                math.ceil(info[4] * scale) + dy,
            )
            if not all(_INT16_MIN <= v <= _INT16_MAX for v in box):
                continue  # a mark pushed out of the glyph's coordinate space: not drawn
            comps.append((gid, dx, dy))
            x0, y0, x1, y1 = min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])
            points += info[5]
            contours += info[6]
            depth = max(depth, info[7] + 1)
        if not comps:
            return b"", 0, 0, 0, 0
        parts = [pack(">hhhhh", -1, x0, y0, x1, y1)]
        for i, (gid, dx, dy) in enumerate(comps):
            flags = _ARG_1_AND_2_ARE_WORDS | _ARGS_ARE_XY_VALUES
            if i < len(comps) - 1:
                flags |= _MORE_COMPONENTS
            if scale != 1.0:
                flags |= _WE_HAVE_A_SCALE | _UNSCALED_COMPONENT_OFFSET
            parts.append(pack(">HHhh", flags, glyph_set[(id(self), gid)], dx, dy))
            if scale != 1.0:
                parts.append(pack(">h", round(scale * 16384)))
        return b"".join(parts), x0, points, contours, depth


def _positioned(key: int | tuple[tuple[int, int, int], ...]) -> tuple[tuple[int, int, int], ...]:
    return ((key, 0, 0),) if isinstance(key, int) else key


def _component_offsets(data: bytes):
    """(offset of the glyph id, glyph id) of each component of a composite glyph."""
    pos = 10
    flags = _MORE_COMPONENTS
    while flags & _MORE_COMPONENTS:
        flags, gid = unpack(">HH", data[pos : pos + 4])
        yield pos + 2, gid
        pos += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
        if flags & _WE_HAVE_A_SCALE:
            pos += 2
        elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
            pos += 4
        elif flags & _WE_HAVE_A_TWO_BY_TWO:
            pos += 8


def _components(data: bytes):
    """Glyph ids of the components of a composite glyph."""
    return (gid for _, gid in _component_offsets(data))


def _renumber_components(data: bytes, face: Face, glyph_set: dict[tuple[int, int], int]) -> bytes:
    out = bytearray(data)
    for offset, gid in _component_offsets(data):
        out[offset : offset + 2] = pack(">H", glyph_set[(id(face), gid)])
    return bytes(out)


def _without_instructions(data: bytes) -> bytes:
    """A glyph's data without its hinting instructions."""
    if len(data) < 10:
        return data
    n = unpack(">h", data[:2])[0]
    if n >= 0:  # simple glyph: instructionLength after the contours' end points
        at = 10 + 2 * n
        length = unpack(">H", data[at : at + 2])[0]
        return data[:at] + b"\0\0" + data[at + 2 + length :]
    out = bytearray(data)
    pos = 10
    flags = _MORE_COMPONENTS
    while flags & _MORE_COMPONENTS:
        flags = unpack(">H", data[pos : pos + 2])[0]
        if not flags & _MORE_COMPONENTS and flags & _WE_HAVE_INSTRUCTIONS:
            out[pos : pos + 2] = pack(">H", flags & ~_WE_HAVE_INSTRUCTIONS)
        size = 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
        if flags & _WE_HAVE_A_SCALE:
            size += 2
        elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
            size += 4
        elif flags & _WE_HAVE_A_TWO_BY_TWO:
            size += 8
        pos += size
        if not flags & _MORE_COMPONENTS and flags & _WE_HAVE_INSTRUCTIONS:
            return bytes(out[:pos])
    return bytes(out)


def _file_error(path: Path, exc: OSError) -> FontError:
    reason = "missing" if isinstance(exc, FileNotFoundError) else "unreadable"
    return FontError(path=str(path), reason=reason, detail=str(exc))


_face_cache: dict[tuple[str, int, int], Face] = {}
_face_cache_lock = threading.Lock()


def load_face(path: Path | str) -> Face:
    """The parsed face of a TrueType file, cached by path, size and time.

    Raises ``FontError``.
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise _file_error(path, exc) from exc
    if not stat.S_ISREG(st.st_mode):
        raise FontError(path=str(path), reason="unreadable", detail="not a file")
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    with _face_cache_lock:
        face = _face_cache.get(key)
        if face is None:
            face = _face_cache[key] = Face(path)
    return face


# --- choosing the fonts of a report ------------------------------------------------


@dataclass(frozen=True)
class FontSet:
    """The faces a report prints with.

    ``bold`` may be ``regular`` itself, drawn thicker (``synthetic_bold``).
    ``fallback``/``fallback_bold`` are the bundled Sarabun when the report
    uses another font, else ``None``.
    """

    regular: Face
    bold: Face
    synthetic_bold: bool = False
    fallback: Face | None = None
    fallback_bold: Face | None = None

    def face(self, bold: bool) -> Face:
        return self.bold if bold else self.regular

    def fallback_face(self, bold: bool) -> Face | None:
        return self.fallback_bold if bold else self.fallback


_BOLD_WORD = re.compile(r"bold", re.IGNORECASE)
_STYLE_WORDS = re.compile(r"[-_ ]?(regular|reg|normal|book|roman)$", re.IGNORECASE)


def find_bold_sibling(path: Path) -> Path | None:
    """A bold file beside ``path``: same folder, a name with "Bold" in it
    (not italic) that starts like the regular's name, e.g.
    ``Sarabun-Regular.ttf`` → ``Sarabun-Bold.ttf``, ``THSarabunIT๙.ttf`` →
    ``THSarabunIT๙ Bold.ttf``."""
    stem = _STYLE_WORDS.sub("", path.stem).strip("-_ ")
    if not stem or _BOLD_WORD.search(path.stem):
        return None
    try:
        siblings = [p for p in path.parent.iterdir() if p.suffix.lower() in (".ttf", ".ttc") and p != path]
    except OSError:
        return None
    best: tuple[int, str, Path] | None = None
    for p in siblings:
        name = p.stem
        if not _BOLD_WORD.search(name) or re.search(r"italic|oblique", name, re.IGNORECASE):
            continue
        rest = _BOLD_WORD.sub("", name)
        rest = re.sub(r"^" + re.escape(stem), "", rest, flags=re.IGNORECASE)
        if rest == _BOLD_WORD.sub("", name):  # does not start with the family name
            continue
        # prefer the plainest remainder: "Bold" over "SemiBold", "ExtraBold"
        extra = len(rest.strip("-_ "))
        cand = (extra, p.name, p)
        if best is None or cand < best:
            best = cand
    return best[2] if best else None


def resolve_fonts(
    font: Path | None, bold_font: Path | None, organization_font: str | None
) -> tuple[FontSet, list[FontError]]:
    """Choose the faces of a report.

    ``font`` if given (``FontError`` if unusable); else the organization's
    font if it can be read (if not, a warning and Sarabun); else the bundled
    Sarabun. Bold: ``bold_font`` if given, else a "Bold" file beside the
    regular, else the regular drawn thicker. Raises ``FontError`` for an
    explicit font that cannot be used or cannot draw Thai.
    """
    warnings: list[FontError] = []
    bundled = resource(*FONT_REGULAR)
    chosen: Face | None = None
    if font is not None:
        chosen = load_face(font)
    elif organization_font:
        try:
            chosen = load_face(organization_font)
        except FontError as exc:
            warnings.append(exc)
            chosen = None
    if chosen is not None and not chosen.has_thai:
        exc = FontError(path=str(chosen.path), reason="no-thai", detail="no Thai consonants in cmap")
        if font is not None:
            raise exc
        warnings.append(exc)
        chosen = None
    if chosen is None or _same_file(chosen.path, bundled):
        regular = load_face(bundled)
        bold = load_face(resource(*FONT_BOLD)) if bold_font is None else load_face(bold_font)
        return FontSet(regular, bold), warnings
    fallback = load_face(bundled)
    fallback_bold = load_face(resource(*FONT_BOLD))
    if bold_font is not None:
        return FontSet(chosen, load_face(bold_font), False, fallback, fallback_bold), warnings
    sibling = find_bold_sibling(chosen.path)
    if sibling is not None:
        try:
            return FontSet(chosen, load_face(sibling), False, fallback, fallback_bold), warnings
        except FontError as exc:
            warnings.append(exc)
    return FontSet(chosen, chosen, True, fallback, fallback_bold), warnings


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --- embedding into one document ----------------------------------------------------

_MAX_CODE = 0xFFFF  # two-byte codes 1..65535; 0 stays .notdef
_SPACE_CODE = 32

# (glyph key, text it extracts as, advance in font units) of one PDF code
Code = tuple[GlyphKey, str, int]


class EmbeddedFont:
    """One face in one PDF document: a Type0 font with two-byte codes.

    Every distinct (glyph key, text) pair drawn with the face gets its own
    code in one font resource (``/ITA<index>F0``), so a line of one face is
    one run of codes in one font: readers never see a font switch inside a
    cluster or a word (poppler splits words there, PDFium drops text objects
    that draw only a blank glyph). A document needing more than 65,535 codes
    of one face gets a second resource; the codes of one cluster always stay
    together in one. The objects are written by ``addObjects``, which
    ReportLab calls when it saves the document.
    """

    _dynamicFont = 1  # tells ReportLab's machinery this font writes itself

    def __init__(self, face: Face, doc: PDFDocument, index: int) -> None:
        self.face = face
        self.doc = doc
        self.index = index
        self.fontName = f"ITADesk-{index}-{face.name}"
        # per resource: (key, text) -> code, and code -> (key, text, advance)
        self._lookup: list[dict[tuple[GlyphKey, str], int]] = []
        self._codes: list[dict[int, Code]] = []
        self._next: list[int] = []
        self._cluster_cache: dict[tuple[Code, ...], tuple[int, tuple[int, ...]]] = {}
        doc.delayedFonts.append(self)

    def resource_name(self, resource: int) -> str:
        return f"/ITA{self.index}F{resource}"

    def cluster(self, codes: tuple[Code, ...]) -> tuple[int, tuple[int, ...]]:
        """(resource, codes) that draw one cluster's ``codes`` and extract as
        their texts. All codes of a cluster are in the same resource."""
        found = self._cluster_cache.get(codes)
        if found is not None:
            return found
        r = len(self._codes) - 1
        if r < 0 or not self._room(r, codes):
            r = self._new_resource()
        found = self._cluster_cache[codes] = (r, tuple(self._code(r, c) for c in codes))
        return found

    def _new_resource(self) -> int:
        self._lookup.append({})
        self._codes.append({})
        self._next.append(1)
        return len(self._codes) - 1

    def _is_space(self, code: Code) -> bool:
        return code[1] == " " and code[0] == self.face.space_gid

    def _room(self, r: int, codes: tuple[Code, ...]) -> bool:
        lookup = self._lookup[r]
        new = [c for c in codes if (c[0], c[1]) not in lookup and not self._is_space(c)]
        return self._next[r] + len(new) + 1 <= _MAX_CODE  # +1: code 32 may be skipped

    def _code(self, r: int, code: Code) -> int:
        key, text, advance = code
        lookup = self._lookup[r]
        c = lookup.get((key, text))
        if c is not None:
            return c
        if self._is_space(code) and _SPACE_CODE not in self._codes[r]:
            c = _SPACE_CODE  # the space keeps its usual code, as readers expect
        else:
            c = self._next[r]
            nxt = c + 1
            self._next[r] = nxt + 1 if nxt == _SPACE_CODE else nxt
        lookup[(key, text)] = c
        self._codes[r][c] = code
        return c

    def width(self, resource: int, code: int) -> int:
        """Advance of a code in font units (what the PDF's /W says)."""
        return self._codes[resource][code][2]

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        from reportlab.pdfbase import pdfdoc

        face = self.face
        ttf = face.ttf
        scale = 1000 / face.upem
        font_dict = doc.idToObject["BasicFonts"].dict
        for r, codes in enumerate(self._codes):
            last = max(codes)
            keys: list[GlyphKey | None] = [None] * (last + 1)
            advances = [0] * (last + 1)
            texts: list[str | None] = [None] * (last + 1)
            for c, (key, text, adv) in codes.items():
                keys[c], texts[c], advances[c] = key, text, adv
            base_name = f"{_subset_tag(self.index, r)}+{face.name}"
            program, code_to_glyph = face.build_subset(keys, advances)

            def stream(content: bytes | str, name: str, **entries) -> pdfdoc.PDFObjectReference:
                obj = pdfdoc.PDFStream()
                obj.content = content
                for k, v in entries.items():
                    obj.dictionary[k] = v
                if doc.compression:
                    obj.filters = [pdfdoc.PDFZCompress]
                return doc.Reference(obj, f"itadesk{name}:{base_name}")

            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": ttf.ascent,
                    "CapHeight": ttf.capHeight,
                    "Descent": ttf.descent,
                    "Flags": (ttf.flags & ~(1 << 5)) | (1 << 2),  # symbolic
                    "FontBBox": pdfdoc.PDFArray(ttf.bbox),
                    "FontName": pdfdoc.PDFName(base_name),
                    "ItalicAngle": ttf.italicAngle,
                    "StemV": ttf.stemV,
                    "FontFile2": stream(program, "FontFile", Length1=len(program)),
                }
            )
            widths = pdfdoc.PDFArray([0, pdfdoc.PDFArray([_width(a * scale) for a in advances])])
            cid_font = pdfdoc.PDFDictionary(
                {
                    "Type": "/Font",
                    "Subtype": "/CIDFontType2",
                    "BaseFont": pdfdoc.PDFName(base_name),
                    "CIDSystemInfo": pdfdoc.PDFDictionary(
                        {
                            "Registry": pdfdoc.PDFString("Adobe"),
                            "Ordering": pdfdoc.PDFString("Identity"),
                            "Supplement": 0,
                        }
                    ),
                    "FontDescriptor": doc.Reference(descriptor, f"itadeskFontDescriptor:{base_name}"),
                    "DW": 0,
                    "W": widths,
                    "CIDToGIDMap": stream(pack(f">{len(code_to_glyph)}H", *code_to_glyph), "CIDToGIDMap"),
                }
            )
            internal = self.resource_name(r)[1:]
            font = pdfdoc.PDFDictionary(
                {
                    "Type": "/Font",
                    "Subtype": "/Type0",
                    "BaseFont": pdfdoc.PDFName(base_name),
                    "Encoding": "/Identity-H",
                    "DescendantFonts": pdfdoc.PDFArray(
                        [doc.Reference(cid_font, f"itadeskCIDFont:{base_name}")]
                    ),
                    "ToUnicode": stream(_to_unicode_cmap(base_name, texts), "ToUnicode"),
                }
            )
            font_dict[internal] = doc.Reference(font, internal)


def _width(w: float) -> float | int:
    r = round(w, 3)
    return int(r) if r == int(r) else r


def _subset_tag(index: int, subset: int) -> str:
    """Six capitals naming a subset; ReportLab's own tags use only the
    letters A–K, so ours (starting "IT") never clash with them."""
    n = index * 4096 + subset
    letters = []
    for _ in range(4):
        n, r = divmod(n, 26)
        letters.append(chr(65 + r))
    return "IT" + "".join(reversed(letters))


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, texts: list[str | None]) -> str:
    entries = [(c, t) for c, t in enumerate(texts) if t]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        f"/CMapName /{name.replace('+', '-')}-UTF16 def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for i in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{c:04X}> <{_utf16_hex(t)}>" for c, t in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class DocumentFonts:
    """The embedded fonts of one document, one per face."""

    def __init__(self, doc: PDFDocument) -> None:
        self.doc = doc
        self._by_face: dict[int, EmbeddedFont] = {}

    def embedded(self, face: Face) -> EmbeddedFont:
        emb = self._by_face.get(id(face))
        if emb is None:
            emb = self._by_face[id(face)] = EmbeddedFont(face, self.doc, len(self._by_face) + 1)
        return emb


_null_font_lock = threading.Lock()
NULL_FONT_NAME = "ITADesk-NoFont"


def register_null_font() -> str:
    """Register (once) a font that draws nothing, for the canvas's initial
    font: ReportLab otherwise declares Helvetica on every page."""
    from reportlab.pdfbase import pdfmetrics

    with _null_font_lock:
        # not getFont(): for an unknown name it searches every AFM file (0.8 s)
        if NULL_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(_NullFont())
            # binary streams: ASCII85 made the file a quarter larger and,
            # without ReportLab's C accelerator, cost 20 ms per report
            from reportlab import rl_config

            rl_config.useA85 = 0
    return NULL_FONT_NAME


class _NullFont:
    fontName = NULL_FONT_NAME
    _dynamicFont = 1
    _multiByte = 1

    class face:  # noqa: N801 (ReportLab reads font.face.name)
        name = b"ITADesk-NoFont"
        builtIn = 0

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        return 0.0
