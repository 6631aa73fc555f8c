"""A period the committee sent back for correction ("trả lại để sửa", tab "Gửi xuống") shows so
on the committee's own views, the reported/late grid (its reason on hover) and *Tổng hợp*,
until the cell's corrected revision arrives."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.documents.consolidated import consolidated_pdf
from kh130_desktop.domain.documents.consolidated_xlsx import consolidated_xlsx
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.ui.models.receiving_models import GRID_COLOURS
from kh130_desktop.ui.pages.receiving_page import ReceivingPage
from kh130_desktop.ui.pages.receiving_outgoing import ReceivingOutgoing
from kh130_desktop.ui.qt import QPushButton, Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "domain"))
from report_files import Line  # noqa: E402

UTC = dt.timezone.utc
Q2 = Period(2022, 2)
REASON = "Thiếu biên bản buổi sinh hoạt tháng 5"


def _import(ctx, name: str, data: bytes) -> None:
    result = importer.import_bytes(ctx.store, name, data)
    assert result.outcome.value in ("accepted", "supersedes"), result.reason


def _choose(page, period: Period) -> None:
    for spin, combo in ((page.year_spin, page.period_combo), (page.outgoing.year_spin, page.outgoing.period_combo)):
        spin.setValue(period.year)
        combo.setCurrentIndex(combo.findData(period.quarter))


def test_a_returned_period_shows_so_in_the_grid_and_tong_hop_until_a_newer_revision(ctx, qtbot, settle, typer):
    na_lu, ban_gioi = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ"), Line(str(uuid.uuid4()), "Chi bộ thôn Bản Giới")
    with ctx.store.transaction() as tx:
        for line in (na_lu, ban_gioi):
            registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, cell_uid=line.cell_uid)
    _import(ctx, "nl-q2.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 2, 8, tzinfo=UTC), members=4))
    _import(ctx, "bg-q2.kh130", ban_gioi.file(Q2, dt.datetime(2022, 7, 3, 8, tzinfo=UTC), members=6))
    page = ReceivingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.resize(1366, 700)
    page.outgoing = page.findChild(ReceivingOutgoing)
    _choose(page, Q2)

    # The clerk returns Nà Lữ's report on "Gửi xuống", typing the reason.
    outgoing = page.outgoing
    row = [r[0] for r in outgoing.model.rows()].index("Chi bộ thôn Nà Lữ")
    outgoing.view.selectRow(row)
    qtbot.mouseClick(outgoing.form.findChild(QPushButton, "returnButton"), Qt.LeftButton)
    typer(outgoing.dialog.reason, REASON)
    qtbot.mouseClick(outgoing.dialog.form.findChild(QPushButton, "saveButton"), Qt.LeftButton)
    settle(ctx)

    def grid_cell(name: str):
        r = [t[0] for t in page.grid_model.texts()].index(name)
        return page.grid_model.texts()[r][2], page.grid_model.index(r, 2)

    def tong_hop(name: str):
        return {t[0]: t for t in page.figures_model.texts()}[name]

    text, index = grid_cell("Chi bộ thôn Nà Lữ")
    assert text.startswith("↩ trả lại để sửa") and f"{dt.date.today():%d/%m/%Y}" in text
    tip = page.grid_model.data(index, Qt.ToolTipRole)
    assert "Trả lại để sửa" in tip and REASON in tip
    assert page.grid_model.data(index, Qt.BackgroundRole).color().name() == GRID_COLOURS["returned"]
    assert page.grid_model.data(index, Qt.BackgroundRole).color().name() not in (
        GRID_COLOURS["reported"], GRID_COLOURS["reported_late"], GRID_COLOURS["late"])
    other, _ = grid_cell("Chi bộ thôn Bản Giới")
    assert other.startswith("✓") and "trả lại" not in other
    assert tong_hop("Chi bộ thôn Nà Lữ")[1] == "Trả lại để sửa" and tong_hop("Chi bộ thôn Nà Lữ")[4] == "4"
    assert tong_hop("Chi bộ thôn Bản Giới")[1] == "Nộp muộn"
    # Still received: its figures count in the totals.
    assert page.figures_model.texts()[-1][1].startswith("2/2") and page.figures_model.texts()[-1][4] == "10"

    # The printed report and the spreadsheet say it too.
    report = ctx.read(consolidation.consolidated_report, Q2)
    (returned,) = [r for r in report.rows if r.returned]
    assert returned.cell_name == "Chi bộ thôn Nà Lữ" and returned.returned == REASON
    import io

    import openpyxl
    from pypdf import PdfReader

    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(consolidated_pdf(report))).pages)
    assert "trả lại để sửa" in " ".join(pdf_text.split())
    sheet = list(openpyxl.load_workbook(io.BytesIO(consolidated_xlsx(report))).active.iter_rows(min_row=6, values_only=True))
    assert "Trả lại để sửa" in {r[1]: r[4] for r in sheet[:-1]}["Chi bộ thôn Nà Lữ"]

    # The corrected revision arrives: the return is over.
    _import(ctx, "nl-q2-sua.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 9, 8, tzinfo=UTC), members=5))
    page.refresh()
    text, index = grid_cell("Chi bộ thôn Nà Lữ")
    assert text.startswith("✓") and "trả lại" not in text and "bản lần 2" in text
    assert REASON not in page.grid_model.data(index, Qt.ToolTipRole)
    assert tong_hop("Chi bộ thôn Nà Lữ")[1] == "Nộp muộn" and tong_hop("Chi bộ thôn Nà Lữ")[4] == "5"
    assert not any(r.returned for r in ctx.read(consolidation.consolidated_report, Q2).rows)
