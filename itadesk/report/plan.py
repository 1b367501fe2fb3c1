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

from .. import rounds, thaifmt
from ..model import Report, Signatory
from .builder import (
    BUDGET_TITLE,
    FISCAL_YEAR_WORDS,
    SIGNATURE_DOTS,
    _list_paras,
    fiscal_year_phrase,
)
from .flowables import (
    Columns,
    Context,
    Flowable,
    MeasureTable,
    PageBreak,
    Para,
    Row,
    TextFlow,
    layout_para,
    layout_paras,
)
from .styles import CM, Styles, TextStyle, cell_padding, styles_for

PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
# the plan's columns; งบประมาณ (when the organization prints it) goes before ระยะเวลา
PLAN_COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
    "การกำกับติดตาม",
)
# shares of what the period (and budget) columns leave: title, steps, responsible,
# follow-up; on a portrait page the responsible column needs a larger share to
# keep a division's name (กองสาธารณสุข) on one line
PLAN_COLUMN_SHARES = {"landscape": (0.21, 0.34, 0.19, 0.17), "portrait": (0.22, 0.30, 0.20, 0.20)}

ANALYSIS_HEADING = "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
SCORE_WORDS = "ผลคะแนน"
LEVEL_WORDS = "ระดับ"
WEAKNESSES_HEADING = "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"
IMPROVEMENTS_HEADING = "ประเด็นที่ต้องพัฒนาให้ดีขึ้น"
MEASURES_HEADING = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
BLANK = "." * 60  # a line the clerk has not filled in yet


def plan_code(report: Report) -> str | None:
    """The plan's item code (``O36``) when the report prints item codes
    and its round (else its fiscal year's) is known."""
    if not report.show_item_code:
        return None
    found = rounds.find(report.ita_round if report.ita_round is not None else report.fiscal_year_be)
    return found.plan.code if found and found.plan else None


def plan_title(report: Report) -> str:
    return PLAN_TITLE


def head_title(report: Report) -> str | None:
    """The usual title of the organization's head (นายกเทศมนตรีตำบล…,
    นายกองค์การบริหารส่วนตำบล…), when its name says its kind."""
    name = report.organization.name
    if name.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + name[len("เทศบาล") :]
    if name.startswith("องค์การบริหารส่วน"):
        return "นายก" + name
    return None


def head_signatory(report: Report) -> Signatory:
    """Who signs the plan: the signatory whose position names the head
    (นายก…), else the last signatory, else a blank block with the head's
    usual title."""
    for s in report.signatories:
        if s.position and s.position.startswith("นายก"):
            return s
    if report.signatories:
        return report.signatories[-1]
    return Signatory(role="", position=head_title(report))


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
    last = thaifmt.year(report.fiscal_year_be - 1, ctx.digits)
    indent = 1.0 * CM
    out: list[Flowable] = [
        TextFlow(
            ctx,
            [Para(ANALYSIS_HEADING, bold), Para(f"{FISCAL_YEAR_WORDS} {last}", bold)],
            space_before=0.8 * CM,
            keep_with_next=True,
        )
    ]
    score = a.score or "........"
    level = a.level or "........"
    out.append(
        TextFlow(
            ctx,
            [
                Para(
                    f"{SCORE_WORDS} {score} คะแนน {LEVEL_WORDS} {level}", body, text_x=indent, marker_x=indent
                )
            ],
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


def plan_columns(report: Report) -> tuple[str, ...]:
    if report.organization.budget_column:
        return (*PLAN_COLUMN_TITLES[:3], BUDGET_TITLE, *PLAN_COLUMN_TITLES[3:])
    return PLAN_COLUMN_TITLES


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
            amount = thaifmt.baht(m.budget, ctx.digits) if m.budget else ""
            cols.append([Para(amount, style, where=f"{where}.budget")] if amount else [])
        period = thaifmt.period(m.period_start, m.period_end, ctx.digits)
        cols.append([Para(period, style)] if period else [])
        follow = [line.strip() for line in (m.follow_up or "").splitlines() if line.strip()]
        cols.append([Para(t, style, where=f"{where}.follow_up") for t in follow])
        cells = [layout_paras(ctx, paras, w) for paras, w in zip(cols, inner, strict=True)]
        rows.append(Row(cells, m_index))
        if progress is not None:
            progress(m_index + 1, total)
    return rows


def plan_signature(ctx: Context, report: Report, styles: Styles) -> list[Flowable]:
    s = head_signatory(report)
    paras = [Para(f"(ลงชื่อ){SIGNATURE_DOTS}{s.role}", styles.signature, where="plan.signature")]
    paras.append(Para(f"({s.name})" if s.name else f"({SIGNATURE_DOTS})", styles.signature))
    if s.position:
        paras.append(Para(s.position, styles.signature, where="plan.signature.position"))
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
    header = Row(
        [
            layout_para(ctx, Para(t, styles.header), w)
            for t, w in zip(plan_columns(report), inner, strict=True)
        ],
        None,
        valign_middle=True,
    )
    rows = plan_rows(ctx, report, inner, styles.table, progress)
    table = MeasureTable(ctx, col_widths, header, rows, padding=padding, page_height=frame_h)
    table.space_before = 0.4 * CM
    table.keep_with_next = True  # the head's signature never stands alone on a page
    story.append(table)
    story += plan_signature(ctx, report, styles)
    return story, styles
