"""Checking a backup file completely before anything is done with it."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

from .. import storage
from ..errors import BackupError, BackupRowsError, InputFileError, NewerBackupError
from ..exchange import check_stored_report
from ..fileio import check_input
from .fileformat import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_SQL,
    MANIFEST_TABLE,
    SQLITE_MAGIC,
    BackupManifest,
    OrgContent,
    YearContent,
    content_digest,
    contents,
    sha256,
)


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
    ``not_file`` (a folder, pipe or device), ``too_large``,
    ``not_sqlite``, ``truncated``, ``corrupt``, ``foreign``,
    ``no_manifest``, ``schema`` or ``checksum``) or ``NewerBackupError``.
    """
    conn, manifest = load(Path(path))
    conn.close()
    return manifest


def load(path: Path) -> tuple[sqlite3.Connection, BackupManifest]:
    data = _read_backup_file(path)
    conn = check_image(data, path)
    try:
        manifest = verify_content(conn, path, len(data))
    except BaseException:
        conn.close()
        raise
    return conn, manifest


# Bytes read at most from a backup file (years of reports with logos are a few MB).
MAX_BACKUP_BYTES = 1024 * 1024 * 1024


def _read_backup_file(path: Path) -> bytes:
    try:
        check_input(path, limit=MAX_BACKUP_BYTES)  # a regular file (a pipe would hang), not too big
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
            if not head:
                raise BackupError(path=str(path), reason="empty")
            if head != SQLITE_MAGIC:  # not reading a film or a photo whole
                raise BackupError(path=str(path), reason="not_sqlite")
            return head + fh.read()  # its size was checked above
    except InputFileError as exc:
        raise BackupError(path=str(path), reason=exc.reason, limit=MAX_BACKUP_BYTES) from exc
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise BackupError(path=str(path), reason="missing", detail=str(exc)) from exc
    except OSError as exc:
        raise BackupError(path=str(path), reason="unreadable", detail=str(exc)) from exc


def check_image(data: bytes, path: Path) -> sqlite3.Connection:
    """Structural checks of a backup image; returns a private in-memory
    connection on it (the caller closes it)."""

    def fail(reason: str, detail: str = "") -> BackupError:
        return BackupError(path=str(path), reason=reason, detail=detail)

    if not data:
        raise fail("empty")
    if not data.startswith(SQLITE_MAGIC):
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


def verify_content(conn: sqlite3.Connection, path: Path, size: int) -> BackupManifest:
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
    if sha256(text.encode("utf-8", "surrogatepass")) != checksum:
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
        check_rows(conn, path)  # before anything reads the rows as numbers or JSON
        if contents(conn) != manifest.organizations:
            raise fail("checksum", "contents listed in the manifest")
    except sqlite3.DatabaseError as exc:
        raise fail("corrupt", str(exc)) from exc
    return manifest


def _dicts(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
        is not None
    )


def check_rows(conn: sqlite3.Connection, path: Path) -> None:
    """Every stored report passes the exchange file's validator (the checksum
    only proves the file is whole, not that its rows are sane: anyone can
    recompute it). Raises ``BackupRowsError``."""
    for org in _dicts(conn, "SELECT * FROM organizations ORDER BY id", []):
        reports = _dicts(conn, "SELECT * FROM reports WHERE organization_id = ? ORDER BY id", [org["id"]])
        for report in reports or [{"fiscal_year_be": 2568, "signatories": "[]"}]:  # the organization alone
            measures = (
                _dicts(conn, "SELECT * FROM measures WHERE report_id = ? ORDER BY position", [report["id"]])
                if "id" in report
                else []
            )
            photos: dict[object, list[dict]] = {}
            if measures and _has_table(conn, "photos"):
                for measure in measures:
                    photos[measure["id"]] = _dicts(
                        conn, "SELECT * FROM photos WHERE measure_id = ? ORDER BY position", [measure["id"]]
                    )
            problems = check_stored_report(org, report, measures, photos)
            if problems:
                raise BackupRowsError(
                    path=str(path),
                    organization=str(org.get("name")),
                    year=report.get("fiscal_year_be") if "id" in report else None,
                    problem=problems[0],
                    count=len(problems),
                )


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
    names = storage.MIGRATION_NAMES
    conn = storage.migrated_in_memory(names[version] if version < len(names) else None)
    try:
        if with_manifest:
            conn.execute(MANIFEST_SQL)
        return schema_of(conn)
    finally:
        conn.close()
