"""Build the glyph ink tables of the bundled faces
(resources/fonts/Sarabun-Regular.ink and Sarabun-Bold.ink): every glyph's
ink slices as ``Face.ink_slices`` works them out from its outline, so that a
report does not work them out again in every process
(itadesk/report/fonts/inktable.py says why and how).

Run it after a bundled font or the ink code changes::

    .venv/bin/python tools/build_ink_tables.py

``tests/test_font_ink_table.py`` fails while a table does not match its
font (a table that does not match is not used: the app stays right, only
slower).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from itadesk.report.fonts.face import INK_SLICES, Face  # noqa: E402
from itadesk.report.fonts.inktable import build  # noqa: E402
from itadesk.resources import FONT_BOLD, FONT_REGULAR, resource  # noqa: E402


def main() -> int:
    for parts in (FONT_REGULAR, FONT_BOLD):
        path = resource(*parts)
        face = Face(path, ink_table=False)
        data = build(path.read_bytes(), face.ttf.numGlyphs, INK_SLICES, face.ink_slices)
        out = path.with_suffix(".ink")
        out.write_bytes(data)
        print(f"{out.relative_to(ROOT)}: {face.ttf.numGlyphs} glyphs, {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
