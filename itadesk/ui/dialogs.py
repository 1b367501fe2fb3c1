"""Message boxes: the one place where an exception becomes a message box
(``show_error``), and the few questions the window asks. Every sentence comes
from ``itadesk.messages``; the buttons are worded here, in Thai."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import messages

log = logging.getLogger("itadesk.ui")

TITLE = "ITA Desk"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str | None = None) -> QMessageBox:
    box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    # Thai sentences wrap into too narrow a column otherwise.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    if detail:
        box.setInformativeText(detail)
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, log_path: str | None = None) -> None:
    """Tell the clerk what went wrong and what to do (``messages.describe``)."""
    log.warning("shown to the clerk: %r", exc, exc_info=exc)
    box = _box(parent, QMessageBox.Icon.Warning, messages.describe(exc, log_path=log_path))
    box.addButton("ตกลง", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def inform(parent: QWidget | None, text: str, detail: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, text, detail)
    box.addButton("ตกลง", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(
    parent: QWidget | None, text: str, yes: str, no: str, *, detail: str | None = None, danger: bool = False
) -> bool:
    """A yes/no question with buttons that say what they do."""
    box = _box(parent, QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, text, detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if danger else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
