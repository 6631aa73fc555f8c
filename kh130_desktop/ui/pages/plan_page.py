"""The plan calendar: the year's topic, its milestones (done, due soon, late, not yet due),
the quarter topics and the study materials; and the way to make a year's plan and edit it
(dialogs/plan_editor.py), with "Hoàn tác" for the last save."""

from __future__ import annotations

import datetime as dt
import html

from ...domain.book import plan as plan_domain
from ...domain.book import plan_edit
from ...domain.book.periods import ROMAN
from ..context import AppContext
from ..forms import embed_form
from ..models.plan_model import DONE_COLUMN, MilestonesModel, state_label
from ..operations import Changes
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)
from .base import Page


class PlanPage(Page):
    # A milestone is done when the records say so: sessions held, members' pledges and reviews.
    watches = Changes.PLAN | Changes.SESSIONS | Changes.PLEDGES | Changes.MEMBERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today  # fixed in tests; None means the real date
        self.form = embed_form("plan_page", self)
        f = self.form.findChild
        self.year_combo: QComboBox = f(QComboBox, "yearCombo")
        self.summary_label: QLabel = f(QLabel, "summaryLabel")
        self.topic_label: QLabel = f(QLabel, "topicLabel")
        self.view: QTableView = f(QTableView, "milestonesView")
        self.topics_text: QTextBrowser = f(QTextBrowser, "topicsText")
        # Where the year's plan came from (exchange/plan_inbox.plan_origin): under the topic.
        self.origin_label = QLabel(self.form, objectName="originLabel", wordWrap=True, styleSheet="color: #555;")
        self.form.layout().insertWidget(self.form.layout().indexOf(self.topic_label) + 1, self.origin_label)
        self.model = MilestonesModel(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        splitter: QSplitter = f(QSplitter, "splitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.model.toggled.connect(self.set_done)
        self.create_button: QPushButton = f(QPushButton, "createButton")
        self.edit_button: QPushButton = f(QPushButton, "editButton")
        self.undo_button: QPushButton = f(QPushButton, "undoButton")
        self.create_button.clicked.connect(self.create_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.undo_button.clicked.connect(self.undo)
        # The last save, to put back: (year, the plan before it or None, "undo" | "redo").
        self._undo: tuple[int, dict | None, str] | None = None
        self.year_combo.currentIndexChanged.connect(lambda _: self._load())
        self.watch(ctx)
        self.refresh()

    def refresh(self) -> None:
        wanted = self.year_combo.currentData()
        from ...domain.book.periods import opening_year

        opening = self.ctx.read(opening_year, self._today)
        years = sorted(set(self.ctx.read(plan_domain.plan_years)) | {opening}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted or opening)))
        self.year_combo.blockSignals(False)
        self._load()

    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    def _show_mode(self) -> None:
        """The committee makes the plan it sends down and keeps no cell's records: its page shows
        the milestones without what records would say of them."""
        from ...domain.store.settings import get_mode

        committee = self.ctx.read(get_mode) == "receiving"
        for column in (2, 3, DONE_COLUMN):
            self.view.setColumnHidden(column, committee)
        self.summary_label.setVisible(not committee)
        self.form.findChild(QLabel, "milestonesLabel").setText(
            self.tr("Các mốc của kế hoạch gửi xuống các chi bộ (mỗi chi bộ thấy mốc nào đã xong theo sổ sách của mình):")
            if committee else self.tr("Các mốc của kế hoạch (mốc không tự tính được thì đánh dấu ở cột “Đã xong”):"))

    def _no_plan_text(self, year) -> str:
        """What a year without a plan can do, as the buttons of this mode really are."""
        from ...domain.store.settings import get_mode

        if self.ctx.read(get_mode) == "receiving":
            return self.tr(
                "<b>Năm {year} chưa có kế hoạch.</b> Bấm “Tạo kế hoạch năm {year}…” để chép kế hoạch năm trước sang "
                "(ngày được dời sang năm {year}), nạp tệp kế hoạch dạng JSON, hoặc ghi kế hoạch mới. Khi đã lưu, ghi tệp "
                "kế hoạch gửi các chi bộ ở trang “Tiếp nhận báo cáo”, thẻ “Gửi xuống”, nút “Ghi tệp kế hoạch năm…”.").format(year=year)
        return self.tr(
            "<b>Năm {year} chưa có kế hoạch.</b> Kế hoạch mỗi năm do cấp ủy cấp trên ban hành. Nếu cấp ủy đã gửi tệp kế "
            "hoạch (tệp .kh130), nhập ở trang “Chi bộ”, khung “Khóa và kế hoạch của cấp ủy cấp trên”, nút “Nhập tệp kế "
            "hoạch…”. Nếu chưa có tệp, bấm “Tạo kế hoạch năm {year}…” để chép kế hoạch năm trước sang (ngày được dời sang "
            "năm {year}) hoặc ghi kế hoạch mới, rồi sửa cho đúng kế hoạch của cấp ủy. Trong khi chờ, vẫn ghi được các buổi "
            "sinh hoạt, điểm danh và đăng ký làm theo của năm.").format(year=year)

    def _load(self) -> None:
        self._show_mode()
        year = self.year
        plan = self.ctx.read(plan_domain.plan_year, year) if year is not None else None
        self._update_buttons(plan is not None)
        if plan is None:
            self.topic_label.setText(self._no_plan_text(year if year is not None else "—"))
            self.topic_label.setWordWrap(True)
            self.origin_label.clear()
            self.model.load([], set())
            self.topics_text.clear()
            self.summary_label.clear()
            return
        from ...domain.exchange.plan_inbox import plan_origin
        from ..common import domain_text

        self.origin_label.setText(domain_text(self.ctx.read(plan_origin, year).text))
        number = self.tr(" — Kế hoạch số {n}").format(n=plan.plan_number) if plan.plan_number else ""
        self.topic_label.setText(self.tr("<b>Chuyên đề năm {year}</b>{number}: {topic}").format(
            year=year, number=html.escape(number), topic=html.escape(plan.topic)))
        statuses = self.ctx.read(plan_domain.milestone_statuses, year, self._today)
        self.model.load(statuses, self.ctx.read(plan_domain.manual_milestone_ids, year))
        counts = {}
        for s in statuses:
            counts[s.state] = counts.get(s.state, 0) + 1
        self.summary_label.setText(" · ".join(f"{state_label(state)}: {n}" for state, n in counts.items()))
        topics = self.ctx.read(lambda tx: [(q, plan_domain.quarter_topic(tx, year, q)) for q in range(1, 5)])
        materials = self.ctx.read(plan_domain.materials, year)
        quarter = self.tr("Quý {q}")
        parts = ["<h3>" + self.tr("Chủ đề gợi ý thảo luận theo quý") + "</h3><ul>"]
        parts += [f"<li><b>{quarter.format(q=ROMAN[q])}:</b> {html.escape(t)}</li>" for q, t in topics if t]
        parts.append("</ul><h3>" + self.tr("Tài liệu học tập") + "</h3><ol>")
        parts += [f"<li>{html.escape(m)}</li>" for m in materials]
        parts.append("</ol>")
        self.topics_text.setHtml("".join(parts))

    def new(self) -> None:
        """Ctrl+N on this page: a new year's plan."""
        self.create_plan()

    def set_done(self, milestone_id: int, done: bool) -> None:
        day = (self._today or dt.date.today()) if done else None  # a tick is saved at once
        self.ctx.write(Changes.PLAN, plan_domain.mark_milestone_done, milestone_id, day, parent=self)

    # --- making and editing the plan --------------------------------------------------------
    def _years_with_plan(self) -> list[int]:
        return self.ctx.read(plan_domain.plan_years)

    def year_to_create(self) -> int:
        """The year shown when it has no plan, else the year after the latest plan."""
        years = self._years_with_plan()
        if self.year is not None and self.year not in years:
            return self.year
        return max(years + [self.year or dt.date.today().year]) + 1

    def _update_buttons(self, has_plan: bool) -> None:
        self.create_button.setText(self.tr("&Tạo kế hoạch năm {year}…").format(year=self.year_to_create()))
        self.edit_button.setEnabled(has_plan)
        self.edit_button.setText(self.tr("&Sửa kế hoạch năm {year}…").format(year=self.year) if has_plan else self.tr("&Sửa kế hoạch…"))
        undo = self._undo
        self.undo_button.setVisible(undo is not None and undo[0] == self.year)
        if undo is not None:
            self.undo_button.setText(self.tr("&Hoàn tác lần sửa vừa rồi") if undo[2] == "undo" else self.tr("&Làm lại lần sửa vừa hoàn tác"))

    def create_plan(self) -> None:
        from ..dialogs.plan_editor_start import PlanStartDialog

        year = self.year_to_create()
        previous = self.ctx.read(plan_edit.previous_plan, year)
        start = PlanStartDialog(self.ctx, year, previous, self)
        if start.exec() == QDialog.Accepted and start.data is not None:
            self._open_editor(start.data, new=True)

    def edit_plan(self) -> None:
        from ...domain.book.plan_data import plan_to_data

        if self.year is not None and self.year in self._years_with_plan():
            self._open_editor(self.ctx.read(plan_to_data, self.year), new=False)

    def _open_editor(self, data: dict, *, new: bool) -> None:
        from ..dialogs.plan_editor import PlanEditor

        editor = PlanEditor(self.ctx, data, new=new, parent=self)
        self.editor = editor  # for tests and the screenshots
        if editor.exec() == QDialog.Accepted and editor.saved is not None:
            self._undo = (editor.saved.year, editor.saved.before, "undo")
            self.show_year(editor.saved.year)

    def show_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            self.refresh()
            index = self.year_combo.findData(year)
        if index == self.year_combo.currentIndex():
            self._load()
        else:
            self.year_combo.setCurrentIndex(max(index, 0))

    def undo(self) -> None:
        """Put back the plan as it was before the last save (or again as it was after)."""
        from ..common import confirm

        if self._undo is None:
            return
        year, snapshot, kind = self._undo
        if snapshot is None and not confirm(self, self.tr("Hoàn tác"), self.tr(
                "Kế hoạch năm {year} vừa được tạo. Hoàn tác thì bỏ kế hoạch năm đó (các buổi sinh hoạt, "
                "điểm danh và đăng ký làm theo vẫn giữ nguyên).").format(year=year), self.tr("Bỏ kế hoạch năm {year}").format(year=year)):
            return

        def done(result) -> None:
            self._undo = (year, result.before, "redo" if kind == "undo" else "undo")
            self.show_year(year)

        self.ctx.write(Changes.PLAN, plan_edit.undo_plan, year, snapshot, parent=self, on_done=done)
