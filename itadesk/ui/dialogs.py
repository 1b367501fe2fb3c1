"""Message boxes: the one place where an exception becomes a message box
(``show_error``), and the few questions the window asks. Every sentence comes
from ``itadesk.messages``; the buttons are worded here, in Thai.

``Dialogs`` gathers what the main window shows beyond its own widgets
(message boxes, progress dialogs, what follows a saved PDF or backup); the
window takes one in its constructor, so tests pass one that answers instead
of a person."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

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
    parent: QWidget | None,
    text: str,
    yes: str,
    no: str,
    *,
    detail: str | None = None,
    danger: bool = False,
    news: bool = False,
) -> bool:
    """A yes/no question with buttons that say what they do (``news``: it
    tells what was done and offers a next step, with the information icon)."""
    icon = QMessageBox.Icon.Question
    if danger:
        icon = QMessageBox.Icon.Warning
    elif news:
        icon = QMessageBox.Icon.Information
    box = _box(parent, icon, text, detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if danger else yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


class Dialogs:
    """The main window's dialogs. Each method shows one and waits for the
    clerk (``progress`` returns the dialog, shown after 0.3 s)."""

    def show_error(self, parent: QWidget | None, exc: BaseException, *, log_path: str | None = None) -> None:
        show_error(parent, exc, log_path=log_path)

    def inform(self, parent: QWidget | None, text: str, detail: str | None = None) -> None:
        inform(parent, text, detail)

    def ask(
        self,
        parent: QWidget | None,
        text: str,
        yes: str,
        no: str,
        *,
        detail: str | None = None,
        danger: bool = False,
    ) -> bool:
        return ask(parent, text, yes, no, detail=detail, danger=danger)

    def progress(self, parent: QWidget, text: str) -> QProgressDialog:
        """A window-modal progress dialog from 0 to 100 with a cancel button."""
        dialog = QProgressDialog(text, "ยกเลิก", 0, 100, parent)
        dialog.setWindowTitle(TITLE)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def readiness(self, parent: QWidget, findings: list, digits: str, proceed: str) -> object:
        """The readiness list before printing (``proceed``: the button that
        goes on). True to go on, False to go back, or the ``readiness.Finding``
        the clerk chose to go to."""
        from .readiness_dialog import PROCEED, ReadinessDialog

        chosen: list[object] = []
        dialog = ReadinessDialog(findings, digits, parent, proceed=proceed)
        dialog.goTo.connect(chosen.append)
        answer = dialog.exec()
        dialog.deleteLater()
        if chosen:
            return chosen[0]
        return answer == PROCEED

    def pdf_saved(self, parent: QWidget, path: Path, text: str, warnings: list[str]) -> None:
        """Say where the PDF went (and what to know about it); offer to open its folder."""
        detail = "\n".join(warnings[:10]) or None
        if ask(parent, text, "เปิดโฟลเดอร์ที่เก็บไฟล์", "ตกลง", detail=detail, news=True):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def backup_saved(self, parent: QWidget, info, *, style: str = "thai") -> None:
        """Say where the backup went and what it holds (digits in ``style``)."""
        inform(
            parent,
            messages.backup_saved(info, style),
            "\n".join(messages.contents_lines(info.manifest.organizations, style)),
        )
