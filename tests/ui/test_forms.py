"""The generated form modules match their forms/*.ui (tools/build_forms.py)."""

import importlib.util
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _body(text: str) -> str:
    # The uic version line differs between Qt releases; the code must not.
    return re.sub(r"^## Created by: .*$", "", text, flags=re.M)


FORMS = sorted((ROOT / "forms").glob("*.ui"))


@pytest.mark.parametrize("ui", FORMS, ids=[f.stem for f in FORMS])
def test_generated_module_is_current(ui):
    tool = _tool()
    target = tool.target(ui)
    assert target.exists(), f"run: python tools/build_forms.py ({target.name} is missing)"
    committed = target.read_text(encoding="utf-8")
    assert committed.startswith(tool.HEADER.format(name=ui.stem)), (
        "generated modules carry the do-not-edit header"
    )
    fresh = tool.generate(ui)
    if _body(fresh) != _body(committed):
        version = re.search(r"Created by: .*version (\S+)", committed)
        if version and version.group(1) not in tool.uic_version() and not os.environ.get("CI"):
            # CI installs the PySide6 of constraints.txt, the one the forms were generated with
            pytest.skip(f"uic {tool.uic_version()} differs from the one that generated the forms")
        pytest.fail(f"{target.name} is out of date: run python tools/build_forms.py")


def test_every_generated_module_has_a_form():
    out = ROOT / "itadesk" / "ui" / "forms"
    stems = {f.stem for f in FORMS}
    for module in out.glob("ui_*.py"):
        assert module.stem[3:] in stems, f"{module.name} has no forms/{module.stem[3:]}.ui"
