"""The secretary records a study session: the editor, the attendance grid, and what the store then holds."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from kh130_desktop.domain.book import plan
from kh130_desktop.domain.book import sessions
from kh130_desktop.domain.book.roster import summoned_on
from kh130_desktop.domain.book.vocabulary import AttendanceState
from kh130_desktop.ui import session_editor as editor_module
from kh130_desktop.ui.context import AppContext
from kh130_desktop.ui.operations import Changes
from kh130_desktop.ui.pages import sessions_page as page_module
from kh130_desktop.ui.pages.sessions_page import SessionsPage
from kh130_desktop.ui.qt import QApplication, QComboBox, QLineEdit, Qt

DAY = dt.date(2022, 11, 18)


@pytest.fixture
def demo(demo_store, data_dir, qapp):
    return AppContext(demo_store, data_dir)


@pytest.fixture
def page(demo, qtbot):
    p = SessionsPage(demo)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def _new_editor(page, qtbot, day=DAY):
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    ed = page.editor
    assert ed is not None and ed.isVisible()
    ed.date_edit.setDate(day)
    return ed


def _pick(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def _set_time(qtbot, edit, text: str) -> None:
    """Type a time as a user does: over what is shown, then Tab to the next field."""
    _activate(edit.window())
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Tab)


def _activate(window) -> None:
    """A shortcut reaches the active window only, and the offscreen platform activates none."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _session_ids(ctx) -> list[int]:
    return [s.id for s in ctx.read(sessions.list_sessions)]


def test_the_list_shows_the_demo_sessions_with_dates_and_rates(page):
    model = page.model
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == "12/05/2022"
    assert model.index(2, 1).data() == "Sinh hoạt thường kỳ"
    # The August regular meeting lasted 75 minutes: flagged in the list.
    assert model.index(2, 3).data().startswith("⚠")
    assert not model.index(0, 3).data().startswith("⚠")
    counts = page.ctx.read(sessions.attendance_counts, model.session_at(0).session_id)
    assert model.index(0, 4).data() == str(counts.summoned)
    assert model.index(0, 6).data() == f"{counts.rate * 100:.1f}%".replace(".", ",")
    assert "dưới 90 phút" in page.summary_label.text()


def test_record_a_session_with_attendance_and_minutes(page, demo, qtbot, typer, settle):
    before = _session_ids(demo)
    ed = _new_editor(page, qtbot)
    _pick(ed.kind_combo, "Sinh hoạt chuyên đề")
    assert ed.quarter_combo.currentData() == 4
    # The quarter's suggested topic is offered for a thematic session.
    suggested = demo.read(plan.quarter_topic, 2022, 4)
    assert suggested and ed.topic_edit.toPlainText() == suggested
    _set_time(qtbot, ed.start_edit, "14:00")
    _set_time(qtbot, ed.end_edit, "16:30")
    assert "2 giờ 30 phút" in ed.duration_label.text()
    assert not ed.short_warning_shown()
    # The place of the last session is offered; this one is held elsewhere.
    assert ed.place_edit.text() == "Nhà văn hóa thôn Nà Lữ"
    ed.place_edit.setFocus()
    qtbot.keyClick(ed.place_edit, Qt.Key_A, Qt.ControlModifier)
    typer(ed.place_edit, "Nhà văn hóa xóm Nà Pò")
    _pick(ed.chair_combo, "Nông Văn Thắng")
    _pick(ed.minute_taker_combo, "Hoàng Thị Lan")
    typer(ed.presenter_edit, "Đồng chí Nông Văn Thắng, Bí thư chi bộ")

    # A guest: name and title typed into the grid's editors.
    qtbot.mouseClick(ed.form.findChild(type(ed.save_button), "addGuestButton"), Qt.LeftButton)
    cell = ed.guests_view.indexWidget(ed.guests_view.currentIndex())
    typer(cell, "Lục Văn Sơn")
    qtbot.keyClick(cell, Qt.Key_Return)
    title_index = ed.guests.index(0, 1)
    ed.guests_view.setCurrentIndex(title_index)
    ed.guests_view.edit(title_index)
    typer(ed.guests_view.indexWidget(title_index), "Bí thư Đoàn xã")
    qtbot.keyClick(ed.guests_view.indexWidget(title_index), Qt.Key_Return)

    # An opinion: the speaker picked from the members, the opinion typed.
    ed.tabs.setCurrentIndex(3)
    qtbot.mouseClick(ed.form.findChild(type(ed.save_button), "addOpinionButton"), Qt.LeftButton)
    speaker = ed.opinions_view.indexWidget(ed.opinions_view.currentIndex())
    assert isinstance(speaker, QComboBox) and speaker.findText("Nông Văn Thắng") >= 0
    speaker.setCurrentIndex(speaker.findText("Nông Văn Thắng"))
    qtbot.keyClick(speaker, Qt.Key_Return)
    opinion_index = ed.opinions.index(0, 1)
    ed.opinions_view.setCurrentIndex(opinion_index)
    ed.opinions_view.edit(opinion_index)
    typer(ed.opinions_view.indexWidget(opinion_index), "Đề nghị mỗi đảng viên nhận phụ trách 3 hộ.")
    qtbot.keyClick(ed.opinions_view.indexWidget(opinion_index), Qt.Key_Return)
    typer(ed.conclusions_edit, "Chi bộ thống nhất phân công theo xóm.")

    # Attendance: everyone present, then the exceptions by keystrokes.
    ed.tabs.setCurrentIndex(1)
    grid = ed.grid
    summoned = len(demo.read(summoned_on, DAY))
    assert grid.model.rowCount() == summoned
    assert grid.counts().unmarked == summoned
    qtbot.mouseClick(grid.all_present_button, Qt.LeftButton)
    assert grid.counts().present == summoned
    assert f"Có mặt: <b>{summoned}</b>" in grid.counts_label.text()

    names = [grid.model.member_name(r) for r in range(grid.model.rowCount())]
    excused, unexcused, late = names[3], names[6], names[9]
    assert grid.select_member(excused)
    qtbot.keyClick(grid.view, Qt.Key_L)
    reason_editor = grid.view.indexWidget(grid.view.currentIndex())
    assert isinstance(reason_editor, QLineEdit)
    typer(reason_editor, "Ốm")
    qtbot.keyClick(reason_editor, Qt.Key_Return)
    QApplication.processEvents()  # the item delegate commits on the next turn of the event loop
    assert grid.model.reason_at(names.index(excused)) == "Ốm"
    assert grid.select_member(unexcused)
    qtbot.keyClick(grid.view, Qt.Key_K)
    # After a mark the cursor moves to the next member, ready for the next keystroke.
    assert grid.view.currentIndex().row() == names.index(unexcused) + 1
    assert grid.select_member(late)
    qtbot.keyClick(grid.view, Qt.Key_M)
    counts = grid.counts()
    assert (counts.present, counts.late, counts.absent_excused, counts.absent_unexcused) == (summoned - 2, 1, 1, 1)
    assert f"Có mặt: <b>{summoned - 2}</b>" in grid.counts_label.text()
    assert "Vắng có lý do: <b>1</b>" in grid.counts_label.text()
    # Members listed apart are shown, not markable.
    assert grid.apart_model.rowCount() >= 1
    assert not grid.apart_model.flags(grid.apart_model.index(0, 0)) & Qt.ItemIsEnabled

    assert ed.has_unsaved_changes()
    qtbot.mouseClick(ed.save_button, Qt.LeftButton)
    settle(demo)
    assert not ed.has_unsaved_changes()
    new_ids = [i for i in _session_ids(demo) if i not in before]
    assert len(new_ids) == 1
    sid = new_ids[0]
    stored = demo.read(sessions.attendance_counts, sid)
    assert (stored.summoned, stored.present, stored.late, stored.absent_excused, stored.absent_unexcused) == (
        summoned, summoned - 2, 1, 1, 1)
    lines, _ = demo.read(sessions.attendance_sheet, sid)
    by_name = {line.standing.member.full_name: line for line in lines}
    assert by_name[excused].state == AttendanceState.ABSENT_EXCUSED and by_name[excused].reason == "Ốm"
    data = demo.read(sessions.session_data, sid)
    assert data.kind == "chuyen_de_quy" and data.held_on == DAY and data.quarter == 4
    assert (data.start_time, data.end_time) == (dt.time(14, 0), dt.time(16, 30))
    assert data.place == "Nhà văn hóa xóm Nà Pò"
    assert [(g.name, g.title) for g in data.guests] == [("Lục Văn Sơn", "Bí thư Đoàn xã")]
    assert data.opinions[0].speaker == "Nông Văn Thắng" and data.opinions[0].member_id == data.chair_id
    assert data.opinions[0].opinion == "Đề nghị mỗi đảng viên nhận phụ trách 3 hộ."
    assert data.topic == suggested
    # The list shows the new session at once.
    assert page.model.rowCount() == 6


def test_a_short_meeting_is_flagged_but_saved(page, demo, qtbot, settle):
    ed = _new_editor(page, qtbot)
    _pick(ed.kind_combo, "Sinh hoạt thường kỳ")
    _set_time(qtbot, ed.start_edit, "19:30")
    _set_time(qtbot, ed.end_edit, "20:30")
    assert ed.short_warning_shown()
    assert "Hướng dẫn 42-HD/BTCTW" in ed.duration_label.text()
    qtbot.mouseClick(ed.grid.all_present_button, Qt.LeftButton)
    qtbot.mouseClick(ed.save_button, Qt.LeftButton)
    settle(demo)
    assert page.model.rowCount() == 6, ed.error_label.text() + ed.form.findChild(type(ed.duration_label), "end_timeError").text()
    row = page.model.row_of(ed.session_id)
    assert page.model.index(row, 3).data() == "⚠ 1 giờ 00 phút"


def test_end_before_start_is_refused_next_to_the_field_and_nothing_is_written(page, demo, qtbot, settle):
    before = _session_ids(demo)
    ed = _new_editor(page, qtbot)
    _set_time(qtbot, ed.start_edit, "15:00")
    _set_time(qtbot, ed.end_edit, "14:00")
    error = ed.form.findChild(type(ed.duration_label), "end_timeError")
    assert error.isVisible() and "Giờ kết thúc phải sau giờ bắt đầu" in error.text()
    assert not ed.duration_label.isVisible()
    qtbot.mouseClick(ed.save_button, Qt.LeftButton)
    settle(demo)
    assert error.isVisible() and "Giờ kết thúc phải sau giờ bắt đầu" in error.text()
    assert ed.tabs.currentIndex() == 0
    assert _session_ids(demo) == before
    assert ed.has_unsaved_changes()


def test_an_absence_with_reason_needs_the_reason_and_the_session_is_not_half_saved(page, demo, qtbot, settle):
    before = _session_ids(demo)
    ed = _new_editor(page, qtbot)
    ed.tabs.setCurrentIndex(1)
    qtbot.mouseClick(ed.grid.all_present_button, Qt.LeftButton)
    name = ed.grid.model.member_name(2)
    ed.grid.select_member(name)
    qtbot.keyClick(ed.grid.view, Qt.Key_L)
    qtbot.keyClick(ed.grid.view.indexWidget(ed.grid.view.currentIndex()), Qt.Key_Escape)
    assert ed.grid.model.index(2, 7).data() == "(cần ghi lý do)"
    ed.tabs.setCurrentIndex(0)
    qtbot.mouseClick(ed.save_button, Qt.LeftButton)
    settle(demo)
    assert f"Ghi lý do vắng của {name}" in ed.error_label.text()
    # The error names the member: the attendance tab, the cursor on their row.
    assert ed.tabs.currentIndex() == 1 and ed.grid.view.currentIndex().row() == 2
    # Session and attendance go in one transaction: the refused mark kept the session out too.
    assert _session_ids(demo) == before


def test_closing_with_unsaved_changes_asks(page, demo, qtbot, typer, monkeypatch):
    before = _session_ids(demo)
    answers = ["cancel", "discard"]
    asked = []
    monkeypatch.setattr(editor_module, "ask_save_discard_cancel", lambda parent, what: asked.append(what) or answers.pop(0))
    ed = _new_editor(page, qtbot)
    typer(ed.place_edit, "Nhà ông Hà")
    qtbot.mouseClick(ed.close_button, Qt.LeftButton)
    assert asked and ed.isVisible()  # "Quay lại" keeps the editor and what was typed
    assert ed.place_edit.text().endswith("Nhà ông Hà")
    qtbot.keyClick(ed, Qt.Key_Escape)
    assert len(asked) == 2 and not ed.isVisible()
    assert _session_ids(demo) == before


def test_closing_an_untouched_editor_does_not_ask(page, qtbot, monkeypatch):
    monkeypatch.setattr(editor_module, "ask_save_discard_cancel", lambda *a: pytest.fail("asked without changes"))
    ed = _new_editor(page, qtbot)
    ed._set_dirty(False)  # the date picked by the helper counts as a change; start from a clean editor
    qtbot.mouseClick(ed.close_button, Qt.LeftButton)
    assert not ed.isVisible()


def test_editing_a_session_shows_its_stored_attendance(page, demo, qtbot, settle):
    page.view.selectRow(1)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    ed = page.editor
    sid = page.selected_session_id()
    stored = demo.read(sessions.attendance_counts, sid)
    assert ed.grid.counts() == stored
    assert ed.date_edit.date().toString("dd/MM/yyyy") == "20/06/2022"
    assert ed.chair_combo.currentText().startswith("Nông Văn Thắng")
    assert not ed.has_unsaved_changes()
    # Click a state cell: the member becomes absent without reason.
    # A member who neither chairs, takes the minutes nor spoke; one vote fewer then (the votes are
    # over the official members present: book/meeting_rules.py).
    busy = {ed.chair_combo.currentData(), ed.minute_taker_combo.currentData()} | {o.member_id for o in ed.collect().opinions}
    row = next(r for r in range(ed.grid.model.rowCount()) if ed.grid.model.state_at(r) == AttendanceState.PRESENT
               and ed.grid.model._rows[r].standing.member.id not in busy and ed.grid.model._rows[r].standing.official)
    ed.votes_for.setValue(ed.votes_for.value() - 1)
    rect = ed.grid.view.visualRect(ed.grid.model.index(row, 6))
    ed.tabs.setCurrentIndex(1)
    qtbot.mouseClick(ed.grid.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert ed.grid.model.state_at(row) == AttendanceState.ABSENT_UNEXCUSED
    _activate(ed)
    qtbot.keyClick(ed.grid.view, Qt.Key_S, Qt.ControlModifier)
    settle(demo)
    assert not ed.has_unsaved_changes()
    after = demo.read(sessions.attendance_counts, sid)
    assert after.absent_unexcused == stored.absent_unexcused + 1
    assert after.present == stored.present - 1


def test_delete_asks_first(page, demo, qtbot, monkeypatch, settle):
    answers = [False, True]
    monkeypatch.setattr(page_module, "confirm", lambda *a, **k: answers.pop(0))
    page.view.selectRow(2)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert page.model.rowCount() == 5
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    settle(demo)
    assert page.model.rowCount() == 4
    assert len(_session_ids(demo)) == 4


def test_ctrl_n_opens_a_new_session(page, qtbot):
    _activate(page)
    qtbot.keyClick(page.view, Qt.Key_N, Qt.ControlModifier)
    assert page.editor is not None and page.editor.isVisible()
    assert page.editor.session_id is None
    assert page.editor.windowTitle().startswith("Buổi sinh hoạt mới")


def test_print_buttons_hand_the_saved_session_to_the_preview(page, demo, qtbot, monkeypatch):
    import sys
    import types

    calls = []
    fake = types.ModuleType("kh130_desktop.ui.printing")
    fake.preview_document = lambda parent, ctx, title, name, make_pdf: calls.append((title, name, make_pdf))
    monkeypatch.setitem(sys.modules, "kh130_desktop.ui.printing", fake)
    page.view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    ed = page.editor
    qtbot.mouseClick(ed.print_minutes_button, Qt.LeftButton)
    qtbot.mouseClick(ed.print_sheet_button, Qt.LeftButton)
    (title, name, minutes), (sheet_title, sheet_name, sheet) = calls
    assert title == "Biên bản sinh hoạt ngày 12/05/2022" and name == "bien-ban-2022-05-12.pdf"
    assert sheet_name == "danh-sach-ky-2022-05-12.pdf"
    assert demo.read(minutes).startswith(b"%PDF") and demo.read(sheet).startswith(b"%PDF")


def test_the_list_follows_changes_made_elsewhere(page, demo, settle):
    sid = page.model.session_at(4).session_id
    demo.write(Changes.SESSIONS, sessions.delete_session, sid)
    settle(demo)
    assert page.model.rowCount() == 4 and page.model.row_of(sid) is None
