"""The secretary's window: a navigation list on the left, the pages in a stack on the right.

Pages are imported and built on first visit, so the window appears quickly on an old laptop.
Each is a `pages.base.Page`: the window asks it to refresh, save, discard, start something new
or search, and it refreshes itself on the change notices it watches. The installation's mode
decides which pages show: a cell keeps its records; the receiving committee imports and
consolidates the cells' report files. The menus and their actions are in main_menus.py.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..paths import resources_dir
from .common import ask_save_discard_cancel, show_info
from .main_menus import MainWindowActions
from .operations import Changes
# Not Qt's `Qt` namespace: touching it the first time costs ~40 ms, before the window shows.
from .qt import (QT_TRANSLATE_NOOP, QCoreApplication, QHBoxLayout, QIcon, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSize,
                 QStackedWidget, QTimer, QWidget)

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
    # The committee makes the plan it sends down: the same page, under its own key.
    PageSpec("committee_plan", QT_TRANSLATE_NOOP("MainWindow", "Kế hoạch năm"), "kh130_desktop.ui.pages.plan_page", "PlanPage", "plan", "receiving"),
]


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(MainWindowActions, QMainWindow):
    def __init__(self, ctx=None, parent=None) -> None:
        """Without `ctx` the window shows at once, with what `show_glance` gives it, and
        `attach(ctx)` makes it whole when the store is open (ui/app.py)."""
        super().__init__(parent)
        self.ctx = None
        self.setWindowTitle(self.tr("Sổ sinh hoạt chi bộ — KH130"))
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
        self.pages: dict[str, QWidget] = {}  # each a pages.base.Page
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
        self.cell_label.setText(glance.cell["name"] + "  ·  " + self.tr("đang mở dữ liệu…"))

    def attach(self, ctx) -> None:
        self.ctx = ctx
        ctx.changed.connect(self._on_changes)
        # Right after the page is editable: each first use of Qt's enums in setShortcut builds
        # them in Python (about 40 ms), and nobody presses a shortcut within that moment.
        QTimer.singleShot(0, self._add_shortcuts)
        for action in self._store_actions:
            action.setEnabled(True)
        for page in self.pages.values():  # the cell's page, built by show_glance, waiting for the store
            if page.ctx is None:
                page.attach(ctx)
        self._update_status()
        self._apply_mode()
        row = self.nav.currentRow()  # a click made while the store was opening counts
        if row < 0 or self.nav.item(row).isHidden():
            row = self._first_visible_row()
        self._go_to_row(row)

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

        mode = "receiving" if receiving else "cell"

        def switch(settled: bool) -> None:
            if not settled:
                self._apply_mode()
                return
            if mode == "cell" and self.ctx.read(find_cell) is None:
                show_info(self, self.tr("Chưa có hồ sơ chi bộ"),
                          self.tr("Kho dữ liệu này chưa có chi bộ. Hãy mở chương trình với một thư mục dữ liệu "
                                  "của chi bộ, hoặc tạo chi bộ ở lần mở đầu tiên."))
                self._apply_mode()
                return
            self.ctx.write(Changes.MODE, set_mode, mode, parent=self, on_done=lambda _: self._show_mode(), on_error=refused)

        def refused(exc: BaseException) -> None:
            from .common import show_error

            self._apply_mode()  # the menu's tick back to the mode the store still has
            show_error(self, exc)

        page = self.current_page()
        if page is None:
            switch(True)
        else:
            self._settle(page, self.specs[self._current], switch)

    def _show_mode(self) -> None:
        self._apply_mode()
        self._current = -1
        self._go_to_row(self._first_visible_row())

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

    def _go_to_row(self, row: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._on_nav(row)

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
        if previous is None:
            self._show_row(row)
            return

        def leave(settled: bool) -> None:
            if settled:
                self._show_row(row)
            else:
                # Back to the page still shown: now, and again once the click that asked has
                # finished, since its press goes on to select the row it was on.
                self._highlight_current()
                QTimer.singleShot(0, self._highlight_current)

        self._settle(previous, self.specs[self._current], leave)

    def _highlight_current(self) -> None:
        """The sidebar's current and highlighted row: the page on screen."""
        if 0 <= self._current < self.nav.count():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)

    def _show_row(self, row: int) -> None:
        # A page that missed change notices while hidden refreshes as it shows (pages.base).
        self._ensure_page(row)
        self._current = row
        self.stack.setCurrentIndex(row)
        self._highlight_current()

    def _settle(self, page: QWidget, spec: PageSpec, then: Callable[[bool], None]) -> None:
        """Unsaved changes on `page`: save, discard or stay. `then(True)` when it is fine to
        leave: at once, or once the save is written."""
        if not page.has_unsaved_changes():
            then(True)
            return
        answer = ask_save_discard_cancel(self, QCoreApplication.translate("MainWindow", spec.title))
        if answer == "save":
            page.save(then)
        elif answer == "discard":
            page.discard_changes()
            then(True)
        else:
            then(False)

    def settle_all(self, then: Callable[[bool], None]) -> None:
        """Settle every built page in turn; `then(True)` when all may be left."""
        pending = [(spec, self.pages[spec.key]) for spec in self.specs if spec.key in self.pages]

        def next_page(settled: bool = True) -> None:
            if not settled:
                then(False)
            elif not pending:
                then(True)
            else:
                spec, page = pending.pop(0)
                self._settle(page, spec, next_page)

        next_page()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Close once the worker has finished what it was asked (ui/app.py then closes the store)
        and every page is settled: saved, discarded, or the user stays."""
        if self.ctx is None:
            event.accept()
            return
        operations = self.ctx.operations
        operations.wait_idle()  # a save already under way is not asked about again
        decided: list[bool] = []
        self.settle_all(decided.append)
        if not decided:  # "save": being written
            operations.wait_idle()
        event.setAccepted(decided == [True])

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

        self.folder_label.setText(self.tr("Dữ liệu: {folder}").format(folder=self.ctx.folder))
        if self.mode() == "receiving":  # the committee's machine: its own name, not a cell's
            from ..domain.exchange.registry import committee_profile  # a cell's start needs no exchange

            name = self.ctx.read(committee_profile).name
            self._show_cell_name(name or self.tr("Cấp ủy tiếp nhận báo cáo"))
            return
        cell = self.ctx.read(find_cell)
        if cell is not None:
            self._show_cell_name(cell.name)
        else:
            self.cell_label.setText(self.tr("Chưa có hồ sơ chi bộ"))
            self.setWindowTitle(self.tr("Sổ sinh hoạt chi bộ — KH130"))

    def _show_cell_name(self, name: str) -> None:
        if self.ctx is not None and getattr(self.ctx.store, "read_only", False):
            # A second window, or a disk that takes no writes: the records show, nothing saves.
            name = self.tr("{cell} (chỉ đọc)").format(cell=name)
        self.cell_label.setText(name)
        self.setWindowTitle(self.tr("{cell} — KH130").format(cell=name))

    def _on_changes(self, changes: Changes) -> None:
        if changes & (Changes.CELL | Changes.RECEIVING | Changes.MODE):
            self._update_status()
