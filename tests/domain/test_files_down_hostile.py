"""Hostile plan files and receipts: signed by another key, for another cell, for a year or
period that does not exist, stale, or malformed. Each is refused with a clear Vietnamese reason,
and the cell's store is the same, row for row, before and after."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kh130_desktop.domain.book.cell import get_cell
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange import incoming, plan_file, plan_inbox, receipt_inbox
from kh130_desktop.domain.exchange.container import build_container
from kh130_desktop.domain.exchange.export import export_cell_report
from kh130_desktop.domain.exchange.identity import Identity
from kh130_desktop.domain.exchange.refusal import ReportFileError
from kh130_desktop.domain.exchange.strict_json import canonical_json
from kh130_desktop.domain.store.engine import STORE_FILENAME

from down_stores import COMMITTEE, UTC, open_cell, plan_2026

CREATED = dt.datetime(2026, 3, 1, 8, tzinfo=UTC)


class Committee:
    """A committee's key and uid, making plan files and receipts of any content."""

    def __init__(self) -> None:
        self.identity = Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())
        self.uid = str(uuid.uuid4())

    def signed(self, kind: str, member: str, body, *, period: str = "2026", raw: bytes | None = None) -> bytes:
        return build_container(self.identity, kind=kind, unit_uid=self.uid, unit_name=COMMITTEE, period=Period.parse(period),
                               sequence=1, report_id=str(uuid.uuid4()), supersedes=None, created=CREATED,
                               members={member: raw if raw is not None else canonical_json(body)})

    def plan(self, *, year: int = 2026, revision: int = 1, plan: dict | None = None, period: str | None = None, **extra) -> bytes:
        body = {"format": "kh130-plan-data", "version": 1, "year": year, "revision": revision,
                "committee": {"uid": self.uid, "name": COMMITTEE}, "plan": plan if plan is not None else plan_2026(), **extra}
        return self.signed("plan", "plan.json", body, period=period or str(year))

    def receipt(self, cell_uid: str, *, number: int = 2, entries: list | None = None, periods: list | None = None) -> bytes:
        body = {"format": "kh130-receipt-data", "version": 1, "number": number, "committee": {"uid": self.uid, "name": COMMITTEE},
                "cell": {"uid": cell_uid, "name": "Chi bộ thôn Nà Pò"}, "periods": periods or ["2026-Q2"],
                "entries": entries if entries is not None else
                [{"period": "2026-Q2", "report_id": str(uuid.uuid4()), "revision": 1, "outcome": "received", "day": "2026-07-05",
                  "reason": ""}]}
        return self.signed("receipt", "receipt.json", body, period="2026-Q2")


@pytest.fixture
def cell(tmp_path):
    store, identity = open_cell(tmp_path / "cell")
    committee = Committee()
    with store.transaction() as tx:
        incoming.trust_committee_key(tx, committee.identity.fingerprint, COMMITTEE)
        plan_inbox.import_plan(tx, committee.plan(revision=2))
        receipt_inbox.import_receipt(tx, committee.receipt(get_cell(tx).uid, number=2))
        uid = get_cell(tx).uid
    yield store, identity, committee, uid, tmp_path / "cell" / STORE_FILENAME
    store.dispose()


def snapshot(path) -> list[str]:
    """Every row of every table, as SQL: what "the store unchanged" means."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _bad_plan(plan: dict, **change) -> dict:
    return {**plan, **change}


def _bad_milestone(**change) -> dict:
    plan = plan_2026()
    plan["milestones"][0].update(change)
    return plan


def _case_plans(committee: Committee, cell_uid: str, identity) -> dict[str, tuple[bytes, str, str]]:
    other = Committee()
    signed = committee.plan(revision=3)
    return {
        "another key": (other.plan(revision=5), "wrong_key", "không được ký bằng khóa của Đảng ủy xã Hòa An"),
        "a year that does not exist": (committee.plan(year=2026, plan={**plan_2026(), "year": 1875}), "malformed",
                                       "không khớp với năm của tệp"),
        "a year beyond any plan": (committee.plan(year=2150, period="2026"), "malformed", "năm 2150, một năm không có"),
        "stale: an older revision": (committee.plan(revision=1), "older", "đã có bản kế hoạch mới hơn (lần 2)"),
        "a milestone rule unknown": (committee.plan(revision=3, plan=_bad_milestone(done_when="rm -rf")), "malformed",
                                     "Cách tính “đã xong” của mốc"),
        "a due date that is no date": (committee.plan(revision=3, plan=_bad_milestone(due_on="31/02/2026")), "malformed", "không phải một ngày hợp lệ"),
        "a topic of the wrong type": (committee.plan(revision=3, plan=_bad_plan(plan_2026(), topic=["x"])), "malformed", "chủ đề (Chuyên đề) của năm” phải là chữ"),
        "duplicate keys in plan.json": (committee.signed("plan", "plan.json", None, raw=b'{"format":"kh130-plan-data","format":"x"}'),
                                        "malformed", "plan.json"),
        "bytes after the ZIP": (signed + b"\0" * 10, "malformed", ""),
        "a report given as a plan": (None, "wrong_kind", "tệp báo cáo, không phải tệp kế hoạch năm"),
    }


PLAN_CASES = ["another key", "a year that does not exist", "a year beyond any plan", "stale: an older revision",
              "a milestone rule unknown", "a due date that is no date", "a topic of the wrong type",
              "duplicate keys in plan.json", "bytes after the ZIP", "a report given as a plan"]


@pytest.mark.parametrize("case", PLAN_CASES)
def test_a_hostile_plan_file_is_refused_and_the_store_unchanged(cell, case):
    store, identity, committee, uid, path = cell
    with store.transaction() as tx:
        report = export_cell_report(tx, identity, Period(2026, 1)).data
    data, code, words = _case_plans(committee, uid, identity)[case]
    data = data if data is not None else report
    before = snapshot(path)
    if code == "older":
        with store.transaction() as tx:
            result = plan_inbox.import_plan(tx, data)
        assert result.status == plan_inbox.OLDER and words in result.message
    else:
        with pytest.raises(ReportFileError) as caught:
            with store.transaction() as tx:
                plan_inbox.import_plan(tx, data)
        assert caught.value.code == code, caught.value.message
        assert words in str(caught.value)
    assert snapshot(path) == before


RECEIPT_CASES = ["another key", "another cell", "a period that does not exist", "a line of a period not covered",
                 "stale: an older number", "an unknown outcome", "a plan given as a receipt", "cut short"]


@pytest.mark.parametrize("case", RECEIPT_CASES)
def test_a_hostile_receipt_is_refused_and_the_store_unchanged(cell, case):
    store, _identity, committee, uid, path = cell
    line = {"period": "2026-Q2", "report_id": "", "revision": 1, "outcome": "received", "day": "2026-07-05", "reason": ""}
    data, code, words = {
        "another key": (Committee().receipt(uid, number=9), "wrong_key", "không được ký bằng khóa"),
        "another cell": (committee.receipt(str(uuid.uuid4()), number=9), "wrong_cell", "không phải cho chi bộ này"),
        "a period that does not exist": (committee.receipt(uid, number=9, periods=["2026-Q5"], entries=[]), "malformed",
                                         "một kỳ không có: “2026-Q5”"),
        "a line of a period not covered": (committee.receipt(uid, number=9, entries=[{**line, "period": "2025-Q1"}]), "malformed",
                                           "kỳ không nằm trong giấy báo"),
        "stale: an older number": (committee.receipt(uid, number=1), "stale", "Giấy báo số 1 cũ hơn giấy báo số 2"),
        "an unknown outcome": (committee.receipt(uid, number=9, entries=[{**line, "outcome": "deleted"}]), "malformed", "sai cấu trúc"),
        "a plan given as a receipt": (committee.plan(revision=3), "wrong_kind", "tệp kế hoạch năm, không phải giấy báo nhận"),
        "cut short": (committee.receipt(uid, number=9)[:-30], "malformed", ""),
    }[case]
    before = snapshot(path)
    with pytest.raises(ReportFileError) as caught:
        with store.transaction() as tx:
            receipt_inbox.import_receipt(tx, data)
    assert caught.value.code == code, caught.value.message
    assert words in str(caught.value)
    assert snapshot(path) == before


def test_the_store_keeps_its_good_receipt_and_plan_after_every_refusal(cell):
    store, *_rest = cell
    with store.read() as tx:
        assert plan_inbox.plan_origin(tx, 2026).revision == 2
        assert receipt_inbox.period_receipts(tx)["2026-Q2"].text == "Đã nhận ngày 05/07/2026 (bản lần 1)"
