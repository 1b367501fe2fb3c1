"""Importing from Word in the window: what was recognized is shown first,
nothing is saved before the clerk agrees."""

from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from itadesk.storage import Database
from itadesk.ui import word_import_dialog
from itadesk.ui.word_import_dialog import WordImportDialog, import_word_file
from itadesk.wordimport import read_docx

from ..docxmaker import HEADERS, write_docx


def _ok(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_shows_what_was_recognized_then_imports(app, qtbot, db_path, tmp_path, sample_report, answers):
    path = write_docx(sample_report, tmp_path / "last.docx", "seed")
    with Database(db_path) as db:
        dialog = WordImportDialog(db, read_docx(path))
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert ui.orgEdit.text() == "เทศบาลตำบลขามทะเลสอ" and ui.yearSpin.value() == 2568
        assert ui.measuresTree.topLevelItemCount() == 5
        first = ui.measuresTree.topLevelItem(0)
        assert first.text(0).startswith("๑. กิจกรรมจัดทำคู่มือ") and first.text(1) == "๔ ข้อ"
        assert "๑ ธ.ค. ๒๕๖๗" in first.text(4) and first.text(5) == "กองสาธารณสุข, กองช่าง"
        assert "กองคลัง" in ui.unitsLabel.text()
        assert ui.notPlacedList.isHidden()
        assert db.organizations() == []  # nothing saved yet
        _ok(dialog).click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.report is not None and len(dialog.report.measures) == 5
        assert any("เริ่มปีงบประมาณใหม่" in t and "นอกปีงบประมาณ" in t for t in answers.told)
        # again: asks before replacing; "no" keeps the dialog open and the data as it was
        answers.ask = False
        again = WordImportDialog(db, read_docx(path))
        qtbot.addWidget(again)
        _ok(again).click()
        assert answers.asked and "แทนที่" in answers.asked[-1]
        assert again.result() != QDialog.DialogCode.Accepted


def test_missing_year_and_name_and_pieces_not_placed(app, qtbot, db_path, tmp_path, answers):
    d = docx.Document()
    d.add_paragraph("รายงานผลการดำเนินการ")
    t = d.add_table(rows=2, cols=7)
    for cell, text in zip(t.rows[0].cells, [*HEADERS, "หมายเหตุ"], strict=True):
        cell.text = text
    t.rows[1].cells[0].text = "๑. มาตรการ"
    t.rows[1].cells[5].text = "ไตรมาส ๒"
    t.rows[1].cells[6].text = "ดูภาคผนวก"
    path = tmp_path / "bare.docx"
    d.save(path)
    with Database(db_path) as db:
        dialog = WordImportDialog(db, read_docx(path), today=dt.date(2025, 3, 1))
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert ui.yearSpin.value() == 2568 and "ไม่ได้ระบุปีงบประมาณ" in ui.message.text()
        assert not _ok(dialog).isEnabled()  # no organization yet
        ui.orgEdit.setText("อบต.ทดสอบ")
        ui.orgEdit.textEdited.emit("อบต.ทดสอบ")
        assert _ok(dialog).isEnabled()
        assert ui.notPlacedList.count() == 2
        texts = [ui.notPlacedList.item(i).text() for i in range(2)]
        assert any("ไตรมาส ๒" in x and "คอลัมน์ที่ ๖" in x for x in texts)
        assert any("ดูภาคผนวก" in x and "คอลัมน์ที่ ๗" in x for x in texts)
        _ok(dialog).click()
        assert [o.name for o in db.organizations()] == ["อบต.ทดสอบ"]


def test_a_bad_file_is_explained_and_nothing_saved(app, qtbot, db_path, tmp_path, answers):
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    with Database(db_path) as db:
        assert import_word_file(None, db, bad) is None
        assert db.organizations() == []
    assert answers.told and ".docx" in answers.told[0]


def test_welcome_and_file_menu_offer_it(
    app, qtbot, db_path, tmp_path, sample_report, open_window, answers, monkeypatch
):
    from itadesk.ui.welcome import WelcomeDialog

    path = write_docx(sample_report, tmp_path / "last.docx", "numbering")
    monkeypatch.setattr(word_import_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(WordImportDialog, "exec", lambda self: (self._import(), self.result())[1])
    with Database(db_path) as db:
        welcome = WelcomeDialog(db)
        qtbot.addWidget(welcome)
        assert welcome.ui.wordImportButton.text() == "นำเข้าจากไฟล์ Word…"
        welcome.ui.wordImportButton.click()
        assert welcome.report is not None and len(welcome.report.measures) == 5
    window = open_window(db_path)
    assert window.ui.actionImportWord.text() == "นำเข้าจากไฟล์ Word…"
    answers.ask = True
    window.ui.actionImportWord.trigger()
    assert answers.asked and "แทนที่" in answers.asked[-1]
    assert window.report is not None and len(window.report.measures) == 5
