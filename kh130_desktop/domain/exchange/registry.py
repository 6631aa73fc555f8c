"""The receiving committee's registry: its own profile, the cells it expects reports from, and
the keys it trusts (each bound to its cell). The rules are in docs/report-format.md ("Receiving").
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from ..errors import ConflictError, NotFoundError, ValidationError, t
from ..store import settings
from ..store.exchange_tables import ExpectedCell, ReceivedReport, TrustedKey
from ..text import clean, sort_key
from .identity import fingerprint as fingerprint_of, load_public_pem, normalise_fingerprint, public_raw


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


def save_committee_profile(tx: Session, profile: CommitteeProfile) -> CommitteeProfile:
    name = clean(profile.name)
    if not name:
        raise ValidationError("Chưa nhập tên cấp ủy tiếp nhận.", hint="Ví dụ: ĐẢNG ỦY XÃ HÒA AN.", field="name")
    settings.put(tx, settings.COMMITTEE_NAME, name)
    settings.put(tx, settings.COMMITTEE_SUPERIORS, "\n".join(clean(line) for line in (profile.superior_lines or []) if clean(line)))
    settings.put(tx, settings.COMMITTEE_PLACE, clean(profile.place_name))
    settings.put(tx, settings.COMMITTEE_SIGNER, clean(profile.signer_name))
    if not settings.get(tx, settings.COMMITTEE_UID):
        settings.put(tx, settings.COMMITTEE_UID, str(uuid.uuid4()))
    tx.flush()
    return committee_profile(tx)


def add_expected_cell(tx: Session, name: str) -> ExpectedCell:
    name = clean(name)
    if not name:
        raise ValidationError("Chưa nhập tên chi bộ.", hint="Ví dụ: Chi bộ thôn Nà Lữ.", field="name")
    if tx.exec(select(ExpectedCell).where(ExpectedCell.name == name)).first() is not None:
        raise ConflictError(t("“{name}” đã có trong danh sách chi bộ.", name=name), field="name")
    cell = ExpectedCell(name=name)
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


def _cell_named(tx: Session, name: str | None) -> ExpectedCell | None:
    if not name or not clean(name):
        return None
    existing = tx.exec(select(ExpectedCell).where(ExpectedCell.name == clean(name))).first()
    return existing or add_expected_cell(tx, name)


def trust_key_pem(tx: Session, pem: bytes, *, cell_name: str | None = None, expected_fingerprint: str | None = None) -> TrustedKey:
    """Trust a cell's public key from its .pem file; `expected_fingerprint` (typed from the
    paper slip) must then match, so a swapped file on the USB stick is caught."""
    if len(pem) > 16 * 1024:
        raise ValidationError("Tệp khóa công khai quá lớn.", hint="Dùng tệp .pem do KH130 xuất ra.")
    raw = public_raw(load_public_pem(pem))
    printed = fingerprint_of(raw)
    if expected_fingerprint and normalise_fingerprint(expected_fingerprint) != printed:
        raise ValidationError("Dấu vân tay của tệp khóa không khớp với dấu vân tay trên phiếu.",
                              hint="Không tin cậy khóa này; liên hệ chi bộ để kiểm tra lại.", field="fingerprint")
    return _trust(tx, printed, base64.b64encode(raw).decode("ascii"), cell_name, "pem")


def trust_fingerprint(tx: Session, text: str, *, cell_name: str | None = None) -> TrustedKey:
    """Trust a key by the fingerprint typed from the paper slip (the key comes with the file)."""
    return _trust(tx, normalise_fingerprint(text), "", cell_name, "fingerprint")


def _trust(tx: Session, printed: str, public_b64: str, cell_name: str | None, source: str) -> TrustedKey:
    if tx.exec(select(TrustedKey).where(TrustedKey.fingerprint == printed)).first() is not None:
        raise ConflictError("Khóa này đã được tin cậy.", hint=t("Dấu vân tay: {printed}", printed=printed))
    cell = _cell_named(tx, cell_name)
    key = TrustedKey(fingerprint=printed, public_key=public_b64, source=source,
                     expected_cell_id=cell.id if cell else None, cell_uid=cell.cell_uid if cell else None)
    tx.add(key)
    tx.flush()
    return key


def revoke_key(tx: Session, key_id: int) -> None:
    key = tx.get(TrustedKey, key_id)
    if key is None:
        raise NotFoundError("Không tìm thấy khóa (có thể đã bị xóa).")
    tx.delete(key)
    tx.flush()


def trusted_keys(tx: Session) -> list[TrustedKey]:
    return list(tx.exec(select(TrustedKey).order_by(TrustedKey.trusted_at, TrustedKey.id)))
