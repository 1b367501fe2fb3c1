"""``itadesk pdf`` loads Pillow only when a report draws an image
(``report.load_pillow_on_first_use``), and the PDFs are the same bytes as
with Pillow loaded at import."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# In a fresh interpreter: Pillow made lazy, then the sample without images
# (Pillow must stay unloaded), then with a logo and a photo (it loads).
CHILD = r"""
import hashlib, io, json, sys, types
from itadesk.report import load_pillow_on_first_use, render_pdf
load_pillow_on_first_use()
from itadesk.exchange import load_report
from itadesk.model import Photo
from itadesk.resources import SAMPLE_REPORT, resource
sample = load_report(resource(*SAMPLE_REPORT))
plain = hashlib.sha256(render_pdf(sample).pdf).hexdigest()
lazy_after_plain = type(sys.modules["PIL.Image"]) is not types.ModuleType
logo, photo = (bytes.fromhex(h) for h in sys.stdin.read().split())
sample.organization.logo = logo
sample.measures[0].photos = [Photo(photo, caption="ภาพ")]
pictured = hashlib.sha256(render_pdf(sample).pdf).hexdigest()
loaded_after = type(sys.modules["PIL.Image"]) is types.ModuleType
print(json.dumps([plain, lazy_after_plain, pictured, loaded_after]))
"""


def _images() -> tuple[bytes, bytes]:
    from PIL import Image

    from itadesk import photos

    from .photomaker import scene

    buf = io.BytesIO()
    Image.new("RGB", (120, 160), (200, 30, 30)).save(buf, format="PNG")
    jpeg = io.BytesIO()
    scene(640, 480).save(jpeg, format="JPEG", quality=85)
    return buf.getvalue(), photos.prepare(jpeg.getvalue(), "p.jpg").data


def test_pillow_loads_only_for_an_image_and_the_pdfs_are_the_same():
    from itadesk.exchange import load_report
    from itadesk.model import Photo
    from itadesk.report import render_pdf
    from itadesk.resources import SAMPLE_REPORT, resource

    logo, photo = _images()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RL_invariant": "1"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=f"{logo.hex()} {photo.hex()}",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    plain, lazy_after_plain, pictured, loaded_after = json.loads(out.splitlines()[-1])
    assert lazy_after_plain  # a report without images never loads Pillow
    assert loaded_after

    # The same PDFs here, where Pillow was imported the ordinary way.
    from reportlab import rl_config

    was = rl_config.invariant
    rl_config.invariant = 1
    try:
        sample = load_report(resource(*SAMPLE_REPORT))
        assert hashlib.sha256(render_pdf(sample).pdf).hexdigest() == plain
        sample.organization.logo = logo
        sample.measures[0].photos = [Photo(photo, caption="ภาพ")]
        assert hashlib.sha256(render_pdf(sample).pdf).hexdigest() == pictured
    finally:
        rl_config.invariant = was


def test_a_loaded_pillow_is_left_as_it_is():
    import PIL.Image

    from itadesk.report import load_pillow_on_first_use

    load_pillow_on_first_use()
    assert sys.modules["PIL.Image"] is PIL.Image
