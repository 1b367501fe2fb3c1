"""``ListEditor``: the numbered lists of a measure (steps, results, outcomes),
edited item by item with sub-items; the outline arithmetic is ``itadesk.outline``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import messages, outline, textclean, thaifmt
from ...model import Item, ListStyle
from .text_edit import AutoTextEdit

STYLE_CHOICES = (("numbered", "ตัวเลข ๑. ๒. ๓."), ("bulleted", "ขีด  -"), ("plain", "ไม่มีเลขข้อ"))


class _Row(QWidget):
    def __init__(self, level: int, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.level = level
        layout = self._box = QHBoxLayout(self)
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
        self._box.setContentsMargins((level - 1) * 30, 0, 0, 0)


class ListEditor(QWidget):
    """An editable list of items, each one line of text that wraps, with
    sub-items up to ``outline.MAX_LEVEL`` levels; markers shown exactly as they will print.

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
        self._generated: _Row | None = None  # the row the app wrote (the participation sentence)
        self._generated_text = ""
        self.action: tuple[str, object] = ("", None)  # the last change: (what, merge key)
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
        flat = list(outline.flatten(items)) or [(1, "")]
        too_deep = any(level > outline.MAX_LEVEL for level, _ in flat)
        self._set_rows([(min(level, outline.MAX_LEVEL), text) for level, text in flat])
        if too_deep:  # never change a structure silently
            self.notice.emit(messages.levels_brought_up(outline.MAX_LEVEL))

    def items(self) -> list[Item]:
        """The items, empty ones left out (their sub-items move up)."""
        rows = [(r.level, r.edit.text().strip()) for r in self._rows]
        return outline.nest([(lvl, text) for lvl, text in rows if text])

    def list_style(self) -> ListStyle:
        style: ListStyle = self.style_combo.currentData()
        return style

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
        self._changed("เพิ่มข้อ")

    def generated_index(self) -> int | None:
        """The row the app wrote itself (``set_generated``), while its text is
        still what the app wrote; ``None`` once the clerk changed or removed it."""
        row = self._generated
        if row is None or row not in self._rows or row.edit.text() != self._generated_text:
            return None
        return self._rows.index(row)

    def generated(self) -> tuple[int, str] | None:
        """(row, text) of the app's own item, for the undo history."""
        index = self.generated_index()
        return None if index is None else (index, self._generated_text)

    def set_generated(self, index: int | None, text: str = "") -> None:
        """Remember row ``index`` as the app's own, holding ``text``."""
        self._generated = self._rows[index] if index is not None and 0 <= index < len(self._rows) else None
        self._generated_text = text

    def write_generated(self, text: str) -> int:
        """Put the app's own item: update the row it wrote before (if the clerk
        has not changed it) or add a new item at the end. Never touches the
        clerk's text. Returns the row."""
        index = self.generated_index()
        if index is not None:
            self._rows[index].edit.setText(text)
        elif self._rows and not self._rows[-1].edit.text().strip() and self._rows[-1].level == 1:
            index = len(self._rows) - 1
            self._rows[index].edit.setText(text)
        else:
            index = len(self._rows)
            self._insert_row(index, 1, text)
        self.set_generated(index, text)
        self._renumber()
        self._changed("เขียนจำนวนผู้เข้าร่วม")
        return index

    def _changed(self, label: str, key: object = None) -> None:
        """Say the list changed; ``action`` names the change for the undo
        history (``key``: consecutive changes with the same key are one step)."""
        self.action = (label, key)
        self.changed.emit()

    def _name_of(self, index: int) -> str:
        """An item as the clerk sees it: its marker without the dots and
        brackets (``๓``, ``ก``), else its position."""
        name = self._rows[index].marker.text().strip(".()- ") if 0 <= index < len(self._rows) else ""
        return name or thaifmt.digits(str(index + 1), self._digits)

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
        edit.edited.connect(lambda r=row: self._changed("พิมพ์ข้อความ", ("type", id(r))))
        edit.cleaned.connect(self.notice)
        edit.returnPressed.connect(lambda r=row: self._return_pressed(r))
        edit.keyNavigation.connect(lambda ev, r=row: self._key_navigation(r, ev))
        edit.focused.connect(lambda r=row: self._set_current(r))
        edit.left.connect(lambda r=row: self._drop_typed_marker(r))
        edit.paste_handler = self._paste
        edit.html_paste_handler = self._paste_html
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
        self._changed("เอาเลขข้อที่พิมพ์ออก")
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
        counters = [0] * (outline.MAX_LEVEL + 2)
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
        self.up_button.setEnabled(outline.sibling_before(lv, i) is not None)
        self.down_button.setEnabled(outline.sibling_after(lv, i) is not None)
        self.indent_button.setEnabled(
            i > 0 and lv[i] <= lv[i - 1] and outline.subtree_depth(lv, i) < outline.MAX_LEVEL
        )
        self.outdent_button.setEnabled(bool(lv) and lv[i] > 1)

    # --- actions on the current item --------------------------------------------------------
    def add_after_current(self) -> None:
        i = self.current_index()
        lv = self.levels()
        level = lv[i] if lv else 1
        end = outline.subtree_end(lv, i) if lv else 0
        self._insert_row(end, level, "")
        self.focus_row(end)
        self._changed("เพิ่มข้อ")

    def remove_current(self) -> None:
        i = self.current_index()
        label = "ลบข้อ " + self._name_of(i)
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
        self._changed(label)

    def move_current(self, direction: int) -> None:
        i = self.current_index()
        label = "เลื่อนข้อ " + self._name_of(i) + (" ขึ้น" if direction < 0 else " ลง")
        lv = self.levels()
        end = outline.subtree_end(lv, i)
        if direction < 0:
            other = outline.sibling_before(lv, i)
            if other is None:
                return
            block, before = self._rows[i:end], self._rows[other:i]
            self._rows[other:end] = block + before
        else:
            other = outline.sibling_after(lv, i)
            if other is None:
                return
            other_end = outline.subtree_end(lv, other)
            block, after = self._rows[i:end], self._rows[end:other_end]
            self._rows[i:other_end] = after + block
        moved = self._current
        self._relayout()
        if moved is not None:
            self.focus_row(self._rows.index(moved))
        self._changed(label)

    def indent_current(self, delta: int) -> None:
        i = self.current_index()
        lv = self.levels()
        if delta > 0 and not (
            i > 0 and lv[i] <= lv[i - 1] and outline.subtree_depth(lv, i) < outline.MAX_LEVEL
        ):
            return
        if delta < 0 and lv[i] <= 1:
            return
        for k in range(i, outline.subtree_end(lv, i)):
            self._rows[k].set_level(self._rows[k].level + delta)
        self._normalize()
        self._renumber()
        self.focus_row(i)
        self._changed("ทำเป็นข้อย่อย" if delta > 0 else "ยกเลิกข้อย่อย")

    def _relayout(self) -> None:
        for row in self._rows:
            self._rows_box.removeWidget(row)
        previous: QWidget = self.style_combo
        for k, row in enumerate(self._rows):
            self._rows_box.insertWidget(k, row)
            QWidget.setTabOrder(previous, row.edit)
            previous = row.edit
        self._renumber()

    def _normalize(self) -> None:
        previous = 0
        for row in self._rows:
            level = max(1, min(row.level, previous + 1, outline.MAX_LEVEL))
            if level != row.level:
                row.set_level(level)
            previous = level

    def _style_changed(self) -> None:
        self._renumber()
        self._changed("เปลี่ยนรูปแบบเลขข้อ")

    # --- keys -----------------------------------------------------------------------------------
    def _return_pressed(self, row: _Row) -> None:
        self._current = row
        edit = row.edit
        cursor = edit.textCursor()
        # Enter in the middle of an item splits it, as in a word processor.
        tail = edit.text_after_cursor()
        if tail:
            cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        i = self._rows.index(row)
        lv = self.levels()
        end = outline.subtree_end(lv, i) if not tail else i + 1
        new = self._insert_row(end, row.level, tail.strip())
        self.focus_row(end, at_end=False)
        new.edit.moveCursor(new.edit.textCursor().MoveOperation.Start)
        self._changed("เพิ่มข้อ")

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
        edit.insert_quietly(items[0])
        for k, item in enumerate(items[1:], start=1):
            self._insert_row(i + k, row.level, item, renumber=False)
        self._renumber()
        self.focus_row(i + len(items) - 1)
        line = messages.paste_changes(changes)
        self.notice.emit(messages.pasted_items(len(items)) + (" " + line if line else ""))
        self._changed("วางข้อความ")
        return True

    def _paste_html(self, edit: AutoTextEdit, html: str) -> bool:
        """A list copied from Word, LibreOffice or a web page: its items with
        their levels (under the item pasted into), up to ``outline.MAX_LEVEL``."""
        found = textclean.html_items(html)
        if found is None:
            return False
        flat, changes = found
        if len(flat) <= 1:
            return False
        row = next(r for r in self._rows if r.edit is edit)
        i = self._rows.index(row)
        base = row.level - 1
        levels = [base + level for level, _text in flat]
        deepest = max(levels)
        if deepest > outline.MAX_LEVEL:  # the whole list moves left, its shape kept
            shift = deepest - outline.MAX_LEVEL
            levels = [max(1, lvl - shift) for lvl in levels]
        edit.insert_quietly(flat[0][1])
        if levels[0] != row.level:
            row.set_level(levels[0])
        for k, ((_lvl, text), level) in enumerate(zip(flat[1:], levels[1:], strict=True), start=1):
            self._insert_row(i + k, level, text, renumber=False)
        self._normalize()
        self._renumber()
        self.focus_row(i + len(flat) - 1)
        line = messages.paste_changes(changes)
        self.notice.emit(messages.pasted_items(len(flat), levels=True) + (" " + line if line else ""))
        self._changed("วางข้อความ")
        return True


def _scroll_area_of(widget: QWidget):
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
