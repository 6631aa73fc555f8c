"""0005_committee_season on a receiving store that already holds files: each revision gets its
manifest's digest from its stored container, keys bound to a cell's id get that cell, and the
files received before are recognised as the same revisions afterwards."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import sqlalchemy as sa
from alembic import command

from kh130_desktop.domain.exchange import importer
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.store.engine import Store
from report_files import Line, members_of


def test_upgrade_fills_the_manifest_digest_and_binds_old_keys(tmp_path):
    line = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
    data = line.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=dt.timezone.utc))
    store = Store.open(tmp_path / "c", upgrade=False)
    store.upgrade("0003_mode_setting")
    now = "2022-07-05 08:00:00.000000"
    with store.engine.begin() as conn:  # as a 0003 import wrote them
        conn.execute(sa.text("INSERT INTO expected_cell (id, name, cell_uid, added_at) VALUES (1, :n, :u, :t)"),
                     {"n": line.cell_name, "u": line.cell_uid, "t": now})
        conn.execute(sa.text("INSERT INTO trusted_key (fingerprint, public_key, expected_cell_id, cell_uid, source, trusted_at) "
                             "VALUES (:f, '', NULL, :u, 'fingerprint', :t)"), {"f": line.fingerprint, "u": line.cell_uid, "t": now})
        conn.execute(sa.text(
            "INSERT INTO received_report (report_id, cell_uid, cell_name, kind, installation_id, fingerprint, period, "
            "sequence, created_at, received_at, current, container_sha256, members, sessions_held, summoned, present, "
            "pledged, reviewed, levels, container) VALUES (:rid, :u, :n, 'cell', :inst, :f, '2022-Q2', 1, :t, :t, 1, "
            ":sha, 3, 1, 3, 2, 1, 0, '{}', :c)"),
            {"rid": str(uuid.uuid4()), "u": line.cell_uid, "n": line.cell_name, "inst": line.identity.installation_id,
             "f": line.fingerprint, "t": now, "sha": hashlib.sha256(data).hexdigest(), "c": data})
    store.upgrade()
    with store.engine.connect() as conn:
        digest, withdrawn = conn.execute(sa.text("SELECT manifest_sha256, withdrawn FROM received_report")).one()
        key_cell = conn.execute(sa.text("SELECT expected_cell_id FROM trusted_key")).scalar_one()
    assert digest == hashlib.sha256(dict(members_of(data))["manifest.json"]).hexdigest() and not withdrawn
    assert key_cell == 1
    assert importer.import_bytes(store, "again.kh130", data).outcome is Outcome.DUPLICATE
    command.downgrade(store.alembic_config(), "0003_mode_setting")
    with store.engine.connect() as conn:
        assert "manifest_sha256" not in {c["name"] for c in sa.inspect(conn).get_columns("received_report")}
    store.dispose()
