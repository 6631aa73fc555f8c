"""Any value in any field of a signed plan file or receipt: imported, or refused with a
`ReportFileError` and nothing written; never another exception (Hypothesis)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kh130_desktop.domain.book.cell import get_cell
from kh130_desktop.domain.exchange import incoming, plan_inbox, receipt_inbox
from kh130_desktop.domain.exchange.refusal import ReportFileError
from kh130_desktop.domain.store.engine import STORE_FILENAME

from down_stores import COMMITTEE, open_cell, plan_2026
from test_files_down_hostile import Committee

VALUES = st.recursive(st.none() | st.booleans() | st.integers(-3, 3000) | st.text(max_size=12)
                      | st.sampled_from(["2026", "2026-Q2", "2026-13-01", "2026-05-19", "session:chuyen_de_quy", "x" * 5000]),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                      max_leaves=6)
PLAN_FIELDS = ["year", "plan_number", "plan_date", "topic", "materials", "quarter_topics", "pledge_themes", "milestones"]
MILESTONE_FIELDS = ["code", "title", "due_on", "quarter", "done_when"]


@pytest.fixture(scope="module")
def cell(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "cell"
    store, _identity = open_cell(folder)
    committee = Committee()
    with store.transaction() as tx:
        incoming.trust_committee_key(tx, committee.identity.fingerprint, COMMITTEE)
        uid = get_cell(tx).uid
    yield store, committee, uid, folder / STORE_FILENAME
    store.dispose()


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(PLAN_FIELDS + [f"milestone.{f}" for f in MILESTONE_FIELDS]), value=VALUES)
def test_a_plan_with_any_value_anywhere_is_imported_or_refused_whole(cell, where, value):
    store, committee, _uid, path = cell
    plan = plan_2026()
    if where.startswith("milestone."):
        plan["milestones"][1][where.split(".")[1]] = value
    else:
        plan[where] = value
    before = dump(path)
    try:
        with store.transaction() as tx:
            result = plan_inbox.import_plan(tx, committee.plan(revision=1, plan=plan))
            tx.rollback()  # every example starts from the same store
    except ReportFileError as exc:
        assert exc.code == "malformed" and exc.message
        assert dump(path) == before
        return
    assert result.status in (plan_inbox.NEW, plan_inbox.NEWER)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["period", "report_id", "revision", "outcome", "day", "reason"]), value=VALUES)
def test_a_receipt_with_any_value_in_a_line_is_imported_or_refused_whole(cell, field, value):
    store, committee, uid, path = cell
    line = {"period": "2026-Q2", "report_id": "", "revision": 1, "outcome": "received", "day": "2026-07-05", "reason": ""}
    line[field] = value
    before = dump(path)
    try:
        with store.transaction() as tx:
            receipt_inbox.import_receipt(tx, committee.receipt(uid, number=5, entries=[line]))
            tx.rollback()
    except ReportFileError as exc:
        assert exc.code == "malformed" and exc.message
        assert dump(path) == before
