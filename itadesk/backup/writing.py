"""Putting a backup image on disk: a temporary file in the destination folder,
written, flushed, read back and checked exactly as a restore would check it,
renamed into place, the folder flushed; only then is it reported done."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import BackupError, OutputError
from ..fileio import atomic_writer
from .checks import check_image, verify_content
from .fileformat import SUFFIX

log = logging.getLogger("itadesk.backup")

_CHUNK = 256 * 1024

_STALE_TEMP_SECONDS = 3600

ProgressCallback = Callable[[int, int], None]


def write_image(
    image: bytes, path: Path, progress: ProgressCallback | None, *, internal: bool = False
) -> None:
    """Temporary file in the destination folder, written, flushed to disk,
    read back and checked as a restore would, renamed, folder flushed
    (``atomic_writer``; ``internal``: an automatic backup, allowed in the
    backups folder). Raises ``OutputError``; no file is left behind."""

    def verify(tmp: Path) -> None:
        with open(tmp, "rb") as fh:
            written = fh.read()
        if written != image:
            raise OutputError(path=str(path), reason="verify", detail="read back differs")
        try:
            conn = check_image(written, path)
            try:
                verify_content(conn, path, len(written))
            finally:
                conn.close()
        except BackupError as exc:
            if exc.reason == "schema":
                # The live database's own SQL is not what this version creates
                # (edited by hand?). Keep the clerk's data anyway; a restore
                # will refuse this file, as it should.
                log.warning("backup of a database with a foreign schema: %r", exc)
                return
            raise OutputError(path=str(path), reason="verify", detail=repr(exc)) from exc

    total = len(image)
    if progress:
        progress(0, total)
    with atomic_writer(path, verify=verify, internal=internal) as fh:
        fd = fh.fileno()
        view = memoryview(image)
        done = 0
        while done < total:
            # Unbuffered, so a failing write (full, stick pulled out) surfaces here.
            done += os.write(fd, view[done : done + _CHUNK])
            if progress:
                progress(done, total)


def unique_path(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name[: -len(SUFFIX)]}-{n}{SUFFIX}")
        n += 1
    return candidate


def clear_stale_temporaries(folder: Path) -> None:
    """Remove hidden temporary files that a backup or restore killed mid-way
    (power cut, task manager) left in ``folder``, with their SQLite journals,
    once they are an hour old."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for entry in folder.glob(f".ITADesk-*{SUFFIX}.*.tmp*"):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
