"""Pledges (đăng ký làm theo): who has pledged what, the progress each quarter, the year-end
review, the cell's collective pledge, and who has not yet pledged or been reviewed."""

from __future__ import annotations

import datetime as dt

from ...domain.book import pledges as pledges_domain
from ...domain.book.overview import pledge_counts, pledge_summaries
from ...domain.book.plan import plan_years, pledge_themes
from ..common import confirm, vocab
from ..context import AppContext
from ..forms import embed_form
from ..models.pledges_model import CollectiveModel, PledgeItemsModel, PledgeMembersModel, ProgressModel
from ..operations import Changes
from ..pledge_editors import CollectivePledgeDialog, PledgeDialog, ProgressDialog, ReviewDialog
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)
from .base import Page

FILTER_ALL, FILTER_NO_PLEDGE, FILTER_NO_REVIEW = "all", "no_pledge", "no_review"


class PledgesPage(Page):
    watches = Changes.PLEDGES | Changes.MEMBERS | Changes.PLAN

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        self.form = embed_form("pledges_page", self)
        f = self.form.findChild
        self.year_combo: QComboBox = f(QComboBox, "yearCombo")
        self.filter_combo: QComboBox = f(QComboBox, "filterCombo")
        self.stats_label: QLabel = f(QLabel, "statsLabel")
        self.members_view: QTableView = f(QTableView, "membersView")
        self.pledges_view: QTableView = f(QTableView, "pledgesView")
        self.progress_view: QTableView = f(QTableView, "progressView")
        self.collective_view: QTableView = f(QTableView, "collectiveView")
        self.member_label: QLabel = f(QLabel, "memberLabel")
        self.review_label: QLabel = f(QLabel, "reviewLabel")
        self.buttons = {name: f(QPushButton, name) for name in (
            "addPledgeButton", "editPledgeButton", "deletePledgeButton", "progressButton", "reviewButton",
            "printPlanButton", "addCollectiveButton", "editCollectiveButton")}

        self.members = PledgeMembersModel(self)
        self.items = PledgeItemsModel(self)
        self.progress = ProgressModel(self)
        self.collective = CollectiveModel(self)
        for view, model, stretch in ((self.members_view, self.members, 0), (self.pledges_view, self.items, 0),
                                     (self.progress_view, self.progress, 2), (self.collective_view, self.collective, 0)):
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectRows)
            view.setSelectionMode(QAbstractItemView.SingleSelection)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.verticalHeader().hide()
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
        # Names never wrap; the rating takes what is left.
        self.members_view.setWordWrap(False)
        self.members_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.members_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.pledges_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Interactive)
        self.pledges_view.setColumnWidth(1, 190)
        self.pledges_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.Interactive)
        self.pledges_view.setColumnWidth(2, 130)
        collective_header = self.collective_view.horizontalHeader()
        for column, width in ((1, 200), (3, 260), (4, 220)):
            collective_header.setSectionResizeMode(column, QHeaderView.Interactive)
            self.collective_view.setColumnWidth(column, width)
        for view in (self.pledges_view, self.collective_view):
            # Long pledges wrap: rows follow the column widths so no line is cut.
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().sectionResized.connect(lambda *_, v=view: v.resizeRowsToContents())
        splitter: QSplitter = f(QSplitter, "splitter")
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([410, 690])  # names and ratings readable beside the navigation at 1366 pixels

        for key, text in ((FILTER_ALL, self.tr("Tất cả đảng viên")), (FILTER_NO_PLEDGE, self.tr("Chưa đăng ký")),
                          (FILTER_NO_REVIEW, self.tr("Chưa kiểm điểm"))):
            self.filter_combo.addItem(text, key)

        self.year_combo.currentIndexChanged.connect(lambda _: self._load())
        self.filter_combo.currentIndexChanged.connect(lambda _: self._load_members())
        self.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_member())
        self.pledges_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_progress())
        self.pledges_view.doubleClicked.connect(lambda _: self.edit_pledge())
        self.collective_view.doubleClicked.connect(lambda _: self.edit_collective())
        self.buttons["addPledgeButton"].clicked.connect(lambda: self.add_pledge())
        self.buttons["editPledgeButton"].clicked.connect(lambda: self.edit_pledge())
        self.buttons["deletePledgeButton"].clicked.connect(lambda: self.delete_pledge())
        self.buttons["progressButton"].clicked.connect(lambda: self.add_progress())
        self.buttons["reviewButton"].clicked.connect(lambda: self.review())
        self.buttons["printPlanButton"].clicked.connect(self.print_plan)
        self.buttons["addCollectiveButton"].clicked.connect(lambda: self.add_collective())
        self.buttons["editCollectiveButton"].clicked.connect(lambda: self.edit_collective())
        self.watch(ctx)
        self.refresh()

    # --- what the main window calls --------------------------------------------------------
    def refresh(self) -> None:
        wanted = self.year_combo.currentData()
        pledged = self.ctx.read(pledges_domain.pledge_years)
        from ...domain.book.periods import opening_year

        opening = self.ctx.read(opening_year)
        years = sorted(set(self.ctx.read(plan_years)) | set(pledged) | {opening}, reverse=True)
        if wanted is None:
            # The latest year that has pledges, else the current one: the demo cell opens on 2022.
            wanted = opening
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(False)
        self._load()

    def new(self) -> None:
        """The main window's "new" action: a pledge item for the selected member."""
        self.add_pledge()

    # --- loading ---------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.year_combo.currentData() or dt.date.today().year

    def _load(self) -> None:
        self.items.theme_titles = {t.code: t.title for t in self.ctx.read(pledge_themes, self.year)}
        self.collective.load(self.ctx.read(pledges_domain.collective_pledges, self.year))
        self._load_members()

    def _load_members(self) -> None:
        selected = self.selected_member_id()
        all_rows = self.ctx.read(pledge_summaries, self.year)
        which = self.filter_combo.currentData()
        rows = all_rows
        if which == FILTER_NO_PLEDGE:  # as pledges.members_without_pledge: summoned at year end
            rows = [r for r in all_rows if r.counted and not r.items]
        elif which == FILTER_NO_REVIEW:
            rows = [r for r in all_rows if r.counted and not r.review_level]
        self.members.load(rows)
        counts = self.ctx.read(pledge_counts, self.year)
        stats = self.tr("Đã đăng ký: {p}/{n} · Đã kiểm điểm: {r}/{n}").format(p=counts.pledged, r=counts.reviewed, n=counts.summoned)
        if counts.not_counted:
            stats += " · " + self.tr("{k} đã chuyển đi hoặc thôi sinh hoạt (không tính)").format(k=counts.not_counted)
        self.stats_label.setText(stats)
        self.stats_label.setToolTip(self.tr(
            "Tính trên {n} đảng viên sinh hoạt ở chi bộ cuối năm, như báo cáo. Người đã chuyển đi hoặc thôi sinh hoạt trong năm "
            "vẫn có tên trong danh sách (chữ xám) để xem lại việc đăng ký của họ.").format(n=counts.summoned))
        row = self.members.row_of_member(selected) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.members_view.selectRow(row)
        self._load_member()

    def selected_member_id(self) -> int | None:
        index = self.members_view.currentIndex()
        s = self.members.row_at(index.row()) if index.isValid() else None
        return s.member_id if s else None

    def selected_pledge_id(self) -> int | None:
        index = self.pledges_view.currentIndex()
        p = self.items.row_at(index.row()) if index.isValid() else None
        return p.id if p else None

    def select_member(self, full_name: str) -> bool:
        for i, s in enumerate(self.members.rows()):
            if s.full_name == full_name:
                self.members_view.selectRow(i)
                return True
        return False

    def _load_member(self) -> None:
        member_id = self.selected_member_id()
        has_member = member_id is not None
        for name in ("addPledgeButton", "reviewButton", "printPlanButton"):
            self.buttons[name].setEnabled(has_member)
        if not has_member:
            self.member_label.setText(self.tr("Chọn một đảng viên ở danh sách bên trái."))
            self.items.load([])
            self.review_label.clear()
            self._load_progress()
            return
        summary = self.members.row_at(self.members_view.currentIndex().row())
        self.member_label.setText(self.tr("<b>{name}</b> — đăng ký làm theo năm {year}").format(name=summary.full_name, year=self.year))
        selected = self.selected_pledge_id()
        self.items.load(self.ctx.read(pledges_domain.pledges_of, member_id, self.year))
        rows = self.items.rows()
        row = next((i for i, p in enumerate(rows) if p.id == selected), 0 if rows else None)
        if row is not None:
            self.pledges_view.selectRow(row)
        review = self.ctx.read(pledges_domain.review_of, member_id, self.year)
        if review is None:
            self.review_label.setText(self.tr("Kiểm điểm cuối năm: <i>chưa kiểm điểm</i>"))
        else:
            score = self.tr(", {s} điểm").format(s=review.score) if review.score is not None else ""
            star = self.tr(" · nêu gương điển hình") if review.exemplary else ""
            self.review_label.setText(self.tr("Kiểm điểm cuối năm: <b>{level}</b>{score}{star}").format(
                level=vocab(review.level), score=score, star=star))
        self._load_progress()

    def _load_progress(self) -> None:
        pledge_id = self.selected_pledge_id()
        for name in ("editPledgeButton", "deletePledgeButton", "progressButton"):
            self.buttons[name].setEnabled(pledge_id is not None)
        self.progress.load(self.ctx.read(pledges_domain.progress_of, pledge_id) if pledge_id else [])

    # --- actions ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_pledge(self) -> PledgeDialog | None:
        member_id = self.selected_member_id()
        return self._open(PledgeDialog(self.ctx, member_id, self.year, parent=self)) if member_id else None

    def edit_pledge(self) -> PledgeDialog | None:
        member_id, pledge_id = self.selected_member_id(), self.selected_pledge_id()
        if member_id is None or pledge_id is None:
            return None
        return self._open(PledgeDialog(self.ctx, member_id, self.year, pledge_id, parent=self))

    def delete_pledge(self) -> bool:
        pledge_id = self.selected_pledge_id()
        if pledge_id is None:
            return False
        if not confirm(self, self.tr("Xóa nội dung đăng ký"),
                       self.tr("Xóa nội dung đăng ký này cùng các ghi chép tiến độ của nó?"), self.tr("Xóa")):
            return False
        self.ctx.write(Changes.PLEDGES, pledges_domain.delete_pledge, pledge_id, parent=self)
        return True

    def add_progress(self) -> ProgressDialog | None:
        pledge_id = self.selected_pledge_id()
        return self._open(ProgressDialog(self.ctx, pledge_id, parent=self)) if pledge_id else None

    def review(self) -> ReviewDialog | None:
        member_id = self.selected_member_id()
        return self._open(ReviewDialog(self.ctx, member_id, self.year, parent=self)) if member_id else None

    def add_collective(self) -> CollectivePledgeDialog:
        return self._open(CollectivePledgeDialog(self.ctx, self.year, parent=self))

    def edit_collective(self) -> CollectivePledgeDialog | None:
        index = self.collective_view.currentIndex()
        row = self.collective.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return self._open(CollectivePledgeDialog(self.ctx, self.year, row.id, parent=self))

    def print_plan(self) -> None:
        member_id, year = self.selected_member_id(), self.year
        if member_id is None:
            return
        from ...domain import documents
        from ..printing import preview_document

        name = self.members.row_at(self.members_view.currentIndex().row()).full_name
        preview_document(self, self.ctx, self.tr("Kế hoạch cá nhân năm {y} — {name}").format(y=year, name=name),
                         f"ke-hoach-ca-nhan-{year}.pdf", lambda tx: documents.personal_plan_pdf(tx, member_id, year))
