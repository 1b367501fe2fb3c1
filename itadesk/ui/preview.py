"""The preview: the very PDF that prints and exports, shown with QtPdf; a
choice above the pages shows the results report or the plan (O36)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QDialog

from .. import messages
from . import dialogs
from .forms.ui_preview_dialog import Ui_PreviewDialog
from .printing import Rendered, open_document
from .style import WARNING, message_style

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from .main_window import MainWindow


# the documents the preview offers: (document, label)
DOCUMENTS = (
    ("results", "รายงานผลการดำเนินการ"),
    ("plan", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส (แผน)"),
)


class PreviewDialog(QDialog):
    def __init__(self, window: MainWindow, document: str = "results") -> None:
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
        self.documentBox = QComboBox(self)
        self.documentBox.setObjectName("documentBox")
        self.documentBox.setToolTip("เอกสารที่แสดง พิมพ์ และบันทึกเป็น PDF")
        for value, label in DOCUMENTS:
            self.documentBox.addItem(label, value)
        self.documentBox.setCurrentIndex(max(0, self.documentBox.findData(document)))
        ui.topRow.insertWidget(0, self.documentBox)
        self.documentBox.currentIndexChanged.connect(lambda _i: self.load_document())
        ui.closeButton.clicked.connect(self.close)
        ui.printButton.clicked.connect(lambda: window.print_report(document=self.document_kind))
        ui.exportButton.clicked.connect(lambda: window.export_pdf(document=self.document_kind))
        ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        ui.fitButton.clicked.connect(lambda: ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        if window.geometry().isValid():
            self.resize(int(window.width() * 0.9), int(window.height() * 0.92))

    @property
    def document_kind(self) -> str:
        """``"results"`` or ``"plan"``: what the dialog shows."""
        return str(self.documentBox.currentData())

    def load_document(self) -> None:
        """Show the chosen document (rendered off the GUI thread when the
        data changed since it was last made)."""
        ui = self.ui
        for button in (ui.printButton, ui.exportButton):
            button.setEnabled(False)
        ui.statusLabel.setText(messages.RENDERING)
        ui.statusLabel.setStyleSheet("")
        ui.progress.setValue(0)
        ui.progress.show()
        ui.warningsLabel.hide()
        kind = self.document_kind

        def show(result: Rendered) -> None:
            if self.document_kind == kind:  # not a document chosen before and since replaced
                self.show_pdf(result)

        self.window_.rendered(show, progress=self.set_progress, failed=self.failed, document=kind)

    def set_progress(self, fraction: float) -> None:
        self.ui.progress.setValue(int(fraction * 100))

    def show_pdf(self, result: Rendered) -> None:
        self.rendered = result
        old, old_file = self.document, self._file
        document, self._file = open_document(result.pdf, self)
        self.document = document
        ui = self.ui
        ui.view.setDocument(document)
        if old is not None:
            old.close()
        if old_file is not None:
            old_file.close()
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
