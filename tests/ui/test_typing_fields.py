"""Every date and time field of the wizard, the member dialog and the session editor takes
typing as people type, and the value stored is the one typed (qtbot.keyClicks, no setDate)."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import roster, sessions
from kh130_desktop.domain.book.roster import MemberData
from kh130_desktop.ui.dialogs.member_dialog import MemberDialog
from kh130_desktop.ui.qt import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, Qt, QWizard
from kh130_desktop.ui.session_editor import SessionEditor
from kh130_desktop.ui.widgets.date_field import DateField, TimeField
from kh130_desktop.ui.wizard import CELL, SECRETARY, FirstStartWizard

DAY_FORMS = ["15/03/1985", "15031985", "15-3-1985", "150385"]
EXPECTED = dt.date(1985, 3, 15)


def _activate(window) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _lone(qtbot, cls):
    """A field in a little form, with a next field for Tab to go to."""
    from kh130_desktop.ui.qt import QVBoxLayout, QWidget

    form = QWidget()
    layout = QVBoxLayout(form)
    field = cls(form)
    layout.addWidget(field)
    layout.addWidget(QLineEdit(form))
    qtbot.addWidget(form)
    form.show()
    field.form_ = form  # held with the field
    return field


def type_into(qtbot, field, text: str, *, select_all: bool = True) -> None:
    """Click into the field as a user does, select what is there (Ctrl+A), type, leave (Tab)."""
    _activate(field.window())
    field.setFocus(Qt.MouseFocusReason)  # a click: nothing selected by itself
    if select_all:
        qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Tab)


@pytest.mark.parametrize("text", DAY_FORMS + ["1/3/85"])
def test_a_date_field_reads_what_is_typed(qtbot, text):
    field = _lone(qtbot, DateField)
    type_into(qtbot, field, text)
    assert field.value() == (dt.date(1985, 3, 1) if text == "1/3/85" else EXPECTED)
    assert field.text() == ("01/03/1985" if text == "1/3/85" else "15/03/1985")  # written back in full


def test_an_empty_date_stays_empty_and_a_bad_one_is_kept_with_the_reason(qtbot):
    parent = QPushButton()  # any parent holding the error label the form would have
    field = DateField(parent)
    field.setObjectName("birth_date")
    label = QLabel(parent)
    label.setObjectName("err_birth_date")
    qtbot.addWidget(parent)
    parent.show()
    assert field.text() == "" and field.value() is None and field.placeholderText()
    type_into(qtbot, field, "31/02/1985")
    assert field.text() == "31/02/1985"  # never dropped
    assert "không có thật" in label.text()
    with pytest.raises(Exception) as info:
        field.value()
    assert getattr(info.value, "field", None) == "birth_date"
    type_into(qtbot, field, "28/02/1985")
    assert field.value() == dt.date(1985, 2, 28) and label.isHidden()


def test_typing_over_an_existing_date_replaces_it(qtbot):
    field = _lone(qtbot, DateField)
    field.setDate(dt.date(2026, 1, 1))
    _activate(field.window())
    field.setFocus(Qt.TabFocusReason)  # reached with Tab: the date shown is selected
    qtbot.keyClicks(field, "15031985")
    qtbot.keyClick(field, Qt.Key_Tab)
    assert field.value() == EXPECTED


def test_the_calendar_opens_on_the_fields_date_or_today(qtbot):
    field = _lone(qtbot, DateField)
    field.open_calendar()
    assert field.calendar().selectedDate().toPython() == dt.date.today()
    field.calendar().hide()
    field.setDate(EXPECTED)
    field.open_calendar()
    assert field.calendar().selectedDate().toPython() == EXPECTED
    field.calendar().clicked.emit(field.calendar().selectedDate().addDays(1))
    assert field.value() == dt.date(1985, 3, 16)


@pytest.mark.parametrize("text,expected", [("7:00", dt.time(7, 0)), ("0930", dt.time(9, 30)), ("07:00", dt.time(7, 0))])
def test_a_time_field_reads_what_is_typed(qtbot, text, expected):
    field = _lone(qtbot, TimeField)
    field.setTime(dt.time(10, 0))
    type_into(qtbot, field, text)  # select all, then retype
    assert field.value() == expected and field.text() == f"{expected:%H:%M}"


def test_the_wizard_stores_the_dates_as_typed(qtbot, typer, ctx):
    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    page = wizard.cell_page.form
    typer(page.findChild(QLineEdit, "name"), "Chi bộ thôn Nà Pò")
    typer(page.findChild(QPlainTextEdit, "superior_bodies"), "ĐẢNG ỦY XÃ HÒA AN")
    typer(page.findChild(QLineEdit, "place_name"), "Hòa An")
    records = page.findChild(DateField, "records_from")
    assert records.value() == dt.date(dt.date.today().year, 1, 1)  # the book from January by default
    type_into(qtbot, records, "1/1/26")
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    assert wizard.currentId() == SECRETARY
    sec = wizard.secretary_page.form
    typer(sec.findChild(QLineEdit, "full_name"), "Hoàng Văn Pắc")
    type_into(qtbot, sec.findChild(DateField, "birth_date"), "15031965")
    type_into(qtbot, sec.findChild(DateField, "admitted_on"), "3/2/96")
    type_into(qtbot, sec.findChild(DateField, "official_on"), "03-02-1997")
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with ctx.store.read() as tx:
        (member,) = roster.list_members(tx)
        assert (member.birth_date, member.admitted_on, member.official_on) == (dt.date(1965, 3, 15), dt.date(1996, 2, 3), dt.date(1997, 2, 3))
        assert member.joined_on == dt.date(2026, 1, 1) and member.role == "bi_thu"
        assert roster.records_from(tx) == dt.date(2026, 1, 1)


def test_the_member_dialog_stores_the_dates_as_typed_and_a_new_member_is_a_member(qtbot, typer, demo_ctx, settle):
    dialog = MemberDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert dialog.combos["role"].currentData() == "dang_vien"
    typer(form.findChild(QLineEdit, "full_name"), "Lục Văn Pảo")
    type_into(qtbot, form.findChild(DateField, "birth_date"), "1/3/85")
    type_into(qtbot, form.findChild(DateField, "admitted_on"), "15032010")
    type_into(qtbot, form.findChild(DateField, "official_on"), "15/03/2011")
    joined = form.findChild(DateField, "joined_on")
    assert joined.value() is not None  # shown, not made up silently at save
    type_into(qtbot, joined, "01/06/2022")
    qtbot.mouseClick(form.findChild(QPushButton, "save_button"), Qt.LeftButton)
    settle(demo_ctx)
    assert not dialog.isVisible()
    with demo_ctx.store.read() as tx:
        member = next(m for m in roster.list_members(tx) if m.full_name == "Lục Văn Pảo")
        assert (member.birth_date, member.admitted_on, member.official_on, member.joined_on) == (
            dt.date(1985, 3, 1), dt.date(2010, 3, 15), dt.date(2011, 3, 15), dt.date(2022, 6, 1))


def test_a_birth_year_alone_stays_a_year(qtbot, typer, demo_ctx, settle):
    dialog = MemberDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    typer(dialog.form.findChild(QLineEdit, "full_name"), "Lục Thị Năm")
    type_into(qtbot, dialog.dates["birth_date"], "1958")
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)
    settle(demo_ctx)
    with demo_ctx.store.read() as tx:
        member = next(m for m in roster.list_members(tx) if m.full_name == "Lục Thị Năm")
        assert (member.birth_date, member.birth_precision) == (dt.date(1958, 1, 1), "year")


def test_the_session_editor_stores_the_date_and_times_as_typed(qtbot, demo_ctx, settle):
    editor = SessionEditor(demo_ctx, default_date=dt.date(2022, 11, 18))
    qtbot.addWidget(editor)
    editor.show()
    _pick = editor.kind_combo
    _pick.setCurrentIndex(_pick.findData("thuong_ky"))
    type_into(qtbot, editor.date_edit, "25112022")
    type_into(qtbot, editor.start_edit, "7:00")
    type_into(qtbot, editor.end_edit, "0930")
    assert editor.duration_label.isVisible() and "2 giờ 30" in editor.duration_label.text().replace("phút", "").strip() or editor.minutes() == 150
    editor.save()
    settle(demo_ctx)
    assert editor.session_id is not None, editor.error_label.text()
    with demo_ctx.store.read() as tx:
        s = sessions.get_session(tx, editor.session_id)
        assert (s.held_on, s.start_time, s.end_time) == (dt.date(2022, 11, 25), dt.time(7, 0), dt.time(9, 30))
