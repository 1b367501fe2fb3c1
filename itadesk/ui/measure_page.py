"""The tab of one measure: title, units, period, counts and the three lists."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .. import messages, textclean, thaifmt
from ..model import Measure, Report, stored_id
from ..storage import Database
from .forms.ui_measure_page import Ui_MeasurePage
from .style import ERROR, WARNING, invalid_field_style, message_style

LIST_NAMES = {"steps": "ขั้นตอน", "results": "ผลการดำเนินการ", "outcomes": "ผลลัพธ์"}


class MeasurePage(QWidget):
    """``load()`` fills the widgets from the measure, ``check()`` lists what
    is not right yet, ``save()`` stores it. Values the clerk typed that cannot
    be accepted (a date that does not exist, an end before the start, a count
    that is not a number) are shown in red and not stored."""

    changed = Signal()  # something the clerk did needs saving
    titleChanged = Signal(str)
    moveRequested = Signal(int)  # -1 left, +1 right
    duplicateRequested = Signal()
    deleteRequested = Signal()
    unitAdded = Signal(str)
    noticed = Signal(str)  # a sentence for the notice bar above the tabs (what a paste changed …)
    # A change for the undo history: (before, after, what, merge key), states as in ``undo.PageState``.
    undoable = Signal(object, object, str, object)

    def __init__(
        self, db: Database, report: Report, measure: Measure, index: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.report = report
        self.measure = measure
        self.index = index
        self.ui = Ui_MeasurePage()
        self.ui.setupUi(self)
        self.editors = {
            "steps": self.ui.stepsEditor,
            "results": self.ui.resultsEditor,
            "outcomes": self.ui.outcomesEditor,
        }
        self._count_problem = {"target": False, "participant": False}
        self._budget_problem = False
        font = self.ui.numberLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.numberLabel.setFont(font)
        pct_font = self.ui.percentLabel.font()
        pct_font.setPointSizeF(pct_font.pointSizeF() * 1.2)
        pct_font.setBold(True)
        self.ui.percentLabel.setFont(pct_font)
        self._action: tuple[str, object] = ("", None)  # what the next ``changed`` is, for the history
        self._connect()
        self.load()
        self._state = self.state()
        self.changed.connect(self._record)

    @property
    def digits(self) -> str:
        return self.report.organization.digits

    # --- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.titleEdit.edited.connect(self._title_edited)
        ui.titleEdit.cleaned.connect(self.show_notice)
        ui.titleEdit.returnPressed.connect(lambda: ui.unitPicker.setFocus())
        ui.titleEdit.left.connect(self._title_left)
        ui.unitPicker.changed.connect(self._units_changed)
        ui.unitPicker.unitAdded.connect(self.unitAdded)
        ui.unitPicker.rebuilt.connect(self._tab_order)
        ui.startEdit.dateEdited.connect(lambda d: self._date_edited("start", d))
        ui.endEdit.dateEdited.connect(lambda d: self._date_edited("end", d))
        ui.startEdit.problem.connect(self._date_problem)
        ui.endEdit.problem.connect(self._date_problem)
        ui.targetEdit.textEdited.connect(lambda _t: self._count_edited("target"))
        ui.participantEdit.textEdited.connect(lambda _t: self._count_edited("participant"))
        ui.targetEdit.editingFinished.connect(lambda: self._count_finished("target"))
        ui.participantEdit.editingFinished.connect(lambda: self._count_finished("participant"))
        ui.sentenceButton.clicked.connect(self.write_sentence)
        ui.budgetEdit.textEdited.connect(lambda _t: self._budget_edited())
        ui.budgetEdit.editingFinished.connect(self._budget_finished)
        ui.followUpEdit.edited.connect(self._follow_up_edited)
        ui.followUpEdit.cleaned.connect(self.show_notice)
        for name, editor in self.editors.items():
            editor.changed.connect(lambda n=name: self._list_changed(n))
            editor.notice.connect(self.show_notice)
        ui.photoStrip.edited.connect(self._photos_edited)
        ui.photoStrip.refused.connect(self.show_notice)
        ui.moveLeftButton.clicked.connect(lambda: self.moveRequested.emit(-1))
        ui.moveRightButton.clicked.connect(lambda: self.moveRequested.emit(1))
        ui.duplicateButton.clicked.connect(self.duplicateRequested)
        ui.deleteButton.clicked.connect(self.deleteRequested)

    # --- the undo history ---------------------------------------------------------------
    def state(self) -> tuple[Measure, tuple[int, str] | None]:
        """What an undo step brings back: the measure, and the results row the
        participation-sentence button wrote."""
        return copy.deepcopy(self.measure), self.ui.resultsEditor.generated()

    def set_state(self, measure: Measure, generated: tuple[int, str] | None) -> None:
        """Show ``measure`` (already stored) as the page's, after undo or redo."""
        self.measure = measure
        self.load()
        self.ui.resultsEditor.set_generated(*(generated or (None, "")))
        self._state = self.state()

    def _act(self, what: str, key: object = None) -> None:
        self._action = (what, key)

    def _record(self) -> None:
        what, key = self._action
        self._action = ("", None)
        after = self.state()
        if after[0] == self._state[0] and after[1] == self._state[1]:
            return
        before, self._state = self._state, after
        self.undoable.emit(before, after, what or "แก้ไขมาตรการ", key)

    # --- the page contract ------------------------------------------------------------------
    def load(self) -> None:
        m = self.measure
        ui = self.ui
        self.set_index(self.index, len(self.report.measures))
        ui.titleEdit.setText(m.title)
        ui.unitPicker.set_units(self.report.organization.units, m.responsible_units)
        first, last = thaifmt.fiscal_year_bounds(self.report.fiscal_year_be)
        for edit, value, reference in (
            (ui.startEdit, m.period_start, first),
            (ui.endEdit, m.period_end, last),
        ):
            edit.set_digits(self.digits)
            edit.reference = reference  # where the calendar opens while the date is empty
            edit.setDate(value)
        ui.targetEdit.setText(self._count_text(m.target_count))
        ui.participantEdit.setText(self._count_text(m.participant_count))
        ui.budgetEdit.setText(self._budget_text(m.budget))
        ui.budgetEdit.setStyleSheet(invalid_field_style(False))
        ui.budgetMessage.setText("")
        self._budget_problem = False
        ui.followUpEdit.setText(m.follow_up or "")
        for name, editor in self.editors.items():
            editor.set_items(m.items_of(name), m.list_style(name), self.digits)
        ui.photoStrip.reference = first
        ui.photoStrip.set_photos(m.photos, self.digits)
        self._update_period_message()
        self._update_counts()
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab walks the page top to bottom (the unit boxes are made after the form)."""
        ui = self.ui
        order = [
            ui.titleEdit,
            *ui.unitPicker.focus_order(),
            ui.startEdit.line,
            ui.endEdit.line,
            ui.targetEdit,
            ui.participantEdit,
            ui.sentenceButton,
            ui.stepsEditor.style_combo,
        ]
        # after the three lists: the budget, then the follow-up
        QWidget.setTabOrder(ui.outcomesEditor, ui.budgetEdit)
        QWidget.setTabOrder(ui.budgetEdit, ui.followUpEdit)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def check(self) -> list[str]:
        """What is not right yet on this page, in Thai (empty when all is well)."""
        problems = []
        if not self.measure.title.strip():
            problems.append(messages.NO_TITLE)
        m = self.measure
        for edit, stored in ((self.ui.startEdit, m.period_start), (self.ui.endEdit, m.period_end)):
            shown = thaifmt.date(stored, self.digits) if stored else ""
            if edit.text().strip() != shown:  # typed, but unreadable or refused
                problems.append(self.ui.periodMessage.text() or messages.END_BEFORE_START)
                break
        if any(self._count_problem.values()):
            problems.append(messages.BAD_COUNT)
        if self._budget_problem:
            problems.append(messages.BAD_BUDGET)
        return problems

    def save(self) -> None:
        """Store the measure (one transaction). Raises the storage errors."""
        self.measure = self.db.save_measure(stored_id(self.report.id), self.measure)
        self.report.measures[self.index] = self.measure
        self.ui.photoStrip.adopt(self.measure.photos)

    # --- numbering and digits ----------------------------------------------------------------
    def set_index(self, index: int, count: int) -> None:
        self.index = index
        self.ui.numberLabel.setText(f"มาตรการที่ {thaifmt.digits(str(index + 1), self.digits)}")
        self.ui.moveLeftButton.setEnabled(index > 0)
        self.ui.moveRightButton.setEnabled(index < count - 1)

    def set_units(self, units: list[str]) -> None:
        self.ui.unitPicker.set_units(units, self.measure.responsible_units)

    def _count_text(self, value: int | None) -> str:
        return "" if value is None else thaifmt.digits(str(value), self.digits)

    def _budget_text(self, amount: str | None) -> str:
        """A stored amount as shown in the field: grouped, in the report's digits."""
        if amount is None:
            return ""
        return thaifmt.baht(amount, self.digits).removesuffix(" บาท")

    # --- edits -------------------------------------------------------------------------------
    def _budget_edited(self) -> None:
        edit = self.ui.budgetEdit
        try:
            value = thaifmt.parse_amount(edit.text())
        except ValueError:
            self._budget_problem = True
            edit.setStyleSheet(invalid_field_style())
            self.ui.budgetMessage.setText(messages.BAD_BUDGET)
            self.ui.budgetMessage.setStyleSheet(message_style(ERROR))
            return
        self._budget_problem = False
        edit.setStyleSheet(invalid_field_style(False))
        self.ui.budgetMessage.setText("")
        if value != self.measure.budget:
            self.measure.budget = value
            self._act("แก้งบประมาณ", "budget")
            self.changed.emit()

    def _budget_finished(self) -> None:
        """Show the amount grouped in the report's digits once typed (``12450.5`` → ``๑๒,๔๕๐.๕๐``)."""
        if self._budget_problem:
            return
        text = self._budget_text(self.measure.budget)
        if self.ui.budgetEdit.text() != text:
            self.ui.budgetEdit.setText(text)

    def _photos_edited(self, what: str, key: object) -> None:
        self.measure.photos = self.ui.photoStrip.photos()
        self._act(what, key)
        self.changed.emit()

    def _follow_up_edited(self) -> None:
        self._act("พิมพ์การกำกับติดตาม", "follow_up")
        self.measure.follow_up = self.ui.followUpEdit.text().strip() or None
        self.changed.emit()

    def _title_edited(self) -> None:
        self._act("พิมพ์ชื่อมาตรการ", "title")
        self.measure.title = self.ui.titleEdit.text().strip()
        self.titleChanged.emit(self.measure.title)
        self.changed.emit()

    def _title_left(self) -> None:
        # The report numbers measures itself (๑. ๒.): a typed number would print twice.
        text = self.ui.titleEdit.text()
        if textclean.has_marker(text):
            self.ui.titleEdit.setText(textclean.strip_marker(text))
            self._title_edited()
            self.show_notice(messages.TYPED_MARKER_REMOVED)

    def _units_changed(self) -> None:
        self._act("เลือกหน่วยงานที่รับผิดชอบ")
        self.measure.responsible_units = self.ui.unitPicker.selected()
        self.changed.emit()

    def _list_changed(self, name: str) -> None:
        editor = self.editors[name]
        what, key = editor.action
        self._act(f"{what} ({LIST_NAMES[name]})" if what else "", (name, key) if key is not None else None)
        setattr(self.measure, name, editor.items())
        style = editor.list_style()
        if style == "numbered":
            self.measure.list_styles.pop(name, None)
        else:
            self.measure.list_styles[name] = style
        if name == "results":
            self._update_counts()
        self.changed.emit()

    def _date_edited(self, which: str, d: dt.date | None) -> None:
        m = self.measure
        start = d if which == "start" else m.period_start
        end = d if which == "end" else m.period_end
        edit = self.ui.startEdit if which == "start" else self.ui.endEdit
        if start and end and end < start:
            edit.mark_invalid(True)
            self._show_period(messages.END_BEFORE_START, ERROR)
            return
        m.period_start, m.period_end = start, end
        self._act("แก้ระยะเวลาดำเนินการ")
        # The other date may have been refused before: show it as stored again.
        other = self.ui.endEdit if which == "start" else self.ui.startEdit
        other.setDate(m.period_end if which == "start" else m.period_start)
        self._update_period_message()
        self.changed.emit()

    def _date_problem(self, text: str) -> None:
        if text:
            self._show_period(text, ERROR)
        else:
            self._update_period_message()

    def _show_period(self, text: str, kind: str) -> None:
        self.ui.periodMessage.setText(text)
        self.ui.periodMessage.setStyleSheet(message_style(kind))

    def _update_period_message(self) -> None:
        m = self.measure
        first, last = thaifmt.fiscal_year_bounds(self.report.fiscal_year_be)
        outside = any(d is not None and not first <= d <= last for d in (m.period_start, m.period_end))
        if outside:
            self._show_period(messages.outside_fiscal_year(self.report.fiscal_year_be, self.digits), WARNING)
        else:
            self._show_period("", WARNING)

    def _count_edited(self, which: str) -> None:
        edit = self.ui.targetEdit if which == "target" else self.ui.participantEdit
        try:
            value = thaifmt.parse_count(edit.text())
        except ValueError:
            self._count_problem[which] = True
            edit.setStyleSheet(invalid_field_style())
        else:
            self._count_problem[which] = False
            edit.setStyleSheet(invalid_field_style(False))
            setattr(self.measure, "target_count" if which == "target" else "participant_count", value)
            self._act("แก้จำนวนกลุ่มเป้าหมาย" if which == "target" else "แก้จำนวนผู้เข้าร่วม", which)
            self.changed.emit()
        self._update_counts()

    def _count_finished(self, which: str) -> None:
        """Show a count in the report's digits once typed (``45`` → ``๔๕``)."""
        if self._count_problem[which]:
            return
        edit = self.ui.targetEdit if which == "target" else self.ui.participantEdit
        value = self.measure.target_count if which == "target" else self.measure.participant_count
        text = self._count_text(value)
        if edit.text() != text:
            edit.setText(text)

    def _update_counts(self) -> None:
        m = self.measure
        ui = self.ui
        pct = thaifmt.percent(m.participant_count, m.target_count, self.digits)
        ui.percentLabel.setText(f"คิดเป็น\n{pct}" if pct else "")
        ui.sentenceButton.setEnabled(m.participant_count is not None)
        text, kind = "", WARNING
        if any(self._count_problem.values()):
            text, kind = messages.BAD_COUNT, ERROR
        else:
            computed = thaifmt.percentage(m.participant_count, m.target_count)
            stated = thaifmt.stated_percentages(_all_text(m.results)) if computed is not None else []
            wrong = [s for s in stated if s != computed]
            if wrong:
                text = messages.percent_mismatch(
                    "ร้อยละ " + thaifmt.percent_number(wrong[0], self.digits), pct
                )
            elif (
                m.target_count is not None
                and m.participant_count is not None
                and m.participant_count > m.target_count
            ):
                text = messages.ABOVE_TARGET
        ui.countsMessage.setText(text)
        ui.countsMessage.setStyleSheet(message_style(kind))

    def write_sentence(self) -> None:
        """Write ``ผู้เข้าร่วมกิจกรรม … คน จากกลุ่มเป้าหมาย … คน คิดเป็นร้อยละ …``
        into the results: a new item at the end, or the item this button wrote
        before (known by its row, not by how its text starts) while the clerk
        has left it as written. The clerk's own items are never replaced."""
        m = self.measure
        if m.participant_count is None:
            return
        sentence = thaifmt.participation_sentence(m.participant_count, m.target_count, self.digits)
        self.ui.resultsEditor.write_generated(sentence)
        self.ui.scroll.ensureWidgetVisible(self.ui.resultsBox, 0, 40)
        self.show_notice(messages.sentence_written(sentence))

    def show_notice(self, text: str) -> None:
        if text:
            self.noticed.emit(text)


def _all_text(items) -> str:
    out = []
    for item in items:
        out.append(item.text)
        out.append(_all_text(item.items))
    return "\n".join(out)
