"""``UnitPicker``: the units responsible for a measure, ticked from the
organization's units; ``UnitsEditor``: the organization's own list of units."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import textclean


class UnitPicker(QWidget):
    """Tick the units responsible for a measure. Keeps the order in which
    they were chosen (the report prints them in that order)."""

    changed = Signal()
    unitAdded = Signal(str)  # a new unit typed here, for the organization's list
    rebuilt = Signal()  # the boxes were made anew (the page puts them in the Tab order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        layout.addLayout(self._grid)
        add_row = QHBoxLayout()
        self.new_unit = QLineEdit(self)
        self.new_unit.setPlaceholderText("ชื่อกองอื่น ๆ")
        self.new_unit.returnPressed.connect(self._add_typed)
        self.add_button = QPushButton("เพิ่มกอง", self)
        self.add_button.setToolTip("เพิ่มชื่อกองหรือส่วนราชการที่ยังไม่มีในรายชื่อ และเลือกให้มาตรการนี้")
        self.add_button.clicked.connect(self._add_typed)
        add_row.addWidget(self.new_unit, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.setFocusProxy(self.new_unit)

    def set_units(self, units: list[str], selected: list[str]) -> None:
        self._order = list(dict.fromkeys(selected))
        shown = list(dict.fromkeys(list(units) + self._order))
        for box in self._boxes.values():
            box.setParent(None)
            box.deleteLater()
        self._boxes = {}
        columns = 2
        for k, unit in enumerate(shown):
            box = QCheckBox(unit, self)
            box.setChecked(unit in self._order)
            box.toggled.connect(lambda on, u=unit: self._toggled(u, on))
            self._grid.addWidget(box, k // columns, k % columns)
            self._boxes[unit] = box
        self.setFocusProxy(next(iter(self._boxes.values())) if self._boxes else self.new_unit)
        self.rebuilt.emit()

    def focus_order(self) -> list[QWidget]:
        """The boxes, then the field and button for a new unit (for Tab)."""
        return [*self._boxes.values(), self.new_unit, self.add_button]

    def selected(self) -> list[str]:
        return list(self._order)

    def _toggled(self, unit: str, on: bool) -> None:
        if on and unit not in self._order:
            self._order.append(unit)
        elif not on and unit in self._order:
            self._order.remove(unit)
        self.changed.emit()

    def _add_typed(self) -> None:
        name = textclean.clean_item(self.new_unit.text()).text.strip()
        if not name:
            self.new_unit.setFocus()
            return
        self.new_unit.clear()
        if name in self._boxes:
            self._boxes[name].setChecked(True)
            return
        units = list(self._boxes) + [name]
        self._order.append(name)
        self.set_units(units, self._order)
        # The measure takes the tick first: the organization's list then
        # redraws every measure's boxes, this one included.
        self.changed.emit()
        self.unitAdded.emit(name)


class UnitsEditor(QWidget):
    """The organization's list of units: add, rename in place, remove, order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton("เพิ่ม", self)
        self.add_button.setToolTip("เพิ่มกองหรือส่วนราชการ แล้วพิมพ์ชื่อ")
        self.remove_button = QPushButton("ลบ", self)
        self.up_button = QPushButton("ขึ้น", self)
        self.down_button = QPushButton("ลง", self)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_unit)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.setFocusProxy(self.list)

    def set_units(self, units: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for unit in units:
            self._append(unit)
        self.list.blockSignals(False)

    def units(self) -> list[str]:
        names = [self.list.item(i).text().strip() for i in range(self.list.count())]
        return list(dict.fromkeys(n for n in names if n))

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_unit(self) -> None:
        item = self._append("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        cleaned = textclean.clean_item(item.text()).text.strip()
        if cleaned != item.text():
            self.list.blockSignals(True)
            item.setText(cleaned)
            self.list.blockSignals(False)
        self.changed.emit()
