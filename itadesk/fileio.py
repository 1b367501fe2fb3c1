"""Atomic file writes: a file the clerk asked for is either whole or absent.

Written to a temporary file in the destination folder, flushed to disk,
renamed into place, and the folder flushed; on any failure the temporary file
is removed and an ``OutputError`` says why (read-only, full, removed …).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError, output_error


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (a no-op where the OS cannot)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _ordinary_permissions(fd: int) -> None:
    """mkstemp makes files only the owner can read; a PDF or backup the clerk
    asked for gets the usual rw-r--r-- (reading the umask would mean changing
    it, which is not safe while other threads create files)."""
    if os.name != "nt":
        os.fchmod(fd, 0o644)


@contextlib.contextmanager
def atomic_writer(path: Path | str, *, verify: Callable[[Path], None] | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it replaces ``path`` atomically.

    ``verify`` may inspect the finished temporary file before it is renamed
    (and raise to abandon it). Raises ``OutputError``.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path=str(path), reason="missing", detail=str(folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise output_error(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        _ordinary_permissions(fd)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if verify is not None:
            verify(tmp)
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise output_error(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically. Raises ``OutputError``."""
    with atomic_writer(path) as fh:
        fh.write(data)


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
