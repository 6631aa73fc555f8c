"""The secretary's window: a navigation list on the left, the pages in a stack on the right.

Pages are imported and built on first visit, so the window appears quickly on an old laptop.
The installation's mode decides which pages show: a cell keeps its records; the receiving
committee imports and consolidates the cells' report files.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass

from .. import __version__
from ..paths import resources_dir
from .common import ask_save_discard_cancel, confirm, show_info
# Not Qt's `Qt` namespace: touching it the first time costs ~40 ms, before the window shows.
from .qt import (QT_TRANSLATE_NOOP, QAction, QActionGroup, QCoreApplication, QHBoxLayout, QIcon, QKeySequence, QLabel, QLineEdit,
                 QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSize, QStackedWidget, QWidget)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Vietnamese source text, translated in the "MainWindow" context
    module: str
    cls: str
    icon: str
    mode: str = "cell"  # the mode whose navigation shows it


PAGES = [
    PageSpec("cell", QT_TRANSLATE_NOOP("MainWindow", "Chi bộ"), "kh130_desktop.ui.pages.cell_page", "CellPage", "cell"),
    PageSpec("members", QT_TRANSLATE_NOOP("MainWindow", "Đảng viên"), "kh130_desktop.ui.pages.members_page", "MembersPage", "members"),
    PageSpec("sessions", QT_TRANSLATE_NOOP("MainWindow", "Buổi sinh hoạt"), "kh130_desktop.ui.pages.sessions_page", "SessionsPage", "sessions"),
    PageSpec("pledges", QT_TRANSLATE_NOOP("MainWindow", "Đăng ký làm theo"), "kh130_desktop.ui.pages.pledges_page", "PledgesPage", "pledges"),
    PageSpec("plan", QT_TRANSLATE_NOOP("MainWindow", "Kế hoạch năm"), "kh130_desktop.ui.pages.plan_page", "PlanPage", "plan"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"), "kh130_desktop.ui.pages.reports_page", "ReportsPage", "reports"),
    PageSpec("receiving", QT_TRANSLATE_NOOP("MainWindow", "Tiếp nhận báo cáo"), "kh130_desktop.ui.pages.receiving_page", "ReceivingPage", "receiving", "receiving"),
]


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, ctx=None, parent=None) -> None:
        """Without `ctx` the window shows at once, with what `show_glance` gives it, and
        `attach(ctx)` makes it whole when the store is open (ui/app.py)."""
        super().__init__(parent)
        self.ctx = None
        self.setWindowTitle(self.tr("KH130 — Sổ sinh hoạt chi bộ"))
        self.setWindowIcon(icon("app"))
        # Two widgets, built in code: the first QUiLoader.load() of a run costs ~130 ms of
        # enum set-up, which would come before the window shows (bench/startup.py).
        area = QWidget(self)
        layout = QHBoxLayout(area)
        layout.setSpacing(8)
        self.nav = QListWidget(area)
        self.nav.setObjectName("nav")
        self.nav.setMinimumWidth(210)
        self.nav.setMaximumWidth(240)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(area)
        self.stack.setObjectName("stack")
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(area)
        nav_font = self.nav.font()
        nav_font.setPointSize(nav_font.pointSize() + 2)
        self.nav.setFont(nav_font)
        self.nav.setIconSize(QSize(28, 28))
        self.specs = list(PAGES)
        self.pages: dict[str, QWidget] = {}
        self._current = -1
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("MainWindow", spec.title))
            item.setSizeHint(QSize(0, 44))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first visit
            item.setHidden(spec.mode != "cell")  # until the store tells the mode (attach)
        self.nav.currentRowChanged.connect(self._on_nav)
        self._build_menus()
        self._build_status_bar()
        self._store_actions = (self.action_backup, self.action_restore, self.action_export, self.action_receiving)
        for action in self._store_actions:  # until attach: there is no store to act on yet
            action.setEnabled(False)
        self.resize(1280, 720)
        if ctx is not None:
            self.attach(ctx)

    def show_glance(self, glance, folder) -> None:
        """Before the store is open: the mode's pages in the list and, for a cell, its name and
        its profile page as `storefile.glance` read them, read-only until `attach`."""
        self._apply_mode(glance.mode)
        self.folder_label.setText(self.tr("Dữ liệu: {folder}").format(folder=folder))
        if glance.mode != "cell" or glance.cell is None:
            return
        self._show_cell_name(glance.cell["name"])
        from ..domain.book.cell_data import CellData
        from .pages.cell_page import CellPage

        row = next(i for i, spec in enumerate(self.specs) if spec.key == "cell")
        self._place_page(row, CellPage(None, self, glance=CellData(**glance.cell)))
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(row)
        self._current = row
        self.pages["cell"]._kh130_shown = True
        self.cell_label.setText(glance.cell["name"] + "  ·  " + self.tr("đang mở dữ liệu…"))

    def attach(self, ctx) -> None:
        self.ctx = ctx
        ctx.data_changed.connect(self._on_data_changed)
        self._add_shortcuts()
        for action in self._store_actions:
            action.setEnabled(True)
        for page in self.pages.values():  # built by show_glance, waiting for the store
            if getattr(page, "ctx", ctx) is None:
                page.attach(ctx)
        self._update_status()
        self._apply_mode()
        row = self.nav.currentRow()  # a click made while the store was opening counts
        if row < 0 or self.nav.item(row).isHidden():
            row = self._first_visible_row()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._on_nav(row)

    def mode(self) -> str:
        from ..domain.store.settings import get_mode

        return self.ctx.read(get_mode) if self.ctx is not None else "cell"

    def _apply_mode(self, mode: str | None = None) -> None:
        """Show the pages of this installation's mode only, and tick the mode's action."""
        mode = mode or self.mode()
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setHidden(spec.mode != mode)
        self.action_receiving.blockSignals(True)
        self.action_receiving.setChecked(mode == "receiving")
        self.action_receiving.blockSignals(False)
        self.action_export.setVisible(mode == "cell")

    def _first_visible_row(self) -> int:
        return next((row for row in range(self.nav.count()) if not self.nav.item(row).isHidden()), 0)

    def set_mode(self, receiving: bool) -> None:
        """Switch between keeping a cell's records and receiving the cells' reports."""
        from ..domain.book.cell import find_cell
        from ..domain.store.settings import set_mode

        page = self.current_page()
        if page is not None and not self._settle(page, self.specs[self._current]):
            self._apply_mode()
            return
        mode = "receiving" if receiving else "cell"
        if mode == "cell" and self.ctx.read(find_cell) is None:
            show_info(self, self.tr("Chưa có hồ sơ chi bộ"),
                      self.tr("Kho dữ liệu này chưa có chi bộ. Hãy mở chương trình với một thư mục dữ liệu "
                              "của chi bộ, hoặc tạo chi bộ ở lần mở đầu tiên."))
            self._apply_mode()
            return
        self.ctx.write("all", set_mode, mode)
        self._apply_mode()
        self._current = -1
        row = self._first_visible_row()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._on_nav(row)

    # --- pages -----------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        """The page `key`, built now if it has not been visited yet; None if it is not available."""
        index = next((i for i, s in enumerate(self.specs) if s.key == key), -1)
        return self._ensure_page(index) if index >= 0 else None

    def show_page(self, key: str) -> bool:
        index = next((i for i, s in enumerate(self.specs) if s.key == key), -1)
        if index < 0:
            return False
        self.nav.setCurrentRow(index)
        return self.nav.currentRow() == index

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.specs[self._current].key) if 0 <= self._current < len(self.specs) else None

    def _ensure_page(self, index: int) -> QWidget | None:
        spec = self.specs[index]
        if spec.key in self.pages:
            return self.pages[spec.key]
        module = importlib.import_module(spec.module)
        page = getattr(module, spec.cls)(self.ctx, self)
        self._place_page(index, page)
        return page

    def _place_page(self, index: int, page: QWidget) -> None:
        placeholder = self.stack.widget(index)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(index, page)
        self.pages[self.specs[index].key] = page

    def _on_nav(self, row: int) -> None:
        if row == self._current or row < 0 or self.ctx is None:
            return
        previous = self.current_page()
        if previous is not None and not self._settle(previous, self.specs[self._current]):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)
            return
        page = self._ensure_page(row)
        self._current = row
        self.stack.setCurrentIndex(row)
        if page is not None and hasattr(page, "refresh") and getattr(page, "_kh130_shown", False):
            page.refresh()
        if page is not None:
            page._kh130_shown = True

    def _settle(self, page: QWidget, spec: PageSpec) -> bool:
        """Unsaved changes on `page`: save, discard or stay. True when it is fine to leave."""
        if not (hasattr(page, "has_unsaved_changes") and page.has_unsaved_changes()):
            return True
        answer = ask_save_discard_cancel(self, QCoreApplication.translate("MainWindow", spec.title))
        if answer == "save":
            return bool(page.save())
        if answer == "discard":
            if hasattr(page, "refresh"):
                page.refresh()
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802
        for spec in self.specs:
            page = self.pages.get(spec.key)
            if page is not None and not self._settle(page, spec):
                event.ignore()
                return
        event.accept()

    # --- menus and shortcuts --------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self.action_backup = file_menu.addAction(self.tr("Sao lưu ra USB…"), self.backup)
        self.action_restore = file_menu.addAction(self.tr("Khôi phục từ bản sao lưu…"), self.restore)
        file_menu.addSeparator()
        self.action_export = file_menu.addAction(self.tr("Xuất tệp báo cáo…"), self.export_report)
        file_menu.addSeparator()
        self.action_receiving = QAction(self.tr("Chế độ cấp ủy tiếp nhận báo cáo"), self, checkable=True)
        self.action_receiving.setStatusTip(self.tr("Nhập, kiểm tra và tổng hợp tệp báo cáo của các chi bộ"))
        self.action_receiving.toggled.connect(self.set_mode)
        file_menu.addAction(self.action_receiving)
        file_menu.addSeparator()
        self.action_quit = file_menu.addAction(self.tr("Thoát"), self.close)
        language_menu = bar.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        from .i18n import LANGUAGES, current_language

        self.language_actions = {}
        current = current_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self.action_about = help_menu.addAction(self.tr("Giới thiệu"), self.about)

    def _add_shortcuts(self) -> None:
        """Keyboard shortcuts, once the store is open (attach). Not before the window shows: the
        first QAction.setShortcut of a run builds Qt's key enums in Python, ~45 ms."""
        if getattr(self, "_shortcuts_added", False):
            return
        self._shortcuts_added = True
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard Quit key
        for keys, slot in ((QKeySequence.Save, self.save_current), (QKeySequence.New, self.new_on_current),
                           (QKeySequence.Find, self.search_on_current)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))  # a QAction's shortcut is window-wide by default
            action.triggered.connect(slot)
            self.addAction(action)

    def save_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "save"):
            page.save()

    def new_on_current(self) -> None:
        page = self.current_page()
        if page is None:
            return
        if hasattr(page, "new"):
            page.new()
            return
        for name in ("add_button", "new_button"):
            button = page.findChild(QPushButton, name)
            if button is not None and button.isEnabled():
                button.click()
                return

    def search_on_current(self) -> None:
        page = self.current_page()
        if page is None:
            return
        if hasattr(page, "focus_search"):
            page.focus_search()
            return
        edit = page.findChild(QLineEdit, "search")
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    # --- actions other parts provide ------------------------------------------------------------
    def backup(self) -> None:
        if self.ctx is None:
            return
        from . import recovery

        recovery.backup_to_folder(self, self.ctx)

    def restore(self) -> None:
        if self.ctx is None:
            return
        from . import recovery

        for spec in self.specs:  # restoring replaces everything: settle open edits first
            page = self.pages.get(spec.key)
            if page is not None and not self._settle(page, spec):
                return
        if recovery.restore_from_file(self, self.ctx):
            self.reload_store()

    def reload_store(self) -> None:
        """The store file was replaced: reopen it and rebuild every page from it."""
        from ..domain.store.engine import Store

        self.ctx.store.dispose()
        self.ctx.store = Store.open(self.ctx.folder)
        self.ctx._identity = None
        current = max(self._current, 0)
        for key, page in list(self.pages.items()):
            index = self.stack.indexOf(page)
            self.stack.removeWidget(page)
            page.deleteLater()
            self.stack.insertWidget(index, QWidget())
        self.pages.clear()
        self._current = -1
        self._apply_mode()  # the restored store may be in the other mode
        if self.nav.item(current).isHidden():
            current = self._first_visible_row()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)
        self._on_nav(current)
        self.ctx.data_changed.emit("all")

    def export_report(self) -> None:
        if self.ctx is None:
            return
        from .dialogs.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def switch_language(self, lang: str) -> None:
        from .i18n import current_language, set_language

        if lang == current_language():
            return
        set_language(lang)
        if confirm(self, self.tr("Đổi ngôn ngữ"), self.tr("Ngôn ngữ mới có hiệu lực khi mở lại chương trình. Mở lại ngay bây giờ?"),
                   self.tr("Mở lại ngay"), destructive=False):
            if self.close():
                from .qt import QApplication, QProcess

                args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
                QProcess.startDetached(sys.executable, args)
                QApplication.quit()

    def about(self) -> None:
        show_info(self, self.tr("Giới thiệu"), self.tr(
            "KH130 Desktop {version}\n\nSổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU của Tỉnh ủy Cao Bằng: danh sách đảng viên, "
            "buổi học tập chuyên đề, điểm danh, biên bản, đăng ký làm theo, báo cáo.\n\nChạy hoàn toàn không cần mạng. "
            "Dữ liệu lưu tại: {folder}").format(version=__version__, folder=self.ctx.folder if self.ctx else ""))

    # --- status bar -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.cell_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setStyleSheet("color: #555;")
        self.statusBar().addWidget(self.cell_label)
        self.statusBar().addPermanentWidget(self.folder_label)
        self.cell_label.setText(self.tr("Đang mở dữ liệu…"))

    def _update_status(self) -> None:
        from ..domain.book.cell import find_cell
        from ..domain.exchange.registry import committee_profile

        self.folder_label.setText(self.tr("Dữ liệu: {folder}").format(folder=self.ctx.folder))
        if self.mode() == "receiving":  # the committee's machine: its own name, not a cell's
            name = self.ctx.read(committee_profile).name
            self._show_cell_name(name or self.tr("Cấp ủy tiếp nhận báo cáo"))
            return
        cell = self.ctx.read(find_cell)
        if cell is not None:
            self._show_cell_name(cell.name)
        else:
            self.cell_label.setText(self.tr("Chưa có hồ sơ chi bộ"))
            self.setWindowTitle(self.tr("KH130 — Sổ sinh hoạt chi bộ"))

    def _show_cell_name(self, name: str) -> None:
        self.cell_label.setText(name)
        self.setWindowTitle(self.tr("KH130 — {cell}").format(cell=name))

    def _on_data_changed(self, what: str) -> None:
        if what in ("cell", "receiving", "all"):
            self._update_status()
