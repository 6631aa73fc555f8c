"""The receiving committee's registry: its own profile, the cells it expects reports from (and
from which period), and the keys it trusts, each bound to its cell, revoked from a day when a
laptop is lost. The rules are in docs/report-format.md §5 ("Trust", "Keys have a life").
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, select

from ..book.periods import Period
from ..clock import local_day
from ..errors import ConflictError, NotFoundError, ValidationError, t
from ..store import settings
from ..store.exchange_tables import ExpectedCell, ReceivedReport, TrustedKey
from ..text import clean, sort_key
from .identity import fingerprint as fingerprint_of, load_public_pem, normalise_fingerprint, public_raw
from .revisions import ordered


@dataclass
class CommitteeProfile:
    name: str = ""  # "ĐẢNG ỦY XÃ HÒA AN"
    superior_lines: list[str] | None = None  # printed top left above the name, highest first
    place_name: str = ""
    signer_name: str = ""
    uid: str = ""


def committee_profile(tx: Session) -> CommitteeProfile:
    return CommitteeProfile(
        name=settings.get(tx, settings.COMMITTEE_NAME),
        superior_lines=[line for line in settings.get(tx, settings.COMMITTEE_SUPERIORS).splitlines() if line.strip()],
        place_name=settings.get(tx, settings.COMMITTEE_PLACE),
        signer_name=settings.get(tx, settings.COMMITTEE_SIGNER),
        uid=settings.get(tx, settings.COMMITTEE_UID),
    )


def save_committee_profile(tx: Session, profile: CommitteeProfile, *, receiving: bool = False) -> CommitteeProfile:
    """Save the committee's profile; `receiving` also makes this a receiving installation
    (the mode the window opens in)."""
    name = clean(profile.name)
    if not name:
        raise ValidationError("Chưa nhập tên cấp ủy tiếp nhận.", hint="Ví dụ: ĐẢNG ỦY XÃ HÒA AN.", field="name")
    settings.put(tx, settings.COMMITTEE_NAME, name)
    settings.put(tx, settings.COMMITTEE_SUPERIORS, "\n".join(clean(line) for line in (profile.superior_lines or []) if clean(line)))
    settings.put(tx, settings.COMMITTEE_PLACE, clean(profile.place_name))
    settings.put(tx, settings.COMMITTEE_SIGNER, clean(profile.signer_name))
    if not settings.get(tx, settings.COMMITTEE_UID):
        settings.put(tx, settings.COMMITTEE_UID, str(uuid.uuid4()))
    if receiving:
        settings.set_mode(tx, "receiving")
    tx.flush()
    return committee_profile(tx)


def add_expected_cell(tx: Session, name: str, *, first_period: Period | None = None) -> ExpectedCell:
    """A cell the committee expects reports from; `first_period`: the first it must report
    (None: from its first report, consolidation.first_expected)."""
    name = clean(name)
    if not name:
        raise ValidationError("Chưa nhập tên chi bộ.", hint="Ví dụ: Chi bộ thôn Nà Lữ.", field="name")
    if tx.exec(select(ExpectedCell).where(ExpectedCell.name == name)).first() is not None:
        raise ConflictError(t("“{name}” đã có trong danh sách chi bộ.", name=name), field="name")
    cell = ExpectedCell(name=name, first_period=first_period.code if first_period else None)
    tx.add(cell)
    tx.flush()
    return cell


def set_first_period(tx: Session, cell_id: int, period: Period | None) -> ExpectedCell:
    """From which period a cell must report (None: from its first report): nothing before it
    is ever overdue."""
    cell = tx.get(ExpectedCell, cell_id)
    if cell is None:
        raise NotFoundError("Không tìm thấy chi bộ (có thể đã bị xóa).")
    cell.first_period = period.code if period else None
    tx.add(cell)
    tx.flush()
    return cell


def remove_expected_cell(tx: Session, cell_id: int) -> None:
    cell = tx.get(ExpectedCell, cell_id)
    if cell is None:
        raise NotFoundError("Không tìm thấy chi bộ (có thể đã bị xóa).")
    if cell.cell_uid and tx.exec(select(ReceivedReport.id).where(ReceivedReport.cell_uid == cell.cell_uid)).first():
        raise ConflictError(t("Không xóa được {name}: đã nhận báo cáo của chi bộ này.", name=cell.name))
    tx.delete(cell)
    tx.flush()


def expected_cells(tx: Session) -> list[ExpectedCell]:
    return sorted(tx.exec(select(ExpectedCell)).all(), key=lambda c: sort_key(c.name)[1])


def _cell_named(tx: Session, name: str | None) -> ExpectedCell:
    if not name or not clean(name):
        raise ValidationError("Chưa nhập tên chi bộ của khóa.",
                              hint="Mỗi khóa được tin cậy cho một chi bộ: ghi tên chi bộ như trên phiếu đăng ký khóa.",
                              field="cell")
    existing = tx.exec(select(ExpectedCell).where(ExpectedCell.name == clean(name))).first()
    return existing or add_expected_cell(tx, name)


_UID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{0,35}$")


def trust_key_pem(tx: Session, pem: bytes, *, cell_name: str, expected_fingerprint: str | None = None,
                  cell_uid: str | None = None) -> TrustedKey:
    """Trust a cell's public key from its .pem file, for the cell named on the paper slip;
    `expected_fingerprint` (typed from the slip) must then match, so a swapped file on the USB
    stick is caught, and `cell_uid` (the slip's "Mã chi bộ") binds the key to that cell id
    before any file arrives."""
    if len(pem) > 16 * 1024:
        raise ValidationError("Tệp khóa công khai quá lớn.", hint="Dùng tệp .pem do KH130 xuất ra.")
    raw = public_raw(load_public_pem(pem))
    printed = fingerprint_of(raw)
    if expected_fingerprint and normalise_fingerprint(expected_fingerprint) != printed:
        raise ValidationError("Dấu vân tay của tệp khóa không khớp với dấu vân tay trên phiếu.",
                              hint="Không tin cậy khóa này; liên hệ chi bộ để kiểm tra lại.", field="fingerprint")
    return _trust(tx, printed, base64.b64encode(raw).decode("ascii"), cell_name, cell_uid, "pem")


def trust_fingerprint(tx: Session, text: str, *, cell_name: str, cell_uid: str | None = None) -> TrustedKey:
    """Trust a key by the fingerprint typed from the paper slip (the key comes with the file),
    for the cell named on the slip."""
    return _trust(tx, normalise_fingerprint(text), "", cell_name, cell_uid, "fingerprint")


def _trust(tx: Session, printed: str, public_b64: str, cell_name: str, cell_uid: str | None, source: str) -> TrustedKey:
    """A key is trusted for one cell, named by a person from the slip (never by a file). A
    cell may have several keys (a new laptop's beside the old one's)."""
    existing = tx.exec(select(TrustedKey).where(TrustedKey.fingerprint == printed)).first()
    if existing is not None:
        if existing.revoked_from is not None:
            raise ConflictError("Khóa này đã bị thu hồi, không tin cậy lại được.",
                                hint="Chi bộ lập khóa mới trên máy mới rồi gửi phiếu đăng ký khóa mới.")
        raise ConflictError("Khóa này đã được tin cậy.", hint=t("Dấu vân tay: {printed}", printed=printed))
    cell = _cell_named(tx, cell_name)
    if cell_uid is not None and clean(cell_uid):
        uid = clean(cell_uid).lower()
        if not _UID.match(uid):
            raise ValidationError("Mã chi bộ không hợp lệ.", hint="Ghi đúng “Mã chi bộ” in trên phiếu đăng ký khóa.",
                                  field="cell_uid")
        if cell.cell_uid and cell.cell_uid != uid:
            raise ConflictError(t("{name} đã gửi báo cáo bằng mã chi bộ khác.", name=cell.name),
                                hint="Kiểm tra lại mã chi bộ trên phiếu đăng ký khóa.", field="cell_uid")
        other = tx.exec(select(ExpectedCell).where(ExpectedCell.cell_uid == uid, ExpectedCell.id != cell.id)).first()
        if other is not None:
            raise ConflictError(t("Mã chi bộ này là của {other}.", other=other.name),
                                hint="Kiểm tra lại tên chi bộ và mã chi bộ trên phiếu đăng ký khóa.", field="cell_uid")
        cell.cell_uid = uid
        tx.add(cell)
    key = TrustedKey(fingerprint=printed, public_key=public_b64, source=source,
                     expected_cell_id=cell.id, cell_uid=cell.cell_uid)
    tx.add(key)
    tx.flush()
    return key


def revoke_key(tx: Session, key_id: int, *, from_day: dt.date, reason: str = "",
               today: dt.date | None = None) -> list[ReceivedReport]:
    """Revoke a key from a day (a lost or stolen laptop: the last day it was surely in the
    cell's hands, or earlier): files it signed on or after `from_day`, by their signed time on
    the committee's calendar, are refused from now on, and those already received are
    withdrawn (kept, never current: the cell's newest earlier revision is current again).
    Revisions signed before that day stay. A revocation can be moved earlier, never later.
    Returns the revisions withdrawn."""
    key = tx.get(TrustedKey, key_id)
    if key is None:
        raise NotFoundError("Không tìm thấy khóa (có thể đã bị xóa).")
    today = today or dt.date.today()
    if from_day > today:
        raise ValidationError("Ngày thu hồi khóa không được sau hôm nay.", field="from_day")
    if key.revoked_from is not None and from_day > key.revoked_from:
        raise ConflictError(t("Khóa này đã bị thu hồi từ ngày {day}.", day=f"{key.revoked_from:%d/%m/%Y}"),
                            hint="Chỉ có thể lùi ngày thu hồi về trước, không dời về sau.")
    key.revoked_from, key.revoked_at, key.revoked_reason = from_day, dt.datetime.now(dt.timezone.utc), clean(reason)[:200]
    tx.add(key)
    rows = tx.exec(select(ReceivedReport.id, ReceivedReport.cell_uid, ReceivedReport.period, ReceivedReport.created_at)
                   .where(ReceivedReport.fingerprint == key.fingerprint, ReceivedReport.withdrawn.is_(False))).all()
    hit = [r for r in rows if local_day(r.created_at) >= from_day]
    if hit:
        tx.execute(update(ReceivedReport).where(ReceivedReport.id.in_([r.id for r in hit]))
                   .values(withdrawn=True, current=False))
    for cell_uid, period in sorted({(r.cell_uid, r.period) for r in hit}):
        refresh_current(tx, cell_uid, period)
    tx.flush()
    return [tx.get(ReceivedReport, r.id) for r in hit]


def refresh_current(tx: Session, cell_uid: str, period: str) -> None:
    """Make the newest revision of a cell and period that is not withdrawn its current one."""
    rows = tx.exec(select(ReceivedReport.id, ReceivedReport.installation_id, ReceivedReport.fingerprint,
                          ReceivedReport.sequence, ReceivedReport.created_at, ReceivedReport.manifest_sha256)
                   .where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period,
                          ReceivedReport.withdrawn.is_(False))).all()
    newest = ordered(rows)[-1].id if rows else None
    tx.execute(update(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period)
               .values(current=ReceivedReport.id == newest if newest is not None else False))


def trusted_keys(tx: Session) -> list[TrustedKey]:
    return list(tx.exec(select(TrustedKey).order_by(TrustedKey.trusted_at, TrustedKey.id)))
