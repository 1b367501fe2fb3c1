"""Backups and restores on real files: round trip, every bad file, every write fault.

Faults that a test cannot produce for real (a full stick, a stick pulled out,
a read-only stick) are simulated by making the real system call fail with the
errno the operating system would give: ``os.write`` (ENOSPC, EIO), ``os.fsync``
(EIO), ``os.replace`` (EIO) and ``tempfile.mkstemp`` (EROFS), only for files in
the destination folder. Where the machine allows it (root with mount
namespaces), ``test_real_full_and_read_only_sticks`` also runs the command line
against a real full and a real read-only file system.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils.migrations import Migrations

from itadesk import backup, drives, messages, places, storage
from itadesk.backup import (
    auto_backup,
    auto_backup_folder,
    backup_name,
    content_digest,
    expected_schema,
    inspect_backup,
    list_auto_backups,
    make_backup,
    restore_backup,
    schema_of,
)
from itadesk.backup import restore as backup_restore
from itadesk.cli import main
from itadesk.errors import (
    BackupError,
    DatabaseBusyError,
    DatabaseError,
    NewerBackupError,
    OutputError,
    SafetyBackupError,
)
from itadesk.model import Measure, Organization
from itadesk.places import safe_file_component
from itadesk.storage import SCHEMA_VERSION, Database

from .conftest import dump_db

LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 24 + b"LOGO-END"
CLERK = "นางสาวทดสอบ ใจดี"
THAI = range(0x0E00, 0x0E80)


def is_thai(text: str) -> bool:
    return any(ord(ch) in THAI for ch in text)


# --- fixtures ------------------------------------------------------------------------


@pytest.fixture
def full_db(sample_db):
    """The sample plus everything a backup must carry: a logo, odd settings,
    a second year, data that was deleted."""
    db = sample_db
    org = db.organizations()[0]
    db.save_organization(replace(org, logo=LOGO, font_path="C:\\Fonts\\THSarabunNew.ttf", digits="arabic"))
    db.new_year_from(org.id, 2568, 2569)
    db.set_setting("window.geometry", "1200x800")
    db.set_setting("clerk", CLERK)
    rid = db.report_id(org.id, 2569)
    gone = db.save_measure(rid, Measure(title="มาตรการที่ลบทิ้งแล้ว-ZQX"))
    db.delete_measure(gone.id)
    return db


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "งานอื่น.docx").write_bytes(b"PK\x03\x04 someone else's file")
    return folder


@pytest.fixture
def good(full_db, stick):
    """A backup of ``full_db`` and the dump it must give back."""
    expected = dump_db(full_db.path)
    info = make_backup(full_db, stick)
    return info, expected


@pytest.fixture
def other(tmp_path, sample_doc):
    """The database a restore goes into, holding different data."""
    doc = dict(sample_doc, fiscal_year_be=2566)
    doc["organization"] = dict(doc["organization"], name="อบต.หนองบัว")
    path = tmp_path / "other" / "itadesk.db"
    path.parent.mkdir()
    from itadesk.exchange import parse_report

    with Database(path) as db:
        db.import_report(parse_report(doc))
        db.set_setting("clerk", "คนเดิม")
        yield db


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# --- the round trip ---------------------------------------------------------------------


def test_round_trip_gives_back_everything(good, other):
    info, expected = good
    assert dump_db(other.path) != expected
    result = restore_backup(other, info.path)
    assert dump_db(other.path) == expected  # every table, the logo BLOB and the settings
    assert other.organizations()[0].logo == LOGO
    assert other.setting("clerk") == CLERK
    assert other.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert other.conn.execute("PRAGMA application_id").fetchone()[0] == storage.APP_ID
    assert other.integrity_check() == "ok"
    assert result.migrated_from is None
    assert result.safety_backup is not None and result.safety_backup.exists()
    other.close()
    assert dump_db(other.path) == expected  # and it is on disk, not only in the connection
    with Database(other.path) as again:
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_backup_file_is_whole_and_self_contained(good, stick):
    info, _ = good
    assert info.path.parent == stick
    assert info.path.name.startswith("ITADesk-เทศบาลตำบลขามทะเลสอ-") and info.path.suffix == ".itabackup"
    assert info.size == info.path.stat().st_size
    data = info.path.read_bytes()
    assert data[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert "มาตรการที่ลบทิ้งแล้ว-ZQX".encode() not in data  # deleted data does not travel
    assert listing(stick) == sorted(["งานอื่น.docx", info.path.name])  # no temporary file left
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM measures").fetchone()[0] == 10
    finally:
        conn.close()
    assert listing(stick) == sorted(["งานอื่น.docx", info.path.name])  # reading it made no -wal/-shm


def test_inspect_says_what_is_inside(good):
    info, _ = good
    m = inspect_backup(info.path)
    assert m == info.manifest
    assert [o.name for o in m.organizations] == ["เทศบาลตำบลขามทะเลสอ"]
    assert m.years == [2568, 2569] and m.report_count == 2 and m.measure_count == 10
    assert m.reason == "manual" and m.schema_version == SCHEMA_VERSION and not m.needs_migration
    assert m.created.tzinfo is not None
    assert abs((dt.datetime.now().astimezone() - m.created).total_seconds()) < 60
    lines = messages.backup_summary(m)
    assert "ปีงบประมาณ 2568 มาตรการ 5 รายการ" in lines[1] and "ปีงบประมาณ 2569 มาตรการ 5 รายการ" in lines[1]
    assert lines[-1] == "รวม 1 หน่วยงาน 2 รายงาน มาตรการ 10 รายการ"


def test_progress_is_reported(full_db, stick):
    calls = []
    info = make_backup(full_db, stick, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, info.size) and calls[-1] == (info.size, info.size)


def test_backup_of_a_read_only_database_and_the_remembered_folder(full_db, stick, tmp_path, monkeypatch):
    monkeypatch.setattr(drives, "removable_drives", lambda **kw: [])
    make_backup(full_db, stick)
    assert full_db.setting(backup.LAST_FOLDER_SETTING) == str(stick.resolve())
    assert backup.default_backup_folder(full_db) == stick.resolve()
    full_db.close()
    before = dump_db(full_db.path)
    with Database(full_db.path, readonly=True) as ro:
        info = make_backup(ro, tmp_path / "ro-copy")
    assert info.path == tmp_path / "ro-copy.itabackup" and inspect_backup(info.path).measure_count == 10
    assert dump_db(full_db.path) == before


def test_default_folder_prefers_a_stick_then_the_last_one_then_documents(full_db, tmp_path, monkeypatch):
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(places, "documents_folder", lambda: docs)
    monkeypatch.setattr(drives, "removable_drives", lambda **kw: [])
    assert backup.default_backup_folder(full_db) == docs
    full_db.set_setting(backup.LAST_FOLDER_SETTING, str(tmp_path / "gone"))  # no longer there
    assert backup.default_backup_folder(full_db) == docs
    full_db.set_setting(backup.LAST_FOLDER_SETTING, str(tmp_path))
    assert backup.default_backup_folder(full_db) == tmp_path
    (tmp_path / "stick").mkdir()
    monkeypatch.setattr(drives, "removable_drives", lambda **kw: [tmp_path / "stick"])
    assert backup.default_backup_folder(full_db) == tmp_path / "stick"
    info = make_backup(full_db)  # no destination: the stick
    assert info.path.parent == tmp_path / "stick"


def test_same_minute_gets_a_new_name_and_a_named_file_is_replaced(full_db, stick, tmp_path):
    first = make_backup(full_db, stick)
    second = make_backup(full_db, stick)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    named = make_backup(full_db, tmp_path / "mine.itabackup")
    again = make_backup(full_db, tmp_path / "mine.itabackup")  # an ITA Desk backup may be replaced
    assert named.path == again.path and inspect_backup(again.path).measure_count == 10


def test_backup_names():
    when = dt.datetime(2025, 11, 25, 14, 30)
    assert (
        backup_name(["เทศบาลตำบลขามทะเลสอ"], when) == "ITADesk-เทศบาลตำบลขามทะเลสอ-2568-11-25-1430.itabackup"
    )
    assert backup_name(["ก", "ข"], when) == "ITADesk-2568-11-25-1430.itabackup"
    assert backup_name([], when) == "ITADesk-2568-11-25-1430.itabackup"
    assert (
        backup_name(['อบต. "บ้าน/ใหม่": <ทดสอบ>?*|\\'], when)
        == "ITADesk-อบต.-บ้านใหม่-ทดสอบ-2568-11-25-1430.itabackup"
    )
    assert backup_name(["..."], when) == "ITADesk-2568-11-25-1430.itabackup"
    long = "องค์การบริหารส่วนตำบลหนองน้ำใสพัฒนาที่ยั่งยืน" * 3
    for limit in range(20, 70):
        cut = safe_file_component(long, limit)
        assert len(cut) <= limit and long.startswith(cut)
        assert unicodedata.category(long[len(cut)]) not in ("Mn", "Mc")  # no vowel or tone mark cut off


def test_expected_schema_is_what_database_creates(tmp_path):
    with Database(tmp_path / "fresh.db") as fresh:
        assert schema_of(fresh.conn) == expected_schema()
    assert backup.canonical_sql('CREATE TABLE "a" ([b] TEXT,  `c`  INTEGER)') == backup.canonical_sql(
        "create table a (b text, c integer)"
    )
    assert backup.canonical_sql("CREATE TABLE a (b TEXT DEFAULT 'X')") != backup.canonical_sql(
        "CREATE TABLE a (b TEXT DEFAULT 'x')"
    )


# --- bad backup files ------------------------------------------------------------------------


def refuse(db: Database, path: Path, exc_type=BackupError) -> BaseException:
    """Restoring ``path`` is refused before anything is touched: same error
    from inspect and restore, a Thai message, the data and the automatic
    backups folder exactly as they were."""
    before = dump_db(db.path)
    folder = auto_backup_folder(db.path)
    autos = listing(folder) if folder.exists() else []
    with pytest.raises(exc_type) as inspected:
        inspect_backup(path)
    with pytest.raises(exc_type) as restored:
        restore_backup(db, path)
    assert type(inspected.value) is type(restored.value)
    assert inspected.value.reason == restored.value.reason
    assert dump_db(db.path) == before
    assert (listing(folder) if folder.exists() else []) == autos  # not even a safety backup was needed
    text = messages.describe(restored.value)
    assert is_thai(text) and "\n" not in text and "ข้อมูลในเครื่องยังอยู่ครบเหมือนเดิม" in text
    print(f"{path.name}: {text}")
    return restored.value


def test_not_sqlite(other, tmp_path, sample_path):
    for name, data in [
        ("report.itabackup", sample_path.read_bytes()),
        ("photo.itabackup", b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(5000)),
        ("short.itabackup", b"SQLite"),
    ]:
        bad = tmp_path / name
        bad.write_bytes(data)
        exc = refuse(other, bad)
        assert exc.reason == "not_sqlite"
        assert "ไม่ใช่ไฟล์สำรองข้อมูลของ ITA Desk" in messages.describe(exc)


def test_zero_bytes_and_missing(other, tmp_path):
    empty = tmp_path / "empty.itabackup"
    empty.write_bytes(b"")
    assert refuse(other, empty).reason == "empty"
    assert refuse(other, tmp_path / "nowhere.itabackup").reason == "missing"
    assert refuse(other, tmp_path).reason == "not_file"  # a folder


@pytest.mark.parametrize("cut", ["header", "half", "page boundary", "one byte"])
def test_truncated(good, other, tmp_path, cut):
    data = good[0].path.read_bytes()
    size = {
        "header": 60,
        "half": len(data) // 2 + 100,
        "page boundary": len(data) - 4096,
        "one byte": len(data) - 1,
    }
    bad = tmp_path / "cut.itabackup"
    bad.write_bytes(data[: size[cut]])
    exc = refuse(other, bad)
    assert exc.reason == "truncated"
    assert "ไม่ครบ" in messages.describe(exc)


def _pages(data: bytes):
    size = int.from_bytes(data[16:18], "big")
    for n in range(len(data) // size):
        start = n * size
        yield n + 1, start, data[start + (100 if n == 0 else 0)]


def _flip_targets(data: bytes, manifest_text: str, title: str) -> dict[str, tuple[int, int, set[str]]]:
    """Named places in a backup: (offset, xor mask, reasons that may refuse it)."""
    checksum_hex = hashlib.sha256(manifest_text.encode()).hexdigest()
    index_leaf = next(start for n, start, kind in _pages(data) if kind == 0x0A and n > 1)
    table_leaf = next(start for n, start, kind in _pages(data) if kind == 0x0D and n > 1)
    page_size = int.from_bytes(data[16:18], "big")
    targets = {
        # a Thai letter in a measure's text turned into another valid letter: only the checksum sees it
        "measure text": (data.index(title.encode()) + 7, 0x01, {"checksum"}),
        "logo": (data.index(b"LOGO-END") - 300, 0x20, {"checksum"}),
        "setting": (data.index(CLERK.encode()) + 4, 0x01, {"checksum"}),
        "manifest document": (data.index(b'"format": "itadesk-backup"') + 12, 0x04, {"checksum"}),
        "manifest checksum": (data.index(checksum_hex.encode()) + 10, 0x01, {"checksum"}),
        "index entry": (index_leaf + page_size - 2, 0x01, {"corrupt"}),
        "table page header": (table_leaf, 0xFF, {"corrupt"}),
        "schema text": (data.index(b'CREATE TABLE "measures"') + 15, 0x01, {"corrupt", "schema"}),
        "page size": (16, 0x02, {"corrupt", "truncated"}),
        "magic": (3, 0x20, {"not_sqlite"}),
        "application id": (70, 0x10, {"foreign"}),
        "schema version": (63, 0x02, {"corrupt"}),
    }
    return targets


FLIP_NAMES = [
    "measure text", "logo", "setting", "manifest document", "manifest checksum", "index entry",
    "table page header", "schema text", "page size", "magic", "application id", "schema version",
]  # fmt: skip


@pytest.mark.parametrize("name", FLIP_NAMES)
def test_changed_bytes_are_caught(good, other, tmp_path, sample_report, name):
    info, _ = good
    data = bytearray(info.path.read_bytes())
    conn = sqlite3.connect(info.path)
    text = conn.execute("SELECT manifest FROM backup_manifest").fetchone()[0]
    conn.close()
    title = sample_report.measures[1].title
    offset, mask, reasons = _flip_targets(bytes(data), text, title)[name]
    data[offset] ^= mask
    bad = tmp_path / "flipped.itabackup"
    bad.write_bytes(bytes(data))
    exc = refuse(other, bad)
    assert exc.reason in reasons, (name, exc)


def test_changed_bytes_anywhere_never_restore_different_data(good, other, tmp_path):
    """Flip one byte at ~200 places across the whole file: each is refused
    with a Thai message, or it was a byte that holds no data (free space in a
    page, which is most of a small database): then the checksum matched, and
    a real restore of the first dozen such files gives exactly the original."""
    info, expected = good
    data = info.path.read_bytes()
    bad = tmp_path / "sweep.itabackup"
    before = dump_db(other.path)
    refused = accepted = 0
    for offset in range(0, len(data), 331):
        flipped = bytearray(data)
        flipped[offset] ^= 0x5A
        bad.write_bytes(bytes(flipped))
        try:
            inspect_backup(bad)
        except BackupError as exc:
            assert is_thai(messages.describe(exc))
            refused += 1
            continue
        accepted += 1
        if accepted > 12:
            continue
        scratch = tmp_path / f"scratch-{offset}.db"
        with Database(scratch) as target:
            restore_backup(target, bad, safety_folder=tmp_path / "safety")
        assert dump_db(scratch) == expected, offset
    assert dump_db(other.path) == before
    assert refused > 40, (refused, accepted)


def test_sqlite_file_of_another_program(other, tmp_path):
    bad = tmp_path / "places.sqlite"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://www.nacc.go.th')")
    conn.commit()
    conn.close()
    exc = refuse(other, bad)
    assert exc.reason == "foreign" and "โปรแกรมอื่น" in messages.describe(exc)
    empty_db = tmp_path / "blank.sqlite"
    sqlite3.connect(empty_db).execute("PRAGMA user_version = 1").connection.close()
    assert refuse(other, empty_db).reason in ("foreign", "truncated", "empty")


def test_the_live_database_file_is_not_a_backup(full_db, other):
    full_db.close()
    exc = refuse(other, full_db.path)
    assert exc.reason == "no_manifest"


def _rewrite(src: Path, dst: Path, change, *, resign: bool = True, **manifest_changes) -> Path:
    """Edit a backup in SQLite, then (like someone who knows the format)
    recompute its checksums so that only the other checks can refuse it."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.deserialize(src.read_bytes())
    change(conn)
    if resign:
        doc = json.loads(conn.execute("SELECT manifest FROM backup_manifest").fetchone()[0])
        doc.update(manifest_changes)
        doc["content_sha256"] = content_digest(conn)
        text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
        conn.execute(
            "UPDATE backup_manifest SET manifest = ?, checksum = ?",
            [text, hashlib.sha256(text.encode()).hexdigest()],
        )
    dst.write_bytes(conn.serialize())
    conn.close()
    return dst


def test_backup_from_a_newer_version(good, other, tmp_path):
    def newer(conn):
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.execute("ALTER TABLE measures ADD COLUMN evidence TEXT")  # what a newer version might add

    bad = _rewrite(good[0].path, tmp_path / "newer.itabackup", newer, schema_version=SCHEMA_VERSION + 1)
    exc = refuse(other, bad, NewerBackupError)
    assert messages.describe(exc).startswith("ไฟล์นี้สร้างด้วย ITA Desk รุ่นใหม่กว่า")
    bad = _rewrite(good[0].path, tmp_path / "format.itabackup", lambda c: None, format_version=2)
    refuse(other, bad, NewerBackupError)


ATTACKS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON measures BEGIN DELETE FROM organizations; END",
    "view": "CREATE VIEW all_measures AS SELECT * FROM measures",
    "table": "CREATE TABLE extra (x TEXT)",
    "index": "CREATE INDEX measures_title ON measures (title)",
    "column": "ALTER TABLE organizations ADD COLUMN note TEXT DEFAULT 'x'",
}


@pytest.mark.parametrize("kind", sorted(ATTACKS))
def test_backup_carrying_sql_of_its_own(good, other, tmp_path, kind):
    bad = _rewrite(good[0].path, tmp_path / f"{kind}.itabackup", lambda c: c.execute(ATTACKS[kind]))
    exc = refuse(other, bad)
    assert exc.reason == "schema" and "โครงสร้าง" in messages.describe(exc)
    unsigned = _rewrite(
        good[0].path, tmp_path / f"{kind}-2.itabackup", lambda c: c.execute(ATTACKS[kind]), resign=False
    )
    assert refuse(other, unsigned).reason in ("schema", "checksum")


def test_manifest_that_lies_about_the_contents(good, other, tmp_path):
    def lie(conn):
        pass

    bad = _rewrite(
        good[0].path,
        tmp_path / "lie.itabackup",
        lie,
        organizations=[{"name": "เทศบาลอื่น", "province": None, "years": [[2568, 99]]}],
    )
    assert refuse(other, bad).reason == "checksum"


# --- write faults at the destination --------------------------------------------------------


def _in_folder(fd: int, folder: Path) -> bool:
    st = os.fstat(fd)
    with os.scandir(folder) as entries:
        return any(e.inode() == st.st_ino for e in entries)


def _fault_partial_write(err):
    real = os.write

    def install(monkeypatch, folder):
        state = {"calls": 0}

        def write(fd, data):
            if not _in_folder(fd, folder):
                return real(fd, data)
            state["calls"] += 1
            if state["calls"] == 1:  # half goes out (a short write), then the device fails
                return real(fd, bytes(data[: len(data) // 2]))
            raise OSError(err, os.strerror(err))

        monkeypatch.setattr(os, "write", write)

    return install


def _fault_fsync(monkeypatch, folder):
    real = os.fsync

    def fsync(fd):
        if _in_folder(fd, folder):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _fault_replace(monkeypatch, folder):
    def replace_(src, dst):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "replace", replace_)


def _fault_readonly(monkeypatch, folder):
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def _fault_bad_stick(monkeypatch, folder):
    """A stick that silently stores a wrong byte (fake-capacity sticks do)."""
    real = os.write

    def write(fd, data):
        if _in_folder(fd, folder):
            data = bytearray(data)
            data[len(data) // 2] ^= 0x01
            real(fd, bytes(data))
            return len(data)
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)


WRITE_FAULTS = {
    "read-only stick (mkstemp: EROFS)": (_fault_readonly, "readonly", "อ่านอย่างเดียว"),
    "full stick (write: ENOSPC)": (_fault_partial_write(errno.ENOSPC), "full", "พื้นที่ในไดรฟ์เต็ม"),
    "stick pulled out mid-write (write: EIO)": (_fault_partial_write(errno.EIO), "removed", "ถอดแฟลชไดรฟ์"),
    "stick pulled out before flush (fsync: EIO)": (_fault_fsync, "removed", "ถอดแฟลชไดรฟ์"),
    "stick pulled out at rename (replace: EIO)": (_fault_replace, "removed", "ถอดแฟลชไดรฟ์"),
    "stick stores a wrong byte": (_fault_bad_stick, "verify", "อ่านกลับมาแล้วไม่ตรง"),
}


@pytest.mark.parametrize("fault", sorted(WRITE_FAULTS))
def test_write_faults_leave_nothing_behind(full_db, stick, monkeypatch, fault):
    install, reason, words = WRITE_FAULTS[fault]
    before, files = dump_db(full_db.path), listing(stick)
    install(monkeypatch, stick)
    with pytest.raises(OutputError) as caught:
        make_backup(full_db, stick)
    monkeypatch.undo()
    assert caught.value.reason == reason
    text = messages.describe(caught.value)
    assert words in text and is_thai(text)
    print(f"{fault}: {text}")
    assert listing(stick) == files  # no partial file, no temporary file
    assert dump_db(full_db.path) == before  # not even the remembered folder changed


def test_destination_problems(full_db, stick, tmp_path):
    before = dump_db(full_db.path)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("บันทึก")
    cases = [
        (a_file / "x.itabackup", "missing"),  # its "folder" is a file
        (str(tmp_path / "no-such-folder") + os.sep, "missing"),
        (a_file, "exists"),  # someone else's file is never overwritten
        (full_db.path, "refused"),  # nor the live database (fileio.check_output)
    ]
    for dest, reason in cases:
        with pytest.raises(OutputError) as caught:
            make_backup(full_db, dest)
        assert caught.value.reason == reason, dest
        print(f"{dest}: {messages.describe(caught.value)}")
    assert a_file.read_text() == "บันทึก"
    assert dump_db(full_db.path) == before
    assert not (tmp_path / "no-such-folder").exists()


def test_durability_settings(full_db, stick, monkeypatch):
    assert full_db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert full_db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        st = os.fstat(fd)
        events.append(("fsync", st.st_ino, stat.S_ISDIR(st.st_mode)))
        return real_fsync(fd)

    def replace_(src, dst):
        events.append(("replace", Path(dst).name))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace_)
    info = make_backup(full_db, stick)
    monkeypatch.undo()
    file_synced = events.index(("fsync", info.path.stat().st_ino, False))
    renamed = events.index(("replace", info.path.name))
    folder_synced = events.index(("fsync", stick.stat().st_ino, True), renamed)
    assert file_synced < renamed < folder_synced


REAL_FS = r"""
set -u
mount -t tmpfs -o "$OPTS" tmpfs "$STICK" || { echo NO-MOUNT; exit 0; }
"$PY" -m itadesk --db "$DB" backup -o "$STICK"
echo "rc=$?"
echo "files=[$(ls -A "$STICK")]"
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("unshare"), reason="Linux only")
@pytest.mark.parametrize("opts,words", [("size=24k", "พื้นที่ในไดรฟ์เต็ม"), ("ro,size=1m", "อ่านอย่างเดียว")])
def test_real_full_and_read_only_sticks(full_db, tmp_path, opts, words):
    """A real full and a real read-only file system, mounted in a private
    mount namespace (needs root and CAP_SYS_ADMIN, else skipped)."""
    full_db.close()
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    env = {**os.environ, "OPTS": opts, "STICK": str(mnt), "DB": str(full_db.path), "PY": sys.executable}
    result = subprocess.run(["unshare", "-m", "sh", "-c", REAL_FS], env=env, capture_output=True, text=True)
    if result.returncode != 0 or "NO-MOUNT" in result.stdout:
        pytest.skip("cannot mount a file system here: " + result.stderr.strip()[:100])
    assert "rc=1" in result.stdout and "files=[]" in result.stdout, result.stdout + result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    print(result.stderr.strip())


# --- restoring: the safety net ----------------------------------------------------------------


def test_safety_backup_undoes_a_restore(good, other):
    original = dump_db(other.path)
    result = restore_backup(other, good[0].path)
    autos = list_auto_backups(other.path)
    assert autos[0].path == result.safety_backup and autos[0].reason == "restore"
    assert inspect_backup(result.safety_backup).organizations[0].name == "อบต.หนองบัว"
    restore_backup(other, result.safety_backup)
    assert dump_db(other.path) == original


def test_restore_into_an_empty_database_needs_no_safety_backup(good, tmp_path):
    with Database(tmp_path / "new-pc.db") as fresh:
        result = restore_backup(fresh, good[0].path)
        assert result.safety_backup is None
    assert dump_db(tmp_path / "new-pc.db") == good[1]


def test_safety_backup_that_cannot_be_written_stops_the_restore(good, other, monkeypatch):
    folder = auto_backup_folder(other.path)
    folder.mkdir(parents=True)
    before = dump_db(other.path)
    _fault_partial_write(errno.ENOSPC)(monkeypatch, folder)
    with pytest.raises(SafetyBackupError) as caught:
        restore_backup(other, good[0].path)
    monkeypatch.undo()
    text = messages.describe(caught.value)
    assert text.startswith("ยังไม่ได้กู้คืน") and "เต็ม" in text
    print(text)
    assert dump_db(other.path) == before
    assert listing(folder) == []


@pytest.mark.parametrize("reason", ["readonly", "full", "missing", "removed", "other"])
def test_a_refused_safety_backup_says_what_to_do(reason):
    text = messages.describe(SafetyBackupError(path="/x/backups", reason=reason, detail=""))
    assert text.startswith("ยังไม่ได้กู้คืน") and "ลองอีกครั้ง" in text and "ยังอยู่ครบ" in text


def test_failed_verification_puts_the_old_data_back(good, other, monkeypatch):
    before = dump_db(other.path)
    monkeypatch.setattr(
        backup_restore, "_verify_live", lambda db, checksum: "simulated: restored data differs"
    )
    with pytest.raises(BackupError) as caught:
        restore_backup(other, good[0].path)
    assert caught.value.reason == "corrupt"
    assert dump_db(other.path) == before


def test_restore_while_the_database_is_open_elsewhere(good, other):
    info, expected = good
    assert other.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader = sqlite3.connect(other.path)
    ro = Database(other.path, readonly=True)
    try:
        assert reader.execute("SELECT name FROM organizations").fetchall() == [("อบต.หนองบัว",)]
        restore_backup(other, info.path)
        assert reader.execute("SELECT name FROM organizations").fetchall() == [("เทศบาลตำบลขามทะเลสอ",)]
        assert [o.name for o in ro.organizations()] == ["เทศบาลตำบลขามทะเลสอ"]
        with pytest.raises(DatabaseBusyError):  # the writer lock was kept throughout
            Database(other.path)
    finally:
        reader.close()
        ro.close()
    assert other.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()
    assert dump_db(other.path) == expected


def test_backup_with_another_page_size(good, other, tmp_path):
    odd = tmp_path / "1k.itabackup"
    shutil.copy(good[0].path, odd)
    conn = sqlite3.connect(odd, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 1024
    conn.close()
    assert inspect_backup(odd).checksum == good[0].manifest.checksum
    restore_backup(other, odd)
    assert dump_db(other.path) == good[1]
    assert listing(other.path.parent) == ["itadesk.db", "itadesk.db-shm", "itadesk.db-wal", "itadesk.db.lock"]


def _newer_version(monkeypatch, migration):
    """The app as a newer version with one more migration: this version's
    migrations (registered again through sqlite-utils' public API), then ``migration``."""
    newer = Migrations(storage.migrations().name)
    for name in storage.MIGRATION_NAMES:
        newer(name=name)(getattr(storage, name))
    newer(name=migration.__name__)(migration)
    monkeypatch.setattr(storage, "migrations", lambda: newer)
    monkeypatch.setattr(storage, "MIGRATION_NAMES", [*storage.MIGRATION_NAMES, migration.__name__])
    monkeypatch.setattr(storage, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def test_a_failed_upgrade_of_a_restored_backup_puts_the_data_back(tmp_path, sample_report, monkeypatch):
    with Database(tmp_path / "v1.db") as old:
        old.import_report(sample_report)
        info = make_backup(old, tmp_path)
    armed = []

    def m002_notes(d):
        d["organizations"].add_column("notes", str)
        if armed and d.execute("PRAGMA database_list").fetchone()[2]:  # the live file, not expected_schema's
            d.execute("SELECT no_such_column FROM organizations")

    _newer_version(monkeypatch, m002_notes)
    with Database(tmp_path / "v2.db") as db:
        db.save_organization(Organization(name="เทศบาลตำบลบ้านใหม่"))
        before = dump_db(db.path)
        armed.append(True)
        with pytest.raises(DatabaseError):
            restore_backup(db, info.path)
        assert dump_db(db.path) == before
        assert [o.name for o in db.organizations()] == ["เทศบาลตำบลบ้านใหม่"]


def test_backup_from_an_older_version_is_upgraded(tmp_path, sample_report, monkeypatch):
    with Database(tmp_path / "v1.db") as old:
        old.import_report(sample_report)
        info = make_backup(old, tmp_path)

    def m002_notes(d):
        d["organizations"].add_column("notes", str)

    _newer_version(monkeypatch, m002_notes)
    manifest = inspect_backup(info.path)
    assert manifest.needs_migration
    assert any("รุ่นก่อน" in line for line in messages.backup_summary(manifest))
    with Database(tmp_path / "v2.db") as db:
        result = restore_backup(db, info.path)
        assert result.migrated_from == SCHEMA_VERSION
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert "notes" in db.db["organizations"].columns_dict
        restored = db.load_report(db.organizations()[0].id, 2568).measures
        assert [replace(m, id=None) for m in restored] == sample_report.measures


# --- automatic backups ------------------------------------------------------------------------


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 11, day, hour, minute).astimezone()


def test_auto_backup_on_close(full_db, _isolated_data_dir):
    folder = auto_backup_folder(full_db.path)
    assert folder.parent == _isolated_data_dir / "backups"
    first = auto_backup(full_db, reason="close", now=_at(3, 9))
    assert first.path.parent == folder and first.manifest.reason == "close"
    assert auto_backup(full_db, reason="close", now=_at(3, 10)) is None  # nothing changed
    full_db.set_setting("x", "1")
    second = auto_backup(full_db, reason="close", now=_at(3, 11))
    assert [b.path for b in list_auto_backups(full_db.path)] == [second.path, first.path]
    assert inspect_backup(second.path).reason == "close"


def test_the_last_ten_are_kept(full_db):
    made = []
    for i in range(13):
        full_db.set_setting("edit", str(i))
        made.append(auto_backup(full_db, reason="close", now=_at(4, 8, i)).path)
    autos = list_auto_backups(full_db.path)
    assert [b.path for b in autos] == made[::-1][:10]
    assert all(not p.exists() for p in made[:3])


def test_daily_backup_at_most_once_a_day(full_db):
    assert auto_backup(full_db, reason="daily", now=_at(5, 8)) is not None
    full_db.set_setting("edit", "a")
    assert auto_backup(full_db, reason="daily", now=_at(5, 17)) is None
    assert auto_backup(full_db, reason="daily", now=_at(6, 8)) is not None
    assert [b.reason for b in list_auto_backups(full_db.path)] == ["daily", "daily"]


def test_auto_backup_of_nothing_and_of_the_default_database(db, _isolated_data_dir, sample_report):
    assert auto_backup(db, reason="close") is None  # an empty database
    with Database(storage.default_db_path()) as live:
        live.import_report(sample_report)
        info = auto_backup(live, reason="close")
    assert info.path.parent == _isolated_data_dir / "backups"
    assert list_auto_backups()[0].path == info.path


def test_stale_temporary_files_are_cleared(full_db, stick):
    """What a backup killed mid-write leaves (hidden, in the destination) is
    removed by a later backup to the same place, once it is an hour old."""
    folder = auto_backup_folder(full_db.path)
    folder.mkdir(parents=True)
    for where, name in ((folder, "ITADesk-auto-2025-11-01-080000"), (stick, "ITADesk-2025-11-01-0800")):
        stale = where / f".{name}.itabackup.abc.tmp"
        fresh = where / f".{name}.itabackup.def.tmp"
        for p in (stale, fresh):
            p.write_bytes(b"half a backup")
        os.utime(stale, (1, 1))
        if where == folder:
            auto_backup(full_db, reason="close")
        else:
            make_backup(full_db, stick)
        assert not stale.exists() and fresh.exists()


def test_stale_restore_files_beside_the_database_are_cleared(good, other):
    """A restore killed while staging a copy of another page size leaves a
    hidden file (and its journal) beside the live database."""
    stale = [other.path.parent / f".ITADesk-restore.itabackup.abc.tmp{end}" for end in ("", "-journal")]
    for p in stale:
        p.write_bytes(b"half a copy")
        os.utime(p, (1, 1))
    restore_backup(other, good[0].path)
    assert not any(p.exists() for p in stale)


# --- where the live database is --------------------------------------------------------------


def test_removable_and_network_drives(tmp_path):
    sys_block = tmp_path / "sys" / "block"
    for disk, removable in (("sda", "0"), ("sdb", "1"), ("mmcblk0", "1")):
        (sys_block / disk).mkdir(parents=True)
        (sys_block / disk / "removable").write_text(removable + "\n")
    stick = tmp_path / "KINGSTON"
    card = tmp_path / "SD CARD"
    locked = tmp_path / "LOCKED"
    for p in (stick, card, locked):
        p.mkdir()
    card_escaped = str(card).replace(" ", "\\040")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"/dev/sdb1 {stick} vfat rw,nosuid,nodev 0 0\n"
        f"/dev/mmcblk0p1 {card_escaped} exfat rw 0 0\n"
        f"/dev/sdb2 {locked} vfat ro 0 0\n"
        "//server/share /mnt/share cifs rw 0 0\n"
        "/dev/sdc1 /media/clerk/USB\\040DISK ntfs3 rw 0 0\n"
    )
    assert drives.removable_drives(mounts=mounts, sys_block=sys_block) == [stick, card]
    where = lambda p: drives._linux_location(Path(p), mounts, sys_block)  # noqa: E731
    assert where(stick / "itadesk.db") == "removable"
    assert where(card / "ITADesk" / "itadesk.db") == "removable"
    assert where("/mnt/share/itadesk.db") == "network"
    assert where("/media/clerk/USB DISK/itadesk.db") == "removable"
    assert where(tmp_path / "itadesk.db") is None
    assert drives.is_unsafe_location(tmp_path / "itadesk.db") is None  # this machine's disk


# --- the command line --------------------------------------------------------------------------


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if monkeypatch is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_and_restore(capsys, full_db, stick, tmp_path, monkeypatch):
    full_db.close()
    expected = dump_db(full_db.path)
    code, out, err = run(capsys, "--db", full_db.path, "backup", "-o", stick)
    assert code == 0, err
    made = [p for p in stick.iterdir() if p.suffix == ".itabackup"]
    assert len(made) == 1
    assert out.startswith(f"สำรองข้อมูลแล้ว: {made[0]} ขนาด ") and "กิโลไบต์" in out
    assert "ปีงบประมาณ 2569 มาตรการ 5 รายการ" in out
    print(out)

    target = tmp_path / "pc2.db"
    code, out, err = run(capsys, "--db", target, "restore", made[0], monkeypatch=monkeypatch, stdin="")
    assert code == 1 and err.strip() == messages.RESTORE_NO_ANSWER
    assert "ไฟล์สำรองข้อมูลนี้สร้างเมื่อ" in out and "มาตรการ 10 รายการ" in out
    code, out, err = run(capsys, "--db", target, "restore", made[0], monkeypatch=monkeypatch, stdin="n\n")
    assert code == 1 and messages.RESTORE_DECLINED in err  # a refusal, on stderr (issue 12)
    assert "ขามทะเลสอ" not in "".join(dump_db(target))
    code, out, err = run(capsys, "--db", target, "restore", made[0], monkeypatch=monkeypatch, stdin="y\n")
    assert code == 0, err
    assert "กู้คืนข้อมูลแล้ว: 1 หน่วยงาน 2 รายงาน มาตรการ 10 รายการ" in out
    print(out)
    # restore with --yes over data: says where the old data went
    code, out, err = run(capsys, "--db", target, "restore", made[0], "--yes")
    assert code == 0 and "ข้อมูลเดิมก่อนกู้คืนถูกสำรองไว้ที่" in out
    dump = dump_db(target)
    assert [line for line in dump if "last_backup_folder" not in line] == [
        line for line in expected if "last_backup_folder" not in line
    ]


def test_cli_backup_while_the_window_has_the_database(capsys, full_db, stick):
    code, out, err = run(capsys, "--db", full_db.path, "backup", "-o", stick / "open.itabackup")
    assert code == 0, err
    assert inspect_backup(stick / "open.itabackup").measure_count == 10


def test_cli_refusals_are_one_thai_line(capsys, full_db, tmp_path, monkeypatch):
    bad = tmp_path / "bad.itabackup"
    bad.write_bytes(b"not a backup at all")
    full_db.close()
    before = dump_db(full_db.path)
    code, out, err = run(capsys, "--db", full_db.path, "restore", bad, "--yes")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and is_thai(err)
    assert dump_db(full_db.path) == before
    code, out, err = run(capsys, "--db", tmp_path / "missing.db", "backup", "-o", tmp_path)
    assert code == 1 and "ไม่พบฐานข้อมูล" in err
    monkeypatch.setattr(drives, "is_unsafe_location", lambda p: "network")
    code, out, err = run(capsys, "--db", full_db.path, "list")
    assert code == 0 and err.startswith("คำเตือน: ฐานข้อมูล") and "ไดรฟ์เครือข่าย" in err


def test_cli_restore_while_the_window_has_the_database(capsys, good, other):
    before = dump_db(other.path)
    code, out, err = run(capsys, "--db", other.path, "restore", good[0].path, "--yes")
    assert code == 1 and "กำลังถูกใช้งาน" in err and len(err.strip().splitlines()) == 1
    assert dump_db(other.path) == before


def test_a_stick_that_fails_while_reading(good, other, monkeypatch):
    """EIO while reading the backup (simulated: the real read call raises)."""
    import builtins

    real_open = builtins.open
    target = good[0].path

    class Failing:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def read(self, *args):
            if args:  # the header reads fine, then the stick goes away
                return self.fh.read(*args)
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    def fake_open(path, *args, **kwargs):
        fh = real_open(path, *args, **kwargs)
        return Failing(fh) if Path(path) == target else fh

    monkeypatch.setattr(builtins, "open", fake_open)
    exc = refuse(other, target)
    assert exc.reason == "unreadable" and "ตรวจสอบแฟลชไดรฟ์" in messages.describe(exc)


def test_a_measure_not_named_yet_is_backed_up_and_restored(sample_db, tmp_path):
    """The window stores a new measure before the clerk names it; a backup
    made then (automatic or not) must not refuse it."""
    from itadesk.backup import make_backup, restore_backup
    from itadesk.model import Measure

    org = sample_db.organizations()[0]
    rid = sample_db.report_id(org.id, 2568)
    sample_db.save_measure(rid, Measure(title=""))
    before = dump_db(sample_db.path)
    info = make_backup(sample_db, tmp_path / "untitled")
    with Database(tmp_path / "restored.db") as other:
        restore_backup(other, info.path, safety_folder=tmp_path / "safety")
        report = other.load_report(other.organizations()[0].id, 2568)
    assert [m.title for m in report.measures][-1] == ""
    remembered = [line for line in dump_db(sample_db.path) if "last_backup_folder" not in line]
    assert remembered == before  # nothing else changed


@given(st.text(alphabet="\\\\01234567 abc/", max_size=24))
def test_unescape_mount_matches_the_regex_alone(text: str) -> None:
    """The shortcut for fields without a backslash changes nothing: the same
    text as the regex's substitution, for any mix of escapes and plain text."""
    import re

    expected = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)
    assert drives._unescape_mount(text) == expected
