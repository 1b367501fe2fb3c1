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


def test_every_dataclass_has_a_docstring():
    """``dataclass()`` writes a docstring with ``inspect.signature`` for a class
    without one: costly at every start."""
    _run(
        """
import dataclasses, importlib, pkgutil
import itadesk
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
"""
    )
