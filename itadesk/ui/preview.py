"""The preview: the very PDF that prints and exports, shown with QtPdf."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog

from .. import messages
from . import dialogs
from .forms.ui_preview_dialog import Ui_PreviewDialog
from .printing import Rendered, open_document
from .style import WARNING, message_style

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from .main_window import MainWindow


class PreviewDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document: QPdfDocument | None = None
        self._file = None
        self.rendered: Rendered | None = None
        ui = self.ui
        ui.view.setPageMode(QPdfView.PageMode.MultiPage)
        ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.view.setPageSpacing(12)
        ui.statusLabel.setText(messages.RENDERING)
        ui.progress.setRange(0, 100)
        ui.warningsLabel.hide()
        for button in (ui.printButton, ui.exportButton, ui.zoomInButton, ui.zoomOutButton, ui.fitButton):
            button.setEnabled(False)
        ui.closeButton.clicked.connect(self.close)
        ui.printButton.clicked.connect(lambda: window.print_report())
        ui.exportButton.clicked.connect(lambda: window.export_pdf())
        ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        ui.fitButton.clicked.connect(lambda: ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        if window.geometry().isValid():
            self.resize(int(window.width() * 0.9), int(window.height() * 0.92))

    def set_progress(self, fraction: float) -> None:
        self.ui.progress.setValue(int(fraction * 100))

    def show_pdf(self, result: Rendered) -> None:
        self.rendered = result
        document, self._file = open_document(result.pdf, self)
        self.document = document
        ui = self.ui
        ui.view.setDocument(document)
        ui.progress.hide()
        digits = getattr(self.window_, "digits", "thai")
        ui.statusLabel.setText(messages.preview_ready(document.pageCount(), digits))
        if result.warnings:
            ui.warningsLabel.setText("\n".join(result.warnings[:8]))
            ui.warningsLabel.setStyleSheet(message_style(WARNING))
            ui.warningsLabel.show()
        for button in (ui.printButton, ui.exportButton, ui.zoomInButton, ui.zoomOutButton, ui.fitButton):
            button.setEnabled(True)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def failed(self, exc: BaseException) -> None:
        self.ui.progress.hide()
        self.ui.statusLabel.setText(messages.describe(exc))
        self.ui.statusLabel.setStyleSheet(message_style(WARNING))
        dialogs.show_error(self, exc)

    def _zoom(self, factor: float) -> None:
        view = self.ui.view
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.2, min(5.0, view.zoomFactor() * factor)))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.document is not None:
            self.document.close()
        if self._file is not None:
            self._file.close()
        super().closeEvent(event)
