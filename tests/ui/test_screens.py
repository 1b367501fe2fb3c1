"""Every form fits the screens of ordinary office PCs (issue 18): no sideways
scrolling, no clipped button, at 1366×768 and 1280×720 at 100 %, 1536×864
(1920×1080 at 125 %) and 1280×720 (1920×1080 at 150 %). Each scale runs in
its own process (``QT_SCALE_FACTOR`` is read when Qt starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 40  # Windows' taskbar takes this much of the screen's height

_CHILD = textwrap.dedent(
    """
    import json, os, sys, tempfile, time
    from pathlib import Path
    os.environ["ITADESK_HOME"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollArea
    from itadesk.cli import prepare_demo
    from itadesk.model import Signatory
    from itadesk.storage import Database
    from itadesk.ui.app import make_application
    from itadesk.ui.backup_dialogs import RestoreDialog
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.small_dialogs import CatalogDialog, NewYearDialog
    from itadesk.ui.welcome import WelcomeDialog

    app = make_application()
    width, height, taskbar = (int(a) for a in sys.argv[1:4])
    problems = []

    def settle():
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def check(top, where):
        settle()
        hint = top.minimumSizeHint()
        if hint.width() > width:
            problems.append(f"{where}: needs {hint.width()} px of width")
        for area in top.findChildren(QAbstractScrollArea):
            if isinstance(area, QScrollArea) and area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{where}: {area.objectName()} scrolls sideways")
        for button in top.findChildren(QAbstractButton):
            if not button.isVisible() or not button.text():
                continue
            if button.width() < button.sizeHint().width() - 1:
                problems.append(f"{where}: button {button.text()!r} clipped ({button.width()} < {button.sizeHint().width()})")
            right = button.mapTo(top, button.rect().topRight()).x()
            if right > top.width():
                problems.append(f"{where}: button {button.text()!r} past the right edge")

    home = Path(os.environ["ITADESK_HOME"])
    prepare_demo(home / "demo.db")
    with Database(home / "demo.db") as db:
        window = MainWindow(db, QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat))
        window.resize(width, height - taskbar)
        window.show()
        page = window.org_page
        page._add_row("ผู้รับรอง", "นายสมชาย ประเสริฐวงศ์",
                      "นักวิเคราะห์นโยบายและแผนชำนาญการ รักษาราชการแทนหัวหน้าสำนักปลัดเทศบาลตำบลขามทะเลสอ")
        check(window, "หน่วยงาน")
        table = page.ui.signatoriesTable
        rows_fit = all(
            table.rowHeight(r) >= table.sizeHintForRow(r) for r in range(table.rowCount())
        )
        if not rows_fit or table.textElideMode().name != "ElideNone" or not table.wordWrap():
            problems.append("signatories: a position is cut")
        for tab in range(1, window.ui.tabs.count()):
            window.ui.tabs.setCurrentIndex(tab)
            check(window, window.ui.tabs.tabText(tab))
        before = window.ui.tabs.mapTo(window, window.ui.tabs.rect().topLeft())
        window.show_notice("ลบมาตรการที่ ๒ แล้ว ถ้าลบผิด กด “เลิกลบ”", undo=True)
        settle()
        shown = window.ui.tabs.mapTo(window, window.ui.tabs.rect().topLeft())
        window.hide_notice()
        settle()
        after = window.ui.tabs.mapTo(window, window.ui.tabs.rect().topLeft())
        if not before == shown == after:
            problems.append(f"the notice moved the tabs: {before.y()} {shown.y()} {after.y()}")
        for dialog, name in (
            (WelcomeDialog(db), "เริ่มต้นใช้งาน"),
            (RestoreDialog(db, window), "กู้คืนข้อมูล"),
            (NewYearDialog([2568], "thai", window, suggested=2569), "ปีใหม่"),
            (CatalogDialog(window, existing_titles=set(), org_type="เทศบาลตำบล"), "มาตรการที่ใช้บ่อย"),
        ):
            dialog.show()
            settle()
            if dialog.height() > height - taskbar or dialog.minimumSizeHint().height() > height - taskbar:
                problems.append(f"{name}: taller than the screen ({dialog.height()})")
            check(dialog, name)
            dialog.close()
        window.close()
    print(json.dumps(problems, ensure_ascii=False))
    """
)

SCREENS = [
    pytest.param(1366, 768, "1", id="1366x768-100"),
    pytest.param(1280, 720, "1", id="1280x720-100"),
    pytest.param(1536, 864, "1.25", id="1920x1080-125"),
    pytest.param(1280, 720, "1.5", id="1920x1080-150"),
]


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_form_fits_the_screen(width, height, scale):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(width), str(height), str(TASKBAR)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    problems = json.loads(out.stdout.strip().splitlines()[-1])
    assert problems == []


def test_a_new_notice_repaints_where_the_previous_ones_marks_were(sample_file, open_window):
    """The stray tone marks: the label had padding of its own, Thai marks
    above the first line were drawn into it, and a label repaints only its
    contents when its text changes. Now the label is all contents."""
    window = open_window(sample_file)
    window.show_notice("ผู้เข้าร่วมกิจกรรมมีจำนวนทั้งหมด ๖๐ คน คิดเป็นร้อยละ ๘๕.๗๑ ของกลุ่มเป้าหมาย")
    label = window.ui.noticeLabel
    assert label.contentsRect() == label.rect()
    top = window.ui.tabs.mapTo(window, window.ui.tabs.rect().topLeft())
    window.show_notice("ลบมาตรการที่ ๒ แล้ว ถ้าลบผิด กด “เลิกลบ”", undo=True)
    window.hide_notice()
    assert window.ui.tabs.mapTo(window, window.ui.tabs.rect().topLeft()) == top
