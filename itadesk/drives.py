"""Which drives are removable or network ones.

Backups go to a USB stick first; the live database should not live on one,
nor on a network share (SQLite's WAL needs a local disk). Small and free of
sqlite-utils, so the command line and the window can ask at start-up cheaply.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

from .errors import record


def removable_drives(
    *, mounts: Path = Path("/proc/self/mounts"), sys_block: Path = Path("/sys/block")
) -> list[Path]:
    """Mounted removable drives that can be written to, in the system's order.

    Windows: drive letters whose ``GetDriveTypeW`` is ``DRIVE_REMOVABLE`` and
    that hold a medium. Linux: mounts whose disk says ``removable`` in
    ``/sys/block`` or that are mounted under ``/media`` or ``/run/media``.
    macOS: volumes under ``/Volumes`` other than the system disk.
    (``mounts`` and ``sys_block`` let tests describe a Linux machine.)
    """
    if os.name == "nt":
        return _windows_drives({_DRIVE_REMOVABLE})
    if sys.platform == "darwin":
        return _mac_volumes()
    return [
        m.point
        for m in _linux_mounts(mounts, sys_block)
        if m.removable and m.writable and m.point.is_dir() and os.access(m.point, os.W_OK)
    ]


def is_unsafe_location(path: Path | str) -> str | None:
    """``"removable"`` or ``"network"`` when ``path`` (the live database) is
    on a USB stick / memory card or on a network share, where a pulled stick
    or a dropped connection can damage it and SQLite's WAL does not work;
    ``None`` on a local disk (or when it cannot tell)."""
    try:
        if os.name == "nt":
            return _windows_location(Path(path))
        if sys.platform == "darwin":
            resolved = Path(path).resolve()
            return "removable" if resolved.parts[:2] == ("/", "Volumes") else None
        return _linux_location(Path(path))
    except OSError:
        return None


# Windows

_DRIVE_REMOVABLE = 2
_DRIVE_REMOTE = 4


def _windows_drives(kinds: set[int]) -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    old_mode = kernel32.SetErrorMode(1)  # SEM_FAILCRITICALERRORS: no "insert a disk" box
    try:
        mask = kernel32.GetLogicalDrives()
        found = []
        for i in range(26):
            if not mask & (1 << i) or i < 2:  # A: and B: are floppy drives
                continue
            root = f"{chr(ord('A') + i)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) in kinds and os.path.isdir(root):
                found.append(Path(root))
        return found
    finally:
        kernel32.SetErrorMode(old_mode)


def _windows_location(path: Path) -> str | None:
    import ctypes

    text = str(path.absolute())
    if text.startswith(("\\\\", "//")):
        return "network"
    root = path.absolute().anchor
    if not root:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return {_DRIVE_REMOVABLE: "removable", _DRIVE_REMOTE: "network"}.get(kind)


# Linux

_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "fuse.glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "9p", "lustre", "gfs2", "ocfs2",
}  # fmt: skip


@record  # a frozen dataclass without exec-made methods: 3 M instructions at import
class _Mount:
    """One mounted file system, as the mount table lists it."""

    device: str
    point: Path
    fstype: str
    writable: bool
    removable: bool


def _linux_mounts(
    mounts: Path = Path("/proc/self/mounts"), sys_block: Path = Path("/sys/block")
) -> list[_Mount]:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    removable_disks = set()
    with contextlib.suppress(OSError):
        for disk in sys_block.iterdir():
            with contextlib.suppress(OSError):
                if (disk / "removable").read_text().strip() == "1":
                    removable_disks.add(disk.name)
    result = []
    for line in lines:
        fields = line.split()
        if len(fields) < 4:
            continue
        device, point, fstype, options = (_unescape_mount(f) for f in fields[:4])
        real_device = os.path.realpath(device) if device.startswith("/dev/") else device
        base = os.path.basename(real_device)
        on_removable_disk = real_device.startswith("/dev/") and any(
            base == d or (base.startswith(d) and base[len(d) :].lstrip("p").isdigit())
            for d in removable_disks
        )
        under_media = point.startswith(("/media/", "/run/media/"))
        result.append(
            _Mount(
                device=device,
                point=Path(point),
                fstype=fstype,
                writable="ro" not in options.split(","),
                removable=on_removable_disk or under_media,
            )
        )
    return result


def _unescape_mount(text: str) -> str:
    # most fields have no escape: skip the regex call (four a mount, every
    # command that opens the database reads every mount)
    if "\\" not in text:
        return text
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def _linux_location(
    path: Path, mounts: Path = Path("/proc/self/mounts"), sys_block: Path = Path("/sys/block")
) -> str | None:
    target = Path(os.path.realpath(path))
    best: _Mount | None = None
    for m in _linux_mounts(mounts, sys_block):
        if (target == m.point or m.point in target.parents) and (
            best is None or len(m.point.parts) >= len(best.point.parts)
        ):
            best = m
    if best is None:
        return None
    if best.fstype in _NETWORK_FS:
        return "network"
    return "removable" if best.removable else None


# macOS


def _mac_volumes() -> list[Path]:
    root_dev = os.stat("/").st_dev
    found = []
    with contextlib.suppress(OSError):
        for vol in sorted(Path("/Volumes").iterdir()):
            with contextlib.suppress(OSError):
                if vol.is_dir() and os.stat(vol).st_dev != root_dev and os.access(vol, os.W_OK):
                    found.append(vol)
    return found
