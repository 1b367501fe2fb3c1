"""``สำรองข้อมูล…`` and ``กู้คืนข้อมูล…``: the window's side of ``itadesk.backup``."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from .. import backup, messages, thaifmt
from ..storage import Database
from . import dialogs
from .forms.ui_restore_dialog import Ui_RestoreDialog
from .style import ERROR, message_style
from .tasks import run_task

_REASONS = {"close": "เมื่อปิดโปรแกรม", "daily": "ประจำวัน", "restore": "ก่อนกู้คืน"}


def backup_file_name(db: Database) -> Path:
    """Where ``สำรองข้อมูล…`` suggests saving: a USB stick if one is in,
    else the folder used last time, else Documents."""
    folder = backup.default_backup_folder(db)
    names = [o.name for o in db.organizations()]
    return folder / backup.backup_name(names, dt.datetime.now())


def make_backup(window, db: Database, dest: Path | None, *, dialogs, done: Callable[[object], None]) -> None:
    """Ask where (unless ``dest``), then write the backup off the GUI thread;
    ``done(info)`` after the clerk has been told. The worker reads the
    database through its own read-only connection."""
    if dest is None:
        suggested = backup_file_name(db)
        name, _ = QFileDialog.getSaveFileName(
            window, "สำรองข้อมูล", str(suggested), "ไฟล์สำรองข้อมูล ITA Desk (*.itabackup)"
        )
        if not name:
            return
        dest = Path(name)
    path = db.path
    progress = dialogs.progress(window, messages.BACKING_UP)

    def work(report_progress):
        with Database(path, readonly=True) as reader:
            return backup.make_backup(reader, dest, progress=lambda d, t: report_progress(d / t if t else 0))

    def finished(info) -> None:
        progress.close()
        with contextlib.suppress(Exception):  # only the reminder of the folder could fail
            db.set_setting(backup.LAST_FOLDER_SETTING, str(info.path.parent.resolve()))
        window.ui.statusbar.showMessage(messages.backup_saved(info, window.digits), 20000)
        dialogs.backup_saved(window, info, style=window.digits)
        done(info)

    def failed(exc: BaseException) -> None:
        progress.close()
        dialogs.show_error(window, exc, log_path=window.log_path)

    run_task(work, done=finished, failed=failed, progress=lambda f: progress.setValue(int(f * 100)))


class RestoreDialog(QDialog):
    """Pick an automatic backup or a file; see what it holds; restore it.
    Dates and counts are written in ``digits`` (the open organization's)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, digits: str = "thai") -> None:
        super().__init__(parent)
        self.db = db
        self.digits = digits
        self.manifest: backup.BackupManifest | None = None
        self.result_: backup.RestoreResult | None = None
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("กู้คืนข้อมูลจากไฟล์นี้")
        ok.setEnabled(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("ยกเลิก")
        for auto in backup.list_auto_backups(db.path):
            local = auto.created.astimezone()
            text = (
                f"{thaifmt.date(local.date(), digits)} เวลา {thaifmt.clock(local, digits)}  "
                f"({_REASONS.get(auto.reason, auto.reason)})"
            )
            item = QListWidgetItem(text, self.ui.autoList)
            item.setData(Qt.ItemDataRole.UserRole, str(auto.path))
        if not self.ui.autoList.count():
            self.ui.autoLabel.setText("ยังไม่มีการสำรองอัตโนมัติในเครื่องนี้")
            self.ui.autoList.hide()
        self.ui.autoList.currentItemChanged.connect(
            lambda item, _old: item and self.choose(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        self.ui.buttons.accepted.connect(self.restore)
        self.ui.buttons.rejected.connect(self.reject)

    def _choose_file(self) -> None:
        folder = backup.default_backup_folder(self.db)
        name, _ = QFileDialog.getOpenFileName(
            self, "เลือกไฟล์สำรองข้อมูล", str(folder), "ไฟล์สำรองข้อมูล ITA Desk (*.itabackup)"
        )
        if name:
            self.ui.autoList.clearSelection()
            self.choose(Path(name))

    def choose(self, path: Path) -> bool:
        """Check a backup file completely and show what it holds."""
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.manifest = backup.inspect_backup(path)
        except Exception as exc:  # noqa: BLE001 - worded for the clerk
            self.manifest = None
            self.ui.summary.setText(messages.describe(exc))
            self.ui.summary.setStyleSheet(message_style(ERROR))
            ok.setEnabled(False)
            return False
        self.ui.summary.setStyleSheet("")
        self.ui.summary.setText("\n".join(messages.backup_summary(self.manifest, self.digits)))
        ok.setEnabled(True)
        return True

    def restore(self, *, confirm: bool = True) -> bool:
        if self.manifest is None:
            return False
        current = "\n".join(messages.contents_lines(backup.database_contents(self.db), self.digits))
        if confirm and not dialogs.ask(
            self,
            messages.RESTORE_QUESTION,
            "กู้คืนข้อมูล",
            "ไม่กู้คืน",
            danger=True,
            detail=messages.RESTORE_CURRENT_HEADING + "\n" + current,
        ):
            return False
        try:
            self.result_ = backup.restore_backup(self.db, self.manifest.path)
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        dialogs.inform(self, "\n".join(messages.restore_done(self.result_, self.digits)))
        self.accept()
        return True
