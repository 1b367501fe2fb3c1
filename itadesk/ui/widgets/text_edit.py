"""``AutoTextEdit``: text that grows with its content and cleans what is pasted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from ... import messages, textclean
from . import thai_breaks
from .thai_breaks import MARK

# Past this many characters a paste is confirmed first: a report cell is
# rarely longer than 2,000 characters (the sample's longest has 1,826).
LARGE_PASTE = 20_000


def _ask_large_paste(widget: QWidget, length: int) -> bool:
    from .. import dialogs

    return dialogs.ask(
        widget,
        messages.large_paste(length),
        "วางทั้งหมด",
        "ไม่วาง",
    )


class AutoTextEdit(QTextEdit):
    """Plain text that wraps and grows to show all of itself, without a
    scroll bar. Pasted text is cleaned (``itadesk.textclean``) and the change
    is announced through ``cleaned``. An item is one paragraph: Enter does
    not start a new line, it emits ``returnPressed``.

    Thai wraps at word boundaries even without libthai: the document holds
    invisible break marks (``thai_breaks``) that ``text()``, the clipboard
    and drag-and-drop leave out; the cursor and Backspace/Delete step over
    them, so the clerk never meets one."""

    edited = Signal()  # the clerk changed the text (not setText)
    cleaned = Signal(str)  # what cleaning a paste changed, in Thai
    returnPressed = Signal()
    keyNavigation = Signal(QKeyEvent)  # Alt+arrows, Backspace at the start, for ListEditor
    focused = Signal()
    left = Signal()  # focus went elsewhere: the clerk is done with this text for now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the window's one history undoes typing (Ctrl+Z)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Set by ListEditor: takes pasted text that holds several items.
        self.paste_handler: Callable[[AutoTextEdit, str], bool] | None = None
        # Set by ListEditor: takes pasted HTML that holds a list (with its levels).
        self.html_paste_handler: Callable[[AutoTextEdit, str], bool] | None = None
        self._setting = False
        self._marking = False
        self._last_position = 0
        self.document().setDocumentMargin(3)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._step_over_marks)
        self._fit()

    # text in and out
    def text(self) -> str:
        return thai_breaks.unmarked(self.toPlainText())

    def text_after_cursor(self) -> str:
        return thai_breaks.unmarked(self.toPlainText()[self.textCursor().position() :])

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._setting = True
        try:
            self.setPlainText(thai_breaks.marked(text))
        finally:
            self._setting = False
        self._fit()

    def insert_quietly(self, text: str) -> None:
        """Insert at the cursor without ``edited`` (the caller reports the change)."""
        self._setting = True
        try:
            self.textCursor().insertText(text)
        finally:
            self._setting = False

    def _on_text_changed(self) -> None:
        if self._marking:
            return
        self._mark_breaks()
        if not self._setting:
            self.edited.emit()

    def _mark_breaks(self) -> None:
        """Put the break marks where the text now wants them, changing only
        the stretch that differs and keeping the cursor where it was."""
        old = self.toPlainText()
        new = thai_breaks.marked(old)
        if new == old:
            return
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        cursor = self.textCursor()
        anchor = thai_breaks.logical(old, cursor.anchor())
        position = thai_breaks.logical(old, cursor.position())
        self._marking = True
        try:
            edit = self.textCursor()
            edit.setPosition(start)
            edit.setPosition(end_old, edit.MoveMode.KeepAnchor)
            edit.insertText(new[start:end_new])
            cursor.setPosition(thai_breaks.physical(new, anchor))
            cursor.setPosition(thai_breaks.physical(new, position), cursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self._last_position = cursor.position()
        finally:
            self._marking = False

    def _step_over_marks(self) -> None:
        """A mark is invisible: the cursor never stops beside one in the
        direction it is going (two positions that look the same)."""
        if self._marking:
            return
        cursor = self.textCursor()
        position = cursor.position()
        text = self.toPlainText()
        target = position
        if position > self._last_position:
            while target < len(text) and text[target] == MARK:
                target += 1
        elif position < self._last_position:
            while target > 0 and text[target - 1] == MARK:
                target -= 1
        self._last_position = target
        if target != position:
            mode = cursor.MoveMode.KeepAnchor if cursor.hasSelection() else cursor.MoveMode.MoveAnchor
            cursor.setPosition(target, mode)
            self.setTextCursor(cursor)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copy and drag without the break marks. The data is made by Qt from a
        plain editor holding the unmarked selection: the clipboard owns what
        it is given, and a QMimeData made in Python would be deleted twice when
        the application ends (a crash on exit)."""
        plain = QTextEdit()
        plain.setAcceptRichText(False)
        plain.setPlainText(thai_breaks.unmarked(self.textCursor().selection().toPlainText()))
        plain.selectAll()
        data = QTextEdit.createMimeDataFromSelection(plain)
        plain.deleteLater()
        return data

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
        if key == Qt.Key.Key_Backspace and not self.toPlainText() and self.receivers(self.keyNavigation):  # type: ignore[arg-type]  # the stubs say str; PySide6 takes the signal
            self.keyNavigation.emit(event)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._before_deleting(backwards=key == Qt.Key.Key_Backspace)
        super().keyPressEvent(event)

    def _before_deleting(self, *, backwards: bool) -> None:
        """Backspace and Delete remove a character the clerk can see, never
        only a break mark."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        text, position = self.toPlainText(), cursor.position()
        if backwards:
            while position > 0 and text[position - 1] == MARK:
                position -= 1
        else:
            while position < len(text) and text[position] == MARK:
                position += 1
        if position != cursor.position():
            self._marking = True  # not a move of the clerk's
            try:
                cursor.setPosition(position)
                self.setTextCursor(cursor)
                self._last_position = position
            finally:
                self._marking = False

    # paste and drop
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """A list copied from Word or LibreOffice comes as HTML too: the list
        editor reads its levels (``html_paste_handler``); else the plain text."""
        handler = self.html_paste_handler
        if (
            handler is not None
            and source.hasHtml()
            and len(source.html()) <= 50 * LARGE_PASTE
            and handler(self, source.html())
        ):
            return
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
