"""Backups: the whole database in one file for a USB stick, and restoring it.

A backup (``*.itabackup``) is an SQLite snapshot of the live database taken
with SQLite's online backup API (consistent while the window is open and
saving), compacted, in rollback-journal mode (so opening it never creates
``-wal``/``-shm`` files on the stick), plus one extra table,
``backup_manifest``, whose single row holds a JSON document (app version,
schema version, when, why, organizations, years, measure counts, a SHA-256 of
the logical content) and the SHA-256 of that document.

Writing one goes through a temporary file in the destination folder that is
flushed to disk, read back and checked exactly as a restore would check it,
renamed into place, and the folder flushed; only then is it reported done.

Restoring checks everything before touching the live data (see
``inspect_backup``), saves the current data as an automatic safety backup,
then copies the backup into the open live connection with the backup API in
one transaction (the writer lock stays held; a crash leaves either the old or
the new data, never a mix), migrates it when it comes from an older version,
and verifies the result.

The modules, one job each: ``fileformat`` (what the file holds, the
manifest, sealing a snapshot, the content checksum), ``checks`` (reading a
file back and checking it completely), ``writing`` (putting an image on disk
safely), ``make`` (a backup on the clerk's request: name and destination),
``automatic`` (the backups in the data folder) and ``restore``. Import from
the package: the names below are its public API.

Everything here raises the named exceptions of ``itadesk.errors``;
``itadesk.messages.describe`` words them for the clerk, and ``messages``
also has the sentences for success (``backup_saved``, ``backup_summary``,
``contents_lines``, ``restore_done``, ``unsafe_location`` ...). No Qt here.

Threads: ``make_backup`` and ``inspect_backup`` may run off the GUI thread
(``make_backup`` on a read-only ``Database`` of its own is simplest);
``restore_backup`` and ``auto_backup`` use the ``Database`` they are given,
so call them where that connection is used.
"""

from .automatic import AUTO_KEEP, AutoBackup, auto_backup, auto_backup_folder, list_auto_backups
from .checks import canonical_sql, expected_schema, inspect_backup, schema_of
from .fileformat import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_TABLE,
    SUFFIX,
    BackupInfo,
    BackupManifest,
    OrgContent,
    YearContent,
    content_digest,
    database_contents,
)
from .make import LAST_FOLDER_SETTING, backup_name, default_backup_folder, make_backup
from .restore import RestoreResult, restore_backup

__all__ = [
    "AUTO_KEEP",
    "FORMAT",
    "FORMAT_VERSION",
    "LAST_FOLDER_SETTING",
    "MANIFEST_TABLE",
    "SUFFIX",
    "AutoBackup",
    "BackupInfo",
    "BackupManifest",
    "OrgContent",
    "RestoreResult",
    "YearContent",
    "auto_backup",
    "auto_backup_folder",
    "backup_name",
    "canonical_sql",
    "content_digest",
    "database_contents",
    "default_backup_folder",
    "expected_schema",
    "inspect_backup",
    "list_auto_backups",
    "make_backup",
    "restore_backup",
    "schema_of",
]
