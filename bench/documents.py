"""How long the printed documents take: the minutes of a 60-member session, the year report of a
200-member cell. Prints the best of several runs, and its ratio to a baseline measured in the same
run (a one-page reportlab PDF with the same bundled font), so machines can be compared.

    .venv/bin/python bench/documents.py

Targets (DESIGN/issue 4): minutes under 0.3 s, year report under 2 s.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kh130_desktop.domain import documents  # noqa: E402
from kh130_desktop.domain.book.cell import CellData, create_cell  # noqa: E402
from kh130_desktop.domain.documents.fonts import SERIF, register_fonts  # noqa: E402
from kh130_desktop.domain.book.periods import Period  # noqa: E402
from kh130_desktop.domain.book.plan import ensure_plan_year, pledge_themes  # noqa: E402
from kh130_desktop.domain.book.pledges import PledgeData, ReviewData, add_pledge, add_progress, record_review  # noqa: E402
from kh130_desktop.domain.book.roster import MemberData, add_member  # noqa: E402
from kh130_desktop.domain.book.sessions import AttendanceMark, Guest, Opinion, SessionData, create_session, set_attendance  # noqa: E402
from kh130_desktop.domain.store.engine import Store  # noqa: E402

SURNAMES = ["Nông", "Hoàng", "Lục", "Đàm", "Bế", "Nguyễn", "Lương", "Hà", "Triệu", "La", "Mã", "Trần", "Đinh", "Lý", "Sầm", "Vi"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Ngọc", "Xuân"]
GIVEN = ["Thắng", "Lan", "Hùng", "Sơn", "Hà", "Minh", "Thu", "Đức", "Mai", "Tuấn", "Hồng", "Ánh", "Long", "Quý", "Phúc",
         "Nga", "Kiên", "Lụa", "Tài", "Hương", "Bảo", "Duyên", "Quyên", "Yến", "Hải", "Khánh"]
D = dt.date
YEAR = 2022


def build(folder: Path, members: int, sessions: int, with_pledges: bool) -> Store:
    store = Store.open(folder)
    with store.transaction() as tx:
        create_cell(tx, CellData(name=f"Chi bộ thử {members} đảng viên", superior_bodies="ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÒA AN",
                                 receiving_committee="Đảng ủy xã Hòa An", place_name="Hòa An"))
        ensure_plan_year(tx, YEAR)
        themes = [t.code for t in pledge_themes(tx, YEAR)]
        ids = []
        for i in range(members):
            name = f"{SURNAMES[i % 16]} {MIDDLES[(i // 16) % 8]} {GIVEN[(i * 7) % 26]}"
            m = add_member(tx, MemberData(full_name=name, birth_date=D(1960 + i % 40, 1 + i % 12, 1 + i % 27),
                                          admitted_on=D(2000 + i % 20, 1 + i % 12, 2), official_on=D(2001 + i % 20, 1 + i % 12, 2),
                                          role="bi_thu" if i == 0 else "dang_vien", card_number=f"42.{100000 + i}"))
            ids.append(m.id)
        for k in range(sessions):
            day = D(YEAR, 1 + k % 12, 10)
            s = create_session(tx, SessionData(kind="thuong_ky", held_on=day, start_time=dt.time(8), end_time=dt.time(10, 0),
                                               place="Nhà văn hóa", chair_id=ids[0], minute_taker_id=ids[1], title=f"Sinh hoạt tháng {day.month}",
                                               agenda="1. Khai mạc.\n2. Nội dung.\n3. Thảo luận.", content="Nội dung sinh hoạt. " * 20,
                                               conclusions="Kết luận của chủ trì. " * 10, tasks="Nhiệm vụ được giao. " * 5,
                                               guests=[Guest("Lâm Văn Hiếu", "Phó Bí thư Đảng ủy xã")],
                                               opinions=[Opinion(f"Đảng viên {j}", "Ý kiến phát biểu về việc làm theo. " * 4) for j in range(8)]))
            marks = {}
            for j, mid in enumerate(ids):
                state = ["co_mat"] * 8 + ["di_muon", "vang_co_ly_do", "vang_khong_ly_do"]
                st = state[(j + k) % len(state)]
                marks[mid] = AttendanceMark(st, "Ốm" if st == "vang_co_ly_do" else "")
            set_attendance(tx, s.id, marks)
        if with_pledges:
            for j, mid in enumerate(ids):
                for n in range(2):
                    p = add_pledge(tx, mid, YEAR, PledgeData(content=f"Vận động {j % 9 + 2} hộ làm nhà tiêu hợp vệ sinh, nội dung {n + 1}",
                                                             theme_code=themes[(j + n) % len(themes)], target="Hoàn thành 100%", deadline=D(YEAR, 12, 15)))
                    for q in (2, 3, 4):
                        add_progress(tx, p.id, q, "Đã thực hiện theo kế hoạch.", recorded_on=D(YEAR, q * 3, 25))
                level = ["hoan_thanh_tot", "hoan_thanh_xuat_sac", "hoan_thanh"][j % 3]
                record_review(tx, mid, YEAR, ReviewData(level=level, exemplary=level == "hoan_thanh_xuat_sac" and j % 2 == 0,
                                                        reviewed_on=D(YEAR, 12, 20)))
    return store


def best_of(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def baseline() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=SERIF)
    canvas.setFont(SERIF, 14)
    canvas.drawString(100, 700, "Hôm nay, chi bộ họp.")
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    register_fonts()  # once per process, as in the application
    with tempfile.TemporaryDirectory() as tmp:
        print("building the test stores …", flush=True)
        small = build(Path(tmp) / "m60", 60, 1, with_pledges=False)
        large = build(Path(tmp) / "m200", 200, 12, with_pledges=True)
        base = best_of(baseline, 20)
        with small.read() as tx:
            minutes = best_of(lambda: documents.minutes_pdf(tx, 1), 7)
            pages = documents.minutes_pdf(tx, 1).count(b"/Type /Page\n")
        with large.read() as tx:
            report = best_of(lambda: documents.cell_report_pdf(tx, Period(YEAR)), 3)
        small.dispose()
        large.dispose()
    print(f"baseline (one-page PDF, same font): {base * 1000:8.1f} ms")
    print(f"minutes, 60-member session:         {minutes * 1000:8.1f} ms  = {minutes / base:6.1f} × baseline   target < 300 ms  {'OK' if minutes < 0.3 else 'SLOW'}")
    print(f"year report, 200-member cell:       {report * 1000:8.1f} ms  = {report / base:6.1f} × baseline   target < 2000 ms {'OK' if report < 2 else 'SLOW'}")
    _ = pages


if __name__ == "__main__":
    main()
