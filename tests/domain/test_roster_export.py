"""The roster exported and read back: the same members, field by field; and the command line."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from sqlmodel import select

from kh130_desktop.cli import run
from kh130_desktop.domain.book.dates import format_date
from kh130_desktop.domain.book.roster import list_members
from kh130_desktop.domain.book.roster_export import roster_csv, roster_xlsx
from kh130_desktop.domain.book.roster_import import import_roster, read_roster
from kh130_desktop.domain.store.engine import Store
from kh130_desktop.domain.store.tables import Member

FIELDS = ("full_name", "birth_date", "birth_precision", "sex", "ethnicity", "card_number", "admitted_on", "admitted_precision",
          "official_on", "official_precision", "status", "role", "joined_on", "occupation", "phone", "notes")


def _people(tx) -> list[tuple]:
    return sorted(tuple(getattr(m, f) for f in FIELDS) for m in list_members(tx, include_left=False))


def _with_partial_dates(store) -> None:
    with store.transaction() as tx:
        members = {m.full_name: m for m in tx.exec(select(Member))}
        thang = members["Nông Văn Thắng"]
        thang.birth_date, thang.birth_precision = dt.date(1968, 1, 1), "year"
        lan = members["Hoàng Thị Lan"]
        lan.birth_date, lan.birth_precision = dt.date(1975, 3, 1), "month"
        lan.admitted_on, lan.admitted_precision = dt.date(2001, 1, 1), "year"
        lan.notes = "Chi hội trưởng phụ nữ\nPhụ trách xóm Nà Lữ"
        tx.add_all([thang, lan])


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_then_import_into_a_new_cell_gives_the_same_members(demo_store, tmp_path, kind):
    _with_partial_dates(demo_store)
    with demo_store.read() as tx:
        data = roster_xlsx(tx) if kind == "xlsx" else roster_csv(tx)
        expected = _people(tx)
    assert len(expected) == 32  # the member who moved away is not on the roster any more
    if kind == "csv":
        assert data.startswith(b"\xef\xbb\xbf") and "1968," in data.decode("utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        assert sheet["A1"].value == "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NÀ LỮ" and sheet["B3"].value == "Họ và tên"
    other = Store.open(tmp_path / "new-cell")
    try:
        with other.read() as tx:
            preview = read_roster(data, f"ds.{kind}", tx=tx)
        assert preview.bad_rows == [] and len(preview.new_rows) == 32 and preview.ignored_headers == []
        with other.transaction() as tx:
            assert import_roster(tx, preview) == 32
        with other.read() as tx:
            assert _people(tx) == expected
            lan = next(m for m in list_members(tx) if m.full_name == "Hoàng Thị Lan")
            assert (format_date(lan.birth_date, lan.birth_precision), format_date(lan.admitted_on, lan.admitted_precision)) == ("03/1975", "2001")
            again = read_roster(data, f"ds.{kind}", tx=tx)
        assert [r.outcome for r in again.rows] == ["same"] * 32
    finally:
        other.dispose()


def test_report_file_data_carries_each_dates_precision(demo_store):
    from kh130_desktop.domain.book.periods import Period
    from kh130_desktop.domain.book.report_data import cell_report_data

    _with_partial_dates(demo_store)
    with demo_store.read() as tx:
        members = {m["full_name"]: m for m in cell_report_data(tx, Period(2022))["members"]}
    thang = members["Nông Văn Thắng"]
    assert (thang["birth_date"], thang["birth_precision"], thang["admitted_precision"]) == ("1968-01-01", "year", "day")
    assert members["Hoàng Thị Lan"]["birth_precision"] == "month"


def test_command_line_exports_and_imports_the_roster(demo_store, data_dir, tmp_path, capsys):
    demo_store.dispose()
    target = tmp_path / "danh-sach.xlsx"
    assert run(["--data-dir", str(data_dir), "roster", "export", "-o", str(target)]) == 0
    assert "Đã xuất 32 đảng viên" in capsys.readouterr().out
    new = tmp_path / "new-cell"
    assert run(["--data-dir", str(new), "roster", "import", "--dry-run", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Dòng 4: mới: " in out and "Dòng 1: bỏ qua: Tiêu đề" not in out and out.rstrip().endswith("Chạy thử: chưa ghi gì.")
    assert "Kết quả: 32 đảng viên mới, 0 cập nhật, 0 không đổi, 0 dòng lỗi, 0 dòng bỏ qua." in out
    store = Store.open(new)
    with store.read() as tx:
        assert list_members(tx) == []
    store.dispose()
    assert run(["--data-dir", str(new), "roster", "import", str(target)]) == 0
    assert "Đã thêm 32 và cập nhật 0 đảng viên." in capsys.readouterr().out
    assert run(["--data-dir", str(new), "roster", "import", str(target)]) == 0
    assert "Không có gì để nhập" in capsys.readouterr().out


def test_command_line_refuses_a_file_with_an_error_row_and_writes_nothing(data_dir, tmp_path, capsys):
    bad = tmp_path / "ds.csv"
    bad.write_bytes("Họ và tên;Ngày vào Đảng\nNông Văn Dũng;19/05/1995\nLa Văn Tuấn;10/10/2095\nTổng cộng: 2\n".encode("utf-8-sig"))
    assert run(["--data-dir", str(data_dir), "roster", "import", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "Dòng 3: lỗi ở cột B (Ngày vào Đảng): Ngày không được ở tương lai." in captured.out
    assert "Dòng 4: bỏ qua: Dòng tổng cộng." in captured.out
    assert captured.err.strip() == "Lỗi: 1 dòng lỗi (dòng 3): chưa nhập gì. Sửa tệp rồi nhập lại."
    store = Store.open(data_dir)
    with store.read() as tx:
        assert list_members(tx) == []
    store.dispose()
    # A column named by its letter: the admission column left out, the row imports.
    assert run(["--data-dir", str(data_dir), "roster", "import", "--column", "B=-", str(bad)]) == 0
    assert "Cột B “Ngày vào Đảng”: không nhập" in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "roster", "import", "--column", "B=ngay", str(bad)]) == 1
    assert capsys.readouterr().err.startswith("Lỗi: Không hiểu “B=ngay”.")
    assert run(["--data-dir", str(data_dir), "roster", "export", "-o", str(tmp_path / "ds.txt")]) == 1
    assert "Không xuất được danh sách" in capsys.readouterr().err
