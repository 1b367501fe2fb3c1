"""The first run: the organization and the fiscal year, or an exchange file,
or a backup. Also used for "add an organization" from the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from .. import messages, places, textclean, thaifmt
from ..model import DEFAULT_UNITS, ORGANIZATION_TYPES, Organization, Report, stored_id
from ..storage import Database
from . import dialogs
from .forms.ui_welcome import Ui_WelcomeDialog
from .style import ERROR, message_style

# Short names people type for a type of organization.
_TYPE_ALIASES = {
    "อบต.": "องค์การบริหารส่วนตำบล",
    "อบต": "องค์การบริหารส่วนตำบล",
    "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "อบจ": "องค์การบริหารส่วนจังหวัด",
    "ทต.": "เทศบาลตำบล",
    "ทม.": "เทศบาลเมือง",
    "ทน.": "เทศบาลนคร",
}


def guess_type(name: str) -> str | None:
    """The organization type a name starts with (``เทศบาลตำบลขามทะเลสอ`` → ``เทศบาลตำบล``)."""
    name = name.strip()
    for prefix in sorted([*ORGANIZATION_TYPES, *_TYPE_ALIASES], key=len, reverse=True):
        if prefix and name.startswith(prefix) and prefix != "ส่วนราชการ":
            return _TYPE_ALIASES.get(prefix, prefix)
    return None


class WelcomeDialog(QDialog):
    """Creates an organization with its first report, or imports one, or
    restores a backup. After ``exec()`` returns Accepted, ``report`` is the
    report to open (``None`` after a restore: the window opens what was restored)."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        first_run: bool = True,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.report: Report | None = None
        self.restored = False
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        font = ui.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.heading.setFont(font)
        if not first_run:
            self.setWindowTitle("เพิ่มหน่วยงานใหม่")
            ui.heading.setText("เพิ่มหน่วยงานใหม่")
            ui.intro.setText("กรอกข้อมูลหน่วยงาน แล้วกด “เริ่มใช้งาน” หรือนำเข้าไฟล์รายงานของหน่วยงานนั้น")
            ui.restoreButton.hide()
        ui.typeCombo.addItems(ORGANIZATION_TYPES)
        self._type_touched = False
        self._units_touched = False
        ui.unitsEditor.set_units(DEFAULT_UNITS[ui.typeCombo.currentText()])
        year = thaifmt.fiscal_year_of(today or dt.date.today())
        ui.yearSpin.setValue(year)
        self._show_year_hint()
        ui.nameEdit.textEdited.connect(self._name_edited)
        ui.typeCombo.activated.connect(self._type_chosen)
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        ui.unitsEditor.changed.connect(self._units_edited)
        ui.yearSpin.valueChanged.connect(self._show_year_hint)
        ui.startButton.clicked.connect(self.start)
        ui.importButton.clicked.connect(self.choose_import)
        ui.wordImportButton.clicked.connect(self.choose_word_import)
        ui.restoreButton.clicked.connect(self._restore)
        ui.nameEdit.setFocus()

    # --- creating -------------------------------------------------------------------------
    def _name_edited(self, text: str) -> None:
        self.ui.message.setText("")
        if not self._type_touched:
            guessed = guess_type(text)
            if guessed:
                self.ui.typeCombo.setCurrentText(guessed)

    def _type_chosen(self, _index: int) -> None:
        self._type_touched = True

    def _type_changed(self, _index: int) -> None:
        if not self._units_touched:
            units = DEFAULT_UNITS.get(self.ui.typeCombo.currentText(), [])
            self.ui.unitsEditor.set_units(units)

    def _units_edited(self) -> None:
        self._units_touched = True

    def _show_year_hint(self) -> None:
        first, last = thaifmt.fiscal_year_bounds(self.ui.yearSpin.value())
        self.ui.yearHint.setText(f"({thaifmt.period(first, last)})")

    def start(self) -> None:
        ui = self.ui
        name = textclean.clean_item(ui.nameEdit.text()).text.strip()
        if not name:
            ui.message.setText(messages.NO_ORGANIZATION_NAME)
            ui.message.setStyleSheet(message_style(ERROR))
            ui.nameEdit.setFocus()
            return
        org = Organization(
            name=name,
            type=ui.typeCombo.currentText() or None,
            district=ui.districtEdit.text().strip() or None,
            province=ui.provinceEdit.text().strip() or None,
            units=ui.unitsEditor.units(),
        )
        try:
            org = self.db.save_organization(org)
            self.report = self.db.create_report(stored_id(org.id), ui.yearSpin.value())
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            dialogs.show_error(self, exc)
            return
        self.accept()

    # --- importing --------------------------------------------------------------------------
    def choose_import(self) -> None:
        folder = str(places.documents_folder())
        path, _ = QFileDialog.getOpenFileName(self, "นำเข้าไฟล์รายงาน", folder, "ไฟล์รายงาน ITA Desk (*.json)")
        if path:
            report = import_file(self, self.db, Path(path))
            if report is not None:
                self.report = report
                self.accept()

    def choose_word_import(self) -> None:
        from .word_import_dialog import choose_and_import

        report = choose_and_import(self, self.db, str(places.documents_folder()))
        if report is not None:
            self.report = report
            self.accept()

    def _restore(self) -> None:
        from .backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.db, self)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            self.restored = True
            self.accept()


def import_file(parent: QWidget, db: Database, path: Path) -> Report | None:
    """Import an exchange file, asking before replacing a year that exists.
    Returns the stored report, or ``None`` when nothing was imported."""
    from .. import exchange
    from ..errors import ReportExistsError

    try:
        report = exchange.load_report(path)
        try:
            stored = db.import_report(report)
        except ReportExistsError:
            question = messages.replace_year(report.organization.name, report.fiscal_year_be)
            if not dialogs.ask(parent, question, "แทนที่ด้วยไฟล์นี้", "ไม่นำเข้า", danger=True):
                return None
            stored = db.import_report(report, replace_existing=True)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk
        dialogs.show_error(parent, exc)
        return None
    warnings = exchange.check_report(stored)
    if warnings:
        style = stored.organization.digits
        dialogs.inform(
            parent,
            messages.imported_with_warnings(len(stored.measures), style),
            "\n".join(messages.warning_for_clerk(w, style) for w in warnings[:10]),
        )
    return stored
