"""Importing last year's report from Word: what was recognized is shown
before anything is saved (``wordimport`` does the reading)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from .. import messages, textclean, thaifmt
from ..errors import ImportFieldMissingError, ReportExistsError
from ..model import LIST_FIELDS, Report
from ..storage import Database
from ..wordimport import WordDocument, WordImport, build_report, read_docx
from . import dialogs
from .forms.ui_word_import_dialog import Ui_WordImportDialog
from .style import ERROR, message_style

FILE_FILTER = "เอกสาร Word (*.docx);;ทุกไฟล์ (*)"


def _count(items) -> int:
    return sum(1 + _count(it.items) for it in items)


class WordImportDialog(QDialog):
    """Shows what a Word document holds (organization, year, measures with
    their item counts, periods and divisions, and every piece of text that
    could not be placed) and imports it on OK. After ``exec()`` returns
    Accepted, ``report`` is the stored report."""

    def __init__(
        self, db: Database, doc: WordDocument, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.doc = doc
        self.recognized: WordImport | None = None
        self.report: Report | None = None
        self.ui = Ui_WordImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("นำเข้ารายงานนี้")
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("ยกเลิก")
        header = ui.measuresTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the titles take what is left
        ui.orgEdit.setText(doc.organization_name or "")
        ui.yearSpin.setValue(doc.fiscal_year_be or thaifmt.fiscal_year_of(today or dt.date.today()))
        self._year_guessed = doc.fiscal_year_be is None
        ui.orgEdit.textEdited.connect(lambda _t: self._rebuild())
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.buttons.accepted.connect(self._import)
        ui.buttons.rejected.connect(self.reject)
        self._rebuild()

    def _year_changed(self, _value: int) -> None:
        self._year_guessed = False
        self._rebuild()

    def _rebuild(self) -> None:
        ui = self.ui
        name = textclean.clean_item(ui.orgEdit.text()).text.strip()
        known = next((o.units for o in self.db.organizations() if o.name == name), [])
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.recognized = build_report(
                self.doc, year=ui.yearSpin.value(), org=name or None, known_units=known
            )
        except ImportFieldMissingError as exc:
            self.recognized = None
            ok.setEnabled(False)
            guessed = " " + messages.WORD_YEAR_GUESSED if self._year_guessed else ""
            self._say(messages.describe(exc) + guessed, error=True)
            return
        ok.setEnabled(True)
        self._say(messages.WORD_YEAR_GUESSED if self._year_guessed else "", error=self._year_guessed)
        self._show(self.recognized)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(message_style(ERROR) if error and text else "")

    def _show(self, result: WordImport) -> None:
        ui = self.ui
        report = result.report
        ui.measuresHeading.setText(f"มาตรการที่พบ {thaifmt.digits(str(len(report.measures)))} มาตรการ")
        ui.measuresTree.clear()
        for i, m in enumerate(report.measures, 1):
            counts = [f"{thaifmt.digits(str(_count(m.items_of(n))))} ข้อ" for n in LIST_FIELDS]
            period = thaifmt.period(m.period_start, m.period_end, abbreviated=True) or "-"
            row = QTreeWidgetItem(
                [
                    f"{thaifmt.digits(str(i))}. {m.title}",
                    *counts,
                    period,
                    ", ".join(m.responsible_units) or "-",
                ]
            )
            row.setToolTip(0, m.title)
            ui.measuresTree.addTopLevelItem(row)
        ui.unitsLabel.setText(messages.word_units(report.organization.units))
        ui.notPlacedList.clear()
        if result.not_placed:
            ui.notPlacedHeading.setText(messages.word_not_placed_heading(len(result.not_placed)))
            for piece in result.not_placed:
                item = QListWidgetItem(messages.word_not_placed_item(piece))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                ui.notPlacedList.addItem(item)
            ui.notPlacedList.show()
        else:
            ui.notPlacedHeading.setText(messages.WORD_NOTHING_LEFT_OUT)
            ui.notPlacedList.hide()

    def _import(self) -> None:
        from .. import exchange

        if self.recognized is None:
            return
        report = self.recognized.report
        try:
            try:
                stored = self.db.import_report(report)
            except ReportExistsError:
                question = messages.replace_year(report.organization.name, report.fiscal_year_be)
                if not dialogs.ask(self, question, "แทนที่ด้วยไฟล์นี้", "ไม่นำเข้า", danger=True):
                    return
                stored = self.db.import_report(report, replace_existing=True)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            dialogs.show_error(self, exc)
            return
        self.report = stored
        warnings = exchange.check_report(stored)
        style = stored.organization.digits
        detail = "\n".join(messages.warning_for_clerk(w, style) for w in warnings[:10]) or None
        dialogs.inform(
            self, messages.word_imported(len(stored.measures), stored.fiscal_year_be, style), detail
        )
        self.accept()


def import_word_file(parent: QWidget, db: Database, path: Path) -> Report | None:
    """Read ``path``, show what it holds, import it when the clerk agrees.
    Returns the stored report, or ``None`` when nothing was imported."""
    try:
        doc = read_docx(path)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk
        dialogs.show_error(parent, exc)
        return None
    dialog = WordImportDialog(db, doc, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.report
    return None


def choose_and_import(parent: QWidget, db: Database, folder: str) -> Report | None:
    """Ask for a .docx in ``folder``, then ``import_word_file``."""
    name, _ = QFileDialog.getOpenFileName(parent, "นำเข้าจากไฟล์ Word", folder, FILE_FILTER)
    return import_word_file(parent, db, Path(name)) if name else None
