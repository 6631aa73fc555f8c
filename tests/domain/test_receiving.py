"""The receiving committee: every outcome of an import, with its reason; a rejected file
changes nothing but its audit row; consolidation from the current revisions."""

from __future__ import annotations

import datetime as dt
import io
import uuid
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect, text

from kh130_desktop.domain.documents import consolidated_xlsx
from kh130_desktop.domain import errors
from kh130_desktop.domain.exchange import consolidation, held, importer, outcomes, registry
from kh130_desktop.domain.store import settings
from kh130_desktop.domain.exchange.identity import Identity
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange.outcomes import Outcome
from kh130_desktop.domain.exchange.container import build_container
from kh130_desktop.domain.exchange.strict_json import canonical_json
from kh130_desktop.domain.store.engine import Store

P = Period.parse("2022-Q2")


class Cell:
    """A cell installation, as the receiving side sees it: a key, a uid, files it sends."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.uid = str(uuid.uuid4())
        self.identity = Identity(str(uuid.uuid4()), Ed25519PrivateKey.generate())
        self.sequence = 0

    def pem(self) -> bytes:
        return self.identity.public_pem().encode()

    def file(self, period: Period = P, *, members: int = 3, sequence: int | None = None,
             created: dt.datetime | None = None, uid: str | None = None) -> bytes:
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        uid = uid or self.uid
        people = [{"uid": str(uuid.uuid4()), "full_name": f"Nông Văn {chr(65 + i)}", "status": "chinh_thuc",
                   "role": "dang_vien", "on_roster_at_end": True} for i in range(members)]
        report = {"format": "kh130-report-data", "version": 1, "period": period.code,
                  "cell": {"uid": uid, "name": self.name}, "members": people,
                  "sessions": [{"attendance": [{"member": p["uid"], "state": "co_mat" if i else "vang_co_ly_do"}
                                               for i, p in enumerate(people)]}],
                  "pledges": [{"member": people[0]["uid"]}, {"member": people[0]["uid"]}],
                  "reviews": [{"member": people[0]["uid"], "level": "hoan_thanh_tot"}], "collective_pledges": []}
        return build_container(self.identity, kind="cell", unit_uid=uid, unit_name=self.name, period=period,
                               sequence=sequence, report_id=str(uuid.uuid4()), supersedes=None,
                               created=created or dt.datetime(2022, 7, 1, 8, sequence % 60, tzinfo=dt.timezone.utc),
                               members={"report.json": canonical_json(report), "report.pdf": b"%PDF-1.4\n"})


@pytest.fixture
def committee(tmp_path) -> Store:
    s = Store.open(tmp_path / "committee")
    with s.transaction() as tx:
        settings.set_mode(tx, "receiving")
        registry.save_committee_profile(tx, registry.CommitteeProfile(name="ĐẢNG ỦY XÃ HÒA AN", superior_lines=["ĐẢNG BỘ TỈNH CAO BẰNG"],
                                                          place_name="Hòa An", signer_name="Nông Văn Dũng"))
    yield s
    s.dispose()


def trust(store: Store, cell: Cell) -> None:
    with store.transaction() as tx:
        registry.trust_key_pem(tx, cell.pem(), cell_name=cell.name)


def snapshot(store: Store, *, skip=("import_audit",)) -> dict:
    """Every table's rows, to show nothing changed."""
    with store.engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n not in skip]
        return {n: sorted(map(repr, conn.execute(text(f"SELECT * FROM {n}")).all())) for n in names}


def audit_count(store: Store) -> int:
    with store.read() as tx:
        return len(importer.audit_log(tx))


def imp(store: Store, name: str, data: bytes, **kw) -> outcomes.FileResult:
    return importer.import_bytes(store, name, data, **kw)


def test_accept_duplicate_supersede_stale(committee):
    na_lu = Cell("Chi bộ thôn Nà Lữ")
    trust(committee, na_lu)
    first, second = na_lu.file(), na_lu.file()
    r = imp(committee, "a.kh130", first)
    assert r.outcome is Outcome.ACCEPTED and "hợp lệ" in r.reason
    assert imp(committee, "a-again.kh130", first).outcome is Outcome.DUPLICATE
    r = imp(committee, "b.kh130", second)
    assert r.outcome is Outcome.SUPERSEDES and "lần 2" in r.reason and r.revision == 2
    before = snapshot(committee)
    r = imp(committee, "old.kh130", na_lu.file(sequence=1, created=dt.datetime(2022, 6, 1, tzinfo=dt.timezone.utc)))
    # a different report with the sequence already used: a replay, refused
    assert r.outcome is Outcome.REJECTED and r.code == "replayed"
    assert snapshot(committee) == before
    # the very file superseded earlier, replayed: recognised, changes nothing
    assert imp(committee, "a-replayed.kh130", first).outcome is Outcome.DUPLICATE
    third = na_lu.file()  # sequence 3, received after 4: stale, kept as an older revision
    fourth = na_lu.file()
    r = imp(committee, "d.kh130", fourth)
    assert r.outcome is Outcome.SUPERSEDES and r.revision == 3
    r = imp(committee, "c.kh130", third)
    assert r.outcome is Outcome.STALE and "lần 3" in r.reason and r.revision == 3
    with committee.read() as tx:
        report = consolidation.consolidated_report(tx, P, today=dt.date(2022, 7, 5))
        (_cell, (grid,)), = consolidation.reporting_grid(tx, [P], today=dt.date(2022, 7, 5))
    row = report.rows[0]
    # the fourth is still current; counted per cell and period it is the fourth revision received
    assert row.reported and row.sequence == 4 and row.revision == 4 and row.members == 3 and row.pledged == 1
    assert grid.revision == 4 and grid.revisions == 4 and "lần 4" in grid.reason
    assert row.attendance_rate == pytest.approx(2 / 3)
    assert row.reviewed == 0 and not any(row.levels.values())  # reviews count in year and Q4 reports only
    assert audit_count(committee) == 7  # every file seen, whatever became of it


def test_unknown_key_is_held_then_approved_after_comparing_the_slip(committee):
    cell = Cell("Chi bộ thôn Bản Giới")
    before = snapshot(committee, skip=("import_audit", "held_report"))
    r = imp(committee, "bg.kh130", cell.file())
    assert r.outcome is Outcome.HELD and cell.identity.fingerprint in r.reason
    assert snapshot(committee, skip=("import_audit", "held_report")) == before  # no report, no key, no cell
    with committee.read() as tx:
        waiting = held.held_reports(tx)
        assert [h.fingerprint for h in waiting] == [cell.identity.fingerprint]
    with committee.transaction() as tx:
        results = held.approve_held(tx, waiting[0].id)
    assert [x.outcome for x in results] == [Outcome.ACCEPTED]
    with committee.read() as tx:
        assert held.held_reports(tx) == []
        assert [k.fingerprint for k in registry.trusted_keys(tx)] == [cell.identity.fingerprint]
        assert [c.name for c in registry.expected_cells(tx)] == ["Chi bộ thôn Bản Giới"]
    assert imp(committee, "bg2.kh130", cell.file()).outcome is Outcome.SUPERSEDES


def test_a_key_is_trusted_for_a_named_cell_and_bound_to_the_cell_of_its_first_file(committee):
    cell = Cell("Chi bộ thôn Pác Bó")
    with committee.transaction() as tx:
        with pytest.raises(TypeError):
            registry.trust_key_pem(tx, cell.pem())  # a key is always trusted for a cell
        with pytest.raises(errors.ValidationError):
            registry.trust_key_pem(tx, cell.pem(), cell_name="  ")
        registry.trust_key_pem(tx, cell.pem(), cell_name="Chi bộ thôn Pác Bó")
    assert imp(committee, "p.kh130", cell.file()).outcome is Outcome.ACCEPTED
    with committee.read() as tx:
        (key,), (expected,) = registry.trusted_keys(tx), registry.expected_cells(tx)
    assert key.cell_uid == cell.uid == expected.cell_uid and key.expected_cell_id == expected.id
    assert expected.name == "Chi bộ thôn Pác Bó"


def test_a_key_trusted_before_keys_named_their_cell_holds_its_files_until_a_person_names_it(committee):
    from kh130_desktop.domain.store.exchange_tables import TrustedKey

    cell = Cell("Chi bộ thôn Pác Bó")
    with committee.transaction() as tx:  # as a 0003 store may hold one: trusted, bound to nothing
        tx.add(TrustedKey(fingerprint=cell.identity.fingerprint, public_key="", source="fingerprint"))
    r = imp(committee, "p.kh130", cell.file())
    assert r.outcome is Outcome.HELD and "chưa gắn với chi bộ" in r.reason
    with committee.transaction() as tx:
        (waiting,) = held.held_reports(tx)
        assert [x.outcome for x in held.approve_held(tx, waiting.id)] == [Outcome.ACCEPTED]
    with committee.read() as tx:
        (key,), (expected,) = registry.trusted_keys(tx), registry.expected_cells(tx)
    assert key.expected_cell_id == expected.id and key.cell_uid == expected.cell_uid == cell.uid


def test_the_slips_cell_id_binds_the_key_before_any_file(committee):
    a, b = Cell("Chi bộ thôn Nà Lữ"), Cell("Chi bộ thôn Bản Giới")
    trust(committee, a)
    assert imp(committee, "a.kh130", a.file()).outcome is Outcome.ACCEPTED
    with committee.transaction() as tx:
        registry.trust_key_pem(tx, b.pem(), cell_name=b.name, cell_uid=b.uid.upper())
        with pytest.raises(errors.ConflictError):  # the slip names a's id for another cell
            registry.trust_fingerprint(tx, Cell("x").identity.fingerprint, cell_name="Chi bộ thôn X", cell_uid=a.uid)
    # b's key signing a report in a's id, or in an id of its own making: refused
    r = imp(committee, "forged.kh130", b.file(uid=a.uid))
    assert r.outcome is Outcome.REJECTED and r.code == "wrong_cell"
    r = imp(committee, "other.kh130", b.file(uid=str(uuid.uuid4())))
    assert r.outcome is Outcome.REJECTED and r.code == "wrong_cell"
    assert imp(committee, "b.kh130", b.file()).outcome is Outcome.ACCEPTED


def test_a_new_key_for_a_named_cell_cannot_take_another_cells_id(committee):
    a, b = Cell("Chi bộ thôn Nà Lữ"), Cell("Chi bộ thôn Bản Giới")
    trust(committee, a)
    trust(committee, b)
    assert imp(committee, "a.kh130", a.file()).outcome is Outcome.ACCEPTED
    # b's key (its cell has not reported yet) signs a first file in a's id
    r = imp(committee, "b-as-a.kh130", b.file(uid=a.uid))
    assert r.outcome is Outcome.REJECTED and r.code == "wrong_cell" and a.name in r.reason


def test_trust_by_fingerprint_typed_from_the_slip(committee):
    cell = Cell("Chi bộ tổ dân phố 3")
    typed = cell.identity.fingerprint.replace(" ", "").lower()
    with committee.transaction() as tx:
        registry.trust_fingerprint(tx, typed, cell_name=cell.name)
    assert imp(committee, "t.kh130", cell.file()).outcome is Outcome.ACCEPTED
    with committee.transaction() as tx:
        with pytest.raises(errors.ValidationError):
            registry.trust_key_pem(tx, Cell("x").pem(), cell_name="x", expected_fingerprint=typed)  # the slip does not match the .pem


def test_key_of_another_cell_is_refused_and_changes_nothing(committee):
    a, b = Cell("Chi bộ thôn Nà Lữ"), Cell("Chi bộ thôn Bản Giới")
    trust(committee, a)
    trust(committee, b)
    assert imp(committee, "a.kh130", a.file()).outcome is Outcome.ACCEPTED
    assert imp(committee, "b.kh130", b.file()).outcome is Outcome.ACCEPTED
    before, audits = snapshot(committee), audit_count(committee)
    forged = a.file(uid=b.uid)  # a's trusted key signing a report in b's name
    r = imp(committee, "forged.kh130", forged)
    assert r.outcome is Outcome.REJECTED and r.code == "wrong_cell" and "chi bộ khác" in r.reason
    assert snapshot(committee) == before and audit_count(committee) == audits + 1


def tampered(data: bytes, target: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in members:
            if name == target:
                content = content[:-1] + bytes([content[-1] ^ 1])
            zf.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("damage", ["manifest.json", "manifest.sig", "report.json", "report.pdf", "truncated", "bomb", "traversal"])
def test_every_rejected_file_leaves_the_store_unchanged(committee, damage):
    cell = Cell("Chi bộ thôn Nà Lữ")
    trust(committee, cell)
    imp(committee, "ok.kh130", cell.file())
    data = cell.file()
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage in ("bomb", "traversal"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [(i.filename, zf.read(i)) for i in zf.infolist()]
        extra = ("pad.bin", b"\0" * (30 * 1024 * 1024)) if damage == "bomb" else ("../../evil.bat", b"x")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in members + [extra]:
                zf.writestr(name, content)
        data = out.getvalue()
        assert len(data) < 1024 * 1024  # small on the stick, huge when inflated
    else:
        data = tampered(data, damage)
    before, audits = snapshot(committee), audit_count(committee)
    r = imp(committee, "bad.kh130", data)
    assert r.outcome is Outcome.REJECTED and r.reason
    assert snapshot(committee) == before
    with committee.read() as tx:
        last = importer.audit_log(tx, 1)[0]
    assert audit_count(committee) == audits + 1 and last.outcome == "rejected" and last.file_name == "bad.kh130"


def test_dry_run_writes_nothing_and_batch_goes_on_after_a_bad_file(committee, tmp_path):
    cell = Cell("Chi bộ thôn Nà Lữ")
    trust(committee, cell)
    folder = tmp_path / "usb"
    (folder / "sub").mkdir(parents=True)
    (folder / "1.kh130").write_bytes(cell.file())
    (folder / "2-broken.kh130").write_bytes(b"PK\x03\x04 not really")
    (folder / "sub" / "3.kh130").write_bytes(cell.file(Period.parse("2022-Q3")))
    (folder / "notes.txt").write_text("ignored: not a report file")
    before = snapshot(committee, skip=())
    dry = importer.import_paths(committee, [folder], dry_run=True)
    assert [r.outcome for r in dry] == [Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED]
    assert snapshot(committee, skip=()) == before  # a dry run leaves no trace, not even an audit row
    real = importer.import_paths(committee, [folder], backup=False)
    assert [r.outcome for r in real] == [r.outcome for r in dry]
    assert audit_count(committee) == 3
    with committee.read() as tx:
        grid = consolidation.reporting_grid(tx, [P, Period.parse("2022-Q3")], today=dt.date(2022, 10, 20))
    # received today, years after 2022's deadlines: reported, and marked late
    assert [g.status for g in grid[0][1]] == ["reported_late", "reported_late"]


def test_real_import_backs_up_first(committee, tmp_path):
    cell = Cell("Chi bộ thôn Nà Lữ")
    trust(committee, cell)
    (tmp_path / "f.kh130").write_bytes(cell.file())
    importer.import_paths(committee, [tmp_path / "f.kh130"])
    backups = list((committee.path.parent / "backups").glob("*import*"))
    assert backups


def test_late_and_missing_cells_in_the_grid_and_consolidation(committee):
    on_time, late, silent = Cell("Chi bộ thôn Nà Lữ"), Cell("Chi bộ thôn Bản Giới"), Cell("Chi bộ thôn Pác Bó")
    for c in (on_time, late, silent):
        trust(committee, c)
    imp(committee, "a.kh130", on_time.file())
    imp(committee, "b.kh130", late.file())
    with committee.transaction() as tx:  # pretend b's file arrived after the deadline (30/6 + 15 days)
        tx.execute(text("UPDATE received_report SET received_at = '2022-08-01 09:00:00.000000' WHERE cell_name = :n"),
                   {"n": late.name})
        tx.execute(text("UPDATE received_report SET received_at = '2022-07-05 09:00:00.000000' WHERE cell_name = :n"),
                   {"n": on_time.name})
    with committee.read() as tx:  # the silent cell was added today: nothing of 2022 is due from it
        (silent_row,) = [g for c, (g,) in consolidation.reporting_grid(tx, [P], today=dt.date(2022, 8, 2)) if c.name == silent.name]
        assert silent_row.status == "not_due" and not silent_row.expected and "được thêm vào danh sách" in silent_row.reason
    with committee.transaction() as tx:  # the committee says it reports from 2022
        (cell,) = [c for c in registry.expected_cells(tx) if c.name == silent.name]
        registry.set_first_period(tx, cell.id, Period.parse("2022-Q1"))
    with committee.read() as tx:
        grid = {cell.name: cells[0].status for cell, cells in consolidation.reporting_grid(tx, [P], today=dt.date(2022, 8, 2))}
        early = {cell.name: cells[0].status for cell, cells in consolidation.reporting_grid(tx, [P], today=dt.date(2022, 7, 10))}
        report = consolidation.consolidated_report(tx, P, today=dt.date(2022, 8, 2))
    assert grid == {on_time.name: "reported", late.name: "reported_late", silent.name: "late"}
    assert early[silent.name] == "not_due"
    rows = {r.cell_name: r for r in report.rows}
    assert rows[late.name].late and not rows[on_time.name].late and rows[silent.name].late
    assert not rows[silent.name].reported and rows[on_time.name].report_date == dt.date(2022, 7, 5)
    assert report.committee_name == "ĐẢNG ỦY XÃ HÒA AN" and report.period == P
    # XLSX: opens, one row per cell plus the totals
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(consolidated_xlsx.consolidated_xlsx(report)))
    values = [[c.value for c in row] for row in wb.active.iter_rows()]
    assert values[0][0] == "ĐẢNG ỦY XÃ HÒA AN"
    names = [row[1] for row in values[5:]]
    assert set(names[:3]) == {on_time.name, late.name, silent.name} and names[3] == "Tổng cộng"
    assert values[-1][6] == 6  # 3 + 3 members reported


def test_committee_exports_one_level_up_and_the_province_accepts_it(committee, tmp_path):
    cell = Cell("Chi bộ thôn Nà Lữ")
    trust(committee, cell)
    imp(committee, "a.kh130", cell.file())
    from kh130_desktop.domain.exchange.identity import ensure_identity
    ident = ensure_identity(committee, committee.path.parent)
    with committee.transaction() as tx:
        up = consolidation.export_consolidated(tx, ident, P, today=dt.date(2022, 7, 5))
    with committee.transaction() as tx:
        again = consolidation.export_consolidated(tx, ident, P, today=dt.date(2022, 7, 5))
    assert again.data == up.data
    province = Store.open(tmp_path / "province")
    with province.transaction() as tx:
        registry.trust_key_pem(tx, ident.public_pem().encode(), cell_name="Đảng ủy xã Hòa An")
    r = importer.import_bytes(province, up.file_name, up.data)
    assert r.outcome is Outcome.ACCEPTED
    with province.read() as tx:
        row = consolidation.consolidated_report(tx, P, today=dt.date(2022, 7, 5)).rows[0]
    assert row.reported and row.members == 3
    province.dispose()


def test_cell_registry_rules(committee):
    with committee.transaction() as tx:
        c = registry.add_expected_cell(tx, "  Chi bộ thôn  Nà Lữ ")
        assert c.name == "Chi bộ thôn Nà Lữ"
        with pytest.raises(errors.ConflictError):
            registry.add_expected_cell(tx, "Chi bộ thôn Nà Lữ")
        with pytest.raises(errors.ValidationError):
            registry.add_expected_cell(tx, "   ")


def test_schema_0002_upgrades_a_0001_store_and_downgrades_cleanly(tmp_path):
    from alembic import command

    s = Store.open(tmp_path / "old", upgrade=False)
    command.upgrade(s.alembic_config(), "0001_initial")
    assert "received_report" not in inspect(s.engine).get_table_names()
    s.upgrade()
    assert s.current_revision() == Store.head_revision()
    assert {"received_report", "trusted_key", "import_audit", "exported_report"} <= set(inspect(s.engine).get_table_names())
    command.downgrade(s.alembic_config(), "0001_initial")
    assert "received_report" not in inspect(s.engine).get_table_names()
    s.dispose()


def test_export_one_level_up_needs_the_committee_name(tmp_path):
    from kh130_desktop.domain.exchange.identity import ensure_identity

    s = Store.open(tmp_path / "c")
    ident = ensure_identity(s, tmp_path / "c")
    with s.transaction() as tx:
        with pytest.raises(errors.ValidationError) as info:
            consolidation.export_consolidated(tx, ident, P)
    assert "cấp ủy" in info.value.message
    s.dispose()
