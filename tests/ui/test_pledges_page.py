"""The secretary records pledges, a quarter's progress, the year-end review and the cell's pledge."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import overview, pledges
from kh130_desktop.domain.book.plan import ensure_plan_year
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.ui import pledge_editors
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.pages.pledges_page import PledgesPage
from kh130_desktop.ui.qt import Qt

NAMES = ["Nông Văn Bình", "Hoàng Thị Cúc", "Lương Văn Đức"]


@pytest.fixture
def small(store, data_dir, qapp):
    """A cell of three members and the 2022 plan: nobody has pledged yet."""
    with store.transaction() as tx:
        ensure_plan_year(tx, 2022)
        for i, name in enumerate(NAMES):
            add_member(tx, MemberData(full_name=name, birth_date=dt.date(1970 + i, 3, 1), admitted_on=dt.date(2000, 5, 1),
                                      official_on=dt.date(2001, 5, 1), joined_on=dt.date(2010, 1, 1)))
    return AppContext(store, data_dir)


@pytest.fixture
def page(small, qtbot):
    p = PledgesPage(small)
    qtbot.addWidget(p)
    p.resize(1250, 700)
    p.show()
    p.year_combo.setCurrentIndex(p.year_combo.findData(2022))
    return p


def _member_id(ctx, name):
    from kh130_desktop.domain.book.roster import list_members

    return next(m.id for m in ctx.read(list_members) if m.full_name == name)


def _listed(page) -> list[str]:
    return [s.full_name for s in page.members.rows()]


def _filter(page, text):
    page.filter_combo.setCurrentIndex(page.filter_combo.findText(text))


def test_not_yet_pledged_view_lists_the_right_members(page, small, qtbot, typer, settle):
    _filter(page, "Chưa đăng ký")
    assert sorted(_listed(page)) == sorted(NAMES)
    assert page.stats_label.text().startswith("Đã đăng ký: 0/3")
    assert page.members.index(0, 1).data() == "Chưa đăng ký"

    # Record a pledge for Hoàng Thị Cúc.
    _filter(page, "Tất cả đảng viên")
    assert page.select_member("Hoàng Thị Cúc")
    qtbot.mouseClick(page.buttons["addPledgeButton"], Qt.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and "Hoàng Thị Cúc" in dialog.child(type(page.member_label), "memberLabel").text()
    typer(dialog.content_edit, "Vận động 5 hộ làm nhà tiêu hợp vệ sinh")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("tuyen_truyen"))
    typer(dialog.target_edit, "5 hộ")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    settle(small)
    assert not dialog.isVisible()

    cuc = _member_id(small, "Hoàng Thị Cúc")
    stored = small.read(pledges.pledges_of, cuc, 2022)
    assert [(p.content, p.theme_code, p.target, p.deadline) for p in stored] == [
        ("Vận động 5 hộ làm nhà tiêu hợp vệ sinh", "tuyen_truyen", "5 hộ", dt.date(2022, 12, 15))]
    assert page.items.rowCount() == 1
    assert page.items.index(0, 1).data() == "Tuyên truyền, vận động Nhân dân làm theo Bác"
    assert page.items.index(0, 3).data() == "15/12/2022"

    _filter(page, "Chưa đăng ký")
    assert sorted(_listed(page)) == sorted(["Nông Văn Bình", "Lương Văn Đức"])
    expected = {m.full_name for m in small.read(overview.members_without_pledge, 2022)}
    assert set(_listed(page)) == expected


def test_a_pledge_too_vague_is_refused_next_to_the_field(page, small, qtbot, typer, settle):
    page.select_member("Nông Văn Bình")
    qtbot.mouseClick(page.buttons["addPledgeButton"], Qt.LeftButton)
    dialog = page.dialog
    typer(dialog.content_edit, "Làm tốt")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    settle(small)
    error = dialog.child(type(page.member_label), "contentError")
    assert dialog.isVisible() and error.isVisible()
    assert "quá ngắn" in error.text()
    assert small.read(pledges.pledges_of, _member_id(small, "Nông Văn Bình"), 2022) == []


def test_progress_note_and_review_with_a_contradicting_score(page, small, qtbot, typer, settle):
    binh = _member_id(small, "Nông Văn Bình")
    with small.store.transaction() as tx:
        pledges.add_pledge(tx, binh, 2022, pledges.PledgeData("Đọc hết tài liệu chuyên đề và chia sẻ ở chi hội", "tu_hoc_tu_ren"))
    page.refresh()
    page.select_member("Nông Văn Bình")
    assert page.items.rowCount() == 1

    # A progress note for the second quarter.
    qtbot.mouseClick(page.buttons["progressButton"], Qt.LeftButton)
    dialog = page.dialog
    dialog.quarter_combo.setCurrentIndex(1)
    typer(dialog.note_edit, "Đã đọc xong phần một, chia sẻ ở chi hội nông dân.")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    settle(small)
    assert not dialog.isVisible()
    pledge_id = page.selected_pledge_id()
    notes = small.read(pledges.progress_of, pledge_id)
    assert [(n.quarter, n.note) for n in notes] == [(2, "Đã đọc xong phần một, chia sẻ ở chi hội nông dân.")]
    assert page.progress.rowCount() == 1 and page.progress.index(0, 0).data() == "II"
    assert page.members.index(page.members.row_of_member(binh), 2).data() == "1"

    # The year-end review: "hoàn thành tốt" with 95 points contradicts the level.
    qtbot.mouseClick(page.buttons["reviewButton"], Qt.LeftButton)
    review = page.dialog
    typer(review.self_review_edit, "Đã hoàn thành nội dung đăng ký.")
    review.level_combo.setCurrentIndex(review.level_combo.findText("Hoàn thành tốt nhiệm vụ"))
    review.score_spin.setFocus()
    qtbot.keyClick(review.score_spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(review.score_spin, "95")
    assert review.score_spin.value() == 95
    qtbot.mouseClick(review.ok_button, Qt.LeftButton)
    settle(small)
    assert review.isVisible()
    assert review.score_error.isVisible()
    assert "95 điểm không khớp mức “Hoàn thành tốt nhiệm vụ”" in review.score_error.text()
    assert small.read(pledges.review_of, binh, 2022) is None

    qtbot.keyClick(review.score_spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(review.score_spin, "82")
    qtbot.mouseClick(review.ok_button, Qt.LeftButton)
    settle(small)
    assert not review.isVisible()
    stored = small.read(pledges.review_of, binh, 2022)
    assert (stored.level, stored.score, stored.self_review) == ("hoan_thanh_tot", 82, "Đã hoàn thành nội dung đăng ký.")
    rating = page.members.index(page.members.row_of_member(binh), 3)
    assert rating.data() == "Tốt (82)" and rating.data(Qt.ToolTipRole) == "Hoàn thành tốt nhiệm vụ"
    assert "Hoàn thành tốt nhiệm vụ" in page.review_label.text()

    _filter(page, "Chưa kiểm điểm")
    assert sorted(_listed(page)) == sorted(["Hoàng Thị Cúc", "Lương Văn Đức"])


def test_cancelling_a_typed_dialog_asks_first(page, small, qtbot, typer, monkeypatch):
    answers, asked = ["cancel", "discard"], []
    monkeypatch.setattr(pledge_editors, "ask_save_discard_cancel", lambda parent, what: asked.append(what) or answers.pop(0))
    page.select_member("Lương Văn Đức")
    qtbot.mouseClick(page.buttons["addPledgeButton"], Qt.LeftButton)
    dialog = page.dialog
    typer(dialog.content_edit, "Giúp 2 hộ nghèo")
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert asked == ["Nội dung đăng ký"] and dialog.isVisible()
    qtbot.mouseClick(dialog.form.findChild(type(dialog.ok_button), "cancelButton"), Qt.LeftButton)
    assert not dialog.isVisible()
    assert small.read(pledges.pledges_of_year, 2022) == []


def test_the_cells_collective_pledge(page, small, qtbot, typer, settle):
    qtbot.mouseClick(page.buttons["addCollectiveButton"], Qt.LeftButton)
    dialog = page.dialog
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    settle(small)
    assert dialog.isVisible() and "Chưa nhập vấn đề" in dialog.child(type(page.member_label), "problemError").text()
    typer(dialog.problem_edit, "Đường nội đồng xóm Nà Pò lầy lội mùa mưa")
    typer(dialog.target_edit, "Bê tông hóa 1 km")
    dialog.deadline_edit.setFocus()  # from the keyboard, the date shown is selected: typing replaces it
    qtbot.keyClicks(dialog.deadline_edit, "30112022")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    settle(small)
    assert not dialog.isVisible()
    rows = small.read(pledges.collective_pledges, 2022)
    assert [(r.problem, r.target, r.deadline) for r in rows] == [
        ("Đường nội đồng xóm Nà Pò lầy lội mùa mưa", "Bê tông hóa 1 km", dt.date(2022, 11, 30))]
    assert page.collective.rowCount() == 1
    assert page.collective.index(0, 2).data() == "30/11/2022"


def test_demo_cell_opens_on_its_pledge_year(demo_store, data_dir, qtbot):
    ctx = AppContext(demo_store, data_dir)
    p = PledgesPage(ctx)
    qtbot.addWidget(p)
    assert p.year == 2022
    summaries = p.members.rows()
    assert summaries and all(s.items == 2 for s in summaries if s.review_level)
    _filter(p, "Chưa đăng ký")
    assert set(_listed(p)) == {m.full_name for m in ctx.read(overview.members_without_pledge, 2022)}


def test_a_member_who_moved_away_is_listed_greyed_and_not_counted_as_the_report_does(demo_store, data_dir, qtbot):
    from kh130_desktop.domain.book.overview import period_figures
    from kh130_desktop.domain.book.periods import Period

    ctx = AppContext(demo_store, data_dir)
    p = PledgesPage(ctx)
    qtbot.addWidget(p)
    figures = ctx.read(period_figures, Period(2022))
    assert p.stats_label.text() == (f"Đã đăng ký: {figures.pledged}/{figures.summoned_at_end} · Đã kiểm điểm: "
                                    f"{figures.reviewed}/{figures.summoned_at_end} · 1 đã chuyển đi hoặc thôi sinh hoạt (không tính)")
    assert figures.summoned_at_end == 29 and figures.reviewed == 29
    row = next(i for i, s in enumerate(p.members.rows()) if s.full_name == "Sầm Văn Toàn")  # moved away 20/08/2022
    assert p.members.index(row, 3).data() == "Đã chuyển đi"
    assert "20/08/2022" in p.members.index(row, 0).data(Qt.ToolTipRole)
    assert p.members.index(row, 0).data(Qt.ForegroundRole).color().name() == "#777777"
    _filter(p, "Chưa kiểm điểm")
    assert _listed(p) == []  # everyone the cell must review has been


def test_the_windows_new_action_adds_a_pledge_for_the_selected_member(page):
    page.select_member("Lương Văn Đức")
    page.new()
    assert isinstance(page.dialog, pledge_editors.PledgeDialog) and page.dialog.isVisible()
    assert page.dialog.member_id == _member_id(page.ctx, "Lương Văn Đức")
