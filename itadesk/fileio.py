"""Files the app writes and reads for the clerk.

Writes are atomic: a file the clerk asked for is either whole or absent.
Written to a temporary file in the destination folder, flushed to disk,
renamed into place, and the folder flushed; on any failure the temporary file
is removed and an ``OutputError`` says why (read-only, full, removed …).

Every write goes through ``check_output`` first, the one rule for where the
app may write: never over a live database (or its ``-wal``/``-shm``/
``-journal``/``.lock``), never over a file the command reads, never into the
backups folder unless the app itself keeps a backup there, and only over a
regular file (never a folder, a device or a pipe). Databases, the backups
folder and inputs are registered here when they are opened (``protect_*``),
so the rule holds for the command line and the window alike.

Every file read for the clerk goes through ``read_input``: only a regular
file (a pipe would hang, a device never end), at most ``limit`` bytes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputFileError, OutputError, OutputRefusedError, output_error

# --- the one rule for outputs ------------------------------------------------------

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")

_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}

_guard = threading.Lock()
_protected_files: dict[str, str] = {}  # normalized path -> what: "database" or "input"
_protected_folders: set[str] = set()  # the backups folders


def _key(path: Path | str) -> str:
    try:
        return os.path.normcase(os.path.realpath(os.path.abspath(path)))
    except (OSError, ValueError):
        return os.path.normcase(os.path.abspath(path))


def protect_database(path: Path | str) -> None:
    """Never write over this database or its companions (for the rest of the
    process: a command closes it before writing its output)."""
    with _guard:
        for extra in DATABASE_COMPANIONS:
            _protected_files[_key(str(path) + extra)] = "database"


def protect_input(path: Path | str) -> None:
    """Never write over a file this process reads (a font, a logo, an import)."""
    with _guard:
        _protected_files.setdefault(_key(path), "input")


def protect_backups_folder(folder: Path | str) -> None:
    """Only the app's own backups are written in this folder (and below it)."""
    with _guard:
        _protected_folders.add(_key(folder))


def check_output(path: Path | str, *, internal: bool = False) -> None:
    """The one rule for every file the app writes (``atomic_writer`` applies
    it; call it earlier to refuse before slow work). ``internal``: the app's
    own automatic backups and upgrade copies, which may go in the backups
    folder. Raises ``OutputRefusedError`` (what: ``database``, ``input``,
    ``backups`` or ``not_file``)."""
    path = Path(path)

    def refuse(what: str) -> OutputRefusedError:
        return OutputRefusedError(path=str(path), reason="refused", what=what)

    if os.name == "nt" and path.name.split(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        raise refuse("not_file")
    key = _key(path)
    with _guard:
        files = dict(_protected_files)
        folders = set(_protected_folders)
    if key in files:
        raise refuse(files[key])
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError:
        st = None  # the write itself will say why (permissions, a missing folder ...)
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise refuse("not_file")
        for other, what in files.items():  # the same file under another name (a hard link)
            with contextlib.suppress(OSError, ValueError):
                if os.path.samefile(other, path):
                    raise refuse(what)
    if not internal:
        for folder in folders:
            if key == folder or key.startswith(folder.rstrip(os.sep) + os.sep):
                raise refuse("backups")


# --- reading ------------------------------------------------------------------------------


def is_regular_file(path: Path | str) -> bool:
    """True for an existing regular file (following links); never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def check_input(path: Path | str, *, limit: int) -> int:
    """The size of ``path`` if it is a regular file of at most ``limit``
    bytes. Raises ``InputFileError`` (reason ``not_file``: a folder, a pipe
    that would hang a reader, a device that never ends; ``too_large``) or
    ``OSError`` as ``open`` would (missing, no permission)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(path=str(path), reason="not_file", limit=limit, detail=stat.filemode(st.st_mode))
    if st.st_size > limit:
        raise InputFileError(path=str(path), reason="too_large", limit=limit, detail=f"{st.st_size} bytes")
    return st.st_size


def read_input(path: Path | str, *, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (``check_input``),
    read no further than ``limit`` + 1 bytes (a file still growing is refused
    too). Raises ``InputFileError`` or ``OSError`` as ``check_input``."""
    check_input(path, limit=limit)
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(
            path=str(path), reason="too_large", limit=limit, detail=f"more than {limit} bytes"
        )
    protect_input(path)
    return data


# --- writing ------------------------------------------------------------------------------


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


REPLACE_TRIES = 10  # about two seconds: an antivirus scan ends, Acrobat does not
REPLACE_PAUSE = 0.2


def _replace(tmp: Path, path: Path) -> None:
    """``os.replace``, retried briefly while the target is held open (on
    Windows a PDF open in Acrobat or Edge, or being scanned, cannot be
    replaced); then ``OutputError`` reason ``in_use``."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(tmp, path)
            return
        except PermissionError as exc:
            if not path.exists():
                raise
            if attempt == REPLACE_TRIES - 1:
                raise OutputError(path=str(path), reason="in_use", detail=str(exc)) from exc
            time.sleep(REPLACE_PAUSE)


def temp_prefix(name: str, *, limit: int = 80) -> str:
    """``.<name>.`` for the temporary file beside ``name``; for a long name
    (an 80-letter Thai name is 240 bytes, and file names stop at 255) its
    start and its last 24 characters, so that the temporary name stays far
    below the limit and still ends like the file (``….itabackup.``)."""
    if len(name.encode("utf-8")) <= limit:
        return f".{name}."
    tail = name[-24:]
    head = ""
    for ch in name[: len(name) - len(tail)]:
        if len((head + ch).encode("utf-8")) > limit - len(tail.encode("utf-8")) // 2:
            break
        head += ch
    return f".{head}~{tail}."


@contextlib.contextmanager
def atomic_writer(
    path: Path | str, *, verify: Callable[[Path], None] | None = None, internal: bool = False
) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it replaces ``path`` atomically.

    ``path`` must pass ``check_output`` (``internal`` as there). ``verify``
    may inspect the finished temporary file before it is renamed (and raise
    to abandon it). Raises ``OutputError``.
    """
    path = Path(path)
    check_output(path, internal=internal)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path=str(path), reason="missing", detail=str(folder))
    import tempfile  # with shutil and random: only when a file is written

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
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
        _replace(tmp, path)
        fsync_dir(folder)
    except OutputError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise output_error(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: Path | str, data: bytes, *, internal: bool = False) -> None:
    """Write ``data`` to ``path`` atomically. Raises ``OutputError``."""
    with atomic_writer(path, internal=internal) as fh:
        fh.write(data)


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
