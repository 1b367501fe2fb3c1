"""Choosing the faces a report prints with: the organization's font or the
bundled Sarabun, its bold, and Sarabun to fall back on for characters the
font lacks."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ...errors import FontError, record
from ...resources import FONT_BOLD, FONT_REGULAR, resource
from .face import Face, load_face


@record
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


# (compiled by re, and kept in its cache, when first used: the bundled fonts need neither)
_BOLD_WORD = r"(?i)bold"
_STYLE_WORDS = r"(?i)[-_ ]?(regular|reg|normal|book|roman)$"


def find_bold_sibling(path: Path) -> Path | None:
    """A bold file beside ``path``: same folder, a name with "Bold" in it
    (not italic) that starts like the regular's name, e.g.
    ``Sarabun-Regular.ttf`` → ``Sarabun-Bold.ttf``, ``THSarabunIT๙.ttf`` →
    ``THSarabunIT๙ Bold.ttf``."""
    stem = re.sub(_STYLE_WORDS, "", path.stem).strip("-_ ")
    if not stem or re.search(_BOLD_WORD, path.stem):
        return None
    try:
        siblings = [p for p in path.parent.iterdir() if p.suffix.lower() in (".ttf", ".ttc") and p != path]
    except OSError:
        return None
    best: tuple[int, str, Path] | None = None
    for p in siblings:
        name = p.stem
        if not re.search(_BOLD_WORD, name) or re.search(r"italic|oblique", name, re.IGNORECASE):
            continue
        rest = re.sub(_BOLD_WORD, "", name)
        rest = re.sub(r"^" + re.escape(stem), "", rest, flags=re.IGNORECASE)
        if rest == re.sub(_BOLD_WORD, "", name):  # does not start with the family name
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
        no_thai = FontError(path=str(chosen.path), reason="no-thai", detail="no Thai consonants in cmap")
        if font is not None:
            raise no_thai
        warnings.append(no_thai)
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
