"""The local SQLite database, through sqlite-utils.

One file holds any number of organizations and fiscal years. The schema changes
only through the migrations below (sqlite-utils ``Migrations``, see ``migrations()``), and
``PRAGMA user_version`` carries their count so that an older app refuses a
newer file. Every user-level change is one transaction, written with
``synchronous=FULL``: once a method returns, the change is on disk.

One writer at a time: a ``Database`` opened for writing holds an operating-
system lock on ``<file>.lock`` that dies with its process, so a crash never
leaves a stale lock; a second writer gets ``DatabaseBusyError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from . import outline, thaifmt
from .errors import (
    DatabaseBusyError,
    DatabaseError,
    DatabaseLocationError,
    NewerDatabaseError,
    NoOrganizationError,
    NotADatabaseError,
    OrganizationAmbiguousError,
    OrganizationNotFoundError,
    Problem,
    ReportExistsError,
    ReportNotFoundError,
    StoredDataError,
    ValidationError,
    output_error,
    record,
)
from .fileio import atomic_write_bytes, is_regular_file, protect_backups_folder, protect_database
from .model import (
    LIST_FIELDS,
    LIST_STYLES,
    MARKER_KINDS,
    MARKER_LEVELS,
    Analysis,
    Item,
    Measure,
    Organization,
    Photo,
    Report,
    Signatory,
    stored_id,
)

if TYPE_CHECKING:
    # sqlite-utils (with click, dateutil, pluggy: about 60 ms cold) is imported
    # when a write or a migration begins, never on the read path of a command.
    import sqlite_utils
    from sqlite_utils.db import Table
    from sqlite_utils.migrations import Migrations

APP_ID = 0x49544144  # "ITAD", stamped in PRAGMA application_id

# The names of the migrations in order, kept here (sqlite-utils keeps its own
# list privately): their count is the schema version, and backups rebuild the
# schema of a version by applying them up to the next one's name.
MIGRATION_NAMES: list[str] = []
_MIGRATION_FUNCTIONS: list[Callable[[sqlite_utils.Database], None]] = []
_migrations: Migrations | None = None

_Migration = TypeVar("_Migration", bound="Callable[[sqlite_utils.Database], None]")


def _migration(fn: _Migration) -> _Migration:
    """Register ``fn`` under its own name in ``MIGRATION_NAMES`` and, once
    sqlite-utils is loaded, in ``migrations()``."""
    MIGRATION_NAMES.append(fn.__name__)
    _MIGRATION_FUNCTIONS.append(fn)
    return fn


def migrations() -> Migrations:
    """The schema's migrations as sqlite-utils ``Migrations`` (named ``itadesk``),
    built on first use: loading sqlite-utils is left to the first write."""
    global _migrations
    if _migrations is None:
        from sqlite_utils.migrations import Migrations

        built = Migrations("itadesk")
        for fn in _MIGRATION_FUNCTIONS:
            built(name=fn.__name__)(fn)
        _migrations = built
    return _migrations


def _sqlite_utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)  # see _connect


@_migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("organizations").create(
        {
            "id": int,
            "name": str,
            "type": str,
            "district": str,
            "province": str,
            "units": str,  # JSON list
            "logo": bytes,
            "digits": str,
            "font_path": str,
        },
        pk="id",
        not_null={"name", "units", "digits"},
        defaults={"units": "[]", "digits": "thai"},
    )
    db.table("reports").create(
        {
            "id": int,
            "organization_id": int,
            "fiscal_year_be": int,
            "title": str,
            "signatories": str,  # JSON list of {role, name, position}
            "analysis": str,  # the companion O36 document's analysis of last year's result
        },
        pk="id",
        foreign_keys=[("organization_id", "organizations", "id")],
        not_null={"organization_id", "fiscal_year_be", "signatories"},
        defaults={"signatories": "[]"},
    )
    db.table("reports").create_index(["organization_id", "fiscal_year_be"], unique=True)
    db.table("measures").create(
        {
            "id": int,
            "report_id": int,
            "position": int,
            "title": str,
            "steps": str,  # JSON list of items
            "results": str,
            "outcomes": str,
            "list_styles": str,  # JSON object, non-default styles only
            "responsible_units": str,  # JSON list
            "period_start": str,  # ISO date
            "period_end": str,
            "target_count": int,
            "participant_count": int,
        },
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
        not_null={
            "report_id",
            "position",
            "title",
            "steps",
            "results",
            "outcomes",
            "list_styles",
            "responsible_units",
        },
    )
    db.table("measures").create_index(["report_id", "position"])
    db.table("settings").create({"key": str, "value": str}, pk="key")


@_migration
def m002_compact_printing(db: sqlite_utils.Database) -> None:
    """The organization's compact printing (smaller table text, tighter cells)."""
    db.table("organizations").add_column("compact", int, not_null_default=0)


@_migration
def m003_report_settings(db: sqlite_utils.Database) -> None:
    """What changes from agency to agency and round to round (exchange v2):
    the ITA round and item code, title lines, markers per level, the budget
    column and amounts, follow-up, and the structured analysis. Today's
    ``reports.analysis`` text stays where it is, as the analysis' note."""
    db.table("organizations").add_column("budget_column", int, not_null_default=0)
    reports = db.table("reports")
    reports.add_column("ita_round", int)
    reports.add_column("show_item_code", int, not_null_default=0)
    reports.add_column("title_lines", str, not_null_default="{}")  # JSON {"cover": [...], "heading": [...]}
    reports.add_column("markers", str, not_null_default="{}")  # JSON {list style: [kind per level]}
    reports.add_column(
        "analysis_detail", str, not_null_default="{}"
    )  # JSON {score, level, weaknesses, improvements}
    measures = db.table("measures")
    measures.add_column("budget", str)  # "12450.50" or ไม่ใช้งบประมาณ
    measures.add_column("follow_up", str)


@_migration
def m004_photos(db: sqlite_utils.Database) -> None:
    """Evidence photos of each measure (ภาพกิจกรรม), and whether a report
    prints them."""
    db.table("photos").create(
        {
            "id": int,
            "measure_id": int,
            "position": int,
            "data": bytes,  # JPEG as itadesk.photos.prepare wrote it
            "mime": str,
            "caption": str,
            "taken": str,  # ISO date
        },
        pk="id",
        foreign_keys=[("measure_id", "measures", "id")],
        not_null={"measure_id", "position", "data", "mime", "caption"},
        defaults={"mime": "image/jpeg", "caption": ""},
    )
    db.table("photos").create_index(["measure_id", "position"])
    db.table("reports").add_column("print_photos", int, not_null_default=1)


SCHEMA_VERSION = len(MIGRATION_NAMES)


@record
class ReportSummary:
    """A stored report as the list of reports shows it."""

    report_id: int
    organization_id: int
    organization: str
    province: str | None
    fiscal_year_be: int
    measure_count: int


# --- the lock ----------------------------------------------------------------------


class _ProcessLock:
    """An exclusive lock on a file, held by this process until released; the
    operating system drops it when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: BinaryIO | None = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                with contextlib.suppress(OSError):
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


# --- the database --------------------------------------------------------------------


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    # sqlite-utils would also hand every connection to any sqlite-utils plugin
    # installed on the machine (execute_plugins): the clerk's data is not theirs,
    # and looking for them costs every start 30 ms. The Database wrappers say no.
    #
    # A reader is an ordinary connection that refuses writes (query_only), not a
    # mode=ro one: closing it may then checkpoint and remove the -wal/-shm files
    # instead of leaving them beside the database.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


_SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_file(path: Path) -> int:
    """The schema version of an existing file, 0 for an empty one. Raises
    ``NotADatabaseError`` for a file that is not SQLite or not ITA Desk's,
    ``DatabaseBusyError`` while another program holds it locked.

    Read from the file's header, without SQLite, so that nothing (no -wal,
    no -shm) appears beside a file that is refused; only when a -wal is
    already there (a writer is using it, or died) does SQLite read it."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise NotADatabaseError(path=str(path), reason="unreadable") from exc
    if not head:
        return 0
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        raise NotADatabaseError(path=str(path), reason="not_sqlite")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise NotADatabaseError(path=str(path), reason="not_sqlite")
    # A -wal beside it: the file alone may be mid-checkpoint (its header already
    # counting pages not yet written, after a kill or a power cut), and only
    # SQLite, replaying the -wal, reads it as it is.
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return _inspect_with_sqlite(path)
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] != head[92:96] or pages == 0:  # the header's page count is stale: count them
        pages = size // page_size
    elif pages * page_size > size:
        raise NotADatabaseError(path=str(path), reason="truncated")
    version = int.from_bytes(head[60:64], "big", signed=True)
    app_id = int.from_bytes(head[68:72], "big", signed=True)
    if app_id != APP_ID and (pages > 1 or version):
        raise NotADatabaseError(path=str(path), reason="foreign")
    return version


def _inspect_with_sqlite(path: Path) -> int:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(path=str(path), reason="unreadable") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:  # not SQLite, or locked by another program: not the same advice
        raise classify_sqlite_error(path, exc) from exc
    finally:
        conn.close()
    if tables and app_id != APP_ID:
        raise NotADatabaseError(path=str(path), reason="foreign")
    return version


class Database:
    """The app's database file. Use as a context manager, or call ``close()``.

    A reader never creates or changes a file (an empty, older or read-only
    file is read from a private copy in memory). A writer turns an empty
    file into a database only with ``initialize_empty`` (the clerk named it
    for a new database); otherwise an empty file is ``NotADatabaseError``
    (reason ``empty``): it may be a database that lost its content.

    Raises on opening: ``NotADatabaseError``, ``NewerDatabaseError``,
    ``DatabaseBusyError`` (another writer has it), ``DatabaseLocationError``
    (folder missing or read-only).
    """

    def __init__(self, path: Path | str, *, readonly: bool = False, initialize_empty: bool = True) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lock: _ProcessLock | None = None
        self._db: sqlite_utils.Database | None = None
        self._initialize_empty = initialize_empty
        protect_database(self.path)  # no output of this process may replace it (fileio.check_output)
        protect_backups_folder(data_dir() / "backups")
        if self.path.exists() and not is_regular_file(self.path):  # a pipe or device would hang or never end
            raise NotADatabaseError(path=str(self.path), reason="not_file")
        if readonly:
            if not self.path.exists():
                raise DatabaseLocationError(path=str(self.path), reason="missing")
            version = inspect_file(self.path)
            self._check_version(version)
            if version < SCHEMA_VERSION or not _writable(self.path):
                # Empty, older (needs migrating) or in a read-only place: read
                # a private copy in memory, so reading never changes a file.
                self._open_copy(version)
                return
        if not readonly:
            self._open_writer()
        else:
            try:
                self.conn = _connect(self.path, readonly=True)
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                self.close()
                raise classify_sqlite_error(self.path, exc) from exc
            missing = missing_tables(self.conn)
            if missing:  # marked as ITA Desk's, but not holding its tables
                self.close()
                raise NotADatabaseError(path=str(self.path), detail="missing " + ", ".join(missing))

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection through sqlite-utils, for writes and migrations
        (created, and sqlite-utils imported, on first use; reads use ``conn``)."""
        if self._db is None:
            self._db = _sqlite_utils_db(self.conn)
        return self._db

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def _open_copy(self, version: int) -> None:
        try:
            data = bytearray(self.path.read_bytes())
        except OSError as exc:
            raise DatabaseLocationError(path=str(self.path), reason="missing", detail=str(exc)) from exc
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            if data:
                data[18:20] = b"\x01\x01"  # an in-memory copy cannot be in WAL mode
                conn.deserialize(bytes(data))
            conn.execute("PRAGMA foreign_keys = ON")
            self.conn = conn
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA application_id = {APP_ID}")
                migrations().apply(self.db)  # in memory only: the file stays as it is
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise classify_sqlite_error(self.path, exc) from exc

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(path=str(self.path), version=version, supported=SCHEMA_VERSION)

    def _open_writer(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            raise DatabaseLocationError(path=str(self.path), reason="missing")
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            self._check_version(inspect_file(self.path))
        elif self.path.exists() and not self._initialize_empty:
            raise NotADatabaseError(path=str(self.path), reason="empty")
        lock = _ProcessLock(lock_path(self.path))
        lock_existed = lock.path.exists()
        try:
            got = lock.acquire()
        except OSError as exc:
            raise DatabaseLocationError(path=str(self.path), reason="readonly", detail=str(exc)) from exc
        if not got:
            raise DatabaseBusyError(path=str(self.path))
        self._lock = lock
        try:
            self.conn = _connect(self.path, readonly=False)
            foreign = foreign_objects(self.conn)
            if foreign:  # a trigger planted by another program would fire on our writes
                raise NotADatabaseError(
                    path=str(self.path), reason="foreign_objects", detail=", ".join(foreign)
                )
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            missing = missing_tables(self.conn)
            if version == SCHEMA_VERSION and missing:  # marked as ITA Desk's, but not holding its tables
                raise NotADatabaseError(path=str(self.path), detail="missing " + ", ".join(missing))
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self._close_refused(lock_existed)
            raise classify_sqlite_error(self.path, exc) from exc
        except BaseException:
            self._close_refused(lock_existed)
            raise

    def _close_refused(self, lock_existed: bool) -> None:
        """Close after refusing a file: a lock file made for it goes too."""
        self.close()
        if not lock_existed:
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()

    def migrate(self) -> None:
        """Bring the file to the current schema (a copy is kept first)."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        self._check_version(version)
        has_tables = self._has_organizations()
        if version == SCHEMA_VERSION and has_tables:
            return
        if version < SCHEMA_VERSION and has_tables:
            self.snapshot_before_upgrade(version)
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute(f"PRAGMA application_id = {APP_ID}")
        migrations().apply(self.db)
        self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _has_organizations(self) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organizations'"
        return self.conn.execute(sql).fetchone() is not None

    def snapshot_before_upgrade(self, version: int) -> Path:
        """Copy the file as it is into ``backups/`` of the data folder before
        migrating it, so an upgrade can always be undone by hand."""
        folder = data_dir() / "backups" / "before-upgrade"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(folder, exc) from exc
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
        target = folder / f"{self.path.stem}-v{version}-{stamp}.db"
        image = bytearray(self.conn.serialize())  # every page, the ones still in the -wal too
        image[18:20] = b"\x01\x01"  # a rollback-journal file: opening the copy leaves no -wal/-shm
        atomic_write_bytes(
            target, bytes(image), internal=True
        )  # whole or absent, never half a copy under its name
        copies = sorted(folder.glob(f"{self.path.stem}-v*.db"), key=lambda p: p.stem[-17:])  # by time
        for old in copies[:-3]:  # the last three are plenty
            old.unlink(missing_ok=True)
        return target

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
            self.conn = None  # type: ignore[assignment]
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One user-level change: all of it is stored, or none of it.

        Raises ``DatabaseLocationError`` (reason ``missing``) when the file
        has vanished (a USB stick pulled out, a network drive gone): SQLite
        would go on writing into the deleted file and lose every change."""
        if not self.readonly and not self.path.exists():
            raise DatabaseLocationError(path=str(self.path), reason="missing")
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.DatabaseError as exc:
            raise classify_sqlite_error(self.path, exc) from exc

    # --- organizations ---------------------------------------------------------------

    def organizations(self) -> list[Organization]:
        return [_org_from_row(r) for r in self._rows("SELECT * FROM organizations ORDER BY name, id")]

    def organization(self, org_id: int) -> Organization:
        rows = self._rows("SELECT * FROM organizations WHERE id = ?", [org_id])
        if not rows:
            raise OrganizationNotFoundError(name=str(org_id))
        return _org_from_row(rows[0])

    def find_organization(self, name: str, province: str | None) -> Organization | None:
        """The organization matching an imported one (same name and province)."""
        rows = self._rows(
            "SELECT * FROM organizations WHERE name = ? AND coalesce(province, '') = ? ORDER BY id LIMIT 1",
            [name, province or ""],
        )
        return _org_from_row(rows[0]) if rows else None

    def resolve_organization(self, name: str | None = None) -> Organization:
        """The organization a command means: by name, or the only one.
        Raises ``OrganizationNotFoundError``, ``OrganizationAmbiguousError``,
        ``NoOrganizationError``."""
        orgs = self.organizations()
        if name is None:
            if not orgs:
                raise NoOrganizationError()
            if len(orgs) > 1:
                raise OrganizationAmbiguousError(names=[o.name for o in orgs])
            return orgs[0]
        matches = [o for o in orgs if o.name == name] or [o for o in orgs if o.name.strip() == name.strip()]
        if not matches:
            raise OrganizationNotFoundError(name=name)
        if len(matches) > 1:
            raise OrganizationAmbiguousError(names=[f"{o.name} ({o.province or '-'})" for o in matches])
        return matches[0]

    def save_organization(self, org: Organization) -> Organization:
        """Insert or update; returns the organization with its id."""
        with self.transaction():
            return self._save_organization(org)

    def _save_organization(self, org: Organization) -> Organization:
        row = {
            "name": org.name,
            "type": org.type,
            "district": org.district,
            "province": org.province,
            "units": json.dumps(org.units, ensure_ascii=False),
            "logo": org.logo,
            "digits": org.digits,
            "font_path": org.font_path,
            "compact": int(org.compact),
            "budget_column": int(org.budget_column),
        }
        if org.id is None:
            org_id = _insert(self.db.table("organizations"), row)
            return replace(org, id=org_id)
        self.db.table("organizations").update(org.id, row)
        return org

    # --- reports -------------------------------------------------------------------------

    def summaries(self) -> list[ReportSummary]:
        sql = """
            SELECT r.id, o.id, o.name, o.province, r.fiscal_year_be,
                   (SELECT count(*) FROM measures m WHERE m.report_id = r.id)
            FROM reports r JOIN organizations o ON o.id = r.organization_id
            ORDER BY o.name, o.id, r.fiscal_year_be
        """
        return [ReportSummary(*row) for row in self.conn.execute(sql)]

    def years(self, org_id: int) -> list[int]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT fiscal_year_be FROM reports WHERE organization_id = ? ORDER BY fiscal_year_be",
                [org_id],
            )
        ]

    def report_id(self, org_id: int, year: int) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM reports WHERE organization_id = ? AND fiscal_year_be = ?", [org_id, year]
        ).fetchone()
        return row[0] if row else None

    def load_report(self, org_id: int, year: int) -> Report:
        """Raises ``ReportNotFoundError``."""
        org = self.organization(org_id)
        rid = self.report_id(org_id, year)
        if rid is None:
            raise ReportNotFoundError(organization=org.name, year=year)
        row = self._rows("SELECT * FROM reports WHERE id = ?", [rid])[0]
        measures = [
            _measure_from_row(r)
            for r in self._rows("SELECT * FROM measures WHERE report_id = ? ORDER BY position", [rid])
        ]
        for m in measures:
            m.photos = self.photos(stored_id(m.id))
        return Report(
            organization=org,
            fiscal_year_be=year,
            measures=measures,
            title=row["title"],
            signatories=_field("reports", row, "signatories", _signatories),
            id=rid,
            **_report_settings_from_row(row),
        )

    def create_report(self, org_id: int, year: int, title: str | None = None) -> Report:
        """An empty report. Raises ``ReportExistsError``."""
        org = self.organization(org_id)
        with self.transaction():
            if self.report_id(org_id, year) is not None:
                raise ReportExistsError(organization=org.name, year=year)
            rid = _insert(
                self.db.table("reports"),
                {"organization_id": org_id, "fiscal_year_be": year, "title": title, "signatories": "[]"},
            )
        return Report(org, year, [], title=title, id=rid)

    def save_report_settings(self, report: Report) -> None:
        """Store the title, signatories and analysis of an existing report."""
        with self.transaction():
            self.db.table("reports").update(
                stored_id(report.id),
                {
                    "title": report.title,
                    "signatories": _json_signatories(report.signatories),
                    **_report_settings_row(report),
                },
            )

    def import_report(self, report: Report, *, replace_existing: bool = False) -> Report:
        """Store a report read from an exchange file, in one transaction.

        The organization is matched by name and province (and then takes the
        file's type, district and units); an existing report for that year is
        replaced only with ``replace_existing``, else ``ReportExistsError``;
        its analysis (which exchange files do not carry) is kept.
        Returns the stored report, with ids.
        """
        with self.transaction():
            org = self.find_organization(report.organization.name, report.organization.province)
            incoming = report.organization
            if org is None:
                org = self._save_organization(replace(incoming, id=None))
            else:
                org = replace(org, type=incoming.type, district=incoming.district)
                org.units = _merge_units(org.units, incoming.units)
                org = self._save_organization(org)
            rid = self.report_id(stored_id(org.id), report.fiscal_year_be)
            analysis = report.analysis
            if rid is not None:
                if not replace_existing:
                    raise ReportExistsError(organization=org.name, year=report.fiscal_year_be)
                if analysis.is_empty():  # not in the file (v1): what the clerk wrote stays
                    analysis = _analysis_from_row(self._rows("SELECT * FROM reports WHERE id = ?", [rid])[0])
                self.db.execute(
                    "DELETE FROM photos WHERE measure_id IN (SELECT id FROM measures WHERE report_id = ?)",
                    [rid],
                )
                self.db.execute("DELETE FROM measures WHERE report_id = ?", [rid])
                self.db.execute("DELETE FROM reports WHERE id = ?", [rid])
            rid = _insert(
                self.db.table("reports"),
                {
                    "organization_id": org.id,
                    "fiscal_year_be": report.fiscal_year_be,
                    "title": report.title,
                    "signatories": _json_signatories(report.signatories),
                    **_report_settings_row(replace(report, analysis=analysis)),
                },
            )
            for position, measure in enumerate(report.measures):
                mid = _insert(self.db.table("measures"), _measure_row(rid, position, measure))
                self._insert_photos(mid, measure.photos)
        return self.load_report(stored_id(org.id), report.fiscal_year_be)

    def new_year_from(self, org_id: int, from_year: int, to_year: int | None = None) -> Report:
        """Start a year from an earlier one: titles, steps, units and list
        styles copied, periods moved on by the years between; results,
        outcomes and counts left empty. Raises ``ReportExistsError``."""
        source = self.load_report(org_id, from_year)
        to_year = to_year if to_year is not None else from_year + 1
        shift = to_year - from_year
        measures = [
            Measure(
                title=m.title,
                steps=m.steps,
                responsible_units=m.responsible_units,
                period_start=thaifmt.shift_year(m.period_start, shift) if m.period_start else None,
                period_end=thaifmt.shift_year(m.period_end, shift) if m.period_end else None,
                list_styles=dict(m.list_styles),
                follow_up=m.follow_up,
            )
            for m in source.measures
        ]
        with self.transaction():
            if self.report_id(org_id, to_year) is not None:
                raise ReportExistsError(organization=source.organization.name, year=to_year)
            rid = _insert(
                self.db.table("reports"),
                {
                    "organization_id": org_id,
                    "fiscal_year_be": to_year,
                    "title": source.title,
                    "signatories": _json_signatories(source.signatories),
                    # the same title lines, markers and item code; the next
                    # round; a new year's analysis and budgets are its own
                    **_report_settings_row(
                        replace(
                            source,
                            analysis=Analysis(),
                            ita_round=source.ita_round + shift if source.ita_round is not None else None,
                        )
                    ),
                },
            )
            for position, measure in enumerate(measures):
                self.db.table("measures").insert(_measure_row(rid, position, measure))
        return self.load_report(org_id, to_year)

    # --- measures ---------------------------------------------------------------------------

    def save_measure(self, report_id: int, measure: Measure, position: int | None = None) -> Measure:
        """Insert (at ``position``, default last) or update a measure, its photos included."""
        with self.transaction():
            if measure.id is not None:
                row = _measure_row(report_id, 0, measure)
                del row["position"]
                self.db.table("measures").update(measure.id, row)
                # the photos follow (an unchanged one costs an UPDATE of its
                # caption, date and position; its bytes are written once)
                return replace(measure, photos=self.save_photos(measure.id, measure.photos))
            count = self.conn.execute(
                "SELECT count(*) FROM measures WHERE report_id = ?", [report_id]
            ).fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            self.db.execute(
                "UPDATE measures SET position = position + 1 WHERE report_id = ? AND position >= ?",
                [report_id, position],
            )
            mid = _insert(self.db.table("measures"), _measure_row(report_id, position, measure))
            self._insert_photos(mid, measure.photos)
            return replace(measure, id=mid)

    def delete_measure(self, measure_id: int) -> int:
        """Delete a measure; returns the position it had (for undo)."""
        with self.transaction():
            row = self.db.table("measures").get(measure_id)
            self.db.execute("DELETE FROM photos WHERE measure_id = ?", [measure_id])
            self.db.execute("DELETE FROM measures WHERE id = ?", [measure_id])
            self.db.execute(
                "UPDATE measures SET position = position - 1 WHERE report_id = ? AND position > ?",
                [row["report_id"], row["position"]],
            )
            return row["position"]

    # --- photos --------------------------------------------------------------------------------

    def photos(self, measure_id: int) -> list[Photo]:
        """A measure's photos in print order."""
        return [
            _photo_from_row(r)
            for r in self._rows(
                "SELECT * FROM photos WHERE measure_id = ? ORDER BY position, id", [measure_id]
            )
        ]

    def save_photos(self, measure_id: int, photos: list[Photo]) -> list[Photo]:
        """Make ``photos`` (in this order) the measure's photos: those with an
        id that it has keep their bytes and get the new caption, date and
        position; the others are inserted; the rest are deleted. Returns them with ids."""
        with self.transaction():
            have = {
                r[0] for r in self.conn.execute("SELECT id FROM photos WHERE measure_id = ?", [measure_id])
            }
            keep = {p.id for p in photos if p.id in have}
            for gone in have - keep:
                self.db.execute("DELETE FROM photos WHERE id = ?", [gone])
            out = []
            for position, photo in enumerate(photos):
                if photo.id in keep:
                    self.db.execute(
                        "UPDATE photos SET position = ?, caption = ?, taken = ? WHERE id = ?",
                        [position, photo.caption, photo.taken.isoformat() if photo.taken else None, photo.id],
                    )
                    out.append(photo)
                else:
                    pid = _insert(self.db.table("photos"), _photo_row(measure_id, position, photo))
                    out.append(replace(photo, id=pid))
            return out

    def _insert_photos(self, measure_id: int, photos: list[Photo]) -> None:
        for position, photo in enumerate(photos):
            self.db.table("photos").insert(_photo_row(measure_id, position, photo))

    def move_measure(self, measure_id: int, new_position: int) -> None:
        with self.transaction():
            row = self.db.table("measures").get(measure_id)
            ids = [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM measures WHERE report_id = ? ORDER BY position", [row["report_id"]]
                )
            ]
            ids.remove(measure_id)
            ids.insert(max(0, min(new_position, len(ids))), measure_id)
            for pos, mid in enumerate(ids):
                self.db.execute("UPDATE measures SET position = ? WHERE id = ?", [pos, mid])

    # --- settings -------------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]


# --- rows <-> model -----------------------------------------------------------------------------


def classify_sqlite_error(path: Path, exc: sqlite3.Error) -> DatabaseError:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return NotADatabaseError(path=str(path), reason="not_sqlite")
    if "readonly" in text or "read-only" in text:
        return DatabaseLocationError(path=str(path), reason="readonly", detail=str(exc))
    if "disk i/o" in text or "unable to open" in text:
        return DatabaseLocationError(path=str(path), reason="missing", detail=str(exc))
    if "full" in text:
        return DatabaseLocationError(path=str(path), reason="full", detail=str(exc))
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(path=str(path))
    return DatabaseLocationError(path=str(path), reason="other", detail=str(exc))


def _writable(path: Path) -> bool:
    """Whether SQLite could write beside ``path`` (its -wal/-shm) and into it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and os.access(path, os.W_OK)


def _merge_units(existing: list[str], incoming: list[str]) -> list[str]:
    return list(incoming) + [u for u in existing if u not in incoming]


def _json_signatories(signatories: list[Signatory]) -> str:
    return json.dumps(
        [{"role": s.role, "name": s.name, "position": s.position} for s in signatories], ensure_ascii=False
    )


# Stored content is read defensively: a record changed by another program (or
# damaged) is named in a StoredDataError, never an "unexpected error" later.
_BROKEN = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


def _field(table: str, row: dict, name: str, decode: Callable[[Any], Any]) -> Any:
    try:
        return decode(row[name])
    except _BROKEN as exc:
        raise StoredDataError(table=table, id=row.get("id"), field=name) from exc


def _text(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("not text")
    return value


def _required_text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _texts(value: object) -> list[str]:
    decoded = json.loads(_required_text(value))
    if not isinstance(decoded, list) or not all(isinstance(v, str) for v in decoded):
        raise TypeError("not a list of texts")
    return decoded


def _digits(value: object) -> str:
    if value in (None, ""):
        return "thai"
    if value not in ("thai", "arabic"):
        raise ValueError(f"digits {value!r}")
    return str(value)


def _logo(value: object) -> bytes | None:
    if value is not None and not isinstance(value, bytes):
        raise TypeError("logo is not an image")
    return value


def _count(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"count {value!r}")
    return value


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(_required_text(value)) if value else None


def _styles(value: object) -> dict:
    decoded = json.loads(_required_text(value))
    if not isinstance(decoded, dict) or any(
        k not in LIST_FIELDS or v not in LIST_STYLES for k, v in decoded.items()
    ):
        raise ValueError("list styles")
    return decoded


def _signatories(value: object) -> list[Signatory]:
    decoded = json.loads(_required_text(value))
    if not isinstance(decoded, list):
        raise TypeError("signatories")
    return [
        Signatory(_required_text(s["role"]), _text(s.get("name")), _text(s.get("position"))) for s in decoded
    ]


def _budget(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or thaifmt.parse_amount(value) != value:
        raise ValueError(f"budget {value!r}")
    return value


def _json_object(value: object) -> dict:
    if value is None:
        return {}
    decoded = json.loads(_required_text(value))
    if not isinstance(decoded, dict):
        raise TypeError("not an object")
    return decoded


def _title_lines(value: object) -> dict[str, list[str]]:
    decoded = _json_object(value)
    out = {}
    for key in ("cover", "heading"):
        lines = decoded.get(key, [])
        if not isinstance(lines, list) or not all(isinstance(t, str) for t in lines):
            raise TypeError("title lines")
        out[key] = lines
    return out


def _markers(value: object) -> dict[str, list[str]]:
    decoded = _json_object(value)
    for style, kinds in decoded.items():
        if (
            style not in LIST_STYLES
            or not isinstance(kinds, list)
            or not 1 <= len(kinds) <= MARKER_LEVELS
            or any(k not in MARKER_KINDS for k in kinds)
        ):
            raise ValueError("markers")
    return decoded


def _analysis_detail(value: object) -> dict:
    decoded = _json_object(value)
    for key in ("score", "level"):
        if decoded.get(key) is not None and not isinstance(decoded[key], str):
            raise TypeError(key)
    for key in ("weaknesses", "improvements"):
        if not isinstance(decoded.get(key, []), list) or not all(
            isinstance(t, str) for t in decoded.get(key, [])
        ):
            raise TypeError(key)
    return decoded


def _analysis_from_row(row: dict) -> Analysis:
    detail = _field("reports", row, "analysis_detail", _analysis_detail) if "analysis_detail" in row else {}
    return Analysis(
        note=_field("reports", row, "analysis", _text),
        score=detail.get("score"),
        level=detail.get("level"),
        weaknesses=list(detail.get("weaknesses", [])),
        improvements=list(detail.get("improvements", [])),
    )


def _report_settings_from_row(row: dict) -> dict[str, Any]:
    """The report's fields of migration m003 (and its analysis) from its row."""
    lines = _field("reports", row, "title_lines", _title_lines) if "title_lines" in row else {}
    ita_round = _field("reports", row, "ita_round", _count) if "ita_round" in row else None
    return {
        "analysis": _analysis_from_row(row),
        "ita_round": ita_round,
        "show_item_code": bool(row.get("show_item_code") or 0),
        "cover_lines": lines.get("cover", []),
        "heading_lines": lines.get("heading", []),
        "markers": _field("reports", row, "markers", _markers) if "markers" in row else {},
        "print_photos": bool(row.get("print_photos", 1)),
    }


def _report_settings_row(report: Report) -> dict[str, Any]:
    a = report.analysis
    detail: dict[str, Any] = {}
    if a.score:
        detail["score"] = a.score
    if a.level:
        detail["level"] = a.level
    if a.weaknesses:
        detail["weaknesses"] = list(a.weaknesses)
    if a.improvements:
        detail["improvements"] = list(a.improvements)
    lines = {}
    if report.cover_lines:
        lines["cover"] = list(report.cover_lines)
    if report.heading_lines:
        lines["heading"] = list(report.heading_lines)
    return {
        "analysis": a.note,
        "analysis_detail": json.dumps(detail, ensure_ascii=False),
        "ita_round": report.ita_round,
        "show_item_code": int(report.show_item_code),
        "title_lines": json.dumps(lines, ensure_ascii=False),
        "markers": json.dumps({k: list(v) for k, v in sorted(report.markers.items())}, ensure_ascii=False),
        "print_photos": int(report.print_photos),
    }


def _org_from_row(row: dict) -> Organization:
    def get(name: str, decode: Callable[[Any], Any]) -> Any:
        return _field("organizations", row, name, decode)

    return Organization(
        id=row["id"],
        name=get("name", _required_text),
        type=get("type", _text),
        district=get("district", _text),
        province=get("province", _text),
        units=get("units", _texts),
        logo=get("logo", _logo),
        digits=get("digits", _digits),
        font_path=get("font_path", _text),
        compact=bool(row.get("compact") or 0),
        budget_column=bool(row.get("budget_column") or 0),
    )


def items_to_json(items: list[Item]) -> str:
    def enc(its: list[Item]) -> list:
        return [[it.text, enc(it.items)] if it.items else it.text for it in its]

    return json.dumps(enc(items), ensure_ascii=False)


def items_from_json(text: str) -> list[Item]:
    """Raises ``ValueError`` for anything but stored items (see ``items_to_json``)."""

    def dec(values: object) -> list[Item]:
        if not isinstance(values, list):
            raise ValueError("items are not a list")
        out = []
        for v in values:
            if isinstance(v, str):
                out.append(Item(v))
            elif isinstance(v, list) and len(v) == 2 and isinstance(v[0], str):
                out.append(Item(v[0], dec(v[1])))
            else:
                raise ValueError("not an item")
        return out

    return dec(json.loads(_required_text(text)))


def _insert(table: Table, row: dict[str, Any]) -> int:
    """Insert ``row`` and return its rowid."""
    pk = table.insert(row).last_pk
    if not isinstance(pk, int):
        raise TypeError(f"no integer id for the row inserted into {table.name}: {pk!r}")
    return pk


def _measure_row(report_id: int, position: int, m: Measure) -> dict:
    """The measure's row. Raises ``ValidationError`` (``too_deep``) for lists
    deeper than the app's one nesting limit, whoever hands them in."""
    too_deep = [
        Problem(f"measures[{position}].{name}", "too_deep")
        for name in LIST_FIELDS
        if outline.depth(m.items_of(name)) > outline.MAX_LEVEL
    ]
    if too_deep:
        raise ValidationError(problems=too_deep)
    row = {
        "report_id": report_id,
        "position": position,
        "title": m.title,
        "list_styles": json.dumps(
            {k: v for k, v in m.list_styles.items() if v != "numbered"}, ensure_ascii=False, sort_keys=True
        ),
        "responsible_units": json.dumps(m.responsible_units, ensure_ascii=False),
        "period_start": m.period_start.isoformat() if m.period_start else None,
        "period_end": m.period_end.isoformat() if m.period_end else None,
        "target_count": m.target_count,
        "participant_count": m.participant_count,
        "budget": m.budget,
        "follow_up": m.follow_up,
    }
    for name in LIST_FIELDS:
        row[name] = items_to_json(m.items_of(name))
    return row


def _photo_row(measure_id: int, position: int, photo: Photo) -> dict[str, Any]:
    return {
        "measure_id": measure_id,
        "position": position,
        "data": photo.data,
        "mime": photo.mime,
        "caption": photo.caption,
        "taken": photo.taken.isoformat() if photo.taken else None,
    }


def _photo_from_row(row: dict) -> Photo:
    def get(name: str, decode: Callable[[Any], Any]) -> Any:
        return _field("photos", row, name, decode)

    return Photo(
        data=get("data", _logo),
        caption=get("caption", _text) or "",
        taken=get("taken", _date),
        mime=get("mime", _required_text),
        id=row["id"],
    )


def _measure_from_row(row: dict) -> Measure:
    def get(name: str, decode: Callable[[Any], Any]) -> Any:
        return _field("measures", row, name, decode)

    return Measure(
        id=row["id"],
        title=get("title", _required_text),
        steps=get("steps", items_from_json),
        results=get("results", items_from_json),
        outcomes=get("outcomes", items_from_json),
        list_styles=get("list_styles", _styles),
        responsible_units=get("responsible_units", _texts),
        period_start=get("period_start", _date),
        period_end=get("period_end", _date),
        target_count=get("target_count", _count),
        participant_count=get("participant_count", _count),
        budget=get("budget", _budget) if "budget" in row else None,
        follow_up=get("follow_up", _text) if "follow_up" in row else None,
    )


# --- where the data lives ---------------------------------------------------------------------------


def data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\ITADesk`` on Windows,
    ``~/.local/share/ITADesk`` on Linux). ``ITADESK_HOME`` overrides it."""
    override = os.environ.get("ITADESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ITADesk", appauthor=False, roaming=False))


def default_db_path() -> Path:
    """``ITADESK_DB`` if set, else ``itadesk.db`` in the data folder."""
    env = os.environ.get("ITADESK_DB")
    if env:
        return Path(env)
    return data_dir() / "itadesk.db"


def migrated_in_memory(stop_before: str | None = None) -> sqlite3.Connection:
    """A new in-memory database with the app's schema (up to the migration
    ``stop_before``, all of them by default). The caller closes it."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations().apply(_sqlite_utils_db(conn), stop_before=stop_before)
    return conn


# The tables every ITA Desk database holds (a test checks them against the
# migrations); a reader checks them without loading sqlite-utils.
APP_TABLES = ("measures", "organizations", "photos", "reports", "settings")
# Every object the migrations make (lower-case names; a test checks them
# against a database migrated in memory): opening a file needs no
# sqlite-utils to tell them from another program's.
APP_OBJECTS = frozenset(
    {
        ("index", "idx__sqlite_migrations_migration_set_name"),
        ("index", "idx_measures_report_id_position"),
        ("index", "idx_photos_measure_id_position"),
        ("index", "idx_reports_organization_id_fiscal_year_be"),
        ("index", "sqlite_autoindex_settings_1"),
        ("table", "_sqlite_migrations"),
        *(("table", name) for name in APP_TABLES),
    }
)


def app_objects_migrated() -> frozenset[tuple[str, str]]:
    """The objects of a database migrated in memory (``APP_OBJECTS``, made
    the slow way)."""
    conn = migrated_in_memory()
    try:
        return frozenset(
            (type_, name.lower()) for type_, name in conn.execute("SELECT type, name FROM sqlite_master")
        )
    finally:
        conn.close()


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    """The app's tables that ``conn`` lacks."""
    present = {
        name.lower() for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return [name for name in APP_TABLES if name not in present]


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Tables, indexes, views and triggers that are not the app's (SQLite's
    own ``sqlite_*`` objects are): ``type name`` each."""
    app = APP_OBJECTS
    return sorted(
        f"{type_} {name}"
        for type_, name in conn.execute("SELECT type, name FROM sqlite_master")
        if (type_, name.lower()) not in app and not name.lower().startswith("sqlite_")
    )
