"""What a command's start imports: the costly modules it can do without."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dataclasses_come_without_inspect_and_every_dataclass_has_a_docstring():
    _run(
        """
import importlib, pkgutil, sys
import itadesk
assert "inspect" not in sys.modules
import dataclasses
stand_in = dataclasses.inspect
assert "inspect" not in sys.modules and getattr(stand_in, "__file__", None) is None
generated = []
for info in pkgutil.walk_packages(itadesk.__path__, "itadesk."):
    if info.name.endswith("__main__"):
        continue
    module = importlib.import_module(info.name)
    for name, obj in vars(module).items():
        if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == info.name:
            if (obj.__doc__ or "").startswith(obj.__name__ + "("):
                generated.append(f"{info.name}.{name}")
assert not generated, f"dataclasses without a docstring (inspect made one): {generated}"
assert dataclasses.inspect is stand_in

# A class without one still gets it, from the real inspect.
@dataclasses.dataclass
class NoDoc:
    a: int

assert NoDoc.__doc__ == "NoDoc(a: int)", NoDoc.__doc__
import inspect
assert dataclasses.inspect is inspect
"""
    )


def test_the_list_command_imports_no_decimal():
    _run(
        """
import sys
import itadesk.cli, itadesk.storage, itadesk.drives, itadesk.thaifmt
assert "decimal" not in sys.modules, "decimal is imported where a Decimal is made"
from itadesk import thaifmt
assert str(thaifmt.percentage(6, 7)) == "85.71"
"""
    )
