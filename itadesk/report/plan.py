"""The plan (O36): the measures the agency announces at the start of the
year, printed from the same rows as the results report (O37).

A title block (the plan's title, the fiscal year, the organization), the
analysis of last year's ITA result (score and level, urgent weaknesses, what
to improve, the note), then on a new page the table of the measures with the
plan's columns and the head's signature. Same flowables, same typesetting
as the report (``builder``).
"""

from __future__ import annotations

from collections.abc import Callable

from .. import doctext, thaifmt
from ..doctext import (
    ANALYSIS_HEADING,
    BLANK,
    IMPROVEMENTS_HEADING,
    MEASURES_HEADING,
    PLAN_COLUMN_TITLES,
    PLAN_TITLE,
    WEAKNESSES_HEADING,
    fiscal_year_phrase,
    plan_code,
    plan_columns,
    plan_title,
)
from ..model import Report
from .builder import _list_paras, measure_table
from .flowables import (
    Columns,
    Context,
    Flowable,
    PageBreak,
    Para,
    Row,
    TextFlow,
    layout_paras,
)
from .styles import CM, Styles, TextStyle, cell_padding, styles_for

# the texts are decided in ``itadesk.doctext``; these names stay importable here
__all__ = [
    "ANALYSIS_HEADING",
    "IMPROVEMENTS_HEADING",
    "PLAN_COLUMN_TITLES",
    "PLAN_TITLE",
    "WEAKNESSES_HEADING",
    "build_plan_story",
    "plan_title",
]
# shares of what the period (and budget) columns leave: title, steps, responsible,
# follow-up; on a portrait page the responsible column needs a larger share to
# keep a division's name (กองสาธารณสุข) on one line
PLAN_COLUMN_SHARES = {"landscape": (0.21, 0.34, 0.19, 0.17), "portrait": (0.22, 0.30, 0.20, 0.20)}


# --- the story ---------------------------------------------------------------------------


def title_block(ctx: Context, report: Report, styles: Styles) -> list[Flowable]:
    year = fiscal_year_phrase(report.fiscal_year_be, ctx.digits)
    paras = [Para(plan_title(report), styles.heading, where="plan.title")]
    code = plan_code(report)
    paras.append(Para(year, styles.heading))
    paras.append(Para(report.organization.name, styles.heading, where="organization.name"))
    flows: list[Flowable] = [TextFlow(ctx, paras)]
    if code:
        flows.insert(0, TextFlow(ctx, [Para(code, styles.page_number, where="ita.item_code")]))
    return flows


def _section(ctx: Context, title: str, style: TextStyle) -> TextFlow:
    return TextFlow(ctx, [Para(title, style)], space_before=0.5 * CM, keep_with_next=True)


def _numbered(ctx: Context, texts: list[str], style: TextStyle, where: str, indent: float) -> list[Para]:
    from ..model import Item

    if not texts:
        return [Para(BLANK, style, text_x=indent, marker_x=indent)]
    return _list_paras(ctx, [Item(t) for t in texts], "numbered", 1, indent, style, where)


def analysis_story(ctx: Context, report: Report, styles: Styles) -> list[Flowable]:
    a = report.analysis
    body = TextStyle(styles.heading.size - 1)
    bold = TextStyle(body.size, bold=True)
    indent = 1.0 * CM
    out: list[Flowable] = [
        TextFlow(
            ctx,
            [Para(ANALYSIS_HEADING, bold), Para(doctext.last_year_phrase(report, ctx.digits), bold)],
            space_before=0.8 * CM,
            keep_with_next=True,
        )
    ]
    out.append(
        TextFlow(
            ctx,
            [Para(doctext.score_line(a), body, text_x=indent, marker_x=indent)],
            space_before=0.2 * CM,
        )
    )
    if a.note:
        out.append(
            TextFlow(
                ctx,
                [Para(a.note, body, text_x=indent, where="analysis.text")],
                space_before=0.2 * CM,
            )
        )
    out.append(_section(ctx, WEAKNESSES_HEADING, bold))
    out.append(TextFlow(ctx, _numbered(ctx, a.weaknesses, body, "analysis.weaknesses", indent)))
    out.append(_section(ctx, IMPROVEMENTS_HEADING, bold))
    out.append(TextFlow(ctx, _numbered(ctx, a.improvements, body, "analysis.improvements", indent)))
    return out


def plan_column_widths(
    ctx: Context, report: Report, style: TextStyle, frame_w: float, pad: float, orientation: str = "landscape"
) -> list[float]:
    """The period (and budget) columns as wide as the report's, the others
    sharing the rest by ``PLAN_COLUMN_SHARES``."""
    from .builder import column_widths

    widths = column_widths(ctx, report, style, frame_w, pad)
    period = widths[-1]
    budget = widths[-2] if report.organization.budget_column else None
    rest = frame_w - period - (budget or 0.0)
    shares = PLAN_COLUMN_SHARES[orientation]
    total = sum(shares)
    title, steps, units, follow = (rest * s / total for s in shares)
    if budget is None:
        return [title, steps, units, period, follow]
    return [title, steps, units, budget, period, follow]


def plan_rows(ctx: Context, report: Report, inner: list[float], style: TextStyle, progress=None) -> list[Row]:
    rows = []
    total = len(report.measures)
    for m_index, m in enumerate(report.measures):
        where = f"measures[{m_index}]"
        number = thaifmt.measure_number(m_index + 1, ctx.digits)
        title_marker_w = ctx.shape(number + " ", style.size, style.bold).width
        kinds = report.markers.get(m.list_style("steps"))
        cols: list[list[Para]] = [
            [Para(m.title, style, marker=number, text_x=title_marker_w, where=f"{where}.title")],
            _list_paras(ctx, m.steps, m.list_style("steps"), 1, 0.0, style, f"{where}.steps", kinds),
            [
                Para(u, style, where=f"{where}.responsible_units[{i}]")
                for i, u in enumerate(m.responsible_units)
            ],
        ]
        if report.organization.budget_column:
            amount = doctext.amount(m, ctx.digits)
            cols.append([Para(amount, style, where=f"{where}.budget")] if amount else [])
        period = thaifmt.period(m.period_start, m.period_end, ctx.digits)
        cols.append([Para(period, style)] if period else [])
        follow = doctext.follow_up_lines(m)
        cols.append([Para(t, style, where=f"{where}.follow_up") for t in follow])
        cells = [layout_paras(ctx, paras, w) for paras, w in zip(cols, inner, strict=True)]
        rows.append(Row(cells, m_index))
        if progress is not None:
            progress(m_index + 1, total)
    return rows


def plan_signature(ctx: Context, report: Report, styles: Styles) -> list[Flowable]:
    tags = ("plan.signature", None, "plan.signature.position")
    paras = [
        Para(t, styles.signature, where=tag)
        for t, tag in zip(doctext.plan_signature_lines(report), tags, strict=False)
    ]
    return [Columns(ctx, [(paras, 0.5, 0.5)], space_before=1.2 * CM)]


def build_plan_story(
    ctx: Context,
    report: Report,
    orientation: str,
    frame_w: float,
    frame_h: float,
    warnings: list,
    progress: Callable[[int, int], None] | None = None,
    compact: bool = False,
):
    styles = styles_for(orientation, compact)
    story: list = []
    story += title_block(ctx, report, styles)
    story += analysis_story(ctx, report, styles)
    story.append(PageBreak())
    story.append(
        TextFlow(ctx, [Para(MEASURES_HEADING, styles.heading)], keep_with_next=True),
    )
    padding = cell_padding(compact)
    col_widths = plan_column_widths(ctx, report, styles.table, frame_w, padding[0] + padding[2], orientation)
    inner = [w - padding[0] - padding[2] for w in col_widths]
    rows = plan_rows(ctx, report, inner, styles.table, progress)
    table = measure_table(ctx, styles, plan_columns(report), col_widths, padding, rows, frame_h)
    table.keep_with_next = True  # the head's signature never stands alone on a page
    story.append(table)
    story += plan_signature(ctx, report, styles)
    return story, styles
