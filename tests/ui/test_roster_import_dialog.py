"""The roster import dialog on a roster as a commune office sends it: a title, a merged two-row
header, statuses in the notes, a total line, names typed in TCVN3 (.VnTime)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from openpyxl.styles import Font
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.legacy_text import TCVN3, from_unicode
from kh130_desktop.domain.store.tables import Member
from kh130_desktop.ui.dialogs import roster_import_dialog as module
from kh130_desktop.ui.dialogs.roster_import_dialog import RosterImportDialog
from kh130_desktop.ui.dialogs.roster_preview_models import BAD_CELL, BAD_ROW, CHANGED, FILLED, ColumnsModel

MEMBERS = [
    [1, "Nông Văn Thắng", 1958, "Nam", "Tày", dt.datetime(1984, 5, 19), dt.datetime(1985, 5, 19), "Bí thư chi bộ", None, "Làm ruộng"],
    [2, "Hoàng Thị Lan", "03/1975", "Nữ", "Tày", "12/02/2001", "12/02/2002", "Phó bí thư", None, "Giáo viên"],
    [3, "Lục Văn Hùng", 1990, "Nam", "Nùng", "02/09/2024", None, "Trưởng thôn", "Dự bị", "Làm ruộng"],
    [4, "Bế Thị Hà", 1945, "Nữ", "Tày", "1970", "1971", None, "Miễn công tác và sinh hoạt đảng", "Hưu trí"],
    [5, "La Văn Tuấn", 1980, "Nam", "Tày", "10/10/2095", None, None, "Sinh hoạt tạm thời", "Làm ruộng"],
    [6, "Đàm Thị Quyên", 1988, "Nữ", "Nùng", "03/03/2010", "03/03/2011", "Chi ủy viên", "Giới thiệu sinh hoạt tạm thời đi nơi khác", "Y sĩ"],
]


def commune_xlsx(members=MEMBERS) -> bytes:
    """The commune's sheet, its names typed in TCVN3 with the .VnTime font, as old offices do."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ĐẢNG BỘ XÃ HÒA AN"])
    sheet.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ LỮ"])
    sheet.merge_cells("A2:J2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Ngày tháng năm", None, "Chức vụ", "Ghi chú", "Nghề"])
    sheet.append([None, None, None, None, None, "Vào Đảng", "Chính thức", None, None, None])
    for column in "ABCDEHIJ":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("F4:G4")
    sheet.append([f"({i})" for i in range(1, 11)])
    for row in members:
        row = list(row)
        row[1] = from_unicode(row[1], TCVN3)
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=2).font = Font(name=".VnTime")
    sheet.append([None, f"Tổng cộng: {len(members)} đồng chí"])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, "T/M CHI BỘ"])
    sheet.append([None, None, None, None, None, None, "BÍ THƯ"])
    sheet.append([None, None, None, None, None, None, "Nông Văn Thắng"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def infos(monkeypatch):
    said = []
    monkeypatch.setattr(module, "show_info", lambda parent, title, text: said.append(text))
    return said


def open_dialog(qtbot, ctx, tmp_path, members=MEMBERS) -> RosterImportDialog:
    path = tmp_path / "ds-xa.xlsx"
    path.write_bytes(commune_xlsx(members))
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def cells(dialog, line: int) -> dict[str, str]:
    """The preview's row for spreadsheet line `line`: header -> text."""
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == str(line))
    return {model.headerData(c, Qt.Horizontal): model.index(row, c) for c in range(model.columnCount())}


def mapping(dialog) -> dict[str, str]:
    model = dialog.columns_model
    return {model.index(r, ColumnsModel.LETTER).data(): model.index(r, ColumnsModel.FIELD).data() for r in range(model.rowCount())}


def stored(ctx) -> dict[str, Member]:
    with ctx.store.read() as tx:
        return {m.full_name: m for m in tx.exec(select(Member))}


def test_the_mapping_is_shown_and_a_column_reassigned_changes_the_preview(qtbot, ctx, tmp_path):
    dialog = open_dialog(qtbot, ctx, tmp_path)
    assert mapping(dialog) == {"A": "Không nhập", "B": "Họ và tên", "C": "Ngày sinh", "D": "Giới tính", "E": "Dân tộc",
                               "F": "Ngày vào Đảng", "G": "Ngày chính thức", "H": "Chức vụ", "I": "Ghi chú", "J": "Không nhập"}
    heading = dialog.columns_model.index(5, ColumnsModel.HEADING).data()
    assert heading == "Ngày tháng năm / Vào Đảng"
    assert [p.currentData() for p in dialog.pickers][:3] == ["", "full_name", "birth_date"]
    assert "Nghề nghiệp" not in [dialog.model.headerData(c, Qt.Horizontal) for c in range(dialog.model.columnCount())]

    picker = dialog.form.findChild(type(dialog.pickers[0]), "field_J")
    bar = dialog.columns_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    kept = bar.value()
    picker.setCurrentIndex(picker.findData("occupation"))  # as the user picks it in the list

    assert mapping(dialog)["J"] == "Nghề nghiệp" and dialog.preview.columns[9].assigned
    assert dialog.pickers[9].currentData() == "occupation"  # the new picker says what was chosen
    assert dialog.columns_view.verticalScrollBar().value() == kept  # the mapping stays where the user was
    assert cells(dialog, 7)["Nghề nghiệp"].data() == "Làm ruộng"
    assert cells(dialog, 12)["Nghề nghiệp"].data() == "Y sĩ"
    dialog.pickers[4].setCurrentIndex(0)  # Dân tộc: not imported
    assert mapping(dialog)["E"] == "Không nhập" and cells(dialog, 7)["Dân tộc"].data() == ""
    assert mapping(dialog)["J"] == "Nghề nghiệp"  # the earlier choice is kept


def test_ignored_rows_are_listed_with_their_reason_and_are_not_errors(qtbot, ctx, tmp_path):
    dialog = open_dialog(qtbot, ctx, tmp_path)
    model = dialog.ignored_model
    ignored = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert set(ignored) == {"1", "2", "4", "5", "6", "13", "14", "15", "16", "17"}
    assert ignored["13"] == ("Tổng cộng", "Dòng tổng cộng.") and ignored["1"][0] == "Tiêu đề"
    assert ignored["15"] == ("Phần ký tên", "Phần cuối bảng (nơi ký tên).")
    assert dialog.tabs.tabText(1) == "Dòng bỏ qua (10)" and dialog.tabs.tabText(0) == "Đảng viên (6)"
    summary = dialog.form.findChild(QLabel, "summary_label").text()
    assert summary.startswith("5 đảng viên mới, 0 cập nhật, 0 không đổi, 1 dòng lỗi, 6 dòng bỏ qua")
    # The one error is La Văn Tuấn's admission in 2095, its cell the one marked.
    bad = [r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 1).data() == "Lỗi"]
    assert [dialog.model.index(r, 0).data() for r in bad] == ["11"]
    tuan = cells(dialog, 11)
    assert tuan["Ngày vào Đảng"].data(Qt.BackgroundRole).color() == BAD_CELL
    assert tuan["Họ và tên"].data(Qt.BackgroundRole).color() == BAD_ROW
    assert "Ngày không được ở tương lai" in tuan["Kiểm tra, thay đổi"].data()
    assert "F (Ngày tháng năm / Vào Đảng)" in tuan["Ngày vào Đảng"].data(Qt.ToolTipRole)
    assert dialog.import_button.text() == "Thêm 5, cập nhật 0 đảng viên"


def test_tcvn3_names_converted_with_the_original_beside_and_statuses_say_where_from(qtbot, ctx, tmp_path):
    dialog = open_dialog(qtbot, ctx, tmp_path)
    thang = cells(dialog, 7)
    assert thang["Họ và tên"].data() == "Nông Văn Thắng"
    assert "N«ng V¨n Th¾ng" in thang["Họ và tên"].data(Qt.ToolTipRole)
    assert "TCVN3" in dialog.form.findChild(QLabel, "warnings_label").text()
    assert "TCVN3" in dialog.columns_model.index(1, ColumnsModel.SAMPLES).data()
    assert thang["Ngày sinh"].data() == "1958" and thang["Chức vụ"].data() == "Bí thư"
    assert thang["Trạng thái"].data() == "Chính thức (mặc định)"
    assert cells(dialog, 9)["Trạng thái"].data() == "Dự bị (từ cột Ghi chú)"
    assert "Trưởng thôn" in cells(dialog, 9)["Kiểm tra, thay đổi"].data()
    assert "Nông Văn Thắng ← N«ng V¨n Th¾ng" in dialog.columns_model.index(1, ColumnsModel.SAMPLES).data()


def test_confirm_stores_the_members_and_a_reimport_shows_updates_field_by_field(qtbot, ctx, tmp_path, infos, settle):
    with ctx.store.transaction() as tx:
        add_member(tx, MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1958, 1, 1), sex="nam"))
    dialog = open_dialog(qtbot, ctx, tmp_path)
    thang = cells(dialog, 7)
    assert thang["Kết quả"].data() == "Cập nhật"
    changes = thang["Kiểm tra, thay đổi"].data()
    assert changes.startswith("Nông Văn Thắng: ") and "Ngày vào Đảng: (trống) → 19/05/1984" in changes
    assert "Ngày sinh: 01/01/1958 → 1958" in changes and "Chức vụ: Đảng viên → Bí thư" in changes
    assert thang["Ngày vào Đảng"].data(Qt.BackgroundRole).color() == FILLED
    assert thang["Chức vụ"].data(Qt.BackgroundRole).color() == CHANGED
    assert "Đảng viên" in thang["Chức vụ"].data(Qt.ToolTipRole)
    assert dialog.import_button.text() == "Thêm 4, cập nhật 1 đảng viên"
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    settle(ctx)
    assert infos == ["Đã thêm 4, cập nhật 1 đảng viên trong danh sách chi bộ."]
    assert not dialog.isVisible() and len(dialog.result.added) == 4
    members = stored(ctx)
    assert set(members) == {"Nông Văn Thắng", "Hoàng Thị Lan", "Lục Văn Hùng", "Bế Thị Hà", "Đàm Thị Quyên"}
    assert (members["Nông Văn Thắng"].admitted_on, members["Nông Văn Thắng"].birth_precision) == (dt.date(1984, 5, 19), "year")
    assert members["Lục Văn Hùng"].status == "du_bi"

    again = open_dialog(qtbot, ctx, tmp_path)
    assert {again.model.index(r, 1).data() for r in range(again.model.rowCount())} == {"Không đổi", "Lỗi"}
    assert not again.import_button.isEnabled() and again.import_button.text() == "Thêm 0, cập nhật 0 đảng viên"


def test_a_roster_changed_since_the_preview_is_said_and_read_again(qtbot, ctx, tmp_path, infos, settle):
    with ctx.store.transaction() as tx:
        add_member(tx, MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1958, 1, 1), sex="nam"))
    dialog = open_dialog(qtbot, ctx, tmp_path, MEMBERS[:2])
    with ctx.store.transaction() as tx:
        member = tx.exec(select(Member)).one()
        member.ethnicity = "Nùng"
        tx.add(member)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    settle(ctx)
    error = dialog.form.findChild(QLabel, "err_general")
    assert dialog.isVisible() and "đã thay đổi từ khi xem trước" in error.text() and infos == []
    assert "Dân tộc: Nùng → Tày" in cells(dialog, 7)["Kiểm tra, thay đổi"].data()  # read again
    assert set(stored(ctx)) == {"Nông Văn Thắng"}
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    settle(ctx)
    assert infos and stored(ctx)["Nông Văn Thắng"].ethnicity == "Tày"


def test_a_header_row_without_names_is_refused_and_the_preview_kept(qtbot, ctx, tmp_path):
    dialog = open_dialog(qtbot, ctx, tmp_path)
    combo = dialog.header_combo
    assert combo.currentData() == 4 and combo.currentText().startswith("Dòng 4: STT | Họ và tên")
    before = dialog.preview
    assert not dialog.choose_header(1)
    assert "Họ và tên" in dialog.form.findChild(QLabel, "err_general").text()
    assert dialog.preview is before and combo.currentData() == 4


def test_the_members_list_shows_a_year_or_a_month_alone():
    from kh130_desktop.ui.models.members_model import MembersModel

    model = MembersModel()
    model.load([Member(id=1, full_name="Nông Văn Thắng", birth_date=dt.date(1958, 1, 1), birth_precision="year",
                       admitted_on=dt.date(1984, 5, 1), admitted_precision="month", official_on=dt.date(1985, 5, 19))])
    assert [model.index(0, c).data() for c in (2, 6, 7)] == ["1958", "05/1984", "19/05/1985"]
