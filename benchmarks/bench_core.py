"""Core figures: command-line cold start, import, export, and the cost of one
autosave (one measure written in its own transaction with synchronous=FULL).

    .venv/bin/python benchmarks/bench_core.py

Figures are printed, not asserted; the README quotes them.
"""

from __future__ import annotations

import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from itadesk import exchange  # noqa: E402
from itadesk.resources import SAMPLE_REPORT, resource  # noqa: E402
from itadesk.storage import Database  # noqa: E402

ITADESK = [sys.executable, "-m", "itadesk"]


def cold(args: list[str], home: Path, runs: int = 5) -> float:
    env = {**os.environ, "ITADESK_HOME": str(home)}  # the log and data folder: never the user's own
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(ITADESK + args, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def generated(n: int) -> dict:
    doc = json.loads(resource(*SAMPLE_REPORT).read_text(encoding="utf-8"))
    base = doc["measures"]
    doc["measures"] = [copy.deepcopy(base[i % len(base)]) for i in range(n)]
    return doc


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.db"
        print("| what | median |")
        print("|---|---|")
        print(f"| `itadesk --version`, cold process | {cold(['--version'], tmp) * 1000:.0f} ms |")
        t = cold(["--db", str(db), "import", str(resource(*SAMPLE_REPORT)), "--replace"], tmp)
        print(f"| `itadesk import` the sample, cold process | {t * 1000:.0f} ms |")
        t = cold(["--db", str(db), "list"], tmp)
        print(f"| `itadesk list`, cold process | {t * 1000:.0f} ms |")
        t = cold(["--db", str(db), "export-json", "--year", "2568", "-o", str(tmp / "o.json")], tmp)
        print(f"| `itadesk export-json` the sample, cold process | {t * 1000:.0f} ms |")
        for n in (12, 24, 48, 96):
            report = exchange.parse_report(generated(n))
            with Database(tmp / f"g{n}.db") as d:
                t = time.perf_counter()
                stored = d.import_report(report)
                t_import = time.perf_counter() - t
                t = time.perf_counter()
                for _ in range(5):
                    d.load_report(stored.organization.id, stored.fiscal_year_be)
                t_load = (time.perf_counter() - t) / 5
                m = stored.measures[n // 2]
                saves = []
                for i in range(30):
                    m.title = f"{m.title[:50]} {i}"
                    t = time.perf_counter()
                    d.save_measure(stored.id, m)
                    saves.append(time.perf_counter() - t)
            print(
                f"| {n} measures: import / load / one autosave (median of 30) | "
                f"{t_import * 1000:.0f} ms / {t_load * 1000:.1f} ms / {statistics.median(saves) * 1000:.1f} ms |"
            )


if __name__ == "__main__":
    main()
