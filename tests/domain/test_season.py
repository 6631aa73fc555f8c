"""The committee's season: any mix of cells, years and quarters, corrections, a new laptop,
duplicates inside a batch, a held file and refused ones, imported in any order. Whatever the
order, the store and every receiving view are the same, and each dry run's list is its real
import's, file by file."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
import zipfile
from collections import Counter
from functools import lru_cache
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from kh130_desktop.domain.book.periods import Period, sorted_periods, year_periods
from kh130_desktop.domain.exchange import consolidation, importer, registry
from kh130_desktop.domain.exchange.container import verify_bytes
from kh130_desktop.domain.store.engine import STORE_FILENAME, Store
from report_files import Line, members_of, rezip

UTC = dt.timezone.utc
TODAY = dt.date(2023, 6, 1)
NOW = dt.datetime(2023, 1, 10, 3, 0, tzinfo=UTC)  # the import's clock, frozen: "late" is then the same
PERIODS = year_periods(2022) + [Period(2023, 1), Period(2023, 2)]
CELLS = {"A": "Chi bộ thôn Nà Lữ", "B": "Chi bộ thôn Bản Giới", "C": "Chi bộ thôn Pác Bó", "D": "Chi bộ thôn Khuổi Lừa"}


def at(day: str, hour: int = 8) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


class Pool:
    """The files of the season, made once: name -> bytes, and the lines that signed them."""

    def __init__(self) -> None:
        uids = {k: str(uuid.uuid4()) for k in CELLS}
        self.a1 = Line(uids["A"], CELLS["A"])
        self.a2 = Line(uids["A"], CELLS["A"], first_sequence=4)  # the new laptop, backup restored
        self.b = Line(uids["B"], CELLS["B"])
        self.c = Line(uids["C"], CELLS["C"])
        self.d = Line(uids["D"], CELLS["D"])
        self.stranger = Line(str(uuid.uuid4()), "Chi bộ thôn Lạ")
        f = {}
        f["a-2022Q2-1"] = self.a1.file("2022-Q2", at("2022-07-02"))
        f["a-2022Q2-2"] = self.a1.file("2022-Q2", at("2022-07-10"), members=4)  # a correction
        f["a-2022-3"] = self.a1.file("2022", at("2023-01-05"))  # the year, beside its quarter
        f["a-2023Q1-4"] = self.a2.file("2023-Q1", at("2023-04-02"), members=5)
        f["a-2022-5"] = self.a2.file("2022", at("2023-04-05"), members=6)  # the new laptop corrects the year
        f["b-2022Q2-1"] = self.b.file("2022-Q2", at("2022-07-03"))
        f["b-2022Q3-2"] = self.b.file("2022-Q3", at("2022-10-20"))  # after the deadline
        f["b-2022Q2-3"] = self.b.file("2022-Q2", at("2022-11-01"), members=2)
        f["b-2023Q1-4"] = self.b.file("2023-Q1", at("2023-04-10"))
        f["c-2023Q1-1"] = self.c.file("2023-Q1", at("2023-04-03"))  # C reports from 2023 only
        f["stranger-2022Q2-1"] = self.stranger.file("2022-Q2", at("2022-07-04"))  # held: unknown key
        f["a-2022Q2-1-copy"] = f["a-2022Q2-1"]  # the same file twice in one batch
        f["b-2022Q2-1-repacked"] = rezip(members_of(f["b-2022Q2-1"]), zipfile.ZIP_STORED)  # another container
        f["a-2022Q2-2-doctored"] = f["a-2022Q2-2"] + b"appended"  # refused
        f["b-2022Q3-forged"] = self.a1.file("2022-Q3", at("2022-10-01"), uid=uids["B"])  # A's key in B's name
        self.files = f


@lru_cache(maxsize=1)
def pool() -> Pool:
    return Pool()


@pytest.fixture(scope="module")
def season(tmp_path_factory):
    """The files on a stick, and an empty committee store trusting the cells' keys (copied per run)."""
    p = pool()
    root = tmp_path_factory.mktemp("season")
    usb = root / "usb"
    usb.mkdir()
    for name, data in p.files.items():
        (usb / f"{name}.kh130").write_bytes(data)
    template = root / "template"
    store = Store.open(template)
    with store.transaction() as tx:
        registry.save_committee_profile(tx, registry.CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An"),
                                        receiving=True)
        for line in (p.a1, p.a2, p.b, p.c, p.d):  # each key for its cell, with the slip's cell id
            registry.trust_key_pem(tx, line.pem(), cell_name=line.cell_name, cell_uid=line.cell_uid)
        (khuoi_lua,) = [c for c in registry.expected_cells(tx) if c.name == CELLS["D"]]
        registry.set_first_period(tx, khuoi_lua.id, Period(2022, 2))  # expected, never reports
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return root, usb, template


_runs = iter(range(10**9))


def fresh(root: Path, template: Path) -> Store:
    folder = root / f"run-{next(_runs)}"
    folder.mkdir()
    shutil.copyfile(template / STORE_FILENAME, folder / STORE_FILENAME)
    return Store.open(folder)


def outcome_list(results) -> list[tuple]:
    return [(r.file_name, r.outcome.value, str(r.reason), r.revision, r.code) for r in results]


def views(store: Store, *, containers: bool = True) -> dict:
    """Every receiving view, and the store's receiving rows, without ids or clock times."""
    with store.read() as tx:
        conn = tx.connection()
        out = {
            "received": sorted(conn.execute(text(
                "SELECT manifest_sha256, " + ("container_sha256, " if containers else "") +
                "cell_uid, period, sequence, current, withdrawn, members, summoned, present, pledged, reviewed, levels "
                "FROM received_report")).all()),
            "members": sorted(_member_lines(conn)),
            "cells": sorted(conn.execute(text("SELECT name, cell_uid, first_period FROM expected_cell")).all()),
            "keys": sorted(conn.execute(text("SELECT fingerprint, cell_uid, expected_cell_id FROM trusted_key")).all()),
            "held": sorted(conn.execute(text("SELECT container_sha256, fingerprint FROM held_report")).all()),
            "periods": [p.code for p in consolidation.received_periods(tx)],
            "grid": [(cell.name, [(g.status, g.revision, g.revisions, g.expected, g.received_on, str(g.reason)) for g in row])
                     for cell, row in consolidation.reporting_grid(tx, PERIODS, today=TODAY)],
        }
        for period in PERIODS:
            figures = consolidation.consolidated_figures(tx, period, today=TODAY)
            out[f"consolidated {period.code}"] = (
                [(r.cell_name, r.reported, r.late, r.revision, r.members, r.summoned, r.present, r.pledged, r.reviewed,
                  sorted(r.levels.items()), r.status) for r in figures.rows], figures.totals)
    return out


def _member_lines(conn) -> list[tuple]:
    """Every stored revision's members as its kept container says (uid, pledges, review level)."""
    lines = []
    for manifest_sha256, container in conn.execute(text(
            "SELECT r.manifest_sha256, c.container FROM received_report r JOIN received_container c ON c.report_pk = r.id")):
        report = verify_bytes(container).report
        pledges = Counter(p["member"] for p in report["pledges"])
        levels = {r["member"]: r["level"] for r in report["reviews"]}
        lines += [(manifest_sha256, m["uid"], pledges[m["uid"]], levels.get(m["uid"], "")) for m in report["members"]]
    return lines


def audit(store: Store) -> list[tuple]:
    with store.read() as tx:
        return sorted((a.file_name, a.outcome, a.reason) for a in importer.audit_log(tx, 10_000))


def import_in_order(store: Store, paths: list[Path]) -> tuple[list, list]:
    with mock.patch("kh130_desktop.domain.exchange.judge._utcnow", return_value=NOW):
        dry = importer.import_paths(store, paths, dry_run=True)
        real = importer.import_paths(store, paths, backup=False)
    return outcome_list(dry), outcome_list(real)


_reference: dict = {}


def reference(season, names: tuple[str, ...]) -> tuple[dict, list, dict]:
    """The subset imported once, in name order: what every other order must give."""
    if names not in _reference:
        root, usb, template = season
        store = fresh(root, template)
        try:
            _dry, real = import_in_order(store, [usb / f"{n}.kh130" for n in names])
            _reference[names] = (views(store), audit(store), {r[0]: r[1:] for r in real})
        finally:
            store.dispose()
    return _reference[names]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_of_a_batch_gives_the_same_store_views_and_outcomes(season, data):
    root, usb, template = season
    names = sorted(pool().files)
    subset = tuple(sorted(data.draw(st.sets(st.sampled_from(names), min_size=1))))
    shuffled = data.draw(st.permutations(list(subset)))
    expected_views, expected_audit, expected_outcomes = reference(season, subset)
    store = fresh(root, template)
    try:
        dry, real = import_in_order(store, [usb / f"{n}.kh130" for n in shuffled])
        assert dry == real  # the check before "Nhập" says what the import does, file by file
        assert {r[0]: r[1:] for r in real} == expected_outcomes  # each file's outcome, whatever its place
        assert views(store) == expected_views
        assert audit(store) == expected_audit
    finally:
        store.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_the_season_split_into_batches_in_any_order_ends_in_the_same_views(season, data):
    """Across batches outcomes differ (a correction first is accepted, its older revision then
    kept as older), but the revisions kept, the current ones, the numbers and the views do not."""
    root, usb, template = season
    names = sorted(pool().files)
    shuffled = data.draw(st.permutations(names))
    cut = data.draw(st.integers(min_value=1, max_value=len(names) - 1))
    expected_views = reference(season, tuple(names))[0]
    store = fresh(root, template)
    try:
        for batch in (shuffled[:cut], shuffled[cut:]):
            dry, real = import_in_order(store, [usb / f"{n}.kh130" for n in batch])
            assert dry == real
        got, want = views(store, containers=False), dict(expected_views)
        want["received"] = sorted(row[:1] + row[2:] for row in want["received"])
        assert got == want
    finally:
        store.dispose()


@pytest.mark.parametrize("kept", [0, 3])
def test_files_beyond_what_the_first_pass_keeps_are_verified_again_with_the_same_outcomes(season, monkeypatch, kept):
    """The first pass keeps the verified files up to a memory budget; the rest are read and
    verified again in the second. The season then ends as it does with every file kept."""
    root, usb, template = season
    names = tuple(sorted(pool().files))
    expected_views, expected_audit, expected_outcomes = reference(season, names)
    sizes = sorted(len(data) for data in pool().files.values())
    monkeypatch.setattr(importer, "KEEP_BYTES", sum(sizes[:kept]))
    store = fresh(root, template)
    try:
        dry, real = import_in_order(store, [usb / f"{n}.kh130" for n in reversed(names)])
        assert dry == real
        assert {r[0]: r[1:] for r in real} == expected_outcomes
        assert views(store) == expected_views
        assert audit(store) == expected_audit
    finally:
        store.dispose()


def test_a_file_changed_between_the_two_passes_is_judged_by_what_is_read_last(season, monkeypatch):
    """Beyond the first pass's budget a file is read again: the first pass's verdict stands
    only for the very bytes it verified. Altered on the stick in between, the file is verified
    anew (here refused, as the doctored copy alone is); gone in between, it is refused as unreadable."""
    root, usb, template = season
    genuine, doctored = pool().files["a-2022Q2-1"], pool().files["a-2022Q2-2-doctored"]
    (usb / "changing.kh130").write_bytes(genuine)
    (usb / "vanishing.kh130").write_bytes(pool().files["b-2022Q2-1"])
    monkeypatch.setattr(importer, "KEEP_BYTES", 0)
    reads = {}
    read_capped = importer.read_capped

    def stick(path):
        reads[path.name] = reads.get(path.name, 0) + 1
        if path.name == "changing.kh130" and reads[path.name] > 1:
            return doctored  # replaced on the stick after the first pass
        if path.name == "vanishing.kh130" and reads[path.name] > 1:
            return read_capped(path.with_name("gone.kh130"))  # taken off the stick: the real error
        return read_capped(path)

    monkeypatch.setattr(importer, "read_capped", stick)
    store = fresh(root, template)
    try:
        with mock.patch("kh130_desktop.domain.exchange.judge._utcnow", return_value=NOW):
            results = {r.file_name: r for r in importer.import_paths(store, [usb / "changing.kh130", usb / "vanishing.kh130"],
                                                                     backup=False)}
        other = fresh(root, template)
        alone = importer.import_bytes(other, "doctored.kh130", doctored, dry_run=True)  # what the altered bytes alone get
        other.dispose()
    finally:
        store.dispose()
        (usb / "changing.kh130").unlink()
        (usb / "vanishing.kh130").unlink()
    assert reads == {"changing.kh130": 2, "vanishing.kh130": 2}
    assert (results["changing.kh130"].outcome, results["changing.kh130"].code) == (alone.outcome, alone.code) == ("rejected", alone.code)
    assert alone.code and results["vanishing.kh130"].outcome == "rejected"


def test_the_whole_season_reads_as_the_committee_expects(season):
    """The reference itself, read as a person would: years beside quarters, revisions per
    cell and period, the new laptop carrying on, overdue only from a cell's first period."""
    views_, _audit, outcomes = reference(season, tuple(sorted(pool().files)))
    assert views_["periods"] == ["2022-Q2", "2022-Q3", "2022", "2023-Q1"]
    assert views_["periods"] == [p.code for p in sorted_periods(views_["periods"])]
    grid = dict(views_["grid"])
    col = {p.code: i for i, p in enumerate(PERIODS)}
    a, b, c, d = (grid[CELLS[k]] for k in "ABCD")
    # received on 10/01/2023: the quarters of 2022 late, the year on time
    assert a[col["2022-Q2"]][:3] == ("reported_late", 2, 2) and a[col["2022"]][:3] == ("reported", 2, 2)
    assert a[col["2023-Q1"]][:3] == ("reported", 1, 1)
    assert a[col["2022-Q1"]][0] == "not_due" and not a[col["2022-Q1"]][3]  # before its first report
    assert b[col["2022-Q3"]][0] == "reported_late" and b[col["2022-Q4"]][0] == "late"
    assert "Quá hạn" in b[col["2022-Q4"]][5]
    assert all(not cell[3] and cell[0] == "not_due" for cell in c[:col["2022"] + 1])  # C is not overdue for 2022
    assert c[col["2023-Q1"]][0] == "reported" and c[col["2023-Q2"]][0] == "not_due" and c[col["2023-Q2"]][3]
    assert d[col["2022-Q1"]][0] == "not_due" and all(cell[0] == "late" for cell in d[col["2022-Q2"]:col["2023-Q2"]])
    assert outcomes["a-2022-5.kh130"][0] == "supersedes"  # the new laptop's correction, no replay alarm
    assert outcomes["a-2022Q2-1-copy.kh130"][0] == "duplicate" or outcomes["a-2022Q2-1.kh130"][0] == "duplicate"
    assert {outcomes["b-2022Q2-1.kh130"][0], outcomes["b-2022Q2-1-repacked.kh130"][0]} == {"accepted", "duplicate"}
    assert outcomes["a-2022Q2-2-doctored.kh130"][0] == "rejected"
    assert outcomes["b-2022Q3-forged.kh130"][:1] == ("rejected",) and outcomes["b-2022Q3-forged.kh130"][3] == "wrong_cell"
    assert outcomes["stranger-2022Q2-1.kh130"][0] == "held"
    rows, totals = views_["consolidated 2022"]
    assert {r[0] for r in rows} == {CELLS[k] for k in "ABD"}  # C reports from 2023: not listed for 2022
    (year_a,) = [r for r in rows if r[0] == CELLS["A"]]
    assert year_a[3] == 2 and year_a[4] == 6  # the second revision, from the new laptop
    assert totals.reported == 1 and totals.overdue == 2 and totals.members == 6  # B and D owe the year
