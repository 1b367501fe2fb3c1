"""The readiness list in the window: what a reviewer would catch
(``itadesk.readiness``), one line per finding, each leading to its field.

Shown on demand (รายงาน > ตรวจความพร้อมของรายงาน…, F7), not modal, so the
clerk can go to a field, fix it and press ``ตรวจอีกครั้ง``; and before
printing or saving the PDF, when there is something to look at, with a
button that goes on: the list never stops the report from printing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from .. import messages
from ..readiness import Finding
from .forms.ui_readiness_dialog import Ui_ReadinessDialog

# What ``ReadinessDialog.exec()`` gives back before printing.
PROCEED, BACK = 1, 0


class ReadinessDialog(QDialog):
    """``findings`` and how to word them (the report's digits);
    ``check`` runs the check again (``ตรวจอีกครั้ง``). ``goTo(finding)`` asks the
    window to show that field. ``proceed``: the label of the button that goes
    on printing (the dialog is then modal and its answer is ``PROCEED`` or
    ``BACK``); ``None`` for the list on demand."""

    goTo = Signal(object)  # readiness.Finding

    def __init__(
        self,
        findings: list[Finding],
        digits: str,
        parent: QWidget | None = None,
        *,
        check: Callable[[], list[Finding]] | None = None,
        proceed: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReadinessDialog()
        self.ui.setupUi(self)
        self.digits = digits
        self._check = check
        self.findings: list[Finding] = []
        ui = self.ui
        ui.goButton.clicked.connect(self._go)
        ui.findingsList.itemActivated.connect(lambda _item: self._go())
        ui.findingsList.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.recheckButton.clicked.connect(self.recheck)
        ui.recheckButton.setVisible(check is not None)
        ui.proceedButton.setVisible(proceed is not None)
        if proceed is not None:
            ui.proceedButton.setText(proceed)
            ui.proceedButton.setDefault(True)
            ui.proceedButton.clicked.connect(lambda: self.done(PROCEED))
            ui.closeButton.setText("กลับไปแก้ไข")
            self.setWindowModality(Qt.WindowModality.WindowModal)
        ui.closeButton.clicked.connect(lambda: self.done(BACK))
        self._modal_before_printing = proceed is not None
        self.show_findings(findings)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        lst = self.ui.findingsList
        lst.clear()
        for finding in self.findings:
            item = QListWidgetItem(messages.readiness_line(finding, self.digits))
            item.setToolTip(messages.readiness_line(finding, self.digits))
            lst.addItem(item)
        self.ui.summaryLabel.setText(messages.readiness_summary(len(self.findings), self.digits))
        if self.findings:
            lst.setCurrentRow(0)
        self._update_buttons()

    def lines(self) -> list[str]:
        return [self.ui.findingsList.item(i).text() for i in range(self.ui.findingsList.count())]

    def recheck(self) -> None:
        if self._check is not None:
            self.show_findings(self._check())

    def _update_buttons(self) -> None:
        self.ui.goButton.setEnabled(self.ui.findingsList.currentRow() >= 0)

    def _go(self) -> None:
        row = self.ui.findingsList.currentRow()
        if not 0 <= row < len(self.findings):
            return
        finding = self.findings[row]
        if self._modal_before_printing:
            self.done(BACK)  # back to the report, at that field
        self.goTo.emit(finding)
