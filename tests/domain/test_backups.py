"""Backups and restore: same data back, bad files refused with the current store untouched."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kh130_desktop.domain.store import backup_files
from kh130_desktop.domain.store.backup_check import inspect_backup
from kh130_desktop.domain.store.backup_files import backup_name, named_backups, rotate
from kh130_desktop.domain.store.backups import (
    backup_now,
    backup_to,
    backups_dir,
    list_backups,
    maybe_daily_backup,
    newest_good_backup,
)
from kh130_desktop.domain.store.restore import restore
from kh130_desktop.domain.errors import StoreError
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store, make_engine


def all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (sorted), read straight from the file and its -wal."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def store_bytes(folder: Path) -> dict[str, str]:
    found = {}
    for suffix in ("", "-wal", "-shm"):
        path = folder / f"{STORE_FILENAME}{suffix}"
        if path.exists():
            found[suffix] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def add_someone(store: Store, name: str = "Hoàng Văn Thêm") -> None:
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name=name, birth_date=dt.date(1980, 1, 1), admitted_on=dt.date(2010, 5, 19),
                                  official_on=dt.date(2011, 5, 19), joined_on=dt.date(2010, 5, 19)))


def test_backup_is_a_checked_self_contained_copy_named_by_date_and_reason(demo_store, data_dir):
    when = dt.datetime(2022, 6, 1, 20, 15, 3)
    path = backup_now(demo_store, "manual", now=when)
    assert path == data_dir / "backups" / "kh130-20220601-201503-manual.sqlite3"
    assert not Path(f"{path}-wal").exists()
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert all_rows(path) == all_rows(data_dir / STORE_FILENAME)
    info = inspect_backup(path)
    assert info.ok and info.cell_name == "Chi bộ thôn Nà Lữ"
    assert (info.member_count, info.session_count) == (33, 5)
    assert info.created == when and info.reason == "manual"


def test_backup_then_restore_gives_back_exactly_the_same_data(demo_store, data_dir):
    before = all_rows(data_dir / STORE_FILENAME)
    path = backup_now(demo_store, "manual")
    add_someone(demo_store)
    changed = all_rows(data_dir / STORE_FILENAME)
    assert changed != before
    demo_store.dispose()

    restore(data_dir, path)

    assert all_rows(data_dir / STORE_FILENAME) == before
    reopened = Store.open(data_dir)
    assert reopened.integrity_check(quick=False) == []
    reopened.dispose()
    # The store as it was just before the restore is kept, in case the wrong file was chosen.
    kept = [b for b in list_backups(backups_dir(data_dir)) if b.reason == "restore"]
    assert len(kept) == 1 and all_rows(kept[0].path) == changed


def test_restore_into_an_empty_folder(demo_store, tmp_path):
    path = backup_to(demo_store, tmp_path / "b.sqlite3")
    target = tmp_path / "new-machine"
    restore(target, path)
    assert all_rows(target / STORE_FILENAME) == all_rows(path)


def test_backup_to_a_folder_or_a_file(demo_store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    in_folder = backup_to(demo_store, usb)
    assert in_folder.parent == usb and in_folder.name.startswith("kh130-") and in_folder.name.endswith("-manual.sqlite3")
    as_file = backup_to(demo_store, usb / "chi-bo-na-lu.sqlite3")
    assert as_file == usb / "chi-bo-na-lu.sqlite3"
    assert inspect_backup(as_file).member_count == 33


# --- files that must be refused ---------------------------------------------------------


def _corrupted(demo_store, tmp_path) -> Path:
    good = backup_to(demo_store, tmp_path / "good.sqlite3")
    bad = tmp_path / "corrupted.sqlite3"
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file's header
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = bytes(page)
    bad.write_bytes(bytes(data))
    return bad


def _not_sqlite(tmp_path) -> Path:
    path = tmp_path / "bien-ban.sqlite3"
    path.write_bytes("Biên bản họp chi bộ\n".encode() * 200)
    return path


def _foreign(tmp_path) -> Path:
    path = tmp_path / "contacts.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO contact (name) VALUES (?)", [("Nông Văn A",), ("Lương Thị B",)])
    conn.commit()
    conn.close()
    return path


def _newer_schema(demo_store, tmp_path) -> Path:
    path = backup_to(demo_store, tmp_path / "from-the-future.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    return path


def _truncated(demo_store, tmp_path) -> Path:
    good = backup_to(demo_store, tmp_path / "whole.sqlite3")
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return path


def _header_then_garbage(tmp_path) -> Path:
    path = tmp_path / "crafted.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    return path


def _edited(demo_store, tmp_path) -> Path:
    """Ours by its tables and revision, but someone dropped a column the program needs."""
    path = backup_to(demo_store, tmp_path / "edited.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE member DROP COLUMN phone")
    conn.commit()
    conn.close()
    return path


REFUSALS = {
    "corrupted": (_corrupted, "bị hỏng"),
    "not sqlite": (lambda s, t: _not_sqlite(t), "không phải cơ sở dữ liệu SQLite"),
    "foreign sqlite": (lambda s, t: _foreign(t), "chương trình khác"),
    "newer schema": (_newer_schema, "phiên bản KH130 mới hơn"),
    "truncated": (_truncated, "bị hỏng"),
    "header then garbage": (lambda s, t: _header_then_garbage(t), "không phải"),
    "empty file": (lambda s, t: (t / "empty.sqlite3").write_bytes(b"") or t / "empty.sqlite3", "không phải"),
    "missing": (lambda s, t: t / "nowhere.sqlite3", "Không tìm thấy"),
    "a folder": (lambda s, t: t, "không phải là một tệp"),
    "edited": (_edited, "không đúng cấu trúc"),
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_restore_refuses_bad_files_and_leaves_the_store_untouched(kind, demo_store, data_dir, tmp_path):
    make, words = REFUSALS[kind]
    source = make(demo_store, tmp_path)
    add_someone(demo_store)  # something in the -wal too, not only in the main file
    rows = all_rows(data_dir / STORE_FILENAME)
    demo_store.dispose()
    bytes_before = store_bytes(data_dir)
    backups_before = sorted(backups_dir(data_dir).glob("*")) if backups_dir(data_dir).exists() else []

    if kind != "edited":  # its shape is checked once it is at this build's schema, in restore
        with pytest.raises(StoreError) as refused:
            inspect_backup(source)
        assert words in refused.value.message
    with pytest.raises(StoreError) as refused:
        restore(data_dir, source)
    assert words in refused.value.message
    assert refused.value.hint  # says what to do

    assert store_bytes(data_dir) == bytes_before
    assert all_rows(data_dir / STORE_FILENAME) == rows
    assert (sorted(backups_dir(data_dir).glob("*")) if backups_dir(data_dir).exists() else []) == backups_before
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]


def test_inspecting_never_writes_next_to_the_source(demo_store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    path = backup_to(demo_store, usb / "b.sqlite3")
    usb.chmod(0o555)
    try:
        inspect_backup(path)
    finally:
        usb.chmod(0o755)
    assert sorted(p.name for p in usb.iterdir()) == ["b.sqlite3"]


def test_list_backups_marks_a_damaged_one_and_skips_it_as_newest_good(demo_store, data_dir):
    good = backup_now(demo_store, "daily", now=dt.datetime(2022, 6, 1, 8, 0, 0))
    bad = backup_now(demo_store, "manual", now=dt.datetime(2022, 6, 2, 8, 0, 0))
    data = bytearray(bad.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page:3 * page] = bytes(page)  # the third page
    bad.write_bytes(bytes(data))
    found = list_backups(backups_dir(data_dir))
    assert [b.path for b in found] == [bad, good]
    assert [b.ok for b in found] == [False, True]
    assert "bị hỏng" in found[0].problem
    assert newest_good_backup(data_dir) == good


# --- automatic backups and rotation -----------------------------------------------------


def test_daily_backup_only_when_the_newest_is_over_a_day_old(demo_store, data_dir):
    start = dt.datetime(2022, 7, 1, 7, 30)
    first = maybe_daily_backup(demo_store, now=start)
    assert first is not None and first.name == "kh130-20220701-073000-daily.sqlite3"
    assert maybe_daily_backup(demo_store, now=start + dt.timedelta(hours=23)) is None
    second = maybe_daily_backup(demo_store, now=start + dt.timedelta(hours=25))
    assert second is not None and second != first
    assert len(list_backups(backups_dir(data_dir))) == 2


def test_two_backups_in_the_same_second_both_kept(demo_store):
    when = dt.datetime(2022, 7, 1, 7, 30)
    a = backup_now(demo_store, "manual", now=when)
    b = backup_now(demo_store, "manual", now=when)
    assert a != b and a.exists() and b.exists()


def test_rotation_keeps_recent_days_weeks_and_months(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2024, 3, 31, 9, 0)
    # Two backups a day for 500 days, plus an unrelated file that must never be touched.
    for day in range(500):
        for hours_before in (1, 13):
            when = now - dt.timedelta(days=day, hours=hours_before)
            (folder / backup_name("daily", when)).write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")

    rotate(folder, now=now)

    kept = [created for _, created, _ in named_backups(folder)]
    assert (folder / "notes.txt").read_text() == "mine"
    assert kept[0] == now - dt.timedelta(hours=1)  # the newest is always kept
    days = {c.date() for c in kept}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(7))
    weeks = {c.isocalendar()[:2] for c in kept}
    assert len(weeks) >= 5
    months = {(c.year, c.month) for c in kept}
    assert len(months) == 12
    assert min(kept) > now - dt.timedelta(days=366)
    assert len(kept) <= backup_files.KEEP_LATEST + backup_files.KEEP_DAYS + backup_files.KEEP_WEEKS + backup_files.KEEP_MONTHS
    rotate(folder, now=now)  # stable: running again removes nothing more
    assert [c for _, c, _ in named_backups(folder)] == kept


# --- full disk, read-only folder ----------------------------------------------------------


def test_full_disk_while_backing_up_gives_a_clear_message_and_no_partial_file(demo_store, data_dir, monkeypatch):
    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StoreError) as failed:
        backup_now(demo_store, "manual")
    assert "Ổ đĩa đầy" in failed.value.message
    assert list(backups_dir(data_dir).iterdir()) == []


def test_read_only_destination_gives_a_clear_message(demo_store, tmp_path, monkeypatch):
    def denied(*_a, **_k):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup_files.tempfile, "mkstemp", denied)
    with pytest.raises(StoreError) as failed:
        backup_to(demo_store, tmp_path)
    assert "chỉ cho phép đọc" in failed.value.message  # a read-only medium, named as such
    assert "USB" in failed.value.hint


def test_full_disk_during_restore_leaves_the_store_untouched(demo_store, data_dir, tmp_path, monkeypatch):
    source = backup_to(demo_store, tmp_path / "b.sqlite3")
    add_someone(demo_store)
    rows = all_rows(data_dir / STORE_FILENAME)
    demo_store.dispose()
    real_replace = os.replace

    def no_space(src, dst, *a, **k):
        if Path(dst).name == STORE_FILENAME:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StoreError) as failed:
        restore(data_dir, source)
    assert "Ổ đĩa đầy" in failed.value.message
    assert all_rows(data_dir / STORE_FILENAME) == rows
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]


def test_older_backup_is_migrated_forward_on_restore(data_dir, tmp_path):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "store-0001_initial.sqlite3"
    source = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, source)
    info = inspect_backup(source)
    assert info.revision == "0001_initial" and info.member_count == 33
    restore(data_dir, source)
    store = Store(make_engine(f"sqlite:///{data_dir / STORE_FILENAME}"), data_dir / STORE_FILENAME)
    try:
        assert store.current_revision() == Store.head_revision()
    finally:
        store.dispose()
    before, after = all_rows(source)["member"], all_rows(data_dir / STORE_FILENAME)["member"]
    # Nothing changed in the columns the backup had; later revisions' columns come after them.
    assert [row[:len(before[0])] for row in after] == before
    assert inspect_backup(source).revision == "0001_initial"  # the chosen file itself is not changed


# --- the command line -----------------------------------------------------------------------


def test_cli_backup_prints_where_it_wrote_and_restore_brings_it_back(demo_store, data_dir, tmp_path, capsys):
    from kh130_desktop.cli import run

    before = all_rows(data_dir / STORE_FILENAME)
    assert run(["backup"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("Đã sao lưu vào ")
    written = Path(out.removeprefix("Đã sao lưu vào "))
    assert written.parent == backups_dir(data_dir) and written.exists()

    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(["backup", "-o", str(usb)]) == 0
    assert str(usb) in capsys.readouterr().out
    assert run(["backup", "-o", str(usb / "chi-bo.sqlite3")]) == 0
    assert (usb / "chi-bo.sqlite3").exists()

    add_someone(demo_store)
    demo_store.dispose()
    assert run(["restore", str(usb / "chi-bo.sqlite3")]) == 0
    assert "33 đảng viên" in capsys.readouterr().out
    assert all_rows(data_dir / STORE_FILENAME) == before


@pytest.mark.parametrize("kind", ["not sqlite", "foreign sqlite", "missing"])
def test_cli_restore_refuses_a_bad_file_in_one_vietnamese_line(kind, demo_store, data_dir, tmp_path, capsys):
    from kh130_desktop.cli import run

    source = REFUSALS[kind][0](demo_store, tmp_path)
    demo_store.dispose()
    bytes_before = store_bytes(data_dir)
    assert run(["restore", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and REFUSALS[kind][1] in lines[0]
    assert store_bytes(data_dir) == bytes_before


def test_restore_from_another_machines_live_store_includes_what_is_still_in_its_wal(demo_store, tmp_path):
    """A clerk copies the whole data folder of the old laptop: kh130.sqlite3 and its -wal."""
    old_laptop = tmp_path / "old-laptop"
    old_laptop.mkdir()
    holder = sqlite3.connect(demo_store.path)  # keeps the -wal from being folded in on close
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM member").fetchone()
    add_someone(demo_store, "Lục Văn Sáng")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{demo_store.path}{suffix}", old_laptop / f"{STORE_FILENAME}{suffix}")
    holder.rollback()
    holder.close()
    assert (old_laptop / f"{STORE_FILENAME}-wal").stat().st_size > 0
    wal_before = (old_laptop / f"{STORE_FILENAME}-wal").read_bytes()

    new_laptop = tmp_path / "new-laptop"
    restore(new_laptop, old_laptop / STORE_FILENAME)

    names = [row[2] for row in all_rows(new_laptop / STORE_FILENAME)["member"]]
    assert "Lục Văn Sáng" in names and len(names) == 34
    assert (old_laptop / f"{STORE_FILENAME}-wal").read_bytes() == wal_before  # the source is only read


def test_every_automatic_backup_rotates_the_old_ones(demo_store, data_dir):
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime(2024, 3, 31, 9, 0)
    for day in range(1, 60):
        (folder / backup_name("daily", now - dt.timedelta(days=day))).write_bytes(b"x")
    newest = backup_now(demo_store, "daily", now=now)
    left = named_backups(folder)
    assert left[0][0] == newest
    assert len(left) < 30  # 60 became at most the rule's worth
    assert (now - dt.timedelta(days=1)).date() in {created.date() for _, created, _ in left}
