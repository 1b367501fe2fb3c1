"""Where files go when the clerk has not said, and names safe to give them.

``documents_folder`` is the one place that knows the Documents folder (the
backups, the exchange files and the PDFs start there); ``safe_file_component``
is the one file-name sanitiser (backup names, the automatic backups' folder,
the names the window suggests for a PDF or an exchange file). No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Not allowed in a Windows file name (and so not on a FAT or NTFS stick).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_FORBIDDEN_OR_DEL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def documents_folder() -> Path:
    """The clerk's Documents folder, else the home folder when there is none."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def safe_file_component(text: str, limit: int | None = 60, *, readable: bool = False) -> str:
    """``text`` usable in a file name on Windows and on FAT sticks.

    By default (names the app makes by itself, such as backups): no
    ``<>:"/\\|?*`` or control characters, spaces as ``-``, no trailing dots,
    at most ``limit`` characters, never cutting a Thai vowel or tone mark off
    its consonant.

    ``readable=True`` (a name the clerk sees and may edit in a save dialog):
    each forbidden character becomes ``-``, spaces stay, no leading or
    trailing dots or spaces, and no length limit.
    """
    if readable:
        return _FORBIDDEN.sub("-", text).strip(" .")
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN_OR_DEL.sub("", text)
    text = re.sub(r"\s+", "-", text.strip()).strip(" .-")
    if limit is not None and len(text) > limit:
        cut = limit
        while cut > 0 and unicodedata.category(text[cut]) in ("Mn", "Mc"):
            cut -= 1
        text = text[:cut].rstrip(" .-")
    return text
