"""Named exceptions of the core.

They carry facts (paths, values, versions), never user-facing text: the Thai
sentence for each lives in ``itadesk.messages``, the one place that words
what the clerk reads, whether in the window or on the command line.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from pathlib import Path
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True)`` for a small class of the core, without its
    generated methods: ``exec`` compiles six for a frozen dataclass, some
    3.5 M instructions a class at import (a cold ``itadesk pdf`` imports eight
    such classes). Its methods do what the generated ones do, reading
    the fields at run time (a little slower a call: only for classes made
    and compared rarely); ``fields``, ``replace`` and ``asdict`` work as for
    any dataclass, and type checkers see the frozen dataclass.
    ``tests/test_records.py`` compares each such class with the generated
    dataclass of its fields."""
    return _record(cls, frozen=True)


@dataclass_transform()
def mutable_record(cls: type[_T]) -> type[_T]:
    """``@dataclass`` (not frozen) made as ``record`` makes a frozen one:
    ``__init__``, ``__repr__`` and ``__eq__`` that read the fields at run
    time, no hash (as a dataclass that compares). For classes made a few
    times a document; ``tests/test_records.py`` compares them too."""
    return _record(cls, frozen=False)


def _record(cls: type[_T], *, frozen: bool) -> type[_T]:
    """The methods of ``record`` (``frozen``) or of ``mutable_record``."""
    # (a class without a docstring gets one made from inspect.signature: give
    # each a docstring, that costs more than the class)
    cls = dataclass(init=False, repr=False, eq=False)(cls)
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    defaults = {
        f.name: (f.default, f.default_factory)
        for f in fields(cls)  # type: ignore[arg-type]
        if f.default is not MISSING or f.default_factory is not MISSING
    }
    qualname = cls.__qualname__
    plain = "__slots__" not in cls.__dict__  # instances keep their fields in __dict__

    def __init__(self: Any, *args: object, **kwargs: object) -> None:
        if len(args) > len(names):
            raise TypeError(
                f"{qualname}.__init__() takes {len(names) + 1} positional arguments but {len(args) + 1} were given"
            )
        values = dict(zip(names, args, strict=False))  # the rest by keyword or default
        if kwargs:
            for name in kwargs:
                if name not in names:
                    raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument {name!r}")
                if name in values:
                    raise TypeError(f"{qualname}.__init__() got multiple values for argument {name!r}")
            values.update(kwargs)
        if len(values) < len(names):
            for name in names:
                if name not in values:
                    if name not in defaults:
                        raise TypeError(f"{qualname}.__init__() missing required argument: {name!r}")
                    default, factory = defaults[name]
                    values[name] = default if factory is MISSING else factory()
        if plain:
            # the fields in one call (as the report's hot records are made),
            # in their order whatever the order given
            self.__dict__.update(values if len(args) == len(names) else {n: values[n] for n in names})
        else:
            for name in names:
                object.__setattr__(self, name, values[name])

    def __setattr__(self: Any, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self: Any) -> int:
        return hash(tuple(getattr(self, n) for n in names))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({inner})"

    methods = (
        (__init__, __setattr__, __delattr__, __eq__, __hash__, __repr__)
        if frozen
        else (__init__, __eq__, __repr__)
    )
    for method in methods:
        method.__qualname__ = f"{qualname}.{method.__name__}"
        setattr(cls, method.__name__, method)
    if not frozen:
        cls.__hash__ = None  # type: ignore[assignment]  # as a dataclass with eq and not frozen
    return cls


@dataclass_transform(kw_only_default=True, eq_default=False)
def _error(cls: type[_T]) -> type[_T]:
    """Make an error class a dataclass of its facts, without the generated
    ``__init__`` and ``__repr__``: generating those runs ``exec`` twice per
    class, about 4 ms of every command's start for the classes below.
    ``ItaDeskError.__init__`` and ``__repr__`` do the same for all of them.
    ``dataclasses.fields`` still lists the facts, and type checkers still see
    keyword-only constructors (``dataclass_transform``), so a misspelt or
    missing fact is caught before it runs."""
    return dataclass(eq=False, kw_only=True, init=False, repr=False)(cls)


@_error
class ItaDeskError(Exception):
    """Base of every error the core raises on purpose.

    Each subclass is a dataclass whose fields are its facts, given by keyword
    and read as attributes (``exc.path``, ``exc.reason``); ``facts`` has them
    all as a dict, and ``str(exc)`` lists them for the log."""

    if not TYPE_CHECKING:

        def __init__(self, **facts: object) -> None:
            # What the generated keyword-only __init__ would do: each field
            # from its keyword or its default; a TypeError for a missing or
            # unknown one.
            for f in fields(self):
                if f.name in facts:
                    setattr(self, f.name, facts.pop(f.name))
                elif f.default is not MISSING:
                    setattr(self, f.name, f.default)
                elif f.default_factory is not MISSING:
                    setattr(self, f.name, f.default_factory())
                else:
                    raise TypeError(f"{type(self).__qualname__}() missing keyword argument {f.name!r}")
            if facts:
                raise TypeError(
                    f"{type(self).__qualname__}() got unexpected keyword arguments {sorted(facts)}"
                )
            self.__post_init__()

    def __post_init__(self) -> None:
        super().__init__(", ".join(f"{k}={v!r}" for k, v in self.facts.items()))

    def __repr__(self) -> str:
        # The generated dataclass repr: ClassName(field=value, ...).
        return f"{type(self).__qualname__}({', '.join(f'{k}={v!r}' for k, v in self.facts.items())})"

    @property
    def facts(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def __reduce__(self) -> tuple[object, ...]:
        # Exception pickles its args; a dataclass is rebuilt from its fields.
        return (_rebuild, (type(self), self.facts))


def _rebuild(cls: type[ItaDeskError], facts: dict[str, object]) -> ItaDeskError:
    return cls(**facts)


# --- exchange file ---------------------------------------------------------


@_error
class NotJsonError(ItaDeskError):
    """The exchange file could not be read at all: missing, unreadable, not
    JSON, not UTF-8, empty or truncated (facts: path, reason)."""

    path: str
    reason: str
    detail: str = ""


@record
class Problem:
    """One failing field of a document: ``path`` like ``measures[2].period_end``,
    ``code`` naming the rule (see ``itadesk.messages.PROBLEMS``), ``value`` the
    offending value when it helps the clerk find it."""

    path: str
    code: str
    value: object = None


@_error
class ValidationError(ItaDeskError):
    """A document does not follow the exchange format (facts: problems)."""

    problems: list[Problem]


@_error
class UnexportableReportError(ItaDeskError):
    """The report's exchange file would not import back, e.g. a measure
    without a title (facts: problems, as the import would list them). Nothing
    is written."""

    problems: list[Problem]


# --- database ---------------------------------------------------------------


@_error
class FormatVersionError(ItaDeskError):
    """An export was asked for in an exchange format version that cannot hold
    what the report uses (facts: version)."""

    version: int


@_error
class DatabaseError(ItaDeskError):
    """Base of database problems (facts: path)."""

    path: str


@_error
class NotADatabaseError(DatabaseError):
    """The file is not an SQLite database, or not ITA Desk's (facts: path,
    reason: 'foreign' (another program's), 'empty', 'foreign_objects' (ITA
    Desk's, with tables, views or triggers another program added: refused
    for writing; detail names them) or '' (not SQLite, or damaged))."""

    reason: str = ""
    detail: str = ""


@_error
class NewerDatabaseError(DatabaseError):
    """Made by a newer version of the app (facts: path, version, supported)."""

    version: int
    supported: int


@_error
class DatabaseBusyError(DatabaseError):
    """Another process holds the database (facts: path)."""


@_error
class DatabaseLocationError(DatabaseError):
    """The folder is read-only, missing or unreachable (facts: path, reason)."""

    reason: str
    detail: str = ""


@_error
class StoredDataError(DatabaseError):
    """A stored record cannot be read: changed by another program, or
    damaged (facts: table, id, field)."""

    path: str = ""
    table: str
    id: object
    field: str


# --- reports and organizations ----------------------------------------------


@_error
class OrganizationNotFoundError(ItaDeskError):
    """No organization of that name (facts: name)."""

    name: str


@_error
class OrganizationAmbiguousError(ItaDeskError):
    """--org is needed: the database holds several (facts: names)."""

    names: list[str]


@_error
class NoOrganizationError(ItaDeskError):
    """The database holds no organization yet."""


@_error
class ReportNotFoundError(ItaDeskError):
    """No report for that organization and year (facts: organization, year)."""

    organization: str
    year: int


@_error
class ReportExistsError(ItaDeskError):
    """Import would overwrite an existing report (facts: organization, year)."""

    organization: str
    year: int


# --- files written for the clerk --------------------------------------------


@_error
class OutputError(ItaDeskError):
    """A file could not be written (facts: path, reason: 'readonly', 'full',
    'missing', 'removed', 'exists' (a file that must not be replaced is in the
    way), 'in_use' (held open by another program, e.g. a PDF reader on
    Windows), 'too_large' (over the drive's or the system's size limit for
    one file, e.g. 4 GB on a FAT32 stick), 'verify' (read back, it was not what was written) or 'other',
    detail)."""

    path: str
    reason: str
    detail: str = ""


@_error
class OutputRefusedError(OutputError):
    """The path given for a file to write must not be replaced (facts: path,
    reason 'refused', what: 'database' (the live database or its -wal, -shm,
    -journal or .lock), 'input' (a file the command reads), 'backups' (a file
    in the app's backups folder) or 'not_file' (a folder, device or pipe))."""

    what: str = "not_file"


@_error
class InputFileError(ItaDeskError):
    """A file given to read cannot be used (facts: path, reason: 'missing',
    'not_file' (a folder, device or pipe), 'too_large' (over ``limit``
    bytes) or 'unreadable'; limit, detail)."""

    path: str
    reason: str
    limit: int = 0
    detail: str = ""


@_error
class FontError(ItaDeskError):
    """A font file cannot be used (facts: path, reason)."""

    path: str
    reason: str
    detail: str = ""


@_error
class MissingGlyphsError(ItaDeskError):
    """Characters the font cannot draw (facts: font, chars, where)."""

    font: str
    chars: list[str]
    where: list[str]


@_error
class StackedMarksError(ItaDeskError):
    """More combining marks on one letter than print (facts: limit, where);
    those past ``limit`` were left out."""

    limit: int
    where: list[str]


@_error
class ImageError(ItaDeskError):
    """An image to print (the organization's logo) cannot be read (facts:
    reason, detail)."""

    reason: str
    detail: str = ""


# --- backups -----------------------------------------------------------------


@_error
class BackupError(ItaDeskError):
    """A backup file cannot be restored (facts: path, reason, limit: the size
    limit of a file refused as too large)."""

    path: str
    reason: str = ""
    detail: str = ""
    limit: int = 0


@_error
class BackupRowsError(BackupError):
    """A backup's stored rows fail the exchange file's validator (facts:
    path, organization, year (None: the organization's own row), problem:
    the first ``Problem``, count)."""

    reason: str = "invalid_rows"
    organization: str = ""
    year: int | None = None
    problem: Problem
    count: int = 1


@_error
class NewerBackupError(BackupError):
    """The backup was made by a newer version (facts: path, version)."""

    version: int
    supported: int


@_error
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
        errno.EFBIG: "too_large",
        errno.ENOENT: "missing",
        errno.EIO: "removed",
        errno.ENODEV: "removed",
        errno.ENXIO: "removed",
    }.get(exc.errno or 0, "other")
    return OutputError(path=str(path), reason=reason, detail=str(exc))


# --- what the clerk typed ------------------------------------------------------------


@_error
class DateInputError(ItaDeskError, ValueError):
    """A date typed by hand cannot be read (facts: text, reason: 'format',
    'month', 'no_such_day' or 'year'; with day, month, year_be when known)."""

    text: str
    reason: str
    day: int | None = None
    month: int | None = None
    year_be: int | None = None


@_error
class PrinterError(ItaDeskError):
    """The printer could not be started or stopped part way (facts: printer)."""

    printer: str


# --- Word documents (.docx) ----------------------------------------------------------


@_error
class WordFileError(ItaDeskError):
    """A file given as a Word document cannot be read (facts: path, reason:
    'missing', 'unreadable', 'empty', 'doc' (an old .doc or another OLE file),
    'encrypted' (password-protected), 'odt', 'pdf', 'rtf', 'not_docx' (another
    kind of file, or a ZIP without ``word/document.xml``), 'corrupt',
    'too_large' (more uncompressed content than any report has: a ZIP bomb);
    detail)."""

    path: str
    reason: str
    detail: str = ""


@_error
class NoReportTableError(ItaDeskError):
    """The Word document has no table whose header row names the report's
    columns (facts: path, tables: how many tables it has)."""

    path: str
    tables: int


@_error
class TooManyRowsError(ItaDeskError):
    """The report table has more rows than any report has (facts: path, rows,
    limit)."""

    path: str
    rows: int
    limit: int


@_error
class ImportFieldMissingError(ItaDeskError):
    """The document does not say the fiscal year or the organization, and it
    was not given (facts: field: 'year' or 'org', path)."""

    field: str
    path: str


# --- evidence photos ------------------------------------------------------------


@_error
class PhotoError(ItaDeskError):
    """A photo cannot be added (facts: reason — ``not_image``, ``heic``,
    ``too_many_pixels``, ``truncated``, ``too_large`` (bytes), ``unreadable``;
    name: the file's name when known; detail: what was found; limit)."""

    reason: str
    name: str = ""
    detail: str = ""
    limit: int = 0
