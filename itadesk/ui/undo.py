"""One undo history per open report (``QUndoStack``): the commands that
undo a change to a measure, adding, deleting and moving measures.

A command names a measure by its position in the report, not by its id: the
history is linear, so when a command is undone or redone the report is in the
state the command left it in, and a measure deleted and put back gets a new
id. Undoing writes to the database at once (through the window), so it works
after autosave as well; the window clears the history when another report is
opened."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from ..model import Measure

if TYPE_CHECKING:
    from .organization_page import OrganizationState

# A state of a measure page: the measure, and which results row the
# participation-sentence button wrote (with the text it wrote), if any.
PageState = tuple[Measure, tuple[int, str] | None]

MEASURE_EDIT_ID = 1301
ORGANIZATION_EDIT_ID = 1302


class MainWindow(Protocol):
    """What the commands ask of the main window (``main_window.MainWindow``)."""

    def apply_measure_state(self, index: int, state: PageState) -> None: ...
    def insert_measures(self, added: list[tuple[int, Measure]]) -> None: ...
    def remove_measures(self, indexes: list[int]) -> None: ...
    def place_measure(self, index: int, new_index: int) -> None: ...
    def apply_organization_state(self, state: OrganizationState) -> None: ...


class _Pushed(QUndoCommand):
    """A command pushed after its change is already made: QUndoStack calls
    ``redo`` on push, which must do nothing then; later redos call ``do``."""

    def __init__(self, window: MainWindow, text: str) -> None:
        super().__init__(text)
        self.window = window
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class MeasureEdit(_Pushed):
    """A change made on a measure's tab: ``before`` and ``after`` states.
    Consecutive changes with the same ``key`` (typing in one field) merge
    into one step."""

    def __init__(
        self, window: MainWindow, index: int, before: PageState, after: PageState, text: str, key: object
    ) -> None:
        super().__init__(window, text)
        self.index = index
        self.before = before
        self.after = after
        self.key = key

    def id(self) -> int:
        return MEASURE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt naming
        if (
            not isinstance(other, MeasureEdit)
            or self.key is None
            or other.key != self.key
            or other.index != self.index
        ):
            return False
        self.after = other.after
        return True

    def do(self) -> None:
        self.window.apply_measure_state(self.index, self.after)

    def undo(self) -> None:
        self.window.apply_measure_state(self.index, self.before)


class AddMeasures(_Pushed):
    """Measures added (new, duplicated, from the catalog) at their positions."""

    def __init__(self, window: MainWindow, added: list[tuple[int, Measure]], text: str) -> None:
        super().__init__(window, text)
        self.added = [(i, copy.deepcopy(m)) for i, m in added]

    def do(self) -> None:
        self.window.insert_measures(self.added)

    def undo(self) -> None:
        self.window.remove_measures([i for i, _ in self.added])


class DeleteMeasure(_Pushed):
    """A measure deleted (after the clerk confirmed)."""

    def __init__(self, window: MainWindow, position: int, measure: Measure, text: str) -> None:
        super().__init__(window, text)
        self.position = position
        self.measure = copy.deepcopy(measure)

    def do(self) -> None:
        self.window.remove_measures([self.position])

    def undo(self) -> None:
        self.window.insert_measures([(self.position, self.measure)])


class MoveMeasure(_Pushed):
    """A measure moved from ``index`` to ``index + delta``."""

    def __init__(self, window: MainWindow, index: int, delta: int, text: str) -> None:
        super().__init__(window, text)
        self.index = index
        self.delta = delta

    def do(self) -> None:
        self.window.place_measure(self.index, self.index + self.delta)

    def undo(self) -> None:
        self.window.place_measure(self.index + self.delta, self.index)


class OrganizationEdit(_Pushed):
    """A change made on the หน่วยงาน tab (the organization or the report's
    settings): ``before`` and ``after`` states. Consecutive changes with the
    same ``key`` (typing in one field) merge into one step."""

    def __init__(
        self,
        window: MainWindow,
        before: OrganizationState,
        after: OrganizationState,
        text: str,
        key: object,
    ) -> None:
        super().__init__(window, text)
        self.before = before
        self.after = after
        self.key = key

    def id(self) -> int:
        return ORGANIZATION_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt naming
        if not isinstance(other, OrganizationEdit) or self.key is None or other.key != self.key:
            return False
        self.after = other.after
        return True

    def do(self) -> None:
        self.window.apply_organization_state(self.after)

    def undo(self) -> None:
        self.window.apply_organization_state(self.before)
