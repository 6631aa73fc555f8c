"""Importing report files: each file is read with a size cap, verified
(`container.verify_bytes`), judged against what the store already holds, and written whole
under a savepoint of its own, or not at all (the files of a batch share transactions). One
bad file never stops a batch. Every file an import (not a dry run) looks at leaves one
`import_audit` row, whatever became of it. The rules are in docs/report-format.md ("Receiving").
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Connection, bindparam, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from ..store.engine import Store
from ..store.exchange_tables import HeldReport, ImportAudit
from . import judge
from .batch_order import batch_order, verified_order
from .container import EXTENSION, ReportFileError, VerifiedFile, read_capped, sha256_hex, verify_bytes
from .fastsql import _execute, _insert, _run
from .judge import KeyBook, _judge, _write
from .outcomes import WRITES, FileResult, Outcome, _refused
from .received import _nfc, figures_of

log = logging.getLogger(__name__)


MAX_FOLDER_FILES = 5000


_AU = ImportAudit.__table__


_UPDATE_AU = update(_AU).where(_AU.c.id == bindparam("au_id"))


def _audit(conn: Connection, r: FileResult, *, replace: int | None = None) -> int:
    """The file's audit row (a new one, or `replace` rewritten with this result); its id."""
    values = dict(
        at=judge._utcnow(), file_name=_nfc(r.file_name)[:300], size=r.size, container_sha256=r.container_sha256,
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


def _verified(name: str, data: bytes) -> VerifiedFile | FileResult:
    """A file's bytes verified and its figures recomputed (`figures_of`, or the refusal it
    raised: a malformed report is refused only if the file would be stored), its parsed
    records then let go, as they are no longer needed; or its refusal. Reads no store."""
    try:
        v = verify_bytes(data)
    except ReportFileError as exc:
        return _refused(name, exc, len(data), sha256_hex(data))
    try:
        v.extra["figures"] = figures_of(v)
    except ReportFileError as exc:
        v.extra["figures"] = exc
    v.report, v.members = {}, {}  # kept for the second pass: the manifest, not the records
    return v


def _read_again(path: Path, v: VerifiedFile) -> VerifiedFile | FileResult:
    """A file the first pass verified but could not keep the bytes of: read again, and the
    first pass's verdict used only if these are the very bytes it verified (their SHA-256);
    a file changed on the stick in between is verified anew."""
    try:
        data = read_capped(path)
    except ReportFileError as exc:
        return _refused(path.name, exc)
    if sha256_hex(data) == v.container_sha256:
        v.extra["container"] = data
        return v
    return _verified(path.name, data)


def _figures(v: VerifiedFile, result: FileResult, name: str) -> tuple[FileResult, dict | None]:
    """The figures of a file to be written: a malformed report is refused whole."""
    if result.outcome not in WRITES:
        return result, None
    figured = v.extra["figures"]
    if isinstance(figured, ReportFileError):
        return _refused(name, figured, v.size, v.container_sha256), None
    return result, figured


def _conflict(name: str, size: int) -> FileResult:
    return FileResult(name, Outcome.REJECTED, "Dữ liệu vừa thay đổi trong lúc nhập tệp này; nhập lại tệp.",
                      code="conflict", size=size)


# How often a file is judged again when another writer got there between judging and writing.
REJUDGE = 3


def _import_one(tx: Session, conn: Connection, name: str, file: VerifiedFile | FileResult,
                keys: KeyBook | None = None) -> FileResult:
    """One file (`_verified`) inside the batch's transaction: its audit row, then (for a file
    to store or hold) its writes under a SAVEPOINT of their own, so that the file goes in whole
    or not at all while the files before it in the batch stay. When a constraint says another
    writer (a second import of the same files at the same moment) got there first, the file is
    judged again against what is there now: a duplicate then, not a refusal. `conn`: the
    session's connection. `keys`: the trusted keys of the batch's transaction
    (judge.KeyBook), read once for all its files (None: this file's key is looked up alone)."""
    if isinstance(file, FileResult):  # refused before any judging
        _audit(conn, file)
        return file
    v = file
    result, figured = _figures(v, _judge(conn, v, name, keys), name)
    # The audit row goes first, outside the savepoint: a driver that opens its transaction
    # only before an INSERT, UPDATE or DELETE (Python's sqlite3) would otherwise let the
    # SAVEPOINT open a transaction of its own, and the RELEASE would commit it.
    audit_id = _audit(conn, result)
    for _attempt in range(REJUDGE):
        if not (figured is not None or result.outcome is Outcome.HELD):
            return result
        try:
            if figured is not None:
                # Plain SQL (standard, and the same on SQLite and PostgreSQL): SQLAlchemy's own
                # savepoint compiles its statement anew for every file.
                _execute(conn, "SAVEPOINT kh130_file")
                try:
                    binding = _write(conn, v, figured, result.outcome)
                except BaseException:
                    try:
                        _execute(conn, "ROLLBACK TO SAVEPOINT kh130_file")
                        _execute(conn, "RELEASE SAVEPOINT kh130_file")
                    except Exception:
                        # A full disk or an I/O error makes SQLite roll the whole transaction back
                        # itself, savepoint and all: the error that did it is the one to report.
                        log.warning("rolling back the import of %s failed as well", name, exc_info=True)
                    raise
                _execute(conn, "RELEASE SAVEPOINT kh130_file")
                if binding is not None and keys is not None:
                    keys.bound(v.fingerprint, *binding)
            else:
                with tx.begin_nested():  # the ORM's savepoint, so a rolled-back row leaves the session too
                    _hold(tx, v, name)
            return result
        except IntegrityError as exc:
            log.info("import of %s met a concurrent write (%s): judged again", name, type(exc.orig).__name__)
            if keys is not None:
                keys.forget()
            result, figured = _figures(v, _judge(conn, v, name, keys), name)
            _audit(conn, result, replace=audit_id)
    result = _conflict(name, v.size)
    _audit(conn, result, replace=audit_id)
    return result


def import_bytes(store: Store, name: str, data: bytes, *, dry_run: bool = False) -> FileResult:
    """One file, in one transaction of its own: accepted whole, or nothing but its audit row.
    A dry run runs the very same import and rolls it back."""
    file = _verified(name, data)
    if dry_run:
        with store.read() as tx:  # rolled back when it closes
            return _import_one(tx, tx.connection(), name, file)
    with store.transaction() as tx:
        return _import_one(tx, tx.connection(), name, file)


# Within a batch a transaction is committed about this often, so that the import never holds
# the store's write lock for long, and a crash loses at most this much of the work.
COMMIT_EVERY_SECONDS = 1.0
# The first pass keeps every file's verdict (its manifest and figures) for the second, and the
# files' bytes up to this many; the others are read again and checked to be the very bytes
# verified (their SHA-256), or verified anew.
KEEP_BYTES = 128 * 1024 * 1024


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, dry_run: bool = False,
                 progress: Callable[[int, int], None] | None = None, backup: bool = True) -> list[FileResult]:
    """Import files and folders; one result per file, in the order given. Before a real
    import the store is backed up (reason "import"), so even a batch regretted later can be undone.

    A first pass reads and verifies each file (`_verified`) and places it in the batch's own
    order (batch_order.py: by period, cell and revision, from the manifests), so that the same files give the same outcomes, file
    by file, whatever order they were given in; the second judges and writes them in that order. Files share transactions, each file under a
    savepoint of its own (`_import_one`): every file is still accepted whole or not at all, and
    a bad one never stops the batch. The batch commits about once a second without waiting for
    the disk, and its last file in a full commit of its own: when this returns, every file it
    accepted is durable. A dry run runs exactly this import, in the same order, inside one
    transaction that is rolled back: no backup, no commit, no row left, not even an audit row;
    its list is the real import's. `progress` counts both passes: (done, 2 × files)."""
    files = collect_files(paths)
    if files and not dry_run and backup and store.path is not None:
        from ..store.backups import backup_now

        backup_now(store, reason="import")
    total = len(files)
    steps = 2 * total
    kept: dict[int, VerifiedFile | FileResult] = {}
    keys = []
    budget = KEEP_BYTES
    for index, path in enumerate(files):  # the first pass: each file read, verified, and placed
        if progress is not None:
            progress(index, steps)
        try:
            data = read_capped(path)
        except ReportFileError as exc:
            kept[index] = _refused(path.name, exc)
            keys.append(batch_order(None, str(path)))
            continue
        file = _verified(path.name, data)
        keys.append(batch_order(data, str(path)) if isinstance(file, FileResult) else verified_order(file, str(path)))
        if isinstance(file, VerifiedFile):
            if len(data) <= budget:
                budget -= len(data)
            else:  # its verdict is kept, its bytes are read again for the second pass
                file.extra["container"] = None
        kept[index] = file
    order = sorted(range(total), key=keys.__getitem__)
    results: list[FileResult | None] = [None] * total

    def run(tx: Session, conn: Connection, step: int, keys: KeyBook | None) -> None:
        index = order[step]
        if progress is not None:
            progress(total + step, steps)
        file = kept.pop(index)
        if isinstance(file, VerifiedFile) and file.extra["container"] is None:
            file = _read_again(files[index], file)
        results[index] = _import_one(tx, conn, files[index].name, file, keys)

    if dry_run:
        with store.read() as tx:  # one transaction, rolled back when it closes
            keys, conn = KeyBook(), tx.connection()
            for step in range(total):
                run(tx, conn, step, keys)
    elif files:
        step, last = 0, total - 1
        # Every file but the last: commits that skip their fsync (WAL stays consistent through
        # a crash or power cut, at worst losing the latest of them)...
        with store.deferred_sync():
            while step < last:
                with store.transaction() as tx:
                    started, keys = time.monotonic(), KeyBook()  # each transaction reads the keys anew
                    conn = tx.connection()
                    while step < last and time.monotonic() - started < COMMIT_EVERY_SECONDS:
                        run(tx, conn, step, keys)
                        step += 1
        # ...then the last file's commit, a full one, makes the whole batch durable.
        with store.transaction() as tx:
            run(tx, tx.connection(), last, None)  # one file: its key alone is read
    if progress is not None:
        progress(steps, steps)
    return [r for r in results if r is not None]


def audit_log(tx: Session, limit: int = 500) -> list[ImportAudit]:
    return list(tx.exec(select(ImportAudit).order_by(ImportAudit.id.desc()).limit(limit)))
