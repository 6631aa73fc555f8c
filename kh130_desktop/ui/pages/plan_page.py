"""The plan calendar: the year's topic, its milestones (done, due soon, late, not yet due),
the quarter topics and the study materials."""

from __future__ import annotations

import datetime as dt
import html

from ...domain.book import plan as plan_domain
from ...domain.book.periods import ROMAN
from ..context import AppContext
from ..forms import load_form
from ..models.plan_model import MilestonesModel, state_label
from ..operations import Changes
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from .base import Page


class PlanPage(Page):
    # A milestone is done when the records say so: sessions held, members' pledges and reviews.
    watches = Changes.PLAN | Changes.SESSIONS | Changes.PLEDGES | Changes.MEMBERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today  # fixed in tests; None means the real date
        self.form = load_form("plan_page", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
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

    def _load(self) -> None:
        year = self.year
        plan = self.ctx.read(plan_domain.plan_year, year) if year is not None else None
        if plan is None:
            self.topic_label.setText(self.tr(
                "<b>Năm {year} chưa có kế hoạch.</b> Kế hoạch mỗi năm do cấp ủy cấp trên ban hành. Phiên bản này "
                "chưa nạp được tệp kế hoạch cấp trên gửi xuống, cũng chưa soạn được kế hoạch mới từ kế hoạch năm trước: "
                "hai việc ấy sẽ có ở phiên bản sau. Trong khi chờ, vẫn ghi được các buổi sinh hoạt, điểm danh và "
                "đăng ký làm theo của năm.").format(
                year=year if year is not None else "—"))
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

    def set_done(self, milestone_id: int, done: bool) -> None:
        day = (self._today or dt.date.today()) if done else None  # a tick is saved at once
        self.ctx.write(Changes.PLAN, plan_domain.mark_milestone_done, milestone_id, day, parent=self)
