"""A roster file read from outside: CSV or XLSX bytes -> the table of its cells, row by row.

Everything here is hostile until checked: the file's size and row count are capped, an XLSX's
declared unpacked size is checked before openpyxl opens it, every text is decoded and
normalised to NFC. What the columns mean is roster_import.py's business, not this module's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

from ..errors import ValidationError, t
from ..text import clean, nfc

MAX_FILE_BYTES = 10 * 1024 * 1024  # a real roster is a few kilobytes
MAX_ROWS = 5000  # the largest cells have a few hundred members
MAX_XLSX_UNPACKED = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 500

# The spreadsheet's rows that have been read: (row number as the user sees it, cell values).
Table = list[tuple[int, list]]


def read_table(source: str | os.PathLike[str] | bytes, filename: str | None = None) -> tuple[str, Table]:
    """The file's name (as shown to the user) and its rows; raises ValidationError for a file that
    is too big, empty, of the old .xls kind, or not CSV or XLSX at all."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        name = filename or "danh-sach"
        if len(data) > MAX_FILE_BYTES:
            raise _too_big(len(data))
    else:
        path = Path(source)
        name = filename or path.name
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _too_big(size)
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ValidationError(t("Không đọc được tệp {name}.", name=name), hint=t("Kiểm tra tệp hoặc ổ USB ({reason}).", reason=exc.strerror or exc)) from exc
        if len(data) > MAX_FILE_BYTES:
            raise _too_big(len(data))
    if not data.strip():
        raise ValidationError(t("Tệp {name} trống.", name=name), hint="Chọn tệp danh sách đảng viên (CSV hoặc XLSX).")
    suffix = Path(name).suffix.lower()
    if data[:4] == b"\xd0\xcf\x11\xe0" or suffix == ".xls":
        raise ValidationError("Tệp Excel kiểu cũ (.xls) chưa đọc được.",
                              hint="Trong Excel, chọn Lưu thành… kiểu “Excel Workbook (.xlsx)” hoặc CSV UTF-8 rồi nhập lại.")
    if data[:2] == b"PK":
        return name, _xlsx_rows(data, name)
    if suffix in (".xlsx", ".xlsm"):
        raise ValidationError(t("Tệp {name} không phải tệp Excel hợp lệ.", name=name), hint="Mở tệp bằng Excel và lưu lại thành .xlsx.")
    return name, _csv_rows(data, name)


def _too_big(size: int) -> ValidationError:
    return ValidationError(
        t("Tệp quá lớn ({size} MB) để là danh sách đảng viên.", size=f"{size / 1024 / 1024:.1f}"),
        hint=t("Danh sách đảng viên thường dưới 1 MB; tối đa {limit} MB. Kiểm tra lại đã chọn đúng tệp chưa.", limit=MAX_FILE_BYTES // 1024 // 1024),
    )


def _too_many_rows() -> ValidationError:
    return ValidationError(t("Tệp có hơn {max_rows} dòng: không phải danh sách một chi bộ.", max_rows=MAX_ROWS),
                           hint="Kiểm tra lại đã chọn đúng tệp chưa, hoặc tách danh sách thành nhiều tệp.")


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data.decode("utf-8-sig", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")  # Excel's "Unicode Text"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Vietnamese Excel's "CSV (Comma delimited)": Windows-1258, whose tone marks are
            # combining characters, so NFC is what makes "Nông" equal to "Nông" (DESIGN §7).
            text = data.decode("cp1258", errors="replace")
    return nfc(text) or ""


def _csv_rows(data: bytes, name: str) -> Table:
    text = _decode(data)
    if "\x00" in text:
        raise ValidationError(t("Tệp {name} không phải tệp văn bản CSV.", name=name), hint="Chọn tệp .csv hoặc .xlsx.")
    # The delimiter that splits the header into most columns; csv.Sniffer is misled by a
    # title line above the table.
    sample = [line for line in text.splitlines()[:20] if line.strip()]
    delimiter = max(",;\t", key=lambda d: max((line.count(d) for line in sample), default=0))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: Table = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise ValidationError(t("Tệp {name} hỏng ở dòng {line_num}.", name=name, line_num=reader.line_num), hint=t("Mở lại bằng Excel và lưu thành CSV ({exc}).", exc=exc)) from exc
    return rows


def _xlsx_rows(data: bytes, name: str) -> Table:
    # openpyxl unpacks members as it reads: refuse a zip bomb by its declared sizes first.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_XLSX_MEMBERS or sum(i.file_size for i in infos) > MAX_XLSX_UNPACKED:
                raise ValidationError(t("Tệp {name} giải nén ra quá lớn: không phải danh sách đảng viên.", name=name),
                                      hint="Kiểm tra lại đã chọn đúng tệp chưa.")
    except zipfile.BadZipFile as exc:
        raise ValidationError(t("Tệp {name} không phải tệp Excel hợp lệ.", name=name), hint="Mở tệp bằng Excel và lưu lại thành .xlsx.") from exc
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ValidationError(t("Tệp {name} không đọc được bằng Excel.", name=name), hint="Mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập lại.") from exc
    try:
        sheet = book.active if book.active is not None else book.worksheets[0]
        rows: Table = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
            rows.append((number, list(row)))
    finally:
        book.close()
    return rows


# --- cells ------------------------------------------------------------------------------
def cell_text(value) -> str:
    """A cell as the text the user sees in it (dates as dd/mm/yyyy, 42.0 as 42)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_Y = re.compile(r"^(\d{4})$")


def parse_date(value) -> tuple[dt.date | None, str]:
    """A spreadsheet date (a real date, dd/mm/yyyy text, mm/yyyy or a year alone) and a note
    when the day had to be assumed."""
    if value is None:
        return None, ""
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 1900 <= int(value) <= 2100:
            return dt.date(int(value), 1, 1), t("chỉ có năm {year}, ghi là 01/01/{year}.", year=int(value))
        raise ValidationError(t("không hiểu ngày “{value}”.", value=value), hint="Ghi theo dạng ngày/tháng/năm, ví dụ 19/05/1990.")
    text = clean(str(value))
    if not text:
        return None, ""
    try:
        if m := _DMY.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1])), ""
        if m := _YMD.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), ""
        if m := _MY.match(text):
            return dt.date(int(m[2]), int(m[1]), 1), t("chỉ có tháng {month}, ghi là ngày 01.", month=text)
        if m := _Y.match(text):
            year = int(m[1])
            if 1900 <= year <= 2100:
                return dt.date(year, 1, 1), t("chỉ có năm {year}, ghi là 01/01/{year}.", year=year)
    except ValueError:
        raise ValidationError(t("ngày “{text}” không có thật.", text=text), hint="Kiểm tra lại ngày và tháng.") from None
    raise ValidationError(t("không hiểu ngày “{text}”.", text=text), hint="Ghi theo dạng ngày/tháng/năm, ví dụ 19/05/1990.")
