"""The files that come down, between two stores: the committee writes the 2026 plan, the cell
trusts the committee's key from its slip and imports the plan, records a session from it and
sends its quarters up; the committee imports them, returns one, and writes a receipt the cell
imports; a newer plan revision keeps the cell's records and manual marks."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from sqlmodel import select

from kh130_desktop.domain.book import plan, roster
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, save_session_with_attendance
from kh130_desktop.domain.documents.keyslip import keyslip_pdf
from kh130_desktop.domain.exchange import importer, incoming, plan_file, plan_inbox, receipt_inbox, receipts, registry
from kh130_desktop.domain.exchange.export import export_cell_report, write_revision
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.store.tables import PlanMilestone

from down_stores import CELL, COMMITTEE, MATERIAL_2026, TOPIC_Q2_2026, UTC, open_cell, open_committee, plan_2026


def slip_fingerprint(pdf: bytes) -> str:
    """What the secretary reads off the committee's printed slip: its sixteen groups."""
    import re

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(re.findall(r"\b[0-9A-F]{4}\b", text.split("SHA-256")[1])[:16])


@pytest.fixture
def two(tmp_path):
    committee, c_id = open_committee(tmp_path / "committee")
    cell, cell_id = open_cell(tmp_path / "cell")
    yield committee, c_id, cell, cell_id, tmp_path
    committee.dispose()
    cell.dispose()


def _session(tx, day: dt.date, *, topic: str, materials: list[str]):
    chair = next(m for m in roster.list_members(tx) if m.role == "bi_thu")
    data = SessionData(kind="chuyen_de_quy", held_on=day, start_time=dt.time(8), end_time=dt.time(10), chair_id=chair.id,
                       topic=topic, materials=materials)
    marks = {s.member.id: AttendanceMark("co_mat") for s in roster.summoned_on(tx, day)}
    return save_session_with_attendance(tx, None, data, marks)


def test_the_whole_loop_between_a_committee_and_a_cell(two):
    committee, c_id, cell, cell_id, tmp = two
    out = tmp / "usb"
    out.mkdir()
    # The committee writes the 2026 plan, for all its cells, to the stick.
    result, plan_path = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), out)
    assert result.new_revision and plan_path.parent == out
    with committee.read() as tx:
        slip = keyslip_pdf(tx, c_id)
    assert slip_fingerprint(slip) == c_id.fingerprint
    # The cell trusts the committee's key from the slip, previews and imports the plan.
    with cell.transaction() as tx:
        incoming.trust_committee_key(tx, slip_fingerprint(slip), COMMITTEE)
    with cell.read() as tx:
        preview = plan_inbox.preview_plan(tx, plan_path.read_bytes())
    assert preview.status == plan_inbox.NEW
    assert preview.counts == {"materials": 2, "quarter_topics": 3, "pledge_themes": 7, "milestones": 7}
    assert "Kế hoạch năm 2026 của Đảng ủy xã Hòa An, ban hành lần 1" in preview.summary_lines()[0]
    with cell.transaction() as tx:
        assert plan_inbox.import_plan(tx, plan_path.read_bytes(), plan_path.name).status == plan_inbox.NEW
    with cell.read() as tx:
        # The session editor offers the plan's materials and the quarter's topic.
        assert plan.materials(tx, 2026)[0] == MATERIAL_2026
        assert plan.quarter_topic(tx, 2026, 2) == TOPIC_Q2_2026
        origin = plan_inbox.plan_origin(tx, 2026)
        assert origin.kind == plan_inbox.COMMITTEE and origin.revision == 1
        assert f"Kế hoạch do {COMMITTEE} ban hành, lần 1, nhận ngày" in origin.text
    # Importing the same file again: already received, nothing written.
    with cell.transaction() as tx:
        assert plan_inbox.import_plan(tx, plan_path.read_bytes()).status == plan_inbox.SAME
    with cell.read() as tx:  # its preview says nothing would be replaced
        lines = plan_inbox.preview_plan(tx, plan_path.read_bytes()).summary_lines()
    assert not any(line.startswith("Thay cho") for line in lines) and "không có gì thay đổi" in lines[-1]
    # The cell records its Q2 and Q3 sessions from the plan and sends both quarters up.
    with cell.transaction() as tx:
        _session(tx, dt.date(2026, 5, 20), topic=plan.quarter_topic(tx, 2026, 2), materials=plan.materials(tx, 2026)[:1])
        _session(tx, dt.date(2026, 8, 20), topic=plan.quarter_topic(tx, 2026, 3), materials=plan.materials(tx, 2026)[:1])
    sent = tmp / "sent"
    sent.mkdir()
    q2, q3 = Period(2026, 2), Period(2026, 3)
    for period, day in ((q2, dt.datetime(2026, 7, 2, 8, tzinfo=UTC)), (q3, dt.datetime(2026, 10, 2, 8, tzinfo=UTC))):
        write_revision(cell, lambda tx, p=period, d=day: export_cell_report(tx, cell_id, p, now=d), sent)
    # The committee trusts the cell's key, imports both files, and returns Q3 with a reason.
    with cell.read() as tx:
        from kh130_desktop.domain.book.cell import get_cell

        cell_uid = get_cell(tx).uid
    with committee.transaction() as tx:
        registry.trust_key_pem(tx, cell_id.public_pem().encode(), cell_name=CELL, cell_uid=cell_uid)
    results = importer.import_paths(committee, [sent])
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.ACCEPTED]
    with committee.transaction() as tx:
        receipts.mark_returned(tx, cell_uid, q3, "Thiếu ý kiến thảo luận của đảng viên")
    with committee.read() as tx:
        rows = {r.cell_uid: r for r in receipts.received_rows(tx, q3)}
        assert rows[cell_uid].returned == "Thiếu ý kiến thảo luận của đảng viên"
        targets = receipts.cells_of_results(results)
    assert targets == [(cell_uid, q2), (cell_uid, q3)]
    back = tmp / "back"
    back.mkdir()
    [receipt_path] = receipts.write_receipts(committee, c_id, targets, back)
    # The cell imports its receipt: Q2 received, Q3 returned.
    with cell.transaction() as tx:
        assert receipt_inbox.import_receipt(tx, receipt_path.read_bytes()).status == receipt_inbox.IMPORTED
    with cell.read() as tx:
        states = receipt_inbox.period_receipts(tx)
        returned = receipt_inbox.returned_periods(tx)
    today = dt.date.today().strftime("%d/%m/%Y")
    assert states["2026-Q2"].text == f"Đã nhận ngày {today} (bản lần 1)"
    assert states["2026-Q3"].outcome == "returned"
    assert states["2026-Q3"].text.startswith("Trả lại để sửa: Thiếu ý kiến thảo luận của đảng viên")
    assert [r.period for r in returned] == ["2026-Q3"]
    with cell.transaction() as tx:  # the same receipt again
        assert receipt_inbox.import_receipt(tx, receipt_path.read_bytes()).status == receipt_inbox.ALREADY


def test_a_newer_plan_revision_keeps_the_cells_records_and_manual_marks(two):
    committee, c_id, cell, cell_id, tmp = two
    first = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp)[1].read_bytes()
    with cell.transaction() as tx:
        incoming.trust_committee_key(tx, c_id.fingerprint, COMMITTEE)
        plan_inbox.import_plan(tx, first)
    with cell.transaction() as tx:
        sid = _session(tx, dt.date(2026, 5, 20), topic=plan.quarter_topic(tx, 2026, 2), materials=plan.materials(tx, 2026)[:1])
        manual = tx.exec(select(PlanMilestone).where(PlanMilestone.year == 2026, PlanMilestone.done_when == "")).one()
        plan.mark_milestone_done(tx, manual.id, dt.date(2026, 12, 20))
    # The committee changes its plan: a second revision.
    with committee.transaction() as tx:
        plan.load_plan(tx, plan_2026(extra_material="Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025"))
    again = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp / "x.kh130")
    assert again[0].new_revision and again[0].sequence == 2
    with cell.read() as tx:
        preview = plan_inbox.preview_plan(tx, again[1].read_bytes())
        assert preview.status == plan_inbox.NEWER and "lần 1" in preview.replaces
    with cell.transaction() as tx:
        plan_inbox.import_plan(tx, again[1].read_bytes())
    with cell.read() as tx:
        assert len(plan.materials(tx, 2026)) == 3
        from kh130_desktop.domain.book.sessions import get_session

        assert get_session(tx, sid).topic == TOPIC_Q2_2026  # the record is untouched
        states = {s.code: s for s in plan.milestone_statuses(tx, 2026, today=dt.date(2026, 12, 28))}
        assert states["bao_cao_nam"].done_on == dt.date(2026, 12, 20)  # the manual mark kept
        assert states["q2_chuyen_de"].done_on == dt.date(2026, 5, 20)
        assert plan_inbox.plan_origin(tx, 2026).revision == 2
    # The first revision, arriving late: already have newer, nothing written.
    with cell.transaction() as tx:
        assert plan_inbox.import_plan(tx, first).status == plan_inbox.OLDER
        assert plan_inbox.plan_origin(tx, 2026).revision == 2


def test_an_unchanged_plan_issued_again_is_the_same_file(two):
    committee, c_id, *_rest, tmp = two
    a = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp / "a.kh130")[1].read_bytes()
    b, path = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp / "b.kh130")
    assert not b.new_revision and path.read_bytes() == a


def test_a_plan_file_from_an_unknown_key_is_held_then_imported_once_trusted(two):
    committee, c_id, cell, _cell_id, tmp = two
    data = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp)[1].read_bytes()
    with cell.transaction() as tx:
        preview = plan_inbox.import_plan(tx, data, "ke-hoach.kh130")
    assert preview.status == plan_inbox.UNTRUSTED and " ".join(c_id.fingerprint.split()[:4]) + "\n" in preview.message
    with cell.read() as tx:
        [held] = incoming.held_files(tx)
        assert held.fingerprint == c_id.fingerprint and plan.plan_year(tx, 2026) is None
    with cell.transaction() as tx:
        incoming.trust_committee_key(tx, held.fingerprint, held.unit_name)
        assert plan_inbox.import_held_plan(tx, held.id).status == plan_inbox.NEW
    with cell.read() as tx:
        assert incoming.held_files(tx) == [] and plan.materials(tx, 2026)[0] == MATERIAL_2026


def test_a_report_verifier_refuses_a_plan_file_and_the_plan_reader_a_report(two):
    from kh130_desktop.domain.exchange.container import verify_bytes
    from kh130_desktop.domain.exchange.refusal import ReportFileError

    committee, c_id, cell, cell_id, tmp = two
    data = write_revision(committee, lambda tx: plan_file.export_plan(tx, c_id, 2026), tmp)[1].read_bytes()
    with pytest.raises(ReportFileError) as caught:
        verify_bytes(data)
    assert caught.value.code == "wrong_kind" and "tệp kế hoạch năm, không phải tệp báo cáo" in caught.value.message
    with cell.transaction() as tx:
        report = export_cell_report(tx, cell_id, Period(2026, 1)).data
    with pytest.raises(ReportFileError) as caught:
        plan_file.read_plan_file(report)
    assert caught.value.code == "wrong_kind"
