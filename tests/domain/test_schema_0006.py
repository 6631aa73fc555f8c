"""0006_files_down on the demo cell's 0005 store: only new tables, empty, nothing else touched;
the upgraded store takes a plan file and keeps the demo's 2022 records and marks; the
downgrade drops the new tables and nothing else."""

from __future__ import annotations

import shutil
from pathlib import Path

from kh130_desktop.domain.book import plan
from kh130_desktop.domain.exchange import incoming, plan_file, plan_inbox
from kh130_desktop.domain.exchange.export import write_revision
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store

from down_stores import COMMITTEE, open_committee
from test_migrations import table_counts

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0005_committee_season.sqlite3"
NEW = {"issued_plan", "returned_report", "issued_receipt", "received_plan", "received_receipt", "receipt_entry", "held_incoming"}


def test_the_0005_demo_store_upgrades_takes_a_plan_file_and_downgrades(tmp_path):
    folder = tmp_path / "cell"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / STORE_FILENAME)
    before = table_counts(folder / STORE_FILENAME)
    store = Store.open(folder, upgrade=False)
    store.upgrade("0006_files_down")  # this migration's own step (0007 drops received_member)
    try:
        after = table_counts(folder / STORE_FILENAME)
        assert set(after) - set(before) == NEW and all(after[n] == 0 for n in NEW)
        assert {n: after[n] for n in before} == before
        with store.read() as tx:
            assert plan_inbox.plan_origin(tx, 2022).kind == plan_inbox.BUNDLED
            marks_2022 = {s.code: s.done_on for s in plan.milestone_statuses(tx, 2022)}
        committee, identity = open_committee(tmp_path / "committee")
        data = write_revision(committee, lambda tx: plan_file.export_plan(tx, identity, 2026), tmp_path)[1].read_bytes()
        committee.dispose()
        with store.transaction() as tx:
            incoming.trust_committee_key(tx, identity.fingerprint, COMMITTEE)
            assert plan_inbox.import_plan(tx, data).status == plan_inbox.NEW
        with store.read() as tx:
            assert plan_inbox.plan_origin(tx, 2026).kind == plan_inbox.COMMITTEE
            assert {s.code: s.done_on for s in plan.milestone_statuses(tx, 2022)} == marks_2022
        from alembic import command

        command.downgrade(store.alembic_config(), "0005_committee_season")
    finally:
        store.dispose()
    assert set(table_counts(folder / STORE_FILENAME)) == set(before)
