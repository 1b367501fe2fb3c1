"""How the report looks: page size and margins, the table's column shares
and cell padding, and the text styles of each part, per orientation.

Sizes are in points, for Sarabun; a report printed in another font scales
them so its Thai consonants stand as tall as Sarabun's.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import record

CM = 72 / 2.54
A4 = (595.2756, 841.8898)
MARGINS = {"left": 3 * CM, "right": 2 * CM, "top": 2.5 * CM, "bottom": 2 * CM}
PAGE_NUMBER_BASELINE = 1.5 * CM  # below the top edge

# shares of the frame's width for the first five columns; the period column
# is as wide as its longest date (within PERIOD_SHARE), the others share the rest
COLUMN_SHARES = (0.165, 0.200, 0.210, 0.210, 0.115)
PERIOD_SHARE = (0.11, 0.20)
# the งบประมาณ column, when the organization prints it (before the period),
# is as wide as its widest amount, within BUDGET_SHARE
BUDGET_SHARE = (0.07, 0.14)
CELL_PADDING = (5.0, 3.0, 5.0, 4.0)  # left, top, right, bottom
# The organization's compact printing: smaller table text, tighter cells.
COMPACT_CELL_PADDING = (4.0, 1.5, 4.0, 2.5)
COMPACT_TABLE_SCALE = 10 / 11
# Baseline to baseline, times the size (Sarabun's em; scaled with the face);
# lines whose ink would come closer than INK_CLEARANCE points where they
# overlap get more, measured on the glyphs in them (per INK_BIN points).
LINE_PITCH = 1.16
INK_CLEARANCE = 0.6
INK_BIN = 0.5


@record
class TextStyle:
    """The size, weight, alignment and line spacing of one kind of text."""

    size: float  # points, for Sarabun (other faces are scaled to match)
    bold: bool = False
    align: str = "left"  # "left" or "center"
    spacing: float = 1.0  # times the face's natural line height


@record
class Styles:
    """The text styles of each part of the report, for one orientation."""

    table: TextStyle
    header: TextStyle
    heading: TextStyle
    cover_title: TextStyle
    cover_line: TextStyle
    page_number: TextStyle
    signature: TextStyle


STYLES = {
    "landscape": Styles(
        table=TextStyle(11),
        header=TextStyle(11, bold=True, align="center"),
        heading=TextStyle(14, bold=True, align="center"),
        cover_title=TextStyle(24, bold=True, align="center", spacing=1.05),
        cover_line=TextStyle(20, bold=True, align="center", spacing=1.05),
        page_number=TextStyle(11, align="center"),
        signature=TextStyle(11, align="center"),
    ),
    "portrait": Styles(
        table=TextStyle(9.5),
        header=TextStyle(9.5, bold=True, align="center"),
        heading=TextStyle(13, bold=True, align="center"),
        cover_title=TextStyle(22, bold=True, align="center", spacing=1.05),
        cover_line=TextStyle(18, bold=True, align="center", spacing=1.05),
        page_number=TextStyle(11, align="center"),
        signature=TextStyle(11, align="center"),
    ),
}


def styles_for(orientation: str, compact: bool = False) -> Styles:
    """The styles of an orientation; compact: the table's text (header
    included) at ``COMPACT_TABLE_SCALE`` of its size."""
    styles = STYLES[orientation]
    if not compact:
        return styles
    return replace(
        styles,
        table=replace(styles.table, size=round(styles.table.size * COMPACT_TABLE_SCALE, 2)),
        header=replace(styles.header, size=round(styles.header.size * COMPACT_TABLE_SCALE, 2)),
    )


def cell_padding(compact: bool = False) -> tuple[float, float, float, float]:
    return COMPACT_CELL_PADDING if compact else CELL_PADDING
