"""Judging a verified file against what the receiving store holds, and writing an accepted one.

The rules are docs/report-format.md §5 ("Trust", "Outcomes", "Revisions"); in order:

1. the key: unknown, or trusted before keys named their cell and bound to none → *held*;
   revoked from a day on or before the file's signing day → *rejected* (revoked);
   bound to another cell, or the file's cell id already belongs to another expected cell →
   *rejected* (wrong cell);
2. the revision, named by its signed manifest: received before (in any container) →
   *duplicate*; its `report_id`, or its signing line's `sequence`, used by another manifest →
   *rejected* (replayed);
3. its place among the cell's revisions of the period (revisions.py): none yet → *accepted*;
   the newest → *supersedes*; older than one received → *stale* (stored, never current).

Core statements, compiled once (exchange/fastsql.py): this is the import's hot path.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, and_, bindparam, or_, update
from sqlmodel import select

from ..clock import local_day
from ..errors import t
from ..store.exchange_tables import ExpectedCell, ReceivedContainer, ReceivedReport, TrustedKey
from .container import VerifiedFile
from .fastsql import _insert, _insert_of, _run
from .outcomes import FileResult, Outcome, _result
from .received import _nfc
from .revisions import Candidate, place_of

_RR, _TK, _EC = ReceivedReport.__table__, TrustedKey.__table__, ExpectedCell.__table__
_RC = ReceivedContainer.__table__

_KEY = (select(_TK.c.id, _TK.c.cell_uid, _TK.c.expected_cell_id, _TK.c.revoked_from,
               _EC.c.cell_uid.label("expected_uid"))
        .select_from(_TK.outerjoin(_EC, _TK.c.expected_cell_id == _EC.c.id))
        .where(_TK.c.fingerprint == bindparam("fp")))

_ALL_KEYS = (select(_TK.c.fingerprint, _TK.c.id, _TK.c.cell_uid, _TK.c.expected_cell_id, _TK.c.revoked_from,
                    _EC.c.cell_uid.label("expected_uid"))
             .select_from(_TK.outerjoin(_EC, _TK.c.expected_cell_id == _EC.c.id)))


class KeyBook:
    """The trusted keys as one transaction of a batch sees them: read with one query when the
    first file needs them rather than one query per file, and kept in step with the bindings
    the batch's own files make (`bound`, once a file's writes are in). `forget` after meeting
    another writer's rows: the next file reads them again."""

    def __init__(self) -> None:
        self._keys: dict | None = None
        self._of_cell: dict[int, set[str]] = {}
        self._cells: dict[str, set[int]] | None = None  # cell uid -> the expected cells bound to it

    def get(self, conn: Connection, fingerprint: str):
        if self._keys is None:
            self._keys, self._of_cell = {}, {}
            for row in _run(conn, _ALL_KEYS, {}):
                self._keys[row.fingerprint] = row
                if row.expected_cell_id is not None:
                    self._of_cell.setdefault(row.expected_cell_id, set()).add(row.fingerprint)
        return self._keys.get(fingerprint)

    def cells_of_uid(self, conn: Connection, cell_uid: str) -> set[int]:
        """The ids of the expected cells bound to `cell_uid`, from one read of them all."""
        if self._cells is None:
            self._cells = {}
            for row in _run(conn, _ALL_CELLS, {}):
                self._cells.setdefault(row.cell_uid, set()).add(row.id)
        return self._cells.get(cell_uid, set())

    def bound(self, fingerprint: str, cell_id: int, cell_uid: str) -> None:
        """`_write` bound this key, and its expected cell, to `cell_uid`."""
        if self._cells is not None:
            self._cells.setdefault(cell_uid, set()).add(cell_id)
        if self._keys is None or fingerprint not in self._keys:
            return
        self._keys[fingerprint] = self._keys[fingerprint]._replace(cell_uid=cell_uid, expected_cell_id=cell_id)
        self._of_cell.setdefault(cell_id, set()).add(fingerprint)
        for other in self._of_cell[cell_id]:  # the cell's other keys see its uid through the join
            self._keys[other] = self._keys[other]._replace(expected_uid=cell_uid)

    def forget(self) -> None:
        self._keys = self._cells = None


# A cell's revisions of a period are found by the cell's index, never the period's: with no
# statistics SQLite may pick either, and the period's (every cell of the season shares it)
# made each file scan all the revisions of its period: 3,000 files of one year cost 2-3x per
# file what 300 did, in some processes and not others. The period compared as an expression
# (`|| ''`, standard SQL) cannot use its index, on SQLite or PostgreSQL.
_ANY_PERIOD = _RR.c.period.concat("")

# The revisions a file is judged against: its own manifest's, its report_id's, its line's
# sequence number's (any period), and its cell's of its period.
_RELATED = (select(_RR.c.id, _RR.c.report_id, _RR.c.manifest_sha256, _RR.c.installation_id, _RR.c.fingerprint,
                   _RR.c.sequence, _RR.c.cell_uid, _RR.c.period, _RR.c.current, _RR.c.withdrawn, _RR.c.created_at)
            .where(or_(_RR.c.manifest_sha256 == bindparam("msha"), _RR.c.report_id == bindparam("rid"),
                       and_(_RR.c.installation_id == bindparam("inst"), _RR.c.sequence == bindparam("seq")),
                       and_(_RR.c.cell_uid == bindparam("cell"), _ANY_PERIOD == bindparam("period")))))

_CELL_OF_UID = select(_EC.c.id, _EC.c.name).where(_EC.c.cell_uid == bindparam("uid"))
_ALL_CELLS = select(_EC.c.id, _EC.c.cell_uid).where(_EC.c.cell_uid.is_not(None))

_RETIRE = (update(_RR).where(_RR.c.cell_uid == bindparam("cell"), _ANY_PERIOD == bindparam("period"),
                             _RR.c.id != bindparam("keep"), _RR.c.current.is_(True)).values(current=False))

_BIND_CELL = update(_EC).where(_EC.c.id == bindparam("ec_id")).values(cell_uid=bindparam("uid"))

_BIND_KEY = update(_TK).where(_TK.c.id == bindparam("tk_id")).values(cell_uid=bindparam("uid"),
                                                                    expected_cell_id=bindparam("ecid"))


def candidate_of(v: VerifiedFile) -> Candidate:
    m = v.manifest
    return Candidate(m["installation_id"], v.fingerprint, v.sequence, v.created, v.manifest_sha256)


def _judge(conn: Connection, v: VerifiedFile, name: str, keys: KeyBook | None = None) -> FileResult:
    """The outcome of a verified file against what the store holds; writes nothing. `keys`:
    the batch's trusted keys, read once for its transaction (else the file's key is looked up)."""
    key = keys.get(conn, v.fingerprint) if keys is not None else next(iter(_run(conn, _KEY, {"fp": v.fingerprint})), None)
    v.extra["key"] = key
    if key is None:
        return _result(v, name, Outcome.HELD,
                       t("Khóa ký chưa được tin cậy. So dấu vân tay {fingerprint} với phiếu đăng ký khóa của {cell_name}, đúng thì phê duyệt.", fingerprint=v.fingerprint, cell_name=v.cell_name))
    bound = key.expected_uid or key.cell_uid
    if key.expected_cell_id is None and bound is None:
        return _result(v, name, Outcome.HELD,
                       t("Khóa ký đã tin cậy nhưng chưa gắn với chi bộ nào. So dấu vân tay {fingerprint} với phiếu đăng ký khóa của {cell_name}, đúng thì phê duyệt.", fingerprint=v.fingerprint, cell_name=v.cell_name))
    created = v.created
    if key.revoked_from is not None and local_day(created) >= key.revoked_from:
        return _result(v, name, Outcome.REJECTED,
                       t("Khóa ký này đã bị thu hồi từ ngày {day}; tệp ký ngày {signed} không được nhận.",
                         day=f"{key.revoked_from:%d/%m/%Y}", signed=f"{local_day(created):%d/%m/%Y}"), code="revoked")
    if bound is not None and bound != v.cell_uid:
        return _result(v, name, Outcome.REJECTED,
                       t("Khóa ký này đã đăng ký cho chi bộ khác, không phải “{cell_name}”. Không dùng tệp này.", cell_name=v.cell_name),
                       code="wrong_cell")
    if bound is None:
        # The batch's KeyBook knows whether another expected cell holds this uid; only then its name is read.
        others = keys.cells_of_uid(conn, v.cell_uid) - {key.expected_cell_id} if keys is not None else True
        other = next((c for c in _run(conn, _CELL_OF_UID, {"uid": v.cell_uid}) if c.id != key.expected_cell_id),
                     None) if others else None
        if other is not None:
            return _result(v, name, Outcome.REJECTED,
                           t("Mã chi bộ trong tệp là của {other}, không phải chi bộ đăng ký khóa này. Không dùng tệp này.",
                             other=other.name), code="wrong_cell")
    m = v.manifest
    related = _run(conn, _RELATED, {"msha": v.manifest_sha256, "rid": v.report_id, "inst": m["installation_id"],
                                    "seq": v.sequence, "cell": v.cell_uid, "period": v.period})
    if any(r.manifest_sha256 == v.manifest_sha256 for r in related):
        return _result(v, name, Outcome.DUPLICATE, "Báo cáo này đã được nhận trước đó.")
    if any(r.report_id == v.report_id for r in related):
        return _result(v, name, Outcome.REJECTED, "Mã báo cáo đã dùng cho một tệp khác: tệp bị phát lại hoặc giả mạo.",
                       code="replayed")
    if any(r.installation_id == m["installation_id"] and r.fingerprint == v.fingerprint and r.sequence == v.sequence
           for r in related):
        return _result(v, name, Outcome.REJECTED,
                       t("Số thứ tự {sequence} của máy này đã dùng cho báo cáo khác: tệp bị phát lại hoặc giả mạo.", sequence=v.sequence),
                       code="replayed")
    stored = [r for r in related if r.cell_uid == v.cell_uid and r.period == v.period and not r.withdrawn]
    if not stored:
        return _result(v, name, Outcome.ACCEPTED, "Chữ ký và mã băm hợp lệ; báo cáo đầu tiên của kỳ này.", revision=1)
    number, count = place_of(candidate_of(v), stored)
    if number == count:
        return _result(v, name, Outcome.SUPERSEDES,
                       t("Bản lần {revision} thay bản lần {previous} đã nhận.", revision=number, previous=number - 1),
                       revision=number)
    return _result(v, name, Outcome.STALE,
                   t("Đã nhận bản mới hơn (lần {newest}); bản này được lưu là bản lần {revision}, không thay bản mới.",
                     newest=count, revision=number), revision=number)


def _write(conn: Connection, v: VerifiedFile, figures: dict, outcome: Outcome) -> tuple[int, str] | None:
    """Store a judged file (accepted, superseding or stale), given its `figures_of`. Core
    statements, not ORM objects; text is normalised to NFC here since no flush hook sees
    Core inserts. Returns (expected cell id, cell uid) when it bound the key to its cell."""
    key = v.extra["key"]
    cell_name = _nfc(v.cell_name)[:200]
    cell_id = key.expected_cell_id
    if cell_id is None:  # a key bound to a cell's uid before keys named their cell
        cell = next(iter(_run(conn, _CELL_OF_UID, {"uid": v.cell_uid})), None)
        cell_id = cell.id if cell is not None else _insert(conn, _EC, {"name": cell_name, "cell_uid": v.cell_uid,
                                                                       "added_at": _utcnow(), "first_period": None})
    elif key.expected_uid is None:
        _run(conn, _BIND_CELL, {"ec_id": cell_id, "uid": v.cell_uid})
    binding = None
    if key.cell_uid is None or key.expected_cell_id is None or key.expected_uid is None:
        binding = (cell_id, v.cell_uid)
    if key.cell_uid is None or key.expected_cell_id is None:
        _run(conn, _BIND_KEY, {"tk_id": key.id, "uid": v.cell_uid, "ecid": cell_id})
    m = v.manifest
    current = outcome is not Outcome.STALE
    row_id = _insert(conn, _RR, dict(
        report_id=v.report_id, cell_uid=v.cell_uid, cell_name=cell_name, kind=v.kind,
        installation_id=m["installation_id"], fingerprint=v.fingerprint, period=v.period, sequence=v.sequence,
        supersedes=m.get("supersedes"), created_at=v.created.replace(tzinfo=dt.timezone.utc),
        received_at=_utcnow(), current=current, withdrawn=False, container_sha256=v.container_sha256,
        manifest_sha256=v.manifest_sha256, members=figures["members"],
        sessions_held=figures["sessions_held"], summoned=figures["summoned"], present=figures["present"],
        pledged=figures["pledged"], reviewed=figures["reviewed"],
        levels=json.dumps(dict(sorted(figures["levels"].items())), ensure_ascii=False)[:400]))
    _run(conn, _insert_of(_RC), {"report_pk": row_id, "container": v.extra["container"]}, keys=("report_pk", "container"))
    if current:
        _run(conn, _RETIRE, {"cell": v.cell_uid, "period": v.period, "keep": row_id})
    return binding


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
