"""The measure page's evidence photos (issue 23): added from files (a picture,
one with GPS EXIF, a file that is not an image), captioned, dated, moved and
removed, every step undoable through the report's history and stored."""

from __future__ import annotations

import datetime as dt

import pytest

from itadesk.model import Organization
from itadesk.storage import Database

from ..photomaker import photo_bytes
from .conftest import close_window, type_text


@pytest.fixture
def empty_year(db_path):
    with Database(db_path) as db:
        org = db.save_organization(
            Organization("เทศบาลตำบลทดสอบ", "เทศบาลตำบล", "เมือง", "ขอนแก่น", ["สำนักปลัด"])
        )
        db.create_report(org.id, 2568)
    return db_path


def stored_photos(db_or_path):
    if isinstance(db_or_path, Database):
        org = db_or_path.organizations()[0]
        return db_or_path.load_report(org.id, 2568).measures[0].photos
    with Database(db_or_path) as db:
        return stored_photos(db)


def test_photos_added_edited_moved_removed_and_undone(empty_year, open_window, tmp_path):
    a = tmp_path / "a.jpg"
    a.write_bytes(photo_bytes(1200, 900, seed=1, taken="2025:03:02 09:00:00", gps=True, camera=True))
    b = tmp_path / "b.png"
    b.write_bytes(photo_bytes(600, 800, seed=2, fmt="PNG"))
    bad = tmp_path / "notes.jpg"
    bad.write_text("ไม่ใช่ภาพ", encoding="utf-8")

    window = open_window(empty_year)
    page = window.add_measure()
    type_text(page.ui.titleEdit, "อบรมคุณธรรม")
    strip = page.ui.photoStrip
    notices = []
    page.noticed.connect(notices.append)
    stack = window.undo_stack

    strip.add_files([a, b, bad])
    assert len(strip.photos()) == 2 and strip.list.count() == 2
    assert any("notes.jpg" in n for n in notices)
    assert strip.photos()[0].taken == dt.date(2025, 3, 2)
    assert stack.undoText() == "เพิ่มภาพกิจกรรม"

    strip.list.setCurrentRow(0)
    strip.captionEdit.setText("อบรมเจ้าหน้าที่")
    strip.captionEdit.editingFinished.emit()
    strip.move_selected(1)
    assert [p.caption for p in strip.photos()] == ["", "อบรมเจ้าหน้าที่"]
    assert stack.undoText() == "เลื่อนภาพกิจกรรม"
    window.autosave.save()
    got = stored_photos(window.db)
    assert [p.caption for p in got] == ["", "อบรมเจ้าหน้าที่"]
    assert all(b"GPS" not in p.data and b"Exif" not in p.data for p in got)

    strip.list.setCurrentRow(0)
    strip.remove_selected()
    assert [p.caption for p in page.measure.photos] == ["อบรมเจ้าหน้าที่"]
    stack.undo()  # the removal
    page = window.page_at(1)
    assert [p.caption for p in page.measure.photos] == ["", "อบรมเจ้าหน้าที่"]
    stack.undo()  # the move
    assert [p.caption for p in window.page_at(1).measure.photos] == ["อบรมเจ้าหน้าที่", ""]
    assert [p.caption for p in stored_photos(window.db)] == ["อบรมเจ้าหน้าที่", ""]
    stack.redo()
    assert [p.caption for p in stored_photos(window.db)] == ["", "อบรมเจ้าหน้าที่"]
    close_window(window)
    assert [p.caption for p in stored_photos(empty_year)] == ["", "อบรมเจ้าหน้าที่"]


def test_whether_photos_print_is_a_setting_of_the_report(empty_year, open_window):
    window = open_window(empty_year)
    check = window.org_page.ui.printPhotosCheck
    assert check.isChecked()
    check.setChecked(False)
    assert window.undo_stack.undoText() == "เปลี่ยนการพิมพ์ภาพกิจกรรม"
    window.autosave.save()
    org = window.db.organizations()[0]
    assert window.db.load_report(org.id, 2568).print_photos is False
    window.undo_stack.undo()
    assert check.isChecked()
    window.autosave.save()
    assert window.db.load_report(org.id, 2568).print_photos is True
    close_window(window)


def test_find_reaches_photo_captions(empty_year, open_window, tmp_path):
    """Ctrl+F finds a word in a photo's caption, stored or on screen, and
    shows that photo with the word selected in its caption."""
    from PySide6.QtWidgets import QApplication

    from itadesk.ui.find import find_all, measure_texts

    window = open_window(empty_year)
    page = window.add_measure()
    type_text(page.ui.titleEdit, "อบรมคุณธรรม")
    strip = page.ui.photoStrip
    paths = []
    for k in range(3):
        path = tmp_path / f"p{k}.jpg"
        path.write_bytes(photo_bytes(400, 300, seed=k))
        paths.append(path)
    strip.add_files(paths)
    strip.list.setCurrentRow(2)
    strip.captionEdit.setText("ประชุมชี้แจงที่ศาลาประชาคม")
    strip.captionEdit.editingFinished.emit()
    strip.list.setCurrentRow(0)
    assert window.flush()

    stored = window.db.load_report(window.db.organizations()[0].id, 2568).measures[0]
    found = find_all(list(measure_texts(0, stored)), "ศาลาประชาคม")
    assert [(m.field, m.row, m.start) for m in found] == [("photos", 2, len("ประชุมชี้แจงที่"))]

    window.ui.actionFind.trigger()
    QApplication.processEvents()  # the focus leaves the caption before typing, as a click would make it
    type_text(window.ui.findEdit, "ศาลาประชาคม")
    assert window._match is not None and (window._match.field, window._match.row) == ("photos", 2)
    assert strip.list.currentRow() == 2
    assert strip.captionEdit.selectedText() == "ศาลาประชาคม"
