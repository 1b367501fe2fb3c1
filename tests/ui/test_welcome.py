"""First run: the welcome creates the organization and its first year."""

import datetime as dt

from PySide6.QtCore import Qt

from itadesk.model import DEFAULT_UNITS
from itadesk.storage import Database
from itadesk.ui.welcome import WelcomeDialog, guess_type, import_file

from .conftest import type_text


def test_guess_type_from_the_name():
    assert guess_type("เทศบาลตำบลขามทะเลสอ") == "เทศบาลตำบล"
    assert guess_type("องค์การบริหารส่วนตำบลหนองบัว") == "องค์การบริหารส่วนตำบล"
    assert guess_type("อบต.หนองบัว") == "องค์การบริหารส่วนตำบล"
    assert guess_type("สำนักงานอะไร") is None


def test_welcome_creates_organization_and_year(app, qtbot, db_path, answers):
    with Database(db_path) as db:
        dialog = WelcomeDialog(db, today=dt.date(2025, 11, 3))
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert ui.yearSpin.value() == 2569  # November 2025 is in FY 2569
        assert ui.yearSpin.text() == "๒๕๖๙"
        type_text(ui.nameEdit, "เทศบาลเมืองบ้านไผ่")
        assert ui.typeCombo.currentText() == "เทศบาลเมือง"
        assert ui.unitsEditor.units() == DEFAULT_UNITS["เทศบาลเมือง"]
        type_text(ui.districtEdit, "บ้านไผ่")
        type_text(ui.provinceEdit, "ขอนแก่น")
        ui.unitsEditor.add_unit()
        item = ui.unitsEditor.list.currentItem()
        item.setText("งานป้องกันและบรรเทาสาธารณภัย")
        ui.yearSpin.setValue(2568)
        qtbot.mouseClick(ui.startButton, Qt.MouseButton.LeftButton)
        assert dialog.result() == WelcomeDialog.DialogCode.Accepted
        assert answers.errors == []
    with Database(db_path) as db:
        (org,) = db.organizations()
        assert org.name == "เทศบาลเมืองบ้านไผ่"
        assert (org.type, org.district, org.province) == ("เทศบาลเมือง", "บ้านไผ่", "ขอนแก่น")
        assert org.units == DEFAULT_UNITS["เทศบาลเมือง"] + ["งานป้องกันและบรรเทาสาธารณภัย"]
        assert db.years(org.id) == [2568]


def test_changing_the_type_refills_units_until_edited(app, qtbot, db_path):
    with Database(db_path) as db:
        dialog = WelcomeDialog(db)
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.typeCombo.setCurrentText("องค์การบริหารส่วนตำบล")
        assert ui.unitsEditor.units() == DEFAULT_UNITS["องค์การบริหารส่วนตำบล"]
        ui.unitsEditor.list.setCurrentRow(0)
        ui.unitsEditor.remove_selected()
        ui.typeCombo.setCurrentText("เทศบาลนคร")
        assert ui.unitsEditor.units() == DEFAULT_UNITS["องค์การบริหารส่วนตำบล"][1:]


def test_welcome_needs_a_name(app, qtbot, db_path):
    with Database(db_path) as db:
        dialog = WelcomeDialog(db)
        qtbot.addWidget(dialog)
        dialog.ui.startButton.click()
        assert dialog.result() != WelcomeDialog.DialogCode.Accepted
        assert dialog.ui.message.text() == "กรอกชื่อหน่วยงาน"
        assert db.organizations() == []


def test_welcome_imports_an_exchange_file(app, qtbot, db_path, sample_path, answers):
    with Database(db_path) as db:
        dialog = WelcomeDialog(db)
        qtbot.addWidget(dialog)
        report = import_file(dialog, db, sample_path)
        assert report is not None and len(report.measures) == 5
        # The sample's end date past the fiscal year is pointed out, named as the clerk sees it.
        assert any("มาตรการที่ ๔" in t and "นอกปีงบประมาณ" in t for t in answers.told)
        # Importing the same year again asks before replacing.
        answers.ask = False
        assert import_file(dialog, db, sample_path) is None
        assert answers.asked and "แทนที่" in answers.asked[-1]


def test_bad_exchange_file_is_explained(app, qtbot, db_path, tmp_path, answers):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with Database(db_path) as db:
        assert import_file(None, db, bad) is None
        assert db.organizations() == []
    assert answers.told and "ITA Desk" in answers.told[0]
