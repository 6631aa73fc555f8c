"""The committee's season on the receiving page, driven as the clerk would: the reported/late
grid numbers revisions per period and says why on hover; *Tổng hợp* shows the chosen period's
figures, the very numbers of consolidated_figures and of the spreadsheet; keys are trusted
from the slip (name, cell id, fingerprint), revoked from a day, and a cell's first period set."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

import pytest

from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.domain.store.exchange_tables import ReceivedReport
from kh130_desktop.ui.dialogs.receiving_dialogs import FirstPeriodDialog, RevokeKeyDialog, TrustKeyDialog
from kh130_desktop.ui.pages.receiving_page import ReceivingPage
from kh130_desktop.ui.qt import QLabel, QPoint, QPushButton, Qt
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "domain"))
from report_files import Line  # noqa: E402

UTC = dt.timezone.utc
Q2, Q3, YEAR = Period(2022, 2), Period(2022, 3), Period(2022)


def _page(ctx, qtbot) -> ReceivingPage:
    page = ReceivingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.resize(1366, 700)
    return page


def _trusted(ctx, *lines: Line) -> None:
    with ctx.store.transaction() as tx:
        for line in lines:
            registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, cell_uid=line.cell_uid)


def _import(ctx, *files: tuple[str, bytes]) -> None:
    for name, data in files:
        result = importer.import_bytes(ctx.store, name, data)
        assert result.outcome.value in ("accepted", "supersedes"), result.reason


def _choose(page, period: Period) -> None:
    page.year_spin.setValue(period.year)
    page.period_combo.setCurrentIndex(page.period_combo.findData(period.quarter))


def test_the_grid_says_ban_lan_2_only_for_the_period_with_a_second_revision(ctx, qtbot):
    na_lu = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    _trusted(ctx, na_lu)
    _import(ctx, ("q2.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 2, 8, tzinfo=UTC))),
            ("q2-sua.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 9, 8, tzinfo=UTC))),
            ("q3.kh130", na_lu.file(Q3, dt.datetime(2022, 10, 3, 8, tzinfo=UTC))))
    page = _page(ctx, qtbot)
    _choose(page, Q2)
    (name, q1, q2, q3, q4, year), = page.grid_model.texts()
    assert name == "Chi bộ thôn Nà Lữ"
    assert "bản lần 2" in q2 and q2.startswith("✓")
    assert "bản lần" not in q3 and q3.startswith("✓")  # its one revision, whatever the line's sequence (3)
    assert all("bản lần" not in text and "#" not in text for text in (q1, q4, year))
    # Before the cell's first report (Q2) nothing is due, and the screen says so.
    assert "không phải nộp" in q1
    tip = page.grid_model.data(page.grid_model.index(0, 2), Qt.ToolTipRole)
    assert "bản lần 2" in tip and "Đã nhận 2 bản" in tip and "hạn 15/07/2022" in tip
    assert "sau hạn" in page.grid_model.data(page.grid_model.index(0, 2), Qt.ToolTipRole) or "trong hạn" in tip
    assert "kỳ của báo cáo đầu tiên" in page.grid_model.data(page.grid_model.index(0, 1), Qt.ToolTipRole)
    hint = page.grid_hint.text()
    assert "nộp muộn" in hint and "quá hạn" in hint and "không phải nộp" in hint


def _number(text: str):
    if text == "":
        return None
    if text.endswith("%"):
        return float(text[:-1].replace(",", "."))
    return int(text)


def test_tong_hop_shows_the_figures_of_the_pdf_and_the_spreadsheet(ctx, qtbot, tmp_path, monkeypatch):
    """Generated data: three cells, one with a year file, a quarter file and its correction,
    one with a quarter file only, one expected that sent nothing; for the quarter and the year,
    the table on screen equals consolidated_figures and the XLSX writer's rows, cell by cell."""
    import openpyxl

    na_lu, ban_gioi = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ"), Line(str(uuid.uuid4()), "Chi bộ thôn Bản Giới")
    _trusted(ctx, na_lu, ban_gioi)
    with ctx.store.transaction() as tx:
        registry.add_expected_cell(tx, "Chi bộ thôn Pác Bó", first_period=Period(2022, 1))
    _import(ctx, ("nl-2022.kh130", na_lu.file(YEAR, dt.datetime(2023, 1, 5, 8, tzinfo=UTC), members=7)),
            ("nl-q2.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 2, 8, tzinfo=UTC), members=4)),
            ("nl-q2-sua.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 8, 8, tzinfo=UTC), members=5)),
            ("bg-q2.kh130", ban_gioi.file(Q2, dt.datetime(2022, 7, 3, 8, tzinfo=UTC), members=6)))
    page = _page(ctx, qtbot)
    for period in (Q2, YEAR):
        _choose(page, period)
        shown = page.figures_model.texts()
        figures = ctx.read(consolidation.consolidated_figures, period)
        assert len(shown) == len(figures.rows) + 1 and shown[-1][0] == "Tổng cộng"
        for row, text in zip(figures.rows, shown):
            assert text[0] == row.cell_name
            if not row.reported:
                assert text[1] in ("Quá hạn, chưa nộp", "Chưa đến hạn") and all(t == "" for t in text[2:])
                continue
            assert text[2] == f"{row.report_date:%d/%m/%Y}" and _number(text[3]) == row.revision
            assert [_number(t) for t in text[4:8]] == [row.members, row.sessions_held, row.summoned, row.present]
            assert _number(text[8]) == round(row.present / row.summoned * 100, 1)
            assert [_number(t) for t in text[9:]] == [row.pledged, row.reviewed] + [
                row.levels.get(code, 0) for code in ("hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh", "khong_hoan_thanh")]
        t = figures.totals
        assert [_number(x) for x in shown[-1][4:8]] == [t.members, t.sessions_held, t.summoned, t.present]
        assert shown[-1][1].startswith(f"{t.reported}/{t.cells}")
        by_name = {text[0]: text for text in shown}
        if period == Q2:  # the correction is what counts: 5 members, not 4 or 9
            assert by_name["Chi bộ thôn Nà Lữ"][4] == "5" and by_name["Chi bộ thôn Nà Lữ"][3] == "2"
            assert shown[-1][4] == "11" and by_name["Chi bộ thôn Pác Bó"][1] == "Quá hạn, chưa nộp"
        else:
            assert by_name["Chi bộ thôn Nà Lữ"][4] == "7" and by_name["Chi bộ thôn Bản Giới"][1] == "Quá hạn, chưa nộp"

        target = tmp_path / f"{period.code}.xlsx"
        monkeypatch.setattr(page, "_choose_save", lambda suggested, target=target: str(target))
        qtbot.mouseClick(page.form.findChild(QPushButton, "xlsxButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda target=target: target.exists() and not page.busy, timeout=20000)
        sheet = list(openpyxl.load_workbook(target).active.iter_rows(min_row=6, values_only=True))
        assert len(sheet) == len(shown)
        for text, xl in zip(shown[:-1], sheet[:-1]):
            assert xl[1] == text[0]
            if xl[2] == "Chưa":
                assert text[1] == {"Quá hạn": "Quá hạn, chưa nộp", "Chưa đến hạn": "Chưa đến hạn"}[xl[4]]
                continue
            assert (xl[3], xl[4] == "Muộn", xl[5]) == (text[2], text[1] == "Nộp muộn", _number(text[3]))
            assert list(xl[6:8]) == [_number(x) for x in text[4:6]]
            assert list(xl[8:]) == [_number(x) for x in text[8:]]
        totals_xl, totals = sheet[-1], shown[-1]
        assert totals_xl[1] == "Tổng cộng" and totals[1].startswith(totals_xl[2] + " ")
        assert list(totals_xl[6:8]) == [_number(x) for x in totals[4:6]] and list(totals_xl[8:]) == [_number(x) for x in totals[8:]]
    assert "Số liệu tổng hợp năm 2022" in page.figures_label.text()


def _row_of(page, fingerprint: str | None = None, cell: str | None = None) -> int:
    for i, row in enumerate(page.cells_model.rows()):
        if (fingerprint is None or row[2].replace("\n", " ") == fingerprint) and (cell is None or row[0] == cell):
            return i
    raise AssertionError((fingerprint, cell, page.cells_model.rows()))


def test_trusting_a_key_by_fingerprint_asks_the_slips_name_and_cell_id(ctx, qtbot, on_modal, typer, settle):
    page = _page(ctx, qtbot)
    na_lu = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    seen = []

    def without_cell_id(dialog):
        assert isinstance(dialog, TrustKeyDialog)
        typer(dialog.cell.lineEdit(), "Chi bộ thôn Nà Lữ")
        qtbot.keyClicks(dialog.fingerprint, na_lu.fingerprint.replace(" ", "").lower())
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)
        seen.append(dialog.errors.text())
        assert dialog.isVisible()  # refused before anything is written, what was typed kept
        qtbot.keyClicks(dialog.cell_uid, na_lu.cell_uid.upper())
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)

    on_modal(without_cell_id)
    qtbot.mouseClick(page.form.findChild(QPushButton, "trustFingerprintButton"), Qt.LeftButton)
    settle(ctx)
    assert "Chưa nhập mã chi bộ" in seen[0]
    key, = ctx.read(registry.trusted_keys)
    assert key.fingerprint == na_lu.fingerprint and key.cell_uid == na_lu.cell_uid and key.source == "fingerprint"
    cell, = ctx.read(registry.expected_cells)
    assert cell.name == "Chi bộ thôn Nà Lữ" and cell.cell_uid == na_lu.cell_uid
    row = page.cells_model.rows()[_row_of(page, na_lu.fingerprint)]
    assert row[:4] == ("Chi bộ thôn Nà Lữ", na_lu.cell_uid, na_lu.fingerprint[:39] + "\n" + na_lu.fingerprint[40:], "đang dùng")


def test_trusting_a_pem_compares_the_typed_fingerprint_with_the_files(ctx, qtbot, tmp_path, monkeypatch, on_modal, typer, settle):
    page = _page(ctx, qtbot)
    na_lu, other = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ"), Line(str(uuid.uuid4()), "x")
    pem = tmp_path / "na-lu.pem"
    pem.write_bytes(na_lu.pem())
    monkeypatch.setattr(page, "_choose_pem", lambda: str(pem))
    seen = []

    def type_the_slip(dialog):
        assert isinstance(dialog, TrustKeyDialog) and na_lu.fingerprint in dialog.form.findChild(QLabel, "introLabel").text()
        typer(dialog.cell.lineEdit(), "Chi bộ thôn Nà Lữ")
        qtbot.keyClicks(dialog.cell_uid, na_lu.cell_uid)
        qtbot.keyClicks(dialog.fingerprint, other.fingerprint)  # a swapped file on the stick
        seen.append(dialog.match.text())
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy)
        seen.append(dialog.errors.text())
        assert dialog.isVisible() and ctx.read(registry.trusted_keys) == []
        dialog.fingerprint.clear()
        qtbot.keyClicks(dialog.fingerprint, na_lu.fingerprint)
        seen.append(dialog.match.text())
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)

    on_modal(type_the_slip)
    qtbot.mouseClick(page.form.findChild(QPushButton, "trustPemButton"), Qt.LeftButton)
    settle(ctx)
    assert seen[0].startswith("KHÔNG khớp") and "không khớp" in seen[1] and seen[2] == "Khớp với khóa trong tệp."
    key, = ctx.read(registry.trusted_keys)
    assert (key.fingerprint, key.source, key.cell_uid) == (na_lu.fingerprint, "pem", na_lu.cell_uid)


def test_a_lost_laptops_key_is_revoked_from_a_day(ctx, qtbot, monkeypatch, on_modal, settle):
    na_lu = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    _trusted(ctx, na_lu)
    _import(ctx, ("q2.kh130", na_lu.file(Q2, dt.datetime(2022, 7, 2, 8, tzinfo=UTC))),
            ("q3.kh130", na_lu.file(Q3, dt.datetime(2022, 10, 5, 8, tzinfo=UTC))))
    page = _page(ctx, qtbot)
    asked, told = [], []
    monkeypatch.setattr("kh130_desktop.ui.dialogs.receiving_dialogs.confirm",
                        lambda parent, title, text, action, destructive=True: asked.append((text, action, destructive)) or True)
    monkeypatch.setattr("kh130_desktop.ui.pages.receiving_registry.show_info", lambda parent, title, text: told.append(text))

    def type_the_day(dialog):
        assert isinstance(dialog, RevokeKeyDialog) and "bị từ chối" in dialog.form.findChild(QLabel, "explainLabel").text()
        dialog.from_day.selectAll()
        qtbot.keyClicks(dialog.from_day, "01/10/2022")
        qtbot.keyClicks(dialog.reason, "May bi mat")
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)

    page.cells_view.selectRow(_row_of(page, na_lu.fingerprint))
    on_modal(type_the_day)
    qtbot.mouseClick(page.form.findChild(QPushButton, "revokeKeyButton"), Qt.LeftButton)
    settle(ctx)
    text, action, destructive = asked[0]
    assert "01/10/2022" in text and "bị từ chối" in text and "trước ngày đó vẫn giữ" in text and destructive
    key, = ctx.read(registry.trusted_keys)
    assert key.revoked_from == dt.date(2022, 10, 1) and key.revoked_reason == "May bi mat"
    rows = ctx.read(lambda tx: {r.period: r.withdrawn for r in tx.exec(select(ReceivedReport)).all()})
    assert rows == {"2022-Q2": False, "2022-Q3": True}  # signed before the day: kept
    assert told and "1 bản" in told[0]
    assert page.cells_model.rows()[_row_of(page, na_lu.fingerprint)][3].startswith("thu hồi từ 01/10/2022")
    # A file it signs later is refused from now on.
    late = importer.import_bytes(ctx.store, "q4.kh130", na_lu.file(Period(2022, 4), dt.datetime(2023, 1, 3, tzinfo=UTC)))
    assert late.outcome.value == "rejected" and "thu hồi" in late.reason


def test_a_cells_first_period_is_set_and_nothing_before_it_is_overdue(ctx, qtbot, on_modal, settle):
    with ctx.store.transaction() as tx:
        registry.add_expected_cell(tx, "Chi bộ thôn Khuổi Nặm")
    page = _page(ctx, qtbot)
    _choose(page, YEAR)

    def from_2022_q3(dialog):
        assert isinstance(dialog, FirstPeriodDialog) and not dialog.year.isEnabled()
        qtbot.mouseClick(dialog.from_period, Qt.LeftButton, pos=QPoint(8, dialog.from_period.height() // 2))  # on its circle
        assert dialog.year.isEnabled()
        dialog.year.lineEdit().selectAll()
        qtbot.keyClicks(dialog.year, "2022")
        dialog.quarter.setCurrentIndex(dialog.quarter.findData(3))
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)

    page.cells_view.selectRow(_row_of(page, cell="Chi bộ thôn Khuổi Nặm"))
    on_modal(from_2022_q3)
    qtbot.mouseClick(page.form.findChild(QPushButton, "firstPeriodButton"), Qt.LeftButton)
    settle(ctx)
    cell, = ctx.read(registry.expected_cells)
    assert cell.first_period == "2022-Q3"
    assert page.cells_model.rows()[0][4] == "quý III/2022 (đặt tay)"
    (_name, q1, q2, q3, q4, _year), = page.grid_model.texts()
    assert "không phải nộp" in q1 and "không phải nộp" in q2 and "quá hạn" in q3 and "quá hạn" in q4
    assert [r.cell_name for r in ctx.read(consolidation.consolidated_figures, Q2).rows] == []


@pytest.mark.parametrize("button", ["revokeKeyButton", "firstPeriodButton"])
def test_nothing_chosen_says_so(ctx, qtbot, monkeypatch, button):
    page = _page(ctx, qtbot)
    told = []
    monkeypatch.setattr("kh130_desktop.ui.pages.receiving_registry.show_info", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(page.form.findChild(QPushButton, button), Qt.LeftButton)
    assert told and told[0].startswith("Chọn một")
