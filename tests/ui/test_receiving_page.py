"""The receiving page, driven as the committee's clerk would: trust a key from the slip, drop a
folder from the USB stick, read the dry run, press "Nhập", approve a held file, see the grid."""

from __future__ import annotations

import datetime as dt
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func
from sqlmodel import select

from kh130_desktop.domain.exchange import importer, registry
from kh130_desktop.domain.exchange.identity import Identity
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.store.exchange_tables import ReceivedReport
from kh130_desktop.domain.exchange.container import build_container
from kh130_desktop.domain.exchange.strict_json import canonical_json
from kh130_desktop.ui.pages.receiving_page import ReceivingPage
from kh130_desktop.ui.qt import QDropEvent, QMimeData, QPoint, QPushButton, Qt, QUrl

P = Period.parse("2022-Q2")


def cell_file(identity: Identity, uid: str, name: str, sequence: int = 1, period: Period = P) -> bytes:
    people = [{"uid": str(uuid.uuid4()), "full_name": "Nông Văn Thắng", "status": "chinh_thuc", "role": "bi_thu",
               "on_roster_at_end": True}]
    report = {"format": "kh130-report-data", "version": 1, "period": period.code, "cell": {"uid": uid, "name": name},
              "members": people, "sessions": [{"attendance": [{"member": people[0]["uid"], "state": "co_mat"}]}],
              "pledges": [], "reviews": [], "collective_pledges": []}
    return build_container(identity, kind="cell", unit_uid=uid, unit_name=name, period=period, sequence=sequence,
                           report_id=str(uuid.uuid4()), supersedes=None,
                           created=dt.datetime(2022, 7, 2, 8, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=sequence),
                           members={"report.json": canonical_json(report)})


def new_identity() -> Identity:
    return Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())


def _page(ctx, qtbot) -> ReceivingPage:
    page = ReceivingPage(ctx)
    qtbot.addWidget(page)
    page.show()  # a hidden page refreshes when it is shown next, not at each change
    return page


def reports_in(ctx) -> int:
    return ctx.read(lambda tx: tx.exec(select(func.count()).select_from(ReceivedReport)).one())


def test_trust_by_typed_fingerprint_then_dry_run_and_import(ctx, qtbot, tmp_path, on_modal, settle, typer):
    from kh130_desktop.ui.dialogs.receiving_dialogs import TrustKeyDialog

    page = _page(ctx, qtbot)
    na_lu, uid = new_identity(), str(uuid.uuid4())
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "na-lu.kh130").write_bytes(cell_file(na_lu, uid, "Chi bộ thôn Nà Lữ"))
    (usb / "hong.kh130").write_bytes(b"PK\x03\x04 a file cut short")

    def type_the_slip(dialog):
        assert isinstance(dialog, TrustKeyDialog)
        typer(dialog.cell.lineEdit(), "Chi bộ thôn Nà Lữ")
        qtbot.keyClicks(dialog.cell_uid, uid)
        qtbot.keyClicks(dialog.fingerprint, na_lu.fingerprint.replace(" ", ""))
        qtbot.mouseClick(dialog.form.findChild(QPushButton, "save_button"), Qt.LeftButton)

    on_modal(type_the_slip)
    qtbot.mouseClick(page.form.findChild(QPushButton, "trustFingerprintButton"), Qt.LeftButton)
    settle(ctx)
    assert [k.fingerprint for k in ctx.read(registry.trusted_keys)] == [na_lu.fingerprint]
    assert page.cells_model.rows()[0][0] == "Chi bộ thôn Nà Lữ" and na_lu.fingerprint in page.cells_model.rows()[0][2].replace("\n", " ")

    # Drop the USB folder on the page: a dry run, nothing written.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(usb))])
    drop = QDropEvent(QPoint(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: not page.busy and bool(page.last_results), timeout=20000)
    shown = {row[0]: row[1] for row in page.results_model.rows()}
    assert shown == {"na-lu.kh130": "Nhận", "hong.kh130": "Từ chối"}
    assert "chưa ghi gì" in page.status_label.text() and page.import_button.isEnabled()
    assert reports_in(ctx) == 0 and ctx.read(importer.audit_log) == []

    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and not page.import_button.isEnabled(), timeout=20000)
    assert reports_in(ctx) == 1 and "Đã nhập" in page.status_label.text()
    assert len(page.audit_model.rows()) == 2  # both files audited, the broken one as refused
    page.year_spin.setValue(2022)
    page.period_combo.setCurrentIndex(page.period_combo.findData(2))
    row = page.grid_model.texts()[0]
    assert row[0] == "Chi bộ thôn Nà Lữ" and row[2].startswith("✓")  # Q2 column
    assert "✗" in row[3] or "chưa đến hạn" in row[3]


def test_held_file_is_approved_after_comparing_the_slip(ctx, qtbot, tmp_path, monkeypatch, settle):
    page = _page(ctx, qtbot)
    stranger = new_identity()
    path = tmp_path / "ban-gioi.kh130"
    path.write_bytes(cell_file(stranger, str(uuid.uuid4()), "Chi bộ thôn Bản Giới"))
    page.dry_run([path])
    qtbot.waitUntil(lambda: not page.busy and bool(page.last_results), timeout=20000)
    assert page.results_model.rows()[0][1] == "Chờ phê duyệt khóa"
    page.commit_import()
    qtbot.waitUntil(lambda: not page.busy and not page.pending, timeout=20000)
    assert page.held_model.rows()[0][4].replace("\n", " ") == stranger.fingerprint and reports_in(ctx) == 0

    page.held_view.selectRow(0)
    asked = []

    def compare_and_approve(parent, title, text, action, destructive=True):
        asked.append((text, action))
        return True  # the clerk compared the fingerprint with the slip: it matches

    monkeypatch.setattr("kh130_desktop.ui.pages.receiving_registry.confirm", compare_and_approve)
    qtbot.mouseClick(page.form.findChild(QPushButton, "approveButton"), Qt.LeftButton)
    settle(ctx)
    assert stranger.fingerprint in asked[0][0].replace("\n", " ") and asked[0][1] == "Khớp, phê duyệt và nhập"
    assert reports_in(ctx) == 1 and page.held_model.rows() == []
    assert page.results_model.rows()[0][1] == "Nhận"
    assert any(stranger.fingerprint in row[2].replace("\n", " ") for row in page.cells_model.rows())


def test_save_consolidated_xlsx(ctx, qtbot, tmp_path, monkeypatch):
    with ctx.store.transaction() as tx:
        registry.add_expected_cell(tx, "Chi bộ thôn Pác Bó")
    page = _page(ctx, qtbot)
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(page, "_choose_save", lambda suggested: str(target))
    qtbot.mouseClick(page.form.findChild(QPushButton, "xlsxButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not page.busy, timeout=20000)
    import openpyxl
    sheet = openpyxl.load_workbook(target).active
    assert any(row[1] == "Chi bộ thôn Pác Bó" and row[2] == "Chưa" for row in sheet.iter_rows(values_only=True))


def test_export_one_level_up_from_the_page(ctx, qtbot, tmp_path, monkeypatch, settle):
    from kh130_desktop.domain.exchange.container import verify_file

    page = _page(ctx, qtbot)
    page.committee_edit.setText("ĐẢNG ỦY XÃ HÒA AN")
    page.place_edit.setText("Hòa An")
    qtbot.mouseClick(page.form.findChild(QPushButton, "saveCommitteeButton"), Qt.LeftButton)
    settle(ctx)
    assert ctx.read(registry.committee_profile).name == "ĐẢNG ỦY XÃ HÒA AN"
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(page, "_choose_export_folder", lambda: str(out))
    page.year_spin.setValue(2022)
    page.period_combo.setCurrentIndex(page.period_combo.findData(2))
    closed = []
    monkeypatch.setattr("kh130_desktop.ui.pages.receiving_page.show_info", lambda parent, title, text: closed.append(text))
    qtbot.mouseClick(page.form.findChild(QPushButton, "exportUpButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(closed) and not page.busy, timeout=20000)
    files = list(out.glob("*.kh130"))
    assert len(files) == 1
    v = verify_file(files[0])
    assert v.kind == "consolidated" and v.cell_name == "ĐẢNG ỦY XÃ HÒA AN" and v.period == "2022-Q2"
    assert v.fingerprint == ctx.identity.fingerprint and files[0].name in page.status_label.text()
    assert v.fingerprint in closed[0]


def test_the_clerk_types_or_scans_a_paper_code_and_learns_which_file_it_is(demo_store, data_dir, tmp_path, qapp, qtbot, typer):
    """Paper that points to its file: the code under the signature of a printed report, typed
    (or scanned, which types it and presses Enter) on the Tổng hợp tab."""
    from kh130_desktop.domain.book.sessions import list_sessions, session_data, update_session
    from kh130_desktop.domain.exchange import paper_code
    from kh130_desktop.domain.exchange.export import export_cell_report
    from kh130_desktop.domain.exchange.identity import ensure_identity
    from kh130_desktop.domain.store import settings
    from kh130_desktop.domain.store.engine import Store
    from kh130_desktop.ui.context import AppContext

    identity = ensure_identity(demo_store, data_dir)
    year = Period(2022)
    with demo_store.transaction() as tx:
        first = export_cell_report(tx, identity, year)
        old_paper = paper_code.report_paper(tx, year).code.text
        session = list_sessions(tx, 2022)[0]
        data = session_data(tx, session.id)
        data.conclusions += " Bổ sung theo ý kiến của Đảng ủy xã."
        update_session(tx, session.id, data)
        second = export_cell_report(tx, identity, year)
        new_paper = paper_code.report_paper(tx, year).code.text
        cell_name = __import__("kh130_desktop.domain.book.cell", fromlist=["get_cell"]).get_cell(tx).name
    committee = Store.open(tmp_path / "committee")
    try:
        with committee.transaction() as tx:
            settings.set_mode(tx, "receiving")
            registry.trust_key_pem(tx, identity.public_pem().encode(), cell_name=cell_name)
        for name, data in (("1.kh130", first.data), ("2.kh130", second.data)):
            importer.import_bytes(committee, name, data)
        ctx = AppContext(committee, tmp_path / "committee")
        page = _page(ctx, qtbot)
        qtbot.keyClicks(page.paper_edit, new_paper.lower())
        qtbot.keyClick(page.paper_edit, Qt.Key_Return)
        assert page.paper_result.text().startswith("Khớp bản lần 2")
        page.paper_edit.clear()
        qtbot.keyClicks(page.paper_edit, old_paper)
        qtbot.mouseClick(page.form.findChild(QPushButton, "paperCodeButton"), Qt.LeftButton)
        assert page.paper_result.text().startswith("Bản giấy cũ hơn bản đã nhận")
        page.paper_edit.clear()
        typer(page.paper_edit, "không phải mã")
        qtbot.keyClick(page.paper_edit, Qt.Key_Return)
        assert page.paper_result.text() and "Khớp" not in page.paper_result.text()
        ctx.operations.wait_for_done(20000)
    finally:
        committee.dispose()


def test_a_year_file_and_a_quarter_file_of_one_cell_open_every_tab(ctx, qtbot):
    """The first version's fault: a cell's 2022 file and its 2022-Q2 file made the page fail
    (a year sorted against a quarter) and stay blank on every later start."""
    from kh130_desktop.domain.store import settings
    from kh130_desktop.ui.qt import QTabWidget

    na_lu, uid = new_identity(), str(uuid.uuid4())
    with ctx.store.transaction() as tx:
        settings.set_mode(tx, "receiving")
        registry.trust_key_pem(tx, na_lu.public_pem().encode(), cell_name="Chi bộ thôn Nà Lữ", cell_uid=uid)
    for sequence, period in ((1, Period(2022)), (2, P)):
        result = importer.import_bytes(ctx.store, f"{period.code}.kh130", cell_file(na_lu, uid, "Chi bộ thôn Nà Lữ", sequence, period))
        assert result.outcome.value == "accepted", result.reason
    for _start in range(2):  # and again, as on the next start
        page = _page(ctx, qtbot)
        tabs = page.form.findChild(QTabWidget, "tabs")
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)
        page.year_spin.setValue(2022)
        for index in range(page.period_combo.count()):
            page.period_combo.setCurrentIndex(index)
            page.refresh_grid()
            assert page.grid_model.rowCount() == 1  # the one cell, under every period of the year
        page.close()
