"""One program per store: a second program on the same data folder does not write, and is told
who holds it; a holder that died holds nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kh130_desktop import cli
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store import lock as store_lock
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store
from kh130_desktop.domain.store.health import open_store_checked
from kh130_desktop.domain.store.lock import StoreLockedError, acquire, current_holder
from kh130_desktop.domain.store.restore import restore

from test_faults import sound_counts  # same folder: pytest puts it on sys.path

ROOT = Path(__file__).resolve().parent.parent.parent

HOLD = textwrap.dedent("""
    import sys
    from kh130_desktop.domain.store.health import open_store_checked
    store = open_store_checked(sys.argv[1], program="KH130 (cửa sổ)")
    print("HELD", flush=True)
    sys.stdin.read()  # until the test closes it, or kills this process
    store.dispose()
""")


def holder_process(folder: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "HELD", proc.stderr.read()
    return proc


def test_two_programs_on_one_folder_do_not_both_write(demo_store, data_dir, monkeypatch, capsys):
    demo_store.dispose()
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.3)
    holder = holder_process(data_dir)
    try:
        # Another program, and this one: each refused, told who holds the store, with exit 3.
        env = dict(os.environ, KH130_DATA_DIR=str(data_dir))
        other = subprocess.run([sys.executable, "-m", "kh130_desktop", "keys", "show"], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=120)
        assert other.returncode == cli.EXIT_LOCKED, other.stderr
        assert f"KH130 (cửa sổ) (tiến trình {holder.pid}" in other.stderr
        for command in (["demo"], ["backup"], ["restore", str(data_dir / STORE_FILENAME)]):
            assert cli.run(command) == cli.EXIT_LOCKED, command
            err = capsys.readouterr().err.strip().splitlines()
            assert len(err) == 1 and "đang được chương trình khác dùng" in err[0] and str(holder.pid) in err[0]
        with pytest.raises(StoreLockedError) as held:
            open_store_checked(data_dir)
        assert held.value.holder.pid == holder.pid and held.value.holder.program == "KH130 (cửa sổ)"
        assert held.value.holder.user and held.value.holder.host and held.value.holder.since
        with pytest.raises(StoreLockedError):
            restore(data_dir, data_dir / "elsewhere.sqlite3")
        # What the window offers then: the store, read-only.
        reader = open_store_checked(data_dir, read_only=True)
        try:
            with reader.read() as tx:
                assert len(tx.connection().exec_driver_sql("SELECT id FROM member").all()) == 33
            with pytest.raises(Exception, match="chỉ để đọc"):
                with reader.transaction() as tx:
                    add_member(tx, MemberData(full_name="Hoàng Văn Thêm"))
        finally:
            reader.dispose()
        assert cli.run(["pdf", "attendance", "-o", str(data_dir.parent / "a.pdf")]) == 0  # a reader is not refused
    finally:
        holder.kill()  # as abruptly as a power cut: the operating system lets the lock go
        holder.wait(timeout=60)
    assert current_holder(data_dir) is None
    assert cli.run(["keys", "show"]) == 0
    assert sound_counts(data_dir / STORE_FILENAME) == (33, 5)


TRY_LOCK = textwrap.dedent("""
    import sys, time
    from kh130_desktop.domain.store.lock import StoreLockedError, acquire
    sys.stdin.readline()  # all start together
    try:
        lock = acquire(sys.argv[1], "contender")
    except StoreLockedError:
        print("REFUSED", flush=True)
    else:
        print("HELD", flush=True)
        time.sleep(3)
""")


def test_of_several_programs_taking_the_lock_at_once_exactly_one_gets_it(tmp_path):
    procs = [subprocess.Popen([sys.executable, "-c", TRY_LOCK, str(tmp_path)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(out.strip())
    assert sorted(results) == ["HELD", "REFUSED", "REFUSED", "REFUSED"]


def test_within_one_program_the_lock_is_shared_and_let_go_with_the_last_holder(tmp_path):
    first = acquire(tmp_path, "KH130 (cửa sổ)")
    second = acquire(tmp_path, "kh130 import")
    assert current_holder(tmp_path).here and current_holder(tmp_path).program == "KH130 (cửa sổ)"
    first.release()
    assert current_holder(tmp_path) is not None
    second.release()
    second.release()  # twice is harmless
    assert current_holder(tmp_path) is None
    assert (tmp_path / store_lock.LOCK_FILENAME).stat().st_size == store_lock.RECORD_BYTES


def test_the_store_opened_by_the_check_holds_the_lock_until_disposed(data_dir):
    store = open_store_checked(data_dir)
    assert current_holder(data_dir).here
    store.dispose()
    assert current_holder(data_dir) is None
    with acquire(data_dir, "KH130 (cửa sổ)") as held:  # a lock the caller holds is the caller's
        store = open_store_checked(data_dir, lock=held)
        store.dispose()
        assert current_holder(data_dir) is not None
    assert current_holder(data_dir) is None


def test_a_stale_record_of_a_dead_holder_is_not_a_holder(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "HELD"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert store_lock.read_holder(tmp_path).pid == proc.pid  # its record is still there...
    assert current_holder(tmp_path) is None  # ...but nobody holds the lock
    store = open_store_checked(tmp_path)
    store.dispose()


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        cli.run(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Mã thoát:" in out and "3 kho dữ liệu đang được chương trình khác dùng" in out


def test_a_store_open_in_this_process_is_known(tmp_path):
    store = Store.open(tmp_path)
    assert Store.open_here(tmp_path / STORE_FILENAME)
    store.dispose()
    store.dispose()
    assert not Store.open_here(tmp_path / STORE_FILENAME)


def test_a_file_system_without_locks_does_not_keep_the_store_closed(tmp_path, monkeypatch, caplog):
    import errno

    def unsupported(_fd):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(store_lock, "_try_lock", unsupported)
    monkeypatch.setattr(store_lock, "_unlock", lambda _fd: None)
    with acquire(tmp_path, "KH130 (cửa sổ)") as held:
        assert held.held
    assert "cannot lock files" in caplog.text
