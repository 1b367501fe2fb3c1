"""Restoring a backup into the open database, all or nothing."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import storage
from ..errors import BackupError, DatabaseError, OutputError, SafetyBackupError, output_error
from .automatic import auto_backup
from .checks import expected_schema, load, schema_of
from .fileformat import MANIFEST_TABLE, SUFFIX, BackupManifest, content_digest, snapshot
from .make import LAST_FOLDER_SETTING
from .writing import clear_stale_temporaries

log = logging.getLogger("itadesk.backup")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    manifest: BackupManifest  # what was restored
    safety_backup: Path | None  # where the replaced data is kept; None when the database was empty
    migrated_from: int | None  # the backup's schema version when it had to be upgraded


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
    src, manifest = load(path)
    remembered = db.setting(LAST_FOLDER_SETTING)  # a backup's settings never choose where files go
    try:
        src.execute(f"DROP TABLE {MANIFEST_TABLE}")
        try:
            safety = auto_backup(db, reason="restore", folder=safety_folder)
        except OutputError as exc:
            raise SafetyBackupError(path=exc.path, reason=exc.reason, detail=exc.detail) from exc
        _copy_into(src, db)
    finally:
        src.close()
    clear_stale_temporaries(db.path.parent)  # what a restore killed mid-way may have left there
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
    with db.transaction():
        db.db.execute("DELETE FROM settings WHERE key = ?", [LAST_FOLDER_SETTING])
        if remembered is not None:
            db.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", [LAST_FOLDER_SETTING, remembered]
            )
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
            mem = snapshot(db)
            try:
                if content_digest(mem) != checksum:
                    return "checksum"
            finally:
                mem.close()
    except (sqlite3.Error, DatabaseError) as exc:
        return repr(exc)
    return None


def _put_back(db: storage.Database, safety: Path) -> None:
    src, _ = load(safety)
    try:
        src.execute(f"DROP TABLE {MANIFEST_TABLE}")
        _copy_into(src, db)
    finally:
        src.close()
    if db.conn.execute("PRAGMA user_version").fetchone()[0] < storage.SCHEMA_VERSION:
        db.migrate()
