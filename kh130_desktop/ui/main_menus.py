"""The main window's menus, shortcuts and the actions behind them: backup and restore, the
report file, the language, "about". The window itself (navigation, pages, the mode, closing)
is ui/main_window.py."""

from __future__ import annotations

import sys

from .. import __version__
from .common import confirm, show_info
# Not Qt's `Qt` namespace: touching it the first time costs ~40 ms, before the window shows.
from .qt import QAction, QActionGroup, QKeySequence, QWidget


class MainWindowActions:
    """Part of MainWindow: its menu bar, and what the menus and the window-wide keys do."""

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
        # The language this window was built in: a new choice shows only after a restart.
        self.shown_language = current_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self._show_language_choice()
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self.action_guide = help_menu.addAction(self.tr("Hướng dẫn sử dụng"), self.show_guide)
        help_menu.addSeparator()
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

    # --- the window-wide keys, on the page on show ------------------------------------------
    def save_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.save()

    def new_on_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new()

    def search_on_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    # --- the file menu ----------------------------------------------------------------------
    def backup(self) -> None:
        if self.ctx is None:
            return
        from . import recovery

        recovery.backup_to_folder(self, self.ctx)

    def restore(self) -> None:
        if self.ctx is None:
            return
        from . import recovery

        # Restoring replaces everything: open edits are settled first.
        self.settle_all(lambda settled: settled and recovery.restore_from_file(self, self.ctx, self.reload_pages))

    def reload_pages(self, _store=None) -> None:
        """The store was replaced and reopened by the restore: build every page again from it
        (the restore then announces Changes.ALL)."""
        current = max(self._current, 0)
        for page in list(self.pages.values()):
            index = self.stack.indexOf(page)
            self.stack.removeWidget(page)
            page.deleteLater()
            self.stack.insertWidget(index, QWidget())
        self.pages.clear()
        self._current = -1
        self._apply_mode()  # the restored store may be in the other mode
        if self.nav.item(current).isHidden():
            current = self._first_visible_row()
        self._go_to_row(current)

    def export_report(self) -> None:
        if self.ctx is None:
            return
        from .dialogs.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).exec()

    # --- the other menus --------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        from .i18n import current_language, set_language

        if lang == current_language():
            self._show_language_choice()
            return
        set_language(lang)
        if lang != self.shown_language and confirm(
                self, self.tr("Đổi ngôn ngữ"), self.tr("Ngôn ngữ mới có hiệu lực khi mở lại chương trình. Mở lại ngay bây giờ?"),
                self.tr("Mở lại ngay"), destructive=False):
            if self.close():
                from .qt import QApplication, QProcess

                args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
                QProcess.startDetached(sys.executable, args)
                QApplication.quit()
                return
        self._show_language_choice()

    def _show_language_choice(self) -> None:
        """The tick on the language the window shows; a choice waiting for the restart says so."""
        from .i18n import LANGUAGES, current_language

        chosen = current_language()
        for code, action in self.language_actions.items():
            action.setChecked(code == self.shown_language)
            pending = code == chosen and code != self.shown_language
            action.setText(self.tr("{language} (sau khi mở lại)").format(language=LANGUAGES[code]) if pending else LANGUAGES[code])

    def show_guide(self) -> None:
        """The guide beside the window; a second click brings the open one to the front."""
        from .guide import GuideDialog

        dialog = getattr(self, "guide_dialog", None)
        if dialog is None:
            dialog = self.guide_dialog = GuideDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def about(self) -> None:
        show_info(self, self.tr("Giới thiệu"), self.tr(
            "KH130 Desktop {version}\n\nSổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU của Tỉnh ủy Cao Bằng: danh sách đảng viên, "
            "buổi học tập chuyên đề, điểm danh, biên bản, đăng ký làm theo, báo cáo.\n\nChạy hoàn toàn không cần mạng. "
            "Dữ liệu lưu tại: {folder}").format(version=__version__, folder=self.ctx.folder if self.ctx else ""))
