"""Evidence photos (ภาพกิจกรรม): image bytes in, a photo fit to print out.

``prepare(data)`` checks an image by its header before decoding it (not an
image, a HEIC, a decompression bomb, a truncated file: ``PhotoError``), then
rotates it by its EXIF orientation, leaves out every EXIF, XMP and maker
field (location, device, owner: the report is public), scales it to at most
``MAX_SIDE`` pixels on its long side and writes it as JPEG at
``JPEG_QUALITY``. The date taken is read from EXIF before it is dropped.

Pillow (which ReportLab already needs) is loaded only when a photo is
decoded; the header checks need nothing but ``itadesk.images``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from .errors import PhotoError
from .images import MAX_LOGO_PIXELS, image_size

# The long side of a stored photo: a photo prints at most about 12 cm wide
# (two to a row), 2000 px is 400 dpi there.
MAX_SIDE = 2000
# Chosen by measurement (README, Evidence photos): at 80 a textured
# 2000 px photo is 38.6 dB PSNR (85: 39.3 dB, 18 % larger; 90: 40.5 dB, 53 % larger).
JPEG_QUALITY = 80
# The rendition embedded in the PDF: long side and quality (see ``print_rendition``).
PRINT_SIDE = 1200
PRINT_QUALITY = 75
# The web page's rendition: a phone's screen at 2x fills a 480 px column, and
# every byte travels to the phone (README, The web page, for the sizes).
WEB_SIDE = 960
WEB_QUALITY = 70
# A JPEG is decoded at a reduced scale (DCT scaling) straight to about
# MAX_SIDE, so a 48 MP phone photo costs 12 MP of memory; other formats are
# decoded whole, under the logo's limit.
MAX_JPEG_PIXELS = 120_000_000
MAX_OTHER_PIXELS = MAX_LOGO_PIXELS
# Bytes of one photo as picked (a phone's JPEG is 2-12 MB; a RAW-sized PNG more).
MAX_INPUT_BYTES = 60 * 1024 * 1024
# Bytes of one photo in an exchange file or a backup row (a prepared photo is
# well under 2 MB; one from another tool may be bigger, never this big).
MAX_STORED_BYTES = 16 * 1024 * 1024

JPEG = "image/jpeg"
PNG = "image/png"
TYPES = (JPEG, PNG)

_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME_DIGITIZED = 0x9004
_DATE_TIME = 0x0132
_EXIF_DATE = re.compile(r"^\s*(\d{4})[:\-/](\d{2})[:\-/](\d{2})")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


@dataclass(frozen=True)
class Prepared:
    """A photo ready to store: JPEG bytes, their size, the date taken (EXIF)."""

    data: bytes
    width: int
    height: int
    taken: dt.date | None
    mime: str = JPEG


def sniff(data: bytes) -> str | None:
    """The photo's type from its first bytes: ``image/jpeg``, ``image/png``,
    ``image/gif``, ``image/bmp``, ``image/heic``, or None."""
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:2] == b"BM":
        return "image/bmp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    return None


def check_header(data: bytes, name: str = "", *, max_bytes: int = MAX_INPUT_BYTES) -> tuple[str, int, int]:
    """(type, width, height) of a photo read from its header, before any
    decoding. Raises ``PhotoError``: ``too_large`` (bytes), ``heic``,
    ``not_image``, ``too_many_pixels``, ``truncated``."""
    if len(data) > max_bytes:
        raise PhotoError(reason="too_large", name=name, detail=str(len(data)), limit=max_bytes)
    kind = sniff(data)
    if kind == "image/heic":
        raise PhotoError(reason="heic", name=name)
    size = image_size(data) if kind else None
    if kind is None or size is None or size[0] <= 0 or size[1] <= 0:
        raise PhotoError(reason="not_image", name=name)
    width, height = size
    limit = MAX_JPEG_PIXELS if kind == JPEG else MAX_OTHER_PIXELS
    if width * height > limit:
        raise PhotoError(reason="too_many_pixels", name=name, detail=f"{width}x{height}", limit=limit)
    if truncated(data, kind):
        raise PhotoError(reason="truncated", name=name)
    return kind, width, height


def truncated(data: bytes, kind: str) -> bool:
    """Whether the file visibly stops early: a JPEG without its end marker,
    a PNG without its IEND chunk (seen from the bytes, not by decoding)."""
    if kind == JPEG:
        # some phones append data after the end marker: look near the end
        return b"\xff\xd9" not in data[-65536:]
    if kind == PNG:
        return b"IEND" not in data[-64:]
    return False


def exif_date(image) -> dt.date | None:
    """The date taken (``DateTimeOriginal``, else digitized, else the file's
    ``DateTime``) of a Pillow image, None when absent or not a date."""
    try:
        exif = image.getexif()
    except Exception:  # a damaged EXIF block: no date, still a photo
        return None
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception:
        sub = {}
    for value in (sub.get(_DATE_TIME_ORIGINAL), sub.get(_DATE_TIME_DIGITIZED), exif.get(_DATE_TIME)):
        if isinstance(value, bytes):
            value = value.decode("ascii", "replace")
        if not isinstance(value, str):
            continue
        m = _EXIF_DATE.match(value)
        if not m:
            continue
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    return None


def prepare(data: bytes, name: str = "", *, max_bytes: int = MAX_INPUT_BYTES) -> Prepared:
    """A photo fit to store and print (see the module). Raises ``PhotoError``."""
    kind, width, height = check_header(data, name, max_bytes=max_bytes)
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as img:
            taken = exif_date(img)
            if kind == JPEG:
                img.draft("RGB", _draft_size(width, height))
            img.load()
            out = ImageOps.exif_transpose(img) or img
            out = _to_rgb(out)
    except Image.DecompressionBombError as exc:
        raise PhotoError(reason="too_many_pixels", name=name, detail=str(exc)) from exc
    except OSError as exc:
        text = str(exc).lower()
        reason = "truncated" if "truncated" in text or "broken data" in text else "unreadable"
        raise PhotoError(reason=reason, name=name, detail=str(exc)) from exc
    except (ValueError, SyntaxError, EOFError, Image.UnidentifiedImageError) as exc:  # Pillow's decoders
        raise PhotoError(reason="unreadable", name=name, detail=str(exc)) from exc
    out.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    # no exif=, icc_profile= or comment=: nothing of the camera's survives
    out.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False, subsampling="4:2:0")
    return Prepared(buf.getvalue(), out.width, out.height, taken)


def _draft_size(width: int, height: int) -> tuple[int, int]:
    """The smallest size, at least MAX_SIDE on the long side, to decode to."""
    scale = min(1.0, MAX_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _to_rgb(img):
    """RGB in sRGB: an embedded colour profile applied, transparency on white."""
    from PIL import Image

    icc = img.info.get("icc_profile")
    if icc:
        try:
            from PIL import ImageCms

            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            dst = ImageCms.createProfile("sRGB")
            mode = "RGBA" if img.mode in ("RGBA", "LA", "PA") else "RGB"
            img = ImageCms.profileToProfile(img.convert(mode), src, dst, outputMode=mode)
        except Exception:  # a broken profile: the pixels as they are
            pass
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if img.mode != "RGB":
        return img.convert("RGB")
    return img


def is_clean(data: bytes) -> bool:
    """Whether ``data`` is already as ``prepare`` writes it: a JPEG within
    MAX_SIDE whose header holds no EXIF, XMP, comment or maker segment (APP1
    to APP15, COM). Such a photo is stored as it is, without losing quality
    to another encoding."""
    if data[:2] != b"\xff\xd8":
        return False
    size = image_size(data)
    if size is None or max(size) > MAX_SIDE:
        return False
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the header is over
            return True
        if 0xE1 <= marker <= 0xEF or marker == 0xFE:
            return False
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return False


def sanitize(data: bytes, name: str = "") -> bytes:
    """``data`` if it is clean (``is_clean``), else prepared again: what an
    exchange file brings is stored like a photo picked from a file."""
    if is_clean(data):
        check_header(data, name, max_bytes=MAX_STORED_BYTES)
        return data
    return prepare(data, name, max_bytes=MAX_STORED_BYTES).data


_PRINT_CACHE: dict[bytes, tuple[bytes, int, int]] = {}
_PRINT_CACHE_LIMIT = 400


def print_rendition(data: bytes) -> tuple[bytes, int, int]:
    """The JPEG embedded in the PDF, and its pixel size: at most PRINT_SIDE
    on the long side (250 dpi at the largest print size, 12 cm). Decoded once
    per photo and remembered, so the preview's next build reuses it."""
    hit = _PRINT_CACHE.get(data)
    if hit is not None:
        return hit
    kind, width, height = check_header(data, max_bytes=MAX_STORED_BYTES)
    if kind == JPEG and max(width, height) <= PRINT_SIDE:
        result = (data, width, height)
    else:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            if kind == JPEG:
                img.draft("RGB", (PRINT_SIDE, PRINT_SIDE))
            img.load()
            out = _to_rgb(img)
        out.thumbnail((PRINT_SIDE, PRINT_SIDE), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=PRINT_QUALITY, optimize=True)
        result = (buf.getvalue(), out.width, out.height)
    if len(_PRINT_CACHE) >= _PRINT_CACHE_LIMIT:
        _PRINT_CACHE.clear()
    _PRINT_CACHE[data] = result
    return result


def web_rendition(data: bytes) -> tuple[bytes, int, int]:
    """The JPEG the web page embeds, and its pixel size: at most WEB_SIDE on
    the long side, made from the print rendition (decoded once, remembered)."""
    printed, width, height = print_rendition(data)
    if max(width, height) <= WEB_SIDE:
        return printed, width, height
    from PIL import Image

    with Image.open(io.BytesIO(printed)) as img:
        img.draft("RGB", (WEB_SIDE, WEB_SIDE))
        img.load()
        out = _to_rgb(img)
    out.thumbnail((WEB_SIDE, WEB_SIDE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=WEB_QUALITY, optimize=True, progressive=True)
    return buf.getvalue(), out.width, out.height
