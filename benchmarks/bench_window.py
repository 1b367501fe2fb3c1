"""How fast the window starts and answers, and how much memory: a table, not a test.

    .venv/bin/python benchmarks/bench_window.py [--runs 5] [--platform offscreen]

Each run is a fresh process on a fresh copy of the sample database
(``itadesk demo``'s), with the window's real start-up path: QApplication,
the bundled fonts, the database, the main window shown and the event loop
idle. Reported (median of the runs):

- cold start: from launching the process to the shown, usable window;
- first visit of each measure tab (the page is built then) and a later visit;
- typing: one Thai character into a list item, keypress to repaint done;
- autosave: one change written to disk (one transaction, synchronous=FULL);
- memory: resident set size with every tab visited, then idle.

Target on the 2-core reference machine: cold start ≤ 1 s, idle < 150 MB.

The floor, measured in the same run (each round a floor process, then the
app's): a bare QApplication with the bundled Sarabun and a QMainWindow with a
tab widget and a plain text edit, shown; its cold start, one typed character and idle memory give the ratios.

Then a large report (``--large``, default 96 measures of unique text, made as
``bench_speed.py`` makes them), in one process: every tab visited once, memory then; a later visit
of a tab shown recently and of one whose page was let go; typing; and reopening
the report (``open_report``, as choosing it again or a reload does) — the time
to a usable window, then until the old tabs are deleted, and the longest turn
of the event loop meanwhile. Targets (issue 19): reopen ≤ 0.15 s, memory with
every tab visited ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, os, sys, time
from pathlib import Path

def rss_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QSettings, QTimer
from itadesk.storage import Database
from itadesk.ui.app import make_application

db_path = Path(sys.argv[1])
app = make_application()
from itadesk.ui.main_window import MainWindow
db = Database(db_path)
window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
out = {}

def measure():
    out["ready"] = time.time()
    out["rss_start"] = rss_mb()
    tabs = window.ui.tabs
    first, again = [], []
    for visits in (first, again):
        for i in range(1, tabs.count()):
            t = time.perf_counter()
            tabs.setCurrentIndex(i)
            app.processEvents()
            window.repaint()
            visits.append(time.perf_counter() - t)
        tabs.setCurrentIndex(0)
        app.processEvents()
    out["tab_first"] = first
    out["tab_again"] = again
    tabs.setCurrentIndex(4)
    app.processEvents()
    page = window.page_at(4)
    edit = page.ui.outcomesEditor.row_edits()[0]
    edit.setFocus()
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    keys = []
    for ch in "ผลลัพธ์ที่ได้จากการดำเนินการ" * 2:
        t = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        edit.repaint()
        keys.append(time.perf_counter() - t)
    out["key"] = keys
    t = time.perf_counter()
    window.flush()
    out["autosave"] = time.perf_counter() - t
    out["rss_tabs"] = rss_mb()
    QTimer.singleShot(1500, idle)

def idle():
    out["rss_idle"] = rss_mb()
    print(json.dumps(out), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, measure)
app.exec()
db.close()
"""


# The floor: what any Qt window costs on this machine, measured in the same
# run: the interpreter, PySide6's QApplication with the bundled Sarabun as its
# font and a main window with a tab widget and a plain text edit, shown; one
# Thai character typed into the edit; memory when idle.
FLOOR = r"""
import json, sys, time

def rss_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTabWidget

app = QApplication(sys.argv[:1])
families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(sys.argv[1]))
app.setFont(QFont(families[0] if families else "Sans", 12))
window = QMainWindow()
tabs = QTabWidget()
edit = QPlainTextEdit()
tabs.addTab(edit, "ก")
window.setCentralWidget(tabs)
window.show()
out = {}

def measure():
    out["ready"] = time.time()
    edit.setFocus()
    keys = []
    for ch in "ผลลัพธ์ที่ได้จากการดำเนินการ" * 2:
        t = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        edit.repaint()
        keys.append(time.perf_counter() - t)
    out["key"] = keys
    QTimer.singleShot(1500, idle)

def idle():
    out["rss_idle"] = rss_mb()
    print(json.dumps(out), flush=True)
    app.quit()

QTimer.singleShot(0, measure)
app.exec()
"""


CHILD_LARGE = r"""
import copy, json, statistics, sys, time
from pathlib import Path

def rss_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from itadesk.storage import Database
from itadesk.ui.app import make_application

app = make_application()
from itadesk.ui.main_window import MainWindow
db = Database(Path(sys.argv[1]))
window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.resize(1280, 800)
window.show()

def turn():
    # what the event loop does between two clicks, deferred deletions included
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

turn()
out = {"rss_start": rss_mb(), "measures": len(window.report.measures)}
tabs = window.ui.tabs
def visit(i):
    t = time.perf_counter()
    tabs.setCurrentIndex(i)
    app.processEvents()
    window.repaint()
    elapsed = time.perf_counter() - t
    turn()
    return elapsed
out["tab_first"] = [visit(i) for i in range(1, tabs.count())]
out["rss_tabs"] = rss_mb()
last = tabs.count() - 1
out["tab_recent"] = [visit(i) for i in (last - 1, last - 3, last - 2, last)]
out["tab_let_go"] = [visit(i) for i in (1, 20, 40, 60)]
page = window.page_at(tabs.currentIndex())
edit = page.ui.outcomesEditor.row_edits()[0]
edit.setFocus()
keys = []
for ch in "ผลลัพธ์ที่ได้จากการดำเนินการ" * 2:
    t = time.perf_counter()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    edit.repaint()
    keys.append(time.perf_counter() - t)
out["key"] = keys
window.flush()
turn()
t = time.perf_counter()
window.open_report(window.report.organization.id, window.report.fiscal_year_be, tab=0)
app.processEvents()
window.repaint()
out["reopen"] = time.perf_counter() - t
turns = []
while getattr(window, "_to_delete", None):
    t2 = time.perf_counter()
    turn()
    turns.append(time.perf_counter() - t2)
turn()
out["reopen_cleanup"] = time.perf_counter() - t
out["reopen_longest_turn"] = max(turns, default=0.0)
out["rss_reopened"] = rss_mb()
print(json.dumps(out), flush=True)
window.close()
db.close()
"""


def run_large(platform: str, measures: int) -> dict:
    """The large report in its own process (see CHILD_LARGE)."""

    from itadesk.storage import Database

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # unique text, as bench_speed makes it: no measure repeats another
        sys.path.insert(0, str(Path(__file__).parent))
        from bench_speed import unique_report

        report = unique_report(measures)
        with Database(tmp / "large.db") as db:
            db.import_report(report)
        env = dict(os.environ, ITADESK_HOME=str(tmp), QT_QPA_PLATFORM=platform)
        env.pop("ITADESK_DB", None)
        proc = subprocess.run(
            [sys.executable, "-c", CHILD_LARGE, str(tmp / "large.db"), str(tmp / "ui.ini")],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        return json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1])


def run_floor(platform: str) -> dict:
    """The bare Qt window (FLOOR) as a cold process."""
    from itadesk.resources import FONT_REGULAR, resource

    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", FLOOR, str(resource(*FONT_REGULAR))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    data = json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1])
    data["cold"] = data["ready"] - start
    return data


def run_once(platform: str) -> dict:
    from itadesk.cli import prepare_demo

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db_path = tmp / "demo.db"
        env = dict(os.environ, ITADESK_HOME=str(tmp), QT_QPA_PLATFORM=platform)
        env.pop("ITADESK_DB", None)
        # The sample database is made in its own process, as `itadesk demo` does before its window.
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"from itadesk.cli import prepare_demo; from pathlib import Path; "
                f"prepare_demo(Path({str(db_path)!r}))",
            ],
            check=True,
            env=env,
        )
        assert prepare_demo  # the same function the command uses
        start = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(db_path), str(tmp / "ui.ini")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
        data = json.loads(line)
        data["cold"] = data["ready"] - start
        return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--large", type=int, default=96, help="measures of the large report (0: skip it)")
    args = parser.parse_args()
    # compiled bytecode first, as an installation has it: where PYTHONDONTWRITEBYTECODE
    # is set, a checkout without it compiles the package again in every cold start
    # (about 0.25 s of the window's start here)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "itadesk")], check=True)
    runs, floors = [], []
    for _ in range(args.runs):  # interleaved: a floor, then the app
        floors.append(run_floor(args.platform))
        runs.append(run_once(args.platform))

    def med(key, of=runs):
        return statistics.median(r[key] for r in of)

    def med_list(key, fn, of=runs):
        return statistics.median(fn(r[key]) for r in of)

    floor_cold, floor_key, floor_rss = (
        med("cold", floors),
        med_list("key", statistics.median, floors),
        med("rss_idle", floors),
    )
    print(
        f"window benchmark: sample database (5 measures), {args.runs} cold processes interleaved with "
        f"as many of the floor (a bare QApplication with Sarabun and a QMainWindow with a tab widget and a plain "
        f"text edit, shown), QT_QPA_PLATFORM={args.platform}, {os.cpu_count()} cores"
    )
    print(
        f"  floor: cold start {floor_cold * 1000:.0f} ms, one typed Thai character "
        f"{floor_key * 1000:.2f} ms, memory idle {floor_rss:.0f} MB"
    )
    print(
        f"  cold start to a usable window   {med('cold') * 1000:7.0f} ms   "
        f"{med('cold') / floor_cold:.2f}× the floor (target ≤ 1000 ms)"
    )
    print(
        f"  first visit of a measure tab    {med_list('tab_first', statistics.median) * 1000:7.1f} ms median, "
        f"{med_list('tab_first', max) * 1000:.1f} ms slowest"
    )
    print(
        f"  later visit of a measure tab    {med_list('tab_again', statistics.median) * 1000:7.1f} ms median, "
        f"{med_list('tab_again', max) * 1000:.1f} ms slowest"
    )
    key = med_list("key", statistics.median)
    print(
        f"  one typed Thai character        {key * 1000:7.2f} ms median, "
        f"{med_list('key', max) * 1000:.2f} ms slowest; {key / floor_key:.1f}× the floor's edit"
    )
    print(f"  one autosave (to disk)          {med('autosave') * 1000:7.1f} ms")
    print(f"  memory at start                 {med('rss_start'):7.0f} MB")
    print(
        f"  memory with every tab visited   {med('rss_tabs'):7.0f} MB   {med('rss_tabs') / floor_rss:.2f}× the floor"
    )
    print(
        f"  memory idle                     {med('rss_idle'):7.0f} MB   "
        f"{med('rss_idle') / floor_rss:.2f}× the floor (target < 150 MB)"
    )
    if args.large:
        print_large([run_large(args.platform, args.large) for _ in range(args.runs)])
    return 0


def print_large(runs: list[dict]) -> None:
    def med(key):
        return statistics.median(r[key] for r in runs)

    def med_list(key, fn):
        return statistics.median(fn(r[key]) for r in runs)

    print(
        f"large report: {runs[0]['measures']} measures of unique text (bench_speed's), "
        f"{len(runs)} processes (medians)"
    )
    print(
        f"  first visit of a measure tab    {med_list('tab_first', statistics.median) * 1000:7.1f} ms median, "
        f"{med_list('tab_first', max) * 1000:.1f} ms slowest"
    )
    print(f"  memory with every tab visited   {med('rss_tabs'):7.0f} MB   (target ≤ 150 MB)")
    print(
        f"  later visit, page kept          {med_list('tab_recent', statistics.median) * 1000:7.1f} ms median, "
        f"{med_list('tab_recent', max) * 1000:.1f} ms slowest"
    )
    print(
        f"  later visit, page let go        {med_list('tab_let_go', statistics.median) * 1000:7.1f} ms median, "
        f"{med_list('tab_let_go', max) * 1000:.1f} ms slowest"
    )
    print(
        f"  one typed Thai character        {med_list('key', statistics.median) * 1000:7.2f} ms median, "
        f"{med_list('key', max) * 1000:.2f} ms slowest"
    )
    print(f"  reopen to a usable window       {med('reopen') * 1000:7.0f} ms   (target ≤ 150 ms)")
    print(
        f"  old tabs deleted after          {med('reopen_cleanup') * 1000:7.0f} ms, "
        f"longest turn of the event loop {med('reopen_longest_turn') * 1000:.0f} ms"
    )
    print(f"  memory after reopening          {med('rss_reopened'):7.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
