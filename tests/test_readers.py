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
from .pdfread import READERS, check_report_pdf, open_pdf, reader_mismatches, require
from .pdfread import fonts as pdf_fonts

TLWG = Path("/usr/share/fonts/truetype/tlwg")
NOTO = Path("/usr/share/fonts/truetype/noto")
FONTS = {
    "Sarabun": None,
    "Garuda": TLWG / "Garuda.ttf",
    "Loma": TLWG / "Loma.ttf",
    "Norasi": TLWG / "Norasi.ttf",
    "Kinnari": TLWG / "Kinnari.ttf",
    "Purisa": TLWG / "Purisa.ttf",
    "TlwgTypewriter": TLWG / "TlwgTypewriter.ttf",
    "NotoSansThai": NOTO / "NotoSansThai-Regular.ttf",
    "NotoSerifThai": NOTO / "NotoSerifThai-Regular.ttf",
}
SIZES = (300, 1000, 3300)


def distinct_clusters(pdf: bytes, face: str) -> int:
    """Distinct clusters the PDF draws with a face: codes of its fonts whose
    text does not start with a combining mark (a cluster's first code draws
    all of it; its marks' text follows in codes of their own)."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    count = 0
    for xref in range(1, doc.xref_length()):
        if (
            doc.xref_get_key(xref, "Subtype")[1] != "/Type0"
            or face not in doc.xref_get_key(xref, "BaseFont")[1]
        ):
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
    # one font per face however long the report: no font switch inside a line
    fonts = [(name.split("+")[1], kind) for name, kind, _ext in pdf_fonts(open_pdf(result.pdf))]
    assert len(fonts) == len(set(fonts)) and all(kind == "Type0" for _name, kind in fonts), fonts
    problems = check_report_pdf(result, rep, word_breaks=False)
    for reader in READERS:
        if reader != "mupdf":  # check_report_pdf read it with MuPDF
            problems += reader_mismatches(reader, result, rep)
    assert problems == [], "\n".join(problems[:15])


@pytest.mark.parametrize("font", FONTS)
def test_every_code_gives_each_character_a_tenth_of_an_em(font):
    """poppler's limit for a character that is not an overprinted duplicate."""
    from itadesk.report.fonts import resolve_fonts
    from itadesk.report.thaitext import shape

    from .generate import LATIN, WORDS, cluster_inventory

    path = FONTS[font]
    require(f"the font {path}", path is None or path.exists())
    fonts, _warnings = resolve_fonts(path, None, None)
    text = " ".join(cluster_inventory() + WORDS + LATIN + ["๑๒๓ ก.ย. (ร้อยละ ๘๕.๗๑)"])
    thin = []
    shaped = shape(text, fonts, 11)
    for c, start, end in zip(shaped.clusters, shaped.starts, shaped.ends, strict=True):
        if c.missing or c.space or c.hidden:
            continue
        for _key, piece, advance in c.codes:
            if advance / c.face.upem < 0.1 * len(piece):
                thin.append((text[start:end], piece, advance))
    assert thin == []


@pytest.mark.parametrize("font", FONTS)
def test_long_plans_read_back_exactly_in_every_reader(font):
    """The plan (O36) of a long report: its own columns, the same codes."""
    path = FONTS[font]
    require(f"the font {path}", path is None or path.exists())
    rep = clusters_report(1000, seed=21)
    for i, m in enumerate(rep.measures):
        m.follow_up = rep.measures[-1 - i].title
    result = render_pdf(rep, font=path, document="plan")
    problems = check_report_pdf(result, rep, word_breaks=False, document="plan")
    for reader in READERS:
        if reader != "mupdf":
            problems += reader_mismatches(reader, result, rep, document="plan")
    assert problems == [], "\n".join(problems[:15])
