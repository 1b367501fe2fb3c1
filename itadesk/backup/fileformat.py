"""What a backup file is: an SQLite image of the whole database, compacted,
in rollback-journal mode, with one extra table, ``backup_manifest``, whose
single row holds a JSON document (app version, schema version, when, why,
organizations, years, measure counts, a SHA-256 of the logical content) and
the SHA-256 of that document. Taking the snapshot and sealing it happen here,
in memory; ``checks`` reads one back and ``writing`` puts one on disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .. import __version__, storage
from ..thaifmt import BE_OFFSET

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

SQLITE_MAGIC = b"SQLite format 3\x00"


# --- what a backup holds -------------------------------------------------------------


@dataclass(frozen=True)
class YearContent:
    """One fiscal year of an organization in a backup: how many measures."""

    year: int  # fiscal year, Buddhist Era
    measures: int


@dataclass(frozen=True)
class OrgContent:
    """One organization in a backup, and its years."""

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


# --- sealing a snapshot -------------------------------------------------------------


def now_local() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def be_stamp(when: dt.datetime, rest: str) -> str:
    """The Buddhist-Era year in Arabic digits, then ``when`` formatted with
    ``rest``: ``be_stamp(…, "%m-%d-%H%M")`` → ``2569-11-30-2247``."""
    return f"{when.year + BE_OFFSET:04d}-{when.strftime(rest)}"


def build_image(db: storage.Database, *, reason: str, now: dt.datetime) -> tuple[bytes, BackupManifest, bool]:
    """The bytes of a backup file, its manifest (path and size not yet set)
    and whether the database holds anything at all."""
    mem = snapshot(db)
    try:
        return _seal(mem, reason=reason, now=now)
    finally:
        mem.close()


def snapshot(db: storage.Database) -> sqlite3.Connection:
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
    organizations = contents(mem)
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
    mem.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES (1, ?, ?)", [text, sha256(text.encode("utf-8"))])
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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def contents(conn: sqlite3.Connection) -> tuple[OrgContent, ...]:
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
    return contents(db.conn)


# --- the content checksum -------------------------------------------------------------


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
