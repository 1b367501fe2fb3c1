"""Autosave: every change is on disk within a second, without a Save button.

The pages say when they changed (``mark_dirty``); a short timer then saves
each page with changes, and the status bar says when. A refused save keeps
the changes on screen, tells the clerk once and tries again. ``flush`` saves
at once, before anything that reloads, prints or closes.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from .. import messages, thaifmt
from .style import ERROR, OK, message_style

if TYPE_CHECKING:
    from .main_window import MainWindow


class Page(Protocol):
    """A tab that stores what the clerk typed (a measure or the organization)."""

    def save(self) -> None: ...


log = logging.getLogger("itadesk.ui")

AUTOSAVE_MS = 700  # a change is on disk within a second
RETRY_MS = 5000  # after a failed save, try again


class Autosave(QObject):
    """Saves the window's pages with changes; ``label`` shows how it went.

    ``revision`` counts changes (the window's PDF is made again when it
    moved on); ``failed`` is true while the database refuses."""

    def __init__(self, window: MainWindow, label: QLabel, dialogs, *, log_path: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.dialogs = dialogs
        self.log_path = log_path
        self.dirty: set[Page] = set()
        self.failed = False
        self.revision = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save)

    def mark_dirty(self, page: Page) -> None:
        self.dirty.add(page)
        self.revision += 1
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_MS)
        if not self.failed:
            self.label.setText("กำลังบันทึก…")
            self.label.setStyleSheet("")

    def flush(self) -> bool:
        """Before anything that reloads, prints or closes: take what is being
        typed (a date not yet confirmed, a table cell still open), then save
        every page with changes. False if the database refused (the clerk has
        been told; the changes stay on screen)."""
        self._finish_editing()
        return self.save()

    def _finish_editing(self) -> None:
        """A date is read, a cell editor committed, when the field loses the
        focus; closing the window or a shortcut (Ctrl+N, Ctrl+P) does not move
        it, so take it away here and give it back."""
        focus = QApplication.focusWidget()
        if focus is None or not self.window.isAncestorOf(focus):
            return
        focus.clearFocus()
        if focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save every page with changes (the autosave timer: the field being
        typed in keeps the focus)."""
        self._timer.stop()
        if not self.dirty:
            return True
        try:
            for page in list(self.dirty):
                page.save()
                self.dirty.discard(page)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk once
            self._save_failed(exc)
            return False
        self.failed = False
        now = dt.datetime.now()
        self.label.setText(f"บันทึกอัตโนมัติแล้ว เวลา {thaifmt.clock(now, self.window.digits)}")
        self.label.setStyleSheet(message_style(OK))
        return True

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("autosave failed: %r", exc)
        self.label.setText(messages.NOT_SAVED)
        self.label.setStyleSheet(message_style(ERROR))
        if not self.failed:
            self.failed = True
            self.dialogs.show_error(self.window, exc, log_path=self.log_path)
        self._timer.start(RETRY_MS)
