"""Keys have a life: trusted for a named cell, revoked from a day when a laptop is lost, and a
cell's new laptop carrying on its revisions; the period order; two imports at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from kh130_desktop.cli import run
from kh130_desktop.domain import errors
from kh130_desktop.domain.book.periods import Period, sorted_periods, year_periods
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.domain.exchange.identity import ensure_identity
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.store.engine import Store
from kh130_desktop.domain.store.exchange_tables import ReceivedReport
from report_files import Line

UTC = dt.timezone.utc
NAME = "Chi bộ thôn Nà Lữ"


@pytest.fixture
def committee(tmp_path) -> Store:
    store = Store.open(tmp_path / "committee")
    yield store
    store.dispose()


def trust(store: Store, line: Line, **kw) -> int:
    with store.transaction() as tx:
        return registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, **kw).id


def imp(store: Store, data: bytes, name: str = "f.kh130"):
    return importer.import_bytes(store, name, data)


# --- periods ---------------------------------------------------------------------------------

def test_periods_have_one_order_years_after_their_quarters():
    mixed = [Period(2023, 1), Period(2022), Period(2022, 4), Period(2022, 2), Period(2021)]
    assert sorted(mixed) == [Period(2021), Period(2022, 2), Period(2022, 4), Period(2022), Period(2023, 1)]
    assert Period(2022) > Period(2022, 4) and Period(2022, 1) < Period(2022) and Period(2022) < Period(2023, 1)
    assert max(Period(2022), Period(2022, 2)) == Period(2022)  # once a TypeError: None < 2
    assert sorted_periods(["2022", "2022-Q2", "2022"]) == [Period(2022, 2), Period(2022)]
    assert year_periods(2022)[-1] == Period(2022) and Period.parse("2022-Q3") == Period(2022, 3)
    with pytest.raises(TypeError):
        Period(2022) < "2022"


def test_a_year_file_and_its_quarter_file_of_one_cell_make_the_views_work(committee):
    line = Line(str(uuid.uuid4()), NAME)
    trust(committee, line)
    assert imp(committee, line.file("2022", dt.datetime(2023, 1, 3, tzinfo=UTC))).outcome is Outcome.ACCEPTED
    assert imp(committee, line.file("2022-Q2", dt.datetime(2022, 7, 3, tzinfo=UTC))).outcome is Outcome.ACCEPTED
    with committee.read() as tx:
        assert consolidation.received_periods(tx) == [Period(2022, 2), Period(2022)]
        ((_cell, row),) = consolidation.reporting_grid(tx, year_periods(2022), today=dt.date(2023, 2, 1))
    # both received today, after their deadlines; Q1 is before the first report, Q3 and Q4 are owed
    assert [g.status for g in row][1:] == ["reported_late", "late", "late", "reported_late"] and not row[0].expected


# --- trust -----------------------------------------------------------------------------------

def test_without_the_slips_cell_id_the_first_file_binds_it(committee):
    """Trust on first use of the cell id: why the slip's "Mã chi bộ" should be given."""
    a, b = Line(str(uuid.uuid4()), NAME), Line(str(uuid.uuid4()), "Chi bộ thôn Bản Giới")
    trust(committee, a)
    trust(committee, b, cell_uid=b.cell_uid)
    forged = a.file("2022-Q2", dt.datetime(2022, 7, 3, tzinfo=UTC), uid=b.cell_uid)
    assert imp(committee, forged).code == "wrong_cell"  # b's id is bound from its slip
    assert imp(committee, a.file("2022-Q2", dt.datetime(2022, 7, 4, tzinfo=UTC))).outcome is Outcome.ACCEPTED
    with committee.read() as tx:
        assert {c.name: c.cell_uid for c in registry.expected_cells(tx)} == {NAME: a.cell_uid, b.cell_name: b.cell_uid}


# --- revoking a lost laptop's key --------------------------------------------------------------

def test_a_revoked_key_keeps_what_it_signed_before_the_day_and_loses_the_rest(committee):
    lost = Line(str(uuid.uuid4()), NAME)
    key_id = trust(committee, lost, cell_uid=lost.cell_uid)
    before = lost.file("2022-Q2", dt.datetime(2022, 7, 2, 8, tzinfo=UTC))
    q3 = lost.file("2022-Q3", dt.datetime(2022, 10, 2, 8, tzinfo=UTC))
    thief = lost.file("2022-Q2", dt.datetime(2022, 11, 20, 8, tzinfo=UTC), members=9)  # after the theft
    for data in (before, q3, thief):
        assert imp(committee, data).outcome in (Outcome.ACCEPTED, Outcome.SUPERSEDES)
    late_arrival = lost.file("2022-Q4", dt.datetime(2022, 11, 1, 8, tzinfo=UTC))  # signed before, arrives after
    with committee.transaction() as tx:
        with pytest.raises(errors.ValidationError):
            registry.revoke_key(tx, key_id, from_day=dt.date(2030, 1, 1), today=dt.date(2022, 12, 1))
        withdrawn = registry.revoke_key(tx, key_id, from_day=dt.date(2022, 11, 15), reason="mất máy",
                                        today=dt.date(2022, 12, 1))
    assert [(r.period, r.members) for r in withdrawn] == [("2022-Q2", 9)]
    with committee.read() as tx:
        rows = {(r.period, r.members): (r.current, r.withdrawn) for r in tx.exec(select(ReceivedReport))}
        ((_cell, grid),) = consolidation.reporting_grid(tx, [Period(2022, 2)], today=dt.date(2022, 12, 1))
    assert rows == {("2022-Q2", 3): (True, False), ("2022-Q3", 3): (True, False), ("2022-Q2", 9): (False, True)}
    assert grid[0].revision == 1 and grid[0].revisions == 1  # the thief's revision is not counted
    r = imp(committee, lost.file("2022-Q3", dt.datetime(2022, 11, 16, tzinfo=UTC)))
    assert r.outcome is Outcome.REJECTED and r.code == "revoked" and "15/11/2022" in r.reason
    assert imp(committee, late_arrival).outcome is Outcome.ACCEPTED
    assert imp(committee, thief).code == "revoked"  # the withdrawn file again: still refused
    with committee.transaction() as tx:
        with pytest.raises(errors.ConflictError):  # a revocation only moves earlier
            registry.revoke_key(tx, key_id, from_day=dt.date(2022, 11, 30), today=dt.date(2022, 12, 1))
        with pytest.raises(errors.ConflictError):
            registry.trust_key_pem(tx, lost.pem(), cell_name=NAME)


def test_keys_revoke_on_the_command_line(committee, tmp_path, capsys):
    lost = Line(str(uuid.uuid4()), NAME)
    trust(committee, lost)
    imp(committee, lost.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC)))
    folder = str(committee.path.parent)
    assert run(["keys", "revoke", lost.fingerprint.replace(" ", ""), "--from", "01/07/2022", "--data-dir", folder]) == 0
    assert "1 bản đã nhận bị rút lại" in capsys.readouterr().out
    assert run(["keys", "revoke", "00" * 32, "--from", "2022-07-01", "--data-dir", folder]) == 1


# --- a cell's new laptop -----------------------------------------------------------------------

def test_a_new_laptop_with_the_backup_restored_carries_on_the_cells_revisions(demo_store, data_dir, tmp_path, committee):
    from kh130_desktop.domain.exchange.export import export_cell_report

    old = ensure_identity(demo_store, data_dir)
    with demo_store.transaction() as tx:
        first = export_cell_report(tx, old, Period(2022, 2), now=dt.datetime(2022, 7, 2, tzinfo=UTC))
    # The laptop is lost; its store comes back from the backup onto a new one, without the key.
    new_dir = tmp_path / "new-laptop"
    new_dir.mkdir()
    demo_store.dispose()
    import shutil
    shutil.copy(data_dir / "kh130.sqlite3", new_dir / "kh130.sqlite3")
    new_store = Store.open(new_dir)
    new = ensure_identity(new_store, new_dir)
    assert new.fingerprint != old.fingerprint and new.installation_id != old.installation_id
    from kh130_desktop.domain.store.tables import Cell
    with new_store.transaction() as tx:
        cell = tx.exec(select(Cell)).one()
        cell.place_name = "Nước Hai"  # a correction made on the new laptop
        tx.add(cell)
    with new_store.transaction() as tx:
        second = export_cell_report(tx, new, Period(2022, 2), now=dt.datetime(2022, 7, 20, tzinfo=UTC))
    new_store.dispose()
    assert second.sequence == first.sequence + 1 and second.supersedes == first.report_id

    with committee.transaction() as tx:
        registry.trust_key_pem(tx, old.public_pem().encode(), cell_name=NAME)
        registry.trust_key_pem(tx, new.public_pem().encode(), cell_name=NAME)  # the new slip, same cell
    assert imp(committee, first.data).outcome is Outcome.ACCEPTED
    r = imp(committee, second.data)
    assert r.outcome is Outcome.SUPERSEDES and r.revision == 2 and r.code == ""
    # The old laptop's sequence number used again in the new laptop's line is no replay either.
    assert imp(committee, first.data).outcome is Outcome.DUPLICATE


def test_a_clock_set_back_within_one_laptop_still_orders_by_sequence(committee):
    line = Line(str(uuid.uuid4()), NAME)
    trust(committee, line)
    one = line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC))
    two = line.file("2022-Q2", dt.datetime(2001, 1, 1, tzinfo=UTC))  # a dead clock battery
    assert imp(committee, two).outcome is Outcome.ACCEPTED
    assert imp(committee, one).outcome is Outcome.STALE
    with committee.read() as tx:
        current = tx.exec(select(ReceivedReport).where(ReceivedReport.current.is_(True))).one()
    assert current.sequence == 2


# --- two imports of the same files at the same moment ---------------------------------------------

def test_a_write_that_loses_a_race_is_judged_again_and_is_a_duplicate(committee, monkeypatch):
    line = Line(str(uuid.uuid4()), NAME)
    trust(committee, line)
    data = line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC))
    other = Store.open(committee.path.parent)  # a second process's engine on the same file
    original = importer._judge
    raced = []

    def judge_then_lose_the_race(conn, v, name, *keys):
        judged = original(conn, v, name, *keys)
        if name == "mine.kh130" and not raced:
            raced.append(importer.import_bytes(other, "other.kh130", data))  # commits between judge and write
        return judged

    monkeypatch.setattr(importer, "_judge", judge_then_lose_the_race)
    try:
        r = importer.import_bytes(committee, "mine.kh130", data)
    finally:
        other.dispose()
    assert raced[0].outcome is Outcome.ACCEPTED
    assert r.outcome is Outcome.DUPLICATE and r.code == ""
    with committee.read() as tx:
        assert len(tx.exec(select(ReceivedReport)).all()) == 1
        assert sorted(a.outcome for a in importer.audit_log(tx)) == ["accepted", "duplicate"]


def test_two_processes_importing_the_same_folder_at_once(committee, tmp_path):
    lines = [Line(str(uuid.uuid4()), f"Chi bộ số {i}") for i in range(6)]
    usb = tmp_path / "usb"
    usb.mkdir()
    for i, line in enumerate(lines):
        trust(committee, line)
        for q in (1, 2, 3):
            (usb / f"{i}-{q}.kh130").write_bytes(line.file(f"2022-Q{q}", dt.datetime(2022, 3 * q + 1, 2, tzinfo=UTC)))
    env = {**os.environ, "KH130_DATA_DIR": str(committee.path.parent)}
    cmd = [sys.executable, "-m", "kh130_desktop", "import", str(usb)]
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    for out, err, code in outs:
        assert code == 0, (out, err)
        assert "Traceback" not in err and "Từ chối" not in out
    with committee.read() as tx:
        assert len(tx.exec(select(ReceivedReport)).all()) == 18


def test_a_closed_pipe_ends_verify_quietly(tmp_path):
    line = Line(str(uuid.uuid4()), NAME)
    files = []
    for i in range(400):
        path = tmp_path / f"{i}.kh130"
        path.write_bytes(line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC), sequence=i + 1) if i < 3 else b"x")
        files.append(str(path))
    root = Path(__file__).resolve().parents[2]
    verify = subprocess.Popen([sys.executable, "-m", "kh130_desktop", "verify", *files], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    verify.stdout.readline()
    verify.stdout.close()  # as `| head -1` does
    _out, err = verify.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err
    assert verify.returncode == 141
