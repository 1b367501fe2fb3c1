"""Automatic backups in the data folder: on closing the window, once a day,
and the safety copy before a restore; the newest ``AUTO_KEEP`` are kept."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .. import storage
from ..errors import BackupError, output_error
from ..places import safe_file_component
from .checks import inspect_backup
from .fileformat import BE_OFFSET, SUFFIX, BackupInfo, be_stamp, build_image, now_local
from .writing import clear_stale_temporaries, unique_path, write_image

log = logging.getLogger("itadesk.backup")

AUTO_KEEP = 10


@dataclass(frozen=True)
class AutoBackup:
    """An automatic backup in the data folder (read from its name, not its content)."""

    path: Path
    created: dt.datetime  # timezone-aware
    reason: str  # "close", "daily" or "restore"
    size: int


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
    now = now or now_local()
    folder = Path(folder) if folder is not None else auto_backup_folder(db.path)
    existing = list_auto_backups(folder=folder)
    if reason == "daily" and any(b.created.date() == now.date() and b.reason != "restore" for b in existing):
        return None
    image, manifest, has_data = build_image(db, reason=reason, now=now)
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
    name = f"ITADesk-{_AUTO_PREFIX[reason]}-{be_stamp(now, '%m-%d-%H%M%S')}{SUFFIX}"
    path = unique_path(folder / name)
    write_image(image, path, None, internal=True)
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
                created = _parse_stamp(m.group(2))
                found.append(AutoBackup(entry, created, _AUTO_REASON[m.group(1)], entry.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _parse_stamp(stamp: str) -> dt.datetime:
    """``2569-11-30-224700`` (Buddhist Era) or, in names written by earlier
    versions, ``2026-11-30-224700`` (Gregorian): the local time."""
    year, rest = stamp.split("-", 1)
    ce = int(year) - BE_OFFSET if int(year) > 2400 else int(year)
    return dt.datetime.strptime(f"{ce:04d}-{rest}", "%Y-%m-%d-%H%M%S").astimezone()


def _prune(folder: Path, keep: int, *, keep_also: Path) -> None:
    for old in list_auto_backups(folder=folder)[max(keep, 1) :]:
        if old.path != keep_also:
            with contextlib.suppress(OSError):
                old.path.unlink()
    clear_stale_temporaries(folder)
