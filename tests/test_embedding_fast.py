"""The W array's widths, each distinct advance formatted once and the
array given to ReportLab as bytes (``embedding._widths``), are written as
ReportLab writes an array of the numbers themselves (``fp_str`` on each
code's rounded width, with ``pdfMultiLine`` on or off); the
ToUnicode map, each distinct text encoded once, is the map with every
code's text encoded on its own."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from itadesk.report.fonts.embedding import _to_unicode_cmap, _width, _widths


@given(
    st.lists(st.one_of(st.integers(0, 3000), st.integers(-70000, 70000)), max_size=60),
    st.sampled_from([1000, 2048, 1024, 256, 1234, 16, 4096]),
    st.booleans(),
)
def test_widths_write_as_reportlabs_numbers(advances, upem, multiline):
    doc = pdfdoc.PDFDocument()
    scale = 1000 / upem
    with _pdf_multiline(multiline):
        ours = pdfdoc.PDFArray([0, _widths(advances, scale)]).format(doc)
        reference = pdfdoc.PDFArray([0, pdfdoc.PDFArray([_width(a * scale) for a in advances])]).format(doc)
    assert ours == reference


@contextlib.contextmanager
def _pdf_multiline(value: bool):
    was = rl_config.pdfMultiLine
    rl_config.pdfMultiLine = value
    try:
        yield
    finally:
        rl_config.pdfMultiLine = was


def _reference_cmap(name: str, texts: list[str | None]) -> str:
    """The ToUnicode map with each code's text encoded on its own."""
    entries = [(c, t) for c, t in enumerate(texts) if t]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        f"/CMapName /{name.replace('+', '-')}-UTF16 def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for i in range(0, len(entries), 100):
        chunk = entries[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for c, t in chunk:
            lines.append(f"<{c:04X}> <{t.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@given(
    st.lists(
        st.one_of(
            st.none(), st.just(""), st.sampled_from(["ก", "ที่", " ", "\U0001f600"]), st.text(max_size=4)
        ),
        max_size=260,
    )
)
def test_to_unicode_map_is_the_reference(texts):
    assert _to_unicode_cmap("ITAAAAB+Sarabun", texts) == _reference_cmap("ITAAAAB+Sarabun", texts)
