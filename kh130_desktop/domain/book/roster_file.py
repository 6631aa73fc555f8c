"""A roster file read from outside: CSV or XLSX bytes -> the sheet of its cells, row by row.

Everything here is hostile until checked: the file's size and row count are capped, an XLSX's
declared unpacked size is checked before openpyxl opens it, every text is decoded and
normalised to NFC, and text typed in the old TCVN3 or VNI fonts is converted to Unicode column
by column (legacy_text.py), its original kept beside it. What the columns mean is
roster_header.py's business, not this module's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from ..errors import ValidationError, t
from ..legacy_text import capitals_font, detect, font_encoding, to_unicode, vietnamese_score
from ..text import clean, nfc

MAX_FILE_BYTES = 10 * 1024 * 1024  # a real roster is a few kilobytes
MAX_ROWS = 5000  # the largest cells have a few hundred members
MAX_XLSX_UNPACKED = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 500
MAX_MERGED = 20000

# The spreadsheet's rows that have been read: (row number as the user sees it, cell values).
Table = list[tuple[int, list]]
# A merged range: first row, first column, last row, last column (rows as the user sees them,
# columns counted from 0).
Merged = tuple[int, int, int, int]


@dataclass
class Sheet:
    """The cells of a roster file, as Unicode NFC, and how they were read."""

    name: str  # the file's name, as shown to the user
    rows: Table
    merged: list[Merged] = field(default_factory=list)
    encoding: str = ""  # how the bytes were read: xlsx, utf-8-sig, utf-8, utf-16, cp1258, cp1252
    legacy: dict[int, str] = field(default_factory=dict)  # column -> "tcvn3" | "vni", where converted
    originals: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> text before conversion


def read_table(source: str | os.PathLike[str] | bytes, filename: str | None = None) -> tuple[str, Table]:
    """The file's name (as shown to the user) and its rows (see `read_sheet`)."""
    sheet = read_sheet(source, filename)
    return sheet.name, sheet.rows


def read_sheet(source: str | os.PathLike[str] | bytes, filename: str | None = None) -> Sheet:
    """The file's cells; raises ValidationError for a file that is too big, empty, of the old
    .xls kind, or not CSV or XLSX at all."""
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
        return _xlsx_sheet(data, name)
    if suffix in (".xlsx", ".xlsm"):
        raise ValidationError(t("Tệp {name} không phải tệp Excel hợp lệ.", name=name), hint="Mở tệp bằng Excel và lưu lại thành .xlsx.")
    return _csv_sheet(data, name)


def _too_big(size: int) -> ValidationError:
    return ValidationError(
        t("Tệp quá lớn ({size} MB) để là danh sách đảng viên.", size=f"{size / 1024 / 1024:.1f}"),
        hint=t("Danh sách đảng viên thường dưới 1 MB; tối đa {limit} MB. Kiểm tra lại đã chọn đúng tệp chưa.", limit=MAX_FILE_BYTES // 1024 // 1024),
    )


def _too_many_rows() -> ValidationError:
    return ValidationError(t("Tệp có hơn {max_rows} dòng: không phải danh sách một chi bộ.", max_rows=MAX_ROWS),
                           hint="Kiểm tra lại đã chọn đúng tệp chưa, hoặc tách danh sách thành nhiều tệp.")


# --- CSV --------------------------------------------------------------------------------
# Bytes as a legacy font sees them: Windows-1252, its five unused bytes as Latin-1.
_CP1252 = [bytes((b,)).decode("cp1252", errors="ignore") or chr(b) for b in range(256)]


def _cp1252(data: bytes) -> str:
    return "".join(_CP1252[b] for b in data)


def _csv_sheet(data: bytes, name: str) -> Sheet:
    if data.startswith(b"\xef\xbb\xbf"):
        return _legacy_columns(Sheet(name, _csv_rows(nfc(data.decode("utf-8-sig", errors="replace")), name), encoding="utf-8-sig"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text"
        return _legacy_columns(Sheet(name, _csv_rows(nfc(data.decode("utf-16", errors="replace")), name), encoding="utf-16"))
    try:
        return _legacy_columns(Sheet(name, _csv_rows(nfc(data.decode("utf-8")), name), encoding="utf-8"))
    except UnicodeDecodeError:
        pass
    # Vietnamese Excel's "CSV (Comma delimited)" is Windows-1258, whose tone marks are combining
    # characters, so NFC is what makes "Nông" equal to "Nông" (DESIGN §7). A sheet typed in a
    # TCVN3 or VNI font and saved on any other Windows holds the font's bytes: Windows-1252 read
    # through the font's table. The reading that makes more Vietnamese syllables wins.
    vietnamese = _legacy_columns(Sheet(name, _csv_rows(nfc(data.decode("cp1258", errors="replace")), name), encoding="cp1258"))
    legacy = _legacy_columns(Sheet(name, _csv_rows(_cp1252(data), name), encoding="cp1252"))
    if legacy.legacy and _score(legacy) > _score(vietnamese):
        return legacy
    return vietnamese


def _score(sheet: Sheet) -> int:
    return vietnamese_score([v for _n, row in sheet.rows for v in row if isinstance(v, str)])


def _csv_rows(text: str, name: str) -> Table:
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


# --- XLSX -------------------------------------------------------------------------------
def _xlsx_sheet(data: bytes, name: str) -> Sheet:
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
    fonts: dict[tuple[int, int], str] = {}
    try:
        sheet = book.active if book.active is not None else book.worksheets[0]
        rows: Table = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
            values = []
            for column, cell in enumerate(row):
                value = getattr(cell, "value", None)
                if isinstance(value, str):
                    value = nfc(value)
                    font = _font_name(cell)
                    if font:
                        fonts[(number, column)] = font
                values.append(value)
            rows.append((number, values))
        merged = _merged_ranges(data, getattr(sheet, "_worksheet_path", None))
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(t("Tệp {name} không đọc được bằng Excel.", name=name), hint="Mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập lại.") from exc
    finally:
        book.close()
    return _legacy_columns(Sheet(name, rows, merged, encoding="xlsx"), fonts)


def _font_name(cell) -> str:
    try:
        return cell.font.name or ""
    except (AttributeError, IndexError, TypeError):
        return ""


def _merged_ranges(data: bytes, member: str | None) -> list[Merged]:
    """The sheet's merged cells, from its XML (openpyxl's read-only mode does not read them)."""
    if not member:
        return []
    from openpyxl.utils.cell import range_boundaries

    found: list[Merged] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(member.lstrip("/")) as xml:
        for _event, element in ElementTree.iterparse(xml):
            if element.tag.endswith("}mergeCell") and element.get("ref"):
                try:
                    min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                except (TypeError, ValueError):
                    continue
                found.append((min_row, min_col - 1, max_row, max_col - 1))
                if len(found) > MAX_MERGED:
                    break
            if not element.tag.endswith("}mergeCells"):
                element.clear()
    return found


# --- text typed in the old fonts --------------------------------------------------------
def _surface(text: str) -> bool:
    """Whether a text can be a legacy font's characters: all of them from Windows-1252."""
    try:
        text.encode("cp1252")
        return not text.isascii()
    except UnicodeEncodeError:
        return False


def _legacy_columns(sheet: Sheet, fonts: dict[tuple[int, int], str] | None = None) -> Sheet:
    """Convert, column by column, the cells typed in TCVN3 or VNI; keep each original."""
    fonts = fonts or {}
    width = max((len(row) for _n, row in sheet.rows), default=0)
    by_line = {n: row for n, row in sheet.rows}
    for column in range(width):
        cells = [(n, row[column]) for n, row in sheet.rows if column < len(row) and isinstance(row[column], str) and _surface(row[column])]
        if not cells:
            continue
        hints = Counter(font_encoding(fonts.get((n, column))) for n, _v in cells)
        hint = max((e for e in hints if e), key=lambda e: hints[e], default=None)
        encoding = detect([v for _n, v in cells], hint)
        if encoding is None:
            continue
        converted = 0
        for n, text in cells:
            own = font_encoding(fonts.get((n, column)))
            if fonts.get((n, column)) and own is None and hint is not None:
                continue  # this cell's font is a Unicode one, in a column typed in a legacy font
            new = to_unicode(text, own or encoding)
            if own is None and vietnamese_score([text]) > vietnamese_score([new]):
                continue  # reads better as it is: typed in Unicode later, among the legacy rows
            if capitals_font(fonts.get((n, column))):
                new = new.upper()
            if new != text:
                sheet.originals[(n, column)] = text
                by_line[n][column] = new
                converted += 1
        if converted:
            sheet.legacy[column] = encoding
    return sheet


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
