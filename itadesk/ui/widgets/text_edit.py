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

    def insert_quietly(self, text: str) -> None:
        """Insert at the cursor without ``edited`` (the caller reports the change)."""
        self._setting = True
        try:
            self.textCursor().insertText(text)
        finally:
            self._setting = False

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
        if key == Qt.Key.Key_Backspace and not self.toPlainText() and self.receivers(self.keyNavigation):  # type: ignore[arg-type]  # the stubs say str; PySide6 takes the signal
            self.keyNavigation.emit(event)
            return
        super().keyPressEvent(event)

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
