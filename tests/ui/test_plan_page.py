"""The plan calendar shows the year's milestones with what the records say about them."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import plan
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.models.plan_model import DONE_COLUMN
from kh130_desktop.ui.pages.plan_page import PlanPage
from kh130_desktop.ui.qt import Qt


def _page(ctx, qtbot, today):
    p = PlanPage(ctx, today=today)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


@pytest.fixture
def demo(demo_store, data_dir, qapp):
    return AppContext(demo_store, data_dir)


def _states(page) -> dict[str, str]:
    return {page.model.row_at(r).code: page.model.index(r, 2).data() for r in range(page.model.rowCount())}


def test_demo_milestones_after_the_year_are_done_except_the_report(demo, qtbot):
    page = _page(demo, qtbot, dt.date(2023, 1, 10))
    assert page.year == 2022
    assert "Chuyên đề năm 2022" in page.topic_label.text()
    states = _states(page)
    assert states == {
        "quan_triet": "Đã xong", "q2_chuyen_de": "Đã xong", "q2_ke_hoach_ca_nhan": "Đã xong",
        "q3_chuyen_de": "Đã xong", "q4_chuyen_de": "Đã xong", "q4_kiem_diem": "Đã xong", "bao_cao_nam": "Quá hạn",
    }
    # The same states the domain computes, in the same order.
    domain = demo.read(plan.milestone_statuses, 2022, dt.date(2023, 1, 10))
    assert [page.model.row_at(r).code for r in range(page.model.rowCount())] == [m.code for m in domain]
    first = page.model
    assert first.index(0, 1).data() == "19/05/2022"
    assert first.index(0, 3).data() == "Đã tổ chức ngày 12/05/2022"
    assert first.index(0, DONE_COLUMN).data() == "12/05/2022"
    late_row = next(r for r in range(first.rowCount()) if first.row_at(r).code == "bao_cao_nam")
    assert first.index(late_row, 2).data(Qt.BackgroundRole).color().name() == "#f8d7d7"
    assert "Quý II" in page.topics_text.toPlainText() and "Tài liệu học tập" in page.topics_text.toPlainText()


def test_the_year_report_is_due_soon_in_december_and_can_be_ticked(demo, qtbot, settle):
    page = _page(demo, qtbot, dt.date(2022, 12, 10))
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "bao_cao_nam")
    assert page.model.index(row, 2).data() == "Sắp đến hạn"
    # Only the manual milestone has a check box; automatic ones are computed.
    assert page.model.flags(page.model.index(row, DONE_COLUMN)) & Qt.ItemIsUserCheckable
    assert not page.model.flags(page.model.index(0, DONE_COLUMN)) & Qt.ItemIsUserCheckable
    index = page.model.index(row, DONE_COLUMN)
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key_Space)
    settle(demo)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "bao_cao_nam")
    assert page.model.index(row, 2).data() == "Đã xong"
    stored = {m.code: m for m in demo.read(plan.milestone_statuses, 2022, dt.date(2022, 12, 10))}
    assert stored["bao_cao_nam"].done_on == dt.date(2022, 12, 10)
    # And unticked again.
    page.view.setCurrentIndex(page.model.index(row, DONE_COLUMN))
    qtbot.keyClick(page.view, Qt.Key_Space)
    settle(demo)
    assert _states(page)["bao_cao_nam"] == "Sắp đến hạn"


def test_mid_year_states(store, data_dir, qtbot):
    with store.transaction() as tx:
        plan.ensure_plan_year(tx, 2022)
    ctx = AppContext(store, data_dir)
    page = _page(ctx, qtbot, dt.date(2022, 6, 10))
    states = _states(page)
    assert states["quan_triet"] == "Quá hạn"  # no conference recorded by 19/05
    assert states["q2_chuyen_de"] == "Sắp đến hạn"
    assert states["q3_chuyen_de"] == "Chưa đến hạn"
