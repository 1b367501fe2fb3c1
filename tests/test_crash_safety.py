"""Crash safety: processes killed with SIGKILL while saving, restoring and
backing up, many times over, on real files.

A kill cannot show what a power cut does to data still in the disk's cache;
``test_backup.py::test_durability_settings`` asserts the settings that cover
that (``synchronous=FULL``, fsync of backups and their folder).

Starting Python 50 times would take most of the time budget, so one helper
process imports ITA Desk once and forks a fresh child per round; the child
works on the database and reports each finished step on the shared pipe, and
the test kills the child (not the helper) at a random moment.
"""

from __future__ import annotations

import os
import random
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from itadesk import backup
from itadesk.storage import Database

from .conftest import dump_db

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")

ZYGOTE = r"""
import os, signal, sys
from pathlib import Path
from itadesk import backup
from itadesk.model import Item, Measure
from itadesk.storage import Database

db_path = Path(sys.argv[1])

def say(text):
    os.write(1, (text + "\n").encode())

def edits(start):
    with Database(db_path) as db:
        org = db.organizations()[0]
        rid = db.report_id(org.id, 2568)
        serial = start
        while True:
            # every third edit goes first, renumbering every measure in the same transaction
            position = 0 if serial % 3 == 0 else None
            db.save_measure(rid, Measure(title=f"edit {serial}", steps=[Item(f"step {serial}")]), position)
            say(f"saved {serial}")
            serial += 1

def restore(path, safety):
    with Database(db_path) as db:
        say("started")
        backup.restore_backup(db, path, safety_folder=Path(safety))
        say("done")

def make(dest):
    with Database(db_path) as db:
        say("started")
        while True:
            backup.make_backup(db, Path(dest))
            say("done")

# The helper, not the test, kills its child: a child that already finished
# stays a zombie until then, so its pid can never belong to another process.
child = None
while line := sys.stdin.readline():
    command, *args = line.split()
    if command == "kill":
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        say("reaped")
        continue
    child = os.fork()
    if child == 0:
        try:
            say("forked")
            {"edit": lambda: edits(int(args[0])), "restore": lambda: restore(*args), "backup": lambda: make(*args)}[command]()
        except BaseException as exc:
            say(f"error {exc!r}")
        finally:
            os._exit(0)
"""


class Helper:
    """The forking helper process, with line reads that time out."""

    def __init__(self, db_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
            env=os.environ.copy(),
        )
        self._buffer = b""

    def send(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def line(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.proc.stdout], [], [], max(left, 0))
            if not ready:
                raise AssertionError("the helper process stopped answering")
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError("the helper process died: " + self.proc.stderr.read().decode())
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        text = line.decode()
        assert not text.startswith("error"), text
        return text

    def start(self, command: str) -> None:
        self.send(command)
        assert self.line() == "forked"

    def kill(self) -> list[str]:
        """SIGKILL the child; the lines it wrote meanwhile."""
        self.send("kill")
        lines = []
        while (text := self.line()) != "reaped":
            lines.append(text)
        return lines

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=20)
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture
def helper(sample_db):
    sample_db.close()
    h = Helper(sample_db.path)
    yield h
    h.close()


def _check_measures(db_path: Path, saved: set[int]) -> int:
    with Database(db_path) as db:
        assert db.integrity_check() == "ok"
        assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        org = db.organizations()[0]
        rid = db.report_id(org.id, 2568)
        rows = db.conn.execute(
            "SELECT title, position FROM measures WHERE report_id = ? ORDER BY position", [rid]
        )
        rows = rows.fetchall()
    titles = {title for title, _ in rows}
    missing = [s for s in saved if f"edit {s}" not in titles]
    assert missing == [], f"edits reported as saved but gone: {missing[:10]}"
    assert [pos for _, pos in rows] == list(range(len(rows)))  # no transaction applied by half
    return len(rows)


def test_killed_in_the_middle_of_edits_50_times(helper, sample_db):
    rng = random.Random(20251125)
    saved: set[int] = set()
    kills_mid_stream = 0
    for round_ in range(50):
        helper.start(f"edit {round_ * 10_000}")
        wanted = rng.choice([0, 1, 2, 5, 10, 20])
        got = 0
        while got < wanted:
            text = helper.line()
            saved.add(int(text.split()[1]))
            got += 1
        time.sleep(rng.uniform(0, 0.003))
        after = helper.kill()
        saved.update(int(t.split()[1]) for t in after if t.startswith("saved"))
        kills_mid_stream += wanted > 0
        _check_measures(sample_db.path, saved)
    assert len(saved) > 100 and kills_mid_stream >= 30


def test_killed_while_restoring(helper, sample_db, full_backup, tmp_path):
    """After a kill the database holds the old data or the backup's, whole.

    One restore of each backup runs to the end first, to learn how long it
    takes; then the kills land from its start to twice its length."""
    with Database(sample_db.path, readonly=True) as ro:
        small = backup.make_backup(ro, tmp_path / "small")
    backups = {"small": (small.path, _without_reminder(dump_db(sample_db.path))), "big": full_backup}
    took = {}
    for name in ("big", "small"):
        helper.start(f"restore {backups[name][0]} {tmp_path / 'safety'}")
        assert helper.line() == "started"
        started = time.monotonic()
        assert helper.line() == "done"
        took[name] = time.monotonic() - started
        helper.kill()
        assert _without_reminder(dump_db(sample_db.path)) == backups[name][1]
    seen = set()
    rounds = 16
    moments = [2.0 * i / rounds for i in range(rounds)]  # spread over 0 to twice a whole restore
    random.Random(7).shuffle(moments)
    for round_, moment in enumerate(moments):
        before = _without_reminder(dump_db(sample_db.path))
        name = "big" if before == backups["small"][1] else "small"  # always the other one
        path, expected = backups[name]
        helper.start(f"restore {path} {tmp_path / 'safety'}")
        assert helper.line() == "started"
        time.sleep(moment * took[name])
        lines = helper.kill()
        with Database(sample_db.path) as db:
            assert db.integrity_check() == "ok"
        now = _without_reminder(dump_db(sample_db.path))
        if now == before:
            assert "done" not in lines
            seen.add("old")
        else:
            assert now == expected, f"round {round_}: neither the old data nor the backup's"
            seen.add("restored")
    print("restore outcomes:", seen, "restore takes", {k: round(v, 3) for k, v in took.items()})
    assert seen == {"old", "restored"}


def test_killed_while_writing_a_backup(helper, sample_db, tmp_path):
    """A kill during a backup never leaves a damaged file under a backup's
    name, and never changes the live data."""
    dest = tmp_path / "stick"
    dest.mkdir()
    before = _without_reminder(dump_db(sample_db.path))
    rng = random.Random(3)
    for _ in range(8):
        helper.start(f"backup {dest}")
        assert helper.line() == "started"
        time.sleep(rng.uniform(0, 0.02))
        helper.kill()
    finished = [p for p in dest.iterdir() if p.suffix == ".itabackup"]
    for p in finished:
        assert backup.inspect_backup(p).measure_count == 5
    leftovers = [p for p in dest.iterdir() if p.suffix == ".tmp"]
    print("backups finished:", len(finished), "temporary files left:", len(leftovers))
    assert all(p.name.startswith(".ITADesk-") for p in leftovers)  # hidden temporary files only
    assert _without_reminder(dump_db(sample_db.path)) == before


# --- helpers -------------------------------------------------------------------------------------


def _without_reminder(dump: list[str]) -> list[str]:
    """A dump without the remembered backup folder (set after each backup)."""
    return [line for line in dump if backup.LAST_FOLDER_SETTING not in line]


@pytest.fixture
def full_backup(tmp_path, sample_report):
    """A bigger backup (1 MB logo, 300 measures), so that restoring it takes a while."""
    from dataclasses import replace

    path = tmp_path / "big.db"
    with Database(path) as db:
        stored = db.import_report(sample_report)
        org = stored.organization
        db.save_organization(replace(org, name="เทศบาลเมืองใหญ่", logo=os.urandom(1_000_000)))
        with db.transaction():
            for i in range(300):
                db.db["measures"].insert(
                    {
                        "report_id": stored.id,
                        "position": 5 + i,
                        "title": f"มาตรการที่ {i}",
                        "steps": "[]",
                        "results": "[]",
                        "outcomes": "[]",
                        "list_styles": "{}",
                        "responsible_units": "[]",
                    }
                )
        info = backup.make_backup(db, tmp_path)
    return info.path, _without_reminder(dump_db(path))
