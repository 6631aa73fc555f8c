"""Import speed of the receiving committee: 300 cell files into an empty receiving store.

Prints the import time and its ratio to the floor measured in the same run: reading,
hashing, verifying and parsing the very same files with no database at all
(`report_file.verify_bytes` on each). Target: ratio at most 3x, and under 10 s.

    .venv/bin/python bench/import.py [--cells 300] [--members 40] [--sessions 6]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from kh130_desktop.domain.exchange import importer, registry
from kh130_desktop.domain.store import exchange_tables  # noqa: E402
from kh130_desktop.domain.exchange.identity import Identity  # noqa: E402
from kh130_desktop.domain.book.periods import Period  # noqa: E402
from kh130_desktop.domain.exchange.container import build_container, read_capped, verify_bytes  # noqa: E402
from kh130_desktop.domain.exchange.strict_json import canonical_json
from kh130_desktop.domain.store.engine import Store  # noqa: E402
from sqlmodel import select  # noqa: E402

SURNAMES = ["Nông", "Hoàng", "Lục", "Đàm", "Bế", "Lương", "Triệu", "La", "Mã", "Hà", "Lý", "Sầm", "Vi", "Nguyễn"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc"]
GIVEN = ["Thắng", "Lan", "Hùng", "Sơn", "Hà", "Minh", "Thu", "Đức", "Mai", "Tuấn", "Hồng", "Ánh", "Long", "Quý"]
STATES = ["co_mat"] * 8 + ["di_muon", "vang_co_ly_do", "vang_khong_ly_do"]
LEVELS = ["hoan_thanh_xuat_sac", "hoan_thanh_tot", "hoan_thanh_tot", "hoan_thanh", "khong_hoan_thanh"]


def cell_report(rng: random.Random, cell_uid: str, name: str, period: Period, members: int, sessions: int) -> dict:
    people = [{
        "uid": str(uuid.UUID(int=rng.getrandbits(128))), "full_name": f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
        "birth_date": f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "sex": rng.choice(["nam", "nu"]),
        "ethnicity": rng.choice(["Tày", "Nùng", "Kinh"]), "card_number": f"42.{rng.randint(100000, 999999)}",
        "admitted_on": "2005-05-19", "official_on": "2006-05-19", "joined_on": "2005-05-19", "left_on": None,
        "left_reason": "", "status": "chinh_thuc", "role": "dang_vien", "on_roster_at_end": True,
    } for _ in range(members)]
    session_rows = []
    for i in range(sessions):
        session_rows.append({
            "uid": str(uuid.UUID(int=rng.getrandbits(128))), "kind": "chuyen_de_quy" if i else "hoi_nghi_quan_triet",
            "year": period.year, "quarter": None, "held_on": f"{period.year}-{i + 2:02d}-15", "start_time": "08:00",
            "end_time": "10:00", "duration_minutes": 120, "place": "Nhà văn hóa thôn", "chair": people[0]["uid"],
            "minute_taker": people[1]["uid"], "presenter": "Đồng chí Bí thư", "title": "Sinh hoạt chuyên đề",
            "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "agenda": "1. Quán triệt\n2. Thảo luận",
            "content": "Nội dung buổi sinh hoạt " * 20, "conclusions": "Kết luận của chủ trì " * 10, "vote_subject": "",
            "votes": {"for": None, "against": None, "abstain": None}, "tasks": "Các đồng chí thực hiện đăng ký",
            "materials": ["Tài liệu Chuyên đề năm 2022"], "guests": [{"name": "Lục Văn Hải", "title": "Đảng ủy viên xã"}],
            "opinions": [{"speaker": p["full_name"], "member": p["uid"], "opinion": "Ý kiến thảo luận " * 8} for p in people[:5]],
            "attendance": [{"member": p["uid"], "official": True, "state": rng.choice(STATES), "reason": ""} for p in people],
            "listed_apart": [], "counts": {},
        })
    pledges = [{"uid": str(uuid.UUID(int=rng.getrandbits(128))), "member": p["uid"], "year": period.year, "position": 0,
                "content": "Vận động 5 hộ gia đình làm nhà tiêu hợp vệ sinh", "theme_code": "", "target": "5 hộ",
                "deadline": None, "progress": []} for p in people]
    reviews = [{"member": p["uid"], "year": period.year, "level": rng.choice(LEVELS), "score": None, "self_review": "Tự kiểm điểm",
                "assessment": "", "exemplary": False, "reviewed_on": f"{period.year}-12-20"} for p in people]
    return {"format": "kh130-report-data", "version": 1, "period": period.code,
            "cell": {"uid": cell_uid, "name": name}, "members": people, "sessions": session_rows, "pledges": pledges,
            "reviews": reviews, "collective_pledges": [], "summary": {}}


def make_files(folder: Path, cells: int, members: int, sessions: int) -> list[Identity]:
    rng = random.Random(130)
    period = Period.parse("2022")
    pdf = b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(40_000))  # a printed report's worth of bytes
    identities = []
    for i in range(cells):
        ident = Identity(str(uuid.UUID(int=rng.getrandbits(128))), Ed25519PrivateKey.generate())
        uid, name = str(uuid.UUID(int=rng.getrandbits(128))), f"Chi bộ thôn số {i + 1:03d}"
        report = cell_report(rng, uid, name, period, members, sessions)
        data = build_container(ident, kind="cell", unit_uid=uid, unit_name=name, period=period, sequence=1,
                               report_id=str(uuid.UUID(int=rng.getrandbits(128))), supersedes=None,
                               created=dt.datetime(2023, 1, 5, 8, 0, tzinfo=dt.timezone.utc),
                               members={"report.json": canonical_json(report), "report.pdf": pdf})
        (folder / f"cell-{i:03d}.kh130").write_bytes(data)
        identities.append(ident)
    return identities


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=300)
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3, help="import runs, each into a fresh store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "usb"
        folder.mkdir()
        t = time.perf_counter()
        identities = make_files(folder, args.cells, args.members, args.sessions)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"made {args.cells} files ({size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
        files = sorted(folder.iterdir())

        def floor_run() -> float:
            t = time.perf_counter()
            for path in files:  # the floor: the same reading, hashing, verifying, parsing; no database
                verify_bytes(read_capped(path))
            return time.perf_counter() - t

        def import_run(n: int) -> float:
            store = Store.open(root / f"committee-{n}")
            with store.transaction() as tx:
                for ident in identities:
                    registry.trust_key_pem(tx, ident.public_pem().encode())
            t = time.perf_counter()
            results = importer.import_paths(store, [folder])
            elapsed = time.perf_counter() - t
            outcomes = {r.outcome.value for r in results}
            assert outcomes == {"accepted"}, outcomes
            with store.read() as tx:
                rows = len(tx.exec(select(exchange_tables.ReceivedMember)).all())
            assert rows == args.cells * args.members, rows
            store.dispose()
            return elapsed

        # The machine may be shared: floor and import alternate, each into a fresh empty store,
        # and the least disturbed run of each is compared.
        floors, imports = [floor_run()], []
        for n in range(args.repeat):
            imports.append(import_run(n))
            floors.append(floor_run())
        floor, elapsed = min(floors), min(imports)
    ratio = elapsed / floor
    print(f"floor (read+hash+verify+parse, no DB): {floor:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in floors)})")
    print(f"import into empty receiving store:     {elapsed:.2f} s  ({args.cells / elapsed:.0f} files/s; runs: {', '.join(f'{x:.2f}' for x in imports)})")
    met = ratio <= 3 and elapsed < 10
    print(f"ratio to floor: {ratio:.2f}x  (target <= 3x and < 10 s: {'OK' if met else 'MISSED'})")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
