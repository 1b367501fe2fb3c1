"""Widgets the forms use (promoted in Qt Designer, header ``itadesk.ui.widgets``).

``AutoTextEdit``: text that grows with its content and cleans what is pasted.
``ListEditor``: the numbered lists of a measure (steps, results, outcomes).
``UnitPicker``: responsible units ticked from the organization's units.
``UnitsEditor``: the organization's own list of units.
``ThaiDateEdit``: a Buddhist-Era date typed or picked from a calendar.
``ThaiSpinBox``: a number shown in Thai digits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import messages, textclean, thaifmt
from ..errors import DateInputError
from ..model import Item
from .style import invalid_field_style

# Past this many characters a paste is confirmed first: a report cell is
# rarely longer than 2,000 characters (the sample's longest has 1,826).
LARGE_PASTE = 20_000
MAX_LEVEL = 3  # the report prints three levels of items


def _ask_large_paste(widget: QWidget, length: int) -> bool:
    from . import dialogs

    return dialogs.ask(
        widget,
        messages.large_paste(length),
        "วางทั้งหมด",
        "ไม่วาง",
    )


# --- text that grows ------------------------------------------------------------------


class AutoTextEdit(QTextEdit):
    """Plain text that wraps and grows to show all of itself, without a
    scroll bar. Pasted text is cleaned (``itadesk.textclean``) and the change
    is announced through ``cleaned``. An item is one paragraph: Enter does
    not start a new line, it emits ``returnPressed``."""

    edited = Signal()  # the clerk changed the text (not setText)
    cleaned = Signal(str)  # what cleaning a paste changed, in Thai
    returnPressed = Signal()
    keyNavigation = Signal(QKeyEvent)  # Alt+arrows, Backspace at the start, for ListEditor
    focused = Signal()
    left = Signal()  # focus went elsewhere: the clerk is done with this text for now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Set by ListEditor: takes pasted text that holds several items.
        self.paste_handler: Callable[[AutoTextEdit, str], bool] | None = None
        self._setting = False
        self.document().setDocumentMargin(3)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.textChanged.connect(self._on_text_changed)
        self._fit()

    # text in and out
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        self._fit()

    def _on_text_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    # height follows the text
    def _fit(self, *args) -> None:
        doc_height = self.document().size().height()
        line = QFontMetrics(self.font()).lineSpacing() + 2 * self.document().documentMargin()
        margins = self.contentsMargins()
        height = int(max(doc_height, line)) + margins.top() + margins.bottom() + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.height())

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()

    # keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            return
        if mods & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.keyNavigation.emit(event)
            return
        if key == Qt.Key.Key_Backspace and not self.toPlainText() and self.receivers(self.keyNavigation):
            self.keyNavigation.emit(event)
            return
        super().keyPressEvent(event)

    # paste and drop
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.paste_text(source.text())

    def paste_text(self, text: str) -> None:
        """Insert ``text`` as if pasted: cleaned, the clerk told what changed."""
        if len(text) > LARGE_PASTE and not _ask_large_paste(self, len(text)):
            return
        if self.paste_handler is not None and self.paste_handler(self, text):
            return
        at_start = self.textCursor().position() == 0
        result = textclean.clean_item(text, at_start=at_start)
        self.textCursor().insertText(result.text)
        if result.changed:
            self.cleaned.emit(messages.paste_changes(result.changes))


# --- numbered lists ---------------------------------------------------------------------

STYLE_CHOICES = (("numbered", "ตัวเลข ๑. ๒. ๓."), ("bulleted", "ขีด  -"), ("plain", "ไม่มีเลขข้อ"))


class _Row(QWidget):
    def __init__(self, level: int, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.level = level
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.marker = QLabel(self)
        self.marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.marker.setMinimumWidth(34)
        self.marker.setContentsMargins(0, 4, 0, 0)
        self.edit = AutoTextEdit(self)
        self.edit.setPlaceholderText("พิมพ์ข้อความของข้อนี้")
        self.edit.setText(text)
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)
        self.set_level(level)

    def set_level(self, level: int) -> None:
        self.level = level
        self.layout().setContentsMargins((level - 1) * 30, 0, 0, 0)


class ListEditor(QWidget):
    """An editable list of items, each one line of text that wraps, with
    sub-items up to three levels; markers shown exactly as they will print.

    Keys: Enter adds an item below, Backspace in an empty item removes it,
    Alt+↑/↓ move an item (with its sub-items), Alt+→/← make it a sub-item
    and back."""

    changed = Signal()
    notice = Signal(str)  # a sentence for the clerk (what a paste changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._current: _Row | None = None
        self._digits = "thai"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(QLabel("เลขข้อ", self))
        self.style_combo = QComboBox(self)
        for value, label in STYLE_CHOICES:
            self.style_combo.addItem(label, value)
        self.style_combo.setToolTip("รูปแบบเครื่องหมายหน้าข้อ ตามที่จะพิมพ์ในรายงาน")
        self.style_combo.currentIndexChanged.connect(self._style_changed)
        bar.addWidget(self.style_combo)
        bar.addSpacing(12)
        self.add_button = self._button("เพิ่มข้อ", "เพิ่มข้อใหม่ต่อจากข้อที่เลือก (Enter)", self.add_after_current)
        self.remove_button = self._button("ลบข้อ", "ลบข้อที่เลือก", self.remove_current)
        self.up_button = self._button("▲ ขึ้น", "เลื่อนข้อที่เลือกขึ้น (Alt+↑)", lambda: self.move_current(-1))
        self.down_button = self._button("▼ ลง", "เลื่อนข้อที่เลือกลง (Alt+↓)", lambda: self.move_current(1))
        self.indent_button = self._button(
            "ทำเป็นข้อย่อย →", "ทำข้อที่เลือกเป็นข้อย่อยของข้อก่อนหน้า (Alt+→)", lambda: self.indent_current(1)
        )
        self.outdent_button = self._button(
            "← ยกเลิกข้อย่อย", "ยกข้อย่อยที่เลือกออกมาเป็นข้อหลัก (Alt+←)", lambda: self.indent_current(-1)
        )
        for b in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.indent_button,
            self.outdent_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        outer.addLayout(bar)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(3)
        outer.addLayout(self._rows_box)
        self.setFocusProxy(self.style_combo)
        self._set_rows([(1, "")])

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setAutoRaise(False)
        b.clicked.connect(slot)
        return b

    # --- content in and out ---------------------------------------------------------------
    def set_items(self, items: list[Item], style: str = "numbered", digits: str = "thai") -> None:
        self._digits = digits
        self.style_combo.blockSignals(True)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(style)))
        self.style_combo.blockSignals(False)
        flat = list(_flatten(items)) or [(1, "")]
        self._set_rows(flat)

    def items(self) -> list[Item]:
        """The items, empty ones left out (their sub-items move up)."""
        rows = [(r.level, r.edit.text().strip()) for r in self._rows]
        return _nest([(lvl, text) for lvl, text in rows if text])

    def list_style(self) -> str:
        return self.style_combo.currentData()

    def texts(self) -> list[str]:
        return [r.edit.text() for r in self._rows]

    def row_edits(self) -> list[AutoTextEdit]:
        return [r.edit for r in self._rows]

    def markers(self) -> list[str]:
        return [r.marker.text() for r in self._rows]

    def levels(self) -> list[int]:
        return [r.level for r in self._rows]

    def append_item(self, text: str) -> None:
        """Add an item at the end (into the last row if it is empty)."""
        if self._rows and not self._rows[-1].edit.text().strip() and self._rows[-1].level == 1:
            self._rows[-1].edit.setText(text)
        else:
            self._insert_row(len(self._rows), 1, text)
        self._renumber()
        self.changed.emit()

    def replace_item(self, predicate: Callable[[str], bool], text: str) -> bool:
        for row in self._rows:
            if predicate(row.edit.text()):
                row.edit.setText(text)
                self.changed.emit()
                return True
        return False

    # --- rows -------------------------------------------------------------------------------
    def _set_rows(self, flat: list[tuple[int, str]]) -> None:
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self._current = None
        for i, (level, text) in enumerate(flat):
            self._insert_row(i, level, text, renumber=False)
        self._renumber()

    def _insert_row(self, index: int, level: int, text: str, *, renumber: bool = True) -> _Row:
        row = _Row(level, text, self)
        edit = row.edit
        edit.edited.connect(self.changed)
        edit.cleaned.connect(self.notice)
        edit.returnPressed.connect(lambda r=row: self._return_pressed(r))
        edit.keyNavigation.connect(lambda ev, r=row: self._key_navigation(r, ev))
        edit.focused.connect(lambda r=row: self._set_current(r))
        edit.left.connect(lambda r=row: self._drop_typed_marker(r))
        edit.paste_handler = self._paste
        self._rows.insert(index, row)
        self._rows_box.insertWidget(index, row)
        # Tab goes through the items in order, right after the style box.
        QWidget.setTabOrder(self._rows[index - 1].edit if index else self.style_combo, edit)
        if renumber:
            self._renumber()
        return row

    def _drop_typed_marker(self, row: _Row) -> None:
        """A number or bullet typed at the start of an item (``1.``, ``๒)``, ``-``)
        would print twice beside the app's own numbering: take it off once the
        clerk leaves the item, and say so."""
        text = row.edit.text()
        if row not in self._rows or not textclean.has_marker(text):
            return
        row.edit.setText(textclean.strip_marker(text))
        self.changed.emit()
        self.notice.emit(messages.TYPED_MARKER_REMOVED)

    def _set_current(self, row: _Row) -> None:
        self._current = row
        self._update_buttons()

    def current_index(self) -> int:
        if self._current in self._rows:
            return self._rows.index(self._current)
        return len(self._rows) - 1

    def focus_row(self, index: int, *, at_end: bool = True) -> None:
        index = max(0, min(index, len(self._rows) - 1))
        row = self._rows[index]
        self._current = row
        row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if at_end:
            cursor = row.edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            row.edit.setTextCursor(cursor)
        self._update_buttons()
        scroll = _scroll_area_of(self)
        if scroll is not None:
            scroll.ensureWidgetVisible(row, 0, 60)

    def _renumber(self) -> None:
        style = self.list_style()
        counters = [0] * (MAX_LEVEL + 2)
        for row in self._rows:
            lvl = row.level
            counters[lvl] += 1
            for deeper in range(lvl + 1, len(counters)):
                counters[deeper] = 0
            row.marker.setText(thaifmt.list_marker(style, lvl, counters[lvl], self._digits))
        self._update_buttons()

    def _update_buttons(self) -> None:
        # Until the clerk clicks into an item, only "add" is offered: the
        # other buttons act on the item being edited.
        if self._current not in self._rows:
            for b in (
                self.remove_button,
                self.up_button,
                self.down_button,
                self.indent_button,
                self.outdent_button,
            ):
                b.setEnabled(False)
            return
        i = self.current_index()
        lv = self.levels()
        self.remove_button.setEnabled(len(self._rows) > 1 or bool(self._rows[0].edit.text()))
        self.up_button.setEnabled(_sibling_before(lv, i) is not None)
        self.down_button.setEnabled(_sibling_after(lv, i) is not None)
        self.indent_button.setEnabled(i > 0 and lv[i] <= lv[i - 1] and _subtree_depth(lv, i) < MAX_LEVEL)
        self.outdent_button.setEnabled(bool(lv) and lv[i] > 1)

    # --- actions on the current item --------------------------------------------------------
    def add_after_current(self) -> None:
        i = self.current_index()
        lv = self.levels()
        level = lv[i] if lv else 1
        end = _subtree_end(lv, i) if lv else 0
        self._insert_row(end, level, "")
        self.focus_row(end)
        self.changed.emit()

    def remove_current(self) -> None:
        i = self.current_index()
        if len(self._rows) == 1:
            self._rows[0].edit.setText("")
            self._rows[0].set_level(1)
        else:
            row = self._rows.pop(i)
            row.setParent(None)
            row.deleteLater()
            self._normalize()
        self._renumber()
        self.focus_row(max(0, i - 1))
        self.changed.emit()

    def move_current(self, direction: int) -> None:
        i = self.current_index()
        lv = self.levels()
        end = _subtree_end(lv, i)
        if direction < 0:
            other = _sibling_before(lv, i)
            if other is None:
                return
            block, before = self._rows[i:end], self._rows[other:i]
            self._rows[other:end] = block + before
        else:
            other = _sibling_after(lv, i)
            if other is None:
                return
            other_end = _subtree_end(lv, other)
            block, after = self._rows[i:end], self._rows[end:other_end]
            self._rows[i:other_end] = after + block
        moved = self._current
        self._relayout()
        if moved is not None:
            self.focus_row(self._rows.index(moved))
        self.changed.emit()

    def indent_current(self, delta: int) -> None:
        i = self.current_index()
        lv = self.levels()
        if delta > 0 and not (i > 0 and lv[i] <= lv[i - 1] and _subtree_depth(lv, i) < MAX_LEVEL):
            return
        if delta < 0 and lv[i] <= 1:
            return
        for k in range(i, _subtree_end(lv, i)):
            self._rows[k].set_level(self._rows[k].level + delta)
        self._normalize()
        self._renumber()
        self.focus_row(i)
        self.changed.emit()

    def _relayout(self) -> None:
        for row in self._rows:
            self._rows_box.removeWidget(row)
        previous = self.style_combo
        for k, row in enumerate(self._rows):
            self._rows_box.insertWidget(k, row)
            QWidget.setTabOrder(previous, row.edit)
            previous = row.edit
        self._renumber()

    def _normalize(self) -> None:
        previous = 0
        for row in self._rows:
            level = max(1, min(row.level, previous + 1, MAX_LEVEL))
            if level != row.level:
                row.set_level(level)
            previous = level

    def _style_changed(self) -> None:
        self._renumber()
        self.changed.emit()

    # --- keys -----------------------------------------------------------------------------------
    def _return_pressed(self, row: _Row) -> None:
        self._current = row
        edit = row.edit
        cursor = edit.textCursor()
        # Enter in the middle of an item splits it, as in a word processor.
        tail = edit.text()[cursor.position() :]
        if tail:
            cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        i = self._rows.index(row)
        lv = self.levels()
        end = _subtree_end(lv, i) if not tail else i + 1
        new = self._insert_row(end, row.level, tail.strip())
        self.focus_row(end, at_end=False)
        new.edit.moveCursor(new.edit.textCursor().MoveOperation.Start)
        self.changed.emit()

    def _key_navigation(self, row: _Row, event: QKeyEvent) -> None:
        self._current = row
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            if len(self._rows) > 1:
                self.remove_current()
            return
        {
            Qt.Key.Key_Up: lambda: self.move_current(-1),
            Qt.Key.Key_Down: lambda: self.move_current(1),
            Qt.Key.Key_Right: lambda: self.indent_current(1),
            Qt.Key.Key_Left: lambda: self.indent_current(-1),
        }[Qt.Key(key)]()

    # --- paste ---------------------------------------------------------------------------------
    def _paste(self, edit: AutoTextEdit, text: str) -> bool:
        if "\n" not in text.strip().replace("\r", "\n"):
            return False  # one line: AutoTextEdit cleans and inserts it
        items, changes = textclean.split_items(text)
        if len(items) <= 1:
            return False
        row = next(r for r in self._rows if r.edit is edit)
        i = self._rows.index(row)
        cursor = edit.textCursor()
        cursor.insertText(items[0])
        for k, item in enumerate(items[1:], start=1):
            self._insert_row(i + k, row.level, item, renumber=False)
        self._renumber()
        self.focus_row(i + len(items) - 1)
        line = messages.paste_changes(changes)
        self.notice.emit(messages.pasted_items(len(items)) + (" " + line if line else ""))
        self.changed.emit()
        return True


def _scroll_area_of(widget: QWidget):
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _flatten(items: list[Item], level: int = 1):
    for item in items:
        yield min(level, MAX_LEVEL), item.text
        yield from _flatten(item.items, level + 1)


def _nest(flat: list[tuple[int, str]]) -> list[Item]:
    root: list[Item] = []
    stack: list[tuple[int, list[Item]]] = [(0, root)]
    for level, text in flat:
        while len(stack) > 1 and stack[-1][0] >= level:
            stack.pop()
        item = Item(text)
        stack[-1][1].append(item)
        stack.append((stack[-1][0] + 1, item.items))
    return root


def _subtree_end(levels: list[int], i: int) -> int:
    j = i + 1
    while j < len(levels) and levels[j] > levels[i]:
        j += 1
    return j


def _subtree_depth(levels: list[int], i: int) -> int:
    return max(levels[i : _subtree_end(levels, i)])


def _sibling_before(levels: list[int], i: int) -> int | None:
    if not levels:
        return None
    for j in range(i - 1, -1, -1):
        if levels[j] == levels[i]:
            return j
        if levels[j] < levels[i]:
            return None
    return None


def _sibling_after(levels: list[int], i: int) -> int | None:
    if not levels:
        return None
    j = _subtree_end(levels, i)
    if j < len(levels) and levels[j] == levels[i]:
        return j
    return None


# --- responsible units ----------------------------------------------------------------------


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


# --- numbers and dates ---------------------------------------------------------------------


class ThaiSpinBox(QSpinBox):
    """A whole number shown in Thai digits (or Arabic, ``set_digits``); either
    kind may be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = "thai"

    def set_digits(self, digits: str) -> None:
        self._digits = digits
        self.lineEdit().setText(self.textFromValue(self.value()))

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return thaifmt.digits(str(value), self._digits)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        try:
            return int(thaifmt.to_arabic(text).strip() or 0)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        from PySide6.QtGui import QValidator

        plain = thaifmt.to_arabic(text).strip()
        if not plain:
            return QValidator.State.Intermediate, text, pos
        if not plain.isdigit():
            return QValidator.State.Invalid, text, pos
        value = int(plain)
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class ThaiCalendar(QCalendarWidget):
    """A month of days with Thai digits; the month and the Buddhist-Era year
    are chosen above it (Qt has no Buddhist calendar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = "thai"
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        from PySide6.QtCore import QLocale

        self.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802
        painter.save()
        selected = date == self.selectedDate()
        palette = self.palette()
        if selected:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        elif date.month() != self.monthShown():
            painter.setPen(palette.placeholderText().color())
        else:
            painter.setPen(palette.text().color())
        if date == QDate.currentDate() and not selected:
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, thaifmt.digits(str(date.day()), self.digits))
        painter.restore()


class _CalendarPopup(QFrame):
    picked = Signal(object)

    def __init__(self, parent: QWidget, digits: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip("เดือนก่อน")
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem(thaifmt.month_name(m), m)
        self.year = ThaiSpinBox(self)
        self.year.set_digits(digits)
        self.year.setRange(2400, 2800)
        self.year.setPrefix("พ.ศ. ")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip("เดือนถัดไป")
        top.addWidget(self.prev_button)
        top.addWidget(self.month, 1)
        top.addWidget(self.year)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        self.calendar = ThaiCalendar(self)
        self.calendar.digits = digits
        layout.addWidget(self.calendar)
        self.month.currentIndexChanged.connect(self._show_page)
        self.year.valueChanged.connect(self._show_page)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.calendar.clicked.connect(self._clicked)
        self.calendar.activated.connect(self._clicked)
        self.calendar.currentPageChanged.connect(self._page_changed)

    def show_date(self, d: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        self.calendar.setCurrentPage(d.year, d.month)
        self._page_changed(d.year, d.month)
        self.calendar.setFocus()

    def _page_changed(self, year: int, month: int) -> None:
        for w, value in ((self.month, month - 1), (self.year, year + thaifmt.BE_OFFSET)):
            w.blockSignals(True)
            (w.setCurrentIndex if w is self.month else w.setValue)(value)
            w.blockSignals(False)

    def _show_page(self) -> None:
        self.calendar.setCurrentPage(self.year.value() - thaifmt.BE_OFFSET, self.month.currentIndex() + 1)

    def _step(self, delta: int) -> None:
        if delta < 0:
            self.calendar.showPreviousMonth()
        else:
            self.calendar.showNextMonth()

    def _clicked(self, qdate: QDate) -> None:
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.close()


class ThaiDateEdit(QWidget):
    """A date in the Buddhist Era with Thai month names: typed (``1 ต.ค. 67``,
    ``1/10/2567``) or picked from a calendar. ``dateEdited`` carries a date or
    ``None`` after each accepted change; ``problem`` carries a Thai sentence
    for what could not be read (the old date is kept), or ``""``."""

    dateEdited = Signal(object)
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._digits = "thai"
        self.reference: dt.date | None = None  # where the calendar opens when empty
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("เช่น ๑ ต.ค. ๒๕๖๗")
        self.line.setToolTip("พิมพ์วันที่ เช่น ๑ ต.ค. ๒๕๖๗ หรือ 1/10/2567 (ปี พ.ศ.) หรือกดปุ่มปฏิทิน")
        self.line.setMinimumWidth(150)
        self.button = QToolButton(self)
        self.button.setText("ปฏิทิน")
        self.button.setToolTip("เลือกวันที่จากปฏิทิน")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        self._popup: _CalendarPopup | None = None

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, d: dt.date | None) -> None:  # noqa: N802
        self._date = d
        self.line.setText(thaifmt.date(d, self._digits) if d else "")
        self.mark_invalid(False)

    def set_digits(self, digits: str) -> None:
        self._digits = digits
        self.setDate(self._date)

    def text(self) -> str:
        return self.line.text()

    def mark_invalid(self, bad: bool) -> None:
        self.line.setStyleSheet(invalid_field_style(bad))

    def _typed(self) -> None:
        text = self.line.text()
        shown = thaifmt.date(self._date, self._digits) if self._date else ""
        if text == shown:
            return
        try:
            d = thaifmt.parse_date(text)
        except DateInputError as exc:
            self.mark_invalid(True)
            self.problem.emit(messages.describe(exc))
            return
        self.accept(d)

    def accept(self, d: dt.date | None) -> None:
        """Take ``d`` as if the clerk entered it."""
        self.setDate(d)
        self.problem.emit("")
        self.dateEdited.emit(d)

    def open_calendar(self) -> None:
        popup = _CalendarPopup(self, self._digits)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
        popup.picked.connect(self.accept)
        popup.show_date(self._date or self.reference or dt.date.today())
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        self._popup = popup
