"""Every released schema revision has a fixture store, and each upgrades to head with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from kh130_desktop.domain.store.backups import backups_dir, list_backups
from kh130_desktop.domain.store.tables import Cell, Member, StudySession
from kh130_desktop.domain.store.engine import MIGRATIONS_DIR, STORE_FILENAME, Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# Tables a migration dropped because every row was derived from data the store keeps:
# received_member (0007), the member lines of received reports, are in their containers.
DERIVED = {"received_member"}


def released_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return [rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()]


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def test_every_revision_in_migrations_has_a_fixture():
    revisions = released_revisions()
    assert "0001_initial" in revisions
    missing = [rev for rev in revisions if not (FIXTURES / f"store-{rev}.sqlite3").is_file()]
    assert not missing, (
        f"no fixture store for {missing}: run `python tests/fixtures/make_fixture.py REVISION` and commit it"
    )


@pytest.mark.parametrize("revision", released_revisions())
def test_fixture_upgrades_to_head_with_nothing_lost(revision, tmp_path):
    fixture = FIXTURES / f"store-{revision}.sqlite3"
    if not fixture.is_file():
        pytest.fail(f"missing fixture {fixture.name}")
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(fixture, folder / STORE_FILENAME)
    before = table_counts(folder / STORE_FILENAME)
    assert before["member"] == 33 and before["study_session"] == 5

    store = Store.open(folder)  # upgrades to head
    try:
        assert store.current_revision() == Store.head_revision()
        assert store.integrity_check(quick=False) == []
        with store.read() as tx:
            assert tx.exec(select(Cell)).one().name == "Chi bộ thôn Nà Lữ"
            names = {m.full_name for m in tx.exec(select(Member))}
            assert len(names) >= 30
            assert all(s.held_on.year == 2022 for s in tx.exec(select(StudySession)))
    finally:
        store.dispose()
    after = table_counts(folder / STORE_FILENAME)
    lost = {name: (count, after.get(name)) for name, count in before.items()
            if after.get(name) != count and name not in DERIVED}
    assert not lost, f"rows lost or changed by upgrading {revision}: {lost}"

    # The store was behind head only for older fixtures: those are backed up before the upgrade.
    migrate_backups = [b for b in list_backups(backups_dir(folder)) if b.reason == "migrate"]
    if revision != Store.head_revision():
        assert len(migrate_backups) == 1 and migrate_backups[0].ok
        assert migrate_backups[0].revision == revision
        assert table_counts(migrate_backups[0].path) == before
    else:
        assert migrate_backups == []


def test_a_receiving_installation_stays_receiving_after_the_mode_setting_migration(tmp_path):
    """0003 renames the setting key "role" to "mode": a committee's machine must not wake up as a cell."""
    from kh130_desktop.domain.store.settings import get_mode

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "store-0002_receiving.sqlite3", folder / STORE_FILENAME)
    conn = sqlite3.connect(folder / STORE_FILENAME)
    with conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('role', 'receiving')")
    conn.close()
    store = Store.open(folder)
    try:
        with store.read() as tx:
            assert get_mode(tx) == "receiving"
    finally:
        store.dispose()


def _open_with_store_open(folder: Path) -> None:
    Store.open(folder).dispose()  # tests, the self-test, the window's reopen after a restore


def _open_checked(folder: Path) -> None:
    from kh130_desktop.domain.store.health import open_store_checked

    open_store_checked(folder).dispose()  # the window at start (ui/recovery.py)


def _open_from_the_command_line(folder: Path) -> None:
    from kh130_desktop.cli import run

    assert run(["--data-dir", str(folder), "keys", "show"]) == 0  # every command's open_store


@pytest.mark.parametrize("open_it", [_open_with_store_open, _open_checked, _open_from_the_command_line])
def test_every_way_of_opening_an_old_store_backs_it_up_before_migrating(open_it, tmp_path, capsys):
    old = "0001_initial"
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURES / f"store-{old}.sqlite3", folder / STORE_FILENAME)
    before = table_counts(folder / STORE_FILENAME)

    open_it(folder)

    migrate_backups = [b for b in list_backups(backups_dir(folder)) if b.reason == "migrate"]
    assert len(migrate_backups) == 1 and migrate_backups[0].ok
    assert migrate_backups[0].revision == old  # taken before the migration, not after
    assert table_counts(migrate_backups[0].path) == before


def test_restoring_an_old_backup_migrates_a_scratch_copy_and_never_writes_the_chosen_file(demo_store, data_dir, tmp_path):
    import hashlib

    from kh130_desktop.domain.store.restore import restore

    old = "0001_initial"
    source = tmp_path / "usb" / "old.sqlite3"
    source.parent.mkdir()
    shutil.copyfile(FIXTURES / f"store-{old}.sqlite3", source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    demo_store.dispose()

    restore(data_dir, source)

    # The chosen file is the store as it was before the migration, byte for byte.
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in source.parent.iterdir()) == ["old.sqlite3"]
    # The store it replaced is kept; the scratch copy leaves no backup of its own behind.
    assert [b.reason for b in list_backups(backups_dir(data_dir))] == ["restore"]
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]
    store = Store.open(data_dir)
    try:
        assert store.current_revision() == Store.head_revision()
    finally:
        store.dispose()
    assert [b.reason for b in list_backups(backups_dir(data_dir))] == ["restore"]  # already at head


def test_dates_stored_before_precision_stay_full_dates(tmp_path):
    """0004 adds how much of each date is known; an old 01/01/1958 may have been a year alone,
    but nothing can know it: it stays the full date it was, and shows as one."""
    from kh130_desktop.domain.book.dates import format_date

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "store-0003_mode_setting.sqlite3", folder / STORE_FILENAME)
    conn = sqlite3.connect(folder / STORE_FILENAME)
    with conn:
        conn.execute("UPDATE member SET birth_date = '1958-01-01' WHERE full_name = 'Nông Văn Thắng'")
    conn.close()
    store = Store.open(folder)
    try:
        with store.read() as tx:
            members = list(tx.exec(select(Member)))
            assert {(m.birth_precision, m.admitted_precision, m.official_precision) for m in members} == {("day", "day", "day")}
            thang = next(m for m in members if m.full_name == "Nông Văn Thắng")
            assert format_date(thang.birth_date, thang.birth_precision) == "01/01/1958"
    finally:
        store.dispose()
    store = Store.open(folder)  # and a store at head opens without another migration
    try:
        assert store.current_revision() == Store.head_revision()
    finally:
        store.dispose()
