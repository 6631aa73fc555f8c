"""The members page through the secretary's day: add, refuse a bad member, search and filter,
change status, departure, delete, import a roster."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import roster
from kh130_desktop.ui.dialogs.member_dialog import MemberDialog
from kh130_desktop.ui.dialogs.roster_import_dialog import RosterImportDialog
from kh130_desktop.ui.dialogs.status_dialog import StatusDialog
from kh130_desktop.ui.pages import members_page as members_page_module
from kh130_desktop.ui import dialogs
from kh130_desktop.ui.widgets.date_field import DateField
from kh130_desktop.ui.qt import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, Qt


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton)


def _button(form, name):
    return form.findChild(QPushButton, name)


@pytest.fixture
def page(qtbot, demo_ctx):
    from kh130_desktop.ui.pages.members_page import MembersPage

    p = MembersPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1150, 650)
    p.show()
    qtbot.waitExposed(p)
    return p


def _names(page):
    return [page.model.member(r).full_name for r in range(page.model.rowCount())]


def _select(qtbot, page, name):
    row = _names(page).index(name)
    rect = page.table.visualRect(page.model.index(row, 1))
    page.table.scrollTo(page.model.index(row, 1))
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.model.member(page.table.currentIndex().row()).full_name == name


def _member(ctx, name):
    with ctx.store.read() as tx:
        return next(m for m in roster.list_members(tx) if m.full_name == name)


def test_add_a_member_through_the_dialog(qtbot, typer, page, on_modal):
    def fill(dialog):
        form = dialog.form
        typer(form.findChild(QLineEdit, "full_name"), "Nông Thị Hoa")
        form.findChild(DateField, "birth_date").setDate(dt.date(1995, 8, 20))
        sex = form.findChild(QComboBox, "sex")
        sex.setCurrentIndex(sex.findText("Nữ"))
        typer(form.findChild(QComboBox, "ethnicity").lineEdit(), "Tày")
        qtbot.keyClicks(form.findChild(QLineEdit, "card_number"), "42.019999")
        form.findChild(DateField, "admitted_on").setDate(dt.date(2019, 3, 26))
        form.findChild(DateField, "official_on").setDate(dt.date(2020, 3, 26))
        _click(qtbot, _button(form, "save_button"))

    on_modal(fill, cls=MemberDialog)
    _click(qtbot, page.buttons["add"])
    member = _member(page.ctx, "Nông Thị Hoa")
    assert (member.sex, member.ethnicity, member.card_number, member.birth_date) == ("nu", "Tày", "42.019999", dt.date(1995, 8, 20))
    assert "Nông Thị Hoa" in _names(page)
    row = _names(page).index("Nông Thị Hoa")
    assert page.model.index(row, 2).data() == "20/08/1995"
    assert page.table.currentIndex().row() == row  # the new member is selected
    assert page.count_label.text() == "33 đảng viên"


def test_a_bad_member_shows_the_error_next_to_the_field_and_writes_nothing(qtbot, typer, demo_ctx, settle, monkeypatch):
    dialog = MemberDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    _click(qtbot, _button(form, "save_button"))
    settle(demo_ctx)
    name_error = form.findChild(QLabel, "err_full_name")
    assert dialog.isVisible() and name_error.isVisibleTo(form) and "Chưa nhập họ và tên" in name_error.text()
    assert dialog.focusWidget() is form.findChild(QLineEdit, "full_name")
    typer(form.findChild(QLineEdit, "full_name"), "Lục Văn Pảo")
    form.findChild(DateField, "admitted_on").setDate(dt.date(2010, 5, 1))
    form.findChild(DateField, "official_on").setDate(dt.date(2009, 5, 1))
    _click(qtbot, _button(form, "save_button"))
    settle(demo_ctx)
    official_error = form.findChild(QLabel, "err_official_on")
    assert "Ngày chính thức phải sau ngày vào Đảng" in official_error.text() and official_error.isVisibleTo(form)
    assert not name_error.isVisibleTo(form)
    # Delete empties a date: then the member is fine.
    official = form.findChild(DateField, "official_on")
    official.setFocus()
    qtbot.keyClick(official, Qt.Key_Delete)
    assert official.text().strip() == ""
    asked = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or True)
    _click(qtbot, _button(form, "cancel_button"))
    assert asked == [dialog]  # something was typed: "Bỏ những gì đã nhập?" first
    with demo_ctx.store.read() as tx:
        assert not [m for m in roster.list_members(tx) if m.full_name == "Lục Văn Pảo"]


def test_search_ignores_diacritics_and_filters_combine(qtbot, page):
    qtbot.keyClicks(page.search, "nong van")
    assert _names(page) and all(name.startswith("Nông Văn") for name in _names(page))
    page.search.clear()
    status = page.status_filter
    status.setCurrentIndex(status.findText("Dự bị"))
    assert sorted(_names(page)) == sorted(["Lục Thị Yến", "Chu Văn Hải", "Bế Văn Khánh"])
    status.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(page.role_filter.findText("Bí thư"))
    assert _names(page) == ["Nông Văn Thắng"]
    page.role_filter.setCurrentIndex(0)
    assert "Sầm Văn Toàn" not in _names(page)
    _click(qtbot, page.form.findChild(QCheckBox, "show_left"))
    assert "Sầm Văn Toàn" in _names(page)
    row = _names(page).index("Sầm Văn Toàn")
    assert page.model.index(row, 10).data().startswith("Đã chuyển đi")


def test_change_status_is_kept_in_history(qtbot, page, on_modal):
    _select(qtbot, page, "Chu Văn Hải")

    def promote(dialog):
        form = dialog.form
        status = form.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findText("Chính thức"))
        form.findChild(DateField, "effective_on").setDate(dt.date(2023, 6, 1))
        qtbot.keyClicks(form.findChild(QLineEdit, "note"), "Quyet dinh so 12")
        _click(qtbot, _button(form, "save_button"))

    on_modal(promote, cls=StatusDialog)
    _click(qtbot, page.buttons["status"])
    member = _member(page.ctx, "Chu Văn Hải")
    assert member.status == "chinh_thuc" and member.official_on == dt.date(2023, 6, 1)
    with page.ctx.store.read() as tx:
        rows = roster.history(tx, member.id)
    assert [h.status for h in rows][-2:] == ["du_bi", "chinh_thuc"]
    row = _names(page).index("Chu Văn Hải")
    assert page.model.index(row, 8).data() == "Chính thức"


def test_departure_hides_the_member_but_keeps_them(qtbot, typer, page, on_modal, settle):
    _select(qtbot, page, "Lương Văn Thành")

    def depart(dialog):
        form = dialog.form
        assert not form.findChild(QComboBox, "status").isVisibleTo(form)
        _click(qtbot, _button(form, "save_button"))  # no reason: refused, next to the field
        settle(page.ctx)
        assert "lý do" in form.findChild(QLabel, "err_left_reason").text()
        form.findChild(DateField, "left_on").setDate(dt.date(2023, 9, 1))
        typer(form.findChild(QLineEdit, "left_reason"), "Chuyển sinh hoạt đến Chi bộ thôn Bản Giới")
        _click(qtbot, _button(form, "save_button"))

    on_modal(depart, cls=StatusDialog)
    _click(qtbot, page.buttons["depart"])
    member = _member(page.ctx, "Lương Văn Thành")
    assert member.left_on == dt.date(2023, 9, 1) and "Bản Giới" in member.left_reason
    assert "Lương Văn Thành" not in _names(page)


def test_delete_confirms_and_refuses_a_member_with_history(qtbot, typer, page, monkeypatch, on_modal, settle):
    answers, errors = [], []
    monkeypatch.setattr(members_page_module, "confirm", lambda *a, **k: answers.pop(0))
    monkeypatch.setattr(members_page_module, "show_error", lambda parent, exc, title=None: errors.append(exc.message))
    _select(qtbot, page, "Đàm Văn Sơn")
    answers.append(False)
    _click(qtbot, page.buttons["delete"])
    assert "Đàm Văn Sơn" in _names(page) and errors == []
    answers.append(True)
    _click(qtbot, page.buttons["delete"])
    settle(page.ctx)
    assert "Đàm Văn Sơn" in _names(page)
    assert "đã có điểm danh" in errors[0]
    assert page.selected_id() == _member(page.ctx, "Đàm Văn Sơn").id  # the error names the member: selected

    dialog = MemberDialog(page.ctx, parent=page)
    qtbot.addWidget(dialog)
    typer(dialog.form.findChild(QLineEdit, "full_name"), "Nhập Nhầm Tên")
    _click(qtbot, _button(dialog.form, "save_button"))
    settle(page.ctx)
    _select(qtbot, page, "Nhập Nhầm Tên")
    answers.append(True)
    _click(qtbot, page.buttons["delete"])
    settle(page.ctx)
    assert "Nhập Nhầm Tên" not in _names(page)


def test_enter_on_a_row_opens_it_for_editing(qtbot, typer, page, on_modal):
    _select(qtbot, page, "Bế Thị Hà")

    def edit(dialog):
        form = dialog.form
        assert form.findChild(QLineEdit, "full_name").text() == "Bế Thị Hà"
        occupation = form.findChild(QLineEdit, "occupation")
        occupation.selectAll()
        typer(occupation, "Hiệu trưởng trường mầm non")
        _click(qtbot, _button(form, "save_button"))

    on_modal(edit, cls=MemberDialog)
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert _member(page.ctx, "Bế Thị Hà").occupation == "Hiệu trưởng trường mầm non"


BAD_ROSTER = (
    "STT;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Số thẻ;Ngày vào Đảng;Ngày chính thức;Trạng thái;Chức vụ\n"
    "1;Vi Thị Nhung;12/03/1990;Nữ;Tày;42.100001;19/05/2015;19/05/2016;Chính thức;Đảng viên\n"
    "2;Hoàng Văn Sình;1985;Nam;Nùng;42.100002;03/02/2010;03/02/2011;;\n"
    "3;;01/01/1980;Nam;Nùng;;01/01/2005;;;\n"
    "4;Lục Văn Hùng;01/01/1972;Nam;Nùng;;01/01/2005;01/01/2004;;\n"
    "5;Vi Thị Nhung B;;;;42.100001;;;;\n"
)


def _import_dialog(qtbot, ctx, tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(BAD_ROSTER.encode("utf-8-sig"))
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def test_import_marks_bad_rows_and_imports_only_the_good_ones(qtbot, demo_ctx, tmp_path, monkeypatch, settle):
    from kh130_desktop.ui.dialogs import roster_import_dialog as module

    infos = []
    monkeypatch.setattr(module, "show_info", lambda parent, title, text: infos.append(text))
    dialog = _import_dialog(qtbot, demo_ctx, tmp_path)
    summary = dialog.form.findChild(QLabel, "summary_label").text()
    assert summary.startswith("2 đảng viên mới, 0 cập nhật, 0 không đổi, 3 dòng lỗi")
    assert dialog.import_button.text() == "Thêm 2, cập nhật 0 đảng viên"
    model = dialog.model
    bad = {model.index(r, 0).data(): model.index(r, model.check_column).data() for r in range(model.rowCount())
           if model.index(r, 0).data(Qt.BackgroundRole) is not None}
    assert set(bad) == {"4", "5", "6"}
    assert "Chưa nhập họ và tên" in bad["4"] and "Ngày chính thức" in bad["5"]
    assert "Trùng với dòng 2" in bad["6"]  # the same card number twice
    with demo_ctx.store.read() as tx:
        before = len(roster.list_members(tx))
    _click(qtbot, dialog.import_button)
    settle(demo_ctx)
    assert infos == ["Đã thêm 2, cập nhật 0 đảng viên trong danh sách chi bộ."]
    with demo_ctx.store.read() as tx:
        names = [m.full_name for m in roster.list_members(tx)]
    assert len(names) == before + 2 and "Vi Thị Nhung" in names and "Hoàng Văn Sình" in names


def test_cancelling_the_import_adds_nobody(qtbot, demo_ctx, tmp_path):
    with demo_ctx.store.read() as tx:
        before = len(roster.list_members(tx))
    dialog = _import_dialog(qtbot, demo_ctx, tmp_path)
    _click(qtbot, _button(dialog.form, "cancel_button"))
    assert not dialog.isVisible()
    with demo_ctx.store.read() as tx:
        assert len(roster.list_members(tx)) == before


def test_a_hostile_file_is_refused_in_the_dialog(qtbot, demo_ctx, tmp_path):
    path = tmp_path / "anh.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = RosterImportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    error = dialog.form.findChild(QLabel, "err_general")
    qtbot.waitUntil(lambda: error.isVisibleTo(dialog.form))
    assert "không phải tệp Excel hợp lệ" in error.text()
    assert not dialog.import_button.isEnabled()
