"""The help page (F1, ช่วยเหลือ > วิธีใช้โปรแกรม): how to do this year's
report from the first run to the upload, and the keyboard shortcuts. The
words are ``messages.HELP_SECTIONS`` and ``messages.HELP_SHORTCUTS``."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from .. import messages
from .forms.ui_help_dialog import Ui_HelpDialog


def help_html() -> str:
    parts = [f"<h2>{escape(messages.HELP_HEADING)}</h2>"]
    for heading, paragraphs in messages.HELP_SECTIONS:
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts += [f"<p>{escape(p)}</p>" for p in paragraphs]
    parts.append(f"<h3>{escape(messages.HELP_SHORTCUTS_HEADING)}</h3>")
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
        for keys, what in messages.HELP_SHORTCUTS
    )
    parts.append(f"<table cellspacing='2'>{rows}</table>")
    return "\n".join(parts)


class HelpDialog(QDialog):
    """Not modal: the clerk can keep it open beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.ui.buttons.rejected.connect(self.close)
        close = self.ui.buttons.button(self.ui.buttons.StandardButton.Close)
        if close is not None:
            close.setText("ปิด")
        self.ui.browser.setHtml(help_html())
