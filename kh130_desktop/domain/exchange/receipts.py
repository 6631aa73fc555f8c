"""Receipts (manifest kind "receipt") and returns, on the committee's side: a period's received
revision can be sent back for correction with a reason ("trả lại để sửa": it stays received,
marked returned), and a signed receipt is written for each cell, telling it every revision of
the periods asked for that was received (and its revision number and day), returned, or refused
(docs/report-format.md §7).

One receipt per cell, addressed to it: a cell learns nothing of the other cells' files, and the
file on the stick is plainly its own. A cell's receipts are numbered 1, 2, … (a cell refuses an
older one than it holds).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from ..book.periods import Period, sorted_periods
from ..clock import local_day
from ..errors import NotFoundError, ValidationError, t
from ..store.engine import Store
from ..store.exchange_tables import ExpectedCell, ImportAudit, IssuedReceipt, ReceivedReport, ReturnedReport
from ..store.files import atomic_write_bytes
from ..text import clean_multiline, fold
from .container import EXTENSION, FORMAT_VERSION, RECEIPT_KIND, build_container, verify_signed
from .export import ExportResult, next_sequence
from .identity import Identity
from .outcomes import Outcome
from .registry import committee_profile
from .revisions import numbered
from .strict_json import canonical_json

RECEIPT_JSON = "receipt.json"
RECEIPT_FORMAT_NAME = "kh130-receipt-data"
RECEIVED, RETURNED, REFUSED = "received", "returned", "refused"
OUTCOMES = (RECEIVED, RETURNED, REFUSED)
MAX_ENTRIES = 400
MAX_REASON = 1000


# --- returns ----------------------------------------------------------------------------------

def _current(tx: Session, cell_uid: str, period: Period) -> ReceivedReport:
    row = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period.code,
                                               ReceivedReport.current.is_(True), ReceivedReport.withdrawn.is_(False))).first()
    if row is None:
        raise NotFoundError(t("Chưa nhận báo cáo kỳ {period} của chi bộ này.", period=period.label))
    return row


def mark_returned(tx: Session, cell_uid: str, period: Period, reason: str) -> ReturnedReport:
    """Send the cell's current revision of `period` back for correction, with a typed reason."""
    reason = clean_multiline(reason)
    if not reason:
        raise ValidationError("Chưa nhập lý do trả lại.", hint="Ghi rõ chi bộ cần sửa gì, ví dụ: thiếu biên bản buổi sinh hoạt quý II.",
                              field="reason")
    if len(reason) > MAX_REASON:
        raise ValidationError(t("Lý do trả lại quá dài (tối đa {limit} ký tự).", limit=MAX_REASON), field="reason")
    row = _current(tx, cell_uid, period)
    mark = tx.exec(select(ReturnedReport).where(ReturnedReport.manifest_sha256 == row.manifest_sha256)).first()
    mark = mark or ReturnedReport(manifest_sha256=row.manifest_sha256, cell_uid=cell_uid, period=period.code, reason=reason)
    mark.reason = reason
    tx.add(mark)
    tx.flush()
    return mark


def unmark_returned(tx: Session, cell_uid: str, period: Period) -> None:
    """Undo a return (the clerk's mistake): the current revision is simply received again."""
    row = _current(tx, cell_uid, period)
    mark = tx.exec(select(ReturnedReport).where(ReturnedReport.manifest_sha256 == row.manifest_sha256)).first()
    if mark is None:
        raise NotFoundError("Báo cáo này không bị trả lại.")
    tx.delete(mark)
    tx.flush()


def returned_reason(tx: Session, cell_uid: str, period: Period) -> str | None:
    """The reason the cell's current revision of `period` was returned, or None: the hook the
    receiving views show."""
    row = tx.exec(select(ReturnedReport.reason).join(ReceivedReport, ReceivedReport.manifest_sha256 == ReturnedReport.manifest_sha256)
                  .where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period.code,
                         ReceivedReport.current.is_(True))).first()
    return row


@dataclass(frozen=True)
class ReceivedRow:
    """A cell's state for a period, for the committee's "sent down" tab."""

    cell_uid: str
    cell_name: str
    revision: int | None
    received_on: dt.date | None
    returned: str | None  # the reason, when the current revision was returned


def received_rows(tx: Session, period: Period) -> list[ReceivedRow]:
    """Every cell with a revision of `period` received, its current revision's number and day,
    and its return mark."""
    rows = tx.exec(select(ReceivedReport).where(ReceivedReport.period == period.code, ReceivedReport.withdrawn.is_(False))).all()
    by_cell: dict[str, list[ReceivedReport]] = {}
    for r in rows:
        by_cell.setdefault(r.cell_uid, []).append(r)
    names = {c.cell_uid: c.name for c in tx.exec(select(ExpectedCell)) if c.cell_uid}
    out = []
    for cell_uid, revisions in by_cell.items():
        current = next(((n, r) for n, r in numbered(revisions) if r.current), None)
        number, row = current if current else (None, revisions[-1])
        out.append(ReceivedRow(cell_uid, names.get(cell_uid, row.cell_name), number,
                               local_day(row.received_at) if current else None,
                               returned_reason(tx, cell_uid, period) if current else None))
    return sorted(out, key=lambda r: fold(r.cell_name))


# --- receipts ----------------------------------------------------------------------------------

def receipt_entries(tx: Session, cell_uid: str, periods: Iterable[Period] | None = None) -> list[dict]:
    """What became of each file of the cell for `periods` (every period, without): each
    revision received, with its number, day and return mark, and each file refused, with why."""
    codes = sorted({p.code for p in periods}) if periods is not None else None
    query = select(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.withdrawn.is_(False))
    if codes is not None:
        query = query.where(ReceivedReport.period.in_(codes))
    returned = {m.manifest_sha256: m.reason for m in tx.exec(select(ReturnedReport).where(ReturnedReport.cell_uid == cell_uid))}
    by_period: dict[str, list[ReceivedReport]] = {}
    for r in tx.exec(query):
        by_period.setdefault(r.period, []).append(r)
    entries = []
    for code, rows in by_period.items():
        for number, r in numbered(rows):
            reason = returned.get(r.manifest_sha256)
            entries.append({"period": code, "report_id": r.report_id, "revision": number,
                            "outcome": RETURNED if reason is not None else RECEIVED,
                            "day": local_day(r.received_at).isoformat(), "reason": reason or ""})
    audit = select(ImportAudit).where(ImportAudit.cell_uid == cell_uid, ImportAudit.outcome == Outcome.REJECTED.value)
    if codes is not None:
        audit = audit.where(ImportAudit.period.in_(codes))
    for a in tx.exec(audit.order_by(ImportAudit.id)):
        entries.append({"period": a.period, "report_id": a.report_id, "revision": None, "outcome": REFUSED,
                        "day": local_day(a.at).isoformat(), "reason": a.reason[:MAX_REASON]})
    entries.sort(key=lambda e: (Period.parse(e["period"]).key, e["day"], e["revision"] or 0, e["report_id"]))
    return entries[-MAX_ENTRIES:]


def export_receipt(tx: Session, identity: Identity, cell_uid: str, periods: Iterable[Period] | None = None, *,
                   now: dt.datetime | None = None) -> ExportResult:
    """The signed receipt for one cell (its next number): every file of `periods` and what
    became of it. The result's `sequence` is the receipt's number for that cell."""
    profile = committee_profile(tx)
    if not profile.name or not profile.uid:
        raise ValidationError("Chưa nhập tên cấp ủy tiếp nhận.", hint="Ghi tên cấp ủy ở trang Tiếp nhận rồi ghi giấy báo.")
    cell = tx.exec(select(ExpectedCell).where(ExpectedCell.cell_uid == cell_uid)).first()
    if cell is None:
        raise NotFoundError("Chi bộ này chưa gửi tệp nào, chưa ghi được giấy báo.")
    periods = list(periods) if periods is not None else None
    entries = receipt_entries(tx, cell_uid, periods)
    covered = sorted_periods({e["period"] for e in entries} | {p.code for p in periods or []})
    if not covered:
        raise NotFoundError(t("Chưa có tệp nào của {name} để báo.", name=cell.name))
    last = tx.exec(select(IssuedReceipt).where(IssuedReceipt.cell_uid == cell_uid).order_by(IssuedReceipt.number.desc())).first()
    number = last.number + 1 if last is not None else 1
    created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    body = {"format": RECEIPT_FORMAT_NAME, "version": FORMAT_VERSION, "number": number,
            "committee": {"uid": profile.uid, "name": profile.name}, "cell": {"uid": cell_uid, "name": cell.name},
            "periods": [p.code for p in covered], "entries": entries}
    report_id = str(uuid.uuid4())
    data = build_container(identity, kind=RECEIPT_KIND, unit_uid=profile.uid, unit_name=profile.name, period=covered[-1],
                           sequence=next_sequence(tx), report_id=report_id, supersedes=None, created=created,
                           members={RECEIPT_JSON: canonical_json(body)})
    slug = re.sub(r"[^a-z0-9]+", "-", fold(cell.name)).strip("-")[:60] or "chi-bo"
    name = f"giay-bao_{slug}_{number:03d}{EXTENSION}"
    manifest_sha = verify_signed(data, (RECEIPT_KIND,)).manifest_sha256  # names the receipt, as a report's
    tx.add(IssuedReceipt(cell_uid=cell_uid, number=number, created_at=created, file_name=name, manifest_sha256=manifest_sha))
    tx.flush()
    return ExportResult(data, name, report_id, number, None, identity.fingerprint, True)


def cells_of_results(results) -> list[tuple[str, Period]]:
    """The (cell, period) pairs an import's results name (files with a cell): what "receipts
    for the last import" covers."""
    pairs = set()
    for r in results:
        if r.cell_uid and r.period:
            try:
                pairs.add((r.cell_uid, Period.parse(r.period)))
            except ValidationError:
                continue
    return sorted(pairs, key=lambda p: (p[0], p[1].key))


def write_receipts(store: Store, identity: Identity, targets: Iterable[tuple[str, Period | None]],
                   destination: str | os.PathLike[str]) -> list[Path]:
    """Receipts for (cell uid, period) pairs (a period None: all its periods), one per cell,
    signed in one transaction, then written into the folder `destination`."""
    wanted: dict[str, set[Period] | None] = {}
    for cell_uid, period in targets:
        if period is None or wanted.get(cell_uid, set()) is None:
            wanted[cell_uid] = None
        else:
            wanted.setdefault(cell_uid, set()).add(period)
    with store.transaction() as tx:
        results = [export_receipt(tx, identity, uid, periods) for uid, periods in sorted(wanted.items())]
    folder = Path(destination)
    if not folder.is_dir():
        raise ValidationError("Chưa chọn thư mục để ghi giấy báo.", hint="Chọn ổ USB hoặc một thư mục.")
    return [atomic_write_bytes(folder / r.file_name, r.data, mode=0o644) for r in results]


def receipt_targets(tx: Session, period: Period) -> list[tuple[str, Period]]:
    """Every cell with a file of `period` received or refused: who a period's receipts go to."""
    uids = set(tx.exec(select(ReceivedReport.cell_uid).where(ReceivedReport.period == period.code)).all())
    uids |= {u for u in tx.exec(select(ImportAudit.cell_uid).where(ImportAudit.period == period.code,
                                                                    ImportAudit.cell_uid != "")).all()
             if tx.exec(select(ExpectedCell.id).where(ExpectedCell.cell_uid == u)).first() is not None}
    return [(uid, period) for uid in sorted(uids)]
