"""Evidence photos (issue 23): the Qt-free core (``itadesk.photos``), storage,
the exchange file, backups, the printed ภาพกิจกรรม pages and the readiness check.

Every photo is made here with Pillow (``tests/photomaker.py``): several sizes
and orientations, one with GPS and camera EXIF."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import io
import json
import sqlite3
from dataclasses import replace

import pytest
from PIL import Image

from itadesk import exchange, messages, photos, readiness
from itadesk.backup import make_backup, restore_backup
from itadesk.errors import PhotoError, ValidationError
from itadesk.model import Photo
from itadesk.storage import Database

from .photomaker import GPS_IFD, photo_bytes


def exif_of(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as img:
        return img.getexif()


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as img:
        return img.size


@pytest.fixture(scope="module")
def gps_photo() -> bytes:
    return photo_bytes(2400, 1800, seed=3, orientation=6, taken="2025:01:15 10:31:00", gps=True, camera=True)


@pytest.fixture(scope="module")
def prepared(gps_photo) -> photos.Prepared:
    return photos.prepare(gps_photo, "IMG_0001.jpg")


# --- the core --------------------------------------------------------------------------------


def test_the_gps_photo_really_carries_gps_and_camera(gps_photo):
    exif = exif_of(gps_photo)
    assert exif.get_ifd(GPS_IFD) and exif[0x0110] == "Model X 12"


def test_a_photo_loses_location_and_device_and_every_exif(prepared):
    data = prepared.data
    assert not exif_of(data)
    for needle in (
        b"Exif",
        b"GPS",
        b"PhoneMaker",
        b"Model X 12",
        b"SERIAL123456",
        b"http://ns.adobe.com/xap",
    ):
        assert needle not in data
    assert photos.is_clean(data)


def test_a_photo_is_turned_by_its_orientation_and_its_date_is_read(prepared):
    # 2400 × 1800 stored with orientation 6 (turn 90°): a portrait, 2000 px on its long side
    assert size_of(prepared.data) == (prepared.width, prepared.height) == (1500, 2000)
    assert prepared.taken == dt.date(2025, 1, 15)


@pytest.mark.parametrize(
    ("width", "height", "orientation", "expected"),
    [
        (4000, 3000, None, (2000, 1500)),
        (3000, 4000, None, (1500, 2000)),
        (4000, 3000, 8, (1500, 2000)),
        (1600, 1200, 3, (1600, 1200)),  # smaller than the limit: not enlarged
        (640, 480, 6, (480, 640)),
    ],
)
def test_sizes_and_orientations(width, height, orientation, expected):
    p = photos.prepare(photo_bytes(width, height, orientation=orientation, quality=85))
    assert size_of(p.data) == expected == (p.width, p.height)
    assert p.taken is None and p.mime == "image/jpeg"


def test_orientation_turns_the_pixels_not_only_the_size():
    img = Image.new("RGB", (400, 200), "white")
    img.paste((255, 0, 0), (0, 0, 100, 200))  # red on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90° clockwise: red at the top
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), quality=95)
    with Image.open(io.BytesIO(photos.prepare(buf.getvalue()).data)) as out:
        assert out.size == (200, 400)
        r, g, b = out.convert("RGB").getpixel((100, 20))
        assert r > 200 and g < 60


def test_a_png_with_transparency_is_put_on_white():
    img = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    p = photos.prepare(buf.getvalue())
    with Image.open(io.BytesIO(p.data)) as out:
        assert out.format == "JPEG" and out.getpixel((10, 10)) >= (250, 250, 250)


def _refused(data: bytes) -> str:
    with pytest.raises(PhotoError) as info:
        photos.prepare(data, "x")
    return info.value.reason


def test_not_an_image_is_refused():
    assert _refused("รายงาน".encode() * 100) == "not_image"
    assert _refused(b"%PDF-1.7\n" + b"0" * 100) == "not_image"
    assert _refused(b"") == "not_image"


def test_heic_gets_its_own_message():
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    assert _refused(heic) == "heic"
    text = messages.describe(PhotoError(reason="heic", name="IMG_1234.HEIC"))
    assert "HEIC" in text and "JPEG" in text and "IMG_1234.HEIC" in text


def test_a_decompression_bomb_is_refused_from_its_header(monkeypatch):
    # a PNG header claiming 30,000 × 30,000: refused before Pillow is asked
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    bomb = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    bomb += b"\x00\x00\x00\x00IEND\xaeB`\x82"

    def no_decoding(*_a, **_k):
        raise AssertionError("decoded")

    monkeypatch.setattr(Image, "open", no_decoding)
    assert _refused(bomb) == "too_many_pixels"
    jpeg = photo_bytes(64, 48)
    at = jpeg.index(b"\xff\xc0") + 5
    huge = jpeg[:at] + struct.pack(">HH", 60000, 60000) + jpeg[at + 4 :]
    assert _refused(huge) == "too_many_pixels"


def test_truncated_files_are_refused():
    jpeg = photo_bytes(400, 300)
    assert _refused(jpeg[: len(jpeg) // 2]) == "truncated"
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), "blue").save(buf, "PNG")
    assert _refused(buf.getvalue()[:-20]) == "truncated"


def test_a_too_big_file_is_refused_before_anything():
    with pytest.raises(PhotoError) as info:
        photos.check_header(b"\xff\xd8\xff" + b"0" * 100, max_bytes=50)
    assert info.value.reason == "too_large"


@pytest.mark.parametrize(
    "reason", ["not_image", "heic", "too_many_pixels", "truncated", "too_large", "unreadable"]
)
def test_every_refusal_is_said_in_thai(reason):
    text = messages.describe(PhotoError(reason=reason, name="ภาพ.jpg", limit=60 * 1024 * 1024))
    assert "ไม่ได้เพิ่มภาพ ภาพ.jpg" in text and any("\u0e00" <= c <= "\u0e7f" for c in text)


def test_the_print_rendition_is_smaller_and_remembered(prepared):
    photos._PRINT_CACHE.clear()
    data, w, h = photos.print_rendition(prepared.data)
    assert max(w, h) == photos.PRINT_SIDE and len(data) < len(prepared.data)
    assert photos.print_rendition(prepared.data)[0] is data


# --- storage, exchange, backups ---------------------------------------------------------------


@pytest.fixture
def with_photos(sample_report, prepared):
    report = copy.deepcopy(sample_report)
    small = photos.prepare(photo_bytes(800, 600, seed=2, taken="2024:11:20 08:00:00"))
    report.measures[0].photos = [
        Photo(prepared.data, caption="อบรมเจ้าหน้าที่", taken=prepared.taken),
        Photo(small.data, caption="", taken=small.taken),
    ]
    report.measures[2].photos = [Photo(small.data, caption="ประชุม", taken=dt.date(2023, 5, 1))]
    return report


def test_photos_are_stored_and_read_back(db, with_photos):
    stored = db.import_report(with_photos)
    got = stored.measures[0].photos
    assert [(p.caption, p.taken, p.data) for p in got] == [
        (p.caption, p.taken, p.data) for p in with_photos.measures[0].photos
    ]
    assert all(p.id is not None for p in got)
    assert stored.measures[1].photos == [] and len(stored.measures[2].photos) == 1
    # what the database file holds carries no location, device or EXIF at all
    conn = sqlite3.connect(db.path)
    blobs = [row[0] for row in conn.execute("SELECT data FROM photos")]
    conn.close()
    assert len(blobs) == 3
    for blob in blobs:
        assert b"GPS" not in blob and b"Exif" not in blob and b"PhoneMaker" not in blob and not exif_of(blob)


def test_save_photos_reorders_edits_removes_and_adds(db, with_photos):
    stored = db.import_report(with_photos)
    m = stored.measures[0]
    first, second = m.photos
    new = Photo(first.data, caption="ใหม่")
    saved = db.save_photos(m.id, [second, Photo(first.data, "แก้แล้ว", dt.date(2025, 2, 1), id=first.id), new])
    back = db.photos(m.id)
    assert [p.caption for p in back] == ["", "แก้แล้ว", "ใหม่"]
    assert back[1].id == first.id and back[1].taken == dt.date(2025, 2, 1)
    db.save_photos(m.id, [saved[2]])
    assert [p.caption for p in db.photos(m.id)] == ["ใหม่"]


def test_deleting_a_measure_deletes_its_photos_and_undo_brings_them_back(db, with_photos):
    stored = db.import_report(with_photos)
    m = stored.measures[0]
    position = db.delete_measure(m.id)
    assert db.conn.execute("SELECT count(*) FROM photos WHERE measure_id = ?", [m.id]).fetchone()[0] == 0
    back = db.save_measure(stored.id, Measure_without_id(m), position)
    assert [p.caption for p in db.photos(back.id)] == ["อบรมเจ้าหน้าที่", ""]


def Measure_without_id(m):  # noqa: N802
    return replace(m, id=None, photos=[replace(p, id=None) for p in m.photos])


def test_replacing_a_report_replaces_its_photos(db, with_photos, sample_report):
    db.import_report(with_photos)
    db.import_report(sample_report, replace_existing=True)
    assert db.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_print_photos_is_kept(db, with_photos):
    stored = db.import_report(with_photos)
    stored.print_photos = False
    db.save_report_settings(stored)
    assert db.load_report(stored.organization.id, 2568).print_photos is False


def test_v1_is_unchanged_without_photos_and_v2_carries_them(sample_report, sample_path, with_photos):
    assert exchange.dumps_report(sample_report) == sample_path.read_text(encoding="utf-8")
    doc = exchange.dump_report(with_photos)
    assert doc["version"] == 2
    entry = doc["measures"][0]["photos"][0]
    assert (
        entry["type"] == "image/jpeg" and entry["caption"] == "อบรมเจ้าหน้าที่" and entry["taken"] == "2025-01-15"
    )
    assert base64.b64decode(entry["data"]) == with_photos.measures[0].photos[0].data
    back = exchange.parse_report(json.loads(json.dumps(doc)))
    assert [p.data for p in back.measures[0].photos] == [p.data for p in with_photos.measures[0].photos]
    assert exchange.dump_report(back) == doc


def _v2_with(sample_doc, entry):
    doc = copy.deepcopy(sample_doc)
    doc["version"] = 2
    doc["measures"][0]["photos"] = [entry]
    return doc


def _codes(doc):
    with pytest.raises(ValidationError) as info:
        exchange.parse_report(doc)
    return [(p.path, p.code) for p in info.value.problems]


def test_the_exchange_file_refuses_bad_photos(sample_doc, monkeypatch):
    b64 = lambda data: base64.b64encode(data).decode()  # noqa: E731
    path = "measures[0].photos[0]"
    assert _codes(_v2_with(sample_doc, {"type": "image/jpeg", "data": b64(b"not an image")})) == [
        (f"{path}.data", "bad_photo")
    ]
    assert _codes(_v2_with(sample_doc, {"type": "image/jpeg", "data": "!!!"})) == [
        (f"{path}.data", "bad_photo")
    ]
    jpeg = photo_bytes(200, 150)
    assert _codes(_v2_with(sample_doc, {"type": "image/jpeg", "data": b64(jpeg[:300])})) == [
        (f"{path}.data", "bad_photo")
    ]
    assert _codes(_v2_with(sample_doc, {"type": "image/gif", "data": b64(jpeg)})) == [
        (f"{path}.type", "bad_photo_type")
    ]
    monkeypatch.setattr(photos, "MAX_STORED_BYTES", 1000)
    assert _codes(_v2_with(sample_doc, {"type": "image/jpeg", "data": b64(jpeg)})) == [
        (f"{path}.data", "photo_too_large")
    ]
    problem = ValidationError(problems=[exchange.Problem(f"{path}.data", "photo_too_large")])
    assert "ภาพมีขนาดไฟล์ใหญ่เกินไป" in messages.describe(problem)
    v1 = copy.deepcopy(sample_doc)
    v1["measures"][0]["photos"] = []
    assert _codes(v1) == [("measures[0].photos", "unknown_field")]


def test_an_exchange_photo_with_gps_is_stripped_on_import(sample_doc, gps_photo):
    doc = _v2_with(
        sample_doc, {"type": "image/jpeg", "data": base64.b64encode(gps_photo).decode(), "caption": "ก"}
    )
    got = exchange.parse_report(doc).measures[0].photos[0]
    assert b"GPS" not in got.data and not exif_of(got.data) and photos.is_clean(got.data)


def test_a_backup_carries_the_photos_and_checks_them(db, with_photos, tmp_path):
    db.import_report(with_photos)
    made = make_backup(db, tmp_path / "b.itabackup")
    with Database(tmp_path / "other.db") as other:
        restore_backup(other, made.path, safety_folder=tmp_path / "safety")
        report = other.load_report(other.organizations()[0].id, 2568)
        assert [p.data for p in report.measures[0].photos] == [p.data for p in with_photos.measures[0].photos]
    # a photo row that is not an image is refused by the rows' validator
    rows = {
        1: [{"id": 1, "measure_id": 1, "position": 0, "data": b"junk", "mime": "image/jpeg", "caption": ""}]
    }
    conn = sqlite3.connect(db.path)
    conn.row_factory = sqlite3.Row
    org = dict(conn.execute("SELECT * FROM organizations").fetchone())
    rep = dict(conn.execute("SELECT * FROM reports").fetchone())
    measures = [dict(r) for r in conn.execute("SELECT * FROM measures ORDER BY position")]
    conn.close()
    rows = {measures[0]["id"]: rows[1]}
    problems = exchange.check_stored_report(org, rep, measures, rows)
    assert [(p.path, p.code) for p in problems] == [("measures[0].photos[0].data", "bad_photo")]


# --- the printed report ----------------------------------------------------------------------------


def test_the_photo_pages(with_photos):
    import fitz

    from itadesk.report import render_pdf

    plain = render_pdf(
        copy.deepcopy(with_photos).__class__(**{**with_photos.__dict__, "print_photos": False})
    )
    result = render_pdf(with_photos)
    assert result.page_count > plain.page_count
    doc = fitz.open(stream=result.pdf, filetype="pdf")
    photo_pages = [p for p in doc if p.get_images()]
    text = "\n".join(p.get_text() for p in photo_pages)
    assert "ภาพกิจกรรม" in text and "มาตรการที่ ๑" in text and "มาตรการที่ ๓" in text
    assert "อบรมเจ้าหน้าที่" in text and "(๑๕ ม.ค. ๒๕๖๘)" in text and "(๑ พ.ค. ๒๕๖๖)" in text
    assert sum(len(p.get_images()) for p in photo_pages) >= 2  # the same photo twice is embedded once
    for page in photo_pages:  # each photo whole inside the page's frame, its caption under it
        for info in page.get_image_info():
            x0, y0, x1, y1 = info["bbox"]
            assert 0 <= x0 < x1 <= page.rect.width and 0 <= y0 < y1 <= page.rect.height
    no_photos = fitz.open(stream=plain.pdf, filetype="pdf")
    assert not any(p.get_images() for p in no_photos)


def test_portrait_prints_two_photos_a_row(with_photos):
    import fitz

    from itadesk.report import render_pdf

    report = copy.deepcopy(with_photos)
    report.measures[1].photos = [copy.deepcopy(report.measures[0].photos[1]) for _ in range(3)]
    doc = fitz.open(stream=render_pdf(report, orientation="portrait").pdf, filetype="pdf")
    tops = sorted(
        {round(i["bbox"][1]) for p in doc for i in p.get_image_info() if p.number == doc.page_count - 1}
    )
    assert tops  # rows on the last page


# --- readiness ------------------------------------------------------------------------------


def test_readiness_no_evidence_and_photo_dates(with_photos):
    found = [(f.kind, f.path) for f in readiness.check(with_photos)]
    assert ("no_evidence", "measures[1].photos") in found
    assert ("no_evidence", "measures[0].photos") not in found
    assert ("photo_outside_fiscal_year", "measures[2].photos[0].taken") in found
    assert ("photo_outside_fiscal_year", "measures[0].photos[1].taken") not in found  # 20 Nov 2024: in 2568
    lines = [messages.readiness_line(f) for f in readiness.check(with_photos)]
    assert (
        "มาตรการที่ ๒ ภาพกิจกรรม: ยังไม่มีภาพกิจกรรมเป็นหลักฐานว่าได้ดำเนินการแล้ว เพิ่มภาพถ่ายของกิจกรรมพร้อมคำบรรยาย" in lines
    )
    assert any(
        line.startswith("มาตรการที่ ๓ ภาพกิจกรรม: ภาพที่ ๑ ถ่ายเมื่อ ๑ พ.ค. ๒๕๖๖ อยู่นอกปีงบประมาณ ๒๕๖๘")
        for line in lines
    )
    with_photos.print_photos = False
    assert "no_evidence" not in [f.kind for f in readiness.check(with_photos)]


def test_readiness_of_a_report_without_photos_is_unchanged(sample_report):
    assert "no_evidence" not in [f.kind for f in readiness.check(sample_report)]
