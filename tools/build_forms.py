"""Generate ``itadesk/ui/forms/ui_<name>.py`` from ``forms/<name>.ui``.

The one generation step for the window's forms; run it after editing a form in
Qt Designer and commit both files (``tests/ui/test_forms.py`` checks that the
generated modules are current):

    .venv/bin/python tools/build_forms.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "itadesk" / "ui" / "forms"
HEADER = "# Generated from forms/{name}.ui by tools/build_forms.py: do not edit.\n"


def _uic() -> list[str]:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "uic.exe", base / "Qt" / "libexec" / "uic", base / "uic"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate), "-g", "python"]
    return ["pyside6-uic"]


def uic_version() -> str:
    return subprocess.run(_uic()[:1] + ["--version"], capture_output=True, text=True).stdout.strip()


def generate(ui: Path) -> str:
    """The Python module for one form."""
    out = subprocess.run(
        [*_uic(), "--no-autoconnection", str(ui)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    # uic names the .ui file as given; keep the output independent of the checkout's path.
    out = out.replace(str(ui), f"forms/{ui.name}")
    return HEADER.format(name=ui.stem) + out


def target(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Modules generated from forms/*.ui by tools/build_forms.py."""\n', encoding="utf-8"
        )
    for ui in sorted(FORMS.glob("*.ui")):
        target(ui).write_text(generate(ui), encoding="utf-8", newline="\n")
        print(f"{ui.relative_to(ROOT)} -> {target(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
