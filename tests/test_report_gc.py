"""A build pauses the cyclic garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from itadesk import exchange
from itadesk.errors import FontError
from itadesk.report import render_pdf
from itadesk.resources import SAMPLE_REPORT, resource


@pytest.fixture(scope="module")
def sample():
    return exchange.load_report(resource(*SAMPLE_REPORT))


def test_the_collector_is_paused_during_a_build_and_enabled_after(sample, gc_restored):
    gc.enable()
    seen: list[bool] = []
    result = render_pdf(sample, progress=lambda done, total: seen.append(gc.isenabled()))
    assert result.pdf.startswith(b"%PDF")
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled(sample, gc_restored):
    gc.disable()
    render_pdf(sample)
    assert not gc.isenabled()


def test_a_failed_build_enables_the_collector_again(sample, gc_restored, tmp_path):
    gc.enable()
    not_a_font = tmp_path / "not-a-font.ttf"
    not_a_font.write_bytes(b"this is not a TrueType file")
    with pytest.raises(FontError):
        render_pdf(sample, font=Path(not_a_font))
    assert gc.isenabled()
