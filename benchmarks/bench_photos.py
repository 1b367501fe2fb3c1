"""PDF size and build time of the sample with 0, 10 and 40 evidence photos:
a table, not a test.

    .venv/bin/python benchmarks/bench_photos.py [--runs 3] [--out DIR]

The photos are made with Pillow (``tests/photomaker.py``: gradients, shapes,
texture at three scales and sensor noise, so they compress like real photos
of people and places, not like flat drawings), 4000×3000, 4000×3000 with EXIF
orientation 6 (a portrait), 4032×2268 and 1200×1600, prepared as the window prepares a
picked file (``itadesk.photos.prepare``) and spread over the sample's
measures. "first" is the first build in the process (every photo decoded
once for print), "again" a later build (the print renditions remembered, as
in the preview); medians of the runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from photomaker import photo_bytes  # noqa: E402

from itadesk import exchange, photos, resources  # noqa: E402
from itadesk.model import Photo  # noqa: E402
from itadesk.report import render_pdf  # noqa: E402

SHAPES = ((4000, 3000, None), (4000, 3000, 6), (4032, 2268, None), (1200, 1600, None))


def make_photos(count: int) -> tuple[list[Photo], float]:
    """The photos prepared, and the seconds ``prepare`` took for all of them."""
    out = []
    spent = 0.0
    for k in range(count):
        w, h, orientation = SHAPES[k % len(SHAPES)]
        raw = photo_bytes(
            w, h, seed=k, orientation=orientation, taken=f"2025:0{1 + k % 9}:1{k % 10} 09:30:00"
        )
        t = time.perf_counter()
        p = photos.prepare(raw)
        spent += time.perf_counter() - t
        out.append(Photo(p.data, caption=f"ภาพกิจกรรมที่ {k + 1} ผู้เข้าร่วมอบรมรับฟังการชี้แจง", taken=p.taken))
    return out, spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    t0 = time.perf_counter()
    pool = make_photos(40)
    print(
        f"prepared 40 photos in {time.perf_counter() - t0:.1f} s, stored {sum(len(p.data) for p in pool) / 1e6:.1f} MB"
    )
    print("| photos | pages | PDF size | first build | later build |")
    print("|---:|---:|---:|---:|---:|")
    for count in (0, 10, 40):
        firsts, agains = [], []
        for _ in range(args.runs):
            report = exchange.load_report(resources.resource(*resources.SAMPLE_REPORT))
            for k, photo in enumerate(pool[:count]):
                report.measures[k % len(report.measures)].photos.append(photo)
            photos._PRINT_CACHE.clear()
            t = time.perf_counter()
            result = render_pdf(report)
            firsts.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = render_pdf(report)
            agains.append(time.perf_counter() - t)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"photos-{count}.pdf").write_bytes(result.pdf)
        print(
            f"| {count} | {result.page_count} | {len(result.pdf) / 1e6:.2f} MB | "
            f"{statistics.median(firsts):.2f} s | {statistics.median(agains):.2f} s |"
        )
    print(dt.date.today().isoformat())


if __name__ == "__main__":
    main()
