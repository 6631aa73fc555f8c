"""The receiving committee: trusted keys, import of report files, outcomes, audit, consolidation.

An import looks at each file on its own: it is read with a size cap, verified
(`report_file.verify_bytes`), then judged against what the store already holds, and written
whole under a savepoint of its own, or not at all (the files of a batch share transactions). One bad file never stops a batch. Every file
an import (not a dry run) looks at leaves one `import_audit` row, whatever became of it.
The rules are written down in docs/report-format.md ("Receiving").
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import time
import unicodedata
import uuid
from collections import namedtuple
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from ..clock import local_day
from ..errors import ConflictError, DomainError, NotFoundError, ValidationError, t
from .identity import Identity, fingerprint as fingerprint_of, load_public_pem, normalise_fingerprint, public_raw
from ..store.tables import Setting
from ..book.periods import Period
from ..store.exchange_tables import ExpectedCell, HeldReport, ImportAudit, ReceivedMember, ReceivedReport, TrustedKey
from .report_file import (EXTENSION, PRESENT_STATES, ExportResult, ReportFileError, VerifiedFile, export_revision,
                          parse_created, read_capped, verify_bytes)
from ..store.engine import Store
from ..text import clean, sort_key

log = logging.getLogger(__name__)

ROLE_SETTING = "role"  # "cell" (default) or "receiving"
COMMITTEE_NAME = "receiving.committee_name"
COMMITTEE_UID = "receiving.committee_uid"
COMMITTEE_SUPERIORS = "receiving.superior_lines"
COMMITTEE_PLACE = "receiving.place_name"
COMMITTEE_SIGNER = "receiving.signer_name"
DEADLINE_DAYS = 15  # a period's report is late when nothing arrived 15 days after its end
MAX_FOLDER_FILES = 5000


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    SUPERSEDES = "supersedes"
    DUPLICATE = "duplicate"
    STALE = "stale"
    HELD = "held"
    REJECTED = "rejected"


OUTCOME_LABELS = {
    Outcome.ACCEPTED: "Nhận",
    Outcome.SUPERSEDES: "Nhận, thay bản cũ",
    Outcome.DUPLICATE: "Trùng (đã có)",
    Outcome.STALE: "Bản cũ (bỏ qua)",
    Outcome.HELD: "Chờ phê duyệt khóa",
    Outcome.REJECTED: "Từ chối",
}
WRITES = (Outcome.ACCEPTED, Outcome.SUPERSEDES)


@dataclass(frozen=True)
class FileResult:
    """What happened (or, in a dry run, would happen) to one file, and why."""

    file_name: str
    outcome: Outcome
    reason: str
    code: str = ""  # the refusal's code for rejected files (malformed, bad_signature, …)
    report_id: str = ""
    cell_uid: str = ""
    cell_name: str = ""
    period: str = ""
    sequence: int | None = None
    fingerprint: str = ""
    size: int = 0
    container_sha256: str = ""

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def line(self) -> str:
        """One line for the command line."""
        what = f" — {self.cell_name} {self.period} #{self.sequence}" if self.cell_name else ""
        return f"{self.file_name}: {self.label}{what}. {self.reason}"


# --- settings: role and the committee's profile ----------------------------------------------

def _setting(tx: Session, key: str, default: str = "") -> str:
    row = tx.get(Setting, key)
    return row.value if row is not None else default


def _set(tx: Session, key: str, value: str) -> None:
    row = tx.get(Setting, key) or Setting(key=key)
    row.value = value
    tx.add(row)


def get_role(tx: Session) -> str:
    return _setting(tx, ROLE_SETTING, "cell")


def set_role(tx: Session, role: str) -> None:
    if role not in ("cell", "receiving"):
        raise ValidationError("Vai trò phải là “chi bộ” hoặc “cấp ủy tiếp nhận”.")
    _set(tx, ROLE_SETTING, role)


@dataclass
class CommitteeProfile:
    name: str = ""  # "ĐẢNG ỦY XÃ HÒA AN"
    superior_lines: list[str] | None = None  # printed top left above the name, highest first
    place_name: str = ""
    signer_name: str = ""
    uid: str = ""


def committee_profile(tx: Session) -> CommitteeProfile:
    return CommitteeProfile(
        name=_setting(tx, COMMITTEE_NAME),
        superior_lines=[line for line in _setting(tx, COMMITTEE_SUPERIORS).splitlines() if line.strip()],
        place_name=_setting(tx, COMMITTEE_PLACE),
        signer_name=_setting(tx, COMMITTEE_SIGNER),
        uid=_setting(tx, COMMITTEE_UID),
    )


def save_committee_profile(tx: Session, profile: CommitteeProfile) -> CommitteeProfile:
    name = clean(profile.name)
    if not name:
        raise ValidationError("Chưa nhập tên cấp ủy tiếp nhận.", hint="Ví dụ: ĐẢNG ỦY XÃ HÒA AN.", field="name")
    _set(tx, COMMITTEE_NAME, name)
    _set(tx, COMMITTEE_SUPERIORS, "\n".join(clean(line) for line in (profile.superior_lines or []) if clean(line)))
    _set(tx, COMMITTEE_PLACE, clean(profile.place_name))
    _set(tx, COMMITTEE_SIGNER, clean(profile.signer_name))
    if not _setting(tx, COMMITTEE_UID):
        _set(tx, COMMITTEE_UID, str(uuid.uuid4()))
    tx.flush()
    return committee_profile(tx)


# --- the registry: expected cells and trusted keys ---------------------------------------------

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


def held_reports(tx: Session) -> list[HeldReport]:
    return list(tx.exec(select(HeldReport).order_by(HeldReport.held_at, HeldReport.id)))


def approve_held(tx: Session, held_id: int, *, cell_name: str | None = None) -> list[FileResult]:
    """A person compared the held file's fingerprint with the slip: trust its key, bound to
    the cell the file names, and import every file held under that key."""
    held = tx.get(HeldReport, held_id)
    if held is None:
        raise NotFoundError("Không tìm thấy tệp đang chờ (có thể đã được xử lý).")
    key = tx.exec(select(TrustedKey).where(TrustedKey.fingerprint == held.fingerprint)).first()
    if key is None:
        cell = _cell_named(tx, cell_name or held.cell_name)
        if cell.cell_uid and cell.cell_uid != held.cell_uid:
            raise ConflictError(t("{name} đã gửi báo cáo bằng mã chi bộ khác.", name=cell.name),
                                hint="Kiểm tra lại: tệp này có thể không phải của chi bộ đó.")
        key = TrustedKey(fingerprint=held.fingerprint, public_key=held.public_key, source="held",
                         expected_cell_id=cell.id, cell_uid=held.cell_uid)
        tx.add(key)
        tx.flush()
    results = []
    for row in tx.exec(select(HeldReport).where(HeldReport.fingerprint == held.fingerprint).order_by(HeldReport.sequence)).all():
        try:
            verified = verify_bytes(row.container)
            result = _judge(tx.connection(), verified, row.file_name)
            if result.outcome in WRITES:
                _write(tx.connection(), verified, figures_of(verified))
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


# --- judging one file ----------------------------------------------------------------------------

def _refused(name: str, exc: DomainError, size: int = 0, sha: str = "") -> FileResult:
    reason = exc.message + (f" {exc.hint}" if exc.hint else "")
    return FileResult(name, Outcome.REJECTED, reason, code=exc.code, size=size, container_sha256=sha)


def _result(v: VerifiedFile, name: str, outcome: Outcome, reason: str, code: str = "") -> FileResult:
    return FileResult(name, outcome, reason, code=code, report_id=v.report_id, cell_uid=v.cell_uid,
                      cell_name=v.cell_name, period=v.period, sequence=v.sequence, fingerprint=v.fingerprint,
                      size=v.size, container_sha256=v.container_sha256)


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
_INSERT = {t.name: insert(t) for t in (_EC, _RR, _AU, _RM)}
_INSERT_RETURNING = {name: stmt.returning(stmt.table.c.id) for name, stmt in _INSERT.items()}


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


def _nfc(value):
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def _str(value, limit: int) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return _nfc(value)[:limit]


MEMBER_COLUMNS = ("member_uid", "full_name", "status", "role", "pledges", "review_level")


def _member_line(m: dict, pledge_count: dict, level_of: dict) -> tuple:
    uid, name, status, role = m["uid"], m["full_name"], m["status"], m["role"]
    if not (type(uid) is str and type(name) is str and type(status) is str and type(role) is str):
        raise TypeError("member fields")
    return (uid[:36], _nfc(name)[:120], _nfc(status)[:32], _nfc(role)[:32], pledge_count.get(uid, 0), level_of.get(uid, ""))


def figures_of(v: VerifiedFile) -> tuple[dict, list[tuple]]:
    """The figures of a verified report recomputed from its records, and its member lines."""
    report = v.report
    try:
        if v.kind == "consolidated":
            rows = report["rows"]
            totals = {"members": 0, "sessions_held": 0, "summoned": 0, "present": 0, "pledged": 0, "reviewed": 0}
            levels: dict[str, int] = {}
            for row in rows:
                for k in totals:
                    value = row[k]
                    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                        raise TypeError(k)
                    totals[k] += value
                for level, count in row["levels"].items():
                    levels[_str(level, 32)] = levels.get(level, 0) + int(count)
            totals["levels"] = levels
            return totals, []
        members, sessions, pledges, reviews = report["members"], report["sessions"], report["pledges"], report["reviews"]
        if not all(isinstance(x, list) for x in (members, sessions, pledges, reviews)):
            raise TypeError("lists")
        pledge_count: dict[str, int] = {}
        for p in pledges:
            pledge_count[p["member"]] = pledge_count.get(p["member"], 0) + 1
        level_of = {r["member"]: _str(r["level"], 32) for r in reviews}
        lines = [_member_line(m, pledge_count, level_of) for m in members]
        summoned = present = 0
        for s in sessions:
            for a in s["attendance"]:
                summoned += 1
                present += a["state"] in PRESENT_STATES
        levels = {}
        for level in level_of.values():
            levels[level] = levels.get(level, 0) + 1
        figures = {"members": sum(1 for m in members if m.get("on_roster_at_end") is True),
                   "sessions_held": len(sessions), "summoned": summoned, "present": present,
                   "pledged": len(pledge_count), "reviewed": len(reviews), "levels": levels}
        return figures, lines
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ReportFileError("malformed", "Dữ liệu báo cáo (report.json) sai cấu trúc.",
                              "Xin đơn vị gửi xuất lại tệp bằng KH130.") from exc


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


_PREPARED: dict = {}


@dataclass(frozen=True)
class _Prepared:
    sql: str
    compiled: Any
    order: tuple[str, ...] | None  # the bind names in the driver's order (None: named parameters)
    binds: tuple[tuple[str, Callable], ...]  # bind name → the column type's bind processor
    row: Any  # SELECT or RETURNING: a named tuple type for its rows
    results: tuple  # the column types' result processors (None: value as the driver gives it)


def _prepare(conn: Connection, stmt, keys: tuple[str, ...] | None = None) -> _Prepared:
    """`stmt` compiled once for the connection's dialect. SQLAlchemy's own `execute` rebuilds
    its cache key and execution context every time, which was most of an import's database
    time; the values still pass through each column type's processors, as they would there."""
    cache_key = (conn.dialect.name, stmt, keys)
    prepared = _PREPARED.get(cache_key)
    if prepared is not None:
        return prepared
    dialect = conn.dialect
    if keys is not None and stmt.is_insert:
        # A column default would be SQLAlchemy's to fill in, and it is not called here: every
        # column that has one must be given.
        missing = [c.name for c in stmt.table.columns
                   if (c.default is not None or c.server_default is not None) and c.name not in keys]
        if missing:
            raise ValueError(f"{stmt.table.name}: give {missing}")
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
    binds = tuple((name, proc) for bind, name in compiled.bind_names.items()
                  if (proc := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None)
    columns = list(stmt.exported_columns)  # a SELECT's columns, or an INSERT's RETURNING
    row = namedtuple("Row", [c.key for c in columns]) if columns else None
    results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
    prepared = _Prepared(str(compiled), compiled, tuple(compiled.positiontup) if compiled.positional else None,
                         binds, row, results)
    _PREPARED[cache_key] = prepared
    return prepared


def _run(conn: Connection, stmt, params: dict, *, keys: tuple[str, ...] | None = None):
    """Run a prepared Core statement straight on the driver (through `exec_driver_sql`, so
    errors still come as SQLAlchemy's). Rows of a SELECT or RETURNING come as named tuples."""
    p = _prepare(conn, stmt, keys)
    values = p.compiled.construct_params(params)
    for name, proc in p.binds:
        values[name] = proc(values[name])
    result = conn.exec_driver_sql(p.sql, tuple(values[n] for n in p.order) if p.order is not None else values)
    if p.row is None:
        return result
    return [p.row(*(proc(value) if proc is not None else value for proc, value in zip(p.results, raw)))
            for raw in result.fetchall()]


def _insert(conn: Connection, table, values: dict) -> int:
    """Insert one row; its primary key."""
    keys = tuple(values)
    if conn.dialect.insert_returning and conn.dialect.name != "sqlite":
        return _run(conn, _INSERT_RETURNING[table.name], values, keys=keys)[0].id
    # SQLite's lastrowid is the row just inserted on this connection; RETURNING would make
    # SQLAlchemy build result metadata for every row (a tenth of a batch import's time).
    return _run(conn, _INSERT[table.name], values, keys=keys).lastrowid


def _bulk_insert(conn: Connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """executemany straight to the driver. These columns (plain text and integers) need no
    processing, and SQLAlchemy's per-row parameter handling was most of the member lines'
    cost. The statement is compiled for the connection's dialect, so this stays portable."""
    p = _prepare(conn, _INSERT[table.name], columns)
    if p.binds:
        raise ValueError(f"{table.name}: {[name for name, _ in p.binds]} need processing")
    if p.order is None:
        params = [dict(zip(columns, row)) for row in rows]
    else:
        where = [columns.index(name) for name in p.order]
        params = [tuple(row[i] for i in where) for row in rows]
    conn.exec_driver_sql(p.sql, params)


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


# --- importing ---------------------------------------------------------------------------------

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
        from .report_file import sha256_hex

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
                conn.exec_driver_sql("ROLLBACK TO SAVEPOINT kh130_file")
                conn.exec_driver_sql("RELEASE SAVEPOINT kh130_file")
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


# --- consolidation -------------------------------------------------------------------------------

def deadline_of(period: Period) -> dt.date:
    return period.end + dt.timedelta(days=DEADLINE_DAYS)


@dataclass(frozen=True)
class GridCell:
    """One cell × one period of the reported/late grid."""

    status: str  # reported | reported_late | missing | late (missing after the deadline) | not_due
    sequence: int | None = None
    received_on: dt.date | None = None


def _received_on(moment: dt.datetime) -> dt.date:
    return local_day(moment)  # the day on the committee's calendar, not in UTC


def _cell_period_state(tx: Session, cell_uid: str | None, period: Period, today: dt.date):
    current = None
    first = None
    if cell_uid:
        current = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period.code,
                                                       ReceivedReport.current.is_(True))).first()
        first = tx.exec(select(func.min(ReceivedReport.received_at)).where(ReceivedReport.cell_uid == cell_uid,
                                                                           ReceivedReport.period == period.code)).one()
    deadline = deadline_of(period)
    if current is not None:
        first_day = _received_on(first) if first is not None else _received_on(current.received_at)
        late = first_day > deadline
        return current, GridCell("reported_late" if late else "reported", current.sequence, first_day), late
    late = today > deadline
    return None, GridCell("late" if late else "not_due"), late


def reporting_grid(tx: Session, periods: list[Period], today: dt.date | None = None) -> list[tuple[ExpectedCell, list[GridCell]]]:
    """Which cells reported for which period, late ones marked."""
    today = today or dt.date.today()
    return [(cell, [_cell_period_state(tx, cell.cell_uid, p, today)[1] for p in periods]) for cell in expected_cells(tx)]


def received_periods(tx: Session) -> list[Period]:
    codes = set(tx.exec(select(ReceivedReport.period)).all())
    return sorted(Period.parse(code) for code in codes)


def consolidated_report(tx: Session, period: Period, *, today: dt.date | None = None):
    """The consolidated report of `period` from the accepted reports (the current revision
    per cell), one row per expected cell, reported or not."""
    from ..documents.consolidated import ConsolidatedReport, ConsolidatedRow

    today = today or dt.date.today()
    profile = committee_profile(tx)
    rows = []
    for cell in expected_cells(tx):
        current, grid, late = _cell_period_state(tx, cell.cell_uid, period, today)
        if current is None:
            rows.append(ConsolidatedRow(cell_name=cell.name, reported=False, report_date=None, late=late, sequence=None,
                                        members=0, sessions_held=0, attendance_rate=None, pledged=0, reviewed=0, levels={}))
            continue
        rows.append(ConsolidatedRow(
            cell_name=current.cell_name, reported=True, report_date=grid.received_on, late=late,
            sequence=current.sequence, members=current.members, sessions_held=current.sessions_held,
            attendance_rate=(current.present / current.summoned) if current.summoned else None,
            pledged=current.pledged, reviewed=current.reviewed, levels=json.loads(current.levels or "{}")))
    return ConsolidatedReport(committee_name=profile.name or "ĐẢNG ỦY", superior_lines=profile.superior_lines or [],
                              place_name=profile.place_name, period=period, created_on=today, rows=rows,
                              signer_name=profile.signer_name)


LEVEL_CODES = ("hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh", "khong_hoan_thanh")


def consolidated_xlsx(report) -> bytes:
    """The consolidated report as an Excel workbook (one sheet, totals row)."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ..book.vocabulary import label

    wb = Workbook()
    ws = wb.active
    ws.title = report.period.code
    ws.append([report.committee_name])
    ws.append([f"Tổng hợp báo cáo thực hiện Chuyên đề {report.period.label}"])
    ws.append([f"Lập ngày {report.created_on:%d/%m/%Y}"])
    ws.append([])
    header = ["STT", "Chi bộ", "Đã báo cáo", "Ngày nhận", "Muộn", "Số thứ tự", "Số đảng viên", "Số buổi sinh hoạt",
              "Tỷ lệ dự (%)", "Số ĐV đăng ký", "Số ĐV được đánh giá"] + [label(code) for code in LEVEL_CODES]
    ws.append(header)
    for cell in ws[5]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True)
    ws["A2"].font = Font(bold=True)
    totals = [0] * 6
    for i, row in enumerate(report.rows, 1):
        ws.append([i, row.cell_name, "Có" if row.reported else "Chưa", row.report_date.strftime("%d/%m/%Y") if row.report_date else "",
                   "Muộn" if row.late else "", row.sequence, row.members, row.sessions_held,
                   round(row.attendance_rate * 100, 1) if row.attendance_rate is not None else None,
                   row.pledged, row.reviewed] + [row.levels.get(code, 0) for code in LEVEL_CODES])
        for j, value in enumerate([row.members, row.sessions_held, row.pledged, row.reviewed]):
            totals[j] += value
    reported = sum(1 for r in report.rows if r.reported)
    level_totals = [sum(r.levels.get(code, 0) for r in report.rows) for code in LEVEL_CODES]
    ws.append(["", "Tổng cộng", f"{reported}/{len(report.rows)}", "", sum(1 for r in report.rows if r.late), None,
               totals[0], totals[1], None, totals[2], totals[3]] + level_totals)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.column_dimensions["B"].width = 36
    for col in "CDEFGHIJKLMNO":
        ws.column_dimensions[col].width = 14
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def save_consolidated_xlsx(report, path: str | os.PathLike[str]) -> Path:
    from ..store.files import atomic_write_bytes

    return atomic_write_bytes(path, consolidated_xlsx(report))


def consolidation_data(tx: Session, period: Period, report) -> dict:
    """report.json of the committee's own file one level up (kind "consolidated")."""
    profile = committee_profile(tx)
    rows = []
    for cell, row in zip(expected_cells(tx), report.rows):
        current = None
        if cell.cell_uid:
            current = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell.cell_uid,
                                                           ReceivedReport.period == period.code,
                                                           ReceivedReport.current.is_(True))).first()
        rows.append({
            "cell_uid": cell.cell_uid, "cell_name": row.cell_name, "reported": row.reported,
            "report_id": current.report_id if current else None, "sequence": row.sequence,
            "received_on": row.report_date.isoformat() if row.report_date else None, "late": row.late,
            "members": row.members, "sessions_held": row.sessions_held,
            "summoned": current.summoned if current else 0, "present": current.present if current else 0,
            "attendance_rate": round(row.attendance_rate, 4) if row.attendance_rate is not None else None,
            "pledged": row.pledged, "reviewed": row.reviewed, "levels": dict(sorted(row.levels.items())),
        })
    return {"format": "kh130-report-data", "version": 1, "period": period.code,
            "committee": {"uid": profile.uid, "name": profile.name, "superior_bodies": profile.superior_lines or [],
                          "place_name": profile.place_name},
            "rows": rows}


def export_consolidated(tx: Session, identity: Identity, period: Period, *, today: dt.date | None = None,
                        now: dt.datetime | None = None) -> ExportResult:
    """The committee's own signed file one level up, in the same format (kind "consolidated")."""
    profile = committee_profile(tx)
    if not profile.name or not profile.uid:
        raise ValidationError("Chưa khai báo tên cấp ủy tiếp nhận.", hint="Nhập tên cấp ủy ở trang Tiếp nhận báo cáo trước khi xuất.")
    # The created date must not change the data, or every export would be a new revision.
    report = consolidated_report(tx, period, today=today)
    data = consolidation_data(tx, period, report)

    def pdf() -> bytes | None:
        try:
            from ..documents.consolidated import consolidated_pdf
        except ImportError:
            return None
        return consolidated_pdf(report)

    return export_revision(tx, identity, period, kind="consolidated", unit_uid=profile.uid, unit_name=profile.name,
                           report=data, pdf=pdf, now=now)
