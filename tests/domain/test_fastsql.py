"""The import's compiled-statement executor: the values go in and come out as SQLAlchemy's own
execute would take and give them, whatever order the columns are named in."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kh130_desktop.domain.exchange.fastsql import _insert, _run
from kh130_desktop.domain.store.exchange_tables import ExpectedCell

EC = ExpectedCell.__table__
WHEN = dt.datetime(2023, 1, 5, 8, 0, tzinfo=dt.timezone.utc)


def test_insert_gives_the_id_and_run_gives_rows_with_their_types(store):
    with store.transaction() as tx:
        conn = tx.connection()
        first = _insert(conn, EC, {"name": "Chi bộ thôn Bản Mới", "cell_uid": None, "added_at": WHEN})
        second = _insert(conn, EC, {"name": "Chi bộ thôn Nà Lừ", "cell_uid": "u", "added_at": WHEN})
        query = select(EC.c.id, EC.c.name, EC.c.added_at).where(EC.c.id >= first).order_by(EC.c.id)
        rows = _run(conn, query, {})
        theirs = conn.execute(query).all()
    assert second == first + 1
    assert [(r.id, r.name, r.added_at) for r in rows] == [(first, "Chi bộ thôn Bản Mới", WHEN), (second, "Chi bộ thôn Nà Lừ", WHEN)]
    assert [tuple(r) for r in rows] == [tuple(r) for r in theirs]  # the column types' processing, as execute does it


def test_a_column_with_a_default_must_be_given(store):
    with store.transaction() as tx, pytest.raises(ValueError, match="added_at"):
        _insert(tx.connection(), EC, {"name": "Chi bộ thôn Bản Mới", "cell_uid": None})


def test_every_statement_of_the_import_gets_the_values_construct_params_would_give(store, monkeypatch):
    """The precomputed placeholder layout against SQLAlchemy's own construct_params, for each
    statement the import runs with values (literals such as current=False included): the same
    values reach the driver either way."""
    import dataclasses

    from kh130_desktop.domain.exchange import fastsql, importer, judge

    cases = [
        (judge._KEY, {"fp": "F" * 40}, None),
        (judge._RELATED, {"msha": "m", "rid": "r", "inst": "i", "seq": 3, "cell": "c", "period": "2022-Q2"}, None),
        (judge._CELL_OF_UID, {"uid": "u"}, None),
        (judge._RETIRE, {"cell": "c", "period": "2022", "keep": 7}, None),
        (judge._BIND_CELL, {"ec_id": 2, "uid": "u"}, None),
        (judge._BIND_KEY, {"tk_id": 3, "uid": "u", "ecid": 2}, None),
        (importer._UPDATE_AU, {"au_id": 5, "at": WHEN, "outcome": "accepted", "sequence": None}, ("at", "outcome", "sequence")),
        (fastsql._insert_of(EC), {"name": "Chi bộ", "cell_uid": None, "added_at": WHEN, "first_period": "2022"},
         ("name", "cell_uid", "added_at", "first_period")),
    ]
    sent = []

    class NoRows:
        lastrowid = 1

        def fetchall(self):
            return []

    monkeypatch.setattr(fastsql, "_execute", lambda _conn, _sql, params=(), many=False: sent.append(params) or NoRows())
    with store.read() as tx:
        conn = tx.connection()
        with pytest.raises(Exception, match="required"):
            fastsql._run(conn, judge._CELL_OF_UID, {})
        for stmt, params, keys in cases:
            p = fastsql._prepare(conn, stmt, keys)
            assert p.slots is not None, stmt  # the fast layout is the one in use
            fastsql._run(conn, stmt, params, keys=keys)
            monkeypatch.setitem(fastsql._PREPARED, (conn.dialect.name, stmt, keys), dataclasses.replace(p, slots=None))
            fastsql._run(conn, stmt, params, keys=keys)  # through construct_params
            ours, theirs = sent[-2:]
            assert ours == theirs and len(ours) == len(p.order), stmt
