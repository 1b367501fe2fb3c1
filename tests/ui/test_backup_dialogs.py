"""สำรองข้อมูล… and กู้คืนข้อมูล… in the window, and the backup on close."""

from itadesk import backup
from itadesk.storage import Database
from itadesk.ui.backup_dialogs import RestoreDialog, backup_file_name


def test_backup_then_restore_in_the_window(sample_file, open_window, tmp_path, answers, qtbot):
    window = open_window(sample_file)
    assert window.ui.actionBackup.isVisible() and window.ui.actionRestore.isVisible()
    assert backup_file_name(window.db).suffix == ".itabackup"
    (tmp_path / "usb").mkdir()
    with qtbot.waitSignal(window.backupMade, timeout=30000) as made:
        window.make_backup(tmp_path / "usb" / "x.itabackup")
    (info,) = made.args
    assert info.path.exists() and info.manifest.measure_count == 5
    assert "สำรองข้อมูลแล้ว" in window.statusBar().currentMessage()

    window.ui.tabs.setCurrentIndex(1)
    window.delete_measure(confirm=False)
    assert len(window.report.measures) == 4

    dialog = RestoreDialog(window.db, window)
    assert dialog.choose(info.path)
    assert "มาตรการ ๕ รายการ" in dialog.ui.summary.text()  # the sample uses Thai digits
    assert dialog.restore(confirm=False)
    window.reload_all()
    assert len(window.report.measures) == 5
    assert window.ui.tabs.count() == 6
    assert any("กู้คืนข้อมูลแล้ว" in t for t in answers.told)


def test_a_damaged_backup_is_refused_before_anything_changes(sample_file, open_window, tmp_path):
    window = open_window(sample_file)
    bad = tmp_path / "bad.itabackup"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dialog = RestoreDialog(window.db, window)
    assert not dialog.choose(bad)
    assert "ITA Desk" in dialog.ui.summary.text() or "เสียหาย" in dialog.ui.summary.text()
    assert not dialog.restore(confirm=False)
    assert len(window.report.measures) == 5


def test_closing_the_window_makes_an_automatic_backup(sample_file, open_window):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    page.ui.titleEdit.setText("แก้ก่อนปิด")
    page.ui.titleEdit.edited.emit()
    window.close()
    autos = backup.list_auto_backups(sample_file)
    assert autos and autos[0].reason == "close"
    assert backup.inspect_backup(autos[0].path).measure_count == 5


def test_welcome_restores_a_backup_into_an_empty_database(
    sample_file, db_path, app, qtbot, answers, tmp_path
):
    from itadesk.ui.welcome import WelcomeDialog

    with Database(sample_file) as db:
        info = backup.make_backup(db, tmp_path / "b.itabackup")
    with Database(db_path) as db:
        welcome = WelcomeDialog(db)
        qtbot.addWidget(welcome)
        dialog = RestoreDialog(db, welcome)
        assert dialog.choose(info.path)
        assert dialog.restore(confirm=False)
        assert [o.name for o in db.organizations()] == ["เทศบาลตำบลขามทะเลสอ"]


def test_opening_and_closing_without_edits_adds_no_backup(sample_file, open_window):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(3)
    window.close()
    window.db.close()
    first = backup.list_auto_backups(sample_file)
    window = open_window(sample_file)
    assert window.ui.tabs.currentIndex() == 3  # the tab is remembered
    window.close()
    assert backup.list_auto_backups(sample_file) == first
