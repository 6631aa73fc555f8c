"""The consolidated report as an Excel workbook (one sheet, totals row), beside its PDF."""

from __future__ import annotations

import io
import os
from pathlib import Path

from ..book.vocabulary import label
from ..store.files import atomic_write_bytes


LEVEL_CODES = ("hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh", "khong_hoan_thanh")


def consolidated_xlsx(report) -> bytes:
    """The consolidated report as an Excel workbook (one sheet, totals row)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = report.period.code
    ws.append([report.committee_name])
    ws.append([f"Tổng hợp báo cáo thực hiện Chuyên đề {report.period.label}"])
    ws.append([f"Lập ngày {report.created_on:%d/%m/%Y}"])
    ws.append([])
    header = ["STT", "Chi bộ", "Đã báo cáo", "Ngày nhận", "Muộn", "Bản lần", "Số đảng viên", "Số buổi sinh hoạt",
              "Tỷ lệ dự (%)", "Số ĐV đăng ký", "Số ĐV được đánh giá"] + [label(code) for code in LEVEL_CODES]
    ws.append(header)
    for cell in ws[5]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True)
    ws["A2"].font = Font(bold=True)
    for i, row in enumerate(report.rows, 1):
        if row.reported:
            ws.append([i, row.cell_name, "Có", row.report_date.strftime("%d/%m/%Y") if row.report_date else "",
                       "; ".join(w for w, on in (("Muộn", row.late), ("Trả lại để sửa", row.returned)) if on), row.revision, row.members, row.sessions_held,
                       round(row.attendance_rate * 100, 1) if row.attendance_rate is not None else None,
                       row.pledged, row.reviewed] + [row.levels.get(code, 0) for code in LEVEL_CODES])
        else:
            ws.append([i, row.cell_name, "Chưa", "", "Quá hạn" if row.late else "Chưa đến hạn"])
    totals = report.totals  # the one sum the PDF and the screen show (documents/consolidated.py)
    rate = totals.attendance_rate
    ws.append(["", "Tổng cộng", f"{totals.reported}/{totals.cells}", "", totals.reported_late + totals.overdue, None,
               totals.members, totals.sessions_held, round(rate * 100, 1) if rate is not None else None,
               totals.pledged, totals.reviewed] + [totals.levels.get(code, 0) for code in LEVEL_CODES])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.column_dimensions["B"].width = 36
    for col in "CDEFGHIJKLMNO":
        ws.column_dimensions[col].width = 14
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def save_consolidated_xlsx(report, path: str | os.PathLike[str]) -> Path:
    return atomic_write_bytes(path, consolidated_xlsx(report))
