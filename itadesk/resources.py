"""Finding the files the app ships (fonts, forms, the sample, the catalog).

The one helper that knows where ``resources/`` and ``forms/`` are, whether the
app runs from a checkout or from the PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``forms/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return base_dir().joinpath("resources", *parts)


def form(name: str) -> Path:
    """A Qt Designer file ``forms/<name>.ui``."""
    return base_dir() / "forms" / f"{name}.ui"


SAMPLE_REPORT = ("samples", "ita-report-2568-khamthalesor.json")
FONT_REGULAR = ("fonts", "Sarabun-Regular.ttf")
FONT_BOLD = ("fonts", "Sarabun-Bold.ttf")
