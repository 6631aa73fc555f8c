"""Importing report files: each file is read with a size cap, verified
(`container.verify_bytes`), judged against what the store already holds, and written whole
under a savepoint of its own, or not at all (the files of a batch share transactions). One
bad file never stops a batch. Every file an import (not a dry run) looks at leaves one
`import_audit` row, whatever became of it. The rules are in docs/report-format.md ("Receiving").
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Connection, and_, bindparam, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from ..errors import t
from ..store.engine import Store
from ..store.exchange_tables import ExpectedCell, HeldReport, ImportAudit, ReceivedMember, ReceivedReport, TrustedKey
from .container import EXTENSION, ReportFileError, VerifiedFile, parse_created, read_capped, sha256_hex, verify_bytes
from .fastsql import _bulk_insert, _insert, _run
from .outcomes import WRITES, FileResult, Outcome, _refused, _result
from .received import MEMBER_COLUMNS, _nfc, figures_of

log = logging.getLogger(__name__)


MAX_FOLDER_FILES = 5000


_RR, _TK, _EC = ReceivedReport.__table__, TrustedKey.__table__, ExpectedCell.__table__
_RM, _AU = ReceivedMember.__table__, ImportAudit.__table__


# Built once: an import runs these for every file, and SQLAlchemy's statement cache keys on them.
# _RELATED: the reports that share the file's report_id, its installation's sequence number, or
# are current for its cell (any period: the period is matched in `_judge`, so that the query
# looks up the cell's few current reports by cell_uid instead of every cell's of that period).
_KEY = (select(_TK.c.id, _TK.c.cell_uid, _TK.c.expected_cell_id, _EC.c.cell_uid.label("expected_uid"))
        .select_from(_TK.outerjoin(_EC, _TK.c.expected_cell_id == _EC.c.id))
        .where(_TK.c.fingerprint == bindparam("fp")))


_RELATED = (select(_RR.c.id, _RR.c.report_id, _RR.c.container_sha256, _RR.c.installation_id, _RR.c.sequence,
                   _RR.c.cell_uid, _RR.c.period, _RR.c.current, _RR.c.created_at)
            .where(or_(_RR.c.report_id == bindparam("rid"),
                       and_(_RR.c.installation_id == bindparam("inst"), _RR.c.sequence == bindparam("seq")),
                       and_(_RR.c.cell_uid == bindparam("cell"), _RR.c.current.is_(True)))))


_CELLS = select(_EC.c.id, _EC.c.cell_uid, _EC.c.name).where(or_(
    _EC.c.cell_uid == bindparam("cell"), _EC.c.id == bindparam("ecid"),
    and_(_EC.c.name == bindparam("name"), _EC.c.cell_uid.is_(None))))


_RETIRE = update(_RR).where(_RR.c.id == bindparam("rr_id")).values(current=False)


_BIND_CELL = update(_EC).where(_EC.c.id == bindparam("ec_id")).values(cell_uid=bindparam("uid"))


_BIND_KEY = update(_TK).where(_TK.c.id == bindparam("tk_id")).values(cell_uid=bindparam("uid"),
                                                                    expected_cell_id=bindparam("ecid"))






def _judge(conn: Connection, v: VerifiedFile, name: str) -> FileResult:
    """The outcome of a verified file against what the store holds; writes nothing."""
    key = next(iter(_run(conn, _KEY, {"fp": v.fingerprint})), None)
    v.extra["key"] = key
    if key is None:
        return _result(v, name, Outcome.HELD,
                       t("Khóa ký chưa được tin cậy. So dấu vân tay {fingerprint} với phiếu đăng ký khóa của {cell_name}, đúng thì phê duyệt.", fingerprint=v.fingerprint, cell_name=v.cell_name))
    bound = key.cell_uid or key.expected_uid
    if bound is not None and bound != v.cell_uid:
        return _result(v, name, Outcome.REJECTED,
                       t("Khóa ký này đã đăng ký cho chi bộ khác, không phải “{cell_name}”. Không dùng tệp này.", cell_name=v.cell_name),
                       code="wrong_cell")
    installation = v.manifest["installation_id"]
    related = _run(conn, _RELATED, {"rid": v.report_id, "inst": installation, "seq": v.sequence, "cell": v.cell_uid})
    same = next((r for r in related if r.report_id == v.report_id), None)
    if same is not None:
        if same.container_sha256 == v.container_sha256:
            return _result(v, name, Outcome.DUPLICATE, "Báo cáo này đã được nhận trước đó.")
        return _result(v, name, Outcome.REJECTED, "Mã báo cáo đã dùng cho một tệp khác: tệp bị phát lại hoặc giả mạo.",
                       code="replayed")
    if any(r.installation_id == installation and r.sequence == v.sequence for r in related):
        return _result(v, name, Outcome.REJECTED,
                       t("Số thứ tự {sequence} của máy này đã dùng cho báo cáo khác: tệp bị phát lại hoặc giả mạo.", sequence=v.sequence),
                       code="replayed")
    current = next((r for r in related if r.current and r.cell_uid == v.cell_uid and r.period == v.period), None)
    v.extra["current"] = current
    if current is None:
        return _result(v, name, Outcome.ACCEPTED, "Chữ ký và mã băm hợp lệ; báo cáo đầu tiên của kỳ này.")
    if _newer(v, current):
        return _result(v, name, Outcome.SUPERSEDES,
                       t("Bản mới (số {sequence}) thay bản đã nhận (số {sequence2}).", sequence=v.sequence, sequence2=current.sequence))
    return _result(v, name, Outcome.STALE,
                   t("Đã có bản mới hơn (số {sequence}); bản số {sequence2} này cũ hơn nên bỏ qua.", sequence=current.sequence, sequence2=v.sequence))


def _newer(v: VerifiedFile, current) -> bool:
    # A sequence only grows within one installation; a reinstalled cell starts again from 1,
    # so across installations the signed creation time decides.
    if current.installation_id == v.manifest["installation_id"]:
        return v.sequence > current.sequence
    created = parse_created(v.manifest["created"])
    return created > current.created_at.replace(tzinfo=None)


def _write(conn: Connection, v: VerifiedFile, figured: tuple[dict, list[tuple]]) -> None:
    """Store an accepted file, given its `figures_of`. Core statements, not ORM objects: this
    is the import's hot path, and text is normalised to NFC here since no flush hook sees
    Core inserts."""
    figures, lines = figured
    key, current = v.extra["key"], v.extra.get("current")
    if current is not None:
        _run(conn, _RETIRE, {"rr_id": current.id})
    cell_name = _nfc(v.cell_name)[:200]
    cells = _run(conn, _CELLS, {"cell": v.cell_uid, "ecid": key.expected_cell_id, "name": cell_name})
    cell = (next((c for c in cells if c.cell_uid == v.cell_uid), None)
            or next((c for c in cells if c.id == key.expected_cell_id), None)
            or next(iter(cells), None))
    if cell is None:
        cell_id = _insert(conn, _EC, {"name": cell_name, "cell_uid": v.cell_uid, "added_at": _utcnow()})
    else:
        cell_id = cell.id
        if cell.cell_uid is None:
            _run(conn, _BIND_CELL, {"ec_id": cell.id, "uid": v.cell_uid})
    if key.cell_uid is None or key.expected_cell_id is None:
        _run(conn, _BIND_KEY, {"tk_id": key.id, "uid": v.cell_uid, "ecid": key.expected_cell_id or cell_id})
    m = v.manifest
    row_id = _insert(conn, _RR, dict(
        report_id=v.report_id, cell_uid=v.cell_uid, cell_name=cell_name, kind=v.kind,
        installation_id=m["installation_id"], fingerprint=v.fingerprint, period=v.period, sequence=v.sequence,
        supersedes=m.get("supersedes"), created_at=parse_created(m["created"]).replace(tzinfo=dt.timezone.utc),
        received_at=_utcnow(), current=True, container_sha256=v.container_sha256, members=figures["members"],
        sessions_held=figures["sessions_held"], summoned=figures["summoned"], present=figures["present"],
        pledged=figures["pledged"], reviewed=figures["reviewed"],
        levels=json.dumps(dict(sorted(figures["levels"].items())), ensure_ascii=False)[:400],
        container=v.extra["container"]))
    if lines:
        _bulk_insert(conn, _RM, ("report_pk",) + MEMBER_COLUMNS, [(row_id,) + line for line in lines])


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


_UPDATE_AU = update(_AU).where(_AU.c.id == bindparam("au_id"))


def _audit(conn: Connection, r: FileResult, *, replace: int | None = None) -> int:
    """The file's audit row (a new one, or `replace` rewritten with this result); its id."""
    values = dict(
        at=_utcnow(), file_name=_nfc(r.file_name)[:300], size=r.size, container_sha256=r.container_sha256,
        outcome=r.outcome.value, reason=_nfc(r.reason), report_id=r.report_id[:36], cell_uid=r.cell_uid[:36],
        cell_name=_nfc(r.cell_name)[:200], period=r.period[:10], sequence=r.sequence, fingerprint=r.fingerprint[:80])
    if replace is None:
        return _insert(conn, _AU, values)
    _run(conn, _UPDATE_AU, {"au_id": replace, **values}, keys=tuple(values))
    return replace


def _hold(tx: Session, v: VerifiedFile, name: str) -> None:
    if tx.exec(select(HeldReport.id).where(HeldReport.container_sha256 == v.container_sha256)).first() is None:
        tx.add(HeldReport(container_sha256=v.container_sha256, fingerprint=v.fingerprint,
                          public_key=v.manifest["public_key"], cell_uid=v.cell_uid, cell_name=_nfc(v.cell_name)[:200],
                          period=v.period, sequence=v.sequence, file_name=name[:300], container=v.extra["container"]))


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files named, and the `.kh130` files inside the folders named (recursively)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            # os.walk does not follow links: a looping link on a stick cannot hang the import.
            for folder, dirs, names in os.walk(path):
                dirs.sort()
                found.extend(Path(folder) / n for n in sorted(names) if n.lower().endswith(EXTENSION))
                if len(found) >= MAX_FOLDER_FILES:
                    break
            out.extend(p for p in found[:MAX_FOLDER_FILES] if not p.is_symlink())
        else:
            out.append(path)
    seen, unique = set(), []
    for p in out:
        key = os.path.abspath(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def examine(tx: Session | Connection, name: str, data: bytes) -> tuple[VerifiedFile | None, FileResult]:
    """Verify and judge one file's bytes; writes nothing (the dry run is exactly this)."""
    try:
        v = verify_bytes(data)
        v.extra["container"] = data
        return v, _judge(tx.connection() if isinstance(tx, Session) else tx, v, name)
    except ReportFileError as exc:
        return None, _refused(name, exc, len(data), sha256_hex(data) if len(data) <= 64 * 1024 * 1024 else "")


def _conflict(name: str, size: int) -> FileResult:
    return FileResult(name, Outcome.REJECTED, "Dữ liệu vừa thay đổi trong lúc nhập tệp này; nhập lại tệp.",
                      code="conflict", size=size)


def _import_one(tx: Session, name: str, data: bytes) -> FileResult:
    """One file inside the batch's transaction: its audit row, then (for an accepted or held
    file) its writes under a SAVEPOINT of their own, so that the file goes in whole or not
    at all while the files before it in the batch stay."""
    conn = tx.connection()
    v, result = examine(conn, name, data)
    figured = None
    if v is not None and result.outcome in WRITES:
        try:
            figured = figures_of(v)  # before anything is written: a malformed report is refused whole
        except ReportFileError as exc:
            result = _refused(name, exc, v.size, v.container_sha256)
    # The audit row goes first, outside the savepoint: a driver that opens its transaction
    # only before an INSERT, UPDATE or DELETE (Python's sqlite3) would otherwise let the
    # SAVEPOINT open a transaction of its own, and the RELEASE would commit it.
    audit_id = _audit(conn, result)
    if v is None or not (figured is not None or result.outcome is Outcome.HELD):
        return result
    try:
        if figured is not None:
            # Plain SQL (standard, and the same on SQLite and PostgreSQL): SQLAlchemy's own
            # savepoint compiles its statement anew for every file.
            conn.exec_driver_sql("SAVEPOINT kh130_file")
            try:
                _write(conn, v, figured)
            except BaseException:
                try:
                    conn.exec_driver_sql("ROLLBACK TO SAVEPOINT kh130_file")
                    conn.exec_driver_sql("RELEASE SAVEPOINT kh130_file")
                except Exception:
                    # A full disk or an I/O error makes SQLite roll the whole transaction back
                    # itself, savepoint and all: the error that did it is the one to report.
                    log.warning("rolling back the import of %s failed as well", name, exc_info=True)
                raise
            conn.exec_driver_sql("RELEASE SAVEPOINT kh130_file")
        else:
            with tx.begin_nested():  # the ORM's savepoint, so a rolled-back row leaves the session too
                _hold(tx, v, name)
    except IntegrityError:
        # Another writer got there between judging and writing: this file is refused, the
        # batch goes on, and importing it again judges it against what is there now.
        log.exception("import of %s hit a constraint", name)
        result = _conflict(name, len(data))
        _audit(conn, result, replace=audit_id)
    return result


def import_bytes(store: Store, name: str, data: bytes, *, dry_run: bool = False) -> FileResult:
    """One file, in one transaction of its own: accepted whole, or nothing but its audit row."""
    if dry_run:
        with store.read() as tx:
            return examine(tx, name, data)[1]
    with store.transaction() as tx:
        return _import_one(tx, name, data)


# Within a batch a transaction is committed about this often, so that the import never holds
# the store's write lock for long, and a crash loses at most this much of the work.
COMMIT_EVERY_SECONDS = 1.0


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, dry_run: bool = False,
                 progress: Callable[[int, int], None] | None = None, backup: bool = True) -> list[FileResult]:
    """Import files and folders; one result per file, in order. Before a real import the
    store is backed up (reason "import"), so even a batch regretted later can be undone.

    Files share transactions, each file under a savepoint of its own (`_import_one`): every
    file is still accepted whole or not at all, and a bad one never stops the batch. The
    batch commits about once a second without waiting for the disk, and its last file in a
    full commit of its own: when this returns, every file it accepted is durable. A dry run
    judges every file against the store as it is and writes nothing at all."""
    files = collect_files(paths)
    if files and not dry_run and backup and store.path is not None:
        from ..store.backups import backup_now

        backup_now(store, reason="import")
    results: list[FileResult] = []
    total = len(files)

    def read(index: int) -> bytes | FileResult:
        if progress is not None:
            progress(index, total)
        try:
            return read_capped(files[index])
        except ReportFileError as exc:
            return _refused(files[index].name, exc)

    def run(tx: Session, index: int) -> None:
        data = read(index)
        if isinstance(data, FileResult):
            _audit(tx.connection(), data)
            results.append(data)
        else:
            results.append(_import_one(tx, files[index].name, data))

    if dry_run:
        with store.read() as tx:
            for index, path in enumerate(files):
                data = read(index)
                results.append(data if isinstance(data, FileResult) else examine(tx, path.name, data)[1])
    elif files:
        index, last = 0, total - 1
        # Every file but the last: commits that skip their fsync (WAL stays consistent through
        # a crash or power cut, at worst losing the latest of them)...
        with store.deferred_sync():
            while index < last:
                with store.transaction() as tx:
                    started = time.monotonic()
                    while index < last and time.monotonic() - started < COMMIT_EVERY_SECONDS:
                        run(tx, index)
                        index += 1
        # ...then the last file's commit, a full one, makes the whole batch durable.
        with store.transaction() as tx:
            run(tx, last)
    if progress is not None:
        progress(total, total)
    return results


def audit_log(tx: Session, limit: int = 500) -> list[ImportAudit]:
    return list(tx.exec(select(ImportAudit).order_by(ImportAudit.id.desc()).limit(limit)))
