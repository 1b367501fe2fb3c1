"""Every setting the window keeps, declared once with its type and default.

Window geometry and the last folders live in ``QSettings`` (this PC); which
organization, year and tab were open live in the database (they belong with
the data: the demo database remembers its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..storage import Database


@dataclass(frozen=True)
class Setting:
    """One setting: its key, type and default."""

    key: str
    type: type
    default: Any


# In QSettings (this PC)
GEOMETRY = Setting("window/geometry", QByteArray, None)
EXPORT_FOLDER = Setting("paths/export_folder", str, "")
IMPORT_FOLDER = Setting("paths/import_folder", str, "")
ZOOM = Setting("view/zoom", int, 100)  # the editors' text size, per cent (Ctrl+plus/minus)

# In the database (this data)
LAST_ORGANIZATION = Setting("ui.organization", int, None)
LAST_YEAR = Setting("ui.year", int, None)
LAST_TAB = Setting("ui.tab", int, 0)


def get(store: QSettings | Database, setting: Setting) -> Any:
    if isinstance(store, QSettings):
        value = store.value(setting.key, setting.default)
    else:
        value = store.setting(setting.key, None)
        if value is None:
            return setting.default
    if value is None or isinstance(value, setting.type):
        return value
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(store: QSettings | Database, setting: Setting, value: Any) -> None:
    if isinstance(store, QSettings):
        store.setValue(setting.key, value)
    else:
        store.set_setting(setting.key, str(value))
