"""The core runs without Qt: only itadesk.ui may import PySide6."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_imports_without_qt():
    code = (
        "import sys, itadesk, itadesk.model, itadesk.storage, itadesk.exchange, itadesk.thaifmt, "
        "itadesk.messages, itadesk.cli, itadesk.fileio\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_ui_package_mentions_pyside6():
    offenders = []
    for path in (ROOT / "itadesk").rglob("*.py"):
        rel = path.relative_to(ROOT / "itadesk")
        if rel.parts[0] == "ui":
            continue
        if "PySide6" in path.read_text(encoding="utf-8"):
            offenders.append(str(rel))
    assert offenders == []
