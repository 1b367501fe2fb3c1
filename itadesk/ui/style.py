"""The look of the window: the bundled Thai font and a few colours."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..resources import FONT_BOLD, FONT_REGULAR, resource

UI_FONT_FAMILY = "Sarabun"
UI_FONT_POINTS = 11

ERROR = "error"
WARNING = "warning"
OK = "ok"
_COLOURS = {ERROR: "#b71c1c", WARNING: "#8a4b00", OK: "#1b5e20"}
_INVALID_BORDER = "#c62828"


def load_fonts(app: QApplication) -> None:
    """Register the bundled Sarabun and make it the font of every widget, so
    the window looks the same on every PC whatever fonts it has."""
    family = None
    for parts in (FONT_REGULAR, FONT_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(resource(*parts)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    font = QFont(family or UI_FONT_FAMILY, UI_FONT_POINTS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)


def message_style(kind: str) -> str:
    return f"QLabel {{ color: {_COLOURS.get(kind, _COLOURS[WARNING])}; }}"


def invalid_field_style(bad: bool = True) -> str:
    """A red frame around a field whose value cannot be stored (``""``: back to normal)."""
    return f"QLineEdit {{ border: 2px solid {_INVALID_BORDER}; }}" if bad else ""


def notice_style() -> str:
    """The bar's frame only. Its label has no border or padding of its own:
    Thai marks above the first line are drawn into whatever lies above the
    label's contents, and a label repaints only its contents when its text
    changes, so marks drawn into a padding stayed behind from the previous
    message."""
    return (
        "QFrame#noticeBar { background: #fff8d6; border: 1px solid #e0c76a; border-radius: 4px; }"
        " QLabel#noticeLabel { background: transparent; border: none; padding: 0px; }"
    )
