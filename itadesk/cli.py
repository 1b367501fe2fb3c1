"""The command line: ``itadesk`` (also ``python -m itadesk``).

Exit 0 on success, 2 on wrong usage, 1 on any other failure, with one plain
Thai line on stderr. Details go to the log file in the data folder; ``--debug``
shows the traceback as well. Output is UTF-8 whatever the console's code page.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from . import __version__, messages
from .errors import ItaDeskError


def _log():  # noqa: ANN202 - a logging.Logger, logging imported only here
    """The app's logger: logging is imported (and configured, see
    ``setup_logging``) only when a record is made."""
    import logging

    return logging.getLogger("itadesk")


EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

# argparse passes each of its English words through gettext, and gettext
# searches the file system for a catalogue each time (one Python never
# ships): 30 searches a parser, 8.5 M instructions of every command. Its
# words are taken as they are (a usage error is worded in Thai by
# messages.usage in any case; tests/test_cli.py checks the help is the same).
argparse._ = str  # type: ignore[attr-defined]


class UsageError(Exception):
    """Wrong words on the command line (exit 2)."""


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (and
    with it bz2 and lzma) in a command that prints no help."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, of the width argparse would choose. argparse
    makes one for every option it adds."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ):
        super().__init__(
            prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width
        )


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # argparse's own messages are English
        raise UsageError(message)


YEAR_RANGE = (2400, 2800)  # fiscal years, Buddhist Era, that a command accepts


def _year(text: str) -> int:
    """A ``--year`` value: digits (Thai or Arabic) of a Buddhist-Era year."""
    shown = text if len(text) <= 12 else text[:12] + "…"
    digits = text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    if not digits.isascii() or not digits.isdigit():
        raise argparse.ArgumentTypeError(f"invalid int value: '{shown}'")
    if len(digits) > 4 or not YEAR_RANGE[0] <= int(digits) <= YEAR_RANGE[1]:
        raise argparse.ArgumentTypeError(f"year out of range: '{shown}'")
    return int(digits)


def _add_report(p: argparse.ArgumentParser) -> None:
    """Which report: ``--year`` and ``--org``."""
    p.add_argument("--year", type=_year, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2568")
    p.add_argument("--org", help="ชื่อหน่วยงาน (ไม่ต้องระบุถ้ามีหน่วยงานเดียว)")


def _add_document(p: argparse.ArgumentParser) -> None:
    """Which document of it, and in which digits (``pdf`` and ``html``)."""
    p.add_argument("--arabic-digits", action="store_true", help="ใช้เลขอารบิกแทนเลขไทย")
    p.add_argument(
        "--document",
        choices=("results", "plan"),
        default="results",
        help="results: รายงานผลการดำเนินการ (O37, ค่าเริ่มต้น); plan: มาตรการส่งเสริมคุณธรรมฯ (O36)",
    )


def _add_db(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # --db and --debug are accepted before or after the command.
    default = None if top else argparse.SUPPRESS
    p.add_argument(
        "--db", metavar="PATH", default=default, help="ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ITADESK_DB หรือโฟลเดอร์ข้อมูล)"
    )
    p.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="แสดงรายละเอียดข้อผิดพลาด",
    )


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="แทนที่รายงานปีเดียวกันที่มีอยู่แล้ว")
    p.add_argument("--year", type=_year, help="ไฟล์ Word: ปีงบประมาณ พ.ศ. เช่น 2568 (แทนปีที่เขียนในไฟล์)")
    p.add_argument("--org", help="ไฟล์ Word: ชื่อหน่วยงาน (แทนชื่อที่เขียนในไฟล์)")


def _export_json_options(p: argparse.ArgumentParser) -> None:
    _add_report(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p.add_argument(
        "--format-version",
        type=int,
        choices=(1, 2),
        help="รุ่นของไฟล์ (ไม่ระบุ: รุ่นเก่าที่สุดที่เก็บรายงานนี้ได้ครบ)",
    )


def _no_options(p: argparse.ArgumentParser) -> None:
    pass


def _pdf_options(p: argparse.ArgumentParser) -> None:
    _add_report(p)
    p.add_argument("--font", metavar="PATH", help="แบบอักษร TrueType (.ttf) ที่ใช้แทน Sarabun")
    p.add_argument("--portrait", action="store_true", help="กระดาษแนวตั้ง (ค่าเริ่มต้น: แนวนอน)")
    _add_document(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _html_options(p: argparse.ArgumentParser) -> None:
    _add_report(p)
    _add_document(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.html")


def _backup_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="โฟลเดอร์หรือชื่อไฟล์ปลายทาง (ค่าเริ่มต้น: แฟลชไดรฟ์ที่เสียบอยู่ หรือโฟลเดอร์ที่ใช้ครั้งก่อน)",
    )


def _restore_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.itabackup")
    p.add_argument("--yes", action="store_true", help="กู้คืนเลยโดยไม่ต้องถาม")


def _demo_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-window", action="store_true", help="ไม่เปิดหน้าต่าง แสดงรายการเท่านั้น")


# Each command: its help line and what adds its options (then --db and --debug).
SUBCOMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "import": ("นำเข้ารายงานจากไฟล์ .json หรือไฟล์ Word (.docx)", _import_options),
    "export-json": ("ส่งออกรายงานเป็นไฟล์ .json", _export_json_options),
    "list": ("แสดงหน่วยงานและปีงบประมาณในฐานข้อมูล", _no_options),
    "pdf": ("พิมพ์รายงาน (หรือมาตรการ) เป็นไฟล์ PDF", _pdf_options),
    "html": ("บันทึกรายงาน (หรือมาตรการ) เป็นหน้าเว็บ (ไฟล์ .html ไฟล์เดียว) สำหรับเผยแพร่", _html_options),
    "check": ("ตรวจความพร้อมของรายงานก่อนเผยแพร่ (สิ่งที่ผู้ตรวจประเมินอาจทักท้วง)", _add_report),
    "backup": ("สำรองข้อมูลทั้งหมดเป็นไฟล์ .itabackup (เช่น ลงแฟลชไดรฟ์)", _backup_options),
    "restore": ("กู้คืนข้อมูลทั้งหมดจากไฟล์ .itabackup", _restore_options),
    "demo": ("เปิดโปรแกรมด้วยรายงานตัวอย่าง (ฐานข้อมูลตัวอย่างแยกต่างหาก)", _demo_options),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. With ``command``, only that command gets
    its options (every command is still listed, with its help): building
    all of them cost a quarter of ``itadesk list``'s own time."""
    parser = _Parser(
        prog="itadesk", description="ITA Desk: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    )
    parser.add_argument("--version", action="version", version=f"ITA Desk {__version__}")
    _add_db(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="คำสั่ง", parser_class=_Parser)
    for name, (help_text, add_options) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        if command is None or name == command:
            add_options(p)
            _add_db(p)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, read as the top-level options allow (the
    value after ``--db`` is a path); None when unsure."""
    take_value = False
    for word in argv:
        if take_value:
            take_value = False
        elif word == "--db":
            take_value = True
        elif word == "--" or not word.startswith("-"):
            return word if word in SUBCOMMANDS else None
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """``argv`` parsed, raising ``UsageError``: by a parser with only the named
    command's options, and by the whole parser where that one finds fault or
    read another command (so every answer is the whole parser's)."""
    command = _command_named(argv)
    if command is not None:
        with contextlib.suppress(UsageError):
            args = build_parser(command).parse_args(argv)
            if args.command == command:
                return args
    return build_parser().parse_args(argv)


# --- commands --------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    from .storage import default_db_path

    return Path(args.db) if args.db else default_db_path()


def _open(args: argparse.Namespace, *, readonly: bool = False):
    from .drives import is_unsafe_location
    from .errors import DatabaseLocationError, output_error
    from .storage import Database

    path = _db_path(args)
    if not readonly and not args.db:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # the per-user data folder
        except OSError as exc:
            reason = output_error(path, exc).reason
            reason = reason if reason in ("readonly", "full") else "missing"
            raise DatabaseLocationError(path=str(path), reason=reason, detail=str(exc)) from exc
    kind = is_unsafe_location(path)
    if kind and not getattr(args, "_warned_location", False):
        args._warned_location = True
        print(messages.unsafe_location(path, kind, command_line=True), file=sys.stderr)
    # An empty file becomes a database only when the clerk named it (--db).
    return Database(path, readonly=readonly, initialize_empty=bool(args.db))


def cmd_import(args: argparse.Namespace) -> int:
    from .exchange import check_report, load_report
    from .wordimport import is_word_input

    if is_word_input(args.file):  # chosen by content (a .docx is a ZIP with word/document.xml)
        return _import_word(args)
    if args.year is not None or args.org is not None:
        raise UsageError(messages.WORD_ONLY_OPTIONS)
    report = load_report(args.file)  # checked whole before anything is written
    with _open(args) as db:
        stored = db.import_report(report, replace_existing=args.replace)
    _print_warnings(check_report(stored))
    print(messages.imported(stored.organization.name, stored.fiscal_year_be, len(stored.measures)))
    return EXIT_OK


WARNINGS_SHOWN = 10  # a huge import lists the first few, then a count


def _print_warnings(problems: list) -> None:
    for problem in problems[:WARNINGS_SHOWN]:
        print(messages.warning_line(problem), file=sys.stderr)
    if len(problems) > WARNINGS_SHOWN:
        print(messages.more_warnings(len(problems) - WARNINGS_SHOWN), file=sys.stderr)


def _import_word(args: argparse.Namespace) -> int:
    from .exchange import check_report
    from .wordimport import build_report, read_docx

    doc = read_docx(args.file)  # every check of the file, before the database is opened
    known: list[str] = []
    name = args.org or doc.organization_name
    if name and _db_path(args).exists():
        with _open(args, readonly=True) as db:
            org = next((o for o in db.organizations() if o.name == name), None)
            known = list(org.units) if org else []
    result = build_report(doc, year=args.year, org=args.org, known_units=known)
    with _open(args) as db:
        stored = db.import_report(result.report, replace_existing=args.replace)
    for line in messages.word_recognized(result, "arabic"):  # the command line writes Arabic digits
        print(line)
    for line in messages.word_not_placed_lines(result, "arabic"):
        print(line)
    _print_warnings(check_report(stored))
    print(messages.imported(stored.organization.name, stored.fiscal_year_be, len(stored.measures)))
    return EXIT_OK


def _load_report(args: argparse.Namespace):
    """The report of ``--org`` (or the only organization) for ``--year``."""
    with _open(args, readonly=True) as db:
        org = db.resolve_organization(args.org)
        return db.load_report(org.id, args.year)


def cmd_export_json(args: argparse.Namespace) -> int:
    from .errors import FormatVersionError
    from .exchange import save_report
    from .fileio import check_output

    report = _load_report(args)
    version = getattr(args, "format_version", None)
    if version == 1 and report.uses_v2():
        raise FormatVersionError(version=1)
    check_output(args.output)  # the one rule for outputs (fileio); atomic_writer applies it again
    save_report(report, args.output, version)
    print(messages.exported(args.output))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    orgs, summaries = [], []
    if _db_path(args).exists():
        with _open(args, readonly=True) as db:
            summaries = db.summaries()
            orgs = db.organizations()
    if not orgs:
        print(messages.EMPTY_DATABASE)
    for org in orgs:
        print(messages.organization_line(org.name, org.district, org.province))
        years = [s for s in summaries if s.organization_id == org.id]
        for s in years:
            print("  " + messages.year_line(s.fiscal_year_be, s.measure_count))
        if not years:
            print("  " + messages.NO_REPORT_YET)
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    from .fileio import check_output, protect_input
    from .report import load_pillow_on_first_use, write_pdf

    load_pillow_on_first_use()  # most reports draw no image
    if args.font:
        protect_input(args.font)
    report = _load_report(args)
    check_output(args.output)  # before rendering; atomic_writer applies it again
    result = write_pdf(
        report,
        Path(args.output),
        font=Path(args.font) if args.font else None,
        orientation="portrait" if args.portrait else "landscape",
        digits="arabic" if args.arabic_digits else None,
        document=args.document,
    )
    for warning in result.warnings:
        print(messages.warning(warning), file=sys.stderr)
    print(messages.pdf_written(args.output, result.page_count))
    return EXIT_OK


def cmd_html(args: argparse.Namespace) -> int:
    from .fileio import check_output
    from .web import write_html

    report = _load_report(args)
    check_output(args.output)  # before building; atomic_writer applies it again
    result = write_html(
        report,
        Path(args.output),
        digits="arabic" if args.arabic_digits else None,
        document=args.document,
    )
    for warning in result.warnings:
        print(messages.warning(warning), file=sys.stderr)
    print(messages.html_written(args.output, len(result.html)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """One Thai line per finding; exit 0 when there is nothing to look at, 1 otherwise."""
    from .readiness import check

    report = _load_report(args)
    findings = check(report)
    for finding in findings:
        print(messages.readiness_line(finding, "arabic"))  # the command line writes Arabic digits
    name, year = report.organization.name, report.fiscal_year_be
    if not findings:
        print(messages.readiness_ok(name, year))
        return EXIT_OK
    print(messages.readiness_found(name, year, len(findings)), file=sys.stderr)
    return EXIT_FAIL


def cmd_backup(args: argparse.Namespace) -> int:
    from .backup import make_backup
    from .errors import DatabaseBusyError

    path = _db_path(args)
    if not path.exists() or path.stat().st_size == 0:
        db = _open(args, readonly=True)  # says the database is missing; an empty file stays empty
    else:
        try:
            db = _open(args)
        except DatabaseBusyError:  # the window is open: a snapshot is still consistent
            db = _open(args, readonly=True)
    with db:
        info = make_backup(db, args.output or None)  # as typed: a trailing slash means a folder
    print(messages.backup_saved(info))
    for line in messages.contents_lines(info.manifest.organizations):
        print("  " + line)
    return EXIT_OK


_YES = {"y", "yes", "ใช่", "ั"}  # "ั" is the y key with the Thai keyboard layout on


def _confirm(question: str) -> bool | None:
    """True/False from one line of stdin; None when there is no answer (EOF)."""
    print(question + messages.TYPE_YES_TO_RESTORE, end="", flush=True)
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        print()
        return None
    try:
        line = stdin.readline()
    except (OSError, ValueError):
        line = ""
    if not line:
        print()
        return None
    if not stdin.isatty():
        print()  # the answer came from a pipe, not echoed by a terminal
    return line.strip().lower() in _YES


def cmd_restore(args: argparse.Namespace) -> int:
    from .backup import database_contents, inspect_backup, restore_backup

    manifest = inspect_backup(Path(args.file))  # every check, before the database is even opened
    for line in messages.backup_summary(manifest):
        print(line)
    with _open(args) as db:
        print(messages.RESTORE_CURRENT_HEADING)
        for line in messages.contents_lines(database_contents(db)):
            print("  " + line)
        if not args.yes:
            answer = _confirm(messages.RESTORE_QUESTION)
            if answer is None:
                print(messages.RESTORE_NO_ANSWER, file=sys.stderr)
                return EXIT_FAIL
            if not answer:
                print(messages.RESTORE_DECLINED, file=sys.stderr)
                return EXIT_FAIL
        result = restore_backup(db, Path(args.file))
    for line in messages.restore_done(result):
        print(line)
    return EXIT_OK


def demo_db_path() -> Path:
    from .storage import data_dir

    return data_dir() / "demo.db"


def prepare_demo(path: Path) -> None:
    """Make ``path`` hold only the sample report. Raises ``DatabaseBusyError``
    when a demo window has it open (it is then left as it is)."""
    from .errors import NewerDatabaseError, NotADatabaseError
    from .exchange import load_report
    from .resources import SAMPLE_REPORT, resource
    from .storage import Database

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path)  # takes the lock first: an open demo is never pulled away
    except (NotADatabaseError, NewerDatabaseError):
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + extra).unlink(missing_ok=True)
        db = Database(path)
    with db:
        with db.transaction():
            for table in ("measures", "reports", "organizations", "settings"):
                db.db.execute(f"DELETE FROM {table}")
        db.import_report(load_report(resource(*SAMPLE_REPORT)))


def cmd_demo(args: argparse.Namespace) -> int:
    from .errors import DatabaseBusyError

    path = Path(args.db) if args.db else demo_db_path()
    try:
        prepare_demo(path)
    except DatabaseBusyError:
        if args.no_window:
            raise
        # A demo window is open already: the window start-up says so and brings it forward.
    if args.no_window:
        args.db = str(path)
        return cmd_list(args)
    return open_window(path)


_window_opened = False  # the window exits the ordinary way (see entry)


def open_window(path: Path) -> int:
    global _window_opened
    from .ui.app import run

    _window_opened = True
    gc.enable()  # the window runs for hours: its cycles are collected (see main)
    return run(path)


COMMANDS = {
    "import": cmd_import,
    "export-json": cmd_export_json,
    "list": cmd_list,
    "pdf": cmd_pdf,
    "html": cmd_html,
    "check": cmd_check,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


# --- entry point ---------------------------------------------------------------------


def _utf8_console() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")
    if not isinstance(sys.stdout, _Printable):
        sys.stdout = cast(TextIO, _Printable(sys.stdout))  # all that print uses of a TextIO
    if not isinstance(sys.stderr, _Printable):
        sys.stderr = cast(TextIO, _Printable(sys.stderr))


# Control characters other than tab and newline: stored text printed as is could
# drive the terminal (ESC sequences) or ring it.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _Printable:
    """A console stream that never passes control characters on."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_TERMINAL_CONTROLS.sub("\ufffd", text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


LOG_MAX_BYTES, LOG_BACKUPS = 1_000_000, 2


def _log_file_handler(logging, path: Path):  # noqa: ANN001, ANN202 - the logging module, a Handler
    """The log file (``itadesk.log``, rotated at ``LOG_MAX_BYTES``). The file
    is created by ``setup_logging``; the rotating handler that writes it (and
    ``logging.handlers``, with its socket, pickle and queue imports) only with
    the first record, which most commands never log. When the file cannot be
    written (disk full, removed, no permission) the command goes on, and the
    clerk is told once, in Thai, instead of logging's English traceback."""

    class LogFileHandler(logging.Handler):
        itadesk_log_file = True

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.baseFilename = os.path.abspath(path)
            self._file: Any = None

        def emit(self, record) -> None:  # noqa: ANN001
            if self._file is None:
                try:
                    self._file = _rotating_file(logging, self.baseFilename)
                except (OSError, ValueError):
                    self.handleError(record)
                    return
                self._file.setFormatter(self.formatter)
            self._file.emit(record)

        def handleError(self, record) -> None:  # noqa: ANN001, N802 - logging's name
            _log_unavailable(self.baseFilename)

        def flush(self) -> None:
            if self._file is not None:
                self._file.flush()

        def close(self) -> None:
            if self._file is not None:
                self._file.close()
            super().close()

    return LogFileHandler(path)


def _rotating_file(logging, path: str):  # noqa: ANN001, ANN202
    import logging.handlers

    class Rotating(logging.handlers.RotatingFileHandler):
        def handleError(self, record) -> None:  # noqa: ANN001, N802 - logging's name
            _log_unavailable(self.baseFilename)

    return Rotating(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")


_log_warned: set[str] = set()


def _log_unavailable(where: str) -> None:
    if _log_warned:
        return
    _log_warned.add(where)
    with contextlib.suppress(Exception):
        print(messages.log_unavailable(where), file=sys.stderr)


def _configure_logging(logging, path: Path | None) -> None:  # noqa: ANN001 - the logging module
    """The app's logger: never logging's last-resort handler on stderr, and
    the log file at ``path`` (None: it cannot be written)."""
    root = logging.getLogger("itadesk")
    root.propagate = False  # never logging's last-resort handler on stderr
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())
    if path is None:
        return
    for old in [h for h in root.handlers if getattr(h, "itadesk_log_file", False)]:
        if Path(old.baseFilename) == path.resolve():
            return
        root.removeHandler(old)
        old.close()
    handler = _log_file_handler(logging, path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class _AfterExec:
    """A module loader that calls ``after(module)`` once it has run the module."""

    def __init__(self, loader, after) -> None:  # noqa: ANN001
        self._loader = loader
        self._after = after

    def create_module(self, spec):  # noqa: ANN001, ANN202
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:  # noqa: ANN001
        self._loader.exec_module(module)
        self._after(module)

    def __getattr__(self, name: str) -> object:
        return getattr(self._loader, name)


class _ConfigureLoggingOnImport:
    """An import hook: the first import of ``logging`` (by whatever module
    logs) configures it for the app before anything can log. Importing
    logging costs a command that never logs 7 ms."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def find_spec(self, name: str, path=None, target=None):  # noqa: ANN001, ANN202
        if name != "logging":
            return None
        self.remove()
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                break
        else:
            return None
        log_path = self.path
        spec.loader = _AfterExec(spec.loader, lambda module: _configure_logging(module, log_path))
        return spec

    def remove(self) -> None:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)


_logging_hook: _ConfigureLoggingOnImport | None = None


def setup_logging() -> str | None:
    """Log to ``itadesk.log`` in the data folder; returns its path, or None
    when the log cannot be written there (said once on stderr; the command
    still runs, and nothing is ever printed by logging itself). Logging is
    configured now if it is loaded, else when it first is."""
    global _logging_hook
    where = "itadesk.log"
    path: Path | None = None
    try:
        from .storage import data_dir

        folder = data_dir()
        where = str(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "itadesk.log"
        where = str(path)
        with open(path, "a", encoding="utf-8"):  # what the rotating handler would open: fails here as there
            pass
    except (OSError, ValueError):
        _log_unavailable(where)
        path = None
    if _logging_hook is not None:
        _logging_hook.remove()
        _logging_hook = None
    if "logging" in sys.modules:
        _configure_logging(sys.modules["logging"], path)
    else:
        _logging_hook = _ConfigureLoggingOnImport(path)
        sys.meta_path.insert(0, _logging_hook)
    return str(path) if path is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; the exit code. A command runs with the cyclic
    garbage collector paused, as ``python -m itadesk`` and the frozen build
    start (reference counting frees nearly everything a command makes, and
    the collector would scan every module and object that importing
    ReportLab, HarfBuzz and ICU makes, again and again); the window turns it
    back on (``open_window``). The collector is left as it was found."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if was_enabled:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    _utf8_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_args(argv)
    except UsageError as exc:
        print(messages.usage(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    log_path = setup_logging()
    if args.command is None:
        from .storage import default_db_path

        path = Path(args.db) if args.db else default_db_path()
        return _run(lambda: open_window(path), args, log_path)
    return _run(lambda: COMMANDS[args.command](args), args, log_path)


def entry() -> NoReturn:
    """The ``itadesk`` program (console script, ``python -m itadesk``, the
    frozen build): ``main``, then, for a command, a quick exit once the log
    and every output are flushed. Its files are already written, synced and
    closed, and the interpreter's teardown of ReportLab, HarfBuzz and ICU
    would only cost time. The window exits the ordinary way."""
    code = main()
    if _window_opened:
        raise SystemExit(code)
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # e.g. a closed pipe: the interpreter's own exit says so, as before
        raise SystemExit(code) from None
    os._exit(code)


def _run(fn, args: argparse.Namespace, log_path: str | None) -> int:
    try:
        return fn()
    except UsageError as exc:  # raised by a command: already in Thai
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except ItaDeskError as exc:
        _log().warning("%s failed: %r", args.command, exc, exc_info=True)
        if args.debug:
            import traceback

            traceback.print_exc()
        print(messages.describe(exc, command_line=True), file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(messages.CANCELLED, file=sys.stderr)
        return EXIT_FAIL
    except Exception as exc:  # never a traceback for the clerk
        _log().exception("%s crashed", args.command)
        if args.debug or os.environ.get("ITADESK_DEBUG"):
            import traceback

            traceback.print_exc()
        print(messages.describe(exc, log_path=log_path, command_line=True), file=sys.stderr)
        return EXIT_FAIL
