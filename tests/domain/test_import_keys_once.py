"""The batch import reads the trusted keys once per transaction (judge.KeyBook) and keeps them
in step with the bindings its own files make: within one batch, a key bound by its first file
refuses a file of another cell, and a cell's second key sees the cell id its first key bound."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from sqlmodel import select

from kh130_desktop.domain.exchange import importer, registry
from kh130_desktop.domain.store.engine import Store
from kh130_desktop.domain.store.exchange_tables import TrustedKey
from report_files import Line

UTC = dt.timezone.utc


def test_bindings_made_inside_one_batch_are_judged_by_the_next_files(tmp_path):
    store = Store.open(tmp_path / "committee")
    try:
        na_lu = Line(str(uuid.uuid4()), "Chi bộ thôn Nà Lữ")
        new_laptop = Line(na_lu.cell_uid, "Chi bộ thôn Nà Lữ", first_sequence=10)
        with store.transaction() as tx:  # named from the slips, no cell id typed: bound by the first file
            registry.trust_key_pem(tx, na_lu.pem(), cell_name="Chi bộ thôn Nà Lữ")
            registry.trust_key_pem(tx, new_laptop.pem(), cell_name="Chi bộ thôn Nà Lữ")
        usb = tmp_path / "usb"
        usb.mkdir()
        files = {
            "1-q2.kh130": na_lu.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC)),
            "2-q3.kh130": na_lu.file("2022-Q3", dt.datetime(2022, 10, 2, tzinfo=UTC)),
            "3-other-cell.kh130": na_lu.file("2022-Q4", dt.datetime(2023, 1, 3, tzinfo=UTC), uid=str(uuid.uuid4())),
            "4-new-laptop.kh130": new_laptop.file("2022-Q3", dt.datetime(2022, 10, 5, tzinfo=UTC)),
            "5-last.kh130": na_lu.file("2023-Q1", dt.datetime(2023, 4, 2, tzinfo=UTC)),  # the batch's last, alone
        }
        for name, data in files.items():
            (usb / name).write_bytes(data)
        dry = [(r.file_name, r.outcome.value, r.code) for r in importer.import_paths(store, [usb], dry_run=True)]
        real = [(r.file_name, r.outcome.value, r.code) for r in importer.import_paths(store, [usb])]
        assert dry == real
        assert {name: (outcome, code) for name, outcome, code in real} == {
            "1-q2.kh130": ("accepted", ""), "2-q3.kh130": ("accepted", ""),
            "3-other-cell.kh130": ("rejected", "wrong_cell"), "4-new-laptop.kh130": ("supersedes", ""),
            "5-last.kh130": ("accepted", "")}
        with store.read() as tx:
            keys = tx.exec(select(TrustedKey)).all()
            assert {k.cell_uid for k in keys} == {na_lu.cell_uid}
            assert registry.expected_cells(tx)[0].cell_uid == na_lu.cell_uid
    finally:
        store.dispose()


def test_within_one_batch_a_key_cannot_take_the_id_another_cells_first_file_bound(tmp_path, caplog):
    """The batch knows which expected cell each cell id is bound to, from one read, and learns the
    bindings its own files make: b's key signing in a's id, after a's first file, is refused with
    a's name, and b's own file still goes in."""
    store = Store.open(tmp_path / "committee")
    try:
        # a's id sorts first: the batch takes a's file, then the one in a's id, then b's own
        a = Line("00000000-0000-4000-8000-" + uuid.uuid4().hex[:12], "Chi bộ thôn Nà Lữ")
        b = Line("ffffffff-0000-4000-8000-" + uuid.uuid4().hex[:12], "Chi bộ thôn Bản Giới")
        with store.transaction() as tx:
            for line in (a, b):
                registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name)
        usb = tmp_path / "usb"
        usb.mkdir()
        (usb / "a.kh130").write_bytes(a.file("2022-Q2", dt.datetime(2022, 7, 2, tzinfo=UTC)))
        (usb / "b-as-a.kh130").write_bytes(b.file("2022-Q2", dt.datetime(2022, 7, 3, tzinfo=UTC), uid=a.cell_uid))
        (usb / "b.kh130").write_bytes(b.file("2022-Q2", dt.datetime(2022, 7, 4, tzinfo=UTC)))
        with caplog.at_level(logging.INFO, logger=importer.__name__):
            dry = importer.import_paths(store, [usb], dry_run=True)
            real = importer.import_paths(store, [usb])
        # judged right the first time, not only after the database's unique index caught it
        assert not [r for r in caplog.records if "judged again" in r.getMessage()]
        assert [(r.file_name, r.outcome.value, r.code) for r in dry] == [(r.file_name, r.outcome.value, r.code) for r in real]
        outcomes = {r.file_name: r for r in real}
        assert outcomes["a.kh130"].outcome.value == "accepted" and outcomes["b.kh130"].outcome.value == "accepted"
        forged = outcomes["b-as-a.kh130"]
        assert (forged.outcome.value, forged.code) == ("rejected", "wrong_cell") and "Nà Lữ" in forged.reason
    finally:
        store.dispose()
