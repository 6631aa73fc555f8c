"""Roster import: what a secretary's spreadsheet becomes, and what is refused."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import openpyxl
import pytest

from kh130_desktop.domain.book import roster
from kh130_desktop.domain.errors import ValidationError
from kh130_desktop.domain.book.roster_file import MAX_FILE_BYTES, MAX_ROWS
from kh130_desktop.domain.book.roster_import import import_roster, read_roster, roster_template_csv

TODAY = dt.date(2024, 6, 1)

GOOD_CSV = (
    "STT;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Số thẻ;Ngày vào Đảng;Ngày chính thức;Trạng thái;Chức vụ\n"
    "1;Nông Văn Dũng;12/03/1970;Nam;Tày;42.000111;19/05/1995;19/05/1996;Chính thức;Bí thư\n"
    "2;Hoàng Thị Lan;1975;Nữ;Tày;42.000112;03/02/2001;03/02/2002;Chính thức;Đảng viên\n"
    "3;;01/01/1980;Nam;Nùng;;01/01/2005;;;\n"
    "4;Lục Văn Hùng;01/01/1980;Nam;Nùng;;01/01/2005;01/01/2004;;\n"
    "5;Bế Thị Hà;31/02/1983;Nữ;Tày;;;;;\n"
    "6;La Văn Tuấn;05/06/1977;Nam;Tày;;;;Dự bị;Chi ủy viên\n"
)


def _names(tx):
    return [m.full_name for m in roster.list_members(tx)]


def test_utf8_bom_csv_marks_each_bad_row_with_its_reason():
    preview = read_roster(GOOD_CSV.encode("utf-8-sig"), "ds.csv", today=TODAY)
    assert [r.line for r in preview.good_rows] == [2, 3, 7]
    bad = {r.line: " ".join(r.errors) for r in preview.bad_rows}
    assert "Chưa nhập họ và tên" in bad[4]
    assert "Ngày chính thức phải sau ngày vào Đảng" in bad[5]
    assert "không có thật" in bad[6]
    assert preview.summary() == "3 đảng viên mới, 0 cập nhật, 0 không đổi, 3 dòng lỗi, 0 dòng bỏ qua"
    lan = preview.rows[1]
    assert (lan.data.birth_date, lan.data.birth_precision, lan.shown["birth_date"]) == (dt.date(1975, 1, 1), "year", "1975")
    assert preview.rows[0].data.role == "bi_thu" and preview.rows[0].data.sex == "nam"
    assert preview.rows[5].data.status == "du_bi" and preview.rows[5].data.role == "chi_uy_vien"


def _cp1258_as_excel_writes_it(text: str) -> bytes:
    """Windows-1258 has â, ô, ư… precomposed but tone marks only as combining characters."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            try:
                out += unicodedata.normalize("NFC", base + marks[0]).encode("cp1258") + "".join(marks[1:]).encode("cp1258")
            except UnicodeEncodeError:
                out += base.encode("cp1258") + "".join(marks).encode("cp1258")
    return out


def test_windows_1258_csv_with_commas_and_plain_headers_is_decoded_to_nfc():
    text = "Ho va ten,Ngay sinh,Gioi tinh,Dan toc\nNông Văn Thắng,01/02/1968,nam,Tày\nĐàm Thị Quyên,1998,nữ,Tày\n"
    raw = _cp1258_as_excel_writes_it(text)
    preview = read_roster(raw, "cu.csv", today=TODAY)
    names = [r.data.full_name for r in preview.good_rows]
    assert names == ["Nông Văn Thắng", "Đàm Thị Quyên"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert preview.good_rows[1].data.sex == "nu"


def test_tab_delimited_with_title_row_above_header():
    text = "DANH SÁCH ĐẢNG VIÊN\n\nHọ tên\tNgày vào Đảng\nTriệu Thị Mai\t2014-03-08\n"
    preview = read_roster(text.encode("utf-8"), "ds.txt", today=TODAY)
    assert preview.good_rows[0].data.admitted_on == dt.date(2014, 3, 8)


def test_xlsx_with_real_dates_text_dates_and_years(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Chức vụ", "Cột lạ"])
    sheet.append([1, "Hà Văn Đức", dt.datetime(1990, 4, 2), "10/10/2015", 2016, "Phó Bí thư", "x"])
    sheet.append([2, "Chu Văn", "bốn tháng", None, None, None, None])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    preview = read_roster(path, today=TODAY)
    good = preview.good_rows[0]
    assert (good.data.birth_date, good.data.admitted_on, good.data.official_on) == (dt.date(1990, 4, 2), dt.date(2015, 10, 10), dt.date(2016, 1, 1))
    assert good.data.official_precision == "year" and good.shown["official_on"] == "2016"
    assert good.data.role == "pho_bi_thu" and good.line == 2
    assert "không hiểu ngày" in preview.bad_rows[0].errors[0]
    assert preview.ignored_headers == ["Cột lạ"]


def test_hostile_files_are_refused_with_a_message():
    with pytest.raises(ValidationError, match="quá lớn"):
        read_roster(b"Ho va ten\n" + b"x" * (MAX_FILE_BYTES + 1), "big.csv")
    many = "Họ và tên\n" + "Nông Văn A\n" * (MAX_ROWS + 5)
    with pytest.raises(ValidationError, match="hơn"):
        read_roster(many.encode(), "many.csv")
    with pytest.raises(ValidationError, match="Họ và tên"):
        read_roster(b"a,b,c\n1,2,3\n", "x.csv")
    with pytest.raises(ValidationError, match="Excel"):
        read_roster(b"PK\x03\x04garbage", "x.xlsx")
    with pytest.raises(ValidationError, match=".xls"):
        read_roster(b"\xd0\xcf\x11\xe0" + b"\0" * 100, "old.xls")
    with pytest.raises(ValidationError, match="trống"):
        read_roster(b"  \n", "empty.csv")


def test_xlsx_bomb_refused_before_unpacking():
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/huge.xml", b"\0" * (120 * 1024 * 1024))
    with pytest.raises(ValidationError, match="giải nén"):
        read_roster(buffer.getvalue(), "bomb.xlsx")


def test_import_adds_only_good_rows_and_the_same_file_again_changes_nothing(store):
    preview = read_roster(GOOD_CSV.encode("utf-8-sig"), "ds.csv", today=TODAY)
    with store.transaction() as tx:
        assert import_roster(tx, preview, today=TODAY) == 3
    with store.read() as tx:
        assert sorted(_names(tx)) == sorted(["Nông Văn Dũng", "Hoàng Thị Lan", "La Văn Tuấn"])
        again = read_roster(GOOD_CSV.encode("utf-8-sig"), "ds.csv", tx=tx, today=TODAY)
    assert again.good_rows == [] and [r.line for r in again.unchanged_rows] == [2, 3, 7]
    assert all(r.member_id is not None and r.changes == [] for r in again.unchanged_rows)


def test_a_chosen_bad_row_writes_nothing(store):
    preview = read_roster(GOOD_CSV.encode("utf-8-sig"), "ds.csv", today=TODAY)
    with pytest.raises(ValidationError, match="Dòng 4"):
        with store.transaction() as tx:
            import_roster(tx, preview, [2, 3, 4], today=TODAY)
    with store.read() as tx:
        assert _names(tx) == []


def test_duplicate_inside_file_is_flagged(store):
    text = "Họ và tên,Số thẻ\nNông Văn Dũng,42.000111\nNông Văn Dũng B,42.000111\n"
    with store.read() as tx:
        preview = read_roster(text.encode(), "d.csv", tx=tx, today=TODAY)
    assert [r.line for r in preview.good_rows] == [2]
    assert "Trùng với dòng 2" in preview.rows[1].errors[0]


def test_template_round_trips_and_opens_in_excel():
    data = roster_template_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Họ và tên" in data.decode("utf-8-sig")
    with pytest.raises(ValidationError, match="chỉ có dòng tên cột"):
        read_roster(data, "mau.csv")
