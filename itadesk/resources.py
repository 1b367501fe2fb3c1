"""Finding the files the app ships (fonts, the sample, the catalog, the schema).

The one helper that knows where ``resources/`` is, whether the app runs from
a checkout or from the PyInstaller bundle. (The forms are not read at run
time: ``tools/build_forms.py`` turns them into ``itadesk/ui/forms/ui_*.py``.)
"""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return base_dir().joinpath("resources", *parts)


SAMPLE_REPORT = ("samples", "ita-report-2568-khamthalesor.json")
FONT_REGULAR = ("fonts", "Sarabun-Regular.ttf")
FONT_BOLD = ("fonts", "Sarabun-Bold.ttf")
