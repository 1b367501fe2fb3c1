"""The web page in a real browser: Debian's Chromium, headless, at a phone's
width (390 px) and a desktop's (1366 px), to PNG, to PDF (printed), and with
a probe script reading the laid-out page back.

- The app's line breaks hold: no piece between two allowed breaks (a
  ``<span>``) is split over two lines, while the text does wrap; with the
  pieces' ``nowrap`` taken away, the same probe finds the browser's own
  breaks inside them (so the check can fail).
- At 390 px each measure is a card and nothing is wider than the screen;
  at 1366 px the table is a table.
- The printed PDF, read back with PyMuPDF, holds every text of the report
  in order, on A4 landscape pages.

Chromium starts in about a second; the renders are made once per module.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from itadesk.exchange import load_report
from itadesk.model import Photo
from itadesk.photos import prepare
from itadesk.resources import SAMPLE_REPORT, resource
from itadesk.web import render_html

from .generate import clusters_report
from .pdfread import open_pdf, page_text, require
from .photomaker import photo_bytes
from .webcheck import in_order, pdf_problems

WIDTHS = (390, 1366)
PROBE = """<script>
addEventListener("load", () => document.fonts.ready.then(() => {
  const split = [];
  for (const s of document.querySelectorAll("span")) if (s.getClientRects().length > 1) split.push(s.textContent);
  let wraps = 0;
  for (const p of document.querySelectorAll("td p, th p, caption div, h1, h2")) {
    const lh = parseFloat(getComputedStyle(p).lineHeight);
    wraps += Math.max(0, Math.round(p.getBoundingClientRect().height / lh) - 1);
  }
  const tr = document.querySelector("tbody tr");
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    split, wraps,
    fonts: [...document.fonts].map(f => f.status),
    scrollWidth: document.documentElement.scrollWidth, innerWidth,
    rowDisplay: getComputedStyle(tr).display,
  });
  document.body.append(out);
}));
</script>"""
NO_PIECES = "<style>span{white-space:normal!important}</style>"


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(url: str, workdir: Path, *args: str) -> subprocess.CompletedProcess:
    exe = chromium()
    assert exe is not None
    profile = workdir / f"profile-{abs(hash((url, args)))}"
    return subprocess.run(
        [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def probe(html: bytes, width: int, workdir: Path, name: str, extra: str = "") -> dict:
    path = workdir / f"{name}-probe-{width}{'-x' if extra else ''}.html"
    path.write_bytes(html.replace(b"</body>", (extra + PROBE).encode() + b"</body>"))
    done = run_chromium(
        path.as_uri(), workdir, f"--window-size={width},900", "--virtual-time-budget=10000", "--dump-dom"
    )
    start = done.stdout.find('<pre id="probe">')
    assert start >= 0, done.stderr[-2000:]
    text = done.stdout[start + len('<pre id="probe">') : done.stdout.find("</pre>", start)]
    return json.loads(
        text.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """For the sample's results (with two photos) and plan and a long
    generated report: the page, and Chromium's PNGs, PDFs and probes at
    both widths."""
    require("Chromium", chromium() is not None)
    workdir = tmp_path_factory.mktemp("web")
    sample = load_report(resource(*SAMPLE_REPORT))
    with_photos = copy.deepcopy(sample)
    with_photos.measures[1].photos = [
        Photo(
            prepare(photo_bytes(1600, 1200, seed=3)).data, caption="อบรมเจ้าหน้าที่", taken=dt.date(2025, 3, 2)
        ),
        Photo(prepare(photo_bytes(1200, 1600, seed=4)).data, caption="ป้ายประชาสัมพันธ์"),
    ]
    cases = {
        "results": (with_photos, "results"),
        "plan": (sample, "plan"),
        "long": (clusters_report(1500), "results"),
    }
    out: dict[str, dict] = {}
    jobs = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for name, (report, document) in cases.items():
            html = render_html(report, document=document).html
            path = workdir / f"{name}.html"
            path.write_bytes(html)
            out[name] = {"report": report, "document": document, "html": html, "path": path}
            widths = WIDTHS if name != "long" else (390,)
            for w in widths:
                png, pdf = workdir / f"{name}-{w}.png", workdir / f"{name}-{w}.pdf"
                out[name][f"png{w}"], out[name][f"pdf{w}"] = png, pdf
                jobs.append(
                    pool.submit(
                        run_chromium, path.as_uri(), workdir, f"--window-size={w},900", f"--screenshot={png}"
                    )
                )
                jobs.append(
                    pool.submit(
                        run_chromium,
                        path.as_uri(),
                        workdir,
                        f"--window-size={w},900",
                        "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}",
                    )
                )
                out[name][f"probe{w}"] = pool.submit(probe, html, w, workdir, name)
        out["results"]["control"] = pool.submit(
            probe, out["results"]["html"], 390, workdir, "results", NO_PIECES
        )
        for job in jobs:
            assert job.result().returncode == 0, job.result().stderr[-2000:]
        for case in out.values():
            for key in list(case):
                if hasattr(case[key], "result"):
                    case[key] = case[key].result()
    return out


@pytest.mark.parametrize("name", ["results", "plan", "long"])
def test_breaks_only_where_the_app_allows(pages, name):
    for w in WIDTHS if name != "long" else (390,):
        found = pages[name][f"probe{w}"]
        assert set(found["fonts"]) == {"loaded"}, found["fonts"]
        assert found["split"] == [], (w, found["split"][:10])
        assert found["wraps"] > 20, found  # the text did wrap, at the allowed breaks only


def test_the_probe_sees_the_browsers_own_breaks_without_the_pieces(pages):
    found = pages["results"]["control"]
    assert len(found["split"]) > 5, found["split"]


@pytest.mark.parametrize("name", ["results", "plan", "long"])
def test_cards_on_a_phone_and_a_table_on_a_desktop(pages, name):
    phone = pages[name]["probe390"]
    assert phone["rowDisplay"] == "block"
    assert phone["scrollWidth"] <= phone["innerWidth"], phone  # no scrolling sideways
    if name != "long":
        desk = pages[name]["probe1366"]
        assert desk["rowDisplay"] == "table-row"
        assert desk["scrollWidth"] <= desk["innerWidth"], desk


@pytest.mark.parametrize("name", ["results", "plan", "long"])
def test_the_printed_pdf_reads_back_every_text_in_order(pages, name):
    case = pages[name]
    for w in WIDTHS if name != "long" else (390,):
        data = case[f"pdf{w}"].read_bytes()
        doc = open_pdf(data)
        assert doc.page_count > 1
        for page in doc:  # A4 landscape
            assert round(page.rect.width) == 842 and round(page.rect.height) == 595, page.rect
        assert pdf_problems(doc, case["report"], case["document"]) == [], w
        text = "".join(page_text(doc, p) for p in range(1, doc.page_count + 1))
        if name == "results":
            assert in_order(text, ["ภาพกิจกรรม", "อบรมเจ้าหน้าที่ (๒ มี.ค. ๒๕๖๘)", "ป้ายประชาสัมพันธ์"]) == []


def test_screenshots_at_both_widths(pages):
    from PIL import Image

    for name in ("results", "plan"):
        for w in WIDTHS:
            with Image.open(pages[name][f"png{w}"]) as img:
                assert img.size == (w, 900)
                # not a blank page: dark text on white was drawn
                assert img.convert("L").getextrema() == (pytest.approx(20, abs=30), 255)
