"""Stores have 16 KB pages: new ones from the start, older ones converted once at open, with
a backup first; a conversion that cannot be done, or fails, leaves the store as it was."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store import pages
from kh130_desktop.domain.store.backup_files import backups_dir, copy_store, named_backups
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store
from kh130_desktop.domain.store.glance import SCHEMA_HEAD
from kh130_desktop.domain.store.health import open_store_checked
from kh130_desktop.domain.store.restore import restore
from kh130_desktop.domain.store.tables import Member
from test_migrations import DERIVED, FIXTURES, released_revisions, table_counts

OLD = 4096
HEAD_FIXTURE = FIXTURES / f"store-{SCHEMA_HEAD}.sqlite3"


def page_size(path: Path) -> int:
    """The page size as the file's header says it (bytes 16-17, big-endian)."""
    with open(path, "rb") as handle:
        return int.from_bytes(handle.read(100)[16:18], "big")


def old_store(folder: Path, fixture: Path = HEAD_FIXTURE) -> Path:
    """A copy of a fixture with 4 KB pages, as every store made before 16 KB pages has them
    (the head's own fixture is made with 16 KB pages: rewritten to 4 KB here)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / STORE_FILENAME
    shutil.copyfile(fixture, path)
    if page_size(path) != OLD:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute(f"PRAGMA page_size={OLD}")
            conn.execute("VACUUM")
        finally:
            conn.close()
    assert page_size(path) == OLD
    return path


def backups(folder: Path, reason: str) -> list[Path]:
    return [path for path, _, why in named_backups(backups_dir(folder)) if why == reason]


def add_and_count(store: Store) -> int:
    """The store takes a write and gives it back."""
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name="Hoàng Thị Mai"))
    with store.read() as tx:
        names = [m.full_name for m in tx.exec(select(Member))]
    assert "Hoàng Thị Mai" in names
    return len(names)


def test_a_new_store_has_16_kb_pages(store):
    assert pages.PAGE_SIZE == 16384
    assert page_size(store.path) == pages.PAGE_SIZE
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == pages.PAGE_SIZE
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    memory = Store.in_memory_url("sqlite://")
    try:
        with memory.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == pages.PAGE_SIZE
    finally:
        memory.dispose()


def test_the_demo_cell_and_its_backup_have_16_kb_pages(demo_store, data_dir, tmp_path):
    assert page_size(demo_store.path) == pages.PAGE_SIZE
    target = tmp_path / "usb" / "copy.sqlite3"
    copy_store(demo_store.path, target)  # SQLite's backup API: the page size of the source
    assert page_size(target) == pages.PAGE_SIZE
    old_copy = tmp_path / "usb" / "old.sqlite3"
    copy_store(old_store(tmp_path / "old"), old_copy)
    assert page_size(old_copy) == OLD


@pytest.mark.parametrize("revision", released_revisions())
def test_every_old_store_is_converted_at_open_with_nothing_lost(revision, tmp_path):
    path = old_store(tmp_path / "data", FIXTURES / f"store-{revision}.sqlite3")
    before = table_counts(path)

    store = Store.open(path.parent)
    try:
        assert store.current_revision() == SCHEMA_HEAD
        assert store.integrity_check(quick=False) == []
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        store.dispose()
    assert page_size(path) == pages.PAGE_SIZE
    after = table_counts(path)
    assert {name: after.get(name) for name in before if name not in DERIVED} == {
        name: count for name, count in before.items() if name not in DERIVED}

    # One backup of the store as it was, before anything changed: the migration's, or its own.
    made = backups(path.parent, "migrate") + backups(path.parent, "convert")
    assert len(made) == 1
    assert (made[0].name.endswith("-convert.sqlite3")) == (revision == SCHEMA_HEAD)
    assert page_size(made[0]) == OLD and table_counts(made[0]) == before


def test_a_converted_store_is_not_converted_again(tmp_path):
    path = old_store(tmp_path / "data")
    Store.open(path.parent).dispose()
    Store.open(path.parent).dispose()
    assert len(backups(path.parent, "convert")) == 1 and page_size(path) == pages.PAGE_SIZE


def test_a_store_above_the_limit_stays_at_4_kb_and_works(tmp_path, monkeypatch, caplog):
    path = old_store(tmp_path / "data")
    before = table_counts(path)
    monkeypatch.setattr(pages, "CONVERT_MAX_BYTES", path.stat().st_size - 1)
    caplog.set_level(logging.INFO, logger=pages.__name__)

    store = open_store_checked(path.parent)
    try:
        assert add_and_count(store) == before["member"] + 1
    finally:
        store.dispose()
    assert page_size(path) == OLD
    assert "keeps its page size" in caplog.text and "converted at open" in caplog.text
    assert backups(path.parent, "convert") == []  # nothing to keep: nothing was done


def test_without_room_for_it_the_conversion_waits(tmp_path, monkeypatch, caplog):
    path = old_store(tmp_path / "data")
    monkeypatch.setattr(pages, "free_space", lambda _folder: 2 * path.stat().st_size)  # a backup, not the journal too
    caplog.set_level(logging.INFO, logger=pages.__name__)
    store = Store.open(path.parent)
    store.dispose()
    assert page_size(path) == OLD and backups(path.parent, "convert") == []
    assert "needed" in caplog.text


def test_a_conversion_that_fails_leaves_the_store_as_it_was(tmp_path, monkeypatch, caplog):
    path = old_store(tmp_path / "data")
    before = table_counts(path)

    def full(_conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(pages, "_vacuum", full)
    caplog.set_level(logging.WARNING, logger=pages.__name__)
    store = open_store_checked(path.parent)  # opens: the failure is logged, not shown, not damage
    try:
        assert store.integrity_check(quick=False) == []
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == OLD
        assert table_counts(path) == before
        assert add_and_count(store) == before["member"] + 1
    finally:
        store.dispose()
    assert "database or disk is full" in caplog.text and "stays as it was" in caplog.text

    monkeypatch.undo()  # the next open tries again
    Store.open(path.parent).dispose()
    assert page_size(path) == pages.PAGE_SIZE
    assert table_counts(path)["member"] == before["member"] + 1


def test_a_full_disk_in_the_middle_of_the_conversion_leaves_the_store_as_it_was(small_disk, monkeypatch, caplog):
    path = old_store(small_disk.root / "data")
    before = table_counts(path)
    monkeypatch.setattr(pages, "room_for_conversion", lambda *_a, **_k: "")  # the room went meanwhile
    monkeypatch.setattr(pages, "write_backup", lambda *_a, **_k: None)
    small_disk.fill(path.stat().st_size // 3)  # room for part of VACUUM's journal, not all of it
    caplog.set_level(logging.WARNING, logger=pages.__name__)

    store = Store.open(path.parent)
    try:
        with store.read() as tx:
            assert len(tx.exec(select(Member)).all()) == before["member"]
    finally:
        store.dispose()
    assert "stays as it was" in caplog.text
    small_disk.make_room()
    assert page_size(path) == OLD
    assert table_counts(path) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_failed_backup_means_no_conversion_and_the_store_opens(tmp_path, monkeypatch):
    path = old_store(tmp_path / "data")
    from kh130_desktop.domain.errors import StoreError

    def no_backup(*_a, **_k):
        raise StoreError("Ổ đĩa đầy: không ghi được vào thư mục backups.")

    monkeypatch.setattr(pages, "write_backup", no_backup)
    store = Store.open(path.parent)
    try:
        assert add_and_count(store) == table_counts(path)["member"]
    finally:
        store.dispose()
    assert page_size(path) == OLD


def test_a_read_only_open_never_converts(tmp_path):
    path = old_store(tmp_path / "data")
    store = Store.open(path.parent, read_only=True)
    try:
        with store.read() as tx:
            assert len(tx.exec(select(Member)).all()) == 33
    finally:
        store.dispose()
    assert page_size(path) == OLD
    assert not backups_dir(path.parent).exists()


def test_a_restored_4_kb_backup_opens_and_is_converted(demo_store, data_dir, tmp_path):
    demo_store.dispose()
    old_backup = old_store(tmp_path / "stick")  # a backup made by an older build: 4 KB pages
    before = table_counts(old_backup)
    restore(data_dir, old_backup)
    store = open_store_checked(data_dir)
    try:
        assert add_and_count(store) == before["member"] + 1
    finally:
        store.dispose()
    assert page_size(data_dir / STORE_FILENAME) == pages.PAGE_SIZE
    assert page_size(old_backup) == OLD  # the chosen file is only read


STOPPED_MIDWAY = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")  # changed pages spill into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE member SET full_name = full_name || ' (sửa dở)'")
conn.execute("DELETE FROM study_session")
os._exit(0)  # as a conversion stopped by a power cut: a hot -journal beside a half-written file
"""


def test_a_conversion_stopped_midway_is_rolled_back_not_called_damage(tmp_path):
    path = old_store(tmp_path / "data")
    before = table_counts(path)
    subprocess.run([sys.executable, "-c", STOPPED_MIDWAY, str(path)], check=True, timeout=60)
    journal = Path(f"{path}-journal")
    assert journal.is_file() and journal.stat().st_size > 0

    store = open_store_checked(path.parent)  # no StoreDamagedError
    try:
        with store.read() as tx:
            names = [m.full_name for m in tx.exec(select(Member))]
        assert len(names) == before["member"] and not any("sửa dở" in n for n in names)
    finally:
        store.dispose()
    assert table_counts(path) == before
