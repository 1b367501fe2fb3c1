"""Cold commands against the interpreter's floors, and large reports of unique
text in-process: a table of figures and ratios, not a test.

    .venv/bin/python benchmarks/bench_speed.py [--runs 7] [--hashes FILE] [--save-hashes FILE] [--bundle DIR]

Every report it prints is generated here with unique text (no measure repeats
another, as in a real report: about 1,200 characters a measure, the sample's
average), so no cache of one measure's shaping helps the next.

* Floors, measured in the same run: ``python -c pass`` and the import floor
  ``python -c "import reportlab.pdfgen.canvas, uharfbuzz, icu4py.breakers"``.
* Cold commands: ``itadesk pdf`` of the sample and of 12/48/96/200 generated
  measures, ``itadesk list``, ``itadesk import`` of the sample. All cold runs are
  interleaved (one round runs every command once), and each figure is the
  median over the rounds, of wall time and of CPU time (user + system of the
  child, from ``os.wait4``), with the child's peak resident memory.
* In-process: one fresh process per size renders once (imports, fonts), then
  times ``render_pdf`` of reports of that size, each of its own text (another
  seed: no line breaks or clusters of one build reused by the next; median,
  wall and CPU), and reports the process's peak resident memory.
* ``--bundle dist/itadesk``: the standalone folder's cold ``pdf`` of the
  sample joins the rounds, as a ratio to the same import floor.
* ``--against DIR``: a copy of an older commit; its ``list``, ``import`` and
  ``pdf`` of the sample join the same rounds (rows marked "(against)"), and
  its in-process builds of the same texts follow this code's, size by size,
  so a change is measured before and after in one run, under the same load.
* ``--instructions``: the cold commands of the sample and the floors are also
  run once each under valgrind's cachegrind, and their instruction counts
  printed with their ratios: a figure the machine's other load does not move
  (it counts the work, not its time; valgrind must be installed). So is one
  in-process build of 48 unique measures after the 12-measure warm-up (two
  processes, with and without the build, one hash seed), and with
  ``--against`` the older copy's build of the same text.
* PDF bytes: every cold ``itadesk pdf`` above is also run once with
  ``RL_invariant=1`` (ReportLab's invariant mode: no dates, fixed ids) and its
  SHA-256 printed; ``--save-hashes`` writes them, ``--hashes`` compares with a
  file written before a change (byte-identical output).

The machine is shared and has two cores: CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (12, 48, 96, 200)
PY = sys.executable
IMPORT_FLOOR = "import reportlab.pdfgen.canvas, uharfbuzz, icu4py.breakers"


# --- unique text ---------------------------------------------------------------------

CONSONANTS = "กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
LEADS = ["", "", "", "เ", "แ", "โ", "ใ", "ไ"]
ABOVE = ["", "", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e31"]
BELOW = ["", "", "", "\u0e38", "\u0e39"]
TONES = ["", "", "", "\u0e48", "\u0e49", "\u0e4a", "\u0e4b"]
TAILS = ["", "", "า", "ะ", "ำ", "น", "ง", "ม", "ย", "ว", "ก", "ด", "บ"]
WORDS = [
    "การประชุม",
    "คณะกรรมการ",
    "หน่วยงาน",
    "งบประมาณ",
    "ร้อยละ",
    "ตัวชี้วัด",
    "รายละเอียด",
    "เผยแพร่",
    "ฐานข้อมูล",
    "ประชาชน",
    "เจ้าหน้าที่",
    "ความโปร่งใส",
    "คุณธรรม",
    "จริยธรรม",
    "ผลการดำเนินงาน",
    "ติดตาม",
    "ประเมินผล",
]
LATIN = ["E-Service", "e-GP", "No Gift Policy", "ITA", "O37", "https://www.example.go.th/ita/o37"]


def _syllable(rng: random.Random) -> str:
    lead = rng.choice(LEADS)
    c = rng.choice(CONSONANTS)
    if lead:
        return lead + c + rng.choice(TONES) + rng.choice(TAILS[2:])
    mark = rng.choice(ABOVE) or rng.choice(BELOW)
    return c + mark + rng.choice(TONES) + rng.choice(TAILS)


def _text(rng: random.Random, chars: int) -> str:
    """About ``chars`` characters of Thai text never seen before: made-up words
    of random syllables, with everyday words, Latin, numbers and dates."""
    out: list[str] = []
    size = 0
    while size < chars:
        r = rng.random()
        if r < 0.75:
            word = "".join(_syllable(rng) for _ in range(rng.randint(2, 5)))
        elif r < 0.88:
            word = rng.choice(WORDS) + "".join(_syllable(rng) for _ in range(rng.randint(1, 2)))
        elif r < 0.95:
            word = rng.choice(LATIN)
        else:
            word = f"{rng.randint(1, 28)} ก.ย. {rng.randint(2560, 2570)} ร้อยละ {rng.randint(1, 99)}.{rng.randint(0, 99):02d}"
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def unique_report(n: int, seed: int = 16):
    """A report of ``n`` measures of about 1,200 characters each, all different."""
    from itadesk.model import Item, Measure, Organization, Report

    rng = random.Random(seed * 1000 + n)
    measures = []
    for _ in range(n):
        lists = []
        for _ in range(3):
            items = []
            for _ in range(rng.randint(2, 3)):
                sub = [Item(_text(rng, 70))] if rng.random() < 0.3 else []
                items.append(Item(_text(rng, 122), sub))
            lists.append(items)
        measures.append(
            Measure(
                title="มาตรการ" + _text(rng, 60),
                steps=lists[0],
                results=lists[1],
                outcomes=lists[2],
                responsible_units=["สำนักปลัด", "กองคลัง"],
                period_start=dt.date(2024, 10, 1),
                period_end=dt.date(2025, 9, 30),
                target_count=rng.randint(20, 200),
                participant_count=rng.randint(10, 20),
            )
        )
    org = Organization(name="เทศบาลตำบลทดสอบ", type="เทศบาลตำบล", district="เมือง", province="นครราชสีมา")
    return Report(organization=org, fiscal_year_be=2568, measures=measures)


def measure_chars(report) -> float:
    def items(its) -> int:
        return sum(len(i.text) + items(i.items) for i in its)

    total = sum(len(m.title) + items(m.steps) + items(m.results) + items(m.outcomes) for m in report.measures)
    return total / len(report.measures)


# --- running a child ---------------------------------------------------------------


def run(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Wall time, CPU time (user + system) and peak RSS (MB) of one child."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read() if p.stderr else b""
    if p.stderr:
        p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise SystemExit(f"{argv} failed:\n{err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def instructions(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> int:
    """Instructions one child executes, counted by valgrind's cachegrind."""
    # children traced: the standalone folder's program runs itself again
    # (exec) once its libraries are in place, and only that image is counted
    tool = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes"]
    p = subprocess.run(
        [*tool, "--cachegrind-out-file=/dev/null", *argv], capture_output=True, text=True, env=env, cwd=cwd
    )
    if p.returncode:
        raise SystemExit(f"{argv} failed under valgrind:\n{p.stderr}")
    counts = [
        int(line.split("refs:")[1].strip().replace(",", ""))
        for line in p.stderr.splitlines()
        if " I " in line and "refs:" in line
    ]
    if not counts:
        raise SystemExit(f"no instruction count from valgrind for {argv}")
    return sum(counts)


def pdf_argv(program: str | list[str], db: str, output: str) -> list[str]:
    """``itadesk pdf`` of the sample's fiscal year from ``db`` to ``output``."""
    prefix = [program] if isinstance(program, str) else program
    return [*prefix, "--db", db, "pdf", "--year", "2568", "-o", output]


def itadesk() -> list[str]:
    # ``python -m itadesk`` rather than the console script, whose entry point
    # is the one installed in the venv, whatever copy of the package is measured.
    return [PY, "-m", "itadesk"]


INPROCESS = r"""
import sys, time, resource, statistics
sys.path.insert(0, {bench!r})
from bench_speed import unique_report
from itadesk.report import render_pdf
# every build its own text (another seed): nothing a build learnt of one
# paragraph (its line breaks, its clusters) helps the next build
render_pdf(unique_report({n}, seed=1000))
walls, cpus = [], []
for k in range({runs}):
    report = unique_report({n}, seed=2000 + k)
    t0, c0 = time.perf_counter(), time.process_time()
    render_pdf(report)
    walls.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0)
    del report
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(repr({{"wall": statistics.median(walls), "cpu": statistics.median(cpus), "peak": peak,
            "spread": (min(cpus), max(cpus))}}))
"""


COUNTED_BUILD = r"""
import sys
sys.path.insert(0, {bench!r})
from bench_speed import unique_report
from itadesk.report import render_pdf
render_pdf(unique_report(12, seed=1000))
report = unique_report({n}, seed=2000)
if {build}:
    render_pdf(report)
"""
COUNTED_SIZE = 48


def build_instructions(n: int, root: Path = ROOT) -> int:
    """Instructions of one in-process build of ``n`` unique measures, after
    a 12-measure build has warmed the process: the count of a process that
    also builds them less that of one that only makes their text (both with
    one hash seed, so the two differ only by the build)."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    bench = str(Path(__file__).parent)
    with_build, without = (
        instructions([PY, "-c", COUNTED_BUILD.format(bench=bench, n=n, build=build)], env, root)
        for build in (True, False)
    )
    return with_build - without


def inprocess(n: int, runs: int, root: Path = ROOT) -> dict:
    code = INPROCESS.format(bench=str(Path(__file__).parent), n=n, runs=runs)
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd=root, env=env, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    return eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 (our own child's dict)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="rounds of cold runs; in-process repeats")
    ap.add_argument("--hashes", help="compare the invariant-mode PDFs with this file")
    ap.add_argument("--save-hashes", help="write the invariant-mode PDFs' hashes here")
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument(
        "--bundle",
        help="the standalone folder (dist/itadesk, built by packaging/check_bundle.sh): "
        "its cold pdf of the sample joins the rounds",
    )
    ap.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of the sample's cold commands and the floors (valgrind)",
    )
    ap.add_argument(
        "--against",
        help="a copy of an older commit (git archive COMMIT | tar -x -C DIR): its list, import and "
        "pdf of the sample join the same rounds, for a before/after from one run",
    )
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from itadesk.exchange import load_report
    from itadesk.resources import SAMPLE_REPORT, resource
    from itadesk.storage import Database

    cli = itadesk()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # The package beside this file, also for the console script (a copy of
        # an older commit measures that commit), its bytecode compiled as an
        # installation has it (PYTHONDONTWRITEBYTECODE would otherwise make
        # every cold run compile the package's source again).
        env = {**os.environ, "ITADESK_HOME": str(tmp / "home"), "PYTHONPATH": str(ROOT)}
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "itadesk")], check=True)
        env.pop("RL_invariant", None)
        reports = {"sample": load_report(resource(*SAMPLE_REPORT))}
        for n in SIZES:
            reports[str(n)] = unique_report(n)
        for name, report in reports.items():
            with Database(tmp / f"{name}.db") as db:
                db.import_report(report)
        cases: dict[str, list[str]] = {
            "python -c pass": [PY, "-c", "pass"],
            "import floor": [PY, "-c", IMPORT_FLOOR],
            "itadesk list": [*cli, "--db", str(tmp / "sample.db"), "list"],
            "itadesk import sample": [
                *cli,
                "--db",
                str(tmp / "imp.db"),
                "import",
                str(resource(*SAMPLE_REPORT)),
                "--replace",
            ],
        }
        if a.bundle:
            cases["bundle pdf sample"] = pdf_argv(
                str(Path(a.bundle).resolve() / "itadesk-cli"),
                str(tmp / "sample.db"),
                str(tmp / "bundle-sample.pdf"),
            )
        where: dict[str, tuple[dict[str, str], Path]] = {}  # cases run from another copy
        if a.against:
            other = Path(a.against).resolve()
            subprocess.run([PY, "-m", "compileall", "-q", str(other / "itadesk")], check=True)
            other_env = {**env, "PYTHONPATH": str(other)}
            for key in ("itadesk list", "itadesk import sample"):
                cases[f"{key} (against)"] = cases[key]
                where[f"{key} (against)"] = (other_env, other)
            cases["itadesk pdf sample (against)"] = pdf_argv(
                cli, str(tmp / "sample.db"), str(tmp / "against-sample.pdf")
            )
            where["itadesk pdf sample (against)"] = (other_env, other)
        for name in reports:
            cases[f"itadesk pdf {name}"] = pdf_argv(cli, str(tmp / f"{name}.db"), str(tmp / f"{name}.pdf"))
        # Invariant-mode PDFs (also warms the disk cache for the cold rounds).
        hashes = {}
        for name in reports:
            args = cases[f"itadesk pdf {name}"]
            for variant, extra in (("", []), (" portrait arabic", ["--portrait", "--arabic-digits"])):
                run(args + extra, {**env, "RL_invariant": "1"})
                hashes[name + variant] = hashlib.sha256((tmp / f"{name}.pdf").read_bytes()).hexdigest()
        figures: dict[str, list[tuple[float, float, float]]] = {k: [] for k in cases}
        for _ in range(a.runs):
            for key, args in cases.items():
                figures[key].append(run(args, *where.get(key, (env, ROOT))))
        counted: dict[str, int] = {}
        if a.instructions:
            for key, args in cases.items():
                if key.startswith("itadesk pdf ") and not key.startswith(
                    ("itadesk pdf sample", "itadesk pdf 12")
                ):
                    continue  # a large report under valgrind takes minutes
                counted[key] = instructions(args, *where.get(key, (env, ROOT)))
        med = {
            k: (
                statistics.median(v[0] for v in vals),
                statistics.median(v[1] for v in vals),
                max(v[2] for v in vals),
                min(v[1] for v in vals),
                max(v[1] for v in vals),
            )
            for k, vals in figures.items()
        }
    warm: dict[str, dict] = {}
    for n in SIZES:
        warm[str(n)] = inprocess(n, max(3, a.runs // 2))
        if a.against:  # the older copy's builds of the same texts, right after this code's
            warm[f"{n} (against)"] = inprocess(n, max(3, a.runs // 2), Path(a.against).resolve())
    if a.instructions:
        counted[f"in-process build {COUNTED_SIZE}"] = build_instructions(COUNTED_SIZE)
        if a.against:
            counted[f"in-process build {COUNTED_SIZE} (against)"] = build_instructions(
                COUNTED_SIZE, Path(a.against).resolve()
            )
    chars = statistics.mean(measure_chars(unique_report(n)) for n in SIZES)

    load = os.getloadavg()
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    print(
        f"{a.runs} interleaved rounds of cold runs; generated measures: {chars:.0f} characters each on average"
    )
    print()
    print("| cold process | wall (s) | CPU (s) | CPU min–max (s) | peak RSS (MB) | CPU ratio | wall ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    floor_of = {
        "itadesk list": "python -c pass",
        "itadesk import sample": "python -c pass",
        "itadesk list (against)": "python -c pass",
        "itadesk import sample (against)": "python -c pass",
    }
    for k, (wall, cpu, peak, lo, hi) in med.items():
        ref = floor_of.get(k, "import floor" if "pdf" in k else None)
        ratio = wall_ratio = ""
        if ref:
            ratio = f"{cpu / med[ref][1]:.2f}× {ref}"
            wall_ratio = f"{wall / med[ref][0]:.2f}×"
        print(f"| {k} | {wall:.3f} | {cpu:.3f} | {lo:.3f}–{hi:.3f} | {peak:.0f} | {ratio} | {wall_ratio} |")
    print()
    if counted:
        print("| cold process, counted | instructions (M) | ratio |")
        print("|---|---:|---:|")
        for k, count in counted.items():
            ref = floor_of.get(k, "import floor" if "pdf" in k else None)
            if k.startswith("in-process build"):
                ratio = f"{count / COUNTED_SIZE / 1e6:.1f} M a measure"
            else:
                ratio = f"{count / counted[ref]:.2f}× {ref}" if ref else ""
            print(f"| {k} | {count / 1e6:,.0f} | {ratio} |")
        print()
    print("| in-process build | wall (s) | CPU (s) | ms/measure (CPU) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for name, w in warm.items():
        n = int(name.split()[0])
        print(
            f"| {name} unique measures | {w['wall']:.3f} | {w['cpu']:.3f} | {1000 * w['cpu'] / n:.2f} | {w['peak']:.0f} |"
        )
    print()
    status = 0
    if a.hashes:
        want = json.loads(Path(a.hashes).read_text())
        same = [k for k in hashes if want.get(k) == hashes[k]]
        differ = [k for k in hashes if k not in same]
        print(
            f"invariant-mode PDFs: {len(same)} of {len(hashes)} byte-identical to {a.hashes}"
            + (f"; DIFFERENT: {', '.join(differ)}" if differ else "")
        )
        status = 1 if differ else 0
    else:
        for k, h in hashes.items():
            print(f"invariant-mode PDF {k}: {h[:16]}")
    if a.save_hashes:
        Path(a.save_hashes).write_text(json.dumps(hashes, indent=1))
    if a.json:
        Path(a.json).write_text(
            json.dumps({"cold": med, "warm": warm, "hashes": hashes, "instructions": counted}, indent=1)
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
