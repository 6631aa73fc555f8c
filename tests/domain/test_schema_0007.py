"""0007_no_member_lines on a receiving store that holds files: the member lines go, every
received revision stays whole with its container, figures and place among the revisions, and
the lines can still be read from that container."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import command

from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.domain.exchange.container import verify_bytes
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.store.engine import Store
from report_files import Line, insert_old_revision

UTC = dt.timezone.utc


def tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_upgrade_drops_the_member_lines_and_keeps_every_revision_whole(tmp_path):
    line = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    first = line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC), members=3)
    correction = line.file("2022-Q2", dt.datetime(2022, 7, 9, tzinfo=UTC), members=4)
    store = Store.open(tmp_path / "committee", upgrade=False)
    store.upgrade("0006_files_down")
    with store.transaction() as tx:
        registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, cell_uid=line.cell_uid)
    with store.engine.begin() as conn:  # two revisions and their member lines, as a 0006 import wrote them
        for data, current in ((first, False), (correction, True)):
            insert_old_revision(conn, line, data, current=current, received_at="2022-07-10 08:00:00.000000")
        for report_pk, container in conn.execute(sa.text("SELECT id, container FROM received_report")).all():
            for m in verify_bytes(container).report["members"]:
                conn.execute(sa.text("INSERT INTO received_member (report_pk, member_uid, full_name, status, role, pledges, "
                                     "review_level) VALUES (:r, :u, :n, :s, :ro, 0, '')"),
                             {"r": report_pk, "u": m["uid"], "n": m["full_name"], "s": m["status"], "ro": m["role"]})
        lines_before = conn.execute(sa.text("SELECT report_pk, member_uid, full_name FROM received_member ORDER BY id")).all()
        reports_before = conn.execute(sa.text("SELECT * FROM received_report ORDER BY id")).all()
    with store.read() as tx:
        figures_before = consolidation.consolidated_figures(tx, Period(2022, 2), today=dt.date(2022, 8, 1))
    assert len(lines_before) == 7 and "received_member" in tables(store)

    store.upgrade("0007_no_member_lines")
    assert "received_member" not in tables(store)
    with store.engine.connect() as conn:
        reports_after = conn.execute(sa.text("SELECT * FROM received_report ORDER BY id")).all()
    assert reports_after == reports_before  # every column of every revision, the containers included
    with store.read() as tx:
        assert consolidation.consolidated_figures(tx, Period(2022, 2), today=dt.date(2022, 8, 1)) == figures_before
    # the lines are still there, in the files kept
    from_containers = [(row.id, m["uid"], m["full_name"]) for row in reports_after
                       for m in verify_bytes(row.container).report["members"]]
    assert from_containers == [tuple(r) for r in lines_before]
    assert importer.import_bytes(store, "lai.kh130", correction).outcome is Outcome.DUPLICATE

    command.downgrade(store.alembic_config(), "0006_files_down")
    assert "received_member" in tables(store)  # back, empty
    store.dispose()
