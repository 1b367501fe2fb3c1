"""The first tab, ``หน่วยงาน``: the organization's profile and this year's
report settings (title, title lines, ITA round, markers, signatories, the
analysis of last year's result). Every change is a step of the report's undo
history (``undoable``, see ``undo.OrganizationEdit``)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRawFont
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QPlainTextEdit, QTableWidgetItem, QWidget

from .. import messages, rounds, textclean, thaifmt
from ..model import (
    DEFAULT_TITLE,
    LIST_STYLES,
    MARKER_KINDS,
    ORGANIZATION_TYPES,
    Analysis,
    Organization,
    Report,
    Signatory,
)
from ..storage import Database
from .forms.ui_organization_page import Ui_OrganizationPage
from .style import ERROR, message_style
from .widgets.thai_breaks import wrapping_delegate

ROLES = ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้อนุมัติ")
LOGO_MAX_PIXELS = 1200  # enough for a 3 cm seal at 1,000 dpi; keeps the database small


LOGO_MAX_FILE_BYTES = 20 * 1024 * 1024  # a logo file bigger than this is not a logo

# What each marker kind looks like in the combo boxes (model.MARKER_KINDS).
MARKER_LABELS = {
    "dot": "๑.",
    "paren": "(๑)",
    "letter_paren": "(ก)",
    "letter_dot": "ก.",
    "dash": "-",
    "bullet": "\u2022",
    "arabic_dot": "1.",
    "arabic_paren": "(1)",
    "none": "(ไม่มี)",
}
REPORT_SETTINGS = (
    "title",
    "signatories",
    "analysis",
    "ita_round",
    "show_item_code",
    "print_photos",
    "cover_lines",
    "heading_lines",
    "markers",
)


@dataclass
class OrganizationState:
    """What an undo step of this tab brings back: the organization and the
    report's settings (``REPORT_SETTINGS``)."""

    organization: Organization
    settings: dict


class OrganizationPage(QWidget):
    changed = Signal()
    unitsChanged = Signal(list)
    digitsChanged = Signal(str)
    nameChanged = Signal(str)
    # A change for the undo history: (before, after, what, merge key), as ``OrganizationState``.
    undoable = Signal(object, object, str, object)

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
        ui = self.ui
        ui.roundCombo.addItem("ไม่ระบุ", None)
        for r in rounds.rounds():
            code = r.report.code if r.report else "?"
            unsure = "" if r.verified else " (ยังไม่ยืนยัน)"
            ui.roundCombo.addItem(f"ITA {r.year} ข้อ {code}{unsure}", r.year)
        for combo in self._marker_combos():
            for kind in MARKER_KINDS:
                combo.addItem(MARKER_LABELS[kind], kind)
        self._action: tuple[str, object] = ("", None)
        self._connect()
        self.load()
        self._state = self.state()
        self.changed.connect(self._record)

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
        ui.budgetColumnCheck.toggled.connect(self._budget_column_toggled)
        ui.roundCombo.currentIndexChanged.connect(self._round_changed)
        ui.showCodeCheck.toggled.connect(self._show_code_toggled)
        ui.printPhotosCheck.toggled.connect(self._print_photos_toggled)
        for lines_edit, key in ((ui.coverLinesEdit, "cover_lines"), (ui.headingLinesEdit, "heading_lines")):
            lines_edit.textChanged.connect(lambda k=key: self._lines_edited(k))
        for combo in self._marker_combos():
            combo.currentIndexChanged.connect(self._markers_changed)
        ui.defaultMarkersButton.clicked.connect(self.default_markers)
        for line_edit in (ui.scoreEdit, ui.levelEdit):
            line_edit.textEdited.connect(self._analysis_edited)
        for text_edit in (ui.weaknessesEdit, ui.improvementsEdit, ui.analysisNoteEdit):
            text_edit.textChanged.connect(self._analysis_edited)

    def _marker_combos(self) -> list[QComboBox]:
        return [getattr(self.ui, f"{style}Marker{level}") for style in LIST_STYLES for level in (1, 2, 3)]

    # --- the undo history ---------------------------------------------------------------
    def state(self) -> OrganizationState:
        return OrganizationState(
            copy.deepcopy(self.org), {k: copy.deepcopy(getattr(self.report, k)) for k in REPORT_SETTINGS}
        )

    def set_state(self, state: OrganizationState) -> None:
        """Show ``state`` as the page's (after undo or redo); the caller stores it."""
        old = self.org
        new = copy.deepcopy(state.organization)
        for name, value in vars(new).items():
            setattr(old, name, value)
        for key, value in state.settings.items():
            setattr(self.report, key, copy.deepcopy(value))
        self.load()
        self._state = self.state()

    def _act(self, what: str, key: object = None) -> None:
        self._action = (what, key)

    def _record(self) -> None:
        what, key = self._action
        self._action = ("", None)
        after = self.state()
        if after == self._state:
            return
        before, self._state = self._state, after
        self.undoable.emit(before, after, what or "แก้ข้อมูลหน่วยงาน", key)

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
            ui.budgetColumnCheck.setChecked(org.budget_column)
            report = self.report
            index = ui.roundCombo.findData(report.ita_round) if report.ita_round is not None else 0
            if index < 0:  # a round the app does not know (from a newer file)
                ui.roundCombo.addItem(f"ITA {report.ita_round}", report.ita_round)
                index = ui.roundCombo.count() - 1
            ui.roundCombo.setCurrentIndex(index)
            ui.showCodeCheck.setChecked(report.show_item_code)
            ui.printPhotosCheck.setChecked(report.print_photos)
            self._show_round()
            _set_lines(ui.coverLinesEdit, report.cover_lines)
            _set_lines(ui.headingLinesEdit, report.heading_lines)
            ui.headingLinesEdit.setPlaceholderText(report.display_title)
            for style in LIST_STYLES:
                kinds = report.markers.get(style) or list(thaifmt.default_markers(style))
                defaults = thaifmt.default_markers(style)
                for level in (1, 2, 3):
                    combo: QComboBox = getattr(ui, f"{style}Marker{level}")
                    kind = kinds[level - 1] if level <= len(kinds) else defaults[level - 1]
                    combo.setCurrentIndex(max(0, combo.findData(kind)))
            a = report.analysis
            ui.scoreEdit.setText(a.score or "")
            ui.levelEdit.setText(a.level or "")
            _set_lines(ui.weaknessesEdit, a.weaknesses)
            _set_lines(ui.improvementsEdit, a.improvements)
            ui.analysisNoteEdit.setPlainText(a.note or "")
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
        self._act("แก้ข้อมูลหน่วยงาน", "organization")
        self.changed.emit()

    def _units_edited(self) -> None:
        if self._loading:
            return
        self.org.units = self.ui.unitsEditor.units()
        self.unitsChanged.emit(list(self.org.units))
        self._act("แก้รายชื่อกอง")
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
            self._act("เปลี่ยนตัวเลขในรายงาน")
            self.changed.emit()  # stored before the window redraws in the new digits
            self.digitsChanged.emit(digits)

    def _compact_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.org.compact:
            return
        self.org.compact = checked
        self._act("เปลี่ยนการพิมพ์แบบประหยัดกระดาษ")
        self.changed.emit()

    def _budget_column_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.org.budget_column:
            return
        self.org.budget_column = checked
        self._act("เปลี่ยนการพิมพ์ช่องงบประมาณ")
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
        self._act("เปลี่ยนตราสัญลักษณ์")
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
        self._act("เปลี่ยนแบบอักษร")
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
        signatories = self._signatories()
        if signatories != self.report.signatories:
            self._act("แก้ผู้ลงนาม")
        else:
            self._act("พิมพ์ชื่อรายงาน", "title")
        self.report.title = title or None
        self.report.signatories = signatories
        self.changed.emit()

    # --- round, title lines, markers, analysis ----------------------------------------------------
    def _show_round(self) -> None:
        found = rounds.find(self.report.ita_round)
        text = ""
        if found is not None:
            parts = [f"{d.code} {d.title}" for d in (found.plan, found.report) if d]
            text = " / ".join(parts)
            if not found.verified:
                text += " — ยังไม่ยืนยันกับคู่มือของ ป.ป.ช. ปีนั้น ตรวจสอบรหัสข้อก่อนพิมพ์"
        self.ui.roundNote.setText(text)
        self.ui.roundNote.setVisible(bool(text))

    def _round_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.report.ita_round = self.ui.roundCombo.currentData()
        self._show_round()
        self._act("เลือกรอบการประเมิน")
        self.changed.emit()

    def _show_code_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.report.show_item_code:
            return
        self.report.show_item_code = checked
        self._act("เปลี่ยนการพิมพ์รหัสข้อ")
        self.changed.emit()

    def _print_photos_toggled(self, checked: bool) -> None:
        if self._loading or checked == self.report.print_photos:
            return
        self.report.print_photos = checked
        self._act("เปลี่ยนการพิมพ์ภาพกิจกรรม")
        self.changed.emit()

    def _lines_edited(self, key: str) -> None:
        if self._loading:
            return
        edit = self.ui.coverLinesEdit if key == "cover_lines" else self.ui.headingLinesEdit
        lines = _lines(edit)
        if lines == getattr(self.report, key):
            return
        setattr(self.report, key, lines)
        self._act("พิมพ์ชื่อรายงานบนหน้าปก" if key == "cover_lines" else "พิมพ์ชื่อรายงานเหนือตาราง", key)
        self.changed.emit()

    def _markers_changed(self, _index: int) -> None:
        if self._loading:
            return
        markers: dict[str, list[str]] = {}
        for style in LIST_STYLES:
            kinds = [getattr(self.ui, f"{style}Marker{level}").currentData() for level in (1, 2, 3)]
            if tuple(kinds) != thaifmt.default_markers(style):
                markers[style] = kinds
        self.report.markers = markers
        self._act("เปลี่ยนลำดับเลข")
        self.changed.emit()

    def default_markers(self) -> None:
        if not self.report.markers:
            return
        self.report.markers = {}
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self._act("ใช้ลำดับเลขแบบเดิม")
        self.changed.emit()

    def _analysis_edited(self, *_args) -> None:
        if self._loading:
            return
        ui = self.ui
        note = textclean.clean_text(ui.analysisNoteEdit.toPlainText()).text.strip() or None
        analysis = Analysis(
            note=note,
            score=thaifmt.to_arabic(ui.scoreEdit.text()).strip() or None,
            level=ui.levelEdit.text().strip() or None,
            weaknesses=_lines(ui.weaknessesEdit),
            improvements=_lines(ui.improvementsEdit),
        )
        before = self.report.analysis
        if analysis == before:
            return
        field = next((k for k in vars(analysis) if getattr(analysis, k) != getattr(before, k)), "note")
        self.report.analysis = analysis
        self._act("แก้ผลการวิเคราะห์", f"analysis.{field}")  # typing in one field: one step
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


def _lines(edit: QPlainTextEdit) -> list[str]:
    """The non-empty lines of ``edit``, each cleaned as a pasted item is."""
    out = []
    for line in edit.toPlainText().splitlines():
        text = textclean.clean_item(line).text.strip()
        if text:
            out.append(text)
    return out


def _set_lines(edit: QPlainTextEdit, lines: list[str]) -> None:
    text = "\n".join(lines)
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def font_has_thai(path: str) -> bool:
    raw = QRawFont(str(path), 16)
    return raw.isValid() and all(raw.supportsCharacter(ch) for ch in "กขาำ่้๑")


def _fonts_folder() -> str:
    import os

    windir = os.environ.get("WINDIR")
    if windir and Path(windir, "Fonts").is_dir():
        return str(Path(windir, "Fonts"))
    return str(Path.home())
