"""TrueType faces: one file parsed once for shaping, measuring and embedding.

A ``Face`` is one TrueType file, parsed once (ReportLab's parser for the
tables, HarfBuzz for shaping) and cached for the life of the process.
"""

from __future__ import annotations

import functools
import io
import stat
import threading
from bisect import bisect_left, bisect_right
from pathlib import Path
from struct import unpack

from ...errors import FontError, record
from ...fileio import protect_input
from .glyf import components, composite_parts, is_composite, simple_points
from .inktable import open_table

# Sizes in the report are chosen for Sarabun; another font is scaled so that
# its Thai consonants stand as tall as Sarabun's (the TH Sarabun family draws
# them much smaller on the same em: 16 pt there looks like 11 pt here).
REFERENCE_CONSONANT_HEIGHT = 0.586  # Sarabun's ก, in em
SYNTHETIC_BOLD_STROKE = 0.028  # of the font size, stroked around the outline
INK_SLICES = 8  # a glyph's ink is measured in this many slices of its width


OwnKey = int | tuple[tuple[int, int, int], ...]


@record
class Foreign:
    """A cluster of another face drawn in this face's font: the report's own
    font lacks a character and the bundled Sarabun draws it. ``key`` is in
    the other face's units; ``scale`` turns them into this face's (sizes
    and units per em both). Keeping such glyphs in the same font as the
    text around them keeps readers from seeing a font switch inside a word
    (poppler ends words there)."""

    face: Face
    key: OwnKey
    scale: float


# What one PDF code draws: a glyph id; positioned glyphs ((glyph id, x, y),
# ...) in font units, drawn as one composite glyph (``OwnKey``: of the face
# itself); or a cluster of another face.
GlyphKey = int | tuple[tuple[int, int, int], ...] | Foreign
# Scales a composite glyph can hold (F2Dot14).
MAX_FOREIGN_SCALE = 1.99


class Face:
    """One TrueType font file, ready for shaping, measuring and embedding.

    Raises ``FontError`` (reason ``missing``, ``unreadable`` or
    ``unsupported``) when the file cannot be used. ``ink_table=False``: the
    glyphs' ink is always worked out from their outlines, even where a
    shipped table (``inktable``) holds it (for building and checking the
    tables).
    """

    def __init__(self, path: Path, *, ink_table: bool = True) -> None:
        import uharfbuzz as hb
        from reportlab.pdfbase.ttfonts import TTFError

        from .ttfparse import FastTTFontFile

        self.path = path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _file_error(path, exc) from exc
        protect_input(path)  # a PDF is never written over the font it uses
        try:
            self.ttf = FastTTFontFile(io.BytesIO(data))
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
        # multiply the report's (Sarabun) sizes by this for this face
        self.size_factor = REFERENCE_CONSONANT_HEIGHT / self.consonant_height
        self._glyph_info: dict[int, tuple[int, int, int, int, int, int, int, int]] = {}
        self._ink_slices: dict[int, tuple[tuple[float, float, float, float], ...]] = {}
        # the bundled faces' ink, worked out when the app was built (``inktable``)
        self._ink_table = open_table(path.stem, data, self.ttf.numGlyphs, INK_SLICES) if ink_table else None
        self.subset_lock = threading.Lock()  # held while a subset of it is built

    def __repr__(self) -> str:
        return f"Face({self.name!r}, {str(self.path)!r})"

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
                for comp in components(data):
                    c = self.glyph_info(comp)
                    points += c[5]
                    contours += c[6]
                    depth = max(depth, c[7])
                info = (-1, x0, y0, x1, y1, points, contours, depth + 1)
        self._glyph_info[gid] = info
        return info

    def ink_slices(self, gid: int, depth: int = 0) -> tuple[tuple[float, float, float, float], ...]:
        """A glyph's ink as boxes (x0, y0, x1, y1) in font units: its width
        cut into ``INK_SLICES`` slices, each with the lowest and highest
        point of the outline's polygon over it (a little more than the ink,
        never less). Composite glyphs are resolved."""
        got = self._ink_slices.get(gid)
        if got is not None:
            return got
        if self._ink_table is not None:
            got = self._ink_table.slices(gid)
            if got is not None:
                self._ink_slices[gid] = got
                return got
        data = self.glyph_data(gid)
        edges: list[tuple[float, float, float, float]] = []
        if len(data) >= 10 and not is_composite(data):
            append = edges.append
            for contour in simple_points(data):
                for (ax, ay), (bx, by) in zip(contour, contour[1:] + contour[:1], strict=True):
                    # conditional expressions, not min() and max(): four builtin
                    # calls an edge were a third of the cold report's ink time.
                    # Of equal values min() and max() keep the first, so do these.
                    if bx < ax:
                        if by < ay:
                            append((bx, by, ax, ay))
                        else:
                            append((bx, ay, ax, by))
                    elif by < ay:
                        append((ax, by, bx, ay))
                    else:
                        append((ax, ay, bx, by))
        elif len(data) >= 10 and depth < 8:
            for comp, dx, dy, (xx, xy, yx, yy) in composite_parts(data):
                for x0, y0, x1, y1 in self.ink_slices(comp, depth + 1):
                    # the four corners, (x0, y0), (x0, y1), (x1, y0), (x1, y1), transformed
                    x00, x01, x10, x11 = (x0 * xx + y0 * yx + dx, x0 * xx + y1 * yx + dx,
                                          x1 * xx + y0 * yx + dx, x1 * xx + y1 * yx + dx)  # fmt: skip
                    y00, y01, y10, y11 = (x0 * xy + y0 * yy + dy, x0 * xy + y1 * yy + dy,
                                          x1 * xy + y0 * yy + dy, x1 * xy + y1 * yy + dy)  # fmt: skip
                    edges.append(
                        (
                            min(x00, x01, x10, x11),
                            min(y00, y01, y10, y11),
                            max(x00, x01, x10, x11),
                            max(y00, y01, y10, y11),
                        )
                    )
        if not edges:
            out: tuple[tuple[float, float, float, float], ...] = ()
        else:
            left = min(e[0] for e in edges)
            right = max(e[2] for e in edges)
            step = (right - left) / INK_SLICES or 1.0
            # slice i spans [starts[i], starts[i + 1]]; an edge reaches the
            # slices from the first that ends at or after its left to the last
            # that starts at or before its right (both bounds ascend)
            starts = [left + i * step for i in range(INK_SLICES + 1)]
            ends = starts[1:]
            lows: list[float | None] = [None] * INK_SLICES
            highs: list[float | None] = [None] * INK_SLICES
            for x0, y0, x1, y1 in edges:
                for i in range(bisect_left(ends, x0), bisect_right(starts, x1, 0, INK_SLICES)):
                    # strict comparisons: of equal values the first edge's, as min() and max() keep
                    low = lows[i]
                    if low is None or y0 < low:
                        lows[i] = y0
                    high = highs[i]
                    if high is None or y1 > high:
                        highs[i] = y1
            out = tuple(
                (starts[i], low, ends[i], high)  # type: ignore[misc]
                for i, (low, high) in enumerate(zip(lows, highs, strict=True))
                if low is not None
            )
        self._ink_slices[gid] = out
        return out

    @functools.cached_property
    def _glyf(self) -> bytes:
        return self.ttf.get_table("glyf")

    @functools.cached_property
    def maxp_component(self) -> tuple[int, int, int, int]:
        """maxp's maxComponentPoints, maxComponentContours,
        maxComponentElements and maxComponentDepth."""
        maxp = self.ttf.get_table("maxp")
        if len(maxp) >= 32:
            return unpack(">HHHH", maxp[10:14] + maxp[28:32])
        return (0, 0, 0, 0)

    def glyph_data(self, gid: int) -> bytes:
        """The glyf table's data of one glyph (empty for an empty glyph)."""
        pos = self.ttf.glyphPos
        if gid + 1 >= len(pos):
            return b""
        return self._glyf[pos[gid] : pos[gid + 1]]


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
