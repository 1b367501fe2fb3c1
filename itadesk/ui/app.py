"""Starting the window: ``itadesk`` and ``itadesk demo`` call ``run``."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ..errors import DatabaseBusyError, ItaDeskError
from ..storage import Database, data_dir, default_db_path
from . import dialogs

log = logging.getLogger("itadesk.ui")

APP_NAME = "ITA Desk"
ORG_NAME = "ITADesk"


# Objects that must live as long as the application (Qt holds them by pointer).
_KEPT: list[QObject] = []


def make_application() -> QApplication:
    """The QApplication with the bundled Thai font and Thai words for Qt's own texts."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    if not app.property("itadesk_ready"):
        from .qt_thai import ThaiQtTranslator
        from .style import load_fonts

        load_fonts(app)
        # Thai names of days and months wherever Qt writes them itself.
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        translator = ThaiQtTranslator(app)
        app.installTranslator(translator)
        _KEPT.append(translator)  # alive as long as the application
        app.setProperty("itadesk_ready", True)
    return app


def user_settings() -> QSettings:
    """The window's settings on this PC (its size, the last folders): an INI
    file in ``ITADESK_HOME`` when that is set (a portable or test copy keeps
    everything in one folder), else the user's own settings of ITA Desk."""
    home = os.environ.get("ITADESK_HOME")
    if home:
        return QSettings(str(Path(home) / "window.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def instance_name(db_path: Path) -> str:
    """The name the window listens on, so a second copy can bring it forward."""
    key = str(db_path.resolve()).encode("utf-8")
    return "itadesk-" + hashlib.sha1(key).hexdigest()[:16]


def _wake_other(db_path: Path) -> bool:
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:  # a build without QtNetwork: the message alone must do
        return False

    socket = QLocalSocket()
    socket.connectToServer(instance_name(db_path))
    if not socket.waitForConnected(500):
        return False
    socket.write(b"show\n")
    socket.flush()
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


def listen_for_others(window: QWidget, db_path: Path) -> QObject | None:
    """Bring ``window`` forward when a second copy is started on the same database."""
    try:
        from PySide6.QtNetwork import QLocalServer
    except ImportError:  # a build without QtNetwork
        return None

    server = QLocalServer(window)
    name = instance_name(db_path)
    QLocalServer.removeServer(name)  # a copy that crashed may have left it behind
    if not server.listen(name):
        return None

    def woken() -> None:
        conn = server.nextPendingConnection()
        if conn is not None:
            conn.disconnected.connect(conn.deleteLater)
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(woken)
    return server


def open_database(db_path: Path) -> Database:
    if not db_path.parent.exists() and db_path == default_db_path():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    return Database(db_path)


def run(db_path: Path) -> int:
    """Open the window on ``db_path``; returns the exit code."""
    app = make_application()
    log_path = str(data_dir() / "itadesk.log")
    db_path = Path(db_path)
    try:
        db = open_database(db_path)
    except DatabaseBusyError as exc:
        woke = _wake_other(db_path)
        log.info("database busy, other window woken: %s", woke)
        dialogs.show_error(None, exc)
        return 1
    except (ItaDeskError, OSError) as exc:
        dialogs.show_error(None, exc, log_path=log_path)
        return 1
    try:
        return _run_window(app, db, db_path, log_path)
    finally:
        db.close()


def _run_window(app: QApplication, db: Database, db_path: Path, log_path: str) -> int:
    from .main_window import MainWindow
    from .welcome import WelcomeDialog

    while not db.organizations():  # a restored backup may hold nothing either
        welcome = WelcomeDialog(db)
        if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
            return 0
    window = MainWindow(db, user_settings(), log_path=log_path)
    _install_excepthook(window, log_path)
    window.show()
    window._instance_server = listen_for_others(window, db_path)
    if os.environ.get("ITADESK_SMOKE_TEST"):
        # The standalone build's check (packaging/check_bundle.sh): open the
        # window, let it draw once, and quit with 0.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()


def _install_excepthook(window: QWidget, log_path: str) -> None:
    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        with contextlib.suppress(Exception):  # never let the hook itself fail
            dialogs.show_error(window, value, log_path=log_path)

    sys.excepthook = hook
