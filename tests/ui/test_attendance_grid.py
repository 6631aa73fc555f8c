"""The attendance grid on its own: keystrokes, clicks, and a change of date."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book.roster import listed_apart_on, summoned_on
from kh130_desktop.domain.book.vocabulary import AttendanceState
from kh130_desktop.ui.attendance_grid import AttendanceGrid
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.models.attendance_model import COLUMN_OF_STATE
from kh130_desktop.ui.qt import QApplication, Qt


@pytest.fixture
def demo(demo_store, data_dir, qapp):
    return AppContext(demo_store, data_dir)


@pytest.fixture
def grid(demo, qtbot):
    g = AttendanceGrid()
    qtbot.addWidget(g)
    g.resize(1000, 600)
    g.show()
    day = dt.date(2022, 6, 20)
    g.model.reload_roster(demo.read(summoned_on, day), demo.read(listed_apart_on, day))
    return g


def test_keys_mark_and_move_down(grid, qtbot):
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    for key in (Qt.Key_P, Qt.Key_M, Qt.Key_K, Qt.Key_C):
        qtbot.keyClick(grid.view, key)
    states = [grid.model.state_at(r) for r in range(4)]
    assert states == [AttendanceState.PRESENT, AttendanceState.LATE, AttendanceState.ABSENT_UNEXCUSED, AttendanceState.PRESENT]
    assert grid.view.currentIndex().row() == 4
    c = grid.counts()
    assert (c.present, c.late, c.absent_unexcused, c.unmarked) == (3, 1, 1, grid.model.rowCount() - 4)
    assert f"Chưa điểm danh: {grid.model.rowCount() - 4}" in grid.counts_label.text()
    # Arrows move without marking.
    qtbot.keyClick(grid.view, Qt.Key_Down)
    assert grid.view.currentIndex().row() == 5 and grid.model.state_at(5) is None


def test_click_a_state_column_and_present_clears_the_reason(grid, qtbot):
    view = grid.view
    rect = view.visualRect(grid.model.index(1, COLUMN_OF_STATE[AttendanceState.ABSENT_EXCUSED]))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    editor = view.indexWidget(view.currentIndex())
    qtbot.keyClicks(editor, "Di lam xa")
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()  # the item delegate commits on the next turn of the event loop
    assert grid.model.reason_at(1) == "Di lam xa" and grid.counts().absent_excused == 1
    rect = view.visualRect(grid.model.index(1, COLUMN_OF_STATE[AttendanceState.PRESENT]))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert grid.model.state_at(1) == AttendanceState.PRESENT and grid.model.reason_at(1) == ""
    assert "Có mặt: <b>1</b>" in grid.counts_label.text()


def test_members_listed_apart_are_shown_and_not_counted_absent(grid, qtbot):
    qtbot.mouseClick(grid.all_present_button, Qt.LeftButton)
    c = grid.counts()
    assert grid.apart_view.isVisible() and grid.apart_model.rowCount() == c.listed_apart == 3
    assert c.absent == 0 and c.present == c.summoned
    assert grid.apart_model.index(0, 1).data() in {"Miễn công tác và sinh hoạt đảng", "Đình chỉ sinh hoạt",
                                                   "Giới thiệu sinh hoạt tạm thời đi nơi khác"}


def test_a_new_date_brings_its_roster_and_keeps_the_marks_of_those_still_summoned(grid, demo, qtbot):
    qtbot.mouseClick(grid.all_present_button, Qt.LeftButton)
    before = {grid.model.member_name(r) for r in range(grid.model.rowCount())}
    day = dt.date(2022, 9, 16)  # a newcomer joined in July, one member left in August
    grid.model.reload_roster(demo.read(summoned_on, day), demo.read(listed_apart_on, day))
    after = {grid.model.member_name(r) for r in range(grid.model.rowCount())}
    assert before != after
    for r in range(grid.model.rowCount()):
        expected = AttendanceState.PRESENT if grid.model.member_name(r) in before else None
        assert grid.model.state_at(r) == expected
