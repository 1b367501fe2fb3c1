"""Fonts of the report: TrueType faces, choosing a report's faces, and
embedding them into a PDF.

- ``face``: a TrueType file parsed once (``Face``, ``load_face``); what a
  PDF code draws (``GlyphKey``, ``Foreign``).
- ``glyf``: the glyf table byte by byte (composite glyphs, instructions).
- ``subset``: a face's subset for one PDF font, with composite glyphs
  built for clusters.
- ``choice``: the faces one report prints with (``FontSet``,
  ``resolve_fonts``).
- ``embedding``: one document's Type0 fonts, their codes and ToUnicode
  maps (``DocumentFonts``, ``EmbeddedFont``), and the null font.

``docs/typesetting.md`` says how a cluster becomes PDF codes and why.
"""

from .choice import FontSet, find_bold_sibling, resolve_fonts
from .embedding import NULL_FONT_NAME, DocumentFonts, EmbeddedFont, register_null_font
from .face import (
    MAX_FOREIGN_SCALE,
    REFERENCE_CONSONANT_HEIGHT,
    SYNTHETIC_BOLD_STROKE,
    Face,
    Foreign,
    GlyphKey,
    OwnKey,
    load_face,
)

__all__ = [
    "MAX_FOREIGN_SCALE",
    "NULL_FONT_NAME",
    "REFERENCE_CONSONANT_HEIGHT",
    "SYNTHETIC_BOLD_STROKE",
    "DocumentFonts",
    "EmbeddedFont",
    "Face",
    "FontSet",
    "Foreign",
    "GlyphKey",
    "OwnKey",
    "find_bold_sibling",
    "load_face",
    "register_null_font",
    "resolve_fonts",
]
