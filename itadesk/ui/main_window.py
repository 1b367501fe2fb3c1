"""The main window: organization and year, the ``หน่วยงาน`` tab, one tab per
measure, the notices above the tabs, and the commands of the menus. Saving
is ``autosave.Autosave``'s job and the PDF ``report_pdf.ReportPdf``'s; the
message boxes come from the injected ``dialogs.Dialogs``."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import messages, places, readiness, thaifmt
from ..model import Measure, Report, stored_id
from ..storage import Database
from . import settings
from .autosave import Autosave
from .dialogs import Dialogs
from .find import Match, find_all, measure_texts
from .forms.ui_main_window import Ui_MainWindow
from .measure_page import MeasurePage
from .organization_page import OrganizationPage, OrganizationState
from .printing import Rendered, suggested_json_name, suggested_pdf_name
from .report_html import ReportHtml, suggested_html_name, with_html_suffix
from .report_pdf import ReportPdf
from .style import notice_style
from .undo import AddMeasures, DeleteMeasure, MeasureEdit, MoveMeasure, OrganizationEdit, PageState
from .widgets.thai_breaks import MARK, physical

if TYPE_CHECKING:
    from .help_dialog import HelpDialog
    from .readiness_dialog import ReadinessDialog

log = logging.getLogger("itadesk.ui")

UNDO_KEYS = ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z")  # the Edit menu's, never a text field's own
UNDO_SECONDS = 30  # how long the "undo delete" bar stays
NOTICE_SECONDS = 20  # how long what a paste changed stays in view
DAILY_CHECK_MS = 60 * 60 * 1000
STARTUP_BACKUP_MS = 20_000  # after start-up, not in its way
# Measure pages kept built (the most recently shown); the others are let go
# and built again when shown. A page takes about 1.6 MB: a report of 96
# measures with every tab visited would otherwise hold 255 MB.
BUILT_PAGES_KEPT = 8
ZOOM_RANGE = (70, 200)  # per cent of the window's font, for the editors (Ctrl+plus/minus)
ZOOM_STEP = 10


class _LazyTab(QWidget):
    """A tab whose page is built the first time it is shown (start-up stays fast)."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self.factory = factory
        self.page: QWidget | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self.factory()
            self._box.addWidget(self.page)
        return self.page

    def release(self) -> None:
        """Let the page go (it is built again when next shown)."""
        page, self.page = self.page, None
        if page is not None:
            self._box.removeWidget(page)
            page.hide()
            page.deleteLater()


class MainWindow(QMainWindow):
    """``dialogs``: the message boxes and progress dialogs to show (tests
    pass their own). ``backupMade(info)`` is emitted when ``สำรองข้อมูล…``
    has written a backup; the PDF's signals are on ``self.pdf``."""

    backupMade = Signal(object)  # backup.BackupInfo

    def __init__(
        self,
        db: Database,
        qsettings: QSettings,
        *,
        log_path: str | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.dialogs = dialogs if dialogs is not None else Dialogs()
        self.qsettings = qsettings
        self.log_path = log_path
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.report: Report | None = None
        self.org_page: OrganizationPage | None = None
        # One undo history for the open report (see ``undo``); cleared on changing report.
        self.undo_stack = QUndoStack(self)
        self._applying = False  # undoing or redoing: the pages' changes are not new steps
        self._instance_server: QObject | None = None  # see app.listen_for_others
        self._notice_callback: Callable[[], None] | None = None
        self._notice_undoes_delete = False  # the notice bar offers เลิกลบ

        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.hide_notice)

        self.saved_label = QLabel(messages.AUTOSAVE_HINT, self)
        self.ui.statusbar.addPermanentWidget(self.saved_label)
        self.autosave = Autosave(self, self.saved_label, self.dialogs, log_path=log_path)
        self.pdf = ReportPdf(self, self.dialogs, log_path=log_path)
        self.html = ReportHtml(self, self.dialogs, log_path=log_path)
        self.ui.noticeBar.setStyleSheet(notice_style())
        self._reserve_notice_space()
        self.ui.noticeBar.hide()
        self._add_corner_button()
        self._matches: list[Match] = []
        self._match: Match | None = None  # the place found that is shown
        self._selected: QTextEdit | None = None  # the field whose text was selected for it
        self._help: HelpDialog | None = None  # made on first F1
        self._readiness: ReadinessDialog | None = None  # the list on demand
        self.ui.findBar.hide()
        self._recent: list[_LazyTab] = []  # built measure tabs, the most recently shown last
        # The tabs of the report shown before, deleted a few at a time once
        # the new one is on screen (deleting a built page takes ~10 ms).
        self._to_delete: list[QWidget] = []
        self._delete_timer = QTimer(self)
        self._delete_timer.setInterval(0)
        self._delete_timer.timeout.connect(self._delete_some)
        self._connect()
        self._connect_find_zoom_help()
        self._connect_undo()
        self._apply_zoom()
        geometry = settings.get(qsettings, settings.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_screen()
        self._fill_organizations()
        self._open_last()
        self._warn_if_unsafe_location()
        # A window left open for days still gets one backup a day.
        self._daily = QTimer(self)
        self._daily.timeout.connect(lambda: self.auto_backup("daily"))
        self._daily.start(DAILY_CHECK_MS)
        QTimer.singleShot(STARTUP_BACKUP_MS, lambda: self.auto_backup("daily"))

    def _warn_if_unsafe_location(self) -> None:
        """A database on a USB stick or a network share: say so until closed."""
        from .. import drives

        kind = drives.is_unsafe_location(self.db.path)
        if kind:
            self.show_notice(messages.unsafe_location(self.db.path, kind), seconds=None)

    def _fit_screen(self) -> None:
        """First start: as large as the form wants, but never past the screen
        (office PCs often have 1366×768 or 1024×768)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        width = min(1280, int(screen.width() * 0.96))
        height = min(860, int(screen.height() * 0.92))
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 3)

    # --- wiring ----------------------------------------------------------------------------
    def _add_corner_button(self) -> None:
        button = QToolButton(self)
        button.setText("+ เพิ่มมาตรการ")
        button.setToolTip("เพิ่มมาตรการใหม่ (Ctrl+N) หรือกดลูกศรเพื่อเลือกจากมาตรการที่ใช้บ่อย")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        menu.addAction(self.ui.actionAddMeasure)
        menu.addAction(self.ui.actionAddFromCatalog)
        button.setMenu(menu)
        button.clicked.connect(self.ui.actionAddMeasure.trigger)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)
        self.add_button = button

    def _connect(self) -> None:
        ui = self.ui
        ui.orgCombo.activated.connect(self._org_chosen)
        ui.yearCombo.activated.connect(self._year_chosen)
        ui.tabs.currentChanged.connect(self._tab_shown)
        ui.newYearButton.clicked.connect(ui.actionNewYear.trigger)
        ui.previewButton.clicked.connect(ui.actionPreview.trigger)
        ui.printButton.clicked.connect(ui.actionPrint.trigger)
        ui.exportPdfButton.clicked.connect(ui.actionExportPdf.trigger)
        ui.noticeClose.clicked.connect(self.hide_notice)
        ui.noticeAction.clicked.connect(self._notice_clicked)
        ui.actionAddMeasure.triggered.connect(lambda: self.add_measure())
        ui.actionAddFromCatalog.triggered.connect(self.add_from_catalog)
        ui.actionDuplicate.triggered.connect(self.duplicate_measure)
        ui.actionDelete.triggered.connect(lambda: self.delete_measure())
        ui.actionUndoDelete.triggered.connect(self.undo_delete)
        ui.actionMoveLeft.triggered.connect(lambda: self.move_measure(-1))
        ui.actionMoveRight.triggered.connect(lambda: self.move_measure(1))
        ui.actionNewYear.triggered.connect(self.new_year)
        ui.actionAddOrganization.triggered.connect(self.add_organization)
        ui.actionImport.triggered.connect(self.import_exchange)
        ui.actionImportWord.triggered.connect(self.import_word)
        ui.actionExportJson.triggered.connect(self.export_exchange)
        ui.actionPreview.triggered.connect(self.preview)
        ui.actionPrint.triggered.connect(lambda: self.print_report())
        ui.actionExportPdf.triggered.connect(lambda: self.export_pdf())
        ui.actionExportHtml.triggered.connect(lambda: self.export_html())
        ui.actionExportPlanHtml.triggered.connect(lambda: self.export_html(document="plan"))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionBackup.triggered.connect(lambda: self.make_backup())
        ui.actionRestore.triggered.connect(self.restore)
        self._update_actions()

    def _connect_find_zoom_help(self) -> None:
        ui = self.ui
        ui.actionFind.triggered.connect(self.show_find)
        ui.actionFindNext.triggered.connect(lambda: self.find_next(1))
        ui.actionFindPrevious.triggered.connect(lambda: self.find_next(-1))
        ui.findEdit.textEdited.connect(self._find_typed)
        ui.findEdit.returnPressed.connect(lambda: self.find_next(1))
        ui.findNextButton.clicked.connect(lambda: self.find_next(1))
        ui.findPrevButton.clicked.connect(lambda: self.find_next(-1))
        ui.findClose.clicked.connect(lambda: self.hide_find(focus_match=False))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.findBar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide_find)
        ui.actionZoomIn.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        ui.actionZoomIn.triggered.connect(lambda: self.zoom(ZOOM_STEP))
        ui.actionZoomOut.triggered.connect(lambda: self.zoom(-ZOOM_STEP))
        ui.actionZoomReset.triggered.connect(lambda: self.zoom(0))
        ui.actionHelp.triggered.connect(self.show_help)
        ui.actionCheck.triggered.connect(self.show_readiness)

    def _connect_undo(self) -> None:
        ui = self.ui
        stack = self.undo_stack
        ui.actionRedo.setShortcuts([QKeySequence(k) for k in UNDO_KEYS[1:]])
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        stack.indexChanged.connect(self._undo_texts)
        stack.cleanChanged.connect(self._undo_texts)
        self._undo_texts()
        # Ctrl+Z in a text field undoes through the report's history, not the field's own.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))
            and isinstance(event, QKeyEvent)
            and self.isAncestorOf(watched)
            and QKeySequence(event.keyCombination()).toString() in UNDO_KEYS
        ):
            event.ignore()  # not the field's: the Edit menu's shortcut takes it
            return True
        return False

    def _undo_texts(self, *_args: object) -> None:
        ui, stack = self.ui, self.undo_stack
        try:
            undo, redo = stack.undoText(), stack.redoText()
        except RuntimeError:  # the window is being destroyed
            return
        ui.actionUndo.setText(f"เลิกทำ: {undo}" if undo else "เลิกทำ")
        ui.actionRedo.setText(f"ทำซ้ำ: {redo}" if redo else "ทำซ้ำ")
        ui.actionUndo.setEnabled(stack.canUndo())
        ui.actionRedo.setEnabled(stack.canRedo())
        ui.actionUndoDelete.setEnabled(isinstance(self._top_command(), DeleteMeasure))
        if self._notice_undoes_delete and not isinstance(self._top_command(), DeleteMeasure):
            self.hide_notice()  # its เลิกลบ would no longer undo that deletion

    def _top_command(self):
        stack = self.undo_stack
        return stack.command(stack.index() - 1) if stack.index() > 0 else None

    def undo(self) -> None:
        """Undo the last change of the report (what is being typed is taken first)."""
        if self.undo_stack.canUndo() and self._take_typing():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo() and self._take_typing():
            self.undo_stack.redo()

    def _take_typing(self) -> bool:
        return self.autosave.save()

    def _push(self, command) -> None:
        if not self._applying:
            self.undo_stack.push(command)

    def _page_edited(
        self, page: MeasurePage, before: PageState, after: PageState, what: str, key: object
    ) -> None:
        self._push(MeasureEdit(self, page.index, before, after, what, key))

    def _organization_edited(
        self, before: OrganizationState, after: OrganizationState, what: str, key: object
    ) -> None:
        self._push(OrganizationEdit(self, before, after, what, key))

    # --- undo and redo: the changes they make ---------------------------------------------------
    def apply_organization_state(self, state: OrganizationState) -> None:
        """Put the หน่วยงาน tab (organization and report settings) back as it
        was in ``state``, in the database at once."""
        page = self.org_page
        if page is None:
            return
        org = self._open.organization
        name, digits, units = org.name, org.digits, list(org.units)
        self._applying = True
        try:
            self.autosave.save()
            page.set_state(state)
            page.save()
            self.autosave.dirty.discard(page)
            self.ui.tabs.setCurrentIndex(0)
        finally:
            self._applying = False
        if org.units != units:
            self._units_changed(list(org.units))
        if org.name != name:
            self._org_renamed(org.name)
        if org.digits != digits:
            self._digits_changed(org.digits)
        self.pdf.forget()

    def apply_measure_state(self, index: int, state: PageState) -> None:
        """Put measure ``index`` back as it was in ``state``, in the database at once."""
        measure, generated = state
        self._applying = True
        try:
            self.autosave.save()
            restored = copy.deepcopy(measure)
            restored.id = self._open.measures[index].id
            stored = self.db.save_measure(stored_id(self._open.id), restored)
            self._open.measures[index] = stored
            self.ui.tabs.setCurrentIndex(index + 1)
            page = self.page_at(index + 1)
            if isinstance(page, MeasurePage):
                page.set_state(stored, generated)
                self.autosave.dirty.discard(page)
            self.ui.tabs.setTabToolTip(index + 1, stored.title or "(ยังไม่มีชื่อมาตรการ)")
            self.autosave.revision += 1
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
        finally:
            self._applying = False

    def insert_measures(self, added: list[tuple[int, Measure]]) -> None:
        self._applying = True
        try:
            for position, measure in sorted(added, key=lambda a: a[0]):
                copy_ = copy.deepcopy(measure)
                copy_.id = None
                self.db.save_measure(stored_id(self._open.id), copy_, position)
            self._reload(min(i for i, _ in added) + 1)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
        finally:
            self._applying = False
        self.hide_notice()

    def remove_measures(self, indexes: list[int]) -> None:
        self._applying = True
        try:
            self.autosave.save()
            for index in sorted(indexes, reverse=True):
                self.db.delete_measure(stored_id(self._open.measures[index].id))
            self._reload(max(0, min(min(indexes), len(self._open.measures) - len(indexes) - 1)) + 1)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
        finally:
            self._applying = False

    def place_measure(self, index: int, new_index: int) -> None:
        self._applying = True
        try:
            self.autosave.save()
            self.db.move_measure(stored_id(self._open.measures[index].id), new_index)
            self._reload(new_index + 1)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
        finally:
            self._applying = False

    # --- organization and year ------------------------------------------------------------------
    def _fill_organizations(self, select: int | None = None) -> None:
        combo = self.ui.orgCombo
        combo.blockSignals(True)
        combo.clear()
        for org in self.db.organizations():
            combo.addItem(org.name, org.id)
        if select is not None:
            combo.setCurrentIndex(max(0, combo.findData(select)))
        combo.blockSignals(False)

    def _fill_years(self, org_id: int, select: int | None) -> None:
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for year in reversed(self.db.years(org_id)):
            combo.addItem(thaifmt.year(year, self.digits), year)
        if select is not None:
            combo.setCurrentIndex(max(0, combo.findData(select)))
        combo.blockSignals(False)

    def _open_last(self) -> None:
        org_id = settings.get(self.db, settings.LAST_ORGANIZATION)
        year = settings.get(self.db, settings.LAST_YEAR)
        combo = self.ui.orgCombo  # just filled from the database
        if combo.findData(org_id) < 0:
            org_id = combo.itemData(0)
        if org_id is None:
            return
        years = self.db.years(org_id)
        if year not in years:
            year = years[-1] if years else None
        if year is None:
            year = thaifmt.fiscal_year_of(dt.date.today())
            self.db.create_report(org_id, year)
        self.open_report(org_id, year, tab=settings.get(self.db, settings.LAST_TAB) or 0)

    def _org_chosen(self, index: int) -> None:
        org_id = self.ui.orgCombo.itemData(index)
        if self.report and org_id == self.report.organization.id:
            return
        years = self.db.years(org_id)
        if not years:
            year = thaifmt.fiscal_year_of(dt.date.today())
            if not self.flush():
                self._show_open_report_in_combos()
                return
            self.db.create_report(org_id, year)
            years = [year]
        self.open_report(org_id, years[-1])

    def _year_chosen(self, index: int) -> None:
        year = self.ui.yearCombo.itemData(index)
        if self.report and year != self.report.fiscal_year_be:
            self.open_report(stored_id(self.report.organization.id), year)

    def open_report(self, org_id: int, year: int, *, tab: int = 0) -> None:
        """Show a report (what was typed before is saved first)."""
        if not self.flush():
            self._show_open_report_in_combos()
            return
        try:
            report = self.db.load_report(org_id, year)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        if self.report is None or self.report.id != report.id:
            self.undo_stack.clear()
            self.hide_notice()
        self.report = report
        self.pdf.forget()
        self._fill_organizations(org_id)
        self._fill_years(org_id, year)
        self._build_tabs(tab)
        self._remember()
        self._update_title()
        self._matches, self._match = [], None
        if self._readiness is not None and self._readiness.isVisible():
            self._readiness.digits = self.digits
            self._readiness.recheck()

    def _show_open_report_in_combos(self) -> None:
        """The clerk chose another organization or year but what was typed
        could not be saved: the combos go back to the report still open."""
        if self.report is not None:
            self._fill_organizations(self.report.organization.id)
            self._fill_years(stored_id(self.report.organization.id), self.report.fiscal_year_be)

    def _remember(self, *, tab: bool = False) -> None:
        """Which organization, year (and on closing, tab) to open next time;
        written only when they changed, so that merely looking does not alter
        the data (nor make the next automatic backup differ)."""
        wanted = [
            (settings.LAST_ORGANIZATION, self._open.organization.id),
            (settings.LAST_YEAR, self._open.fiscal_year_be),
        ]
        if tab:
            wanted.append((settings.LAST_TAB, self.ui.tabs.currentIndex()))
        try:
            for setting, value in wanted:
                if settings.get(self.db, setting) != value:
                    settings.put(self.db, setting, value)
        except Exception:  # noqa: BLE001 - not worth a message
            log.warning("could not remember the open report", exc_info=True)

    def _reload(self, tab: int) -> None:
        self.report = self.db.load_report(stored_id(self._open.organization.id), self._open.fiscal_year_be)
        self.pdf.forget()
        self._build_tabs(tab)

    def _update_title(self) -> None:
        r = self.report
        if r is None:
            self.setWindowTitle("ITA Desk")
            return
        self.setWindowTitle(
            f"{r.organization.name} – รายงานปีงบประมาณ {thaifmt.year(r.fiscal_year_be, r.organization.digits)} – ITA Desk"
        )

    @property
    def _open(self) -> Report:
        """The open report, for what runs only while one is open."""
        if self.report is None:
            raise RuntimeError("no report is open")
        return self.report

    # --- tabs ---------------------------------------------------------------------------------
    @property
    def digits(self) -> str:
        return self.report.organization.digits if self.report else "thai"

    def _build_tabs(self, select: int = 0) -> None:
        tabs = self.ui.tabs
        tabs.blockSignals(True)
        tabs.setUpdatesEnabled(False)
        old = [tabs.widget(i) for i in range(tabs.count())]
        # Removed from the last, with the first current: removing a tab never
        # makes another built page current (shown and laid out, for nothing).
        if tabs.count():
            tabs.setCurrentIndex(0)
        while tabs.count():
            tabs.removeTab(tabs.count() - 1)
        for widget in old:
            if widget is not None:
                widget.hide()
                self._to_delete.append(widget)
        if self._to_delete:
            self._delete_timer.start()
        self._recent = []
        self.autosave.dirty.clear()
        self.org_page = OrganizationPage(self.db, self._open)
        self.org_page.changed.connect(lambda: self.autosave.mark_dirty(self.org_page))
        self.org_page.unitsChanged.connect(self._units_changed)
        self.org_page.digitsChanged.connect(self._digits_changed)
        self.org_page.nameChanged.connect(self._org_renamed)
        self.org_page.undoable.connect(self._organization_edited)
        tabs.addTab(self.org_page, "หน่วยงาน")
        tabs.setTabToolTip(0, "ข้อมูลหน่วยงาน ตราสัญลักษณ์ การพิมพ์ ชื่อรายงานและผู้ลงนาม")
        for index, measure in enumerate(self._open.measures):
            lazy = _LazyTab(functools.partial(self._make_page, index))
            tabs.addTab(lazy, self._tab_label(index))
            tabs.setTabToolTip(index + 1, measure.title or "(ยังไม่มีชื่อมาตรการ)")
        tabs.blockSignals(False)
        tabs.setUpdatesEnabled(True)
        select = max(0, min(select, tabs.count() - 1))
        tabs.setCurrentIndex(select)
        self._tab_shown(select)
        if not self._open.measures:
            self.show_notice(
                messages.NO_MEASURES_YET,
                action=("เลือกจากมาตรการที่ใช้บ่อย…", self.add_from_catalog),
                seconds=None,
            )
        elif self.ui.noticeLabel.text() == messages.NO_MEASURES_YET:
            self.hide_notice()

    def _unit_added(self, name: str) -> None:
        if self.org_page is not None:
            self.org_page.add_unit(name)

    def _tab_label(self, index: int) -> str:
        return f"มาตรการที่ {thaifmt.digits(str(index + 1), self.digits)}"

    def _make_page(self, index: int) -> MeasurePage:
        page = MeasurePage(self.db, self._open, self._open.measures[index], index)
        page.changed.connect(lambda p=page: self.autosave.mark_dirty(p))
        page.titleChanged.connect(
            lambda title, p=page: self.ui.tabs.setTabToolTip(p.index + 1, title or "(ยังไม่มีชื่อมาตรการ)")
        )
        page.moveRequested.connect(self.move_measure)
        page.duplicateRequested.connect(self.duplicate_measure)
        page.deleteRequested.connect(lambda: self.delete_measure())
        page.unitAdded.connect(self._unit_added)
        page.noticed.connect(lambda text: self.show_notice(text, seconds=NOTICE_SECONDS))
        page.undoable.connect(lambda b, a, what, key, p=page: self._page_edited(p, b, a, what, key))
        return page

    def _tab_shown(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        if isinstance(widget, _LazyTab):
            widget.ensure()
            self._keep_recent(widget)
        self._update_actions()

    def _delete_some(self) -> None:
        """A few old tabs (one built page at most) per turn of the event loop."""
        while self._to_delete:
            widget = self._to_delete.pop()
            built = isinstance(widget, _LazyTab) and widget.page is not None
            widget.deleteLater()
            if built or not isinstance(widget, _LazyTab):
                break
        if not self._to_delete:
            self._delete_timer.stop()

    def _keep_recent(self, shown: _LazyTab) -> None:
        """Keep the pages shown last built; let the older ones go, unless
        they hold what is not saved yet (changes, or a value shown in red)."""
        if shown in self._recent:
            self._recent.remove(shown)
        self._recent.append(shown)
        current = self.ui.tabs.currentWidget()
        for lazy in self._recent[: max(0, len(self._recent) - BUILT_PAGES_KEPT)]:
            page = lazy.page
            if lazy is current or page is None:
                continue
            if page in self.autosave.dirty or (  # type: ignore[comparison-overlap]
                isinstance(page, MeasurePage) and [p for p in page.check() if p != messages.NO_TITLE]
            ):
                continue
            lazy.release()
            self._recent.remove(lazy)

    def page_at(self, tab: int) -> QWidget | None:
        widget = self.ui.tabs.widget(tab)
        if isinstance(widget, _LazyTab):
            built = widget.page is not None
            page = widget.ensure()
            if not built:
                self._keep_recent(widget)
            return page
        return widget

    def current_measure_index(self) -> int | None:
        tab = self.ui.tabs.currentIndex()
        return tab - 1 if tab >= 1 else None

    def built_measure_pages(self) -> list[MeasurePage]:
        out = []
        for tab in range(1, self.ui.tabs.count()):
            widget = self.ui.tabs.widget(tab)
            if isinstance(widget, _LazyTab) and isinstance(widget.page, MeasurePage):
                out.append(widget.page)
        return out

    def _update_actions(self) -> None:
        ui = self.ui
        index = self.current_measure_index()
        count = len(self.report.measures) if self.report else 0
        has_report = self.report is not None
        for action in (
            ui.actionAddMeasure,
            ui.actionAddFromCatalog,
            ui.actionPreview,
            ui.actionPrint,
            ui.actionExportPdf,
            ui.actionExportHtml,
            ui.actionExportPlanHtml,
            ui.actionExportJson,
            ui.actionNewYear,
            ui.actionCheck,
            ui.actionFind,
        ):
            action.setEnabled(has_report)
        ui.actionDuplicate.setEnabled(index is not None)
        ui.actionDelete.setEnabled(index is not None)
        ui.actionMoveLeft.setEnabled(index is not None and index > 0)
        ui.actionMoveRight.setEnabled(index is not None and index < count - 1)
        ui.actionUndoDelete.setEnabled(isinstance(self._top_command(), DeleteMeasure))
        for button, action in (
            (ui.previewButton, ui.actionPreview),
            (ui.printButton, ui.actionPrint),
            (ui.exportPdfButton, ui.actionExportPdf),
            (ui.newYearButton, ui.actionNewYear),
        ):
            button.setEnabled(action.isEnabled())

    def _units_changed(self, units: list[str]) -> None:
        for page in self.built_measure_pages():
            page.set_units(units)

    def _digits_changed(self, _digits: str) -> None:
        if self.flush():
            current = self.ui.tabs.currentIndex()
            self._reload(current)
            self._fill_years(stored_id(self._open.organization.id), self._open.fiscal_year_be)
            self._update_title()

    def _org_renamed(self, name: str) -> None:
        combo = self.ui.orgCombo
        combo.setItemText(combo.currentIndex(), name)
        self._update_title()

    # --- saving ---------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save what is being typed and every page with changes, now (before
        anything that reloads, prints or closes). False if the database
        refused: the clerk has been told and the changes stay on screen."""
        return self.autosave.flush()

    # --- measures ---------------------------------------------------------------------------------
    def add_measure(
        self, measure: Measure | None = None, position: int | None = None, *, what: str = "เพิ่มมาตรการ"
    ) -> MeasurePage | None:
        if self.report is None or not self.flush():
            return None
        try:
            stored = self.db.save_measure(stored_id(self.report.id), measure or Measure(title=""), position)
            self._reload(0)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return None
        index = next(i for i, m in enumerate(self.report.measures) if m.id == stored.id)
        self._push(AddMeasures(self, [(index, stored)], what))
        self.ui.tabs.setCurrentIndex(index + 1)
        page = self.page_at(index + 1)
        if not isinstance(page, MeasurePage):
            raise TypeError(f"tab {index + 1} is not a measure: {page!r}")
        page.ui.titleEdit.setFocus()
        return page

    def add_from_catalog(self) -> None:
        from .small_dialogs import CatalogDialog

        if self.report is None:
            return
        dialog = CatalogDialog(
            self,
            existing_titles={m.title for m in self.report.measures},
            org_type=self.report.organization.type,
        )
        if dialog.exec() != CatalogDialog.DialogCode.Accepted:
            return
        self.add_catalog_entries(dialog.chosen())

    def add_catalog_entries(self, entries) -> None:
        if not entries or not self.flush():
            return
        first_new = len(self._open.measures)
        try:
            for entry in entries:
                self.db.save_measure(
                    stored_id(self._open.id), entry.to_measure(self._open.organization.units)
                )
            self._reload(first_new + 1)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        added = list(enumerate(self._open.measures))[first_new:]
        self._push(AddMeasures(self, added, "เพิ่มจากมาตรการที่ใช้บ่อย"))
        self.show_notice(messages.added_from_catalog(len(entries)))

    def duplicate_measure(self) -> None:
        index = self.current_measure_index()
        if index is None or not self.flush():
            return
        copy_ = copy.deepcopy(self._open.measures[index])
        copy_.id = None
        self.add_measure(
            copy_, index + 1, what=f"ทำสำเนามาตรการที่ {thaifmt.digits(str(index + 1), self.digits)}"
        )

    def delete_measure(self, *, confirm: bool = True) -> None:
        index = self.current_measure_index()
        if index is None:
            return
        measure = self._open.measures[index]
        number = thaifmt.digits(str(index + 1), self.digits)
        if confirm and not self.dialogs.ask(
            self, messages.confirm_delete(number, measure.title), "ลบมาตรการนี้", "ไม่ลบ", danger=True
        ):
            return
        if not self.flush():
            return
        measure = self._open.measures[index]
        try:
            position = self.db.delete_measure(stored_id(measure.id))
            self._reload(min(index + 1, len(self._open.measures) - 1))
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        self._push(DeleteMeasure(self, position, measure, f"ลบมาตรการที่ {number}"))
        self.show_notice(messages.deleted_measure(number, measure.title), undo=True)
        self._update_actions()

    def undo_delete(self) -> None:
        """``เลิกลบ``: the last step of the history, when it is a deletion."""
        if not isinstance(self._top_command(), DeleteMeasure) or not self.flush():
            return
        self.undo_stack.undo()
        self.hide_notice()
        self.ui.statusbar.showMessage(messages.UNDONE_DELETE, 8000)
        self._update_actions()

    def move_measure(self, delta: int) -> None:
        index = self.current_measure_index()
        if index is None or not 0 <= index + delta < len(self._open.measures) or not self.flush():
            return
        try:
            self.db.move_measure(stored_id(self._open.measures[index].id), index + delta)
            self._reload(index + delta + 1)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        number = thaifmt.digits(str(index + 1), self.digits)
        self._push(MoveMeasure(self, index, delta, f"ย้ายมาตรการที่ {number}"))

    # --- notices ------------------------------------------------------------------------------------
    def _reserve_notice_space(self) -> None:
        """The bar above the tabs keeps its place (two lines) when hidden, so
        the form under it never moves while the clerk is clicking; a longer
        notice makes it taller until the next one."""
        bar = self.ui.noticeBar
        policy = bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        bar.setSizePolicy(policy)
        lines = 2 * self.ui.noticeLabel.fontMetrics().lineSpacing()
        margins = self.ui.noticeLayout.contentsMargins()
        bar.setMinimumHeight(lines + margins.top() + margins.bottom() + 2 * bar.frameWidth() + 4)

    def show_notice(
        self,
        text: str,
        *,
        undo: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
        seconds: int | None = UNDO_SECONDS,
    ) -> None:
        """A line above the tabs; ``undo`` adds a "เลิกลบ" button, ``action``
        another (label, callback)."""
        self._notice_undoes_delete = undo
        if undo:
            action = ("เลิกลบ", self.undo_delete)
        self._notice_callback = action[1] if action else None
        self.ui.noticeAction.setText(action[0] if action else "")
        self.ui.noticeAction.setVisible(action is not None)
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setToolTip(text)
        self.ui.noticeBar.show()
        self.ui.noticeBar.update()  # the whole bar: nothing of the previous notice stays
        if seconds:
            self._notice_timer.start(seconds * 1000)
        else:
            self._notice_timer.stop()

    def hide_notice(self) -> None:
        self._notice_undoes_delete = False
        self.ui.noticeBar.hide()

    def _notice_clicked(self) -> None:
        callback = self._notice_callback
        self.hide_notice()
        if callback is not None:
            callback()

    # --- years and organizations --------------------------------------------------------------------
    def new_year(self) -> None:
        from .small_dialogs import NewYearDialog

        if self.report is None or not self.flush():
            return
        org_id = stored_id(self.report.organization.id)
        years = self.db.years(org_id)
        dialog = NewYearDialog(years, self.digits, self, suggested=max(years) + 1 if years else None)
        if dialog.exec() != NewYearDialog.DialogCode.Accepted:
            return
        self.start_year(dialog.year, dialog.source)

    def start_year(self, year: int, source: int | None) -> None:
        org_id = stored_id(self._open.organization.id)
        try:
            if source is None:
                self.db.create_report(org_id, year)
            else:
                self.db.new_year_from(org_id, source, year)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        self.open_report(org_id, year, tab=1 if source is not None else 0)
        self.ui.statusbar.showMessage(messages.year_started(year, source, self.digits), 15000)

    def add_organization(self) -> None:
        from .welcome import WelcomeDialog

        if not self.flush():
            return
        dialog = WelcomeDialog(self.db, self, first_run=False)
        if dialog.exec() == WelcomeDialog.DialogCode.Accepted and dialog.report is not None:
            self.open_report(stored_id(dialog.report.organization.id), dialog.report.fiscal_year_be)

    # --- exchange files -------------------------------------------------------------------------------
    def _folder(self, setting: settings.Setting) -> str:
        """The folder used last time, else Documents (else the home folder)."""
        folder = settings.get(self.qsettings, setting)
        if folder and Path(folder).is_dir():
            return folder
        return str(places.documents_folder())

    def import_exchange(self, path: Path | None = None) -> None:
        from .welcome import import_file

        if not self.flush():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "นำเข้าไฟล์รายงาน", self._folder(settings.IMPORT_FOLDER), "ไฟล์รายงาน ITA Desk (*.json)"
            )
            if not name:
                return
            path = Path(name)
            settings.put(self.qsettings, settings.IMPORT_FOLDER, str(path.parent))
        report = import_file(self, self.db, path)
        if report is not None:
            self.report = None  # the open report may have been replaced
            self.open_report(stored_id(report.organization.id), report.fiscal_year_be)

    def import_word(self) -> None:
        from .word_import_dialog import choose_and_import

        report = (
            choose_and_import(self, self.db, self._folder(settings.IMPORT_FOLDER)) if self.flush() else None
        )
        if report is not None:
            self.report = None  # the open report may have been replaced
            self.open_report(stored_id(report.organization.id), report.fiscal_year_be)

    def export_exchange(self, path: Path | None = None) -> None:
        from .. import exchange

        if self.report is None or not self.flush() or not self._problems_before_printing():
            return
        if path is None:
            suggested = str(Path(self._folder(settings.EXPORT_FOLDER)) / suggested_json_name(self.report))
            name, _ = QFileDialog.getSaveFileName(
                self, "ส่งออกไฟล์รายงาน", suggested, "ไฟล์รายงาน ITA Desk (*.json)"
            )
            if not name:
                return
            path = _with_suffix(Path(name), ".json")
            settings.put(self.qsettings, settings.EXPORT_FOLDER, str(path.parent))
        try:
            exchange.save_report(self.report, path)
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return
        self.ui.statusbar.showMessage(messages.exported_json(str(path)), 15000)

    # --- the PDF: preview, print, export ------------------------------------------------------------------
    def _problems_before_printing(self) -> bool:
        """True to go on. Asks when something is not right yet: a page still
        showing a value that could not be stored, a measure without a title,
        the organization without a name."""
        problems: list[tuple[int, str]] = []  # (tab, sentence)
        problems += [(0, p) for p in self.org_page.check()] if self.org_page else []
        pages = {page.index: page for page in self.built_measure_pages()}
        for index, measure in enumerate(self._open.measures):
            page = pages.get(index)
            found = (
                page.check()
                if page is not None
                else ([messages.NO_TITLE] if not measure.title.strip() else [])
            )
            problems += [(index + 1, p) for p in found]
        if not problems:
            return True
        tab, problem = problems[0]
        where = self.ui.tabs.tabText(tab)
        if self.dialogs.ask(self, messages.print_with_problems(where, problem), "ทำต่อไป", "กลับไปแก้ไข"):
            return True
        self.ui.tabs.setCurrentIndex(tab)
        return False

    # --- the readiness check ---------------------------------------------------------------------------
    def readiness_findings(self) -> list[readiness.Finding]:
        """What a reviewer would catch in the open report as it is now (saved first)."""
        if self.report is None:
            return []
        self.flush()
        return readiness.check(self.report)

    def show_readiness(self):
        """The readiness list on demand (F7), not modal; returns the dialog."""
        from .readiness_dialog import ReadinessDialog

        if self.report is None or not self.flush():
            return None
        findings = readiness.check(self.report)
        if self._readiness is None:
            self._readiness = ReadinessDialog(findings, self.digits, self, check=self.readiness_findings)
            self._readiness.goTo.connect(self.go_to)
        else:
            self._readiness.digits = self.digits
            self._readiness.show_findings(findings)
        self._readiness.show()
        self._readiness.raise_()
        self._readiness.activateWindow()
        return self._readiness

    def _readiness_before(self, proceed: str) -> bool:
        """Before printing or saving the PDF: the list, when there is anything
        on it. True to go on; never a reason not to print."""
        findings = readiness.check(self._open)
        if not findings:
            return True
        answer = self.dialogs.readiness(self, findings, self.digits, proceed)
        if isinstance(answer, readiness.Finding):
            self.go_to(answer)
            return False
        return bool(answer)

    def go_to(self, finding: readiness.Finding) -> None:
        """Show the field a finding is about, with the cursor in it."""
        if self.report is None:
            return
        index = finding.measure
        if index is None:
            self._go_to_report_field(finding)
            return
        if not 0 <= index < len(self.report.measures):
            return
        self.ui.tabs.setCurrentIndex(index + 1)
        page = self.page_at(index + 1)
        if not isinstance(page, MeasurePage):
            return
        ui, name = page.ui, finding.field
        if name in page.editors:
            page.editors[name].focus_row(0, at_end=True)
            return
        widget: QWidget = {
            "responsible_units": ui.unitPicker,
            "period_start": ui.startEdit.line,
            "period_end": ui.endEdit.line,
            "participant_count": ui.participantEdit,
            "target_count": ui.targetEdit,
            "budget": ui.budgetEdit,
            "follow_up": ui.followUpEdit,
        }.get(name, ui.titleEdit)
        ui.scroll.ensureWidgetVisible(widget, 0, 60)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_report_field(self, finding: readiness.Finding) -> None:
        page = self.org_page
        if page is None:
            return
        self.ui.tabs.setCurrentIndex(0)
        ui = page.ui
        widget: QWidget = ui.titleEdit
        if finding.path.startswith("signatories"):
            table = ui.signatoriesTable
            if table.rowCount():
                row = int(finding.path.split("[")[1].split("]")[0]) if "[" in finding.path else 0
                table.setCurrentCell(min(row, table.rowCount() - 1), 1)
                widget = table
            else:
                widget = ui.addSignatoryButton
        elif finding.path in ("title_lines.cover", "title_lines.heading", "ita.round"):
            widget = {
                "title_lines.cover": ui.coverLinesEdit,
                "title_lines.heading": ui.headingLinesEdit,
                "ita.round": ui.roundCombo,
            }[finding.path]
        elif finding.path != "title":
            return
        ui.scroll.ensureWidgetVisible(widget, 0, 60)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- find (Ctrl+F, F3) ------------------------------------------------------------------------------
    def show_find(self) -> None:
        if self.report is None:
            return
        bar, edit = self.ui.findBar, self.ui.findEdit
        bar.show()
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()
        if edit.text():
            self._find_typed(edit.text())

    def hide_find(self, *, focus_match: bool = True) -> None:
        """Close the find bar; the cursor goes to the place shown (Esc)."""
        self.ui.findBar.hide()
        if focus_match and self._match is not None:
            self._show_match(self._match, focus=True)

    def _texts(self):
        """What find searches: built pages as on screen, the others as stored."""
        pages = {page.index: page for page in self.built_measure_pages()}
        for index, measure in enumerate(self._open.measures):
            page = pages.get(index)
            if page is None:
                yield from measure_texts(index, measure)
                continue
            yield index, "title", 0, page.ui.titleEdit.text()
            for row, unit in enumerate(page.ui.unitPicker.selected()):
                yield index, "responsible_units", row, unit
            for name, editor in page.editors.items():
                for row, text in enumerate(editor.texts()):
                    yield index, name, row, text
            follow_up = page.ui.followUpEdit.text()
            if follow_up:
                yield index, "follow_up", 0, follow_up
            for row, photo in enumerate(page.ui.photoStrip.photos()):
                yield index, "photos", row, photo.caption

    def _search(self) -> list[Match]:
        self._matches = find_all(self._texts(), self.ui.findEdit.text()) if self.report else []
        return self._matches

    def _find_typed(self, _text: str) -> None:
        """As the clerk types: the first place at or after the open tab, shown
        without taking the cursor out of the find box."""
        matches = self._search()
        here = self.current_measure_index() or 0
        found = next((m for m in matches if m.measure >= here), matches[0] if matches else None)
        self._match = found
        if found is None:
            self._find_status()
            return
        self._show_match(found, focus=False)

    def find_next(self, direction: int = 1) -> Match | None:
        """F3 (``direction`` 1) or Shift+F3 (-1): the next place found, in
        the order of the report; wraps around. Opens the find bar when
        nothing has been searched yet."""
        if self.report is None:
            return None
        if not self.ui.findEdit.text().strip():
            self.show_find()
            return None
        matches = self._search()
        if not matches:
            self._match = None
            self._find_status()
            return None
        key = _match_key
        current = self._match
        if current is None:
            found = matches[0] if direction > 0 else matches[-1]
        elif direction > 0:
            found = next((m for m in matches if key(m) > key(current)), matches[0])
        else:
            found = next((m for m in reversed(matches) if key(m) < key(current)), matches[-1])
        self._match = found
        self._show_match(found, focus=not self.ui.findBar.isVisible())
        return found

    def _find_status(self) -> None:
        label = self.ui.findStatus
        if not self.ui.findEdit.text().strip():
            label.setText("")
        elif self._match is None or self._match not in self._matches:
            label.setText(messages.FIND_NOT_FOUND)
        else:
            label.setText(
                messages.find_status(self._matches.index(self._match) + 1, len(self._matches), self.digits)
            )

    def _show_match(self, match: Match, *, focus: bool) -> None:
        """Open the measure's tab and select the text found (``focus``: put the cursor there)."""
        self._find_status()
        if match.measure >= len(self._open.measures):
            return
        self.ui.tabs.setCurrentIndex(match.measure + 1)
        page = self.page_at(match.measure + 1)
        if not isinstance(page, MeasurePage):
            return
        widget: QWidget | None
        if match.field == "title":
            widget = page.ui.titleEdit
        elif match.field == "follow_up":
            widget = page.ui.followUpEdit
        elif match.field == "responsible_units":
            selected = page.ui.unitPicker.selected()
            unit = selected[match.row] if match.row < len(selected) else None
            widget = next(
                (
                    w
                    for w in page.ui.unitPicker.focus_order()
                    if isinstance(w, QCheckBox) and w.text() == unit
                ),
                None,
            )
        elif match.field == "photos":
            strip = page.ui.photoStrip
            widget = None
            if match.row < strip.list.count():
                strip.list.setCurrentRow(match.row)
                widget = strip.captionEdit
        else:
            rows = page.editors[match.field].row_edits()
            widget = rows[match.row] if match.row < len(rows) else None
        if widget is None:
            return
        self._clear_found_selection()
        if isinstance(widget, QLineEdit):
            widget.setSelection(match.start, match.length)
        if isinstance(widget, QTextEdit):
            self._selected = widget
            # the editor's document holds the invisible Thai break marks; the match counts without them
            shown = widget.toPlainText()
            cursor = widget.textCursor()
            start = physical(shown, match.start)
            while start < len(shown) and shown[start] == MARK:  # begin at the word, not at the mark before it
                start += 1
            cursor.setPosition(start)
            cursor.setPosition(physical(shown, match.start + match.length), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
        page.ui.scroll.ensureWidgetVisible(widget, 0, 60)
        if focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_found_selection(self) -> None:
        """Only the place shown stays selected (a field keeps its selection otherwise)."""
        edit, self._selected = self._selected, None
        if edit is None:
            return
        try:
            cursor = edit.textCursor()
            cursor.clearSelection()
            edit.setTextCursor(cursor)
        except RuntimeError:  # the page was rebuilt since
            pass

    # --- zoom (Ctrl+plus, Ctrl+minus, Ctrl+0) and help (F1) ---------------------------------------------
    @property
    def zoom_percent(self) -> int:
        value = settings.get(self.qsettings, settings.ZOOM)
        return max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], value if isinstance(value, int) else 100))

    def zoom(self, delta: int) -> int:
        """Make the editors' text larger or smaller (``delta`` 0: back to
        normal); remembered on this PC. Returns the new size in per cent."""
        percent = 100 if delta == 0 else max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self.zoom_percent + delta))
        settings.put(self.qsettings, settings.ZOOM, percent)
        self._apply_zoom()
        self.ui.statusbar.showMessage(messages.zoom_text(percent, self.digits), 5000)
        return percent

    def _apply_zoom(self) -> None:
        font = QFont(QApplication.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.zoom_percent / 100)
        self.ui.tabs.setFont(font)

    def show_help(self):
        """The help page (F1); returns the dialog."""
        from .help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def rendered(
        self,
        then: Callable[[Rendered], None],
        *,
        progress: Callable[[float], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        document: str = "results",
    ) -> None:
        """Call ``then`` with the PDF of the report as it is now (``document``:
        the results report or the ``"plan"``), rendering it off the GUI
        thread unless nothing changed since the last time."""
        if self.report is None or not self.flush():
            return
        self.pdf.rendered(
            self.report, self.autosave.revision, then, progress=progress, failed=failed, document=document
        )

    def preview(self, document: str = "results"):
        """Open the preview (returns the ``PreviewDialog``, or ``None`` when
        there is nothing to show or what was typed could not be saved); the
        dialog offers both documents."""
        from .preview import PreviewDialog

        if self.report is None or not self.flush():
            return None
        dialog = PreviewDialog(self, document)
        dialog.show()
        dialog.load_document()
        return dialog

    def print_report(self, printer=None, *, ask: bool = True, document: str = "results") -> None:
        """Print through the system print dialog (``ask=False`` with a given
        printer skips the dialog). ``self.pdf.printed`` says when it is done."""
        if (
            self.report is None
            or not self.flush()
            or not self._problems_before_printing()
            or not self._readiness_before("พิมพ์ต่อไป")
        ):
            return
        report = self.report
        self.rendered(
            lambda result: self.pdf.print(result, report, printer, ask, document), document=document
        )

    def export_pdf(self, path: Path | None = None, *, document: str = "results") -> None:
        """Save the PDF (asking where unless ``path``); ``self.pdf.exported``
        says when it is written."""
        if (
            self.report is None
            or not self.flush()
            or not self._problems_before_printing()
            or not self._readiness_before("บันทึกเป็น PDF ต่อไป")
        ):
            return
        if path is None:
            folder = Path(self._folder(settings.EXPORT_FOLDER))
            suggested = str(folder / suggested_pdf_name(self.report, document))
            caption = "บันทึกมาตรการเป็น PDF" if document == "plan" else "บันทึกรายงานเป็น PDF"
            name, _ = QFileDialog.getSaveFileName(self, caption, suggested, "ไฟล์ PDF (*.pdf)")
            if not name:
                return
            path = _with_suffix(Path(name), ".pdf")
            settings.put(self.qsettings, settings.EXPORT_FOLDER, str(path.parent))
        self.rendered(lambda result: self.pdf.write(result, path), document=document)

    def export_html(self, path: Path | None = None, *, document: str = "results") -> None:
        """Save the report (or the plan) as a web page to post on the
        agency's website (asking where unless ``path``); ``self.html.exported``
        says when it is written."""
        if (
            self.report is None
            or not self.flush()
            or not self._problems_before_printing()
            or not self._readiness_before("บันทึกเป็นหน้าเว็บต่อไป")
        ):
            return
        if path is None:
            folder = Path(self._folder(settings.EXPORT_FOLDER))
            suggested = str(folder / suggested_html_name(self.report, document))
            caption = "บันทึกมาตรการเป็นหน้าเว็บ" if document == "plan" else "บันทึกรายงานเป็นหน้าเว็บ"
            name, _ = QFileDialog.getSaveFileName(self, caption, suggested, "หน้าเว็บ (*.html)")
            if not name:
                return
            path = with_html_suffix(Path(name))
            settings.put(self.qsettings, settings.EXPORT_FOLDER, str(path.parent))
        self.html.write(self.report, path, document)

    # --- backups --------------------------------------------------------------------------------------
    def make_backup(self, dest: Path | None = None) -> None:
        """Ask where (unless ``dest``) and write a backup off the GUI thread;
        ``backupMade`` is emitted when it is written."""
        from .backup_dialogs import make_backup

        if self.flush():
            make_backup(self, self.db, dest, dialogs=self.dialogs, done=self.backupMade.emit)

    def restore(self) -> None:
        from .backup_dialogs import RestoreDialog

        if not self.flush():
            return
        dialog = RestoreDialog(self.db, self, digits=self.digits)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            self.reload_all()

    def reload_all(self) -> None:
        """After a restore: every id held before is stale."""
        self.report = None
        self.undo_stack.clear()
        self.autosave.dirty.clear()
        self.hide_notice()
        self._fill_organizations()
        self._open_last()
        self._update_actions()

    def auto_backup(self, reason: str) -> None:
        """A local automatic backup; a failure is logged, never in the clerk's way."""
        from .. import backup

        try:
            backup.auto_backup(self.db, reason=reason)
        except Exception:  # noqa: BLE001
            log.warning("automatic backup (%s) failed", reason, exc_info=True)

    # --- closing ---------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.flush() and not self._rescue():
            event.ignore()
            return
        settings.put(self.qsettings, settings.GEOMETRY, self.saveGeometry())
        self.qsettings.sync()
        if self.report is not None and not self.autosave.failed:
            self._remember(tab=True)
        from .tasks import wait_all

        wait_all(30000)
        if not self.autosave.failed:
            self.auto_backup("close")
        event.accept()

    def _rescue(self) -> bool:
        """The database cannot take the last changes: offer to keep them in an
        exchange file. True when the window may close."""
        from .. import exchange

        folder = places.documents_folder()
        path = folder / ("กู้ข้อมูล-" + suggested_json_name(self._open))
        if not self.dialogs.ask(self, messages.rescue_question(str(path)), "บันทึกไฟล์แล้วปิด", "ยังไม่ปิด"):
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            exchange.save_report(self._open, path, check=False)  # keep the work, even unfinished
        except Exception as exc:  # noqa: BLE001
            self.dialogs.show_error(self, exc, log_path=self.log_path)
            return False
        self.autosave.dirty.clear()
        return True


def _match_key(match: Match) -> tuple[int, int, int, int]:
    from .find import FIELDS

    return (match.measure, FIELDS.index(match.field), match.row, match.start)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
