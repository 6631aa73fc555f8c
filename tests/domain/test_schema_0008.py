"""0008_report_containers on a receiving store that holds files: each revision's signed file
moves, byte for byte, to received_container; every other column of every revision stays; the
files are still recognised, the paper code still finds its file, and the downgrade puts the
bytes back."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import command

from kh130_desktop.domain.exchange import importer, registry
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.exchange.received import container_of
from kh130_desktop.domain.store.engine import Store
from report_files import Line, insert_old_revision

UTC = dt.timezone.utc


def columns(store: Store, table: str) -> list[str]:
    with store.engine.connect() as conn:
        return [c["name"] for c in sa.inspect(conn).get_columns(table)]


def test_upgrade_moves_each_file_to_its_own_table_byte_for_byte(tmp_path):
    line = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    files = {"q2.kh130": line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC)),
             "q2-sua.kh130": line.file("2022-Q2", dt.datetime(2022, 7, 9, tzinfo=UTC), members=4),
             "q3.kh130": line.file("2022-Q3", dt.datetime(2022, 10, 3, tzinfo=UTC))}
    store = Store.open(tmp_path / "committee", upgrade=False)
    store.upgrade("0007_no_member_lines")
    with store.transaction() as tx:
        registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, cell_uid=line.cell_uid)
    with store.engine.begin() as conn:  # as a 0007 import stored them: each file in its revision's row
        for name, data in files.items():
            insert_old_revision(conn, line, data, current=name != "q2.kh130", received_at="2022-10-05 08:00:00.000000")
        before = {r.report_id: r for r in conn.execute(sa.text("SELECT * FROM received_report"))}
    assert "container" in columns(store, "received_report")

    store.upgrade()
    assert "container" not in columns(store, "received_report")
    with store.engine.connect() as conn:
        after = {r.report_id: r for r in conn.execute(sa.text("SELECT * FROM received_report"))}
    assert set(after) == set(before)
    for report_id, row in after.items():
        old = before[report_id]._asdict()
        assert {k: v for k, v in old.items() if k != "container"} == row._asdict()
    with store.read() as tx:
        assert {container_of(tx, row.id) for row in after.values()} == set(files.values())
    for name, data in files.items():  # every file is recognised as the revision already there
        assert importer.import_bytes(store, f"lai-{name}", data).outcome is Outcome.DUPLICATE

    command.downgrade(store.alembic_config(), "0007_no_member_lines")
    with store.engine.connect() as conn:
        restored = {r.report_id: r.container for r in conn.execute(sa.text("SELECT report_id, container FROM received_report"))}
    assert restored == {report_id: row.container for report_id, row in before.items()}
    assert "received_container" not in sa.inspect(store.engine).get_table_names()
    store.dispose()
