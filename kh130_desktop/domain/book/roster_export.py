"""The roster written out as a spreadsheet that roster_import reads back to the same members.

XLSX (a title, our column names, full dates as real dates) or CSV (UTF-8 with BOM, so that
Excel shows the accents; DESIGN §7). A date known to the year or month only is written as
"1958" or "03/1958", never with a made-up day. Members who left the cell are not in it: the
file is the roster as it stands.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from sqlmodel import Session

from ..errors import ValidationError, t
from ..store.tables import Member
from .dates import PRECISION_FIELDS, DatePrecision, format_date
from .roster import list_members
from .roster_header import COLUMNS, FIELD_LABELS
from .vocabulary import label

HEADINGS = ["STT"] + [FIELD_LABELS[name] for name in COLUMNS]


def roster_template_csv() -> bytes:
    """An empty roster with our column names, UTF-8 with BOM so Excel shows the accents."""
    return _csv([HEADINGS])


def _value(member: Member, name: str, *, real_dates: bool):
    value = getattr(member, name)
    if name in PRECISION_FIELDS:
        precision = getattr(member, PRECISION_FIELDS[name])
        if value is not None and real_dates and precision == DatePrecision.DAY:
            return value
        return format_date(value, precision)
    if isinstance(value, dt.date):
        return value if real_dates else format_date(value)
    if name in ("sex", "status", "role"):
        return label(value)
    return value or ""


def roster_rows(tx: Session, *, real_dates: bool = False) -> list[list]:
    """The current roster as rows under HEADINGS, in roster order."""
    members = list_members(tx, include_left=False)
    return [[i] + [_value(m, name, real_dates=real_dates) for name in COLUMNS] for i, m in enumerate(members, start=1)]


def roster_csv(tx: Session) -> bytes:
    return _csv([HEADINGS] + roster_rows(tx))


def _csv(rows: list[list]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def roster_xlsx(tx: Session, title: str = "") -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from .cell import find_cell

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách đảng viên"
    if not title:
        cell = find_cell(tx)
        title = f"DANH SÁCH ĐẢNG VIÊN {cell.name.upper()}" if cell is not None else "DANH SÁCH ĐẢNG VIÊN"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADINGS))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(HEADINGS)
    for column in range(1, len(HEADINGS) + 1):
        sheet.cell(row=3, column=column).font = Font(bold=True)
    for row in roster_rows(tx, real_dates=True):
        sheet.append(row)
        for column, value in enumerate(row, start=1):
            if isinstance(value, dt.date):
                sheet.cell(row=sheet.max_row, column=column).number_format = "DD/MM/YYYY"
            elif isinstance(value, str):
                sheet.cell(row=sheet.max_row, column=column).number_format = "@"  # "0912…" stays text
    for column, heading in enumerate(HEADINGS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(6, min(40, len(heading) + 4))
    sheet.column_dimensions["B"].width = 28
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def roster_file_bytes(tx: Session, target: str | Path) -> bytes:
    """The roster in the format the target's name asks for: .xlsx or .csv."""
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        return roster_xlsx(tx)
    if suffix == ".csv":
        return roster_csv(tx)
    raise ValidationError(t("Không xuất được danh sách ra tệp “{suffix}”.", suffix=suffix or Path(target).name),
                          hint="Đặt tên tệp kết thúc bằng .xlsx hoặc .csv.")
