"""The roster: search, filter, add, edit, change status, departure, delete, import."""

from __future__ import annotations

from ...domain.book import roster
from ...domain.errors import DomainError
from ...domain.book.vocabulary import MemberStatus, Role
from ..common import confirm, show_error
from ..dialogs import combo_value, fill_combo
from ..forms import embed_form
from ..models.members_model import MembersModel
from ..operations import Changes
from ..qt import QCheckBox, QComboBox, QHeaderView, QKeySequence, QLabel, QLineEdit, QPushButton, QShortcut, Qt, QTableView
from .base import Page


class MembersPage(Page):
    watches = Changes.MEMBERS

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.form = embed_form("members_page", self)
        f = self.form.findChild
        self.search = f(QLineEdit, "search")
        self.search.setClearButtonEnabled(True)
        self.status_filter, self.role_filter = f(QComboBox, "status_filter"), f(QComboBox, "role_filter")
        fill_combo(self.status_filter, MemberStatus, any_label=self.tr("Tất cả"))
        fill_combo(self.role_filter, Role, any_label=self.tr("Tất cả"))
        self.show_left = f(QCheckBox, "show_left")
        self.count_label = f(QLabel, "count_label")
        self.table = f(QTableView, "table")
        self.model = MembersModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The longest status ("Giới thiệu sinh hoạt tạm thời đi nơi khác") would push the role and
        # notes off a 1366-pixel screen: status gets a fixed width, elided, the full text as tooltip.
        header.setSectionResizeMode(8, QHeaderView.Interactive)
        header.resizeSection(8, 170)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.search.setMinimumWidth(200)
        for combo in (self.status_filter, self.role_filter):
            combo.setMaximumWidth(200)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.buttons = {name: f(QPushButton, f"{name}_button") for name in ("add", "edit", "status", "depart", "delete", "import")}
        self.buttons["add"].clicked.connect(self.new)
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["status"].clicked.connect(lambda: self._standing("status"))
        self.buttons["depart"].clicked.connect(lambda: self._standing("departure"))
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["import"].clicked.connect(self.import_roster)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for key in (Qt.Key_Return, Qt.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
        self.search.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.role_filter.currentIndexChanged.connect(self.refresh)
        self.show_left.toggled.connect(self.refresh)
        self.watch(ctx)
        self.refresh()

    # --- the shell's page protocol ------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        members = self.ctx.read(roster.list_members, include_left=self.show_left.isChecked(), search=self.search.text(),
                                status=combo_value(self.status_filter) or None, role=combo_value(self.role_filter) or None)
        from ...domain.book.meeting_rules import considered_for_removal
        from ...domain.book.periods import opening_year

        year = self.ctx.read(opening_year)
        self.model.absence_year = year
        self.model.absences = {f.member.id: f.months for f in self.ctx.read(considered_for_removal, year)}
        self.model.load(members)
        self.table.resizeColumnToContents(1)
        self.count_label.setText(self.tr("{n} đảng viên").format(n=len(members)))
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def new(self) -> None:
        from ..dialogs.member_dialog import MemberDialog

        dialog = MemberDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_member(dialog.saved_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions --------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        member = self.model.member(rows[0].row()) if rows else None
        return member.id if member else None

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def edit_selected(self) -> None:
        from ..dialogs.member_dialog import MemberDialog

        member_id = self.selected_id()
        if member_id is not None:
            MemberDialog(self.ctx, member_id, self).exec()

    def _standing(self, mode: str) -> None:
        from ..dialogs.status_dialog import StatusDialog

        member_id = self.selected_id()
        if member_id is not None:
            StatusDialog(self.ctx, member_id, mode, self).exec()

    def delete_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        member = self.model.member(self.model.row_of(member_id))
        if not confirm(self, self.tr("Xóa đảng viên"),
                       self.tr("Xóa hẳn {name} khỏi danh sách? Chỉ dùng khi nhập nhầm; người chuyển đi thì dùng “Chuyển đi…”.").format(name=member.full_name),
                       self.tr("Xóa")):
            return
        def refused(exc: BaseException) -> None:
            if isinstance(exc, DomainError) and exc.member_id is not None:
                self.select_member(exc.member_id)
            show_error(self, exc, self.tr("Không xóa được"))

        self.ctx.write(Changes.MEMBERS, roster.remove_member, member_id, parent=self, on_error=refused)

    def import_roster(self) -> None:
        from ..dialogs.roster_import_dialog import RosterImportDialog

        RosterImportDialog(self.ctx, self).exec()

    def _update_buttons(self, *_args) -> None:
        member_id = self.selected_id()
        member = self.model.member(self.model.row_of(member_id)) if member_id is not None else None
        for name in ("edit", "delete"):
            self.buttons[name].setEnabled(member is not None)
        for name in ("status", "depart"):
            self.buttons[name].setEnabled(member is not None and member.left_on is None)
