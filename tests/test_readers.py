"""Long reports read back exactly in every reader, in every font.

A report that needs more codes than the sample (thousands of distinct
clusters per face) once read back wrong in poppler and PDFium: spaces inside
words, marks dropped. Each generated report here is printed with Sarabun and
with the Thai fonts of Debian (TLWG, Noto) and read back cell by cell with
MuPDF, poppler's words and PDFium.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from itadesk.report import render_pdf
from itadesk.report.fonts import load_face

from .generate import clusters_report
from .pdfread import READERS, check_report_pdf, reader_mismatches, require

TLWG = Path("/usr/share/fonts/truetype/tlwg")
FONTS = {
    "Sarabun": None,
    "Garuda": TLWG / "Garuda.ttf",
    "Loma": TLWG / "Loma.ttf",
    "Norasi": TLWG / "Norasi.ttf",
    "Kinnari": TLWG / "Kinnari.ttf",
    "Purisa": TLWG / "Purisa.ttf",
    "TlwgTypewriter": TLWG / "TlwgTypewriter.ttf",
}
SIZES = (300, 1000, 3300)


def distinct_clusters(pdf: bytes, face: str) -> int:
    """Distinct clusters the PDF draws with a face: codes of its fonts whose
    text does not start with a combining mark (a cluster's first code draws
    all of it; its marks' text follows in codes of their own)."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    count = 0
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Subtype")[1] != "/Type0" or face not in doc.xref_get_key(xref, "BaseFont")[1]:
            continue
        cmap = doc.xref_stream(int(doc.xref_get_key(xref, "ToUnicode")[1].split()[0])).decode()
        for hexes in re.findall(r"<[0-9A-F]{4}> <([0-9A-F]+)>", cmap):
            text = bytes.fromhex(hexes).decode("utf-16-be")
            count += unicodedata.category(text[0]) != "Mn"
    return count


@pytest.mark.parametrize("clusters", SIZES)
@pytest.mark.parametrize("font", FONTS)
def test_long_reports_read_back_exactly_in_every_reader(font, clusters):
    path = FONTS[font]
    require(f"the font {path}", path is None or path.exists())
    rep = clusters_report(clusters, seed=clusters)
    result = render_pdf(rep, font=path)
    face = "Sarabun-Regular" if path is None else load_face(path).name
    assert distinct_clusters(result.pdf, face) >= clusters
    problems = check_report_pdf(result, rep, word_breaks=False)
    for reader in READERS:
        if reader != "mupdf":  # check_report_pdf read it with MuPDF
            problems += reader_mismatches(reader, result, rep)
    assert problems == [], "\n".join(problems[:15])
