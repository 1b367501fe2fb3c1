"""The command line, on real database files: outputs, exit codes, bad input."""

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.cli import WARNINGS_SHOWN, main
from itadesk.resources import SAMPLE_REPORT, resource
from itadesk.storage import SCHEMA_VERSION

from .conftest import dump_db

THAI = range(0x0E00, 0x0E80)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def is_thai(text):
    return any(ord(ch) in THAI for ch in text)


def test_import_list_export_round_trip(capsys, tmp_path, sample_path, sample_doc):
    db = tmp_path / "c.db"
    code, out, err = run(capsys, "--db", db, "import", sample_path)
    assert code == 0, err
    assert "เทศบาลตำบลขามทะเลสอ" in out and "มาตรการ 5 รายการ" in out  # "5" alone is in 2568 too
    assert "measures[3].period_end" in err  # the sample's out-of-year end date is a warning
    code, out, _ = run(capsys, "list", "--db", db)  # --db after the command too
    assert code == 0
    assert "ปีงบประมาณ 2568: มาตรการ 5 รายการ" in out
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "export-json", "--db", db, "--year", 2568, "-o", target)
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8")) == sample_doc


def test_env_chooses_database(capsys, tmp_path, sample_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("ITADESK_DB", str(db))
    assert run(capsys, "import", sample_path)[0] == 0
    assert db.exists()


def test_default_database_lives_in_the_data_folder(capsys, sample_path, _isolated_data_dir):
    assert run(capsys, "import", sample_path)[0] == 0
    assert (_isolated_data_dir / "itadesk.db").exists()
    assert (_isolated_data_dir / "itadesk.log").exists()


def test_replace(capsys, tmp_path, sample_path, sample_doc):
    db = tmp_path / "r.db"
    run(capsys, "--db", db, "import", sample_path)
    before = dump_db(db)
    code, _, err = run(capsys, "--db", db, "import", sample_path)
    assert code == 1 and "--replace" in err
    assert dump_db(db) == before
    smaller = copy.deepcopy(sample_doc)
    smaller["measures"] = smaller["measures"][:1]
    f = tmp_path / "small.json"
    f.write_text(json.dumps(smaller, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", f, "--replace")
    assert code == 0 and "มาตรการ 1 รายการ" in out


def test_org_needed_when_several(capsys, tmp_path, sample_path, sample_doc):
    db = tmp_path / "o.db"
    run(capsys, "--db", db, "import", sample_path)
    other = copy.deepcopy(sample_doc)
    other["organization"]["name"] = "องค์การบริหารส่วนตำบลหนองบัว"
    f = tmp_path / "other.json"
    f.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    run(capsys, "--db", db, "import", f)
    code, _, err = run(capsys, "--db", db, "export-json", "--year", 2568, "-o", tmp_path / "x.json")
    assert code == 1 and "--org" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "export-json",
        "--year",
        2568,
        "--org",
        "องค์การบริหารส่วนตำบลหนองบัว",
        "-o",
        tmp_path / "x.json",
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "--db", db, "export-json", "--year", 2568, "--org", "ไม่มี", "-o", tmp_path / "x.json"
    )
    assert code == 1 and "ไม่พบหน่วยงาน" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "export-json",
        "--year",
        2570,
        "--org",
        "องค์การบริหารส่วนตำบลหนองบัว",
        "-o",
        tmp_path / "x.json",
    )
    assert code == 1 and "ยังไม่มีรายงานปี 2570" in err


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["export-json", "--year", "2568"],
        ["export-json", "--year", "สองห้า", "-o", "x"],
        ["frobnicate"],
        ["list", "--bogus"],
    ],
)
def test_wrong_usage_exits_2_in_thai(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert is_thai(err) and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def _doc_variants(sample_doc):
    def change(fn):
        d = copy.deepcopy(sample_doc)
        fn(d)
        return json.dumps(d, ensure_ascii=False).encode()

    full = json.dumps(sample_doc, ensure_ascii=False).encode()
    return {
        "not json": b"hello",
        "not utf-8": full.decode().encode("utf-16"),
        "empty": b"",
        "truncated": full[: len(full) // 2],
        "other shape": json.dumps({"name": "x", "rows": [1, 2]}).encode(),
        "wrong format": change(lambda d: d.update(format="ita")),
        "wrong version": change(lambda d: d.update(version=7)),
        "measure without title": change(lambda d: d["measures"][0].pop("title")),
        "30 February": change(lambda d: d["measures"][2].update(period_end="2025-02-30")),
        "ends before start": change(
            lambda d: d["measures"][2].update(period_start="2025-09-30", period_end="2025-01-01")
        ),
        "negative count": change(lambda d: d["measures"][1].update(participant_count=-60)),
        "year 2499": change(lambda d: d.update(fiscal_year_be=2499)),
        "year 2701": change(lambda d: d.update(fiscal_year_be=2701)),
        "item is a number": change(lambda d: d["measures"][0]["steps"].__setitem__(0, 1)),
    }


_SAMPLE = json.loads(resource(*SAMPLE_REPORT).read_text(encoding="utf-8"))
BAD_NAMES = list(_doc_variants(_SAMPLE))


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_files_leave_the_database_as_it_was(capsys, tmp_path, sample_path, sample_doc, name):
    db = tmp_path / "b.db"
    other = copy.deepcopy(sample_doc)
    other["fiscal_year_be"] = 2567
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--db", db, "import", seed)[0] == 0
    before = dump_db(db)
    bad = tmp_path / "bad.json"
    bad.write_bytes(_doc_variants(sample_doc)[name])
    code, out, err = run(capsys, "--db", db, "import", bad, "--replace")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and is_thai(lines[0]) and "Traceback" not in err
    assert dump_db(db) == before


@pytest.mark.parametrize("kind", ["not sqlite", "newer"])
def test_bad_database_files(capsys, tmp_path, sample_path, kind):
    db = tmp_path / "x.db"
    if kind == "not sqlite":
        db.write_bytes(b"MZ\x90\x00" + b"\x00" * 2000)
    else:
        import sqlite3

        run(capsys, "--db", db, "import", sample_path)
        conn = sqlite3.connect(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.close()
    before = db.read_bytes()
    for args in (
        ["import", sample_path],
        ["list"],
        ["export-json", "--year", 2568, "-o", tmp_path / "o.json"],
    ):
        code, _, err = run(capsys, "--db", db, *args)
        assert code == 1, args
        assert is_thai(err) and len(err.strip().splitlines()) == 1
        if kind == "newer":
            assert "รุ่นใหม่กว่า" in err
    assert db.read_bytes() == before
    assert not (tmp_path / "o.json").exists()


def test_unexpected_error_gives_thai_line_and_logs(
    capsys, tmp_path, sample_path, monkeypatch, _isolated_data_dir
):
    import itadesk.exchange

    def boom(path):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(itadesk.exchange, "load_report", boom)
    code, _, err = run(capsys, "--db", tmp_path / "u.db", "import", sample_path)
    assert code == 1 and "ไม่คาดคิด" in err and "Traceback" not in err
    assert "RuntimeError: unexpected" in (_isolated_data_dir / "itadesk.log").read_text(encoding="utf-8")


def test_console_script_in_a_cp874_console(tmp_path, sample_path):
    """A Windows console in cp874 must not turn a Thai message into a crash."""
    exe = Path(sys.executable).with_name("itadesk")
    env = {**os.environ, "PYTHONIOENCODING": "cp874", "ITADESK_HOME": str(tmp_path)}
    result = subprocess.run(
        [exe, "--db", tmp_path / "w.db", "import", sample_path], env=env, capture_output=True
    )
    assert result.returncode == 0, result.stderr
    assert "นำเข้าแล้ว".encode() in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "itadesk", "--db", tmp_path / "w.db", "list"], env=env, capture_output=True
    )
    assert result.returncode == 0
    assert "ปีงบประมาณ 2568".encode() in result.stdout
    result = subprocess.run([exe, "import"], env=env, capture_output=True)
    assert result.returncode == 2
    assert "คำสั่งไม่ถูกต้อง".encode() in result.stderr


def test_demo_without_window(capsys, _isolated_data_dir):
    code, out, _ = run(capsys, "demo", "--no-window")
    assert code == 0 and "เทศบาลตำบลขามทะเลสอ" in out
    code, out, _ = run(capsys, "demo", "--no-window")  # fresh again, not doubled
    assert out.count("ปีงบประมาณ 2568") == 1
    assert not (_isolated_data_dir / "itadesk.db").exists()


def test_pdf_command_and_its_warnings_in_thai(capsys, tmp_path, sample_doc):
    doc = copy.deepcopy(sample_doc)
    doc["measures"][0]["steps"][0] += " 漢字"  # not in the bundled font
    f = tmp_path / "w.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "p.db"
    assert run(capsys, "--db", db, "import", f)[0] == 0
    code, out, err = run(capsys, "--db", db, "pdf", "--year", 2568, "-o", tmp_path / "r.pdf")
    assert code == 0, err
    assert "หน้า" in out and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert "ไม่มีตัวอักษร" in err and "漢" in err and "字" in err and "มาตรการที่ ๑ ขั้นตอน ข้อ ๑" in err
    code, _, err = run(
        capsys, "--db", db, "pdf", "--year", 2568, "--font", tmp_path / "w.json", "-o", tmp_path / "x.pdf"
    )
    assert code == 1 and "แบบอักษร" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_demo_never_pulls_an_open_demo_away(capsys, _isolated_data_dir):
    from itadesk.cli import demo_db_path
    from itadesk.model import Measure
    from itadesk.storage import Database

    assert run(capsys, "demo", "--no-window")[0] == 0
    with Database(demo_db_path()) as open_demo:
        org = open_demo.resolve_organization()
        open_demo.save_measure(open_demo.load_report(org.id, 2568).id, Measure("งานที่กำลังทำ"))
        code, _, err = run(capsys, "demo", "--no-window")
        assert code == 1 and "กำลังถูกใช้งาน" in err
        assert len(open_demo.load_report(org.id, 2568).measures) == 6


def test_demo_replaces_a_damaged_demo_file(capsys, _isolated_data_dir):
    from itadesk.cli import demo_db_path

    demo_db_path().parent.mkdir(parents=True, exist_ok=True)
    demo_db_path().write_bytes(b"not a database" * 100)
    code, out, _ = run(capsys, "demo", "--no-window")
    assert code == 0 and "มาตรการ 5 รายการ" in out


def test_command_line_options_are_named_only_on_the_command_line():
    from itadesk import messages
    from itadesk.errors import ReportExistsError

    exc = ReportExistsError(organization="เทศบาลตำบลทดสอบ", year=2568)
    assert "--replace" in messages.describe(exc, command_line=True)
    assert "--" not in messages.describe(exc)  # the window's clerk has no options to type


def test_many_warnings_are_summarized(tmp_path, sample_doc, capsys):
    """A huge import lists the first warnings, then a count (issue 12, item 7)."""
    measure = dict(sample_doc["measures"][0], period_start="2000-01-01", period_end="2000-01-02")
    doc = dict(sample_doc, measures=[measure] * 50)
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "m.db"), "import", str(path))
    assert code == 0, err
    lines = err.strip().splitlines()
    assert len(lines) == WARNINGS_SHOWN + 1
    assert "และคำเตือนอีก" in lines[-1]


def _check(db, *args):
    """``itadesk check`` in its own process, as the clerk runs it."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "itadesk", "--db", str(db), "check", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )


def test_check_on_the_sample_and_on_it_copied_to_a_new_year(capsys, tmp_path, sample_path, sample_doc):
    from itadesk.storage import Database

    db = tmp_path / "check.db"
    assert run(capsys, "--db", db, "import", sample_path)[0] == 0
    result = _check(db, "--year", "2568")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "ผู้ลงนาม (แท็บหน่วยงาน): ยังไม่มีผู้ลงนาม ถ้ารายงานต้องมีผู้รายงานหรือผู้อนุมัติลงนาม ให้เพิ่มในแท็บหน่วยงาน",
        "มาตรการที่ 4 ระยะเวลา: วันสิ้นสุด 30 ต.ค. 2568 อยู่นอกปีงบประมาณ 2568 (1 ต.ค. 2567 – 30 ก.ย. 2568) "
        "ตรวจสอบวันที่อีกครั้ง",
    ]
    assert "พบ 2 จุด" in result.stderr
    with Database(db) as database:
        database.new_year_from(database.organizations()[0].id, 2568)
    result = _check(db, "--year", "๒๕๖๙", "--org", sample_doc["organization"]["name"])
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 13 and all(is_thai(line) for line in lines)
    assert "มาตรการที่ 5 ชื่อมาตรการ: ยังเขียนปี 2568 ซึ่งเป็นปีก่อน แก้เป็นปี 2569 ถ้าเป็นรายงานของปีนี้" in lines
    assert sum("ผลการดำเนินการ: ยังว่างอยู่" in line for line in lines) == 5


def test_check_passes_a_ready_report(tmp_path, sample_doc, capsys):
    doc = copy.deepcopy(sample_doc)
    doc["signatories"] = [{"role": "ผู้รายงาน", "name": "นางสาวสมใจ ใจดี"}]
    doc["measures"][3]["period_end"] = "2025-09-30"
    f = tmp_path / "ready.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "ready.db"
    assert run(capsys, "--db", db, "import", f)[0] == 0
    result = _check(db, "--year", "2568")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ตรวจรายงานปีงบประมาณ 2568 ของเทศบาลตำบลขามทะเลสอ แล้ว ไม่พบสิ่งที่ต้องแก้ไข"


def test_check_without_that_year(tmp_path, sample_path, capsys):
    db = tmp_path / "n.db"
    assert run(capsys, "--db", db, "import", sample_path)[0] == 0
    result = _check(db, "--year", "2570")
    assert result.returncode == 1 and "ยังไม่มีรายงานปี 2570" in result.stderr
    assert _check(db).returncode == 2


def test_export_json_writes_version_1_byte_for_byte_until_something_new_is_used(
    capsys, tmp_path, sample_path
):
    """v1 output is what earlier releases wrote (the checked-in fixture of
    schema 2 is such a file); ``--format-version 2`` forces v2; a report using
    v2's keys is written as v2, and asking for v1 then is refused."""
    from itadesk.model import Analysis
    from itadesk.storage import Database

    fixture = Path(__file__).parent / "data" / "upgrade" / "schema-2" / "report-1-2568.json"
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "import", fixture)[0] == 0
    v1 = tmp_path / "v1.json"
    assert run(capsys, "--db", db, "export-json", "--year", 2568, "-o", v1)[0] == 0
    assert v1.read_bytes() == fixture.read_bytes()
    v2 = tmp_path / "v2.json"
    assert run(capsys, "--db", db, "export-json", "--year", 2568, "--format-version", 2, "-o", v2)[0] == 0
    doc = json.loads(v2.read_text(encoding="utf-8"))
    assert doc.pop("version") == 2
    assert doc == {k: v for k, v in json.loads(fixture.read_text(encoding="utf-8")).items() if k != "version"}
    with Database(db) as d:
        report = d.load_report(d.resolve_organization().id, 2568)
        report.analysis = Analysis(score="85.50")
        d.save_report_settings(report)
    assert run(capsys, "--db", db, "export-json", "--year", 2568, "-o", v1)[0] == 0
    assert json.loads(v1.read_text(encoding="utf-8"))["analysis"] == {"score": "85.50"}
    code, _, err = run(capsys, "--db", db, "export-json", "--year", 2568, "--format-version", 1, "-o", v2)
    assert code != 0 and is_thai(err)


def test_pdf_command_prints_the_plan_or_the_results(capsys, tmp_path, sample_doc):
    import pymupdf

    f = tmp_path / "s.json"
    f.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "p.db"
    assert run(capsys, "--db", db, "import", f)[0] == 0
    outs = {}
    for document in ("plan", "results", None):
        out = tmp_path / f"{document}.pdf"
        extra = ["--document", document] if document else []
        code, _, err = run(capsys, "--db", db, "pdf", "--year", 2568, *extra, "-o", out)
        assert code == 0, err
        with pymupdf.open(out) as doc:
            outs[document] = (doc.metadata["title"], doc[0].get_text(), doc.get_toc()[0][1])
    assert outs["plan"][0] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert "การวิเคราะห์ผลการประเมิน" in outs["plan"][1]
    assert outs["plan"][2] == "การวิเคราะห์ผลการประเมิน ITA"
    assert outs[None] == outs["results"] and outs["results"][2] == "หน้าปก"
    assert (
        run(capsys, "--db", db, "pdf", "--year", 2568, "--document", "memo", "-o", tmp_path / "m.pdf")[0] == 2
    )


def test_export_json_refuses_what_the_import_would_refuse(capsys, tmp_path, sample_path):
    """A measure left without a title: ``export-json`` in its own process
    says which one in Thai, exits 1 and writes nothing."""
    import sqlite3

    db = tmp_path / "untitled.db"
    assert run(capsys, "--db", db, "import", sample_path)[0] == 0
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE measures SET title = '' WHERE position = (SELECT MIN(position) + 1 FROM measures)"
        )
    con.close()
    target = tmp_path / "out.json"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "itadesk",
            "--db",
            str(db),
            "export-json",
            "--year",
            "2568",
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )
    assert result.returncode == 1
    assert "ยังส่งออกไฟล์รายงานไม่ได้" in result.stderr and "มาตรการที่ ๒" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("untitled.db")] == []  # no temp file


def test_a_command_that_logs_nothing_loads_no_logging_and_a_module_that_logs_is_configured(
    tmp_path, sample_path
):
    """``setup_logging`` configures logging when it is first imported: a
    command that never logs does not pay for it, and the first module that
    does import it finds the app's log file (not logging's stderr)."""
    code = f"""
import sys
from itadesk import cli
assert cli.main(["--db", {str(tmp_path / "a.db")!r}, "import", {str(sample_path)!r}]) == 0
assert cli.main(["--db", {str(tmp_path / "a.db")!r}, "list"]) == 0
assert "logging" not in sys.modules, "logging loaded"
import logging
logging.getLogger("itadesk.backup").warning("written to the file %d", 42)
root = logging.getLogger("itadesk")
assert root.propagate is False
assert [h for h in root.handlers if getattr(h, "itadesk_log_file", False)]
logging.shutdown()
"""
    env = {**os.environ, "ITADESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "written to the file" not in done.stderr
    assert "written to the file 42" in (tmp_path / "home" / "itadesk.log").read_text(encoding="utf-8")


ARGV_CASES = [
    [],
    ["list"],
    ["--db", "x.db", "list"],
    ["list", "--db", "x.db", "--debug"],
    ["--db", "list", "pdf", "--year", "2568", "-o", "r.pdf"],  # a database named like a command
    ["--db", "pdf", "list"],
    ["--db=list", "pdf", "--year", "๒๕๖๘", "-o", "r.pdf", "--portrait", "--document", "plan"],
    ["--debug", "pdf", "--year", "2568", "-o", "r.pdf", "--arabic-digits", "--font", "f.ttf"],
    ["pdf", "--year", "2568"],  # -o missing
    ["pdf", "--year", "1999", "-o", "r.pdf"],
    ["pdf", "--yes"],  # another command's option
    ["restore", "--yes", "b.itabackup"],
    ["restore", "b.itabackup", "--year", "2568"],
    ["import", "r.json", "--replace", "--year", "2568", "--org", "อบต.ทดสอบ"],
    ["import"],
    ["export-json", "--year", "2568", "-o", "r.json", "--format-version", "1"],
    ["export-json", "--year", "2568", "-o", "r.json", "--format-version", "3"],
    ["html", "--year", "2568", "-o", "r.html", "--document", "plan", "--org", "x"],
    ["check", "--year", "2568"],
    ["backup"],
    ["backup", "-o", "E:\\"],
    ["demo", "--no-window"],
    ["frobnicate"],
    ["--", "list"],
    ["--db"],
    ["--unknown", "list"],
    ["list", "extra"],
]


@pytest.mark.parametrize("argv", ARGV_CASES, ids=lambda a: " ".join(a) or "(none)")
def test_the_command_line_reads_as_the_whole_parser_does(argv):
    """``parse_args`` builds only the named command's options: every line
    still gets the whole parser's answer, or its very message."""
    from itadesk.cli import UsageError, build_parser, parse_args

    def answer(parse):
        try:
            return vars(parse())
        except UsageError as exc:
            return ("usage", str(exc))

    assert answer(lambda: parse_args(argv)) == answer(lambda: build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--help"], ["pdf", "--help"], ["-h", "pdf"], ["--version"]])
def test_help_and_version_read_as_the_whole_parser_does(argv, capsys):
    from itadesk.cli import build_parser, parse_args

    outputs = []
    for parse in (lambda: parse_args(argv), lambda: build_parser().parse_args(argv)):
        with pytest.raises(SystemExit):
            parse()
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1] and outputs[0].out


def test_a_command_builds_only_its_own_options():
    from itadesk.cli import SUBCOMMANDS, build_parser

    def options(parser):
        sub = next(a for a in parser._actions if a.dest == "command")
        return {name: len(p._actions) for name, p in sub.choices.items()}

    whole = options(build_parser())
    assert set(whole) == set(SUBCOMMANDS)
    only_pdf = options(build_parser("pdf"))
    assert only_pdf["pdf"] == whole["pdf"] > 5
    assert all(only_pdf[name] == 1 for name in SUBCOMMANDS if name != "pdf")  # -h alone


@pytest.mark.parametrize("columns", [None, "", "abc", "-5", "0", "40", "132"])
def test_help_is_as_wide_as_argparse_makes_it(columns, monkeypatch):
    """The app's help formatter finds the terminal's width without shutil,
    as argparse's own does with it."""
    import argparse

    from itadesk.cli import _Formatter

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _Formatter("itadesk")._width == argparse.HelpFormatter("itadesk")._width


def test_a_command_that_prints_no_help_does_not_load_shutil(tmp_path):
    code = (
        "import sys; from itadesk.cli import parse_args; parse_args(['list']); print('shutil' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_command_runs_without_the_cyclic_collector(capsys, tmp_path, monkeypatch, gc_restored):
    import gc

    from itadesk import cli

    seen: list[bool] = []

    def spy(args):
        seen.append(gc.isenabled())
        return cli.cmd_list(args)

    monkeypatch.setitem(cli.COMMANDS, "list", spy)
    gc.enable()
    assert run(capsys, "--db", tmp_path / "none.db", "list")[0] == 0
    assert seen == [False]
    assert gc.isenabled()  # left as it was found


def test_the_window_runs_with_the_cyclic_collector(tmp_path, monkeypatch, gc_restored):
    import gc

    from itadesk import cli
    from itadesk.ui import app

    seen: list[bool] = []
    monkeypatch.setattr(app, "run", lambda path: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(cli, "_window_opened", False)
    gc.disable()  # as python -m itadesk and the frozen build start
    assert main(["--db", str(tmp_path / "w.db")]) == 0
    assert seen == [True]


def test_python_m_itadesk_pauses_the_collector_before_its_imports():
    main_py = Path(__file__).parent.parent / "itadesk" / "__main__.py"
    launch_py = Path(__file__).parent.parent / "packaging" / "launch.py"
    for path in (main_py, launch_py):
        code = path.read_text(encoding="utf-8")
        assert code.index("gc.disable()") < code.index("from itadesk.cli import entry")


def test_argparse_words_are_what_gettext_would_give(monkeypatch):
    import argparse
    import gettext

    from itadesk.cli import build_parser

    assert argparse._ is str  # type: ignore[attr-defined]
    ours = build_parser().format_help(), build_parser("pdf").format_usage()
    monkeypatch.setattr(argparse, "_", gettext.gettext)
    assert (build_parser().format_help(), build_parser("pdf").format_usage()) == ours
