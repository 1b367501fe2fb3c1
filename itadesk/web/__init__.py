"""The report as a web page: one self-contained HTML5 file the agency posts
on its website, for the assessor and citizens (mostly on phones).

``render_html(report)`` builds it in memory, ``write_html(report, path)``
writes it atomically. Both may run in a worker thread. No Qt, no ReportLab:
the words come from ``itadesk.doctext`` and ``itadesk.thaifmt`` as in the
PDF, the line breaks from ``itadesk.linebreak``.

This module is cheap to import: the page's code, HarfBuzz and fontTools are
loaded only when a page is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..errors import ItaDeskError
    from ..model import Report

DOCUMENTS = ("results", "plan")


@dataclass
class HtmlResult:
    """A built page: ``html`` (UTF-8 bytes) and the named errors that did not
    stop the build (``ImageError``: the logo or a photo could not be used;
    the page goes without it)."""

    html: bytes
    warnings: list[ItaDeskError] = field(default_factory=list)


def render_html(
    report: Report,
    *,
    document: str = "results",
    digits: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> HtmlResult:
    """Build the page of the results report (``document="results"``, O37)
    or of the plan (``"plan"``, O36). ``digits``: ``"thai"`` or ``"arabic"``
    (``None``: the organization's setting). ``progress(done, total)`` is
    called per measure.

    Raises ``ValueError`` for an unknown document or digits.
    """
    from .page import build_page

    if document not in DOCUMENTS:
        raise ValueError(f"document must be one of {DOCUMENTS}: {document!r}")
    if digits is None:
        digits = report.organization.digits or "thai"
    if digits not in ("thai", "arabic"):
        raise ValueError(f"digits must be 'thai' or 'arabic': {digits!r}")
    warnings: list[ItaDeskError] = []
    text = build_page(report, document=document, digits=digits, warnings=warnings, progress=progress)
    return HtmlResult(text.encode("utf-8"), warnings)


def write_html(report: Report, path: Path | str, **kwargs) -> HtmlResult:
    """``render_html`` then write the file atomically. Raises ``OutputError``
    as well as what ``render_html`` raises."""
    from ..fileio import atomic_write_bytes

    result = render_html(report, **kwargs)
    atomic_write_bytes(path, result.html)
    return result
