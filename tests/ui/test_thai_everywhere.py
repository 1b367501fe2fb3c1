"""Thai everywhere: every backup and restore sentence the window shows, the
warnings after an import, in the organization's digits; Buddhist-Era dates in
backup file names; the window's titles; the settings under ``ITADESK_HOME``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from itadesk import backup, exchange, messages
from itadesk.errors import Problem
from itadesk.storage import Database
from itadesk.ui.backup_dialogs import RestoreDialog

ARABIC = re.compile(r"[0-9]")
THAI = re.compile("[\u0e50-\u0e59]")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _without_names(text: str, *paths: Path) -> str:
    """The text less what is written as it is on disk or in the program's
    name: file paths (a backup's name carries ``2569-11-30`` in Arabic digits
    on purpose) and ``ITA Desk 0.1.0``."""
    for path in paths:
        text = text.replace(str(path), "")
    text = re.sub(r"ITA Desk [0-9][0-9.a-z+-]*", "ITA Desk", text)
    return re.sub(r"\S*\.itabackup", "", text)


def _check(texts: list[str], digits: str, *paths: Path) -> None:
    assert texts
    for text in texts:
        plain = _without_names(text, *paths)
        wrong, right = (ARABIC, THAI) if digits == "thai" else (THAI, ARABIC)
        assert not wrong.search(plain), f"{digits} digits expected: {text!r}"
        assert right.search(plain), f"no number at all? {text!r}"
        assert not ISO_DATE.search(plain), text


def _set_digits(path: Path, digits: str) -> None:
    with Database(path) as db:
        (org,) = db.organizations()
        db.save_organization(dataclasses.replace(org, digits=digits))


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_every_backup_and_restore_sentence_follows_the_organizations_digits(
    digits, sample_file, open_window, tmp_path, answers, qtbot, monkeypatch
):
    _set_digits(sample_file, digits)
    window = open_window(sample_file)
    assert window.digits == digits
    shown: list[str] = []
    window.dialogs.backup_saved = lambda parent, info, *, style: shown.extend(  # type: ignore[method-assign]
        [messages.backup_saved(info, style), *messages.contents_lines(info.manifest.organizations, style)]
    )
    (tmp_path / "usb").mkdir()
    with qtbot.waitSignal(window.backupMade, timeout=30000) as made:
        window.make_backup(tmp_path / "usb")
    (info,) = made.args
    # the file name: the Buddhist-Era date in Arabic digits
    year_be = dt.date.today().year + 543
    assert re.fullmatch(
        rf"ITADesk-เทศบาลตำบลขามทะเลสอ-{year_be}-\d\d-\d\d-\d{{4}}\.itabackup", info.path.name
    )
    shown.append(window.statusBar().currentMessage())
    window.auto_backup("daily")  # listed in the restore dialog with its date

    asked: list[str] = []
    monkeypatch.setattr(
        "itadesk.ui.dialogs.ask",
        lambda parent, text, yes, no, **kw: asked.append(kw.get("detail") or "") or True,
    )
    window.ui.tabs.setCurrentIndex(1)
    window.delete_measure(confirm=False)
    dialog = RestoreDialog(window.db, window, digits=window.digits)
    qtbot.addWidget(dialog)
    autos = [dialog.ui.autoList.item(i).text() for i in range(dialog.ui.autoList.count())]
    assert autos
    assert dialog.choose(info.path)
    summary = dialog.ui.summary.text()
    assert dialog.restore()
    texts = [*shown, *autos, *summary.splitlines(), *asked, *answers.told]
    _check([t for t in texts if t.strip()], digits, info.path, window.db.path)
    assert any("กู้คืนข้อมูลแล้ว" in t for t in answers.told)


def test_backup_sentences_take_thai_digits():
    created = dt.datetime(2026, 11, 30, 22, 47)  # local time
    assert messages.when_text(created, "thai") == "๓๐ พฤศจิกายน ๒๕๖๙ เวลา ๒๒.๔๗ น."
    assert messages.when_text(created) == "30 พฤศจิกายน 2569 เวลา 22.47 น."  # the command line
    assert messages.size_text(1_468_006, "thai") == "๑.๔ เมกะไบต์"
    assert messages.size_text(2048, "thai") == "๒ กิโลไบต์"


def test_backup_names_carry_the_buddhist_era_in_arabic_digits():
    when = dt.datetime(2026, 11, 30, 22, 47)
    assert backup.backup_name(["อบต.หนองบัว"], when) == "ITADesk-อบต.หนองบัว-2569-11-30-2247.itabackup"


def test_automatic_backups_named_in_either_era_are_listed(tmp_path, sample_file):
    with Database(sample_file) as db:
        made = backup.auto_backup(
            db, reason="close", folder=tmp_path, now=dt.datetime(2026, 11, 30, 22, 47).astimezone()
        )
    assert made is not None and "-2569-11-30-224700" in made.path.name
    old = tmp_path / "ITADesk-auto-2026-11-29-080000.itabackup"  # written by an earlier version
    old.write_bytes(made.path.read_bytes())
    listed = backup.list_auto_backups(folder=tmp_path)
    assert [(b.created.date(), b.created.hour) for b in listed] == [
        (dt.date(2026, 11, 30), 22),
        (dt.date(2026, 11, 29), 8),
    ]


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_warnings_name_dates_as_the_clerk_writes_them(digits):
    outside = Problem("measures[3].period_end", "outside_fiscal_year", "2025-10-30")
    above = Problem("measures[0].participant_count", "above_target", 120)
    for line in (
        messages.warning_for_clerk(outside, digits),
        messages.warning_line(outside, digits),
        messages.warning_for_clerk(above, digits),
    ):
        assert not ISO_DATE.search(line.replace("measures[3].period_end", ""))
    expected = "๓๐ ต.ค. ๒๕๖๘" if digits == "thai" else "30 ต.ค. 2568"
    assert (
        messages.warning_for_clerk(outside, digits)
        == f"มาตรการที่ {'๔' if digits == 'thai' else '4'} วันสิ้นสุด: อยู่นอกปีงบประมาณ ({expected})"
    )
    # a value that is wrong stays as the file has it, for whoever fixes the file
    assert "(2025-02-30)" in messages.problem_line(
        Problem("measures[0].period_end", "bad_date", "2025-02-30")
    )


def test_import_warnings_in_the_window_follow_the_digits(sample_report, db_path, app, answers, tmp_path):
    from itadesk.ui.welcome import import_file

    report = dataclasses.replace(sample_report)
    report.measures[0].period_end = dt.date(2026, 10, 30)  # outside fiscal year 2568
    path = tmp_path / "r.json"
    exchange.save_report(report, path)
    with Database(db_path) as db:
        assert import_file(None, db, path) is not None  # type: ignore[arg-type]
    (told,) = answers.told
    assert "2026-10-30" not in told and "๓๐ ต.ค. ๒๕๖๙" in told


def test_window_titles_name_the_program_once(app, db):
    from itadesk.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(db)
    # Qt adds " — ITA Desk" (the application's display name) to a title that
    # does not end with it, so no title may start with it.
    assert welcome.windowTitle() == "เริ่มต้นใช้งาน"
    assert app.applicationDisplayName() == "ITA Desk"
    welcome.deleteLater()


def test_pdf_saved_tells_with_the_information_icon(app, monkeypatch, tmp_path):
    from itadesk.ui import dialogs

    icons = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: icons.append(box.icon()) or 0)
    dialogs.Dialogs().pdf_saved(None, tmp_path / "r.pdf", messages.exported_pdf("r.pdf", 3), [])  # type: ignore[arg-type]
    assert icons == [QMessageBox.Icon.Information]


def test_the_windows_settings_live_under_itadesk_home(monkeypatch, tmp_path, app):
    from itadesk.ui import settings
    from itadesk.ui.app import user_settings

    monkeypatch.setenv("ITADESK_HOME", str(tmp_path))
    qs = user_settings()
    settings.put(qs, settings.EXPORT_FOLDER, "D:/รายงาน")
    qs.sync()
    assert Path(qs.fileName()).resolve().parent == tmp_path.resolve()
    assert (
        "รายงาน" in (tmp_path / "window.ini").read_text(encoding="utf-8", errors="replace")
        or (tmp_path / "window.ini").stat().st_size > 0
    )
