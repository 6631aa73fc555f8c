"""Rosters as they come from a commune office: a title, a two-row merged header, column numbers,
statuses in the notes, years alone, a total line and the signatures under it."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import openpyxl
import pytest
from sqlmodel import select

from kh130_desktop.domain.book import roster
from kh130_desktop.domain.book.dates import format_date, parse_date
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.book.roster_import import apply_roster, import_roster, read_roster
from kh130_desktop.domain.errors import ConflictError, ValidationError
from kh130_desktop.domain.store.tables import Member, MemberHistory

TODAY = dt.date(2025, 3, 1)
MEMBERS = [
    [1, "Nông Văn Thắng", 1958, "Nam", "Tày", dt.datetime(1984, 5, 19), dt.datetime(1985, 5, 19), "Bí thư chi bộ", None],
    [2, "Hoàng Thị Lan", "03/1975", "Nữ", "Tày", "12/02/2001", "12/02/2002", "Phó bí thư", None],
    [3, "Lục Văn Hùng", 1990, "Nam", "Nùng", "02/09/2024", None, "Trưởng thôn", "Dự bị"],
    [4, "Bế Thị Hà", 1945, "Nữ", "Tày", "1970", "1971", None, "Miễn công tác và sinh hoạt đảng"],
    [5, "La Văn Tuấn", 1980, "Nam", "Tày", "10/10/2095", None, None, "Sinh hoạt tạm thời"],
    [6, "Đàm Thị Quyên", 1988, "Nữ", "Nùng", "03/03/2010", "03/03/2011", "Chi ủy viên", "Giới thiệu sinh hoạt tạm thời đi nơi khác"],
]


def commune_xlsx(members=MEMBERS) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ĐẢNG BỘ XÃ HÒA AN"])
    sheet.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ LỮ"])
    sheet.merge_cells("A2:I2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Ngày tháng năm", None, "Chức vụ", "Ghi chú"])
    sheet.append([None, None, None, None, None, "Vào Đảng", "Chính thức", None, None])
    for column in "ABCDEHI":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("F4:G4")
    sheet.append([f"({i})" for i in range(1, 10)])
    for row in members:
        sheet.append(row)
    sheet.append([None, f"Tổng cộng: {len(members)} đồng chí"])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, "T/M CHI BỘ"])
    sheet.append([None, None, None, None, None, None, "BÍ THƯ"])
    sheet.append([None, None, None, None, None, None, "Nông Văn Thắng"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _by_name(tx) -> dict[str, Member]:
    return {m.full_name: m for m in tx.exec(select(Member))}


def test_merged_two_row_header_title_total_and_statuses_in_notes(store):
    preview = read_roster(commune_xlsx(), "ds-xa.xlsx", today=TODAY)
    assert preview.header_rows == [4, 5]
    fields = {c.letter: (c.heading, c.field) for c in preview.columns}
    assert fields["F"] == ("Ngày tháng năm / Vào Đảng", "admitted_on")
    assert fields["G"] == ("Ngày tháng năm / Chính thức", "official_on")
    assert fields["C"] == ("Năm sinh", "birth_date") and fields["A"] == ("STT", None) and fields["I"] == ("Ghi chú", "notes")
    assert {r.line: r.kind for r in preview.ignored} == {1: "title", 2: "title", 4: "header", 5: "header", 6: "numbering",
                                                          13: "total", 14: "blank", 15: "footer", 16: "footer", 17: "footer"}
    assert next(r for r in preview.ignored if r.line == 13).reason == "Dòng tổng cộng."
    assert [r.line for r in preview.rows] == [7, 8, 9, 10, 11, 12]
    thang, lan, hung, ha, tuan, quyen = preview.rows
    assert thang.shown["birth_date"] == "1958" and thang.data.birth_precision == "year"
    assert (thang.data.admitted_on, thang.data.official_on, thang.data.role) == (dt.date(1984, 5, 19), dt.date(1985, 5, 19), "bi_thu")
    assert (thang.sources["status"], thang.data.status) == ("default", "chinh_thuc")
    assert (lan.shown["birth_date"], lan.data.birth_date, lan.data.role) == ("03/1975", dt.date(1975, 3, 1), "pho_bi_thu")
    assert (hung.data.status, hung.sources["status"], hung.sources["role"]) == ("du_bi", "notes", "default")
    assert hung.data.notes == "Dự bị; Chức vụ: Trưởng thôn" and "Trưởng thôn" in " ".join(hung.notes)
    assert (ha.data.status, ha.shown["admitted_on"], ha.shown["official_on"]) == ("mien_sinh_hoat", "1970", "1971")
    assert (quyen.data.status, quyen.data.role) == ("tam_thoi_di", "chi_uy_vien")
    # The admission in 2095 is no longer lost with its column: the row is refused, naming the column.
    assert not tuan.ok and tuan.errors == ["Ngày vào Đảng: Ngày không được ở tương lai."]
    assert tuan.issues[0].field == "admitted_on" and tuan.issues[0].column == "F (Ngày tháng năm / Vào Đảng)"
    assert preview.summary() == "5 đảng viên mới, 0 cập nhật, 0 không đổi, 1 dòng lỗi, 6 dòng bỏ qua"
    assert preview.warnings == []  # the total line says 6, as many rows as there are

    with store.transaction() as tx:
        assert import_roster(tx, preview, today=TODAY) == 5
    with store.read() as tx:
        stored = _by_name(tx)
        assert set(stored) == {"Nông Văn Thắng", "Hoàng Thị Lan", "Lục Văn Hùng", "Bế Thị Hà", "Đàm Thị Quyên"}
        assert (stored["Nông Văn Thắng"].birth_date, stored["Nông Văn Thắng"].birth_precision) == (dt.date(1958, 1, 1), "year")
        assert stored["Bế Thị Hà"].status == "mien_sinh_hoat" and stored["Bế Thị Hà"].official_precision == "year"
        assert stored["Lục Văn Hùng"].status == "du_bi" and stored["Đàm Thị Quyên"].status == "tam_thoi_di"
        assert format_date(stored["Hoàng Thị Lan"].birth_date, stored["Hoàng Thị Lan"].birth_precision) == "03/1975"


CSV_TWO_ROWS = (
    "DANH SÁCH ĐẢNG VIÊN CHI BỘ BẢN GIỚI\n"
    ",,,,,,\n"
    "TT,Họ và tên,Ngày sinh,Ngày tháng năm,,Trạng thái,Ghi chú\n"
    ",,,Vào Đảng,Chính thức,,\n"
    "I. ĐẢNG VIÊN CHÍNH THỨC,,,,,,\n"
    "1,Nông Văn Dũng,12/03/1970,19/05/1995,19/05/1996,,\n"
    "2,Hoàng Văn Sình,1968,1990,1991,,Đình chỉ sinh hoạt\n"
    "Cộng: 2,,,,,,\n"
    "TT,Họ và tên,Ngày sinh,Ngày tháng năm,,Trạng thái,Ghi chú\n"
    "II. ĐẢNG VIÊN DỰ BỊ,,,,,,\n"
    "3,Triệu Thị Mai,2001,10/01/2025,,,\n"
    "4,Lý Văn Pảo,1999,01/06/2024,,CT,Dự bị\n"
    "Tổng cộng: 5 đồng chí,,,,,,\n"
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Excel writes it: precomposed â, ô, ư…, tone marks combining."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
            tones = "".join(m for m in marks if m not in shape)
            out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tones.encode("cp1258")
    return out


@pytest.mark.parametrize("encode", [lambda s: s.encode("utf-8-sig"), _cp1258], ids=["utf-8-sig", "cp1258"])
def test_csv_of_a_two_row_header_with_sections_subtotal_and_a_repeated_header(encode):
    preview = read_roster(encode(CSV_TWO_ROWS), "ban-gioi.csv", today=TODAY)
    assert preview.encoding in ("utf-8-sig", "cp1258") and preview.header_rows == [3, 4]
    assert [(c.letter, c.field) for c in preview.columns if c.field] == [
        ("B", "full_name"), ("C", "birth_date"), ("D", "admitted_on"), ("E", "official_on"), ("F", "status"), ("G", "notes")]
    ignored = {r.line: (r.kind, r.reason) for r in preview.ignored if r.kind not in ("title", "header")}
    assert ignored == {5: ("section", "Dòng tiêu đề nhóm: I. ĐẢNG VIÊN CHÍNH THỨC"),
                       8: ("subtotal", "Dòng cộng từng phần."), 9: ("repeated_header", "Dòng tên cột lặp lại (sang trang)."),
                       10: ("section", "Dòng tiêu đề nhóm: II. ĐẢNG VIÊN DỰ BỊ"), 13: ("total", "Dòng tổng cộng.")}
    dung, sinh, mai, pao = preview.rows
    assert all(unicodedata.is_normalized("NFC", r.shown["full_name"]) for r in (dung, sinh, mai))
    assert (dung.data.status, dung.sources["status"]) == ("chinh_thuc", "section")
    assert (sinh.data.status, sinh.sources["status"], sinh.shown["admitted_on"]) == ("dinh_chi", "notes", "1990")
    assert (mai.data.status, mai.sources["status"]) == ("du_bi", "section")
    # A status column wins over the notes, the preview says they disagree, and an official
    # member admitted nine months ago is refused, naming the status column.
    assert pao.sources["status"] == "column" and any("khác trạng thái ở cột Trạng thái" in n for n in pao.notes)
    assert not pao.ok and (pao.issues[0].field, pao.issues[0].column) == ("status", "F (Trạng thái)")
    assert pao.errors == ["Trạng thái: Đảng viên vào Đảng chưa đủ 12 tháng thì còn là dự bị."]
    assert preview.warnings[0].startswith("Dòng tổng cộng ghi 5, tệp có 4 dòng đảng viên")


def test_a_column_reassigned_and_a_header_row_chosen_recompute_the_preview(store):
    text = ("Danh sách,,\n"
            "Họ và tên,Năm,Ngày KN\n"
            "Nông Văn Dũng,1970,19/05/1995\n")
    preview = read_roster(text.encode("utf-8"), "x.csv", today=TODAY)
    assert [c.field for c in preview.columns] == ["full_name", None, None]
    assert preview.ignored_headers == ["Năm", "Ngày KN"] and preview.columns[2].samples == ["19/05/1995"]
    assert [n for n, _text in preview.header_choices] == [1, 2, 3]
    with store.read() as tx:
        again = preview.recompute(assign={1: "birth_date", 2: "admitted_on"}, tx=tx)
    assert [(c.field, c.assigned) for c in again.columns] == [("full_name", False), ("birth_date", True), ("admitted_on", True)]
    row = again.rows[0]
    assert (row.data.birth_date, row.data.birth_precision, row.data.admitted_on) == (dt.date(1970, 1, 1), "year", dt.date(1995, 5, 19))
    assert again.matched and row.outcome == "new"
    moved = again.recompute(assign={2: None})
    assert moved.columns[2].field is None and moved.rows[0].data.admitted_on is None and moved.columns[1].field == "birth_date"
    with pytest.raises(ValidationError, match="Họ và tên"):
        preview.recompute(header_row=3)
    with pytest.raises(ValidationError, match="Dòng 9"):
        preview.recompute(header_row=9)


def test_birth_years_written_under_the_nam_and_nu_columns():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Năm sinh", None, "Dân tộc"])
    sheet.append([None, "Nam", "Nữ", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:D2")
    sheet.append(["Nông Văn Thắng", 1958, None, "Tày"])
    sheet.append(["Hoàng Thị Lan", None, "1975", "Tày"])
    sheet.append(["Hà Thị Mây", 1980, 1980, "Tày"])
    out = io.BytesIO()
    book.save(out)
    thang, lan, may = read_roster(out.getvalue(), "nam-nu.xlsx", today=TODAY).rows
    assert (thang.data.sex, thang.shown["birth_date"], lan.data.sex, lan.shown["birth_date"]) == ("nam", "1958", "nu", "1975")
    assert not may.ok and "cả cột Nam và cột Nữ" in may.errors[0]


def test_dates_keep_their_precision_in_one_formatting():
    assert parse_date(1958) == (dt.date(1958, 1, 1), "year") and parse_date("1958") == (dt.date(1958, 1, 1), "year")
    assert parse_date("3/1958") == (dt.date(1958, 3, 1), "month") and parse_date("1958-03") == (dt.date(1958, 3, 1), "month")
    assert parse_date("19/05/1990") == (dt.date(1990, 5, 19), "day") and parse_date(dt.datetime(1990, 5, 19)) == (dt.date(1990, 5, 19), "day")
    assert [format_date(dt.date(1958, 3, 1), p) for p in ("year", "month", "day")] == ["1958", "03/1958", "01/03/1958"]
    assert format_date(None, "year") == ""
    with pytest.raises(ValidationError, match="không có thật"):
        parse_date("31/02/1983")
    # A year alone may be any day of it: admitted in 1976 at 18 is possible for a member born in 1958.
    roster.validate_member(MemberData(full_name="Nông Văn A", birth_date=dt.date(1958, 1, 1), birth_precision="year",
                                      admitted_on=dt.date(1976, 12, 1)), TODAY)
    with pytest.raises(ValidationError, match="đầu tháng hoặc đầu năm"):
        roster.validate_member(MemberData(full_name="Nông Văn A", birth_date=dt.date(1958, 5, 3), birth_precision="year"), TODAY)


def test_reimport_fills_in_what_was_lost_and_changes_nothing_until_confirmed(store):
    # What the old import stored from this file: the group header ignored, every admission and
    # official date lost, a year of birth written as 01/01.
    with store.transaction() as tx:
        for name, born in (("Nông Văn Thắng", dt.date(1958, 1, 1)), ("Hoàng Thị Lan", dt.date(1975, 3, 1)),
                           ("Đàm Thị Quyên", dt.date(1988, 1, 1))):
            add_member(tx, MemberData(full_name=name, birth_date=born, sex="nu" if "Thị" in name else "nam"), today=TODAY)
    members = [row for row in MEMBERS if row[1] != "La Văn Tuấn"]
    with store.read() as tx:
        preview = read_roster(commune_xlsx(members), "ds-xa.xlsx", tx=tx, today=TODAY)
    thang, lan, hung, ha, quyen = preview.rows
    assert [r.outcome for r in preview.rows] == ["update", "update", "new", "new", "update"]
    changes = {c.field: (c.old, c.new, c.kind) for c in thang.changes}
    assert changes == {"birth_date": ("01/01/1958", "1958", "change"), "ethnicity": ("", "Tày", "fill"),
                       "admitted_on": ("", "19/05/1984", "fill"), "official_on": ("", "19/05/1985", "fill"),
                       "role": ("Đảng viên", "Bí thư", "change")}
    assert "status" not in changes  # the file does not say it: a default never overwrites the roster
    assert {c.field for c in quyen.changes} >= {"status", "role", "admitted_on", "official_on"}
    assert (lan.changes[0].field, lan.changes[0].old, lan.changes[0].new) == ("birth_date", "01/03/1975", "03/1975")
    with store.read() as tx:
        assert _by_name(tx)["Nông Văn Thắng"].admitted_on is None  # nothing written by the preview

    with store.transaction() as tx:
        result = apply_roster(tx, preview, today=TODAY)
    assert sorted(result.updated) == ["Hoàng Thị Lan", "Nông Văn Thắng", "Đàm Thị Quyên"] and len(result.added) == 2
    with store.read() as tx:
        stored = _by_name(tx)
        thang_now = stored["Nông Văn Thắng"]
        assert (thang_now.admitted_on, thang_now.official_on, thang_now.role, thang_now.birth_precision) == (
            dt.date(1984, 5, 19), dt.date(1985, 5, 19), "bi_thu", "year")
        assert stored["Đàm Thị Quyên"].status == "tam_thoi_di"
        notes = [h.note for h in tx.exec(select(MemberHistory).where(MemberHistory.member_id == thang_now.id))]
        assert notes[-1] == "Cập nhật từ tệp danh sách ds-xa.xlsx"
        assert len(stored) == 5
        again = read_roster(commune_xlsx(members), "ds-xa.xlsx", tx=tx, today=TODAY)
    assert [r.outcome for r in again.rows] == ["same"] * 5 and again.good_rows == []


def test_an_update_is_refused_whole_when_the_roster_changed_since_the_preview(store):
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1958, 1, 1), birth_precision="year"), today=TODAY)
    with store.read() as tx:
        preview = read_roster(commune_xlsx(MEMBERS[:2]), "ds.xlsx", tx=tx, today=TODAY)
    assert [r.outcome for r in preview.rows] == ["update", "new"]
    with store.transaction() as tx:
        member = _by_name(tx)["Nông Văn Thắng"]
        member.ethnicity = "Nùng"
        tx.add(member)
    with pytest.raises(ConflictError, match="đã thay đổi"):
        with store.transaction() as tx:
            apply_roster(tx, preview, today=TODAY)
    with store.read() as tx:
        assert set(_by_name(tx)) == {"Nông Văn Thắng"} and _by_name(tx)["Nông Văn Thắng"].admitted_on is None


def test_a_card_number_of_someone_else_or_of_a_member_who_left_is_an_error(store):
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name="Vi Thị Nhung", card_number="42.100001"), today=TODAY)
        gone = add_member(tx, MemberData(full_name="Lò Văn Sáng", card_number="42.100002", joined_on=dt.date(2010, 1, 1)), today=TODAY)
        roster.record_departure(tx, gone.id, dt.date(2020, 1, 1), "Chuyển sinh hoạt")
    text = "Họ và tên,Số thẻ\nHà Văn Đức,42.100001\nLò Văn Sáng,42.100002\nVi Thị Nhung,\n"
    with store.read() as tx:
        duc, sang, nhung = read_roster(text.encode(), "the.csv", tx=tx, today=TODAY).rows
    assert duc.errors == ["Số thẻ: Số thẻ 42.100001 đã thuộc về Vi Thị Nhung."]
    assert "đã chuyển đi ngày 01/01/2020" in sang.errors[0] and sang.duplicate
    assert nhung.outcome == "same"
