"""The page's font: the bundled Sarabun, cut to the characters the page uses,
as WOFF2.

HarfBuzz's subsetter (``uharfbuzz``, which the PDF already uses to shape)
keeps the OpenType layout tables (GSUB, GPOS, GDEF) for the characters
kept, since the browser shapes Thai itself: tone marks over upper vowels,
ญ and ฐ without their tails. Hinting is left out (a browser on a phone does
not use it, and it is a third of the file). fontTools writes the WOFF2
container, compressed with Brotli.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable

from ..resources import resource

REGULAR = ("fonts", "Sarabun-Regular.ttf")
BOLD = ("fonts", "Sarabun-Bold.ttf")


@functools.cache
def _font_bytes(name: tuple[str, str]) -> bytes:
    return resource(*name).read_bytes()


def subset_woff2(font: bytes, chars: Iterable[str]) -> bytes:
    """``font`` (TrueType) cut to ``chars`` (with what their shaping needs),
    as WOFF2 bytes."""
    import uharfbuzz as hb
    from fontTools.ttLib.woff2 import compress

    face = hb.Face(font)
    wanted = hb.SubsetInput()
    wanted.sets(hb.SubsetInputSets.UNICODE).update(ord(c) for c in set(chars))
    wanted.flags = hb.SubsetFlags.NO_HINTING
    cut = hb.subset(face, wanted)
    if cut is None:  # pragma: no cover - HarfBuzz refuses only a broken font
        raise ValueError("the font could not be subset")
    out = io.BytesIO()
    compress(io.BytesIO(cut.blob.data), out)
    return out.getvalue()


def sarabun_woff2(chars: Iterable[str], *, bold: bool = False) -> bytes:
    """The bundled Sarabun (regular or bold) cut to ``chars``, as WOFF2."""
    return subset_woff2(_font_bytes(BOLD if bold else REGULAR), chars)
