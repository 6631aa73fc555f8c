"""What a program stopped midway leaves: nothing after the next start, and the evidence kept.

A restore killed at any point leaves no working folder or temporary file once the store is next
opened; a `-wal` left by a program that died is copied into backups/ before SQLite folds it in,
with its frames counted, even when it is damaged in its middle and SQLite drops what follows."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store import leftovers
from kh130_desktop.domain.store.backup_files import backups_dir
from kh130_desktop.domain.store.backups import backup_to
from kh130_desktop.domain.store.engine import STORE_FILENAME
from kh130_desktop.domain.store.health import open_store_checked
from kh130_desktop.domain.store.leftovers import keep_wal_evidence, read_wal
from kh130_desktop.domain.store.pages import PAGE_SIZE

ROOT = Path(__file__).resolve().parent.parent.parent


def members(folder: Path) -> list[str]:
    conn = sqlite3.connect(folder / STORE_FILENAME)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        return [r[0] for r in conn.execute("SELECT full_name FROM member ORDER BY id")]
    finally:
        conn.close()


def left_behind(folder: Path) -> list[str]:
    found = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    if backups_dir(folder).exists():
        found += [f"backups/{p.name}" for p in backups_dir(folder).iterdir() if p.name.startswith(".")]
    return sorted(found)


KILLED_RESTORE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from kh130_desktop.domain.store import backup_files, restore

    def die(*_a, **_k):
        os._exit(9)  # as abrupt as a power cut: no finally, no cleanup

    point = sys.argv[3]
    if point == "copy checked":
        migrate = restore._migrate_copy
        restore._migrate_copy = lambda *a: (migrate(*a), die())
    elif point == "backup of the current store half written":
        backup_files.integrity_problems = die
    elif point == "before the rename":
        restore._retire_wal = die
    restore.restore(Path(sys.argv[1]), Path(sys.argv[2]))
""")


@pytest.mark.parametrize("point", ["copy checked", "backup of the current store half written", "before the rename"])
def test_a_restore_killed_midway_leaves_nothing_after_the_next_start(point, demo_store, data_dir, tmp_path, caplog):
    source = backup_to(demo_store, tmp_path / "b.sqlite3")
    with demo_store.transaction() as tx:
        add_member(tx, MemberData(full_name="Lục Văn Sáng"))
    demo_store.dispose()
    before = members(data_dir)
    script = tmp_path / "killed_restore.py"
    script.write_text(KILLED_RESTORE)
    proc = subprocess.run([sys.executable, str(script), str(data_dir), str(source), point], cwd=ROOT,
                          capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr.decode()
    assert left_behind(data_dir)  # the working folder with its full copy, or a temporary backup

    caplog.set_level(logging.INFO, logger="kh130_desktop.domain.store.leftovers")
    store = open_store_checked(data_dir)
    store.dispose()
    assert left_behind(data_dir) == []
    assert "interrupted work left behind" in caplog.text
    assert members(data_dir) == before  # killed before the rename: the store as it was


NEW = ["Âu Văn An", "Âu Thị Bình", "Âu Văn Cường", "Âu Thị Dung", "Âu Văn Giang", "Âu Thị Hạnh"]
WRITE_THEN_DIE = textwrap.dedent(f"""
    import os, sys
    from kh130_desktop.domain.book.roster import MemberData, add_member
    from kh130_desktop.domain.store.engine import Store
    store = Store.open(sys.argv[1])
    for name in {NEW!r}[:int(sys.argv[2])]:
        with store.transaction() as tx:  # each one confirmed to the clerk
            add_member(tx, MemberData(full_name=name))
    os._exit(0)  # then gone, the changes only in the -wal
""")


def write_then_die(folder: Path, commits: int) -> bytes:
    subprocess.run([sys.executable, "-c", WRITE_THEN_DIE, str(folder), str(commits)], cwd=ROOT, check=True, timeout=120)
    return (folder / f"{STORE_FILENAME}-wal").read_bytes()


def wal_copies(folder: Path) -> list[Path]:
    return sorted(backups_dir(folder).glob("kh130-*-unclean*.wal")) if backups_dir(folder).exists() else []


def test_a_wal_left_by_a_death_is_copied_and_its_frames_logged(demo_store, data_dir, caplog):
    demo_store.dispose()
    wal = write_then_die(data_dir, 1)
    page = int.from_bytes(wal[8:12], "big")  # the page size, from the -wal's header
    assert page == PAGE_SIZE
    frames = (len(wal) - 32) // (page + 24)
    assert frames > 0

    caplog.set_level(logging.WARNING, logger="kh130_desktop.domain.store.leftovers")
    store = open_store_checked(data_dir)
    try:
        stop = store.unclean_stop
        assert stop.summary.frames == frames and stop.summary.page_size == PAGE_SIZE
        assert stop.summary.committed == stop.summary.valid == frames and not stop.summary.damaged
        assert wal_copies(data_dir) == [stop.wal_copy] and stop.wal_copy.read_bytes() == wal
    finally:
        store.dispose()
    assert f"its -wal held {frames} frames" in caplog.text
    assert NEW[0] in members(data_dir)


def test_a_wal_damaged_in_its_middle_is_kept_and_what_sqlite_drops_is_counted(demo_store, data_dir, caplog):
    demo_store.dispose()
    write_then_die(data_dir, 6)
    path = data_dir / f"{STORE_FILENAME}-wal"
    whole = read_wal(path)
    assert whole.committed == whole.valid == whole.frames and whole.frames >= 6
    middle = whole.frames // 2
    data = bytearray(path.read_bytes())
    page_start = 32 + middle * (whole.page_size + 24) + 24
    for i in range(page_start, page_start + whole.page_size, 64):  # a page damaged, as a power cut may leave it
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))

    caplog.set_level(logging.WARNING, logger="kh130_desktop.domain.store.leftovers")
    store = open_store_checked(data_dir)
    try:
        summary = store.unclean_stop.summary
        assert summary.valid == middle and summary.damaged and summary.after_damage == whole.frames - middle
        assert summary.committed <= middle
        assert store.unclean_stop.wal_copy.read_bytes() == bytes(data)  # the evidence, as it was
    finally:
        store.dispose()
    assert f"{summary.after_damage} after a damaged frame are dropped" in caplog.text
    assert len(set(NEW) & set(members(data_dir))) < len(NEW)  # what SQLite dropped


def test_only_the_newest_few_wal_copies_are_kept(tmp_path):
    (tmp_path / f"{STORE_FILENAME}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(200))
    for day in range(1, 9):
        assert keep_wal_evidence(tmp_path, now=dt.datetime(2024, 3, day, 8, 0)).wal_copy is not None
    kept = [p.name for p in wal_copies(tmp_path)]
    assert len(kept) == leftovers.KEEP_WAL_COPIES
    assert kept[-1] == "kh130-20240308-080000-unclean.wal" and kept[0] == "kh130-20240304-080000-unclean.wal"


def test_a_wal_in_use_in_this_process_is_not_taken_for_a_death(demo_store, data_dir):
    with demo_store.transaction() as tx:
        add_member(tx, MemberData(full_name="Lục Văn Sáng"))
    assert (data_dir / f"{STORE_FILENAME}-wal").stat().st_size > 0
    other = open_store_checked(data_dir)
    try:
        assert other.unclean_stop is None and wal_copies(data_dir) == []
    finally:
        other.dispose()


def test_a_clean_stop_leaves_no_wal_and_no_evidence(demo_store, data_dir):
    with demo_store.transaction() as tx:
        add_member(tx, MemberData(full_name="Lục Văn Sáng"))
    demo_store.dispose()
    store = open_store_checked(data_dir)
    store.dispose()
    assert store.unclean_stop is None and wal_copies(data_dir) == []
