"""PDF bookmarks (the outline a reader shows beside the pages): the cover,
or the plan's analysis, then one entry per measure, its number and title,
pointing at the top of its row.

``Bookmarks.attach`` wraps the canvas' ``showPage``: before a page is
closed, every measure whose first piece of row was drawn on it gets its
destination there (the table's cells are recorded in ``Context.cells`` as
they are drawn). ``finish`` writes the entries, in document order.
"""

from __future__ import annotations

from .. import thaifmt
from ..model import Report
from .flowables import Context

COVER = "หน้าปก"
ANALYSIS = "การวิเคราะห์ผลการประเมิน ITA"


def entry_title(text: str) -> str:
    """One line: a reader's outline shows no line breaks."""
    return " ".join(text.split())


class Bookmarks:
    def __init__(self, canv, ctx: Context, report: Report, document: str, page_height: float) -> None:
        self.canv = canv
        self.ctx = ctx
        self.report = report
        self.document = document
        self.page_height = page_height
        self.entries: list[tuple[str, str]] = []  # (title, key)
        self._seen = 0
        self._marked: set[int] = set()

    def attach(self) -> None:
        show_page = self.canv.showPage

        def marked_show_page() -> None:
            self.mark_page()
            show_page()

        self.canv.showPage = marked_show_page

    def mark_page(self) -> None:
        canv = self.canv
        if canv.getPageNumber() == 1 and not self.entries:
            canv.bookmarkPage("start", fit="XYZ", left=0, top=self.page_height)
            self.entries.append((ANALYSIS if self.document == "plan" else COVER, "start"))
        cells = self.ctx.cells[self._seen :]
        self._seen = len(self.ctx.cells)
        for cell in cells:
            m = cell.measure
            if m is None or m in self._marked or cell.column != 0:
                continue
            self._marked.add(m)
            key = f"measure{m}"
            top = self.page_height - cell.top
            canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            number = thaifmt.measure_number(m + 1, self.ctx.digits)
            self.entries.append((entry_title(f"{number} {self.report.measures[m].title}"), key))

    def finish(self) -> None:
        for title, key in self.entries:
            self.canv.addOutlineEntry(title, key, level=0, closed=None)
        if self.entries:
            self.canv.showOutline()
