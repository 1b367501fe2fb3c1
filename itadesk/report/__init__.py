"""The printed report: a Thai PDF the agency publishes for the ITA assessment.

``render_pdf(report)`` builds it in memory, ``write_pdf(report, path)`` writes
it atomically. Both may run in a worker thread; ``progress(done, total)`` is
called from that thread as the build proceeds.

This module is cheap to import: ReportLab, HarfBuzz and ICU are loaded only
when a report is built.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import mutable_record

if TYPE_CHECKING:  # pragma: no cover
    from ..errors import ItaDeskError
    from ..model import Report
    from .builder import Layout

ORIENTATIONS = ("landscape", "portrait")
# the results report (O37, the default) and the plan it reports on (O36)
DOCUMENTS = ("results", "plan")


@mutable_record  # a dataclass without exec-made methods: 1.6 M instructions at import
class RenderResult:
    """A built report.

    ``pdf``: the file's bytes. ``page_count``. ``layout``: where the table's
    cells were drawn, page by page (``builder.Layout``). ``warnings``: named
    errors that did not stop the build: ``MissingGlyphsError`` (characters no
    font has; they print as an empty box and still extract as typed),
    ``StackedMarksError`` (more combining marks on one letter than print:
    the extra ones were left out), ``FontError`` (the organization's font
    could not be used: Sarabun was),
    ``ImageError`` (the logo could not be read: the cover has none).
    """

    pdf: bytes
    page_count: int
    layout: Layout
    warnings: list[ItaDeskError] = field(default_factory=list)


def render_pdf(
    report: Report,
    *,
    font: Path | None = None,
    bold_font: Path | None = None,
    orientation: str = "landscape",
    digits: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    compact: bool | None = None,
    document: str = "results",
) -> RenderResult:
    """Build the report's PDF (``document="results"``, O37) or the plan's
    (``document="plan"``, O36: the title block, the analysis of last year's
    ITA result, the measures with the plan's columns, the head's signature).

    ``font``: a TrueType file to print with (``None``: the organization's
    font if set and readable, else the bundled Sarabun); ``bold_font``: its
    bold (``None``: a file with "Bold" in its name beside it, else the
    regular drawn thicker). ``digits``: ``"thai"`` or ``"arabic"`` for what
    the app writes (``None``: the organization's setting). ``compact``:
    smaller table text and tighter cells (``None``: the organization's
    setting).

    Raises ``FontError`` when ``font`` or ``bold_font`` cannot be used, and
    ``ValueError`` for an unknown orientation, digits or document.
    """
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation must be one of {ORIENTATIONS}: {orientation!r}")
    if document not in DOCUMENTS:
        raise ValueError(f"document must be one of {DOCUMENTS}: {document!r}")
    if digits is None:
        digits = report.organization.digits or "thai"
    if digits not in ("thai", "arabic"):
        raise ValueError(f"digits must be 'thai' or 'arabic': {digits!r}")
    with _no_cyclic_gc():
        return _render_pdf(report, font, bold_font, orientation, digits, progress, compact, document)


@contextmanager
def _no_cyclic_gc():
    """The cyclic garbage collector paused while a report is built, as it was
    before afterwards. A build makes hundreds of thousands of short-lived
    tuples and lists and a few cycles; the collector would scan the caches of
    shaped clusters and glyph ink again and again (about 2 % of a build's
    instructions, 4–5 % of its CPU time), while reference counting frees
    nearly everything anyway and the collection after the build frees the
    rest. Peak memory of a 200-measure build is the same either way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _render_pdf(
    report: Report,
    font: Path | None,
    bold_font: Path | None,
    orientation: str,
    digits: str,
    progress: Callable[[int, int], None] | None,
    compact: bool | None,
    document: str,
) -> RenderResult:
    from ..errors import MissingGlyphsError, StackedMarksError
    from .builder import render
    from .fonts import resolve_fonts
    from .thaitext import MAX_MARKS

    build = title = None
    if document == "plan":
        from .plan import build_plan_story, plan_title

        build, title = build_plan_story, plan_title(report)
    fonts, found = resolve_fonts(font, bold_font, report.organization.font_path)
    warnings: list[ItaDeskError] = list(found)
    data, pages, layout, ctx = render(
        report,
        fonts,
        orientation=orientation,
        digits=digits,
        progress=progress,
        warnings=warnings,
        compact=report.organization.compact if compact is None else compact,
        document=document,
        build=build,
        title=title,
    )
    if ctx.missing:
        chars = sorted({ch for found in ctx.missing.values() for ch in found})
        warnings.append(MissingGlyphsError(font=fonts.regular.name, chars=chars, where=sorted(ctx.missing)))
    if ctx.dropped_marks:
        warnings.append(StackedMarksError(limit=MAX_MARKS, where=sorted(ctx.dropped_marks)))
    return RenderResult(data, pages, layout, warnings)


def load_pillow_on_first_use() -> None:
    """Make ``PIL.Image`` load when first used rather than when imported.

    ReportLab's ``reportlab.lib.utils`` (imported by its fonts and canvas)
    runs ``from PIL import Image`` at import, some 20 M instructions, though
    a report without a logo or photos never uses Pillow. After this call that
    import gives a module that loads itself on its first attribute (e.g.
    ``Image.open``, ``isinstance(x, Image.Image)``). For a single-threaded
    command (``itadesk pdf``): Python 3.11's lazy loader is not thread-safe.
    A no-op once Pillow is loaded."""
    if "PIL.Image" in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec("PIL.Image")  # imports the small PIL package
    if spec is None or spec.loader is None:  # pragma: no cover - Pillow is a dependency
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    sys.modules["PIL"].Image = module  # type: ignore[attr-defined]  # as the import system does for a submodule
    loader.exec_module(module)


def write_pdf(report: Report, path: Path | str, **kwargs) -> RenderResult:
    """``render_pdf`` then write the file atomically (a reader never sees a
    half-written PDF). Raises ``OutputError`` as well as what ``render_pdf``
    raises."""
    from ..fileio import atomic_write_bytes

    result = render_pdf(report, **kwargs)
    atomic_write_bytes(path, result.pdf)
    return result
