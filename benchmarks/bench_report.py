"""How long the printed report takes, and how much memory: a table, not a test.

    .venv/bin/python benchmarks/bench_report.py [--runs 5]

Cases: the bundled sample, and reports of 12, 24, 48 and 96 measures made by
repeating the sample's five measures. "cold" is a fresh process that imports
the package, reads the sample, builds the PDF and writes it (what the command
line costs; median of the runs, peak resident memory of that process); "warm"
is the build alone in a process that has built one before (median), with the
peak of Python allocations during one build (tracemalloc). Cost should grow
linearly with the number of measures: see the ms/measure column.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (12, 24, 48, 96)

CHILD = r"""
import sys, time, resource
t0 = time.perf_counter()
from itadesk.report import write_pdf
from itadesk.exchange import load_report
from itadesk.resources import SAMPLE_REPORT, resource as res
report = load_report(res(*SAMPLE_REPORT))
if {n} is not None:
    sys.path.insert(0, {bench_dir!r})
    from bench_report import make_report
    report = make_report(report, {n})
result = write_pdf(report, {out!r})
elapsed = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
print({{"pages": result.page_count, "inside": elapsed, "peak_mb": peak_mb}}.__repr__())
"""


def make_report(sample, n: int | None):
    """The sample itself (n None) or n measures cycling through its five."""
    if n is None:
        return sample
    report = copy.deepcopy(sample)
    base = sample.measures
    report.measures = []
    for i in range(n):
        m = copy.deepcopy(base[i % len(base)])
        m.title = f"{m.title} (ชุดที่ {i // len(base) + 1})"
        report.measures.append(m)
    return report


def cold(n: int | None, runs: int) -> dict:
    times, inside, peaks, pages = [], [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "report.pdf")
        code = CHILD.format(bench_dir=str(Path(__file__).parent), n=n, out=out)
        for _ in range(runs):
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
            if done.returncode:
                raise SystemExit(done.stderr)
            facts = eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 (our own child's dict)
            inside.append(facts["inside"])
            peaks.append(facts["peak_mb"])
            pages = facts["pages"]
    return {
        "cold_s": statistics.median(times),
        "cold_inside_s": statistics.median(inside),
        "cold_peak_mb": max(peaks),
        "pages": pages,
    }


def warm(n: int | None, runs: int) -> dict:
    import tracemalloc

    from itadesk.exchange import load_report
    from itadesk.report import render_pdf
    from itadesk.resources import SAMPLE_REPORT, resource

    report = make_report(load_report(resource(*SAMPLE_REPORT)), n)
    render_pdf(report)  # imports, fonts
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_pdf(report)
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    render_pdf(report)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"warm_s": statistics.median(times), "warm_alloc_mb": peak / 2**20}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args(argv)
    rows = []
    for label, n in [("sample (5)", None)] + [(str(s), s) for s in SIZES]:
        measures = 5 if n is None else n
        row = {"case": label, "measures": measures}
        row.update(cold(n, a.runs))
        row.update(warm(n, a.runs))
        row["ms_per_measure"] = 1000 * row["warm_s"] / measures
        rows.append(row)
        print(
            f"{row['case']:>11} {row['pages']:>5} pages  cold {row['cold_s']:.3f} s "
            f"(after start-up {row['cold_inside_s']:.3f} s) "
            f"{row['cold_peak_mb']:5.1f} MB  warm {row['warm_s']:.3f} s "
            f"({row['ms_per_measure']:.1f} ms/measure, {row['warm_alloc_mb']:.1f} MB allocated)",
            flush=True,
        )
    print()
    print(
        "| case | pages | cold process (s) | of which after interpreter start-up (s) | cold peak RSS (MB) "
        "| in-process (s) | ms/measure | peak Python allocations (MB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['case']} | {r['pages']} | {r['cold_s']:.3f} | {r['cold_inside_s']:.3f} | {r['cold_peak_mb']:.1f} "
            f"| {r['warm_s']:.3f} "
            f"| {r['ms_per_measure']:.1f} | {r['warm_alloc_mb']:.1f} |"
        )
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
