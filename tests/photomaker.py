"""Photo-like test images made with Pillow: sky and ground gradients, shapes,
sensor noise, optionally EXIF (orientation, date taken, GPS, camera)."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def scene(width: int, height: int, seed: int = 1) -> Image.Image:
    rnd = random.Random(seed)
    img = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    sky = Image.new("RGB", (width, height), (90 + rnd.randint(0, 60), 150, 220))
    ground = Image.new("RGB", (width, height), (70, 110 + rnd.randint(0, 60), 50))
    img = Image.composite(ground, sky, Image.linear_gradient("L").resize((width, height)))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randrange(max(4, width // 60), max(8, width // 8))
        colour = tuple(rnd.randrange(256) for _ in range(3))
        if rnd.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    for _ in range(30):  # thin detail: lines like text on a banner
        x, y = rnd.randrange(width), rnd.randrange(height)
        draw.line((x, y, x + rnd.randrange(width // 4), y), fill=(20, 20, 20), width=max(1, width // 800))
    img = img.filter(ImageFilter.GaussianBlur(max(0.5, width / 2000)))
    # texture at several scales (grass, leaves, cloth), then sensor noise
    for scale, weight in ((16, 0.18), (4, 0.15), (1, 0.10)):
        size = (max(1, width // scale), max(1, height // scale))
        texture = Image.effect_noise(size, 60).resize((width, height), Image.Resampling.BICUBIC)
        img = Image.blend(img, Image.merge("RGB", (texture, texture, texture)), weight)
    return img


def photo_bytes(
    width: int,
    height: int,
    *,
    seed: int = 1,
    fmt: str = "JPEG",
    orientation: int | None = None,
    taken: str | None = None,
    gps: bool = False,
    camera: bool = False,
    quality: int = 92,
) -> bytes:
    img = scene(width, height, seed)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if taken is not None:
        exif.get_ifd(EXIF_IFD)[0x9003] = taken
    if camera:
        exif[0x010F] = "PhoneMaker"
        exif[0x0110] = "Model X 12"
        exif[0xA431] = "SERIAL123456"  # BodySerialNumber in the Exif IFD normally
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (13.0, 45.0, 30.0), 3: "E", 4: (100.0, 30.0, 15.0)}
    buf = io.BytesIO()
    kwargs = {"exif": exif.tobytes()} if len(exif) or exif.get_ifd(EXIF_IFD) else {}
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=quality, **kwargs)
    else:
        img.save(buf, fmt, **kwargs)
    return buf.getvalue()
