"""The store under faults of its medium: a full disk and a read-only medium are named as what they
are, never as damage; the store stays sound with its earlier data; it can still be read and backed
up to another disk. On a real small file system (conftest.small_disk) where the machine allows it;
the faults SQLite and the OS report are also injected, which runs everywhere."""

from __future__ import annotations

import errno
import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from kh130_desktop.cli import run
from kh130_desktop.domain.book.demo import fill_demo
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.errors import StoreError
from kh130_desktop.domain.exchange import importer
from kh130_desktop.domain.store import glance as glance_module
from kh130_desktop.domain.store import medium, settings
from kh130_desktop.domain.store.backup_check import inspect_backup
from kh130_desktop.domain.store.backups import backup_now
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store
from kh130_desktop.domain.store.glance import glance
from kh130_desktop.domain.store.health import StoreDamagedError, open_store_checked
from kh130_desktop.domain.store.medium import MediumError
from kh130_desktop.logs import RotatingFile

# The receiving tests' cell and its signed files (same folder: pytest puts it on sys.path).
from test_receiving import Cell, trust

ROOT = Path(__file__).resolve().parent.parent.parent


def sound_counts(path: Path) -> tuple[int, int]:
    """(members, sessions) of a store file after SQLite's full integrity check passed."""
    conn = sqlite3.connect(path)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        return (conn.execute("SELECT count(*) FROM member").fetchone()[0],
                conn.execute("SELECT count(*) FROM study_session").fetchone()[0])
    finally:
        conn.close()


def demo_on(disk, template: Path) -> Path:
    data = disk.root / "data"
    data.mkdir()
    shutil.copyfile(template / STORE_FILENAME, data / STORE_FILENAME)
    return data


def one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), captured.err
    assert "Traceback" not in captured.err and "savepoint" not in captured.err
    return lines[0]


# --- a full disk ------------------------------------------------------------------------------


@pytest.mark.parametrize("leave", [0, 8 * 1024, 24 * 1024])
def test_the_demo_fill_on_a_full_disk_says_so_and_leaves_the_store_sound(leave, small_disk, capsys):
    data = small_disk.root / "data"
    store = Store.open(data)
    with store.transaction() as tx:  # the earlier data
        settings.set_mode(tx, "cell")
    small_disk.fill(leave)
    with pytest.raises(StoreError) as full:
        fill_demo(store)
    assert full.value.message.startswith("Ổ đĩa đầy") and str(data) in full.value.message
    assert "Cần còn trống ít nhất" in full.value.hint
    store.dispose()

    assert run(["--data-dir", str(data), "demo"]) == 1  # and from the command line, at its start
    line = one_line_error(capsys)
    assert "Ổ đĩa đầy" in line and "bị hỏng" not in line

    small_disk.make_room()
    assert sound_counts(data / STORE_FILENAME) == (0, 0)
    reopened = open_store_checked(data)
    try:
        with reopened.read() as tx:
            assert settings.get_mode(tx) == "cell"
    finally:
        reopened.dispose()


@pytest.mark.parametrize("cache", ["default page cache", "small page cache"])
@pytest.mark.parametrize("leave", [0, 24 * 1024])
def test_an_import_on_a_full_disk_says_so_and_keeps_what_was_received(leave, cache, small_disk, tmp_path, capsys):
    store = Store.open(small_disk.root / "committee")
    if cache == "small page cache":  # pages spill to the -wal mid-file: the disk fills inside a savepoint
        store.engine.dispose()
        event.listen(store.engine, "connect", lambda conn, _r: conn.execute("PRAGMA cache_size=2"))
    with store.transaction() as tx:
        settings.set_mode(tx, "receiving")
    cells = [Cell(f"Chi bộ thôn {n}") for n in range(30)]
    for cell in cells:
        trust(store, cell)
    first = tmp_path / "first"
    first.mkdir()
    for cell in cells[:3]:
        (first / f"{cell.uid}.kh130").write_bytes(cell.file(members=5))
    assert len(importer.import_paths(store, [first], backup=False)) == 3
    usb = tmp_path / "usb"
    usb.mkdir()
    for cell in cells[3:]:
        (usb / f"{cell.uid}.kh130").write_bytes(cell.file(members=40))
    with store.read() as tx:
        received_before = tx.connection().execute(text("SELECT report_id FROM received_report")).all()

    small_disk.fill(leave)
    with pytest.raises(StoreError) as full:
        importer.import_paths(store, [usb], backup=False)
    assert full.value.message.startswith("Ổ đĩa đầy"), full.value.message
    assert "savepoint" not in str(full.value)
    store.dispose()

    data = store.path.parent
    # Closing folds the -wal in and may free what its uncommitted frames took: full again.
    small_disk.fill(leave)
    assert run(["--data-dir", str(data), "import", str(usb)]) == 1  # the command line: its backup first
    assert "Ổ đĩa đầy" in one_line_error(capsys)

    small_disk.make_room()
    conn = sqlite3.connect(data / STORE_FILENAME)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        received = conn.execute("SELECT report_id FROM received_report").fetchall()
    finally:
        conn.close()
    assert set(received_before) <= set(received)  # nothing received before the disk filled is lost


def test_a_backup_on_a_full_disk_says_so_and_one_to_another_disk_works(small_disk, _demo_template, tmp_path, capsys):
    data = demo_on(small_disk, _demo_template)
    store = open_store_checked(data)
    small_disk.fill(0)
    with pytest.raises(StoreError) as full:
        backup_now(store, "manual")
    assert full.value.message.startswith("Ổ đĩa đầy") and "backups" in full.value.message
    store.dispose()
    assert not [p for p in (data / "backups").iterdir()] if (data / "backups").exists() else True

    assert run(["--data-dir", str(data), "backup"]) == 1
    assert "Ổ đĩa đầy" in one_line_error(capsys)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(["--data-dir", str(data), "backup", "-o", str(usb / "manual.bak")]) == 0
    assert capsys.readouterr().out.strip() == f"Đã sao lưu vào {usb / 'manual.bak'}"
    assert inspect_backup(usb / "manual.bak").member_count == 33
    assert sorted(p.name for p in usb.iterdir()) == ["manual.bak"]
    small_disk.make_room()
    assert sound_counts(data / STORE_FILENAME) == (33, 5)


def test_a_full_disk_at_start_is_named_and_the_store_still_reads(small_disk, _demo_template):
    data = demo_on(small_disk, _demo_template)
    small_disk.fill(0)
    with pytest.raises(MediumError) as full:
        open_store_checked(data)
    assert not isinstance(full.value, StoreDamagedError)
    assert full.value.kind == medium.FULL and full.value.readable
    assert full.value.free < full.value.need
    assert "Cần còn trống ít nhất" in full.value.hint
    assert glance(data).cell["name"] == "Chi bộ thôn Nà Lữ"
    store = open_store_checked(data, read_only=True)
    try:
        assert store.read_only and store.integrity_check(quick=False) == []
        with store.read() as tx:
            assert tx.connection().execute(text("SELECT count(*) FROM member")).scalar() == 33
    finally:
        store.dispose()


# --- a read-only medium -------------------------------------------------------------------------


def test_a_read_only_medium_is_named_and_the_store_still_reads(small_disk, _demo_template, tmp_path, capsys):
    data = demo_on(small_disk, _demo_template)
    small_disk.read_only()
    listing = sorted(p.name for p in data.iterdir())

    with pytest.raises(MediumError) as refused:
        open_store_checked(data)
    assert refused.value.kind == medium.READ_ONLY and refused.value.readable
    assert "chỉ cho phép đọc" in refused.value.message and "USB" in refused.value.hint
    store = Store.open(data, read_only=True)
    try:
        with store.read() as tx:
            assert tx.connection().execute(text("SELECT count(*) FROM member")).scalar() == 33
        with pytest.raises(StoreError) as write:
            with store.transaction() as tx:
                add_member(tx, MemberData(full_name="Hoàng Văn Thêm"))
        assert "chỉ để đọc" in write.value.message
    finally:
        store.dispose()
    assert glance(data).cell["name"] == "Chi bộ thôn Nà Lữ"

    assert run(["--data-dir", str(data), "demo"]) == 1
    assert "chỉ cho phép đọc" in one_line_error(capsys)
    assert run(["--data-dir", str(data), "backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert run(["--data-dir", str(data), "pdf", "attendance", "-o", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in data.iterdir()) == listing  # not a byte written there


WRITE_THEN_DIE = """
import os, sys
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store.engine import Store
store = Store.open(sys.argv[1])
with store.transaction() as tx:
    add_member(tx, MemberData(full_name="Lục Văn Sáng"))
os._exit(0)  # confirmed, then gone: the change is only in the -wal
"""


@pytest.mark.parametrize("shm", ["with its -shm", "without its -shm"])
def test_a_read_only_medium_with_a_wal_still_to_fold_in_reads_every_confirmed_change(shm, small_disk, _demo_template):
    data = demo_on(small_disk, _demo_template)
    subprocess.run([sys.executable, "-c", WRITE_THEN_DIE, str(data)], cwd=ROOT, check=True, timeout=120)
    assert (data / f"{STORE_FILENAME}-wal").stat().st_size > 0
    if shm == "without its -shm":
        (data / f"{STORE_FILENAME}-shm").unlink()
    small_disk.read_only()
    store = Store.open(data, read_only=True)
    try:
        with store.read() as tx:
            names = tx.connection().execute(text("SELECT full_name FROM member")).scalars().all()
    finally:
        store.dispose()
    assert len(names) == 34 and "Lục Văn Sáng" in names


def _as_nobody(work):
    """Run `work()` in a forked child with the rights of the user nobody; its result, or its error."""
    import json
    import os
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user nobody here")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: modules are loaded already, nothing more is read from /root
        try:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            result = {"ok": work()}
        except BaseException as exc:  # noqa: BLE001 (everything goes back to the test)
            result = {"error": type(exc).__name__, "kind": getattr(exc, "kind", ""), "message": str(exc)}
        os.write(write, json.dumps(result).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def test_a_folder_without_write_permission_is_named_and_the_store_still_reads(_demo_template):
    import os
    import tempfile

    if not hasattr(os, "fork") or os.geteuid() != 0:
        pytest.skip("needs root, to become another user")
    outer = Path(tempfile.mkdtemp(prefix="kh130-permission-", dir="/tmp"))
    try:
        outer.chmod(0o755)
        data = outer / "data"
        data.mkdir(mode=0o755)
        shutil.copyfile(_demo_template / STORE_FILENAME, data / STORE_FILENAME)
        (data / STORE_FILENAME).chmod(0o644)
        warm = Store.open(data, read_only=True)  # load every module the child will use
        warm.dispose()
        for suffix in ("-wal", "-shm"):  # left by that root reader: the child meets the bare folder
            Path(f"{data / STORE_FILENAME}{suffix}").unlink(missing_ok=True)
        listing = sorted(p.name for p in data.iterdir())

        def write():
            open_store_checked(data)

        def read():
            store = open_store_checked(data, read_only=True)
            try:
                with store.read() as tx:
                    return tx.connection().execute(text("SELECT count(*) FROM member")).scalar()
            finally:
                store.dispose()

        refused = _as_nobody(write)
        assert refused["error"] == "MediumError" and refused["kind"] == medium.NO_PERMISSION, refused
        assert "Không có quyền ghi vào thư mục" in refused["message"]
        assert _as_nobody(read) == {"ok": 33}
        assert sorted(p.name for p in data.iterdir()) == listing
    finally:
        shutil.rmtree(outer, ignore_errors=True)


# --- the log ---------------------------------------------------------------------------------


def test_a_log_on_a_real_full_disk_stays_quiet(small_disk, capsys, monkeypatch):
    (small_disk.root / "logs").mkdir()
    handler = RotatingFile(small_disk.root / "logs" / "kh130.log")
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_faults.log_on_a_full_disk")
    logger.propagate = False
    logger.handlers[:] = [handler]
    monkeypatch.setattr(logging, "raiseExceptions", True)
    small_disk.fill(0)
    try:
        for n in range(2000):  # more than a buffer's worth
            logger.warning("dòng nhật ký số %04d %s", n, "x" * 80)
        assert handler.dropped > 0
        small_disk.make_room()
        logger.warning("còn ghi được")
    finally:
        handler.close()
    assert capsys.readouterr().err == ""
    text = (small_disk.root / "logs" / "kh130.log").read_text(encoding="utf-8")
    assert "log records were lost" in text and text.rstrip().endswith("còn ghi được")


# --- injected: what SQLite and the OS say, where no small disk can be mounted ------------------


def test_a_failed_rollback_to_the_savepoint_keeps_the_disk_full_error(tmp_path, monkeypatch):
    """SQLite rolls a whole transaction back on a full disk; the savepoint is then gone."""
    store = Store.open(tmp_path / "committee")
    with store.transaction() as tx:
        settings.set_mode(tx, "receiving")
    cell = Cell("Chi bộ thôn Nà Lữ")
    trust(store, cell)

    def full_disk(conn, *_args):
        conn.connection.driver_connection.execute("ROLLBACK")
        raise OperationalError("INSERT INTO received_report", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(importer, "_write", full_disk)
    with pytest.raises(StoreError) as full:
        importer.import_bytes(store, "a.kh130", cell.file())
    assert full.value.message.startswith("Ổ đĩa đầy") and "savepoint" not in str(full.value)
    assert store.integrity_check(quick=False) == []
    store.dispose()


def _error(code: int, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    return exc


def test_sqlite_errors_are_named_by_their_code_and_only_corruption_is_damage(tmp_path, monkeypatch):
    assert medium.sqlite_fault(_error(sqlite3.SQLITE_CORRUPT, "database disk image is malformed"), tmp_path) is None
    assert medium.sqlite_fault(_error(sqlite3.SQLITE_NOTADB, "file is not a database"), tmp_path) is None
    assert medium.sqlite_fault(_error(sqlite3.SQLITE_FULL, "database or disk is full"), tmp_path).kind == medium.FULL
    assert "bận" in medium.sqlite_fault(_error(sqlite3.SQLITE_BUSY, "database is locked"), tmp_path).message
    cantopen = _error(sqlite3.SQLITE_CANTOPEN, "unable to open database file")
    fault = medium.sqlite_fault(cantopen, tmp_path)  # a sound folder: not damage, and not guessed
    assert fault is not None and not isinstance(fault, MediumError)
    monkeypatch.setattr(medium, "mounted_read_only", lambda _folder: True)
    assert medium.sqlite_fault(cantopen, tmp_path).kind == medium.READ_ONLY
    monkeypatch.setattr(medium, "mounted_read_only", lambda _folder: False)
    monkeypatch.setattr(medium, "free_space", lambda _folder: 20 * 1024)
    full = medium.sqlite_fault(_error(sqlite3.SQLITE_IOERR | (13 << 8), "disk I/O error"), tmp_path)
    assert full.kind == medium.FULL and "20 KB" in full.hint


@pytest.mark.parametrize("code, kind", [(errno.ENOSPC, medium.FULL), (errno.EROFS, medium.READ_ONLY),
                                        (errno.EACCES, medium.NO_PERMISSION), (errno.EBUSY, medium.LOCKED_FILE),
                                        (errno.EIO, medium.IO)])
def test_os_errors_are_named_by_their_errno(code, kind, tmp_path):
    assert medium.os_fault(OSError(code, "injected"), tmp_path).kind == kind


def test_an_unreadable_store_file_is_a_permission_problem_not_damage(demo_store, data_dir, monkeypatch):
    demo_store.dispose()

    def denied(_path):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(glance_module, "_read_header", denied)
    with pytest.raises(MediumError) as refused:
        open_store_checked(data_dir)
    assert refused.value.kind == medium.NO_PERMISSION and "quyền đọc" in refused.value.message


def test_a_data_folder_replaced_by_a_file_is_named_with_a_non_zero_exit(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.write_bytes(b"not a folder")
    for command in (["backups"], ["demo"], ["backup"], ["backup", "-o", str(tmp_path / "b.sqlite3")],
                    ["restore", str(tmp_path / "b.sqlite3")], ["pdf", "minutes", "-o", str(tmp_path / "m.pdf")]):
        assert run(["--data-dir", str(folder), *command]) == 1, command
        assert "là một tệp, không phải thư mục" in one_line_error(capsys), command
    assert folder.read_bytes() == b"not a folder"
    assert run(["--data-dir", str(tmp_path / "nowhere"), "backups"]) == 1
    assert "Không tìm thấy thư mục" in one_line_error(capsys)


def test_backup_o_writes_exactly_the_file_given_and_restore_takes_it(demo_store, data_dir, tmp_path, capsys):
    demo_store.dispose()
    for name, written in (("manual.bak", "manual.bak"), ("chi-bo.sqlite3", "chi-bo.sqlite3"),
                          ("khong-duoi", "khong-duoi.sqlite3")):
        assert run(["backup", "-o", str(tmp_path / name)]) == 0
        assert capsys.readouterr().out.strip() == f"Đã sao lưu vào {tmp_path / written}"
        assert (tmp_path / written).is_file()
    assert not (tmp_path / "manual.bak.sqlite3").exists()
    assert run(["restore", str(tmp_path / "manual.bak")]) == 0
    assert "33 đảng viên" in capsys.readouterr().out
    assert run(["backup", "-o", str(data_dir / STORE_FILENAME)]) == 1  # never over the store itself
    assert "chính kho dữ liệu" in one_line_error(capsys)
    assert sound_counts(data_dir / STORE_FILENAME) == (33, 5)


def test_a_store_whose_revision_table_is_broken_is_damage_not_a_medium_fault(store, data_dir):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0002_receiving')")
    store.dispose()
    with pytest.raises(StoreError) as refused:
        Store.open(data_dir)
    assert not isinstance(refused.value, MediumError) and "bị hỏng" in refused.value.message
