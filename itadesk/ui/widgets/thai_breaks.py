"""Where Qt may wrap Thai in an editor, whether or not libthai loads.

Qt finds Thai word boundaries only through libthai, loaded at run time
(``thai.dll`` on Windows, which the PySide6 wheels do not ship); without it
Thai wraps only at spaces. The editors therefore show Qt's layout a ZERO
WIDTH SPACE (U+200B, a break opportunity of its own) wherever
``itadesk.linebreak`` lets a line break between two characters that are not
spaces: ICU's Thai dictionary less the app's compounds, dates, numbers with
their counting word and so on. The marks live only in the editor's document:
``AutoTextEdit.text()``, the clipboard and drag-and-drop take them out, so
they never reach the database, an export or another program.
"""

from __future__ import annotations

from ... import linebreak

MARK = "\u200b"


def _thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def marked(text: str) -> str:
    """``text`` with ``MARK`` at each break opportunity that Qt would not
    see by itself (between two non-space characters, one of them Thai)."""
    text = unmarked(text)
    if not any(_thai(ch) for ch in text):
        return text
    out: list[str] = []
    last = 0
    for p in sorted(linebreak.line_breaks(text)):
        if not 0 < p < len(text):
            continue
        before, after = text[p - 1], text[p]
        if before.isspace() or after.isspace() or not (_thai(before) or _thai(after)):
            continue
        out += [text[last:p], MARK]
        last = p
    out.append(text[last:])
    return "".join(out)


def unmarked(text: str) -> str:
    return text.replace(MARK, "")


def logical(text: str, position: int) -> int:
    """The position in ``unmarked(text)`` of ``position`` in ``text``."""
    return position - text.count(MARK, 0, position)


def physical(text: str, index: int) -> int:
    """The position in ``text`` (marked) just after its ``index``-th real
    character, before any mark that follows it."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == index:
            return i
        if ch != MARK:
            seen += 1
    return len(text)


def wrapping_delegate(parent):
    """An item delegate that shows a cell's text whole, wrapped at Thai word
    boundaries (the marks only in what is drawn and measured; the item keeps
    the clerk's text, and editing shows it as it is)."""
    from PySide6.QtWidgets import QStyledItemDelegate

    class _Wrapping(QStyledItemDelegate):
        def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt naming
            super().initStyleOption(option, index)
            option.text = marked(option.text)

    return _Wrapping(parent)
