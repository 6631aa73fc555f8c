"""`kh130 plan …` and `kh130 receipt …` between two data folders, with the exit statuses of
`kh130 import`: 0 in, 3 refused, 4 held until the committee's key is recorded."""

from __future__ import annotations

import datetime as dt

from kh130_desktop.cli import run
from kh130_desktop.domain.book import plan
from kh130_desktop.domain.book.cell import get_cell
from kh130_desktop.domain.book.periods import Period
from kh130_desktop.domain.exchange import registry
from kh130_desktop.domain.exchange.export import export_cell_report, write_revision
from kh130_desktop.domain.exchange.importer import import_paths
from kh130_desktop.domain.exchange.plan_inbox import plan_origin

from down_stores import CELL, COMMITTEE, UTC, open_cell, open_committee


def test_plan_and_receipt_commands_between_two_data_folders(tmp_path, capsys):
    committee, c_id = open_committee(tmp_path / "c")
    cell, cell_id = open_cell(tmp_path / "cell")
    with cell.read() as tx:
        cell_uid = get_cell(tx).uid
    committee.dispose()
    cell.dispose()
    usb = tmp_path / "usb"
    usb.mkdir()
    c, k = ["--data-dir", str(tmp_path / "c")], ["--data-dir", str(tmp_path / "cell")]
    assert run([*c, "plan", "export", "2026", "-o", str(usb)]) == 0
    [plan_path] = list(usb.glob("ke-hoach-2026_*.kh130"))
    capsys.readouterr()
    # `kh130 verify` reads any kind of KH130 file and says which kind, and what it holds.
    assert run(["verify", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert f"hợp lệ — tệp kế hoạch năm. Kế hoạch năm 2026 của {COMMITTEE}, ban hành lần 1" in out
    assert "7 mốc kế hoạch" in out and c_id.fingerprint in out and "không phải" not in out
    # Unknown key: held (4), then trusted from the slip's fingerprint, and imported.
    assert run([*k, "plan", "import", "--dry-run", str(plan_path)]) == 4
    assert run([*k, "plan", "import", str(plan_path)]) == 4
    out = capsys.readouterr().out
    assert c_id.fingerprint in out and "Tệp được giữ lại" in out
    assert run([*k, "plan", "trust", c_id.fingerprint.lower().replace(" ", "-"), "--committee", COMMITTEE]) == 0
    assert "Đã nhập tệp kế hoạch đang giữ: năm 2026, lần 1" in capsys.readouterr().out
    assert run([*k, "plan", "import", str(plan_path)]) == 0
    assert "Đã nhận tệp kế hoạch này (lần 1) từ trước" in capsys.readouterr().out
    assert run([*k, "plan", "show", "2026"]) == 0
    assert f"Kế hoạch do {COMMITTEE} ban hành, lần 1, nhận ngày" in capsys.readouterr().out
    # A report file is no plan file: refused, 3.
    from kh130_desktop.domain.store.engine import Store

    cell = Store.open(tmp_path / "cell")
    with cell.transaction() as tx:
        from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, save_session_with_attendance
        from kh130_desktop.domain.book import roster

        chair = next(m for m in roster.list_members(tx) if m.role == "bi_thu")
        day = dt.date(2026, 5, 20)
        save_session_with_attendance(tx, None, SessionData(kind="chuyen_de_quy", held_on=day, start_time=dt.time(8),
                                                           end_time=dt.time(10), chair_id=chair.id, topic=plan.quarter_topic(tx, 2026, 2)),
                                     {s.member.id: AttendanceMark("co_mat") for s in roster.summoned_on(tx, day)})
    report = write_revision(cell, lambda tx: export_cell_report(tx, cell_id, Period(2026, 2), now=dt.datetime(2026, 7, 1, tzinfo=UTC)),
                            usb)[1]
    cell.dispose()
    assert run([*k, "plan", "import", str(report)]) == 3
    assert "Đây là tệp báo cáo, không phải tệp kế hoạch năm" in capsys.readouterr().out
    # The committee imports the report, returns it, writes the receipt; the cell imports it.
    committee = Store.open(tmp_path / "c")
    with committee.transaction() as tx:
        registry.trust_key_pem(tx, cell_id.public_pem().encode(), cell_name=CELL, cell_uid=cell_uid)
    import_paths(committee, [report])
    committee.dispose()
    assert run([*c, "receipt", "return", "--cell", cell_uid, "--period", "2026-Q2", "--reason", "Thiếu biên bản"]) == 0
    assert run([*c, "receipt", "show", "--period", "2026-Q2"]) == 0
    assert "trả lại để sửa: Thiếu biên bản" in capsys.readouterr().out
    back = tmp_path / "back"
    back.mkdir()
    assert run([*c, "receipt", "export", "--period", "2026-Q2", "-o", str(back)]) == 0
    [receipt] = list(back.glob("giay-bao_*.kh130"))
    capsys.readouterr()
    assert run(["verify", str(receipt), str(report)]) == 0
    out = capsys.readouterr().out
    assert f"hợp lệ — giấy báo nhận số 1 của {COMMITTEE} gửi {CELL}: quý II/2026: Trả lại để sửa: Thiếu biên bản" in out
    assert f"hợp lệ — tệp báo cáo của {CELL}, kỳ 2026-Q2, số 1" in out
    forged = tmp_path / "forged.kh130"
    data = bytearray(receipt.read_bytes())
    data[len(data) // 2] ^= 0x20  # one byte changed after signing
    forged.write_bytes(bytes(data))
    assert run(["verify", str(plan_path), str(forged)]) == 3  # one bad file: 3, and the good one still said valid
    out = capsys.readouterr().out
    assert "forged.kh130: KHÔNG HỢP LỆ" in out and f"{plan_path}: hợp lệ" in out
    assert run([*k, "receipt", "import", str(receipt)]) == 0
    assert "  quý II/2026: Trả lại để sửa: Thiếu biên bản (bản lần 1" in capsys.readouterr().out  # what it says, line by line
    assert run([*k, "receipt", "import", str(receipt)]) == 0
    assert "từ trước" in capsys.readouterr().out
    assert run([*k, "receipt", "show"]) == 0
    assert "Kỳ quý II/2026: Trả lại để sửa: Thiếu biên bản" in capsys.readouterr().out
    # A receipt is not a plan, a plan not a receipt; a cell's receipt is refused by the committee's store.
    assert run([*k, "receipt", "import", str(plan_path)]) == 3
    assert run([*c, "receipt", "import", str(receipt)]) in (1, 3)
    cell = Store.open(tmp_path / "cell")
    with cell.read() as tx:
        assert plan_origin(tx, 2026).revision == 1
    cell.dispose()


def test_plan_new_from_another_year_or_from_a_json_file(tmp_path, capsys):
    import json

    from down_stores import plan_2026

    d = ["--data-dir", str(tmp_path / "c")]
    committee, _identity = open_committee(tmp_path / "c")
    committee.dispose()
    assert run([*d, "plan", "new", "2027", "--from", "2026", "--topic", "Chuyên đề năm 2027: thực hành"]) == 0
    assert run([*d, "plan", "new", "2027", "--from", "2026", "--topic", "Lần nữa"]) == 1
    assert "Đã có kế hoạch năm 2027" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**plan_2026(), "year": 2028, "milestones": [{"code": "x", "title": "t", "due_on": "31/12/2028"}]}),
                   encoding="utf-8")
    assert run([*d, "plan", "new", "2028", "--json", str(bad)]) == 1
    assert "không phải một ngày hợp lệ" in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(json.dumps({**plan_2026(), "year": 2028, "milestones": []}), encoding="utf-8")
    assert run([*d, "plan", "new", "2028", "--json", str(good)]) == 0
    assert run([*d, "plan", "show"]) == 0
    out = capsys.readouterr().out
    assert "Năm 2028:" in out and "Năm 2027: Chuyên đề năm 2027: thực hành" in out and "do cấp ủy lập trên máy này" in out
