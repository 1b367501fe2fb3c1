"""Thai wraps at word boundaries in every editor whether or not Qt can load
libthai (issue 18): the editors show Qt break marks from ``itadesk.linebreak``
that never leave the editor."""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from itadesk import exchange, linebreak
from itadesk.storage import Database
from itadesk.ui.widgets.thai_breaks import MARK, marked

from .conftest import close_window, type_text

PARAGRAPH = (
    "เทศบาลจัดประชุมคณะกรรมการบริหารเพื่อพิจารณาแผนปฏิบัติการป้องกันการทุจริตประจำปีงบประมาณ "
    "๒๕๖๘ โดยเชิญผู้บริหารและพนักงานเทศบาลทุกกองเข้าร่วมแลกเปลี่ยนความคิดเห็นเกี่ยวกับการเปิดเผยข้อมูลต่อสาธารณะ"
    "และการจัดซื้อจัดจ้างอย่างโปร่งใสตรวจสอบได้"
)

# Run in a child process: Qt resolves libthai once per process.
_CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTextBoundaryFinder
    from PySide6.QtWidgets import QApplication, QTextEdit
    from itadesk import linebreak
    from itadesk.ui.app import make_application
    from itadesk.ui.widgets.text_edit import AutoTextEdit
    from itadesk.ui.widgets import thai_breaks

    app = make_application()
    text = sys.argv[1]
    word = "การประชุมคณะกรรมการบริหาร"
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, word)
    qt_breaks = []
    while (p := finder.toNextBoundary()) != -1:
        qt_breaks.append(p)

    def line_starts(edit):
        edit.setFixedWidth(260)
        edit.show()
        app.processEvents()
        block = edit.document().firstBlock()
        layout, raw = block.layout(), block.text()
        starts = [layout.lineAt(i).textStart() for i in range(1, layout.lineCount())]
        return [thai_breaks.logical(raw, s) for s in starts]

    ours = AutoTextEdit()
    ours.setText(text)
    plain = QTextEdit()  # Qt alone, as every editor was before
    plain.setPlainText(text)
    print(json.dumps({
        "qt_breaks": qt_breaks,
        "libthai_mapped": any("libthai" in line for line in open("/proc/self/maps")),
        "ours": line_starts(ours),
        "plain": line_starts(plain),
        "text": ours.text(),
    }))
    """
)


def _run_child(tmp_path: Path, *, block: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if block:
        # The dynamic linker searches LD_LIBRARY_PATH before the system's
        # folders; a file there that is not a library makes Qt's
        # QLibrary("thai", 0) fail instead of loading the real one.
        stub = tmp_path / "no-libthai"
        stub.mkdir(exist_ok=True)
        for name in ("libthai.so.0", "libthai.so"):
            (stub / name).write_text("not a library\n")
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [str(stub), env.get("LD_LIBRARY_PATH")]))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, PARAGRAPH],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _at_word_boundary(text: str, p: int) -> bool:
    return p in linebreak.line_breaks(text) or text[p - 1].isspace()


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="blocks libthai through the Linux dynamic linker"
)
def test_thai_wraps_at_word_boundaries_with_libthai_blocked(tmp_path):
    result = _run_child(tmp_path, block=True)
    # proof that Qt had no libthai: not in the process, and no Thai word breaks of its own
    assert not result["libthai_mapped"]
    assert result["qt_breaks"] == [len("การประชุมคณะกรรมการบริหาร")]
    # Qt alone breaks a long Thai run in the middle of words ...
    assert any(not _at_word_boundary(PARAGRAPH, p) for p in result["plain"])
    # ... the editor only where the app's rules allow a break (the compounds kept)
    assert len(result["ours"]) >= 4
    assert all(_at_word_boundary(PARAGRAPH, p) for p in result["ours"]), result["ours"]
    assert result["text"] == PARAGRAPH


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="blocks libthai through the Linux dynamic linker"
)
def test_the_blocking_is_what_takes_libthai_away(tmp_path):
    """Where libthai is installed, the same child without the stub has Thai
    word breaks from Qt: the stub, not chance, blocked it above."""
    if ctypes.util.find_library("thai") is None:
        pytest.skip("libthai is not installed here")
    result = _run_child(tmp_path, block=False)
    assert result["libthai_mapped"]
    assert len(result["qt_breaks"]) > 1
    # (with libthai Qt adds breaks of its own, inside the app's compounds too)
    assert len(result["ours"]) >= 4


def test_marks_follow_the_apps_rules():
    shown = marked("การประชุมคณะกรรมการบริหาร ร้อยละ ๘๐")
    assert shown.replace(MARK, "") == "การประชุมคณะกรรมการบริหาร ร้อยละ ๘๐"
    assert "คณะ" + MARK + "กรรมการ" not in shown  # a compound of official Thai stays whole
    assert MARK in shown and MARK + " " not in shown and " " + MARK not in shown
    assert marked("No Gift Policy 2568") == "No Gift Policy 2568"


def test_break_marks_never_reach_the_database_an_export_or_the_clipboard(
    sample_file, open_window, tmp_path, answers
):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    edit = page.ui.resultsEditor.row_edits()[0]
    edit.setText("")
    type_text(edit, "การประชุมคณะกรรมการบริหาร")
    assert MARK in edit.toPlainText()  # shown to Qt's layout
    assert edit.text() == "การประชุมคณะกรรมการบริหาร"
    edit.selectAll()
    edit.copy()
    assert QApplication.clipboard().text() == "การประชุมคณะกรรมการบริหาร"
    title = page.ui.titleEdit
    title.setText("มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง")
    assert MARK in title.toPlainText() and MARK not in title.text()
    title.edited.emit()
    assert window.flush()
    exported = tmp_path / "r.json"
    window.export_exchange(exported)
    assert MARK not in exported.read_text(encoding="utf-8")
    assert "การประชุมคณะกรรมการบริหาร" in exported.read_text(encoding="utf-8")
    close_window(window)
    with Database(sample_file) as db:
        org = db.organizations()[0]
        report = db.load_report(org.id, db.years(org.id)[-1])
    assert MARK not in exchange.dumps_report(report)
    assert report.measures[0].title == "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง"


def test_backspace_and_arrows_never_stop_at_a_mark(app, qtbot):
    from PySide6.QtCore import Qt

    from itadesk.ui.widgets.text_edit import AutoTextEdit

    from .conftest import press

    edit = AutoTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit, "การประชุม")
    assert edit.toPlainText() == "การ" + MARK + "ประชุม"
    press(edit, Qt.Key.Key_Home)
    for _ in range(3):
        press(edit, Qt.Key.Key_Right)
    press(edit, Qt.Key.Key_Right)  # past the mark and ป in one press
    assert edit.text()[: edit.textCursor().position() - 1] == "การป"
    press(edit, Qt.Key.Key_End)
    for _ in range(6):
        press(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "การ"  # six presses, six characters (the mark took none)
