"""The secretary's window: a navigation list on the left, the pages in a stack on the right.

Pages are imported and built on first visit, so the window appears quickly on an old laptop.
A page module another part of the project has not delivered yet is left out of the list.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from dataclasses import dataclass

from .. import __version__
from ..paths import resources_dir
from .common import ask_save_discard_cancel, confirm, show_error, show_info
from .qt import (QT_TRANSLATE_NOOP, QAction, QActionGroup, QCoreApplication, QHBoxLayout, QIcon, QKeySequence, QLabel, QLineEdit,
                 QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSize, QStackedWidget, Qt, QWidget)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Vietnamese source text, translated in the "MainWindow" context
    module: str
    cls: str
    icon: str


PAGES = [
    PageSpec("cell", QT_TRANSLATE_NOOP("MainWindow", "Chi bộ"), "kh130_desktop.ui.pages.cell_page", "CellPage", "cell"),
    PageSpec("members", QT_TRANSLATE_NOOP("MainWindow", "Đảng viên"), "kh130_desktop.ui.pages.members_page", "MembersPage", "members"),
    PageSpec("sessions", QT_TRANSLATE_NOOP("MainWindow", "Buổi sinh hoạt"), "kh130_desktop.ui.pages.sessions_page", "SessionsPage", "sessions"),
    PageSpec("pledges", QT_TRANSLATE_NOOP("MainWindow", "Đăng ký làm theo"), "kh130_desktop.ui.pages.pledges_page", "PledgesPage", "pledges"),
    PageSpec("plan", QT_TRANSLATE_NOOP("MainWindow", "Kế hoạch năm"), "kh130_desktop.ui.pages.plan_page", "PlanPage", "plan"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"), "kh130_desktop.ui.pages.reports_page", "ReportsPage", "reports"),
    PageSpec("receiving", QT_TRANSLATE_NOOP("MainWindow", "Tiếp nhận báo cáo"), "kh130_desktop.ui.pages.receiving_page", "ReceivingPage", "receiving"),
]


def available_pages() -> list[PageSpec]:
    """The pages whose module exists, found without importing them."""
    out = []
    for spec in PAGES:
        try:
            found = importlib.util.find_spec(spec.module) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            out.append(spec)
        else:
            log.info("page module %s not present; left out of the navigation", spec.module)
    return out


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, ctx=None, parent=None) -> None:
        """Without `ctx` the window shows at once, empty, and `attach(ctx)` fills it when the
        store is open (ui/app.py)."""
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
        self.specs = available_pages()
        self.pages: dict[str, QWidget] = {}
        self._current = -1
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("MainWindow", spec.title))
            item.setSizeHint(QSize(0, 44))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first visit
        self.nav.currentRowChanged.connect(self._on_nav)
        self._build_menus()
        self._build_status_bar()
        self.resize(1280, 720)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx) -> None:
        self.ctx = ctx
        ctx.data_changed.connect(self._on_data_changed)
        self._update_status()
        row = max(self.nav.currentRow(), 0)  # a click made while the store was opening counts
        if self.nav.currentRow() < 0 and self._receiving_role():
            row = next((i for i, s in enumerate(self.specs) if s.key == "receiving"), 0)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._on_nav(row)

    def _receiving_role(self) -> bool:
        from .wizard import receiving_module

        module = receiving_module()
        return module is not None and self.ctx.read(module.get_role) == "receiving"

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
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as exc:
            if exc.name != spec.module:
                raise
            log.warning("page %s is missing: %s", spec.module, exc)
            return None
        page = getattr(module, spec.cls)(self.ctx, self)
        placeholder = self.stack.widget(index)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(index, page)
        self.pages[spec.key] = page
        return page

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
        self.action_quit = file_menu.addAction(self.tr("Thoát"), self.close)
        self.action_quit.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_Q))
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
        for keys, slot in ((QKeySequence.Save, self.save_current), (QKeySequence.New, self.new_on_current),
                           (QKeySequence.Find, self.search_on_current)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WindowShortcut)
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
    def _feature(self, module: str):
        try:
            return importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            log.warning("feature module %s missing", module)
            show_info(self, self.tr("Chưa có chức năng"), self.tr("Bản chương trình này chưa có chức năng này."))
            return None

    def backup(self) -> None:
        if self.ctx is None:
            return
        recovery = self._feature("kh130_desktop.ui.recovery")
        if recovery is not None:
            recovery.backup_to_folder(self, self.ctx)

    def restore(self) -> None:
        if self.ctx is None:
            return
        recovery = self._feature("kh130_desktop.ui.recovery")
        if recovery is None:
            return
        for spec in self.specs:  # restoring replaces everything: settle open edits first
            page = self.pages.get(spec.key)
            if page is not None and not self._settle(page, spec):
                return
        if recovery.restore_from_file(self, self.ctx):
            self.reload_store()

    def reload_store(self) -> None:
        """The store file was replaced: reopen it and rebuild every page from it."""
        from ..domain.store import Store

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
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)
        self._on_nav(current)
        self.ctx.data_changed.emit("all")

    def export_report(self) -> None:
        if self.ctx is None:
            return
        module = self._feature("kh130_desktop.ui.dialogs.export_dialog")
        if module is not None:
            module.ExportDialog(self.ctx, self).exec()

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
        from ..domain.cell import find_cell

        cell = self.ctx.read(find_cell)
        self.cell_label.setText(cell.name if cell else self.tr("Chưa có hồ sơ chi bộ"))
        self.folder_label.setText(self.tr("Dữ liệu: {folder}").format(folder=self.ctx.folder))
        self.setWindowTitle(self.tr("KH130 — {cell}").format(cell=cell.name) if cell else self.tr("KH130 — Sổ sinh hoạt chi bộ"))

    def _on_data_changed(self, what: str) -> None:
        if what in ("cell", "all"):
            self._update_status()
