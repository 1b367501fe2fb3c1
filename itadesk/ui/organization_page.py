"""The first tab, ``หน่วยงาน``: the organization's profile and this year's
report settings (title, signatories)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRawFont
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from .. import messages, textclean, thaifmt
from ..model import DEFAULT_TITLE, ORGANIZATION_TYPES, Report, Signatory
from ..storage import Database
from .forms.ui_organization_page import Ui_OrganizationPage
from .style import ERROR, message_style
from .widgets.thai_breaks import wrapping_delegate

ROLES = ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้อนุมัติ")
LOGO_MAX_PIXELS = 1200  # enough for a 3 cm seal at 1,000 dpi; keeps the database small


LOGO_MAX_FILE_BYTES = 20 * 1024 * 1024  # a logo file bigger than this is not a logo


class OrganizationPage(QWidget):
    changed = Signal()
    unitsChanged = Signal(list)
    digitsChanged = Signal(str)
    nameChanged = Signal(str)

    def __init__(self, db: Database, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report = report
        self.ui = Ui_OrganizationPage()
        self.ui.setupUi(self)
        self.ui.typeCombo.addItems(ORGANIZATION_TYPES)
        self.ui.titleEdit.setPlaceholderText(DEFAULT_TITLE)
        table = self.ui.signatoriesTable
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Names and positions shown whole (ปลัดองค์การบริหารส่วนตำบล…): wrapped
        # at Thai word boundaries, each row as tall as its text, never ``…``.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setItemDelegate(wrapping_delegate(table))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        self._loading = False
        self._connect()
        self.load()

    @property
    def org(self):
        return self.report.organization

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.districtEdit, ui.provinceEdit):
            edit.textEdited.connect(self._org_edited)
        ui.typeCombo.currentIndexChanged.connect(self._org_edited)
        ui.unitsEditor.changed.connect(self._units_edited)
        ui.titleEdit.edited.connect(self._report_edited)
        ui.signatoriesTable.itemChanged.connect(self._report_edited)
        ui.addSignatoryButton.clicked.connect(self.add_signatory)
        ui.removeSignatoryButton.clicked.connect(self.remove_signatory)
        ui.chooseLogoButton.clicked.connect(self.choose_logo)
        ui.removeLogoButton.clicked.connect(lambda: self.set_logo(None))
        ui.thaiDigitsRadio.toggled.connect(self._digits_toggled)
        ui.compactCheck.toggled.connect(self._compact_toggled)
        ui.chooseFontButton.clicked.connect(self.choose_font)
        ui.defaultFontButton.clicked.connect(lambda: self.set_font_path(None))

    # --- the page contract -----------------------------------------------------------------
    def load(self) -> None:
        self._loading = True
        try:
            org = self.org
            ui = self.ui
            ui.nameEdit.setText(org.name)
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findText(org.type or "")))
            if org.type and ui.typeCombo.findText(org.type) < 0:
                ui.typeCombo.addItem(org.type)
                ui.typeCombo.setCurrentText(org.type)
            ui.districtEdit.setText(org.district or "")
            ui.provinceEdit.setText(org.province or "")
            ui.unitsEditor.set_units(org.units)
            ui.thaiDigitsRadio.setChecked(org.digits != "arabic")
            ui.arabicDigitsRadio.setChecked(org.digits == "arabic")
            ui.compactCheck.setChecked(org.compact)
            self._show_logo()
            self._show_font()
            ui.reportBox.setTitle(f"รายงานปีงบประมาณ {thaifmt.year(self.report.fiscal_year_be, org.digits)}")
            ui.titleEdit.setText(self.report.title or "")
            table = ui.signatoriesTable
            table.setRowCount(0)
            for s in self.report.signatories:
                self._add_row(s.role, s.name or "", s.position or "")
            ui.orgMessage.setText("")
        finally:
            self._loading = False

    def check(self) -> list[str]:
        return [messages.NO_ORGANIZATION_NAME] if not self.ui.nameEdit.text().strip() else []

    def save(self) -> None:
        """Store the organization and the report settings. Raises the storage errors."""
        self.db.save_organization(self.org)
        self.db.save_report_settings(self.report)

    # --- organization ----------------------------------------------------------------------
    def _org_edited(self, *args) -> None:
        if self._loading:
            return
        ui = self.ui
        name = ui.nameEdit.text().strip()
        if name:
            ui.orgMessage.setText("")
            if name != self.org.name:
                self.org.name = name
                self.nameChanged.emit(name)
        else:
            ui.orgMessage.setText(messages.NO_ORGANIZATION_NAME)
            ui.orgMessage.setStyleSheet(message_style(ERROR))
        self.org.type = ui.typeCombo.currentText() or None
        self.org.district = ui.districtEdit.text().strip() or None
        self.org.province = ui.provinceEdit.text().strip() or None
        self.changed.emit()

    def _units_edited(self) -> None:
        if self._loading:
            return
        self.org.units = self.ui.unitsEditor.units()
        self.unitsChanged.emit(list(self.org.units))
        self.changed.emit()

    def add_unit(self, name: str) -> None:
        """A unit added from a measure tab: into the list here and on the
        other measure tabs."""
        if name in self.org.units:
            return
        self.org.units.append(name)
        self._loading = True
        self.ui.unitsEditor.set_units(self.org.units)
        self._loading = False
        self.unitsChanged.emit(list(self.org.units))
        self.changed.emit()

    def _digits_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        digits = "thai" if self.ui.thaiDigitsRadio.isChecked() else "arabic"
        if digits != self.org.digits:
            self.org.digits = digits
            self.ui.reportBox.setTitle(f"รายงานปีงบประมาณ {thaifmt.year(self.report.fiscal_year_be, digits)}")
            self.changed.emit()  # stored before the window redraws in the new digits
            self.digitsChanged.emit(digits)

    def _compact_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.org.compact:
            return
        self.org.compact = checked
        self.changed.emit()

    # --- logo --------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "เลือกรูปตราสัญลักษณ์", str(Path.home()), "รูปภาพ (*.png *.jpg *.jpeg *.bmp *.gif)"
        )
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        from ..errors import InputFileError
        from ..fileio import read_input
        from ..images import too_many_pixels

        try:  # a regular file of sane size only: a pipe would hang the window
            data = read_input(path, limit=LOGO_MAX_FILE_BYTES)
        except (OSError, InputFileError):
            self._logo_message(messages.BAD_IMAGE)
            return False
        if too_many_pixels(data):  # decoding it would take gigabytes
            self._logo_message(messages.IMAGE_TOO_LARGE)
            return False
        image = QImage.fromData(data)
        if image.isNull():
            self._logo_message(messages.BAD_IMAGE)
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(
                LOGO_MAX_PIXELS,
                LOGO_MAX_PIXELS,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes only str
        buffer.close()
        self.set_logo(bytes(png.data()))
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.org.logo = data
        self._logo_message("")
        self._show_logo()
        self.changed.emit()

    def _logo_message(self, text: str) -> None:
        self.ui.logoHint.setText(text or "ใช้ไฟล์รูป PNG หรือ JPG")
        self.ui.logoHint.setStyleSheet(message_style(ERROR) if text else "")

    def _show_logo(self) -> None:
        label = self.ui.logoPreview
        pixmap = QPixmap()
        if self.org.logo and pixmap.loadFromData(self.org.logo):
            label.setPixmap(
                pixmap.scaled(
                    label.size() * 0.95,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            label.setPixmap(QPixmap())
            label.setText("ยังไม่มีรูป")
        self.ui.removeLogoButton.setEnabled(bool(self.org.logo))

    # --- font ---------------------------------------------------------------------------------
    def choose_font(self) -> None:
        start = str(Path(self.org.font_path).parent) if self.org.font_path else _fonts_folder()
        path, _ = QFileDialog.getOpenFileName(self, "เลือกไฟล์แบบอักษร", start, "แบบอักษร TrueType (*.ttf)")
        if path:
            self.set_font_path(path)

    def set_font_path(self, path: str | None) -> bool:
        if path is not None and not font_has_thai(path):
            self.ui.fontName.setText(messages.BAD_FONT)
            self.ui.fontName.setStyleSheet(message_style(ERROR))
            return False
        self.org.font_path = path
        self._show_font()
        self.changed.emit()
        return True

    def _show_font(self) -> None:
        self.ui.fontName.setStyleSheet("")
        path = self.org.font_path
        if not path:
            self.ui.fontName.setText("Sarabun (มากับโปรแกรม)")
        else:
            raw = QRawFont(path, 16)
            name = raw.familyName() if raw.isValid() else Path(path).stem
            self.ui.fontName.setText(f"{name}\n{path}")
        self.ui.defaultFontButton.setEnabled(bool(path))

    # --- report settings -----------------------------------------------------------------------
    def _report_edited(self, *args) -> None:
        if self._loading:
            return
        title = textclean.clean_item(self.ui.titleEdit.text()).text.strip()
        self.report.title = title or None
        self.report.signatories = self._signatories()
        self.changed.emit()

    def _signatories(self) -> list[Signatory]:
        table = self.ui.signatoriesTable
        out = []
        for row in range(table.rowCount()):
            items = [table.item(row, c) for c in range(3)]
            cells = [(item.text().strip() if item else "") for item in items]
            if any(cells):
                out.append(Signatory(cells[0] or ROLES[0], cells[1] or None, cells[2] or None))
        return out

    def _add_row(self, role: str, name: str, position: str) -> int:
        table = self.ui.signatoriesTable
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate((role, name, position)):
            table.setItem(row, col, QTableWidgetItem(text))
        return row

    def add_signatory(self) -> None:
        used = {s.role for s in self.report.signatories}
        role = next((r for r in ROLES if r not in used), ROLES[0])
        self._loading = True
        row = self._add_row(role, "", "")
        self._loading = False
        self.ui.signatoriesTable.setCurrentCell(row, 1)
        item = self.ui.signatoriesTable.item(row, 1)
        if item is not None:
            self.ui.signatoriesTable.editItem(item)

    def remove_signatory(self) -> None:
        table = self.ui.signatoriesTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._report_edited()


def font_has_thai(path: str) -> bool:
    raw = QRawFont(str(path), 16)
    return raw.isValid() and all(raw.supportsCharacter(ch) for ch in "กขาำ่้๑")


def _fonts_folder() -> str:
    import os

    windir = os.environ.get("WINDIR")
    if windir and Path(windir, "Fonts").is_dir():
        return str(Path(windir, "Fonts"))
    return str(Path.home())
