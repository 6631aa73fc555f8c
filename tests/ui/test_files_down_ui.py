"""The files that come down, in the window: the secretary types the committee's key from its
slip, previews and imports the plan file, and the session editor offers the 2026 materials and
quarter topic; the committee's clerk returns a period with a typed reason and writes receipts;
the reports page then shows both states, and the export dialog recalls the returned period. A
new cell created in 2026 by the wizard with the committee's plan file has a full plan page."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "domain"))

from down_stores import CELL, COMMITTEE, MATERIAL_2026, TOPIC_Q2_2026, UTC, open_committee  # noqa: E402

from kh130_desktop.domain.book import roster  # noqa: E402
from kh130_desktop.domain.book.cell import create_cell_with_secretary, get_cell  # noqa: E402
from kh130_desktop.domain.book.cell_data import CellData  # noqa: E402
from kh130_desktop.domain.book.periods import Period  # noqa: E402
from kh130_desktop.domain.book.roster import MemberData  # noqa: E402
from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, save_session_with_attendance  # noqa: E402
from kh130_desktop.domain.exchange import importer, plan_file, registry  # noqa: E402
from kh130_desktop.domain.exchange.export import export_cell_report, write_revision  # noqa: E402
from kh130_desktop.ui.qt import QLabel, QLineEdit, QPlainTextEdit, QPushButton, Qt, QWizard  # noqa: E402

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def committee(tmp_path):
    store, identity = open_committee(tmp_path / "committee")
    usb = tmp_path / "usb"
    usb.mkdir()
    _result, path = write_revision(store, lambda tx: plan_file.export_plan(tx, identity, 2026), usb)
    yield store, identity, path, tmp_path
    store.dispose()


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)


def _new_cell(ctx) -> None:
    with ctx.store.transaction() as tx:
        create_cell_with_secretary(tx, CellData(name=CELL, superior_bodies="ĐẢNG ỦY XÃ HÒA AN", receiving_committee=COMMITTEE,
                                                place_name="Hòa An"),
                                   MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1970, 5, 2), admitted_on=dt.date(1996, 2, 3),
                                              official_on=dt.date(1997, 2, 3), role="bi_thu"), dt.date(2026, 1, 1))
        roster.add_member(tx, MemberData(full_name="Hoàng Thị Lan", birth_date=dt.date(1980, 1, 1), admitted_on=dt.date(2005, 1, 1),
                                         official_on=dt.date(2006, 1, 1), joined_on=dt.date(2026, 1, 1)), today=dt.date(2026, 1, 5))


def test_the_loop_in_the_window_from_the_slip_to_the_receipt(qtbot, typer, ctx, settle, committee, monkeypatch):
    from kh130_desktop.ui.context import AppContext
    from kh130_desktop.ui.dialogs.export_dialog import ExportDialog
    from kh130_desktop.ui.pages import cell_page as cell_page_module, reports_page as reports_module
    from kh130_desktop.ui.pages.cell_page import CellPage
    from kh130_desktop.ui.pages.plan_page import PlanPage
    from kh130_desktop.ui.pages.receiving_outgoing import ReceivingOutgoing
    from kh130_desktop.ui.pages.reports_page import ReportsPage
    from kh130_desktop.ui.session_editor import SessionEditor

    c_store, c_id, plan_path, tmp = committee
    _new_cell(ctx)
    page = CellPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "Chưa ghi khóa của cấp ủy" in page.committee_key_label.text())  # once on screen
    # The secretary types the committee's name and the fingerprint from its slip.
    _click(qtbot, page.committee_key_button)
    dialog = page.dialog
    name = dialog.form.findChild(QLineEdit, "committee")
    assert name.text() == COMMITTEE  # from the cell's profile
    typer(dialog.form.findChild(QLineEdit, "fingerprint"), c_id.fingerprint.lower())
    _click(qtbot, dialog.form.findChild(QPushButton, "saveButton"))
    settle(ctx)
    assert not dialog.isVisible()
    assert c_id.fingerprint.split()[0] in page.committee_key_label.text() and COMMITTEE in page.committee_key_label.text()
    # The plan file: a preview of what it brings, then "Nhập".
    page.import_plan_file(str(plan_path))
    plan_dialog = page.dialog
    preview = plan_dialog.preview_label.text()
    assert "Kế hoạch năm 2026 của Đảng ủy xã Hòa An, ban hành lần 1" in preview
    assert "2 tài liệu, 3 chủ đề thảo luận theo quý, 7 nội dung làm theo, 7 mốc kế hoạch." in preview
    assert plan_dialog.import_button.isEnabled()
    _click(qtbot, plan_dialog.import_button)
    settle(ctx)
    assert "Đã nhập kế hoạch năm 2026 (lần 1)" in plan_dialog.preview_label.text()
    plan_page = PlanPage(ctx, today=TODAY)
    qtbot.addWidget(plan_page)
    plan_page.show()
    assert plan_page.model.rowCount() == 7
    assert f"Kế hoạch do {COMMITTEE} ban hành, lần 1, nhận ngày {dt.date.today():%d/%m/%Y}." == plan_page.origin_label.text()
    # The session editor offers the plan's materials and the quarter's topic.
    editor = SessionEditor(ctx, default_date=dt.date(2026, 5, 20))
    qtbot.addWidget(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("chuyen_de_quy"))
    offered = [editor.lists.materials.item(i).text() for i in range(editor.lists.materials.rowCount())]
    assert offered[0] == MATERIAL_2026
    assert editor.topic_edit.toPlainText() == TOPIC_Q2_2026
    editor.close()
    # The cell's Q2 and Q3 go up; the committee imports them.
    with ctx.store.transaction() as tx:
        chair = next(m for m in roster.list_members(tx) if m.role == "bi_thu")
        for day in (dt.date(2026, 5, 20), dt.date(2026, 8, 20)):
            save_session_with_attendance(tx, None, SessionData(kind="chuyen_de_quy", held_on=day, start_time=dt.time(8),
                                                               end_time=dt.time(10), chair_id=chair.id),
                                         {s.member.id: AttendanceMark("co_mat") for s in roster.summoned_on(tx, day)})
        cell_uid = get_cell(tx).uid
    sent = tmp / "sent"
    sent.mkdir()
    identity = ctx.identity
    for q in (2, 3):
        write_revision(ctx.store, lambda tx, q=q: export_cell_report(tx, identity, Period(2026, q),
                                                                     now=dt.datetime(2026, 3 * q + 1, 2, tzinfo=UTC)), sent)
    with c_store.transaction() as tx:
        registry.trust_key_pem(tx, identity.public_pem().encode(), cell_name=CELL, cell_uid=cell_uid)
    results = importer.import_paths(c_store, [sent])
    # The clerk's tab "Gửi xuống": Q3 returned with a typed reason, then receipts for the last import.
    c_ctx = AppContext(c_store, tmp / "committee")

    class Receiving:
        last_results = results

    outgoing = ReceivingOutgoing(c_ctx, Receiving())
    qtbot.addWidget(outgoing)
    outgoing.show()
    outgoing.year_spin.setValue(2026)
    outgoing.period_combo.setCurrentIndex(3)
    assert outgoing.model.rowCount() == 1 and outgoing.model.data(outgoing.model.index(0, 1)) == "1"
    outgoing.view.selectRow(0)
    _click(qtbot, outgoing.form.findChild(QPushButton, "returnButton"))
    ret = outgoing.dialog
    typer(ret.form.findChild(QPlainTextEdit, "reason"), "Thiếu ý kiến thảo luận của đảng viên.")
    _click(qtbot, ret.form.findChild(QPushButton, "saveButton"))
    settle(c_ctx)
    assert outgoing.model.data(outgoing.model.index(0, 3)) == "Thiếu ý kiến thảo luận của đảng viên."
    back = tmp / "back"
    back.mkdir()
    monkeypatch.setattr(outgoing, "_choose_folder", lambda _title: str(back))
    _click(qtbot, outgoing.form.findChild(QPushButton, "lastImportButton"))
    settle(c_ctx)
    [receipt] = list(back.glob("*.kh130"))
    assert "Đã ghi 1 giấy báo" in outgoing.status_label.text()
    # The plan file written again (unchanged): the message says where, and where the cell imports it.
    _click(qtbot, outgoing.form.findChild(QPushButton, "issuePlanButton"))
    settle(c_ctx)
    c_ctx.operations.wait_for_done(20000)
    said = outgoing.status_label.text()
    assert f"vào {back}" in said and "không đổi so với lần ghi trước" in said and "nút “Nhập tệp kế hoạch…”" in said
    c_ctx.operations.wait_for_done(20000)
    # The secretary imports the receipt on the reports page: both states shown.
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.show()
    assert reports.receipt_text(Period(2026, 2)) == ""
    shown = []
    monkeypatch.setattr(reports_module, "show_info", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(reports, "_choose_receipt", lambda: str(receipt))
    _click(qtbot, reports.form.findChild(QPushButton, "importReceiptButton"))
    settle(ctx)
    assert shown and "Đã nhập giấy báo số 1" in shown[0]
    assert "quý III/2026: Trả lại để sửa: Thiếu ý kiến thảo luận của đảng viên" in shown[0]  # what it says, not a count
    assert reports.receipt_text(Period(2026, 2)) == f"Đã nhận ngày {dt.date.today():%d/%m/%Y} (bản lần 1)"
    assert reports.receipt_text(Period(2026, 3)).startswith("Trả lại để sửa: Thiếu ý kiến thảo luận của đảng viên")
    export = ExportDialog(ctx, reports, period=Period(2026, 3))
    qtbot.addWidget(export)
    export.show()
    assert export.returned_label.isVisible()
    assert "Cấp ủy đã trả lại báo cáo quý III/2026 để sửa: Thiếu ý kiến thảo luận của đảng viên. Sửa sổ sách" in export.returned_label.text()
    assert ".." not in export.returned_label.text()  # the reason's own full stop ends the sentence once
    assert cell_page_module  # the page module is the one the window uses


def test_a_cell_created_in_2026_with_the_committees_plan_file_has_a_full_plan_page(qtbot, typer, ctx, committee):
    from kh130_desktop.ui.pages.plan_page import PlanPage
    from kh130_desktop.ui.wizard import COMMITTEE as COMMITTEE_STEP, SECRETARY, FirstStartWizard
    from kh130_desktop.ui.widgets.date_field import DateField

    _c_store, c_id, plan_path, _tmp = committee
    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard.button(QWizard.NextButton))
    page = wizard.cell_page.form
    typer(page.findChild(QLineEdit, "name"), "Chi bộ thôn Nà Pò")
    typer(page.findChild(QPlainTextEdit, "superior_bodies"), "ĐẢNG ỦY XÃ HÒA AN")
    typer(page.findChild(QLineEdit, "receiving_committee"), COMMITTEE)
    typer(page.findChild(QLineEdit, "place_name"), "Hòa An")
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == SECRETARY
    sec = wizard.secretary_page.form
    typer(sec.findChild(QLineEdit, "full_name"), "Hoàng Văn Pắc")
    sec.findChild(DateField, "birth_date").setDate(dt.date(1970, 5, 2))
    sec.findChild(DateField, "admitted_on").setDate(dt.date(1996, 2, 3))
    sec.findChild(DateField, "official_on").setDate(dt.date(1997, 2, 3))
    assert wizard.button(QWizard.FinishButton).isVisible()  # the committee's step is optional
    _click(qtbot, wizard.button(QWizard.NextButton))
    assert wizard.currentId() == COMMITTEE_STEP
    step = wizard.committee_page.form
    assert step.findChild(QLineEdit, "committee_name").text() == COMMITTEE
    typer(step.findChild(QLineEdit, "committee_fingerprint"), c_id.fingerprint)
    wizard.committee_page.choose_plan(str(plan_path))
    shown = step.findChild(QLabel, "plan_preview").text()
    assert "Kế hoạch năm 2026 của Đảng ủy xã Hòa An, ban hành lần 1" in shown  # the words of the plan file's own preview
    assert "2 tài liệu, 3 chủ đề thảo luận theo quý, 7 nội dung làm theo, 7 mốc kế hoạch." in shown
    _click(qtbot, wizard.button(QWizard.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    plan_page = PlanPage(ctx, today=TODAY)
    qtbot.addWidget(plan_page)
    plan_page.show()
    assert plan_page.year == 2026
    assert plan_page.model.rowCount() == 7
    assert "Chuyên đề năm 2026" in plan_page.topic_label.text()
    assert MATERIAL_2026 in plan_page.topics_text.toPlainText()
    assert TOPIC_Q2_2026 in plan_page.topics_text.toPlainText()
    assert plan_page.origin_label.text().startswith(f"Kế hoạch do {COMMITTEE} ban hành, lần 1")


def test_the_wizard_refuses_a_plan_file_whose_key_is_not_the_one_typed(qtbot, typer, ctx, committee):
    from kh130_desktop.domain.book.cell import find_cell
    from kh130_desktop.ui.wizard import COMMITTEE as COMMITTEE_STEP, FirstStartWizard
    from kh130_desktop.ui.widgets.date_field import DateField

    _c_store, _c_id, plan_path, _tmp = committee
    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard.button(QWizard.NextButton))
    page = wizard.cell_page.form
    typer(page.findChild(QLineEdit, "name"), "Chi bộ thôn Nà Pò")
    typer(page.findChild(QPlainTextEdit, "superior_bodies"), "ĐẢNG ỦY XÃ HÒA AN")
    typer(page.findChild(QLineEdit, "place_name"), "Hòa An")
    _click(qtbot, wizard.button(QWizard.NextButton))
    sec = wizard.secretary_page.form
    typer(sec.findChild(QLineEdit, "full_name"), "Hoàng Văn Pắc")
    sec.findChild(DateField, "birth_date").setDate(dt.date(1970, 5, 2))
    _click(qtbot, wizard.button(QWizard.NextButton))
    step = wizard.committee_page.form
    typer(step.findChild(QLineEdit, "committee_fingerprint"), "AB" * 32)
    wizard.committee_page.choose_plan(str(plan_path))
    assert "Không khớp với dấu vân tay đã ghi ở trên" in step.findChild(QLabel, "plan_preview").text()
    _click(qtbot, wizard.button(QWizard.FinishButton))
    qtbot.waitUntil(lambda: ctx.operations.idle())
    assert wizard.isVisible() and wizard.currentId() == COMMITTEE_STEP
    assert "không được ký bằng khóa" in wizard.committee_page.errors.text()
    with ctx.store.read() as tx:
        assert find_cell(tx) is None  # all or nothing


def test_a_held_plan_file_shows_its_fingerprint_and_is_imported_once_the_key_is_typed(qtbot, typer, ctx, settle, committee):
    from kh130_desktop.domain.book.plan import plan_year
    from kh130_desktop.domain.exchange import plan_inbox
    from kh130_desktop.ui.pages.cell_page import CellPage

    _c_store, c_id, plan_path, _tmp = committee
    _new_cell(ctx)
    with ctx.store.transaction() as tx:  # as `kh130 plan import` leaves it: held, its key unknown
        assert plan_inbox.import_plan(tx, plan_path.read_bytes(), plan_path.name).status == plan_inbox.UNTRUSTED
    page = CellPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "đang chờ ghi khóa" in page.committee_key_label.text())  # once on screen
    text = page.committee_key_label.text()
    assert "Tệp kế hoạch đang chờ ghi khóa (1): Đảng ủy xã Hòa An" in text and c_id.fingerprint.split()[0] in text
    _click(qtbot, page.committee_key_button)
    typer(page.dialog.form.findChild(QLineEdit, "fingerprint"), c_id.fingerprint)
    _click(qtbot, page.dialog.form.findChild(QPushButton, "saveButton"))
    settle(ctx)
    assert [p.file.year for p in page.dialog.imported] == [2026]
    assert "đang chờ" not in page.committee_key_label.text()
    with ctx.store.read() as tx:
        assert plan_year(tx, 2026) is not None
