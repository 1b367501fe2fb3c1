"""Widgets the forms use, promoted in Qt Designer with the header
``itadesk.ui.widgets`` (so this package re-exports them; keep it so).

``AutoTextEdit`` (``text_edit``): text that grows with its content and cleans what is pasted.
``ListEditor`` (``list_editor``): the numbered lists of a measure (steps, results, outcomes).
``UnitPicker``, ``UnitsEditor`` (``units``): responsible units ticked from the
organization's units; the organization's own list of units.
``ThaiDateEdit`` (``dates``): a Buddhist-Era date typed or picked from a calendar.
``ThaiSpinBox`` (``numbers``): a number shown in Thai digits.
``PhotoStrip`` (``photos``): a measure's evidence photos with captions and dates.
"""

from .dates import ThaiCalendar, ThaiDateEdit
from .list_editor import ListEditor
from .numbers import ThaiSpinBox
from .photos import PhotoStrip
from .text_edit import AutoTextEdit
from .units import UnitPicker, UnitsEditor

__all__ = [
    "AutoTextEdit",
    "ListEditor",
    "PhotoStrip",
    "ThaiCalendar",
    "ThaiDateEdit",
    "ThaiSpinBox",
    "UnitPicker",
    "UnitsEditor",
]
