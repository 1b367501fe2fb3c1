"""Backups: the whole database in one file for a USB stick, and restoring it.

A backup (``*.itabackup``) is an SQLite snapshot of the live database taken
with SQLite's online backup API (consistent while the window is open and
saving), compacted, in rollback-journal mode (so opening it never creates
``-wal``/``-shm`` files on the stick), plus one extra table,
``backup_manifest``, whose single row holds a JSON document (app version,
schema version, when, why, organizations, years, measure counts, a SHA-256 of
the logical content) and the SHA-256 of that document.

Writing one goes through a temporary file in the destination folder that is
flushed to disk, read back and checked exactly as a restore would check it,
renamed into place, and the folder flushed; only then is it reported done.

Restoring checks everything before touching the live data (see
``inspect_backup``), saves the current data as an automatic safety backup,
then copies the backup into the open live connection with the backup API in
one transaction (the writer lock stays held; a crash leaves either the old or
the new data, never a mix), migrates it when it comes from an older version,
and verifies the result.

Everything here raises the named exceptions of ``itadesk.errors``;
``itadesk.messages.describe`` words them for the clerk, and ``messages``
also has the sentences for success (``backup_saved``, ``backup_summary``,
``contents_lines``, ``restore_done``, ``unsafe_location`` ...). No Qt here.

Threads: ``make_backup`` and ``inspect_backup`` may run off the GUI thread
(``make_backup`` on a read-only ``Database`` of its own is simplest);
``restore_backup`` and ``auto_backup`` use the ``Database`` they are given,
so call them where that connection is used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import sqlite_utils

from . import __version__, places, storage
from .drives import removable_drives
from .errors import (
    BackupError,
    DatabaseError,
    NewerBackupError,
    OutputError,
    SafetyBackupError,
    output_error,
)
from .fileio import atomic_writer
from .places import safe_file_component

log = logging.getLogger(__name__)

SUFFIX = ".itabackup"
FORMAT = "itadesk-backup"
FORMAT_VERSION = 1
MANIFEST_TABLE = "backup_manifest"
# Never change this table: every version of the app must be able to read the
# manifest of every backup, including ones from newer versions.
MANIFEST_SQL = (
    f"CREATE TABLE {MANIFEST_TABLE} ("
    "id INTEGER PRIMARY KEY CHECK (id = 1), manifest TEXT NOT NULL, checksum TEXT NOT NULL)"
)
AUTO_KEEP = 10
LAST_FOLDER_SETTING = "last_backup_folder"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 256 * 1024
_STALE_TEMP_SECONDS = 3600

ProgressCallback = Callable[[int, int], None]


# --- what a backup holds -------------------------------------------------------------


@dataclass(frozen=True)
class YearContent:
    year: int  # fiscal year, Buddhist Era
    measures: int


@dataclass(frozen=True)
class OrgContent:
    name: str
    province: str | None
    years: tuple[YearContent, ...]


@dataclass(frozen=True)
class BackupManifest:
    """What a checked backup file holds (returned only after every check passed)."""

    path: Path
    size: int  # bytes
    created: dt.datetime  # timezone-aware, when the backup was made
    app_version: str  # the ITA Desk version that made it
    schema_version: int  # PRAGMA user_version of its data
    reason: str  # "manual", "close", "daily" or "restore" (the safety copy before a restore)
    organizations: tuple[OrgContent, ...]
    checksum: str  # SHA-256 of the logical content (hex)

    @property
    def report_count(self) -> int:
        return sum(len(o.years) for o in self.organizations)

    @property
    def measure_count(self) -> int:
        return sum(y.measures for o in self.organizations for y in o.years)

    @property
    def years(self) -> list[int]:
        return sorted({y.year for o in self.organizations for y in o.years})

    @property
    def needs_migration(self) -> bool:
        """Made by an older version: restoring it also upgrades it."""
        return self.schema_version < storage.SCHEMA_VERSION


@dataclass(frozen=True)
class BackupInfo:
    """A backup that was written, flushed, read back and checked."""

    path: Path
    size: int  # bytes
    manifest: BackupManifest


@dataclass(frozen=True)
class RestoreResult:
    manifest: BackupManifest  # what was restored
    safety_backup: Path | None  # where the replaced data is kept; None when the database was empty
    migrated_from: int | None  # the backup's schema version when it had to be upgraded


@dataclass(frozen=True)
class AutoBackup:
    """An automatic backup in the data folder (read from its name, not its content)."""

    path: Path
    created: dt.datetime  # timezone-aware
    reason: str  # "close", "daily" or "restore"
    size: int


# --- making a backup ----------------------------------------------------------------


def make_backup(
    db: storage.Database, dest: Path | str | None = None, *, progress: ProgressCallback | None = None
) -> BackupInfo:
    """Write a backup of the whole database and return where and how big.

    ``dest`` is a folder (the file gets the default name
    ``ITADesk-[<organization>-]<YYYY-MM-DD-HHMM>.itabackup``, made unique if
    taken) or a file name (``.itabackup`` is added when it has no extension;
    an existing ITA Desk backup of that name is replaced, any other existing
    file is refused). ``None`` means ``default_backup_folder(db)``.

    ``progress(done_bytes, total_bytes)`` is called as the file is written
    (from the calling thread). The database may be open read-only. On success
    the folder is remembered in the settings for next time (writable
    databases only).

    Raises ``OutputError`` (reason ``readonly``, ``full``, ``missing``,
    ``removed``, ``exists``, ``verify`` or ``other``), leaving no file behind
    at the destination, or ``DatabaseError`` if the live database cannot be
    read. The live data is never changed (except that one setting).
    """
    now = _now()
    image, manifest, _ = _build_image(db, reason="manual", now=now)
    path = _resolve_destination(db, dest, manifest, now)
    _write_image(image, path, progress)
    _clear_stale_temporaries(path.parent)
    info = BackupInfo(path=path, size=len(image), manifest=replace(manifest, path=path, size=len(image)))
    if not db.readonly:
        try:
            db.set_setting(LAST_FOLDER_SETTING, str(path.parent.resolve()))
        except DatabaseError:  # the backup itself is done; only the reminder failed
            log.warning("could not remember the backup folder", exc_info=True)
    log.info("backup written: %s (%d bytes)", path, len(image))
    return info


def backup_name(organizations: Iterable[str], when: dt.datetime) -> str:
    """``ITADesk-<YYYY-MM-DD-HHMM>.itabackup``, with the organization's name
    after ``ITADesk-`` when there is exactly one (made safe for Windows)."""
    names = list(organizations)
    stamp = when.strftime("%Y-%m-%d-%H%M")
    org = safe_file_component(names[0]) if len(names) == 1 else ""
    return f"ITADesk-{org + '-' if org else ''}{stamp}{SUFFIX}"


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _build_image(
    db: storage.Database, *, reason: str, now: dt.datetime
) -> tuple[bytes, BackupManifest, bool]:
    """The bytes of a backup file, its manifest (path and size not yet set)
    and whether the database holds anything at all."""
    mem = _snapshot(db)
    try:
        return _seal(mem, reason=reason, now=now)
    finally:
        mem.close()


def _snapshot(db: storage.Database) -> sqlite3.Connection:
    """A private in-memory copy of the live database, taken with the online
    backup API in one step: a consistent snapshot even while another
    connection or process is writing."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        db.conn.backup(mem)
    except sqlite3.Error as exc:
        mem.close()
        raise storage.classify_sqlite_error(db.path, exc) from exc
    return mem


def _seal(mem: sqlite3.Connection, *, reason: str, now: dt.datetime) -> tuple[bytes, BackupManifest, bool]:
    # VACUUM compacts, leaves no deleted data behind, and writes the header of
    # a rollback-journal database (what PRAGMA journal_mode=DELETE means on disk).
    mem.execute("VACUUM")
    organizations = _contents(mem)
    has_data = bool(organizations) or mem.execute("SELECT count(*) FROM settings").fetchone()[0] > 0
    checksum = content_digest(mem)
    schema_version = mem.execute("PRAGMA user_version").fetchone()[0]
    manifest = BackupManifest(
        path=Path(),
        size=0,
        created=now,
        app_version=__version__,
        schema_version=schema_version,
        reason=reason,
        organizations=organizations,
        checksum=checksum,
    )
    text = _manifest_json(manifest)
    mem.execute(MANIFEST_SQL)
    mem.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES (1, ?, ?)", [text, _sha256(text.encode("utf-8"))])
    image = bytearray(mem.serialize())
    # File format bytes 18-19: 1 = rollback journal, 2 = WAL. An in-memory copy
    # keeps whatever the source said; the file on the stick must say 1.
    image[18:20] = b"\x01\x01"
    return bytes(image), manifest, has_data


def _manifest_json(m: BackupManifest) -> str:
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": m.app_version,
        "schema_version": m.schema_version,
        "created": m.created.isoformat(),
        "reason": m.reason,
        "organizations": [
            {"name": o.name, "province": o.province, "years": [[y.year, y.measures] for y in o.years]}
            for o in m.organizations
        ],
        "content_sha256": m.checksum,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _contents(conn: sqlite3.Connection) -> tuple[OrgContent, ...]:
    """Organizations, their years and measure counts (columns every schema
    version has)."""
    result = []
    orgs = conn.execute("SELECT id, name, province FROM organizations ORDER BY name, id").fetchall()
    for org_id, name, province in orgs:
        years = conn.execute(
            "SELECT r.fiscal_year_be, (SELECT count(*) FROM measures m WHERE m.report_id = r.id) "
            "FROM reports r WHERE r.organization_id = ? ORDER BY r.fiscal_year_be",
            [org_id],
        ).fetchall()
        result.append(OrgContent(name, province, tuple(YearContent(int(y), int(n)) for y, n in years)))
    return tuple(result)


def database_contents(db: storage.Database) -> tuple[OrgContent, ...]:
    """What the live database holds, in the same shape as a backup's
    ``organizations`` (for showing "now" next to "in the backup")."""
    return _contents(db.conn)


def content_digest(conn: sqlite3.Connection) -> str:
    """SHA-256 of the logical content of every table except the manifest:
    table names, column names and every row (values with their SQLite type,
    text as stored bytes), rows sorted so the result does not depend on
    storage order or rowids. ``conn`` must be a private connection: its
    ``text_factory`` is changed while reading."""
    tables = sorted(
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name != ?",
            [MANIFEST_TABLE],
        )
    )
    columns_of = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(t)})")] for t in tables}
    h = hashlib.sha256(b"itadesk-content-1\n")
    saved_factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table in tables:
            columns = columns_of[table]
            select = ", ".join(f"typeof({_quote(c)}), {_quote(c)}" for c in columns)
            rows = sorted(_encode_row(r) for r in conn.execute(f"SELECT {select} FROM {_quote(table)}"))
            h.update(_frame(table.encode()) + _frame(json.dumps(columns).encode()) + b"%d\n" % len(rows))
            for row in rows:
                h.update(row)
    finally:
        conn.text_factory = saved_factory
    return h.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _frame(data: bytes) -> bytes:
    return b"%d:" % len(data) + data


def _encode_row(row: tuple) -> bytes:
    out = bytearray()
    for kind, value in zip(row[0::2], row[1::2], strict=True):
        kind = kind.decode() if isinstance(kind, bytes) else kind
        if value is None:
            out += b"n"
        elif kind == "integer":
            out += b"i" + _frame(str(value).encode())
        elif kind == "real":
            out += b"r" + _frame(repr(value).encode())
        elif kind == "text":
            out += b"t" + _frame(bytes(value))
        else:
            out += b"b" + _frame(bytes(value))
    return _frame(bytes(out))


# --- where it goes ------------------------------------------------------------------


def _resolve_destination(
    db: storage.Database, dest: Path | str | None, manifest: BackupManifest, now: dt.datetime
) -> Path:
    name = backup_name([o.name for o in manifest.organizations], now)
    if dest is None:
        return _unique(default_backup_folder(db) / name)
    raw = str(dest)
    path = Path(dest).expanduser()
    if raw.endswith(("/", "\\")) or path.is_dir():
        if not path.is_dir():
            raise OutputError(path=str(path / name), reason="missing", detail="no such folder")
        return _unique(path / name)
    if not path.suffix:
        path = path.with_name(path.name + SUFFIX)
    if path.exists() and not _replaceable(path, db):
        raise OutputError(path=str(path), reason="exists", detail="not an ITA Desk backup")
    return path


def _unique(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name[: -len(SUFFIX)]}-{n}{SUFFIX}")
        n += 1
    return candidate


def _replaceable(path: Path, db: storage.Database) -> bool:
    """An existing file may be overwritten only if it is an ITA Desk backup
    (never the live database, nor any other file)."""
    with contextlib.suppress(OSError):
        if path.samefile(db.path):
            return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    return (
        len(head) == 100
        and head.startswith(_SQLITE_MAGIC)
        and head[18] == 1
        and int.from_bytes(head[68:72], "big") == storage.APP_ID
    )


def _write_image(image: bytes, path: Path, progress: ProgressCallback | None) -> None:
    """Temporary file in the destination folder, written, flushed to disk,
    read back and checked as a restore would, renamed, folder flushed
    (``atomic_writer``). Raises ``OutputError``; no file is left behind."""

    def verify(tmp: Path) -> None:
        with open(tmp, "rb") as fh:
            written = fh.read()
        if written != image:
            raise OutputError(path=str(path), reason="verify", detail="read back differs")
        try:
            conn = _check_image(written, path)
            try:
                _verify_content(conn, path, len(written))
            finally:
                conn.close()
        except BackupError as exc:
            if exc.facts.get("reason") == "schema":
                # The live database's own SQL is not what this version creates
                # (edited by hand?). Keep the clerk's data anyway; a restore
                # will refuse this file, as it should.
                log.warning("backup of a database with a foreign schema: %r", exc)
                return
            raise OutputError(path=str(path), reason="verify", detail=repr(exc)) from exc

    total = len(image)
    if progress:
        progress(0, total)
    with atomic_writer(path, verify=verify) as fh:
        fd = fh.fileno()
        view = memoryview(image)
        done = 0
        while done < total:
            # Unbuffered, so a failing write (full, stick pulled out) surfaces here.
            done += os.write(fd, view[done : done + _CHUNK])
            if progress:
                progress(done, total)


# --- default folder (drive detection lives in itadesk.drives) ---------------------------------


def default_backup_folder(db: storage.Database | None = None) -> Path:
    """Where a backup goes unless the clerk picks another place: the first
    removable drive (USB stick), else the last folder used (a setting in
    ``db``) if it still exists, else the Documents folder. The window still
    confirms it in a file dialog."""
    drives = removable_drives()
    if drives:
        return drives[0]
    if db is not None:
        last = db.setting(LAST_FOLDER_SETTING)
        if last and Path(last).is_dir():
            return Path(last)
    return places.documents_folder()


# --- checking a backup file -------------------------------------------------------------


def inspect_backup(path: Path | str) -> BackupManifest:
    """Check a backup file completely without touching any live data, and
    say what it holds.

    In order: it exists and can be read; it is not empty; it is SQLite; it is
    whole (its size matches its header); SQLite's integrity check passes; it
    is ITA Desk's (application id); the manifest is there and unaltered; its
    schema version is known (newer: ``NewerBackupError``; older: allowed and
    upgraded after restoring); its tables, indexes, views and triggers are
    exactly the app's (a backup never brings SQL of its own); its foreign
    keys hold; the content checksum matches; the contents listed in the
    manifest are what is inside.

    The file is read once into memory and checked there, so nothing is
    created or changed next to it. Returns the ``BackupManifest``. Raises
    ``BackupError`` (reason ``missing``, ``unreadable``, ``empty``,
    ``not_sqlite``, ``truncated``, ``corrupt``, ``foreign``,
    ``no_manifest``, ``schema`` or ``checksum``) or ``NewerBackupError``.
    """
    conn, manifest = _load(Path(path))
    conn.close()
    return manifest


def _load(path: Path) -> tuple[sqlite3.Connection, BackupManifest]:
    data = _read_backup_file(path)
    conn = _check_image(data, path)
    try:
        manifest = _verify_content(conn, path, len(data))
    except BaseException:
        conn.close()
        raise
    return conn, manifest


def _read_backup_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
            if not head:
                raise BackupError(path=str(path), reason="empty")
            if head != _SQLITE_MAGIC:  # not reading a film or a photo whole
                raise BackupError(path=str(path), reason="not_sqlite")
            return head + fh.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise BackupError(path=str(path), reason="missing", detail=str(exc)) from exc
    except OSError as exc:
        raise BackupError(path=str(path), reason="unreadable", detail=str(exc)) from exc


def _check_image(data: bytes, path: Path) -> sqlite3.Connection:
    """Structural checks of a backup image; returns a private in-memory
    connection on it (the caller closes it)."""

    def fail(reason: str, detail: str = "") -> BackupError:
        return BackupError(path=str(path), reason=reason, detail=detail)

    if not data:
        raise fail("empty")
    if not data.startswith(_SQLITE_MAGIC):
        raise fail("not_sqlite")
    if len(data) < 100:
        raise fail("truncated", f"{len(data)} bytes")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise fail("corrupt", f"page size {page_size}")
    if len(data) % page_size:
        raise fail("truncated", f"{len(data)} bytes, page size {page_size}")
    pages = int.from_bytes(data[28:32], "big")
    if data[24:28] == data[92:96] and pages * page_size > len(data):
        raise fail("truncated", f"{len(data)} bytes, header says {pages} pages")
    if 2 in (data[18], data[19]):
        # Says "WAL" (a database file, or a flipped bit): an in-memory copy
        # cannot open in WAL mode, and a file without a -wal beside it reads
        # the same in rollback mode.
        data = data[:18] + b"\x01\x01" + data[20:]
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # no functions from its views or triggers, ever
        conn.deserialize(data)
        conn.execute("PRAGMA cell_size_check = ON")
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            raise fail("corrupt", "; ".join(str(r) for r in result))
        if conn.execute("PRAGMA application_id").fetchone()[0] != storage.APP_ID:
            raise fail("foreign")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise fail("corrupt", str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _verify_content(conn: sqlite3.Connection, path: Path, size: int) -> BackupManifest:
    def fail(reason: str, detail: str = "") -> BackupError:
        return BackupError(path=str(path), reason=reason, detail=detail)

    try:
        row = conn.execute(f"SELECT manifest, checksum FROM {MANIFEST_TABLE} WHERE id = 1").fetchone()
    except sqlite3.OperationalError as exc:
        raise fail("no_manifest", str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise fail("corrupt", str(exc)) from exc
    if row is None or not isinstance(row[0], str) or not isinstance(row[1], str):
        raise fail("no_manifest")
    text, checksum = row
    if _sha256(text.encode("utf-8", "surrogatepass")) != checksum:
        raise fail("checksum", "manifest")
    try:
        doc = json.loads(text)
        if doc["format"] != FORMAT:
            raise fail("no_manifest", "format")
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if int(doc["format_version"]) > FORMAT_VERSION or user_version > storage.SCHEMA_VERSION:
            if doc["schema_version"] != user_version:
                raise fail("corrupt", "schema version differs from manifest")
            raise NewerBackupError(path=str(path), version=user_version, supported=storage.SCHEMA_VERSION)
        if doc["schema_version"] != user_version or user_version < 1:
            raise fail("corrupt", f"user_version {user_version}")
        manifest = BackupManifest(
            path=path,
            size=size,
            created=dt.datetime.fromisoformat(doc["created"]),
            app_version=str(doc["app_version"]),
            schema_version=user_version,
            reason=str(doc["reason"]),
            organizations=tuple(
                OrgContent(
                    o["name"], o["province"], tuple(YearContent(int(y), int(n)) for y, n in o["years"])
                )
                for o in doc["organizations"]
            ),
            checksum=str(doc["content_sha256"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise fail("corrupt", f"manifest: {exc}") from exc
    if manifest.created.tzinfo is None:
        raise fail("corrupt", "manifest time without zone")
    found, expected = schema_of(conn), expected_schema(user_version, with_manifest=True)
    if found != expected:
        raise fail("schema", f"unexpected {sorted(found - expected)}, missing {sorted(expected - found)}")
    try:
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise fail("corrupt", "foreign keys")
        if content_digest(conn) != manifest.checksum:
            raise fail("checksum", "content")
        if _contents(conn) != manifest.organizations:
            raise fail("checksum", "contents listed in the manifest")
    except sqlite3.DatabaseError as exc:
        raise fail("corrupt", str(exc)) from exc
    return manifest


# The schema, compared token by token: the same statement written with other
# quoting, spacing or letter case (as another sqlite-utils version may write
# it) is the same schema; anything else - an extra column default, CHECK,
# trigger, view, index or table - is not.
_SQL_TOKEN = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\w+|[^\s\w]""",
    re.UNICODE,
)


def canonical_sql(sql: str | None) -> tuple[str, ...] | None:
    if sql is None:
        return None
    tokens = []
    for tok in _SQL_TOKEN.findall(sql):
        if tok[0] == "'":
            tokens.append(tok)
        elif tok[0] == '"':
            tokens.append(tok[1:-1].replace('""', '"').lower())
        elif tok[0] == "`":
            tokens.append(tok[1:-1].replace("``", "`").lower())
        elif tok[0] == "[":
            tokens.append(tok[1:-1].lower())
        else:
            tokens.append(tok.lower())
    return tuple(tokens)


def schema_of(conn: sqlite3.Connection) -> frozenset[tuple]:
    """Every object in ``sqlite_master``: (type, name, table, canonical SQL)."""
    return frozenset(
        (type_, name.lower(), tbl.lower(), canonical_sql(sql))
        for type_, name, tbl, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    )


def expected_schema(version: int | None = None, *, with_manifest: bool = False) -> frozenset[tuple]:
    """The schema a database created by ``Database`` has at ``version`` (the
    current one by default): built in memory by the same migrations."""
    version = storage.SCHEMA_VERSION if version is None else version
    migrations = storage.MIGRATIONS._migrations
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        stop = migrations[version].name if version < len(migrations) else None
        storage.MIGRATIONS.apply(sqlite_utils.Database(conn, execute_plugins=False), stop_before=stop)
        if with_manifest:
            conn.execute(MANIFEST_SQL)
        return schema_of(conn)
    finally:
        conn.close()


# --- restoring ----------------------------------------------------------------------------


def restore_backup(
    db: storage.Database, path: Path | str, *, safety_folder: Path | None = None
) -> RestoreResult:
    """Replace everything in the open database with a backup's content.

    1. ``inspect_backup`` checks run first; on any failure nothing is
       touched (``BackupError``, ``NewerBackupError``).
    2. The current data is saved as an automatic safety backup (in
       ``safety_folder``, default the automatic backups folder; skipped when
       the database holds nothing; reused when the newest automatic backup
       already holds exactly this data). If that fails: ``SafetyBackupError``
       and nothing is restored.
    3. The checked copy is written into the live connection with SQLite's
       backup API, in one transaction (the writer lock stays held, the
       window may stay open). A crash here leaves the old data or the new,
       never a mix. A failure raises ``DatabaseError`` with the old data intact.
    4. A backup from an older version is upgraded by the migrations; should
       that fail, the safety backup is put back and the error raised.
    5. The result is verified (integrity, foreign keys, checksum); should that
       ever fail, the safety backup is put back and ``BackupError``
       (``corrupt``) is raised.

    ``db`` must be open for writing (``ValueError`` otherwise). Every id the
    caller holds (organizations, reports, measures) is stale afterwards:
    reload. Returns a ``RestoreResult``.
    """
    if db.readonly:
        raise ValueError("restore_backup needs a database open for writing")
    path = Path(path)
    src, manifest = _load(path)
    try:
        src.execute(f"DROP TABLE {MANIFEST_TABLE}")
        try:
            safety = auto_backup(db, reason="restore", folder=safety_folder)
        except OutputError as exc:
            raise SafetyBackupError(path=exc.path, reason=exc.reason, detail=exc.facts.get("detail")) from exc
        _copy_into(src, db)
    finally:
        src.close()
    _clear_stale_temporaries(db.path.parent)  # what a restore killed mid-way may have left there
    migrated_from = None
    if manifest.needs_migration:
        try:
            db.migrate()  # the same upgrade as opening an older database file
        except BaseException as exc:  # the clerk's own data goes back rather than stay replaced
            if safety is not None:
                _put_back(db, safety.path)
            if isinstance(exc, sqlite3.DatabaseError):
                raise storage.classify_sqlite_error(db.path, exc) from exc
            raise
        migrated_from = manifest.schema_version
    problem = _verify_live(db, None if migrated_from else manifest.checksum)
    if problem:
        log.error("restored data failed verification: %s", problem)
        if safety is not None:
            _put_back(db, safety.path)
        raise BackupError(path=str(path), reason="corrupt", detail=problem)
    log.info("restored %s (safety backup %s)", path, safety.path if safety else None)
    return RestoreResult(
        manifest=manifest, safety_backup=safety.path if safety else None, migrated_from=migrated_from
    )


def _copy_into(src: sqlite3.Connection, db: storage.Database) -> None:
    """Replace the live content with ``src`` (an in-memory copy) in one
    transaction of the live connection."""
    try:
        want = db.conn.execute("PRAGMA page_size").fetchone()[0]
        if src.execute("PRAGMA page_size").fetchone()[0] == want:
            src.backup(db.conn)
            return
        # The backup API cannot write into a WAL database of another page
        # size, and an in-memory database cannot change its own: go through
        # a temporary file beside the live one.
        fd, name = tempfile.mkstemp(prefix=f".ITADesk-restore{SUFFIX}.", suffix=".tmp", dir=db.path.parent)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(src.serialize())
            staged = sqlite3.connect(tmp, isolation_level=None)
            try:
                staged.execute(f"PRAGMA page_size = {int(want)}")
                staged.execute("VACUUM")
                staged.backup(db.conn)
            finally:
                staged.close()
        finally:
            for leftover in (tmp, Path(name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    except sqlite3.Error as exc:
        raise storage.classify_sqlite_error(db.path, exc) from exc
    except OSError as exc:
        raise output_error(db.path, exc) from exc


def _verify_live(db: storage.Database, checksum: str | None) -> str | None:
    """A description of what is wrong with the live data, or None."""
    try:
        result = [r[0] for r in db.conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            return "integrity: " + "; ".join(map(str, result))
        if db.conn.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign keys"
        if db.conn.execute("PRAGMA application_id").fetchone()[0] != storage.APP_ID:
            return "application id"
        if db.conn.execute("PRAGMA user_version").fetchone()[0] != storage.SCHEMA_VERSION:
            return "schema version"
        if schema_of(db.conn) != expected_schema():
            return "schema"
        if checksum is not None:
            mem = _snapshot(db)
            try:
                if content_digest(mem) != checksum:
                    return "checksum"
            finally:
                mem.close()
    except (sqlite3.Error, DatabaseError) as exc:
        return repr(exc)
    return None


def _put_back(db: storage.Database, safety: Path) -> None:
    src, _ = _load(safety)
    try:
        src.execute(f"DROP TABLE {MANIFEST_TABLE}")
        _copy_into(src, db)
    finally:
        src.close()
    if db.conn.execute("PRAGMA user_version").fetchone()[0] < storage.SCHEMA_VERSION:
        db.migrate()


# --- automatic backups ---------------------------------------------------------------


_AUTO_NAME = re.compile(
    r"^ITADesk-(auto|daily|before-restore)-(\d{4}-\d{2}-\d{2}-\d{6})(?:-\d+)?" + re.escape(SUFFIX) + "$"
)
_AUTO_PREFIX = {"close": "auto", "daily": "daily", "restore": "before-restore"}
_AUTO_REASON = {v: k for k, v in _AUTO_PREFIX.items()}


def auto_backup_folder(db_path: Path | str | None = None) -> Path:
    """``backups`` in the data folder for the default database; for any other
    database file (the demo, ``--db``) a subfolder named after it, so their
    backups never mix."""
    base = storage.data_dir() / "backups"
    if db_path is None:
        return base
    default = storage.default_db_path()
    with contextlib.suppress(OSError):
        if Path(db_path).resolve() == default.resolve():
            return base
    return base / (safe_file_component(Path(db_path).stem) or "db")


def auto_backup(
    db: storage.Database,
    *,
    reason: str = "close",
    folder: Path | None = None,
    keep: int = AUTO_KEEP,
    now: dt.datetime | None = None,
) -> BackupInfo | None:
    """An automatic backup into the data folder; the newest ``keep`` are kept.

    ``reason``:
      - ``"close"``: the window is closing. Made every time, unless the
        database holds nothing or exactly the data of the newest automatic
        backup (so opening and closing without editing adds nothing).
      - ``"daily"``: for a window left open for days; call it on start and
        from a timer. Made at most once per calendar day (any automatic
        backup already made today counts), with the same exceptions.
      - ``"restore"``: the safety copy taken by ``restore_backup``.

    Returns the ``BackupInfo`` of the file written (for ``"restore"``, of the
    existing newest one when it already holds this data), or ``None`` when
    nothing was written. Raises ``OutputError`` (the data folder is full or
    read-only) or ``DatabaseError``; the live data is never changed.
    """
    if reason not in _AUTO_PREFIX:
        raise ValueError(f"unknown reason {reason!r}")
    now = now or _now()
    folder = Path(folder) if folder is not None else auto_backup_folder(db.path)
    existing = list_auto_backups(folder=folder)
    if reason == "daily" and any(b.created.date() == now.date() and b.reason != "restore" for b in existing):
        return None
    image, manifest, has_data = _build_image(db, reason=reason, now=now)
    if not has_data:
        return None
    if existing:
        with contextlib.suppress(BackupError):
            newest = inspect_backup(existing[0].path)
            if newest.checksum == manifest.checksum and newest.schema_version == manifest.schema_version:
                return BackupInfo(newest.path, newest.size, newest) if reason == "restore" else None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(folder, exc) from exc
    name = f"ITADesk-{_AUTO_PREFIX[reason]}-{now.strftime('%Y-%m-%d-%H%M%S')}{SUFFIX}"
    path = _unique(folder / name)
    _write_image(image, path, None)
    _prune(folder, keep, keep_also=path)
    log.info("automatic backup (%s): %s", reason, path)
    return BackupInfo(path=path, size=len(image), manifest=replace(manifest, path=path, size=len(image)))


def list_auto_backups(db_path: Path | str | None = None, *, folder: Path | None = None) -> list[AutoBackup]:
    """The automatic backups of a database (default: the default database),
    newest first, for the restore dialog. Reads names only; check one with
    ``inspect_backup`` before offering to restore it."""
    folder = Path(folder) if folder is not None else auto_backup_folder(db_path)
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            m = _AUTO_NAME.match(entry.name)
            if not m:
                continue
            with contextlib.suppress(OSError, ValueError):
                created = dt.datetime.strptime(m.group(2), "%Y-%m-%d-%H%M%S").astimezone()
                found.append(AutoBackup(entry, created, _AUTO_REASON[m.group(1)], entry.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _prune(folder: Path, keep: int, *, keep_also: Path) -> None:
    for old in list_auto_backups(folder=folder)[max(keep, 1) :]:
        if old.path != keep_also:
            with contextlib.suppress(OSError):
                old.path.unlink()
    _clear_stale_temporaries(folder)


def _clear_stale_temporaries(folder: Path) -> None:
    """Remove hidden temporary files that a backup or restore killed mid-way
    (power cut, task manager) left in ``folder``, with their SQLite journals,
    once they are an hour old."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for entry in folder.glob(f".ITADesk-*{SUFFIX}.*.tmp*"):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
