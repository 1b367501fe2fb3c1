"""The SQLite store on real files: migrations, versions, the lock, edits."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk import exchange
from itadesk.errors import (
    DatabaseBusyError,
    DatabaseLocationError,
    NewerDatabaseError,
    NotADatabaseError,
    OutputError,
    ReportExistsError,
)
from itadesk.model import Analysis, Item, Measure, Organization
from itadesk.storage import APP_ID, SCHEMA_VERSION, Database, migrated_in_memory

from .conftest import dump_db


def _pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_database_is_stamped(db_path):
    with Database(db_path) as db:
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.integrity_check() == "ok"
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION
    assert _pragma(db_path, "application_id") == APP_ID
    assert _pragma(db_path, "journal_mode") == "wal"


def test_migrates_an_empty_file(db_path):
    db_path.write_bytes(b"")
    with Database(db_path) as db:
        assert set(db.db.table_names()) >= {"organizations", "reports", "measures", "settings"}
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION


def test_reopening_applies_nothing_twice(db_path):
    with Database(db_path) as db:
        db.save_organization(Organization("อบต.ทดสอบ"))
    before = dump_db(db_path)
    with Database(db_path):
        pass
    assert dump_db(db_path) == before


def test_newer_database_is_refused_and_untouched(db_path):
    with Database(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Database(db_path)
    with pytest.raises(NewerDatabaseError):
        Database(db_path, readonly=True)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 200,
        b"%PDF-1.7",
    ],
)
def test_not_sqlite_is_refused_and_untouched(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        Database(db_path)
    assert db_path.read_bytes() == content


def test_another_programs_database_is_refused_and_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    before = dump_db(db_path)
    with pytest.raises(NotADatabaseError) as info:
        Database(db_path)
    assert info.value.reason == "foreign"
    assert dump_db(db_path) == before


def test_missing_folder(tmp_path):
    with pytest.raises(DatabaseLocationError):
        Database(tmp_path / "gone" / "itadesk.db")


def test_second_writer_in_this_process_is_refused(db_path):
    with Database(db_path):
        with pytest.raises(DatabaseBusyError):
            Database(db_path)
        # readers may still look (export, list, pdf)
        with Database(db_path, readonly=True) as reader:
            assert reader.organizations() == []
    with Database(db_path):  # released on close
        pass


HOLDER = """
import sys, time
from itadesk.storage import Database
db = Database(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_lock_held_by_another_process_and_released_when_it_dies(db_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseBusyError):
            Database(db_path)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # A crash leaves no stale lock.
    with Database(db_path) as db:
        assert db.integrity_check() == "ok"


def test_measures_insert_move_delete(db):
    org = db.save_organization(Organization("เทศบาลตำบลทดสอบ", province="ขอนแก่น", units=["สำนักปลัด"]))
    report = db.create_report(org.id, 2569)
    a = db.save_measure(report.id, Measure("ก"))
    b = db.save_measure(report.id, Measure("ข"))
    c = db.save_measure(report.id, Measure("ค"), position=0)
    titles = lambda: [m.title for m in db.load_report(org.id, 2569).measures]  # noqa: E731
    assert titles() == ["ค", "ก", "ข"]
    db.move_measure(c.id, 2)
    assert titles() == ["ก", "ข", "ค"]
    pos = db.delete_measure(b.id)
    assert pos == 1 and titles() == ["ก", "ค"]
    a.title = "ก แก้ไข"
    a.steps = [Item("ขั้นตอน", [Item("ย่อย")])]
    db.save_measure(report.id, a)
    loaded = db.load_report(org.id, 2569).measures[0]
    assert loaded.title == "ก แก้ไข" and loaded.steps == [Item("ขั้นตอน", [Item("ย่อย")])]


def test_import_matches_organization_by_name_and_province(db, sample_report):
    first = db.import_report(sample_report)
    other_year = exchange.parse_report({**exchange.dump_report(sample_report), "fiscal_year_be": 2569})
    second = db.import_report(other_year)
    assert first.organization.id == second.organization.id
    elsewhere = exchange.dump_report(sample_report)
    elsewhere["organization"] = {**elsewhere["organization"], "province": "ชัยภูมิ"}
    third = db.import_report(exchange.parse_report(elsewhere))
    assert third.organization.id != first.organization.id
    assert len(db.organizations()) == 2


def test_import_refuses_to_overwrite_without_replace(db_path, sample_report):
    with Database(db_path) as db:
        db.import_report(sample_report)
    before = dump_db(db_path)
    with Database(db_path) as db, pytest.raises(ReportExistsError):
        db.import_report(sample_report)
    assert dump_db(db_path) == before
    changed = exchange.dump_report(sample_report)
    changed["measures"] = changed["measures"][:2]
    with Database(db_path) as db:
        stored = db.import_report(exchange.parse_report(changed), replace_existing=True)
        assert len(stored.measures) == 2
        assert len(db.summaries()) == 1


def test_replacing_a_year_keeps_the_analysis_the_file_cannot_carry(db_path, sample_report):
    """A version 1 file carries no analysis: what the clerk wrote stays."""
    with Database(db_path) as db:
        stored = db.import_report(sample_report)
        stored.analysis = Analysis(note="ผลการประเมินปีที่แล้วได้ ๘๕ คะแนน", score="85.50", weaknesses=["ก"])
        db.save_report_settings(stored)
        again = db.import_report(sample_report, replace_existing=True)
        assert again.analysis == stored.analysis


def test_report_settings_of_schema_3_are_stored(db_path, sample_report):
    with Database(db_path) as db:
        stored = db.import_report(sample_report)
        stored.analysis = Analysis(
            note="ข้อความเดิม", score="85.50", level="A", weaknesses=["จุดอ่อน"], improvements=["ปรับปรุง"]
        )
        stored.ita_round = 2568
        stored.show_item_code = True
        stored.cover_lines = ["บรรทัดหนึ่ง", "บรรทัดสอง"]
        stored.heading_lines = ["หัวตาราง"]
        stored.markers = {"numbered": ["dot", "paren", "paren"]}
        stored.organization.budget_column = True
        stored.measures[0].budget = "12450.50"
        stored.measures[1].budget = "ไม่ใช้งบประมาณ"
        stored.measures[0].follow_up = "รายงานทุกไตรมาส"
        db.save_organization(stored.organization)
        db.save_report_settings(stored)
        db.save_measure(stored.id, stored.measures[0])
        db.save_measure(stored.id, stored.measures[1])
        again = db.load_report(stored.organization.id, 2568)
        assert again == stored
        new = db.new_year_from(stored.organization.id, 2568)
        assert new.ita_round == 2569
        assert new.cover_lines == stored.cover_lines and new.markers == stored.markers
        assert new.analysis == Analysis()
        assert new.measures[0].follow_up == "รายงานทุกไตรมาส"
        assert new.measures[0].budget is None


def test_migration_3_keeps_the_analysis_text(tmp_path):
    path = tmp_path / "old.db"
    conn = migrated_in_memory(stop_before="m003_report_settings")
    conn.execute("INSERT INTO organizations (name) VALUES ('ก')")
    conn.execute(
        "INSERT INTO reports (organization_id, fiscal_year_be, analysis) VALUES (1, 2568, 'ได้ ๘๕ คะแนน')"
    )
    conn.execute("PRAGMA user_version = 2")
    conn.execute(f"PRAGMA application_id = {APP_ID}")
    conn.execute(f"VACUUM INTO '{path}'")
    conn.close()
    with Database(path) as db:
        report = db.load_report(1, 2568)
    assert report.analysis == Analysis(note="ได้ ๘๕ คะแนน")


def test_new_year_from_previous(sample_db):
    org = sample_db.resolve_organization()
    new = sample_db.new_year_from(org.id, 2568)
    old = sample_db.load_report(org.id, 2568)
    assert new.fiscal_year_be == 2569
    assert [m.title for m in new.measures] == [m.title for m in old.measures]
    for n, o in zip(new.measures, old.measures, strict=True):
        assert n.steps == o.steps
        assert n.responsible_units == o.responsible_units
        assert n.list_styles == o.list_styles
        assert n.results == [] and n.outcomes == []
        assert n.target_count is None and n.participant_count is None
        assert n.period_start == o.period_start.replace(year=o.period_start.year + 1)
    assert new.measures[0].period_end == dt.date(2026, 9, 30)
    with pytest.raises(ReportExistsError):
        sample_db.new_year_from(org.id, 2568)


def test_a_failed_change_leaves_nothing(db_path, sample_report):
    with Database(db_path) as db:
        db.import_report(sample_report)
    before = dump_db(db_path)
    with Database(db_path) as db, pytest.raises(RuntimeError), db.transaction():
        org = db.resolve_organization()
        db.db["organizations"].update(org.id, {"name": "changed"})
        raise RuntimeError("power cut")
    assert dump_db(db_path) == before


READ_ONLY_CHILD = r"""
import os, pwd, sys
from pathlib import Path
from itadesk.errors import DatabaseLocationError
from itadesk.storage import Database
if os.geteuid() == 0:  # permission bits do not bind root: become nobody, modules already loaded
    nobody = pwd.getpwnam("nobody")
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
try:
    Database(Path(sys.argv[1]))
except DatabaseLocationError as exc:
    print(exc.reason)
else:
    print("opened")
"""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_readonly_location_is_reported():
    """A new database in a folder the user cannot write is refused as
    read-only. As root (CI) permission bits do not bind, so the child drops to
    ``nobody`` before it opens the database."""
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="itadesk-ro-"))
    try:
        top.chmod(0o755)
        folder = top / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        home = top / "home"
        home.mkdir()
        home.chmod(0o777)
        result = subprocess.run(
            [sys.executable, "-c", READ_ONLY_CHILD, str(folder / "itadesk.db")],
            capture_output=True,
            text=True,
            env={**os.environ, "ITADESK_HOME": str(home)},
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "readonly"
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_settings(db):
    assert db.setting("last_backup_folder") is None
    db.set_setting("last_backup_folder", "E:\\")
    db.set_setting("last_backup_folder", "F:\\")
    assert db.setting("last_backup_folder") == "F:\\"


SAVER = r"""
import sys, time
from pathlib import Path
from itadesk.model import Organization
from itadesk.storage import Database
db = Database(Path(sys.argv[1]))
db.save_organization(Organization("อบต.ทันที"))
print("saved", flush=True)
time.sleep(60)  # killed here, the database still open
"""


def test_commit_is_durable_before_return(db_path):
    """A change is in the file when the call returns: a process killed right
    after it, with the database still open, loses nothing."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(db_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "saved\n"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    with Database(db_path) as db:
        assert [o.name for o in db.organizations()] == ["อบต.ทันที"]


def test_an_older_file_is_copied_before_it_is_migrated(db_path, sample_report, _isolated_data_dir):
    with Database(db_path) as db:
        db.import_report(sample_report)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 0")  # as a file from before the current schema
    conn.close()
    before = dump_db(db_path)
    with Database(db_path) as db:
        assert len(db.summaries()) == 1
    copies = list((_isolated_data_dir / "backups" / "before-upgrade").glob("itadesk-v0-*.db"))
    assert len(copies) == 1
    assert dump_db(copies[0]) == before
    assert [p.name for p in copies[0].parent.iterdir()] == [copies[0].name]  # no temporary, -wal or -shm file
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION


def test_an_older_file_is_not_migrated_when_its_copy_cannot_be_kept(
    db_path, sample_report, _isolated_data_dir
):
    with Database(db_path) as db:
        db.import_report(sample_report)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    before = dump_db(db_path)
    (_isolated_data_dir / "backups").mkdir(parents=True, exist_ok=True)
    (_isolated_data_dir / "backups" / "before-upgrade").write_text("in the way")
    with pytest.raises(OutputError):
        Database(db_path)
    assert dump_db(db_path) == before and _pragma(db_path, "user_version") == 0


def test_a_database_locked_by_another_program_is_busy_not_damaged(db_path):
    """Told "damaged, restore from a backup", a clerk might do just that."""
    Database(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusyError):
            Database(db_path, readonly=True)
    finally:
        other.close()


def test_no_sqlite_utils_plugin_sees_the_database(db_path):
    """Plugins installed on the machine get no hand on the clerk's connection
    (and searching for them slowed every start)."""
    code = (
        "import sys; from itadesk.storage import Database; import sqlite_utils.plugins as p; "
        "Database(sys.argv[1]).close(); Database(sys.argv[1], readonly=True).close(); print(p._plugins_loaded)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_compact_printing_added_to_a_first_version_file(db_path):
    """A file of schema 1 (before compact printing) gains the column, its
    organizations print as before, and the setting is stored."""
    with Database(db_path) as db:
        org = db.save_organization(Organization("อบต.ทดสอบ"))
    conn = sqlite3.connect(db_path)
    conn.execute("ALTER TABLE organizations DROP COLUMN compact")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_compact_printing'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Database(db_path) as db:
        assert db.organizations()[0].compact is False
        org.compact = True
        db.save_organization(org)
    with Database(db_path, readonly=True) as db:
        assert db.organizations()[0].compact is True
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION


def test_lists_deeper_than_the_app_holds_are_never_stored(sample_db):
    from itadesk.errors import ValidationError
    from itadesk.outline import MAX_LEVEL

    before = dump_db(sample_db.path)
    item = Item("ชั้นล่างสุด")
    for level in range(MAX_LEVEL):
        item = Item(f"ชั้น {MAX_LEVEL - level}", [item])
    org = sample_db.organizations()[0]
    rid = sample_db.report_id(org.id, 2568)
    with pytest.raises(ValidationError) as info:
        sample_db.save_measure(rid, Measure(title="ลึกเกินไป", steps=[item]))
    assert [p.code for p in info.value.problems] == ["too_deep"]
    assert dump_db(sample_db.path) == before
    sample_db.save_measure(rid, Measure(title="ลึกพอดี", steps=item.items))  # eight levels: kept


def test_app_tables_are_the_migrations_tables():
    from itadesk.storage import APP_TABLES, migrated_in_memory

    conn = migrated_in_memory()
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert set(APP_TABLES) == {t for t in tables if not t.startswith("_sqlite")}


def test_app_objects_are_the_migrations_objects():
    from itadesk.storage import APP_OBJECTS, app_objects_migrated

    assert app_objects_migrated() == APP_OBJECTS


def test_opening_a_current_database_for_writing_loads_no_sqlite_utils(tmp_path):
    path = tmp_path / "ita.db"
    with Database(path) as db:
        db.save_organization(Organization(name="เทศบาลตำบลทดสอบ"))
    code = (
        "import sys\n"
        "from itadesk.storage import Database\n"
        f"db = Database({str(path)!r})\n"
        "db.organizations()\n"
        "db.close()\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite_utils loaded'\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={**os.environ, "ITADESK_HOME": str(tmp_path)}
    )


def test_a_database_killed_mid_checkpoint_opens_from_its_wal(db_path, sample_report, tmp_path):
    """After a kill or power cut during a checkpoint, the file's header may
    already count pages that only the -wal holds. The file is not truncated:
    SQLite replays the -wal, and the app opens it with everything in it."""
    import shutil

    with Database(db_path) as db:
        db.import_report(sample_report)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE measures SET follow_up = ? WHERE position = 0", ("ติดตามผลทุกเดือน " * 4000,))
    conn.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # the files as a kill leaves them, the writer still open
        shutil.copy(str(db_path) + suffix, str(crashed / db_path.name) + suffix)
    conn.close()
    expected = dump_db(db_path)

    copy = crashed / db_path.name
    head = bytearray(copy.read_bytes()[:100])
    assert head[24:28] == head[92:96]  # the header's page count is taken as valid
    page_size = int.from_bytes(head[16:18], "big")
    head[28:32] = (copy.stat().st_size // page_size + 8).to_bytes(4, "big")  # pages not yet written
    with open(copy, "r+b") as fh:
        fh.write(head)
    assert Path(str(copy) + "-wal").stat().st_size > 0
    with Database(copy) as db:
        org = db.organizations()[0]
        assert db.load_report(org.id, 2568).measures[0].follow_up.startswith("ติดตามผลทุกเดือน")
    assert dump_db(copy) == expected
