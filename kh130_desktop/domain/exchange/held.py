"""Files held because their key is not trusted yet: a person compares the fingerprint with the
cell's paper slip, then approves (the key is trusted for that cell and the files imported) or
discards them."""

from __future__ import annotations

from sqlmodel import Session, select

from ..errors import ConflictError, NotFoundError, t
from ..store.exchange_tables import HeldReport, TrustedKey
from .container import ReportFileError, verify_bytes
from .batch_order import batch_order
from .importer import _audit
from .judge import _judge, _write
from .outcomes import WRITES, FileResult, _refused
from .received import figures_of
from .registry import _cell_named


def held_reports(tx: Session) -> list[HeldReport]:
    return list(tx.exec(select(HeldReport).order_by(HeldReport.held_at, HeldReport.id)))


def approve_held(tx: Session, held_id: int, *, cell_name: str | None = None) -> list[FileResult]:
    """A person compared the held file's fingerprint with the slip: trust its key, bound to
    the cell the file names, and import every file held under that key."""
    held = tx.get(HeldReport, held_id)
    if held is None:
        raise NotFoundError("Không tìm thấy tệp đang chờ (có thể đã được xử lý).")
    key = tx.exec(select(TrustedKey).where(TrustedKey.fingerprint == held.fingerprint)).first()
    if key is None or (key.expected_cell_id is None and key.cell_uid is None):
        # The person names the cell (by default, the one the file says), as on the slip.
        cell = _cell_named(tx, cell_name or held.cell_name)
        if cell.cell_uid and cell.cell_uid != held.cell_uid:
            raise ConflictError(t("{name} đã gửi báo cáo bằng mã chi bộ khác.", name=cell.name),
                                hint="Kiểm tra lại: tệp này có thể không phải của chi bộ đó.")
        if key is None:
            key = TrustedKey(fingerprint=held.fingerprint, public_key=held.public_key, source="held")
        key.expected_cell_id, key.cell_uid = cell.id, cell.cell_uid
        tx.add(key)
        tx.flush()
    results = []
    waiting = tx.exec(select(HeldReport).where(HeldReport.fingerprint == held.fingerprint)).all()
    for row in sorted(waiting, key=lambda r: batch_order(r.container, r.file_name)):  # as an import would
        try:
            verified = verify_bytes(row.container)
            result = _judge(tx.connection(), verified, row.file_name)
            if result.outcome in WRITES:
                _write(tx.connection(), verified, figures_of(verified), result.outcome)
        except ReportFileError as exc:
            result = _refused(row.file_name, exc, len(row.container))
        _audit(tx.connection(), result)
        tx.delete(row)
        results.append(result)
    tx.flush()
    return results


def discard_held(tx: Session, held_id: int) -> None:
    held = tx.get(HeldReport, held_id)
    if held is None:
        raise NotFoundError("Không tìm thấy tệp đang chờ (có thể đã được xử lý).")
    tx.delete(held)
    tx.flush()
