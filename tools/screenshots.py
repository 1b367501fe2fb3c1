"""Take the README's screenshots of the real window into docs/screenshots/.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py

Uses a fresh copy of the sample database in a temporary folder (the real
data folder is never touched) and grabs each window as the clerk sees it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
OFFICE_SIZE = (1366, 728)  # 1366×768 less the Windows taskbar


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="itadesk-shots-"))
    os.environ["ITADESK_HOME"] = str(tmp)
    os.environ.pop("ITADESK_DB", None)

    from PySide6.QtCore import QSettings

    from itadesk.cli import prepare_demo
    from itadesk.storage import Database
    from itadesk.ui.app import make_application
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.welcome import WelcomeDialog

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)

    with Database(tmp / "empty.db") as empty:
        welcome = WelcomeDialog(empty, today=dt.date(2025, 11, 3))
        welcome.ui.nameEdit.setText("เทศบาลตำบลขามทะเลสอ")
        welcome.ui.nameEdit.textEdited.emit("เทศบาลตำบลขามทะเลสอ")
        welcome.ui.districtEdit.setText("ขามทะเลสอ")
        welcome.ui.provinceEdit.setText("นครราชสีมา")
        welcome.resize(760, 640)
        welcome.show()
        settle(app)
        welcome.ui.nameEdit.deselect()
        welcome.ui.startButton.setFocus()
        settle(app)
        welcome.grab().save(str(OUT / "welcome.png"))
        welcome.close()

    db_path = tmp / "demo.db"
    prepare_demo(db_path)
    with Database(db_path) as db:
        window = MainWindow(db, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.ui.tabs.setCurrentIndex(0)
        settle(app)
        window.grab().save(str(OUT / "organization-tab.png"))
        window.ui.tabs.setCurrentIndex(2)
        settle(app)
        window.grab().save(str(OUT / "measure-tab.png"))
        # The most common office screen: 1366×768 less the taskbar.
        window.resize(*OFFICE_SIZE)
        settle(app)
        window.grab().save(str(OUT / "measure-tab-1366x768.png"))
        window.resize(*SIZE)
        settle(app)
        dialog = window.preview()
        end = time.monotonic() + 60
        while dialog.document is None and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
        dialog.resize(1180, 760)
        settle(app, 0.6)
        dialog.ui.view.pageNavigator().jump(1, dialog.ui.view.pageNavigator().currentLocation())
        settle(app, 0.6)
        dialog.grab().save(str(OUT / "preview.png"))
        dialog.close()
        window.close()
    for name in sorted(OUT.glob("*.png")):
        print(name.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
