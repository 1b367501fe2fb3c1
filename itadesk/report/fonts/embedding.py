"""Embedding faces into one PDF document: codes for clusters, the Type0
fonts and their ToUnicode maps, and a font that draws nothing for the
canvas's initial font."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from struct import pack
from typing import TYPE_CHECKING, Protocol

from .face import Face, GlyphKey
from .subset import build_subset

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.pdfbase.pdfdoc import PDFDocument

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
        # (resource, TJ operands) of the clusters' codes drawn so far (see ``cluster``)
        self.known_clusters: dict[tuple[Code, ...], tuple[int, str]] = {}
        self._select: dict[tuple[int, float], str] = {}
        doc.delayedFonts.append(self)

    def resource_name(self, resource: int) -> str:
        return f"/ITA{self.index}F{resource}"

    def select(self, resource: int, size: float) -> str:
        """The operator selecting ``resource`` at ``size`` (points)."""
        key = (resource, size)
        op = self._select.get(key)
        if op is None:
            op = self._select[key] = f"{self.resource_name(resource)} {_fmt(size)} Tf"
        return op

    def cluster(self, codes: tuple[Code, ...]) -> tuple[int, str]:
        """(resource, TJ operands) that draw one cluster's ``codes`` and
        extract as their texts: the hex codes, each followed by an adjustment
        where its advance differs from the width the font gives the code.
        All codes of a cluster are in the same resource."""
        found = self.known_clusters.get(codes)
        if found is not None:
            return found
        r = len(self._codes) - 1
        # _room counts the codes not given out yet; with room for all, no need
        if r < 0 or (self._next[r] + len(codes) + 1 > _MAX_CODE and not self._room(r, codes)):
            r = self._new_resource()
        lookup = self._lookup[r]
        table = self._codes[r]
        ops = []
        for code in codes:
            key, text, advance = code
            c = lookup.get((key, text))
            if c is None:  # a new code: its width is this advance
                if text == " " and key == self.face.space_gid and _SPACE_CODE not in table:
                    c = _SPACE_CODE  # the space keeps its usual code, as readers expect
                else:
                    c = self._next[r]
                    self._next[r] = c + 2 if c + 1 == _SPACE_CODE else c + 1
                lookup[(key, text)] = c
                table[c] = code
                ops.append(f"<{c:04X}>")
                continue
            ops.append(f"<{c:04X}>")
            nominal = table[c][2]
            if nominal != advance:
                ops.append(_fmt((nominal - advance) * 1000 / self.face.upem))
        found = self.known_clusters[codes] = (r, "".join(ops))
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
            program, code_to_glyph = build_subset(face, keys, advances)

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
                    "FontFile2": _stream(doc, program, f"FontFile:{base_name}", Length1=len(program)),
                }
            )
            widths = pdfdoc.PDFArray([0, _widths(advances, scale)])
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
                    "CIDToGIDMap": _stream(
                        doc, pack(f">{len(code_to_glyph)}H", *code_to_glyph), f"CIDToGIDMap:{base_name}"
                    ),
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
                    "ToUnicode": _stream(doc, _to_unicode_cmap(base_name, texts), f"ToUnicode:{base_name}"),
                }
            )
            font_dict[internal] = doc.Reference(font, internal)


def _stream(doc: PDFDocument, content: bytes | str, name: str, **entries: object):
    """A (compressed) stream object of the document, and its reference."""
    from reportlab.pdfbase import pdfdoc

    obj = pdfdoc.PDFStream()
    obj.content = content
    for key, value in entries.items():
        obj.dictionary[key] = value
    if doc.compression:
        obj.filters = [pdfdoc.PDFZCompress]
    return doc.Reference(obj, f"itadesk{name}")


def _fmt(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _width(w: float) -> float | int:
    r = round(w, 3)
    return int(r) if r == int(r) else r


def _widths(advances: list[int], scale: float) -> bytes:
    """The W array's array of the widths of codes of ``advances`` (font
    units; ``scale`` to the PDF's thousandths of an em), written as
    ReportLab writes a ``PDFArray`` of the numbers (``fp_str``), and given
    to it as bytes (which it writes as they are): each distinct advance
    formatted once, and the array joined at once, not element by element."""
    from reportlab import rl_config
    from reportlab.lib.rl_accel import fp_str

    text = {a: fp_str(_width(a * scale)).encode("ascii") for a in set(advances)}
    items = list(map(text.__getitem__, advances))
    if rl_config.pdfMultiLine:
        body = b"\n ".join(items)
    else:  # ten to a line
        body = b" \n  ".join([b" ".join(items[i : i + 10]) for i in range(0, len(items), 10)])
    return b"[ " + body + b" ]"


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
    # many codes extract as the same text (a letter's contextual forms, a
    # cluster at two advances): each distinct text is encoded once
    hexes = {t: _utf16_hex(t) for t in set(texts) if t}
    for i in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{c:04X}> <{hexes[t]}>" for c, t in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class DrawnCluster(Protocol):
    """What drawing reads of a cluster (``thaitext.Cluster``)."""

    face: Face
    codes: tuple[Code, ...]
    newline: bool
    hidden: bool
    missing: bool


class FontUse:
    """One resource of an embedded font as clusters drawn with it use it
    (``missing``: clusters of characters no face has, drawn with a box
    too): the TJ operands of each cluster object drawn so far
    (``DocumentFonts.learn``), and the operator selecting it per text size.
    A line whose clusters are all in one use's ``operands`` is one join of
    them (``thaitext.draw_line``)."""

    __slots__ = ("font", "resource", "missing", "operands", "selects")

    def __init__(self, font: EmbeddedFont, resource: int, missing: bool) -> None:
        self.font = font
        self.resource = resource
        self.missing = missing
        self.operands: dict[DrawnCluster, str] = {}
        self.selects: dict[float, str] = {}

    def select(self, size: float) -> str:
        """The operator selecting this resource for text of ``size`` points
        (the face's size factor applied)."""
        got = self.selects.get(size)
        if got is None:
            font = self.font
            got = self.selects[size] = font.select(self.resource, size * font.face.size_factor)
        return got


class DocumentFonts:
    """The embedded fonts of one document, one per face.

    Drawing remembers, per cluster object drawn (``thaitext.Cluster``, an
    object hashed by its identity), its ``FontUse`` (``None``: not drawn, a
    typed line break or a control character) in ``cluster_use`` and its
    operands in the use's ``operands``: a line then costs a lookup per
    cluster instead of hashing its codes; ``forget_drawn`` lets them go.
    ``numbers`` keeps the coordinates formatted for the page (lines of a
    row's cells share their baselines)."""

    def __init__(self, doc: PDFDocument) -> None:
        self.doc = doc
        self._by_face: dict[int, EmbeddedFont] = {}
        self.cluster_use: dict[DrawnCluster, FontUse | None] = {}
        self.numbers: dict[float, str] = {}
        self._uses: dict[tuple[int, int, bool], FontUse] = {}

    def learn(self, clusters: Sequence[DrawnCluster]) -> bool:
        """Remember how those of ``clusters`` not drawn before are drawn;
        whether there were any. A cluster's codes are given out when it is
        first learnt: clusters are learnt in the order drawn."""
        use_of = self.cluster_use
        learnt = False
        for cluster in clusters:
            if cluster in use_of:
                continue
            learnt = True
            if cluster.newline or cluster.hidden:
                use_of[cluster] = None
                continue
            emb = self.embedded(cluster.face)
            resource, operands = emb.cluster(cluster.codes)
            use_key = (emb.index, resource, cluster.missing)
            use = self._uses.get(use_key)
            if use is None:
                use = self._uses[use_key] = FontUse(emb, resource, cluster.missing)
            use.operands[cluster] = operands
            use_of[cluster] = use
        return learnt

    def forget_drawn(self) -> None:
        """Let the clusters drawn go (codes given out stay: drawn again,
        a cluster gets the same)."""
        self.cluster_use.clear()
        self.numbers.clear()
        for use in self._uses.values():
            use.operands.clear()

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
