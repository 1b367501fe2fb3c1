"""The window's web page export: the report (or the plan) as one HTML file
to post on the agency's website (``itadesk.web``), built and written off the
GUI thread with a progress dialog. ``exported(path, size)`` is emitted when
the file is written (tests wait on it).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from .. import messages
from ..errors import OutputError
from ..model import Report
from .printing import suggested_pdf_name
from .tasks import Cancelled, run_task

if TYPE_CHECKING:
    from .main_window import MainWindow

FILTER = "หน้าเว็บ (*.html)"


def suggested_html_name(report: Report, document: str = "results") -> str:
    """``รายงานผล-ITA-2568-เทศบาลตำบลขามทะเลสอ.html`` (the PDF's name, .html)."""
    return suggested_pdf_name(report, document)[: -len(".pdf")] + ".html"


def with_html_suffix(path: Path) -> Path:
    return path if path.suffix.lower() in (".html", ".htm") else path.with_name(path.name + ".html")


class ReportHtml(QObject):
    exported = Signal(str, int)  # path, bytes

    def __init__(self, window: MainWindow, dialogs, *, log_path: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.log_path = log_path

    def write(self, report: Report, path: Path, document: str = "results") -> None:
        """Build the page of ``report`` and write it to ``path`` atomically,
        off the GUI thread, with a progress dialog that can cancel."""
        from ..web import write_html

        report = copy.deepcopy(report)
        digits = self.window.digits
        dialog = self.dialogs.progress(self.window, messages.MAKING_WEB_PAGE)

        def build(progress):
            def step(done: int, total: int) -> None:
                progress(done / max(total, 1))

            return write_html(report, path, document=document, progress=step)

        def done(result) -> None:
            dialog.close()
            text = messages.exported_html(str(path), len(result.html), digits)
            self.window.statusBar().showMessage(text, 20000)
            self.exported.emit(str(path), len(result.html))
            if self.window.isVisible():
                warnings = [messages.describe(w) for w in result.warnings]
                self.dialogs.pdf_saved(self.window, path, text, warnings)

        def failed(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, OutputError) and exc.reason == "in_use":
                # the old page is open in a program that locks it: offer another name
                if self.dialogs.ask(
                    self.window, messages.describe(exc), "บันทึกเป็นชื่ออื่น…", "ยกเลิก", detail=None
                ):
                    other = self._another_name(path)
                    if other is not None:
                        self.write(report, other, document)
                return
            self.dialogs.show_error(self.window, exc, log_path=self.log_path)

        task = run_task(build, done=done, failed=failed, progress=lambda f: dialog.setValue(int(f * 100)))
        dialog.canceled.connect(lambda: setattr(task, "cancelled", True))

    def _another_name(self, path: Path) -> Path | None:
        """Ask for another file name, suggesting ``name (2).html`` (the first one free)."""
        n = 2
        while (suggested := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
            n += 1
        name, _ = QFileDialog.getSaveFileName(self.window, "บันทึกเป็นหน้าเว็บ", str(suggested), FILTER)
        return with_html_suffix(Path(name)) if name else None
