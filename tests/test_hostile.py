"""Hostile inputs through the command line, each in a process of its own.

Every case checks the promise of issue 12: the expected exit code, no
traceback, a Thai last line on stderr, the database exactly as it was, no
stray file anywhere in the case's folder (the log in the data folder aside),
and an answer within its timeout (a FIFO must never hang a command).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from itadesk.backup import make_backup
from itadesk.backup.fileformat import content_digest, sha256
from itadesk.exchange import load_report
from itadesk.resources import SAMPLE_REPORT, resource
from itadesk.storage import Database

THAI = re.compile("[\u0e00-\u0e7f]")
POSIX = os.name == "posix"
ROOT = POSIX and os.geteuid() == 0


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]  # formatted with db, tmp, home, sample
    code: int = 1
    says: str = ""  # a piece of the last line on stderr
    setup: Callable[[Path], None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    stdin: str = ""
    timeout: float = 60
    posix_only: bool = False
    may_create: tuple[str, ...] = ()  # relative to tmp: files the command may leave
    remembers_folder: bool = False  # a backup made: the database remembers its folder, nothing else
    file_size_limit: int | None = None  # bytes: the child runs under `ulimit -f` (POSIX)


def _fifo(name: str) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        os.mkfifo(tmp / name)

    return make


def _file(name: str, data: bytes) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        (tmp / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_bytes(data)

    return make


def _sparse(name: str, megabytes: int, head: bytes = b"{") -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        with open(tmp / name, "wb") as fh:
            fh.write(head)
            fh.truncate(megabytes * 1024 * 1024)

    return make


def _variant(name: str, kind: str) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        data = bytearray((tmp / "data.db").read_bytes())
        if kind == "newer":
            data[60:64] = (99).to_bytes(4, "big")
        elif kind == "truncated":
            data = data[: len(data) // 2]
        elif kind == "foreign":
            data[68:72] = (0x12345678).to_bytes(4, "big")
        (tmp / name).write_bytes(bytes(data))

    return make


def _tampered(name: str, sql: str, *params: object) -> Callable[[Path], None]:
    """The good backup with ``sql`` applied and both checksums recomputed, as
    anyone can: only validating every row can refuse it."""

    def make(tmp: Path) -> None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.deserialize((tmp / "good.itabackup").read_bytes())
            conn.execute(sql, params)
            doc = json.loads(conn.execute("SELECT manifest FROM backup_manifest").fetchone()[0])
            doc["content_sha256"] = content_digest(conn)
            text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
            conn.execute(
                "UPDATE backup_manifest SET manifest = ?, checksum = ?", [text, sha256(text.encode())]
            )
            image = bytearray(conn.serialize())
        finally:
            conn.close()
        image[18:20] = b"\x01\x01"
        (tmp / name).write_bytes(bytes(image))

    return make


def _deep(levels: int) -> str:
    """Stored steps whose first item has ``levels`` levels of sub-items."""
    return "[" + '["x",[' * levels + '"x"' + "]]" * levels + "]"


def _live(sql: str, *params: object) -> Callable[[Path], None]:
    """The case's database edited by another program."""

    def make(tmp: Path) -> None:
        conn = sqlite3.connect(tmp / "data.db")
        try:
            with conn:
                conn.execute(sql, params)
        finally:
            conn.close()

    return make


def _fake_ita_database(tmp: Path) -> None:
    """Marked as ITA Desk's (application id, schema version), holding none of its tables."""
    from itadesk.storage import APP_ID, SCHEMA_VERSION

    conn = sqlite3.connect(tmp / "fake.db")
    try:
        conn.execute(f"PRAGMA application_id = {APP_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
    finally:
        conn.close()


def _escaped_sample(path: Path) -> None:
    doc = json.loads(resource(*SAMPLE_REPORT).read_text(encoding="utf-8"))
    doc["measures"][0]["title"] = "\x1b[2J\x1b]0;pwned\x07" + doc["measures"][0]["title"]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _mkdir(name: str) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        (tmp / name).mkdir(parents=True, exist_ok=True)

    return make


def _copy_font(name: str) -> Callable[[Path], None]:
    def make(tmp: Path) -> None:
        shutil.copy(resource("fonts", "Sarabun-Regular.ttf"), tmp / name)

    return make


LONG = ("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" * 2)[:80]  # 240 bytes
PDF = ("pdf", "--year", "2568")
EXPORT = ("export-json", "--year", "2568")
DB = ("--db", "{db}")

CASES: list[Case] = [
    # 1. outputs that must never be replaced
    Case(
        "backup over the file size limit (ulimit -f)",
        (*DB, "backup", "-o", "{tmp}/out.itabackup"),
        says="ใหญ่เกิน",
        posix_only=True,
        # room for the database's 32 KB shared-memory file, not for the 68 KB backup
        file_size_limit=40 * 1024,
    ),
    Case(
        "import of a title with terminal escapes",
        (*DB, "import", "{tmp}/escape.json", "--replace"),
        says="อักขระควบคุม",
        setup=lambda tmp: _escaped_sample(tmp / "escape.json"),
    ),
    Case(
        "list of a fake ITA database",
        ("--db", "{tmp}/fake.db", "list"),
        says="ไม่ใช่ฐานข้อมูลของ ITA Desk",
        setup=_fake_ita_database,
    ),
    Case(
        "import into a fake ITA database",
        ("--db", "{tmp}/fake.db", "import", "{sample}"),
        says="ไม่ใช่ฐานข้อมูลของ ITA Desk",
        setup=_fake_ita_database,
    ),
    Case(
        "import into a database with a planted trigger",
        (*DB, "import", "{sample}", "--replace"),
        says="โปรแกรมอื่น",
        setup=_live("CREATE TRIGGER evil AFTER INSERT ON measures BEGIN DELETE FROM organizations; END"),
    ),
    Case(
        "list of a database with a planted view",
        (*DB, "list"),
        code=0,
        says="มาตรการ",
        setup=_live("CREATE VIEW spy AS SELECT * FROM organizations"),
    ),
    Case("pdf over the database", (*DB, *PDF, "-o", "{db}"), says="ฐานข้อมูล"),
    Case("export-json over the database", (*DB, *EXPORT, "-o", "{db}"), says="ฐานข้อมูล"),
    Case("backup over the database", (*DB, "backup", "-o", "{db}"), says="ฐานข้อมูล"),
    Case("pdf over the -wal", (*DB, *PDF, "-o", "{db}-wal"), says="ฐานข้อมูล"),
    Case("pdf over the -shm", (*DB, *PDF, "-o", "{db}-shm"), says="ฐานข้อมูล"),
    Case("export-json over the -journal", (*DB, *EXPORT, "-o", "{db}-journal"), says="ฐานข้อมูล"),
    Case("pdf over the .lock", (*DB, *PDF, "-o", "{db}.lock"), says="ฐานข้อมูล"),
    Case("backup over the .lock", (*DB, "backup", "-o", "{db}.lock"), says="ฐานข้อมูล"),
    Case(
        "pdf over the database by another name",
        (*DB, *PDF, "-o", "{tmp}/./sub/../data.db"),
        says="ฐานข้อมูล",
        setup=_mkdir("sub"),
    ),
    Case(
        "pdf over a hard link to the database",
        (*DB, *PDF, "-o", "{tmp}/link.db"),
        says="ฐานข้อมูล",
        setup=lambda tmp: os.link(tmp / "data.db", tmp / "link.db"),
    ),
    Case(
        "pdf into the backups folder",
        (*DB, *PDF, "-o", "{home}/backups/x.pdf"),
        says="โฟลเดอร์สำรองข้อมูล",
        setup=lambda tmp: (tmp / "home" / "backups").mkdir(parents=True),
    ),
    Case(
        "backup into the backups folder",
        (*DB, "backup", "-o", "{home}/backups/mine.itabackup"),
        says="โฟลเดอร์สำรองข้อมูล",
        setup=lambda tmp: (tmp / "home" / "backups").mkdir(parents=True),
    ),
    Case(
        "pdf over its own font",
        (*DB, *PDF, "--font", "{tmp}/f.ttf", "-o", "{tmp}/f.ttf"),
        says="กำลังอ่าน",
        setup=_copy_font("f.ttf"),
    ),
    Case(
        "pdf over a folder", (*DB, *PDF, "-o", "{tmp}/afolder"), says="ไม่ใช่ไฟล์ธรรมดา", setup=_mkdir("afolder")
    ),
    Case(
        "export-json over a folder",
        (*DB, *EXPORT, "-o", "{tmp}/afolder"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_mkdir("afolder"),
    ),
    Case(
        "pdf over a FIFO",
        (*DB, *PDF, "-o", "{tmp}/p.pdf"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_fifo("p.pdf"),
        posix_only=True,
        timeout=30,
    ),
    Case(
        "export-json to /dev/null", (*DB, *EXPORT, "-o", "/dev/null"), says="ไม่ใช่ไฟล์ธรรมดา", posix_only=True
    ),
    Case("pdf to /dev/full", (*DB, *PDF, "-o", "/dev/full"), says="ไม่ใช่ไฟล์ธรรมดา", posix_only=True),
    Case("backup to /dev/null", (*DB, "backup", "-o", "/dev/null"), says="ไม่ใช่ไฟล์ธรรมดา", posix_only=True),
    # 4. inputs that are not regular files, or too big to read
    Case(
        "import a FIFO",
        (*DB, "import", "{tmp}/in.json"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_fifo("in.json"),
        posix_only=True,
        timeout=30,
    ),
    Case(
        "import a FIFO named .docx",
        (*DB, "import", "{tmp}/in.docx"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_fifo("in.docx"),
        posix_only=True,
        timeout=30,
    ),
    Case(
        "restore a FIFO",
        (*DB, "restore", "--yes", "{tmp}/in.itabackup"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_fifo("in.itabackup"),
        posix_only=True,
        timeout=30,
    ),
    Case(
        "pdf with a FIFO as font",
        (*DB, *PDF, "--font", "{tmp}/f.ttf", "-o", "{tmp}/out.pdf"),
        says="แบบอักษร",
        setup=_fifo("f.ttf"),
        posix_only=True,
        timeout=30,
    ),
    Case(
        "list a FIFO as database",
        ("--db", "{tmp}/fifo.db", "list"),
        says="ITA Desk",
        setup=_fifo("fifo.db"),
        posix_only=True,
        timeout=30,
    ),
    Case("import /dev/zero", (*DB, "import", "/dev/zero"), says="ไม่ใช่ไฟล์ธรรมดา", posix_only=True, timeout=30),
    Case(
        "restore /dev/zero",
        (*DB, "restore", "--yes", "/dev/zero"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        posix_only=True,
        timeout=30,
    ),
    Case("import a folder", (*DB, "import", "{tmp}/afolder"), says="ไม่ใช่ไฟล์ธรรมดา", setup=_mkdir("afolder")),
    Case(
        "restore a folder",
        (*DB, "restore", "--yes", "{tmp}/afolder"),
        says="ไม่ใช่ไฟล์ธรรมดา",
        setup=_mkdir("afolder"),
    ),
    Case(
        "import a 300 MB JSON",
        (*DB, "import", "{tmp}/big.json"),
        says="ใหญ่เกิน",
        setup=_sparse("big.json", 300),
        posix_only=True,
    ),
    Case(
        "import a 300 MB .docx",
        (*DB, "import", "{tmp}/big.docx"),
        says="ใหญ่เกิน",
        setup=_sparse("big.docx", 300),
        posix_only=True,
    ),
    Case(
        "restore a 1.1 GB backup",
        (*DB, "restore", "--yes", "{tmp}/big.itabackup"),
        says="ใหญ่เกินกว่าไฟล์สำรอง",
        setup=_sparse("big.itabackup", 1100, head=b"SQLite format 3\x00"),
        posix_only=True,
    ),
    # 5. read commands never create or change a file
    Case(
        "list an empty file",
        ("--db", "{tmp}/empty.db", "list"),
        code=0,
        says="ว่าง",
        setup=_file("empty.db", b""),
    ),
    Case(
        "pdf from an empty file",
        ("--db", "{tmp}/empty.db", *PDF, "-o", "{tmp}/o.pdf"),
        says="ยังไม่มีหน่วยงาน",
        setup=_file("empty.db", b""),
    ),
    Case(
        "export-json from an empty file",
        ("--db", "{tmp}/empty.db", *EXPORT, "-o", "{tmp}/o.json"),
        says="ยังไม่มีหน่วยงาน",
        setup=_file("empty.db", b""),
    ),
    Case(
        "backup of an empty file",
        ("--db", "{tmp}/empty.db", "backup", "-o", "{tmp}/b.itabackup"),
        code=0,
        setup=_file("empty.db", b""),
        may_create=("b.itabackup",),
    ),
    Case(
        "list a newer database",
        ("--db", "{tmp}/new.db", "list"),
        says="รุ่นใหม่กว่า",
        setup=_variant("new.db", "newer"),
    ),
    Case(
        "pdf from a newer database",
        ("--db", "{tmp}/new.db", *PDF, "-o", "{tmp}/o.pdf"),
        says="รุ่นใหม่กว่า",
        setup=_variant("new.db", "newer"),
    ),
    Case(
        "import into a newer database",
        ("--db", "{tmp}/new.db", "import", "{sample}"),
        says="รุ่นใหม่กว่า",
        setup=_variant("new.db", "newer"),
    ),
    Case(
        "list a truncated database",
        ("--db", "{tmp}/cut.db", "list"),
        says="ไม่ใช่ฐานข้อมูล",
        setup=_variant("cut.db", "truncated"),
    ),
    Case(
        "list another program's database",
        ("--db", "{tmp}/other.db", "list"),
        says="โปรแกรมอื่น",
        setup=_variant("other.db", "foreign"),
    ),
    Case(
        "list a text file as database",
        ("--db", "{tmp}/notes.db", "list"),
        says="ไม่ใช่ฐานข้อมูล",
        setup=_file("notes.db", "บันทึกการประชุม".encode()),
    ),
    Case(
        "import into an empty default database",
        ("import", "{sample}"),
        says="ว่างเปล่า",
        setup=_file("home/itadesk.db", b""),
    ),
    # 2. a data folder or log that cannot be written never breaks a command
    Case(
        "import with the data folder /dev/null",
        ("import", "{sample}"),
        says="ไม่พบฐานข้อมูล",
        env={"ITADESK_HOME": "/dev/null"},
        posix_only=True,
    ),
    Case(
        "pdf with the data folder /dev/null",
        (*DB, *PDF, "-o", "{tmp}/o.pdf"),
        code=0,
        says="PDF",
        env={"ITADESK_HOME": "/dev/null"},
        posix_only=True,
        may_create=("o.pdf",),
    ),
    Case(
        "list with the data folder a file",
        (*DB, "list"),
        code=0,
        env={"ITADESK_HOME": "{tmp}/afile"},
        setup=_file("afile", b"x"),
    ),
    Case("list with the log a folder", (*DB, "list"), code=0, setup=_mkdir("home/itadesk.log")),
    Case(
        "failing pdf with the log on a full disk",
        (*DB, "pdf", "--year", "2555", "-o", "{tmp}/o.pdf"),
        says="ยังไม่มีรายงานปี",
        setup=lambda tmp: os.symlink("/dev/full", tmp / "home" / "itadesk.log"),
        posix_only=True,
    ),
    # 6. paths
    Case("backup to a missing folder/", (*DB, "backup", "-o", "{tmp}/missing/"), says="ไม่พบโฟลเดอร์ปลายทาง"),
    Case(
        "pdf to an 80-letter Thai name",
        (*DB, *PDF, "-o", "{tmp}/" + LONG + ".pdf"),
        code=0,
        says="PDF",
        may_create=(LONG + ".pdf",),
    ),
    Case(
        "export-json to an 80-letter Thai name",
        (*DB, *EXPORT, "-o", "{tmp}/" + LONG + ".json"),
        code=0,
        may_create=(LONG + ".json",),
    ),
    Case(
        "backup to an 80-letter Thai name",
        (*DB, "backup", "-o", "{tmp}/" + LONG + ".itabackup"),
        code=0,
        may_create=(LONG + ".itabackup",),
        remembers_folder=True,
    ),
    # 3. a tampered backup (checksums recomputed) is refused before anything is replaced
    Case(
        "restore units='garbage'",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="ไม่ถูกต้อง",
        setup=_tampered("t.itabackup", "UPDATE organizations SET units = 'garbage'"),
    ),
    Case(
        "restore steps='not json {'",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="ไม่ถูกต้อง",
        setup=_tampered("t.itabackup", "UPDATE measures SET steps = 'not json {'"),
    ),
    Case(
        "restore period_start='garbage'",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="วันที่ไม่ถูกต้อง",
        setup=_tampered("t.itabackup", "UPDATE measures SET period_start = 'garbage'"),
    ),
    Case(
        "restore steps 100,000 deep",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="ไม่ถูกต้อง",
        setup=_tampered("t.itabackup", "UPDATE measures SET steps = ?", _deep(100_000)),
    ),
    Case(
        "restore steps 9 levels deep",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="ลึกเกินไป",
        setup=_tampered("t.itabackup", "UPDATE measures SET steps = ?", _deep(8)),
    ),
    Case(
        "restore digits='klingon'",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="thai หรือ arabic",
        setup=_tampered("t.itabackup", "UPDATE organizations SET digits = 'klingon'"),
    ),
    Case(
        "restore a text year",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="ไม่ถูกต้อง",
        setup=_tampered("t.itabackup", "UPDATE reports SET fiscal_year_be = 'สองห้าหกแปด'"),
    ),
    Case(
        "restore a count of 10^30",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="จำนวนเต็ม",
        setup=_tampered("t.itabackup", "UPDATE measures SET target_count = 1e30"),
    ),
    Case(
        "restore a planted trigger",
        (*DB, "restore", "--yes", "{tmp}/t.itabackup"),
        says="โครงสร้าง",
        setup=_tampered(
            "t.itabackup", "CREATE TRIGGER t AFTER INSERT ON measures BEGIN DELETE FROM reports; END"
        ),
    ),
    # 7. messages
    Case(
        "--year 10^30", (*DB, "pdf", "--year", "1" + "0" * 30, "-o", "{tmp}/o.pdf"), code=2, says="ปีงบประมาณ"
    ),
    Case(
        "--year of 5,000 digits",
        (*DB, "export-json", "--year", "9" * 5000, "-o", "{tmp}/o.json"),
        code=2,
        says="ปีงบประมาณ",
    ),
    Case("--year in words", (*DB, "pdf", "--year", "สองห้าหกแปด", "-o", "{tmp}/o.pdf"), code=2, says="ตัวเลข"),
    Case("restore answered n", (*DB, "restore", "{tmp}/good.itabackup"), says="ยกเลิกการกู้คืน", stdin="n\n"),
    # 3. a live database edited by another program: the broken record is named
    Case(
        "list with units='garbage'",
        (*DB, "list"),
        says="เสียหาย",
        setup=_live("UPDATE organizations SET units = 'garbage'"),
    ),
    Case(
        "pdf with digits='klingon'",
        (*DB, *PDF, "-o", "{tmp}/o.pdf"),
        says="เสียหาย",
        setup=_live("UPDATE organizations SET digits = 'klingon'"),
    ),
    Case(
        "pdf with steps='not json {'",
        (*DB, *PDF, "-o", "{tmp}/o.pdf"),
        says="ขั้นตอน",
        setup=_live("UPDATE measures SET steps = 'not json {'"),
    ),
    Case(
        "export-json with period_start='garbage'",
        (*DB, *EXPORT, "-o", "{tmp}/o.json"),
        says="เสียหาย",
        setup=_live("UPDATE measures SET period_start = 'garbage'"),
    ),
    Case(
        "export-json with a text count",
        (*DB, *EXPORT, "-o", "{tmp}/o.json"),
        says="เสียหาย",
        setup=_live("UPDATE measures SET target_count = 'many'"),
    ),
    Case(
        "pdf with steps 100,000 deep",
        (*DB, *PDF, "-o", "{tmp}/o.pdf"),
        says="เสียหาย",
        setup=_live("UPDATE measures SET steps = ?", "[" + '["x",[' * 100_000 + '"x"' + "]]" * 100_000 + "]"),
    ),
]


def _dump(path: Path) -> list[str]:
    """The database's content, read from its bytes (no file is opened by SQLite)."""
    data = bytearray(path.read_bytes())
    data[18:20] = b"\x01\x01"
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(bytes(data))
        return list(conn.iterdump())
    finally:
        conn.close()


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if rel.startswith("home/itadesk.log"):
            continue
        st = p.lstat()
        # The lock file holds the process id of whoever opened the database
        # last: its size is the number of digits of that id, not data.
        sized = stat.S_ISREG(st.st_mode) and not rel.endswith(".lock")
        found[rel] = (stat.S_IFMT(st.st_mode), st.st_size if sized else 0)
    return found


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile-template") / "data.db"
    with Database(path) as db:
        db.import_report(load_report(resource(*SAMPLE_REPORT)))
    with Database(path, readonly=True) as db:
        make_backup(db, path.with_name("good.itabackup"))
    return path  # with its .lock, as any database the app has written


def run_cli(
    args: list[str],
    *,
    env: dict[str, str],
    stdin: str = "",
    timeout: float = 60,
    file_size_limit: int | None = None,
):
    def limit_file_size() -> None:
        import resource

        assert file_size_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "itadesk", *args],
        input=stdin.encode(),
        capture_output=True,
        env=env,
        timeout=timeout,
        preexec_fn=limit_file_size if file_size_limit else None,  # noqa: PLW1509 (a fresh child)
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile(case: Case, template: Path, tmp_path: Path) -> None:
    if case.posix_only and not POSIX:
        pytest.skip("POSIX only")
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "data.db"
    shutil.copy(template, db)
    shutil.copy(template.with_name("good.itabackup"), tmp_path / "good.itabackup")
    shutil.copy(template.with_name("data.db.lock"), tmp_path / "data.db.lock")
    if case.setup:
        case.setup(tmp_path)
    before_dump = _dump(db)
    before_tree = _tree(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITADESK")}
    values = {"db": str(db), "tmp": str(tmp_path), "home": str(home), "sample": str(resource(*SAMPLE_REPORT))}
    env.update({"ITADESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"})
    env.update({k: v.format(**values) for k, v in case.env.items()})
    args = [a.format(**values) for a in case.args]
    result = run_cli(
        args, env=env, stdin=case.stdin, timeout=case.timeout, file_size_limit=case.file_size_limit
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == case.code, stderr
    assert "Logging error" not in stderr, stderr
    out = stderr if case.code else result.stdout.decode("utf-8", "replace")
    last = out.strip().splitlines()[-1] if out.strip() else ""
    assert THAI.search(last), stderr
    assert case.says in last, last
    after_dump = _dump(db)
    if case.remembers_folder:
        after_dump = [line for line in after_dump if "last_backup_folder" not in line]
    assert after_dump == before_dump
    after_tree = _tree(tmp_path)
    for allowed in case.may_create:
        after_tree.pop(allowed, None)
    if case.remembers_folder:  # one row more in the database file
        after_tree["data.db"] = before_tree["data.db"]
    assert after_tree == before_tree


def _read_only_folder(folder: Path) -> Callable[[], None] | None:
    """Make ``folder`` read-only for real (root ignores permission bits, so a
    read-only bind mount); returns how to undo it, or None where it cannot."""
    if not POSIX:
        return None
    if not ROOT:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True)
    if done.returncode:
        return None
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return lambda: subprocess.run(["umount", str(folder)], capture_output=True)
    probe.unlink()
    subprocess.run(["umount", str(folder)], capture_output=True)
    return None


def test_reading_a_database_in_a_read_only_folder(template: Path, tmp_path: Path) -> None:
    """list and pdf work where nothing can be written, and write nothing there (item 6)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(template, folder / "data.db")
    (tmp_path / "home").mkdir()
    undo = _read_only_folder(folder)
    if undo is None:
        pytest.skip("cannot make a read-only folder here")
    try:
        before = _tree(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("ITADESK")}
        env.update({"ITADESK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"})
        listed = run_cli(["--db", str(folder / "data.db"), "list"], env=env)
        assert listed.returncode == 0, listed.stderr.decode()
        assert "2568" in listed.stdout.decode()
        pdf = run_cli(["--db", str(folder / "data.db"), *PDF, "-o", str(tmp_path / "o.pdf")], env=env)
        assert pdf.returncode == 0, pdf.stderr.decode()
        assert (tmp_path / "o.pdf").stat().st_size > 1000
        assert _tree(folder) == before
    finally:
        undo()


def test_a_backups_remembered_folder_is_not_restored(template: Path, tmp_path: Path) -> None:
    """last_backup_folder in a backup never chooses where the next backup goes (item 3)."""
    shutil.copy(template, tmp_path / "data.db")
    shutil.copy(template.with_name("good.itabackup"), tmp_path / "good.itabackup")
    _tampered("t.itabackup", "INSERT INTO settings VALUES ('last_backup_folder', '/somewhere/else')")(
        tmp_path
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITADESK")}
    env.update({"ITADESK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"})
    done = run_cli(
        ["--db", str(tmp_path / "data.db"), "restore", "--yes", str(tmp_path / "t.itabackup")], env=env
    )
    assert done.returncode == 0, done.stderr.decode()
    assert not [line for line in _dump(tmp_path / "data.db") if "/somewhere/else" in line]


def test_stored_control_characters_never_reach_the_terminal(template: Path, tmp_path: Path) -> None:
    """A database edited by another program to hold ESC and BEL: what the
    commands print carries neither."""
    db = tmp_path / "data.db"
    shutil.copy(template, db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE organizations SET name = ? || name", ["\x1b[31m\x07"])
    conn.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITADESK")}
    env.update({"ITADESK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"})
    for args in (
        ["--db", str(db), "list"],
        ["--db", str(db), "pdf", "--year", "2568", "-o", str(tmp_path / "o.pdf")],
    ):
        result = run_cli(args, env=env)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        for out in (result.stdout, result.stderr):
            assert b"\x1b" not in out and b"\x07" not in out
