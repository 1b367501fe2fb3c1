"""Making a backup on the clerk's request (``itadesk backup``, ``สำรองข้อมูล…``):
its name, where it goes, and the file itself."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .. import drives, places, storage
from ..errors import DatabaseError, OutputError
from ..fileio import check_output
from ..places import safe_file_component
from .fileformat import SQLITE_MAGIC, SUFFIX, BackupInfo, BackupManifest, be_stamp, build_image, now_local
from .writing import ProgressCallback, clear_stale_temporaries, unique_path, write_image

log = logging.getLogger("itadesk.backup")

LAST_FOLDER_SETTING = "last_backup_folder"


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
    now = now_local()
    image, manifest, _ = build_image(db, reason="manual", now=now)
    path = _resolve_destination(db, dest, manifest, now)
    check_output(path)  # not the database, not the backups folder, not a device
    write_image(image, path, progress)
    clear_stale_temporaries(path.parent)
    info = BackupInfo(path=path, size=len(image), manifest=replace(manifest, path=path, size=len(image)))
    if not db.readonly:
        try:
            db.set_setting(LAST_FOLDER_SETTING, str(path.parent.resolve()))
        except DatabaseError:  # the backup itself is done; only the reminder failed
            log.warning("could not remember the backup folder", exc_info=True)
    log.info("backup written: %s (%d bytes)", path, len(image))
    return info


def backup_name(organizations: Iterable[str], when: dt.datetime) -> str:
    """``ITADesk-<YYYY-MM-DD-HHMM>.itabackup`` with the Buddhist-Era year in
    Arabic digits (``2569-11-30-2247``, as a clerk dates a file), with the
    organization's name after ``ITADesk-`` when there is exactly one (made
    safe for Windows)."""
    names = list(organizations)
    stamp = be_stamp(when, "%m-%d-%H%M")
    org = safe_file_component(names[0]) if len(names) == 1 else ""
    return f"ITADesk-{org + '-' if org else ''}{stamp}{SUFFIX}"


def _resolve_destination(
    db: storage.Database, dest: Path | str | None, manifest: BackupManifest, now: dt.datetime
) -> Path:
    name = backup_name([o.name for o in manifest.organizations], now)
    if dest is None:
        return unique_path(default_backup_folder(db) / name)
    raw = str(dest)
    path = Path(dest).expanduser()
    if raw.endswith(("/", "\\")) or path.is_dir():
        if not path.is_dir():
            raise OutputError(path=str(path / name), reason="missing", detail="no such folder")
        return unique_path(path / name)
    check_output(path)  # the name as given: a device or the database is refused before a suffix is added
    if not path.suffix:
        path = path.with_name(path.name + SUFFIX)
    check_output(path)
    if path.exists() and not _replaceable(path, db):
        raise OutputError(path=str(path), reason="exists", detail="not an ITA Desk backup")
    return path


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
        and head.startswith(SQLITE_MAGIC)
        and head[18] == 1
        and int.from_bytes(head[68:72], "big") == storage.APP_ID
    )


def default_backup_folder(db: storage.Database | None = None) -> Path:
    """Where a backup goes unless the clerk picks another place: the first
    removable drive (USB stick), else the last folder used (a setting in
    ``db``) if it still exists, else the Documents folder. The window still
    confirms it in a file dialog."""
    sticks = drives.removable_drives()
    if sticks:
        return sticks[0]
    if db is not None:
        last = db.setting(LAST_FOLDER_SETTING)
        if last and Path(last).is_dir():
            return Path(last)
    return places.documents_folder()
