"""Two small dialogs: a new fiscal year, and measures from the catalog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from .. import thaifmt
from ..catalog import CatalogEntry, load_catalog
from .forms.ui_catalog_dialog import Ui_CatalogDialog
from .forms.ui_new_year_dialog import Ui_NewYearDialog
from .style import ERROR, message_style

EMPTY = 0  # sourceCombo data: start without copying


def _name_buttons(box: QDialogButtonBox, ok: str) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("ยกเลิก")


class NewYearDialog(QDialog):
    """Asks which year to start and which year to copy from."""

    def __init__(
        self, years: list[int], digits: str, parent: QWidget | None = None, *, suggested: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewYearDialog()
        self.ui.setupUi(self)
        self.years = years
        ui = self.ui
        _name_buttons(ui.buttons, "เริ่มปีใหม่")
        ui.yearSpin.set_digits(digits)
        for year in sorted(years, reverse=True):
            ui.sourceCombo.addItem(f"รายงานปี {thaifmt.year(year, digits)}", year)
        ui.sourceCombo.addItem("ไม่คัดลอก เริ่มจากรายงานว่าง", EMPTY)
        ui.yearSpin.setValue(suggested or (max(years) + 1 if years else 2568))
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        ui.yearSpin.valueChanged.connect(lambda _v: ui.message.setText(""))

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def source(self) -> int | None:
        value = self.ui.sourceCombo.currentData()
        return None if value == EMPTY else value

    def _accept(self) -> None:
        if self.year in self.years:
            self.ui.message.setText(
                f"มีรายงานปี {self.ui.yearSpin.textFromValue(self.year)} อยู่แล้ว เลือกจากช่องปีงบประมาณด้านบนของหน้าต่าง"
            )
            self.ui.message.setStyleSheet(message_style(ERROR))
            return
        self.accept()


class CatalogDialog(QDialog):
    """Tick measures from the catalog of common ITA measures."""

    def __init__(
        self,
        parent: QWidget | None = None,
        entries: list[CatalogEntry] | None = None,
        existing_titles: set[str] | None = None,
        org_type: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CatalogDialog()
        self.ui.setupUi(self)
        _name_buttons(self.ui.buttons, "เพิ่มมาตรการที่เลือก")
        self.entries = entries if entries is not None else load_catalog(org_type)
        existing = existing_titles or set()
        for entry in self.entries:
            already = entry.title in existing
            text = entry.title + ("  (มีในรายงานแล้ว)" if already else "") + "\n" + entry.about
            item = QListWidgetItem(text, self.ui.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.list.itemActivated.connect(self._toggle)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _toggle(self, item: QListWidgetItem) -> None:
        # Double-click or Enter on the line ticks it, not only a click on the small box.
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen(self) -> list[CatalogEntry]:
        return [
            entry
            for k, entry in enumerate(self.entries)
            if self.ui.list.item(k).checkState() == Qt.CheckState.Checked
        ]
