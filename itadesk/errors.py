"""Named exceptions of the core.

They carry facts (paths, values, versions), never user-facing text: the Thai
sentence for each lives in ``itadesk.messages``, the one place that words
what the clerk reads, whether in the window or on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ItaDeskError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, **facts: object) -> None:
        self.facts = facts
        super().__init__(", ".join(f"{k}={v!r}" for k, v in facts.items()))

    def __getattr__(self, name: str) -> object:
        facts = self.__dict__.get("facts", {})
        if name in facts:
            return facts[name]
        raise AttributeError(name)


# --- exchange file ---------------------------------------------------------


class NotJsonError(ItaDeskError):
    """The exchange file could not be read at all: missing, unreadable, not
    JSON, not UTF-8, empty or truncated (facts: path, reason)."""


@dataclass(frozen=True)
class Problem:
    """One failing field of a document: ``path`` like ``measures[2].period_end``,
    ``code`` naming the rule (see ``itadesk.messages.PROBLEMS``), ``value`` the
    offending value when it helps the clerk find it."""

    path: str
    code: str
    value: object = None


class ValidationError(ItaDeskError):
    """A document does not follow the exchange format (facts: problems)."""

    @property
    def problems(self) -> list[Problem]:
        return self.facts["problems"]  # type: ignore[return-value]


# --- database ---------------------------------------------------------------


class DatabaseError(ItaDeskError):
    """Base of database problems (facts: path)."""


class NotADatabaseError(DatabaseError):
    """The file is not an SQLite database, or not ITA Desk's (facts: path)."""


class NewerDatabaseError(DatabaseError):
    """Made by a newer version of the app (facts: path, version, supported)."""


class DatabaseBusyError(DatabaseError):
    """Another process holds the database (facts: path)."""


class DatabaseLocationError(DatabaseError):
    """The folder is read-only, missing or unreachable (facts: path, reason)."""


class StoredDataError(DatabaseError):
    """A stored record cannot be read: changed by another program, or
    damaged (facts: table, id, field)."""


# --- reports and organizations ----------------------------------------------


class OrganizationNotFoundError(ItaDeskError):
    """No organization of that name (facts: name)."""


class OrganizationAmbiguousError(ItaDeskError):
    """--org is needed: the database holds several (facts: names)."""


class NoOrganizationError(ItaDeskError):
    """The database holds no organization yet."""


class ReportNotFoundError(ItaDeskError):
    """No report for that organization and year (facts: organization, year)."""


class ReportExistsError(ItaDeskError):
    """Import would overwrite an existing report (facts: organization, year)."""


# --- files written for the clerk --------------------------------------------


class OutputError(ItaDeskError):
    """A file could not be written (facts: path, reason: 'readonly', 'full',
    'missing', 'removed', 'exists' (a file that must not be replaced is in the
    way), 'in_use' (held open by another program, e.g. a PDF reader on Windows), 'verify' (read back, it was not what was written) or 'other', detail)."""


class OutputRefusedError(OutputError):
    """The path given for a file to write must not be replaced (facts: path,
    reason 'refused', what: 'database' (the live database or its -wal, -shm,
    -journal or .lock), 'input' (a file the command reads), 'backups' (a file
    in the app's backups folder) or 'not_file' (a folder, device or pipe))."""


class InputFileError(ItaDeskError):
    """A file given to read cannot be used (facts: path, reason: 'missing',
    'not_file' (a folder, device or pipe), 'too_large' (over ``limit``
    bytes) or 'unreadable'; limit, detail)."""


class FontError(ItaDeskError):
    """A font file cannot be used (facts: path, reason)."""


class MissingGlyphsError(ItaDeskError):
    """Characters the font cannot draw (facts: font, chars, where)."""


class StackedMarksError(ItaDeskError):
    """More combining marks on one letter than print (facts: limit, where);
    those past ``limit`` were left out."""


class ImageError(ItaDeskError):
    """An image to print (the organization's logo) cannot be read (facts:
    reason, detail)."""


# --- backups -----------------------------------------------------------------


class BackupError(ItaDeskError):
    """A backup file cannot be restored (facts: path, reason)."""


class NewerBackupError(BackupError):
    """The backup was made by a newer version (facts: path, version)."""


class SafetyBackupError(BackupError):
    """Nothing was restored: the safety backup of the current data could not
    be written first (facts: path, reason as for ``OutputError``, detail)."""


def output_error(path: Path | str, exc: OSError) -> OutputError:
    """Classify an OSError raised while writing ``path``."""
    import errno

    reason = {
        errno.EACCES: "readonly",
        errno.EPERM: "readonly",
        errno.EROFS: "readonly",
        errno.ENOSPC: "full",
        errno.EDQUOT: "full",
        errno.ENOENT: "missing",
        errno.EIO: "removed",
        errno.ENODEV: "removed",
        errno.ENXIO: "removed",
    }.get(exc.errno or 0, "other")
    return OutputError(path=str(path), reason=reason, detail=str(exc))


# --- what the clerk typed ------------------------------------------------------------


class DateInputError(ItaDeskError, ValueError):
    """A date typed by hand cannot be read (facts: text, reason: 'format',
    'month', 'no_such_day' or 'year'; with day, month, year_be when known)."""


class PrinterError(ItaDeskError):
    """The printer could not be started or stopped part way (facts: printer)."""


# --- Word documents (.docx) ----------------------------------------------------------


class WordFileError(ItaDeskError):
    """A file given as a Word document cannot be read (facts: path, reason:
    'missing', 'unreadable', 'empty', 'doc' (an old .doc or another OLE file),
    'encrypted' (password-protected), 'odt', 'pdf', 'rtf', 'not_docx' (another
    kind of file, or a ZIP without ``word/document.xml``), 'corrupt',
    'too_large' (more uncompressed content than any report has: a ZIP bomb);
    detail)."""


class NoReportTableError(ItaDeskError):
    """The Word document has no table whose header row names the report's
    columns (facts: path, tables: how many tables it has)."""


class TooManyRowsError(ItaDeskError):
    """The report table has more rows than any report has (facts: path, rows,
    limit)."""


class ImportFieldMissingError(ItaDeskError):
    """The document does not say the fiscal year or the organization, and it
    was not given (facts: field: 'year' or 'org', path)."""
