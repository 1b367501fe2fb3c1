"""The one PDF behind preview, print and export.

``render`` makes the report's PDF (``itadesk.report.render_pdf``); preview
shows those bytes, export writes them, and ``print_pdf`` sends those same
pages to a printer one page at a time as images of at most 300 dpi, so memory
stays small. All of these run in tasks (``itadesk.ui.tasks``), off the GUI
thread, and touch no widget.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from .. import messages
from ..errors import PrinterError
from ..model import Report
from ..places import safe_file_component

MAX_PRINT_DPI = 300


@dataclass
class Rendered:
    """A report rendered for printing."""

    pdf: bytes
    page_count: int
    warnings: list[str]  # in Thai, for the clerk


def render(
    report: Report, progress: Callable[[float], None] | None = None, document: str = "results"
) -> Rendered:
    """The report's PDF (``document``: ``"results"`` or the ``"plan"``), with
    the organization's font and digits. Runs in a task: ``report`` must be a
    copy the window no longer edits (the window takes it on the GUI thread
    when the clerk asks)."""
    from ..report import render_pdf  # ReportLab and ICU load here, not at start-up

    # The organization's font is used when it can be; otherwise Sarabun, with a warning.
    result = render_pdf(
        report,
        digits=report.organization.digits,
        progress=_progress_adapter(progress) if progress is not None else None,
        document=document,
    )
    return Rendered(
        bytes(result.pdf), int(result.page_count), [messages.describe(w) for w in result.warnings]
    )


def _progress_adapter(progress: Callable[[float], None]) -> Callable[[int, int], None]:
    """``render_pdf`` reports ``(done, total)``; a task reports a fraction."""

    def report(done: int, total: int) -> None:
        if total:
            progress(float(done) / float(total))

    return report


def suggested_pdf_name(report: Report, document: str = "results") -> str:
    """``รายงานผล-ITA-2568-เทศบาลตำบลขามทะเลสอ.pdf``, the plan
    ``มาตรการ-ITA-2568-เทศบาลตำบลขามทะเลสอ.pdf`` (file names keep Arabic digits)."""
    kind = "มาตรการ" if document == "plan" else "รายงานผล"
    return f"{kind}-ITA-{report.fiscal_year_be}-{_safe(report.organization.name)}.pdf"


def suggested_json_name(report: Report) -> str:
    return f"รายงาน-ITA-{report.fiscal_year_be}-{_safe(report.organization.name)}.json"


def _safe(name: str) -> str:
    return safe_file_component(name, None, readable=True) or "หน่วยงาน"


class _PdfFile:
    """The PDF bytes in a temporary file that QPdfDocument can open."""

    def __init__(self, pdf: bytes) -> None:
        fd, name = tempfile.mkstemp(prefix="itadesk-", suffix=".pdf")
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
        self.path = Path(name)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def open_document(pdf: bytes, parent=None):
    """A loaded ``QPdfDocument`` of ``pdf`` (and the file to remove later)."""
    from PySide6.QtPdf import QPdfDocument

    file = _PdfFile(pdf)
    doc = QPdfDocument(parent)
    error = doc.load(str(file.path))
    if error != QPdfDocument.Error.None_:
        file.close()
        raise RuntimeError(f"QPdfDocument could not load the PDF: {error}")
    return doc, file


def print_pdf(
    pdf: bytes, printer, progress: Callable[[float], None] | None = None, max_dpi: int = MAX_PRINT_DPI
) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the page count.
    Each page is rendered on its own at ``min(printer resolution, max_dpi)``."""
    doc, file = open_document(pdf)
    try:
        count = doc.pageCount()
        if count == 0:
            return 0
        first = doc.pagePointSize(0)
        landscape = first.width() > first.height()
        size = QPageSize(
            QSizeF(min(first.width(), first.height()), max(first.width(), first.height())),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                size,
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        dpi = min(printer.resolution(), max_dpi)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(printer=printer.printerName() or printer.outputFileName())
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                points = doc.pagePointSize(page)
                image = doc.render(page, (points * dpi / 72).toSize())
                if image.format() != QImage.Format.Format_RGB32:
                    image = _on_white(image)
                target: QRect = painter.viewport()
                painter.drawImage(target, image)
                del image
                if progress is not None:
                    progress((page + 1) / count)
        finally:
            painter.end()
        return count
    finally:
        doc.close()
        file.close()


def _on_white(image: QImage) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(0xFFFFFFFF)
    p = QPainter(out)
    p.drawImage(0, 0, image)
    p.end()
    return out
