"""The W array's widths, each distinct advance formatted once and given to
ReportLab as bytes (``embedding._widths``), are written as ReportLab writes
the numbers themselves (``fp_str`` on each code's rounded width)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfdoc

from itadesk.report.fonts.embedding import _width, _widths


@given(
    st.lists(st.one_of(st.integers(0, 3000), st.integers(-70000, 70000)), max_size=60),
    st.sampled_from([1000, 2048, 1024, 256, 1234, 16, 4096]),
)
def test_widths_write_as_reportlabs_numbers(advances, upem):
    doc = pdfdoc.PDFDocument()
    scale = 1000 / upem
    ours = pdfdoc.PDFArray([0, pdfdoc.PDFArray(_widths(advances, scale))]).format(doc)
    reference = pdfdoc.PDFArray([0, pdfdoc.PDFArray([_width(a * scale) for a in advances])]).format(doc)
    assert ours == reference
