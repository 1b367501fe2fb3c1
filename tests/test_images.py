"""Image sizes read from headers, so a huge logo is refused before it is decoded."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from itadesk.errors import ImageError
from itadesk.images import MAX_LOGO_PIXELS, image_size, too_many_pixels


def _encode(fmt: str, size: tuple[int, int], **options: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    "fmt, options",
    [
        ("PNG", {}),
        ("GIF", {}),
        ("BMP", {}),
        ("JPEG", {}),
        ("JPEG", {"progressive": True}),
        ("JPEG", {"dpi": (300, 300)}),
    ],
)
@pytest.mark.parametrize("size", [(1, 1), (640, 480), (123, 4567)])
def test_sizes_read_from_headers(fmt, options, size):
    assert image_size(_encode(fmt, size, **options)) == size


def _huge_png(width: int, height: int) -> bytes:
    """A PNG header declaring ``width`` × ``height``; never decoded here."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + b"\x00" * 64
    )


def test_huge_images_are_told_apart_without_decoding():
    assert image_size(_huge_png(12000, 12000)) == (12000, 12000)
    assert too_many_pixels(_huge_png(12000, 12000))
    assert not too_many_pixels(_huge_png(2000, 2000))
    assert 2000 * 2000 < MAX_LOGO_PIXELS < 12000 * 12000


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8"])
def test_unknown_or_damaged_headers_give_none(data):
    assert image_size(data) is None
    assert not too_many_pixels(data)


def test_a_huge_logo_prints_the_cover_without_it_and_says_so(sample_report):
    from itadesk.messages import describe
    from itadesk.report import render_pdf

    sample_report.organization.logo = _huge_png(12000, 12000)
    result = render_pdf(sample_report)
    errors = [w for w in result.warnings if isinstance(w, ImageError)]
    assert [e.reason for e in errors] == ["too_large"]
    assert "ใหญ่เกินไป" in describe(errors[0])
    assert result.page_count >= 2
