"""``ThaiSpinBox``: a whole number shown in Thai digits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QSpinBox,
    QWidget,
)

from ... import thaifmt


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
