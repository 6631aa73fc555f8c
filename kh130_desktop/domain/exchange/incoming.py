"""A cell's side of the files that come down: the committee's key, trusted by a person who
compared its fingerprint with the committee's key slip (never by a file), and the plan files
held while their key is not trusted (docs/report-format.md §7, "Trust on the cell's side").

A cell trusts one committee key at a time: recording another (the committee's new laptop,
from its new slip) replaces it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from ..errors import NotFoundError, ValidationError, t
from ..store import settings
from ..store.exchange_tables import HeldIncoming
from ..text import clean
from .identity import normalise_fingerprint
from .refusal import ReportFileError


@dataclass(frozen=True)
class CommitteeKey:
    fingerprint: str
    name: str
    since: dt.date | None


def committee_key(tx: Session) -> CommitteeKey | None:
    printed = settings.get(tx, settings.COMMITTEE_KEY)
    if not printed:
        return None
    since = settings.get(tx, settings.COMMITTEE_KEY_SINCE)
    return CommitteeKey(printed, settings.get(tx, settings.COMMITTEE_KEY_NAME),
                        dt.date.fromisoformat(since) if since else None)


def trust_committee_key(tx: Session, fingerprint: str, name: str, *, today: dt.date | None = None) -> CommitteeKey:
    """Record the committee's key by the fingerprint typed from its key slip (or shown by a
    held file and compared with the slip), with the committee's name as the slip gives it."""
    printed = normalise_fingerprint(fingerprint)
    name = clean(name)
    if not name:
        raise ValidationError("Chưa nhập tên cấp ủy của khóa.", hint="Ghi tên cấp ủy như trên phiếu đăng ký khóa, ví dụ: Đảng ủy xã Hòa An.",
                              field="committee")
    settings.put(tx, settings.COMMITTEE_KEY, printed)
    settings.put(tx, settings.COMMITTEE_KEY_NAME, name[:200])
    settings.put(tx, settings.COMMITTEE_KEY_SINCE, (today or dt.date.today()).isoformat())
    tx.flush()
    return CommitteeKey(printed, name[:200], today or dt.date.today())


def is_trusted(tx: Session, fingerprint: str) -> bool:
    key = committee_key(tx)
    return key is not None and key.fingerprint == fingerprint


def refuse_untrusted(tx: Session, fingerprint: str, what: str) -> None:
    """A receipt, or a plan file once a committee key is recorded, must be signed by that key."""
    key = committee_key(tx)
    if key is None:
        raise ReportFileError("unknown_key", t("Chi bộ chưa ghi khóa của cấp ủy, nên chưa nhận được {what}.", what=what),
                              t("Ghi dấu vân tay khóa của cấp ủy từ phiếu đăng ký khóa (trang Chi bộ), rồi nhập lại. "
                                "Dấu vân tay của tệp: {fp}", fp=fingerprint))
    if key.fingerprint != fingerprint:
        raise ReportFileError("wrong_key", t("Tệp {what} không được ký bằng khóa của {name} mà chi bộ đã ghi.", what=what, name=key.name),
                              t("Không dùng tệp này; nếu cấp ủy đã đổi khóa, ghi khóa mới từ phiếu mới rồi nhập lại. "
                                "Dấu vân tay của tệp: {fp}", fp=fingerprint))


def hold(tx: Session, *, kind: str, container_sha256: str, fingerprint: str, unit_name: str, file_name: str,
         data: bytes) -> HeldIncoming:
    existing = tx.exec(select(HeldIncoming).where(HeldIncoming.container_sha256 == container_sha256)).first()
    if existing is not None:
        return existing
    row = HeldIncoming(kind=kind, container_sha256=container_sha256, fingerprint=fingerprint, unit_name=clean(unit_name)[:200],
                       file_name=clean(file_name)[:300], container=data)
    tx.add(row)
    tx.flush()
    return row


def held_files(tx: Session) -> list[HeldIncoming]:
    return list(tx.exec(select(HeldIncoming).order_by(HeldIncoming.held_at, HeldIncoming.id)))


def held_file(tx: Session, held_id: int) -> HeldIncoming:
    row = tx.get(HeldIncoming, held_id)
    if row is None:
        raise NotFoundError("Không tìm thấy tệp đang chờ (có thể đã nhập hoặc đã bỏ).")
    return row


def discard_held(tx: Session, held_id: int) -> None:
    tx.delete(held_file(tx, held_id))
    tx.flush()
