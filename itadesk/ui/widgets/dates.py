"""``ThaiDateEdit``: a Buddhist-Era date typed or picked from a calendar
(``ThaiCalendar`` in a popup)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import messages, thaifmt
from ...errors import DateInputError
from ..style import invalid_field_style
from .numbers import ThaiSpinBox


class ThaiCalendar(QCalendarWidget):
    """A month of days with Thai digits; the month and the Buddhist-Era year
    are chosen above it (Qt has no Buddhist calendar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = "thai"
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        from PySide6.QtCore import QLocale

        self.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802
        painter.save()
        selected = date == self.selectedDate()
        palette = self.palette()
        if selected:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        elif date.month() != self.monthShown():
            painter.setPen(palette.placeholderText().color())
        else:
            painter.setPen(palette.text().color())
        if date == QDate.currentDate() and not selected:
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, thaifmt.digits(str(date.day()), self.digits))
        painter.restore()


class _CalendarPopup(QFrame):
    picked = Signal(object)

    def __init__(self, parent: QWidget, digits: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip("เดือนก่อน")
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem(thaifmt.month_name(m), m)
        self.year = ThaiSpinBox(self)
        self.year.set_digits(digits)
        self.year.setRange(2400, 2800)
        self.year.setPrefix("พ.ศ. ")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip("เดือนถัดไป")
        top.addWidget(self.prev_button)
        top.addWidget(self.month, 1)
        top.addWidget(self.year)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        self.calendar = ThaiCalendar(self)
        self.calendar.digits = digits
        layout.addWidget(self.calendar)
        self.month.currentIndexChanged.connect(self._show_page)
        self.year.valueChanged.connect(self._show_page)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.calendar.clicked.connect(self._clicked)
        self.calendar.activated.connect(self._clicked)
        self.calendar.currentPageChanged.connect(self._page_changed)

    def show_date(self, d: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        self.calendar.setCurrentPage(d.year, d.month)
        self._page_changed(d.year, d.month)
        self.calendar.setFocus()

    def _page_changed(self, year: int, month: int) -> None:
        self.month.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.month.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(year + thaifmt.BE_OFFSET)
        self.year.blockSignals(False)

    def _show_page(self) -> None:
        self.calendar.setCurrentPage(self.year.value() - thaifmt.BE_OFFSET, self.month.currentIndex() + 1)

    def _step(self, delta: int) -> None:
        if delta < 0:
            self.calendar.showPreviousMonth()
        else:
            self.calendar.showNextMonth()

    def _clicked(self, qdate: QDate) -> None:
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.close()


class ThaiDateEdit(QWidget):
    """A date in the Buddhist Era with Thai month names: typed (``1 ต.ค. 67``,
    ``1/10/2567``) or picked from a calendar. ``dateEdited`` carries a date or
    ``None`` after each accepted change; ``problem`` carries a Thai sentence
    for what could not be read (the old date is kept), or ``""``."""

    dateEdited = Signal(object)
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._digits = "thai"
        self.reference: dt.date | None = None  # where the calendar opens when empty
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("เช่น ๑ ต.ค. ๒๕๖๗")
        self.line.setToolTip("พิมพ์วันที่ เช่น ๑ ต.ค. ๒๕๖๗ หรือ 1/10/2567 (ปี พ.ศ.) หรือกดปุ่มปฏิทิน")
        self.line.setMinimumWidth(150)
        self.button = QToolButton(self)
        self.button.setText("ปฏิทิน")
        self.button.setToolTip("เลือกวันที่จากปฏิทิน")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        self._popup: _CalendarPopup | None = None

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, d: dt.date | None) -> None:  # noqa: N802
        self._date = d
        self.line.setText(thaifmt.date(d, self._digits) if d else "")
        self.mark_invalid(False)

    def set_digits(self, digits: str) -> None:
        self._digits = digits
        self.setDate(self._date)

    def text(self) -> str:
        return self.line.text()

    def mark_invalid(self, bad: bool) -> None:
        self.line.setStyleSheet(invalid_field_style(bad))

    def _typed(self) -> None:
        text = self.line.text()
        shown = thaifmt.date(self._date, self._digits) if self._date else ""
        if text == shown:
            return
        try:
            d = thaifmt.parse_date(text)
        except DateInputError as exc:
            self.mark_invalid(True)
            self.problem.emit(messages.describe(exc))
            return
        self.accept(d)

    def accept(self, d: dt.date | None) -> None:
        """Take ``d`` as if the clerk entered it."""
        self.setDate(d)
        self.problem.emit("")
        self.dateEdited.emit(d)

    def open_calendar(self) -> None:
        popup = _CalendarPopup(self, self._digits)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
        popup.picked.connect(self.accept)
        popup.show_date(self._date or self.reference or dt.date.today())
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        self._popup = popup
