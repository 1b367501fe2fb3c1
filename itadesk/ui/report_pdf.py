"""The window's PDF pipeline: the one PDF behind preview, print and export.

The report's PDF, or the plan's (``document``), is made off the GUI thread
(``printing.render`` in a task) once per revision of the data and document
and kept until something changes; printing
and exporting then use those very bytes. ``exported(path, pages)`` and
``printed(pages)`` are emitted when a PDF has been written or sent to the
printer (tests wait on them).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from .. import messages
from ..errors import OutputError
from ..model import Report
from .printing import Rendered, suggested_pdf_name
from .tasks import Cancelled, run_task

if TYPE_CHECKING:
    from .main_window import MainWindow


class ReportPdf(QObject):
    exported = Signal(str, int)  # path, page count
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, window: MainWindow, dialogs, *, log_path: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.log_path = log_path
        self._cache: dict[str, tuple[int, Rendered]] = {}  # document -> (revision, its PDF)
        self._printer = None

    def forget(self) -> None:
        """Another report is open: the PDF kept is not its."""
        self._cache = {}

    def rendered(
        self,
        report: Report,
        revision: int,
        then: Callable[[Rendered], None],
        *,
        progress: Callable[[float], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        document: str = "results",
    ) -> None:
        """Call ``then`` with the PDF of ``report`` at ``revision`` (the
        results report or the ``"plan"``), rendering it off the GUI thread
        unless it was made at that revision already. Without ``progress`` a
        progress dialog shows (and can cancel)."""
        kept = self._cache.get(document)
        if kept is not None and kept[0] == revision:
            then(kept[1])
            return
        dialog = None
        if progress is None:
            dialog = self.dialogs.progress(self.window, messages.RENDERING)
            progress = lambda f: dialog.setValue(int(f * 100))  # noqa: E731
        report = copy.deepcopy(report)

        def done(result: Rendered) -> None:
            if dialog is not None:
                dialog.close()
            self._cache[document] = (revision, result)
            then(result)

        def fail(exc: BaseException) -> None:
            if dialog is not None:
                dialog.close()
            if isinstance(exc, Cancelled):
                return
            if failed is not None:
                failed(exc)
            else:
                self.dialogs.show_error(self.window, exc, log_path=self.log_path)

        from .printing import render

        task = run_task(lambda p: render(report, p, document), done=done, failed=fail, progress=progress)
        if dialog is not None:
            dialog.canceled.connect(lambda: setattr(task, "cancelled", True))

    def print(self, result: Rendered, report: Report, printer, ask: bool, document: str = "results") -> None:
        """Send ``result`` to ``printer`` (``None``: the default printer),
        through the system print dialog when ``ask``."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .printing import print_pdf

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(suggested_pdf_name(report, document)[:-4])
        if ask:
            dialog = QPrintDialog(printer, self.window)
            dialog.setWindowTitle("พิมพ์รายงาน")
            dialog.setMinMax(1, result.page_count)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        progress = self.dialogs.progress(self.window, messages.PRINTING)
        pdf = result.pdf
        self._printer = printer  # alive until the task ends

        def done(count: int) -> None:
            progress.close()
            self.window.statusBar().showMessage(messages.printed(count, self.window.digits), 15000)
            self.printed.emit(count)

        def fail(exc: BaseException) -> None:
            progress.close()
            if not isinstance(exc, Cancelled):
                self.dialogs.show_error(self.window, exc, log_path=self.log_path)

        task = run_task(
            lambda p: print_pdf(pdf, printer, p),
            done=done,
            failed=fail,
            progress=lambda f: progress.setValue(int(f * 100)),
        )
        progress.canceled.connect(lambda: setattr(task, "cancelled", True))

    def write(self, result: Rendered, path: Path) -> None:
        """Write ``result`` to ``path`` (atomically, off the GUI thread)."""
        from ..fileio import atomic_write_bytes

        def done(_none) -> None:
            text = messages.exported_pdf(str(path), result.page_count, self.window.digits)
            self.window.statusBar().showMessage(text, 20000)
            self.exported.emit(str(path), result.page_count)
            if self.window.isVisible():
                self.dialogs.pdf_saved(self.window, path, text, result.warnings)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OutputError) and exc.reason == "in_use":
                # the old PDF is open in Acrobat or Edge (Windows will not replace it): offer another name
                if self.dialogs.ask(
                    self.window, messages.describe(exc), "บันทึกเป็นชื่ออื่น…", "ยกเลิก", detail=None
                ):
                    other = self._another_name(path)
                    if other is not None:
                        self.write(result, other)
                return
            self.dialogs.show_error(self.window, exc, log_path=self.log_path)

        run_task(lambda p: atomic_write_bytes(path, result.pdf), done=done, failed=failed)

    def _another_name(self, path: Path) -> Path | None:
        """Ask for another file name, suggesting ``name (2).pdf`` (the first one free)."""
        n = 2
        while (suggested := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
            n += 1
        name, _ = QFileDialog.getSaveFileName(
            self.window, "บันทึกรายงานเป็น PDF", str(suggested), "ไฟล์ PDF (*.pdf)"
        )
        if not name:
            return None
        chosen = Path(name)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
