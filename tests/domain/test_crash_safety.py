"""A killed write, a killed upgrade, a killed restore, an overwritten store file: nothing half-done,
nothing left behind, nothing opened as empty.

The kill moments are random; the seed is printed, and KH130_CRASH_SEED=<seed> replays a run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kh130_desktop.domain.store.backups import backup_now
from kh130_desktop.domain.store.health import StoreDamagedError, open_store_checked
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store
from kh130_desktop.domain.store.restore import restore

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
KILLS = 14
RESTORE_KILLS = 6


def crash_seed() -> int:
    """This run's seed for the kill moments: KH130_CRASH_SEED replays a failed run."""
    seed = int(os.environ.get("KH130_CRASH_SEED") or random.randrange(1 << 30))
    print(f"crash-safety seed {seed} (KH130_CRASH_SEED={seed} replays it)")
    return seed


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "member" not in tables:
            return (0, 0)
        return (conn.execute("SELECT count(*) FROM member").fetchone()[0],
                conn.execute("SELECT count(*) FROM study_session").fetchone()[0])
    finally:
        conn.close()


def demo_process(folder: Path) -> subprocess.Popen:
    env = dict(os.environ, KH130_DATA_DIR=str(folder))
    return subprocess.Popen([sys.executable, "-m", "kh130_desktop", "demo"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_killing_demo_at_random_moments_leaves_all_or_nothing(tmp_path):
    full_folder = tmp_path / "full"
    started = time.monotonic()
    proc = demo_process(full_folder)
    _, err = proc.communicate(timeout=120)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    full = counts(full_folder / STORE_FILENAME)
    assert full == (33, 5)

    seed = crash_seed()
    rng = random.Random(seed)
    outcomes = []
    for run in range(KILLS):
        folder = tmp_path / f"run{run}"
        proc = demo_process(folder)
        # Past the full run's length too, so some kills land after the commit (all, not nothing).
        delay = rng.uniform(0.05, duration * 1.15)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        path = folder / STORE_FILENAME
        found = counts(path) if path.exists() else (0, 0)
        outcomes.append((round(delay, 2), path.exists(), found))
        assert found in ((0, 0), full), f"seed {seed}, run {run}, killed after {delay:.2f} s: {found}"
        # Whatever the moment, the next start opens the store (no half-made schema left behind).
        store = open_store_checked(folder)
        try:
            assert store.current_revision() == Store.head_revision()
            assert store.integrity_check(quick=False) == []
        finally:
            store.dispose()
    print(f"seed {seed}, full run {duration:.2f} s, outcomes {outcomes}")


def restore_process(folder: Path, source: Path) -> subprocess.Popen:
    env = dict(os.environ, KH130_DATA_DIR=str(folder))
    return subprocess.Popen([sys.executable, "-m", "kh130_desktop", "restore", str(source)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def left_behind(folder: Path) -> list[str]:
    """Hidden working folders and temporary files of interrupted work, in the folder and backups/."""
    found = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    backups = folder / "backups"
    if backups.is_dir():
        found += [f"backups/{p.name}" for p in backups.iterdir() if p.name.startswith(".")]
    return found


def test_killing_restore_at_random_moments_leaves_old_or_new_and_nothing_behind(tmp_path, _demo_template):
    from kh130_desktop.domain.book.roster import MemberData, add_member

    source = _demo_template / STORE_FILENAME  # 33 members, 5 sessions
    before = tmp_path / "before"
    shutil.copytree(_demo_template, before)
    store = Store.open(before)
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name="Lục Văn Sáng"))
    store.dispose()
    old, new = counts(before / STORE_FILENAME), counts(source)
    assert old == (34, 5) and new == (33, 5)

    full_folder = tmp_path / "full"
    shutil.copytree(before, full_folder)
    started = time.monotonic()
    proc = restore_process(full_folder, source)
    _, err = proc.communicate(timeout=120)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    assert counts(full_folder / STORE_FILENAME) == new

    seed = crash_seed()
    rng = random.Random(seed)
    outcomes = []
    for run in range(RESTORE_KILLS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(before, folder)
        proc = restore_process(folder, source)
        delay = rng.uniform(0.05, duration * 1.15)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        found = counts(folder / STORE_FILENAME)
        outcomes.append((round(delay, 2), found, len(left_behind(folder))))
        assert found in (old, new), f"seed {seed}, run {run}, killed after {delay:.2f} s: {found}"
        # The next start removes whatever the killed restore left, and opens the store.
        store = open_store_checked(folder)
        try:
            assert store.integrity_check(quick=False) == []
        finally:
            store.dispose()
        assert left_behind(folder) == [], f"seed {seed}, run {run}, killed after {delay:.2f} s"
    print(f"seed {seed}, full restore {duration:.2f} s, outcomes {outcomes}")


KILLED_UPGRADE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from alembic.operations import Operations
    from kh130_desktop.domain.store.engine import Store

    real = Operations.create_table
    made = []

    def create_then_die(self, *args, **kwargs):
        result = real(self, *args, **kwargs)
        made.append(args[0])
        if len(made) == int(sys.argv[2]):
            os._exit(9)  # as abrupt as a power cut: no cleanup, no rollback from Python
        return result

    Operations.create_table = create_then_die
    Store.open(Path(sys.argv[1]))
""")


@pytest.mark.parametrize("fixture, tables_made", [(None, 3), ("store-0001_initial.sqlite3", 2)])
def test_a_killed_upgrade_leaves_the_old_schema_and_data(fixture, tables_made, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    if fixture:
        shutil.copyfile(FIXTURES / fixture, folder / STORE_FILENAME)
        before = counts(folder / STORE_FILENAME)
    else:
        before = (0, 0)
    script = tmp_path / "killed_upgrade.py"
    script.write_text(KILLED_UPGRADE)
    proc = subprocess.run([sys.executable, str(script), str(folder), str(tables_made)], cwd=ROOT,
                          capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr.decode()

    assert counts(folder / STORE_FILENAME) == before
    store = open_store_checked(folder)
    try:
        assert store.current_revision() == Store.head_revision()
    finally:
        store.dispose()
    assert counts(folder / STORE_FILENAME) == before


def _zero_a_page_in_the_middle(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "rb") as handle:
        page = int.from_bytes(handle.read(100)[16:18], "big")  # the page size, from the header
    middle = (size // page // 2) * page
    with open(path, "r+b") as handle:
        handle.seek(middle)
        handle.write(bytes(page))


def test_overwritten_store_is_reported_damaged_and_the_backup_brings_the_data_back(demo_store, data_dir):
    backup = backup_now(demo_store, "daily")
    with demo_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.dispose()
    path = data_dir / STORE_FILENAME
    _zero_a_page_in_the_middle(path)
    damaged_bytes = path.read_bytes()

    with pytest.raises(StoreDamagedError) as damaged:
        open_store_checked(data_dir)
    assert "bị hỏng" in damaged.value.message
    assert damaged.value.newest_good_backup == backup
    assert backup.name in damaged.value.hint
    assert path.read_bytes() == damaged_bytes  # not "repaired" into an empty store

    restore(data_dir, damaged.value.newest_good_backup)
    store = open_store_checked(data_dir)
    try:
        assert counts(path) == (33, 5)
    finally:
        store.dispose()


@pytest.mark.parametrize("content", [b"\x00" * 8192, b"PK\x03\x04 not a database at all" * 100,
                                     b"SQLite format 3\x00" + b"\xff" * 8000])
def test_garbage_store_file_is_never_opened_as_empty(content, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / STORE_FILENAME).write_bytes(content)
    with pytest.raises(StoreDamagedError) as damaged:
        open_store_checked(folder)
    assert damaged.value.newest_good_backup is None
    assert "sao lưu" in damaged.value.hint
    assert (folder / STORE_FILENAME).read_bytes() == content


def test_someone_elses_database_in_place_of_the_store_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / STORE_FILENAME)
    conn.execute("CREATE TABLE song (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreDamagedError) as damaged:
        open_store_checked(folder)
    assert "không phải kho KH130" in damaged.value.message


def test_an_empty_file_is_damage_when_backups_exist_and_a_fresh_start_when_none(demo_store, data_dir, tmp_path):
    backup = backup_now(demo_store, "daily")
    demo_store.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data_dir / STORE_FILENAME}{suffix}").unlink(missing_ok=True)
    (data_dir / STORE_FILENAME).write_bytes(b"")
    with pytest.raises(StoreDamagedError) as damaged:
        open_store_checked(data_dir)
    assert damaged.value.newest_good_backup == backup

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / STORE_FILENAME).write_bytes(b"")
    store = open_store_checked(fresh)
    try:
        assert store.current_revision() == Store.head_revision()
    finally:
        store.dispose()


def test_every_command_refuses_a_damaged_store_in_one_line(tmp_path, monkeypatch, capsys):
    from kh130_desktop.cli import run

    folder = tmp_path / "data"
    folder.mkdir()
    garbage = b"\x00" * 8192
    (folder / STORE_FILENAME).write_bytes(garbage)
    monkeypatch.setenv("KH130_DATA_DIR", str(folder))
    assert run(["demo"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi: Kho dữ liệu bị hỏng")
    assert (folder / STORE_FILENAME).read_bytes() == garbage
