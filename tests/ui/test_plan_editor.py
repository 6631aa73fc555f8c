"""The plan editor, driven as a secretary would: a new cell's 2026 plan made from the one before,
typed into and saved; the demo's 2022 plan edited, Esc asking first, and the save undone."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kh130_desktop.domain.book import plan
from kh130_desktop.domain.book.plan_data import plan_to_data
from kh130_desktop.ui import common, dialogs
from kh130_desktop.ui.dialogs.plan_editor import PlanEditor
from kh130_desktop.ui.dialogs.plan_editor_start import PlanStartDialog
from kh130_desktop.ui.pages import plan_page as plan_page_module
from kh130_desktop.ui.pages.plan_page import PlanPage
from kh130_desktop.ui.qt import QLabel, QPushButton, QRadioButton, Qt


def _page(ctx, qtbot, today):
    page = PlanPage(ctx, today=today)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return page


def _guarded(fn):
    """A handler of a modal dialog that closes it should an assertion fail, instead of hanging."""
    def run(dialog):
        try:
            fn(dialog)
        except BaseException:
            dialog.done(0)
            raise
    return run


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def _button(dialog, name) -> QPushButton:
    return dialog.form.findChild(QPushButton, name)


def _replace(qtbot, widget, text, typer):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key_Delete)
    typer(widget, text)


@pytest.fixture
def new_cell(store, data_dir, qapp):
    from kh130_desktop.ui.context import AppContext

    with store.transaction() as tx:
        plan.ensure_plan_year(tx, 2022)  # what every new cell has
    context = AppContext(store, data_dir)
    yield context
    context.operations.wait_for_done(20000)


def test_a_new_cell_makes_its_2026_plan_from_the_year_before_and_types_into_it(new_cell, qtbot, on_modal, settle, typer,
                                                                                 monkeypatch):
    page = _page(new_cell, qtbot, dt.date(2026, 3, 1))
    assert page.year == 2026
    assert "Năm 2026 chưa có kế hoạch" in page.topic_label.text() and "Tạo kế hoạch năm 2026" in page.topic_label.text()
    assert "phiên bản sau" not in page.topic_label.text()
    # The committee's signed plan file is the usual way in: the message names where it is imported.
    assert "trang “Chi bộ”" in page.topic_label.text() and "nút “Nhập tệp kế hoạch…”" in page.topic_label.text()
    assert page.create_button.text() == "&Tạo kế hoạch năm 2026…" and not page.edit_button.isEnabled()

    def start(dialog):
        assert "năm 2022" in dialog.from_previous.text() and dialog.from_previous.isChecked()
        _click(qtbot, dialog.form.findChild(QPushButton, "okButton"))

    def edit(editor):
        assert editor.new and "Tạo kế hoạch năm 2026" in editor.form.findChild(QLabel, "headingLabel").text()
        assert editor.lists["material"][0].rowCount() == 5  # the 2022 materials came across
        _replace(qtbot, editor.topic, "Thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh", typer)
        qtbot.keyClicks(editor.texts["plan_number"], "145-KH/TU")
        editor.tabs.setCurrentIndex(2)
        _click(qtbot, _button(editor, "materialAdd"))
        typer(editor.material_title, "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025")
        editor.tabs.setCurrentIndex(4)
        editor.select_row("milestone", 0)
        assert editor.milestone_due.text() == "19/05/2026"  # moved from 19/05/2022
        editor.milestone_due.setFocus()
        editor.milestone_due.selectAll()
        qtbot.keyClicks(editor.milestone_due, "15/03/2026")
        _click(qtbot, _button(editor, "saveButton"))

    calls = on_modal(_guarded(start), cls=PlanStartDialog)
    edits = on_modal(_guarded(edit), cls=PlanEditor)
    _click(qtbot, page.create_button)
    settle(new_cell)
    assert calls and edits
    stored = new_cell.read(plan_to_data, 2026)
    assert stored["topic"] == "Thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    assert stored["plan_number"] == "145-KH/TU"
    assert stored["materials"][-1] == "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025" and len(stored["materials"]) == 6
    assert {m["code"]: m["due_on"] for m in stored["milestones"]}["quan_triet"] == "2026-03-15"
    assert new_cell.read(plan.quarter_topic, 2026, 2).startswith("Triển khai học tập")
    # The page shows it at once, and the new plan can be taken back.
    assert "Chuyên đề năm 2026" in page.topic_label.text() and "145-KH/TU" in page.topic_label.text()
    assert page.model.index(0, 1).data() == "15/03/2026"
    assert page.edit_button.isEnabled() and page.create_button.text() == "&Tạo kế hoạch năm 2027…"
    assert page.undo_button.isVisible()
    asked = []
    monkeypatch.setattr(common, "confirm", lambda parent, title, text, action, **kw: asked.append(text) or True)
    _click(qtbot, page.undo_button)
    settle(new_cell)
    assert asked and "bỏ kế hoạch năm đó" in asked[0]
    assert new_cell.read(plan.plan_years) == [2022]
    assert "Năm 2026 chưa có kế hoạch" in page.topic_label.text()
    assert page.undo_button.text() == "&Làm lại lần sửa vừa hoàn tác"


def test_the_demo_plan_edited_esc_asks_and_the_save_is_undone(demo_ctx, qtbot, on_modal, settle, typer, monkeypatch):
    page = _page(demo_ctx, qtbot, dt.date(2022, 12, 10))
    before = demo_ctx.read(plan_to_data, 2022)
    report = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "bao_cao_nam")
    page.set_done(page.model.row_at(report).milestone_id, True)  # a manual mark, to survive the edit and its undo
    settle(demo_ctx)
    asked = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or False)

    def edit(editor):
        editor.topic.setFocus()
        editor.topic.moveCursor(editor.topic.textCursor().MoveOperation.End)
        typer(editor.topic, " (đã sửa)")
        qtbot.keyClick(editor, Qt.Key_Escape)
        assert asked == [editor] and editor.isVisible()  # typed work is not dropped silently
        editor.tabs.setCurrentIndex(2)
        editor.select_row("material", 4)
        _click(qtbot, _button(editor, "materialUp"))
        assert editor.current_row("material") == 3
        _click(qtbot, _button(editor, "saveButton"))

    on_modal(_guarded(edit), cls=PlanEditor)
    _click(qtbot, page.edit_button)
    settle(demo_ctx)
    after = demo_ctx.read(plan_to_data, 2022)
    assert after["topic"] == before["topic"] + " (đã sửa)"
    assert after["materials"][3] == before["materials"][4] and after["materials"][4] == before["materials"][3]
    assert page.undo_button.isVisible() and page.undo_button.text() == "&Hoàn tác lần sửa vừa rồi"
    _click(qtbot, page.undo_button)
    settle(demo_ctx)
    assert demo_ctx.read(plan_to_data, 2022) == before
    marks = {s.code: s.done_on for s in demo_ctx.read(plan.milestone_statuses, 2022, dt.date(2022, 12, 10))}
    assert marks["bao_cao_nam"] == dt.date(2022, 12, 10)
    assert "(đã sửa)" not in page.topic_label.text()


def test_a_theme_in_use_is_refused_on_its_tab_and_esc_with_nothing_typed_just_closes(demo_ctx, qtbot, on_modal, settle, monkeypatch):
    page = _page(demo_ctx, qtbot, dt.date(2023, 1, 10))
    used = demo_ctx.read(lambda tx: {p.code for p in plan.pledge_themes(tx, 2022)})
    seen = {}

    def edit(editor):
        editor.tabs.setCurrentIndex(3)
        editor.select_row("theme", 0)
        _click(qtbot, _button(editor, "themeRemove"))
        editor.tabs.setCurrentIndex(0)
        _click(qtbot, _button(editor, "saveButton"))
        qtbot.waitUntil(lambda: not editor.busy)
        label = editor.form.findChild(QLabel, "err_pledge_themes")
        seen["error"] = label.text()
        seen["tab"] = editor.tabs.currentIndex()
        seen["open"] = editor.isVisible()
        monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: True)
        _click(qtbot, _button(editor, "cancelButton"))

    on_modal(_guarded(edit), cls=PlanEditor)
    _click(qtbot, page.edit_button)
    settle(demo_ctx)
    assert "không bỏ được" in seen["error"] and seen["tab"] == 3 and seen["open"]
    assert demo_ctx.read(lambda tx: {p.code for p in plan.pledge_themes(tx, 2022)}) == used

    def untouched(editor):
        qtbot.keyClick(editor, Qt.Key_Escape)

    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: pytest.fail("nothing was typed"))
    calls = on_modal(_guarded(untouched), cls=PlanEditor)
    _click(qtbot, page.edit_button)
    assert calls


def test_a_bad_plan_file_is_refused_in_the_start_dialog_and_a_good_one_opens(new_cell, qtbot, on_modal, settle, tmp_path, monkeypatch):
    page = _page(new_cell, qtbot, dt.date(2026, 3, 1))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"year": 2026, "topic": "x", "milestones": [{"code": "a", "title": "b", "due_on": "2026-13-01"}]}),
                   encoding="utf-8")
    good = tmp_path / "2026.json"
    good.write_text(json.dumps({"year": 2026, "topic": "Chủ đề năm 2026", "materials": ["Tài liệu A"]}, ensure_ascii=False),
                    encoding="utf-8")
    signed = tmp_path / "ke-hoach-2026_dang-uy-xa-hoa-an_lan-1.kh130"
    signed.write_bytes(b"PK\x03\x04" + b"\0" * 200)  # the committee's plan file is a signed zip
    files = [str(signed), str(bad), str(good)]
    monkeypatch.setattr(PlanStartDialog, "choose_file", lambda self: files.pop(0))
    seen = {}

    def start(dialog):
        seen["label"] = dialog.from_file.text() + " " + dialog.form.findChild(QLabel, "fromFileNote").text()
        dialog.form.findChild(QRadioButton, "fromFile").setChecked(True)
        _click(qtbot, dialog.form.findChild(QPushButton, "okButton"))
        seen["signed"] = dialog.error.text()
        _click(qtbot, dialog.form.findChild(QPushButton, "okButton"))
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        _click(qtbot, dialog.form.findChild(QPushButton, "okButton"))

    def edit(editor):
        seen["topic"] = editor.topic.toPlainText()
        _click(qtbot, _button(editor, "saveButton"))

    on_modal(_guarded(start), cls=PlanStartDialog)
    on_modal(_guarded(edit), cls=PlanEditor)
    _click(qtbot, page.create_button)
    settle(new_cell)
    assert "JSON" in seen["label"] and ".kh130" in seen["label"] and "“Nhập tệp kế hoạch…”" in seen["label"]
    assert "tệp KH130 đã ký" in seen["signed"] and "nút “Nhập tệp kế hoạch…”" in seen["signed"]
    assert "không phải một ngày hợp lệ" in seen["error"] and seen["open"]
    assert seen["topic"] == "Chủ đề năm 2026"
    assert new_cell.read(plan.materials, 2026) == ["Tài liệu A"]


def test_the_committee_has_the_plan_page_without_the_cell_s_record_states(ctx, qtbot, settle):
    from kh130_desktop.domain.store.settings import set_mode
    from kh130_desktop.ui.main_window import PAGES

    assert [s.key for s in PAGES if s.mode == "receiving"] == ["receiving", "committee_plan"]
    with ctx.store.transaction() as tx:
        plan.ensure_plan_year(tx, 2022)
        set_mode(tx, "receiving")
    page = _page(ctx, qtbot, dt.date(2022, 6, 10))
    page.year_combo.setCurrentIndex(page.year_combo.findData(2022))
    assert page.model.rowCount() == 7 and page.edit_button.isEnabled()
    assert all(page.view.isColumnHidden(c) for c in (2, 3, 4))  # no records here to say done or late
    assert "gửi xuống" in page.form.findChild(QLabel, "milestonesLabel").text()
    assert "thẻ “Gửi xuống”, nút “Ghi tệp kế hoạch năm…”" in page._no_plan_text(2027)  # the committee's next step


def test_a_cell_with_no_plan_at_all_is_offered_the_bundled_example(ctx, qtbot, on_modal, settle):
    page = _page(ctx, qtbot, dt.date(2026, 3, 1))
    seen = {}

    def start(dialog):
        seen["text"] = dialog.from_previous.text()
        seen["enabled"] = dialog.from_previous.isEnabled() and dialog.from_previous.isChecked()
        _click(qtbot, dialog.form.findChild(QPushButton, "cancelButton"))

    on_modal(_guarded(start), cls=PlanStartDialog)
    _click(qtbot, page.create_button)
    assert "năm 2022 (mẫu đi kèm chương trình)" in seen["text"] and seen["enabled"]
    assert ctx.read(plan.plan_years) == []  # nothing written by a cancelled start
