"""A cell imports its committee's receipt, and its reports page shows, per period, what became of
what it sent: "Đã nhận ngày … (bản lần N)", "Bị từ chối: …" or "Trả lại để sửa: …".

A receipt is refused (nothing written) when it is not for this cell, not signed by the
committee key the cell trusted, older than one already imported (stale), or malformed; the
same receipt again is "already received" (docs/report-format.md §7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from ..book.cell import get_cell
from ..book.periods import Period
from ..errors import Text, ValidationError, t
from ..store.exchange_tables import ReceiptEntry, ReceivedReceipt
from .container import FORMAT_VERSION, RECEIPT_KIND, VerifiedFile, verify_signed
from .incoming import refuse_untrusted
from .receipts import MAX_ENTRIES, MAX_REASON, OUTCOMES, RECEIPT_FORMAT_NAME, RECEIPT_JSON, RECEIVED, REFUSED, RETURNED
from .refusal import ReportFileError, _malformed
from .strict_json import parse_strict

_HINT = "Xin cấp ủy ghi lại giấy báo."


@dataclass(frozen=True)
class ReceiptFile:
    verified: VerifiedFile
    number: int
    committee_uid: str
    committee_name: str
    cell_uid: str
    cell_name: str
    periods: list[str]
    entries: list[dict]

    @property
    def created(self) -> dt.datetime:
        return self.verified.created.replace(tzinfo=dt.timezone.utc)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _period(value: Any) -> str:
    try:
        period = Period.parse(value) if isinstance(value, str) else None
    except ValidationError:
        period = None
    if period is None or period.code != value:
        raise _malformed(t("Giấy báo ghi một kỳ không có: “{period}”.", period=str(value)[:20]), _HINT)
    return value


def read_receipt_file(data: bytes) -> ReceiptFile:
    """Every check of a receipt file; a `ReportFileError` with its reason when one fails."""
    v = verify_signed(data, (RECEIPT_KIND,))
    if RECEIPT_JSON not in v.members:
        raise _malformed("Giấy báo không có receipt.json.", _HINT)
    body, normalised = parse_strict(v.members[RECEIPT_JSON], RECEIPT_JSON)
    if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT_NAME or body.get("version") != FORMAT_VERSION:
        raise ReportFileError("unknown_version", "Giấy báo (receipt.json) có định dạng không được hỗ trợ.",
                              "Cài phiên bản KH130 mới nhất rồi nhập lại tệp.")
    committee, cell, number = body.get("committee"), body.get("cell"), body.get("number")
    if not (isinstance(committee, dict) and committee.get("uid") == v.manifest["cell"]["uid"]
            and isinstance(cell, dict) and isinstance(cell.get("uid"), str) and isinstance(cell.get("name"), str)
            and 0 < len(cell["uid"]) <= 36 and len(cell["name"]) <= 200 and _int(number) and 1 <= number <= 2**31):
        raise _malformed("Giấy báo sai thông tin cấp ủy, chi bộ hoặc số giấy báo.", _HINT)
    periods, entries = body.get("periods"), body.get("entries")
    if not isinstance(periods, list) or not periods or len(periods) > 200 or not isinstance(entries, list) \
            or len(entries) > MAX_ENTRIES:
        raise _malformed("Giấy báo sai danh sách kỳ hoặc danh sách tệp.", _HINT)
    periods = [_period(p) for p in periods]
    checked = []
    for e in entries:
        if not isinstance(e, dict) or e.get("outcome") not in OUTCOMES or not isinstance(e.get("reason", ""), str) \
                or len(e.get("reason", "")) > MAX_REASON or not isinstance(e.get("report_id", ""), str) \
                or len(e.get("report_id", "")) > 36 or not (e.get("revision") is None or _int(e["revision"]) and 1 <= e["revision"] <= 10_000):
            raise _malformed("Một dòng của giấy báo sai cấu trúc.", _HINT)
        try:
            day = dt.date.fromisoformat(e.get("day")) if isinstance(e.get("day"), str) and len(e["day"]) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise _malformed("Một dòng của giấy báo sai ngày.", _HINT)
        period = _period(e.get("period"))
        if period not in periods:
            raise _malformed("Giấy báo có dòng của kỳ không nằm trong giấy báo.", _HINT)
        checked.append({"period": period, "report_id": e.get("report_id", ""), "revision": e.get("revision"),
                        "outcome": e["outcome"], "day": day, "reason": e.get("reason", "")})
    if normalised:
        v.warnings.append(t("Văn bản trong {member} không ở dạng Unicode chuẩn (NFC); đã chuẩn hóa khi đọc.", member=RECEIPT_JSON))
    return ReceiptFile(v, number, committee["uid"], v.manifest["cell"]["name"], cell["uid"], cell["name"], periods, checked)


IMPORTED, ALREADY = "imported", "already"


@dataclass(frozen=True)
class ReceiptImport:
    file: ReceiptFile
    status: str  # imported | already
    message: Text

    @property
    def lines(self) -> list[Text]:
        """What the receipt says, period by period (receipt_lines)."""
        return receipt_lines(self.file)


def import_receipt(tx: Session, data: bytes) -> ReceiptImport:
    """Import a receipt for this cell; refused (a `ReportFileError`, nothing written) when it is
    for another cell, not signed by the trusted committee key, stale or malformed."""
    f = read_receipt_file(data)
    cell = get_cell(tx)
    if f.cell_uid != cell.uid:
        raise ReportFileError("wrong_cell", t("Giấy báo này gửi cho {name}, không phải cho chi bộ này.", name=f.cell_name[:200]),
                              "Chọn đúng giấy báo của chi bộ mình.")
    refuse_untrusted(tx, f.verified.fingerprint, t("giấy báo"))
    if tx.exec(select(ReceivedReceipt.id).where(ReceivedReceipt.manifest_sha256 == f.verified.manifest_sha256)).first():
        return ReceiptImport(f, ALREADY, t("Đã nhập giấy báo số {number} này từ trước.", number=f.number))
    last = tx.exec(select(ReceivedReceipt).where(ReceivedReceipt.committee_uid == f.committee_uid)
                   .order_by(ReceivedReceipt.number.desc())).first()
    if last is not None and f.number <= last.number:
        raise ReportFileError("stale", t("Giấy báo số {number} cũ hơn giấy báo số {held} đã nhập.", number=f.number, held=last.number),
                              "Không cần nhập giấy báo cũ; dùng giấy báo mới nhất của cấp ủy.")
    receipt = ReceivedReceipt(committee_uid=f.committee_uid, number=f.number, fingerprint=f.verified.fingerprint,
                              manifest_sha256=f.verified.manifest_sha256, created_at=f.created)
    tx.add(receipt)
    tx.flush()
    for e in f.entries:
        tx.add(ReceiptEntry(receipt_pk=receipt.id, period=e["period"], report_id=e["report_id"], revision=e["revision"],
                            outcome=e["outcome"], day=e["day"], reason=e["reason"]))
    tx.flush()
    return ReceiptImport(f, IMPORTED, t("Đã nhập giấy báo số {number} của {committee}.", number=f.number, committee=f.committee_name))


@dataclass(frozen=True)
class PeriodReceipt:
    """What the committee's newest receipt covering a period says of it."""

    period: str
    outcome: str  # received | returned | refused | none (covered, nothing arrived)
    text: Text
    day: dt.date | None = None
    revision: int | None = None
    reason: str = ""


def outcome_text(outcome: str, reason: str, revision: int | None, day: dt.date) -> Text:
    """What the committee says of one file: the words of the reports page, the receipt's import and `kh130 verify`."""
    if outcome == RETURNED:
        return t("Trả lại để sửa: {reason} (bản lần {revision}, nhận ngày {day})", reason=reason, revision=revision, day=f"{day:%d/%m/%Y}")
    if outcome == REFUSED:
        return t("Bị từ chối: {reason}", reason=reason)
    return t("Đã nhận ngày {day} (bản lần {revision})", day=f"{day:%d/%m/%Y}", revision=revision)


def receipt_lines(f: ReceiptFile) -> list[Text]:
    """Each line of a receipt, "quý II/2026: Đã nhận ngày … (bản lần 1)"; a period it covers
    with no file received: said so."""
    lines = [t("{period}: {text}", period=Period.parse(e["period"]).label, text=outcome_text(e["outcome"], e["reason"], e["revision"], e["day"]))
             for e in f.entries]
    covered = {e["period"] for e in f.entries}
    lines += [t("{period}: chưa nhận tệp nào", period=Period.parse(p).label) for p in f.periods if p not in covered]
    return lines


def period_receipts(tx: Session) -> dict[str, PeriodReceipt]:
    """Per period, from the newest receipt that covers it: its newest revision received (and
    whether it was returned), else its newest refusal."""
    receipts = list(tx.exec(select(ReceivedReceipt).order_by(ReceivedReceipt.number)))
    if not receipts:
        return {}
    newest: dict[str, int] = {}
    entries_of: dict[int, list[ReceiptEntry]] = {}
    for e in tx.exec(select(ReceiptEntry).order_by(ReceiptEntry.id)):
        entries_of.setdefault(e.receipt_pk, []).append(e)
    for r in receipts:
        for e in entries_of.get(r.id, []):
            newest[e.period] = r.id
    out = {}
    for period, receipt_id in newest.items():
        lines = [e for e in entries_of[receipt_id] if e.period == period]
        kept = sorted((e for e in lines if e.outcome in (RECEIVED, RETURNED)), key=lambda e: e.revision or 0)
        if kept:
            e = kept[-1]
        else:
            e = sorted((x for x in lines if x.outcome == REFUSED), key=lambda x: x.day)[-1]
        out[period] = PeriodReceipt(period, e.outcome, outcome_text(e.outcome, e.reason, e.revision, e.day), e.day, e.revision, e.reason)
    return out


def returned_periods(tx: Session) -> list[PeriodReceipt]:
    """The periods whose newest receipt says the report was returned for correction."""
    return sorted((r for r in period_receipts(tx).values() if r.outcome == RETURNED), key=lambda r: Period.parse(r.period).key)
