"""The demo cell: a village cell of a Cao Bằng commune through the 2022 plan year.

Written in one transaction: killed midway, the store is as it was. Deterministic (fixed
seed), so screenshots, tests and benchmarks see the same cell every time.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlmodel import Session, select

from .cell import CellData, create_cell
from ..errors import ConflictError
from ..store.tables import Cell, Member
from .plan import ensure_plan_year, materials, pledge_themes, quarter_topic
from .pledges import CollectivePledgeData, PledgeData, ReviewData, add_pledge, add_progress, record_review, save_collective_pledge
from .roster import MemberData, add_member, change_status, record_departure, summoned_on
from .sessions import AttendanceMark, Guest, Opinion, SessionData, create_session, set_attendance
from ..store.engine import Store
from .vocabulary import PRESENT_STATES, AttendanceState, ReviewLevel, SessionKind

D = dt.date
T = dt.time

# (full name, sex, ethnicity, birth year, admitted year, status, role, occupation)
ROSTER = [
    ("Nông Văn Thắng", "nam", "Tày", 1968, 1994, "chinh_thuc", "bi_thu", "Trưởng thôn"),
    ("Hoàng Thị Lan", "nu", "Tày", 1975, 2001, "chinh_thuc", "pho_bi_thu", "Chi hội trưởng phụ nữ"),
    ("Lục Văn Hùng", "nam", "Nùng", 1972, 1998, "chinh_thuc", "chi_uy_vien", "Nông dân"),
    ("Đàm Văn Sơn", "nam", "Tày", 1960, 1985, "chinh_thuc", "dang_vien", "Hưu trí"),
    ("Bế Thị Hà", "nu", "Tày", 1983, 2008, "chinh_thuc", "dang_vien", "Giáo viên mầm non"),
    ("Nguyễn Văn Minh", "nam", "Kinh", 1979, 2005, "chinh_thuc", "dang_vien", "Y sĩ trạm y tế"),
    ("Lương Thị Thu", "nu", "Nùng", 1986, 2012, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Hà Văn Đức", "nam", "Tày", 1990, 2015, "chinh_thuc", "dang_vien", "Công an viên"),
    ("Triệu Thị Mai", "nu", "Nùng", 1988, 2014, "chinh_thuc", "dang_vien", "Nông dân"),
    ("La Văn Tuấn", "nam", "Tày", 1977, 2003, "chinh_thuc", "dang_vien", "Chi hội trưởng nông dân"),
    ("Mã Thị Hồng", "nu", "Nùng", 1981, 2009, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Nông Thị Ánh", "nu", "Tày", 1992, 2017, "chinh_thuc", "dang_vien", "Bí thư chi đoàn"),
    ("Trần Văn Long", "nam", "Kinh", 1970, 1996, "chinh_thuc", "dang_vien", "Cựu chiến binh"),
    ("Đinh Văn Quý", "nam", "Tày", 1985, 2011, "chinh_thuc", "dang_vien", "Thợ xây"),
    ("Hoàng Văn Phúc", "nam", "Nùng", 1965, 1990, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Lý Thị Nga", "nu", "Tày", 1994, 2019, "chinh_thuc", "dang_vien", "Nhân viên bưu điện"),
    ("Phùng Văn Kiên", "nam", "Tày", 1987, 2013, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Sầm Thị Lụa", "nu", "Nùng", 1978, 2006, "chinh_thuc", "dang_vien", "Buôn bán"),
    ("Vi Văn Tài", "nam", "Tày", 1982, 2010, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Lê Thị Hương", "nu", "Kinh", 1984, 2012, "chinh_thuc", "dang_vien", "Kế toán hợp tác xã"),
    ("Nông Văn Bảo", "nam", "Tày", 1996, 2020, "chinh_thuc", "dang_vien", "Dân quân"),
    ("Hứa Thị Duyên", "nu", "Nùng", 1991, 2016, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Đàm Thị Quyên", "nu", "Tày", 1998, 2021, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Lục Thị Yến", "nu", "Nùng", 1999, 2022, "du_bi", "dang_vien", "Nông dân"),
    ("Chu Văn Hải", "nam", "Tày", 1997, 2022, "du_bi", "dang_vien", "Lái xe"),
    ("Bế Văn Khánh", "nam", "Tày", 2000, 2022, "du_bi", "dang_vien", "Thanh niên tình nguyện"),
    ("Phạm Văn Dũng", "nam", "Kinh", 1980, 2007, "sinh_hoat_tam_thoi", "dang_vien", "Kỹ sư công trình thủy lợi"),
    ("Hoàng Văn Lực", "nam", "Nùng", 1989, 2014, "tam_thoi_di", "dang_vien", "Công nhân (làm việc tại Bắc Ninh)"),
    ("Nông Văn Chiến", "nam", "Tày", 1938, 1962, "mien_sinh_hoat", "dang_vien", "Hưu trí"),
    ("Triệu Văn Cường", "nam", "Nùng", 1976, 2004, "dinh_chi", "dang_vien", "Nông dân"),
    ("Hà Thị Phương", "nu", "Tày", 1993, 2018, "chinh_thuc", "dang_vien", "Nhân viên trạm y tế"),
    ("Lương Văn Thành", "nam", "Nùng", 1974, 2000, "chinh_thuc", "dang_vien", "Nông dân"),
    ("Sầm Văn Toàn", "nam", "Nùng", 1983, 2009, "chinh_thuc", "dang_vien", "Nông dân"),
]
LEAVER = "Sầm Văn Toàn"  # moves away in August 2022: present in the earlier sessions only
NEWCOMER = "Bế Văn Khánh"  # admitted 15/7/2022: summoned from Q3 on

PLEDGE_IDEAS = {
    "tan_tuy": ["Vận động {n} hộ trong xóm làm nhà tiêu hợp vệ sinh", "Hoàn thành đúng hạn mọi việc chi bộ phân công, không để tồn đọng"],
    "chong_quan_lieu": ["Đi đến từng hộ nghe ý kiến bà con trước khi họp thôn mỗi quý", "Giải quyết ý kiến của dân trong vòng 7 ngày"],
    "chong_loi_ich_nhom": ["Công khai các khoản đóng góp của thôn trên bảng tin nhà văn hóa", "Công khai danh sách hộ nghèo, cận nghèo đúng quy định"],
    "trung_thuc": ["Gương mẫu chấp hành quy ước thôn về cưới, tang", "Không vi phạm luật giao thông, đội mũ bảo hiểm khi đi xe máy"],
    "neu_guong": ["Gia đình gương mẫu đóng góp làm đường bê tông nội đồng", "Đi họp đúng giờ, đủ buổi cả năm"],
    "tu_hoc_tu_ren": ["Đọc và ghi chép {n} bài trong cuốn tài liệu Chuyên đề năm 2022", "Học và áp dụng kỹ thuật trồng cây thạch đen theo hướng VietGAP"],
    "tuyen_truyen": ["Tuyên truyền cho {n} hộ về phòng chống ma túy, mua bán người", "Vận động con em trong độ tuổi đi học đầy đủ"],
}
EXCUSES = ["Ốm, nằm viện huyện", "Đi làm ăn xa", "Đưa con đi khám bệnh", "Đi công tác theo phân công của xã", "Nhà có việc hiếu"]


def is_empty(tx: Session) -> bool:
    return tx.exec(select(Cell)).first() is None and tx.exec(select(Member)).first() is None


def fill_demo(store: Store, *, _after_each=None) -> None:
    """Fill an empty store with the demo cell, all in one transaction."""
    with store.transaction() as tx:
        if not is_empty(tx):
            raise ConflictError(
                "Kho dữ liệu đã có dữ liệu: không nạp chi bộ mẫu để tránh ghi đè.",
                hint="Dùng một thư mục dữ liệu trống (--data-dir) để xem chi bộ mẫu.",
            )
        _build(tx, _after_each or (lambda: None))


def _build(tx: Session, tick) -> None:
    rng = random.Random(130)
    create_cell(tx, CellData(
        name="Chi bộ thôn Nà Lữ",
        cell_type="thon_ban",
        superior_bodies="ĐẢNG BỘ XÃ HÒA AN",  # the direct superior above the cell, as the model forms have it
        receiving_committee="Đảng ủy xã Hòa An",
        place_name="Hòa An",
        commune="xã Hòa An",
        province="Cao Bằng",
    ))
    ensure_plan_year(tx, 2022)
    members: dict[str, Member] = {}
    for i, (name, sex, ethnicity, born, admitted, status, role, occupation) in enumerate(ROSTER):
        admitted_on = D(admitted, 1 + i % 12, 3 + i % 25)
        if name == NEWCOMER:
            admitted_on = D(2022, 7, 15)
        elif status == "du_bi":
            admitted_on = D(2022, 3, 2 + i)
        official_on = None if status == "du_bi" else D(admitted + 1, admitted_on.month, admitted_on.day)
        initial_status = "chinh_thuc" if status not in ("du_bi",) else "du_bi"
        if name == "Đàm Thị Quyên":  # admitted 2021, official during 2022
            initial_status, official_on = "du_bi", None
        data = MemberData(
            full_name=name, sex=sex, ethnicity=ethnicity, birth_date=D(born, 1 + (i * 5) % 12, 1 + (i * 7) % 27),
            card_number=f"42.{10000 + i * 137:06d}", admitted_on=admitted_on, official_on=official_on,
            status=initial_status, role=role, joined_on=admitted_on if admitted >= 2022 else D(2015, 1, 1) if admitted < 2015 else admitted_on,
            occupation=occupation, phone=f"09{rng.randint(10000000, 99999999)}",
        )
        members[name] = add_member(tx, data, today=D(2022, 12, 31) if admitted >= 2022 else None)
        tick()
    change_status(tx, members["Đàm Thị Quyên"].id, status="chinh_thuc", effective_on=D(2022, 6, 9), note="Công nhận đảng viên chính thức")
    for name, status in (("Hoàng Văn Lực", "tam_thoi_di"), ("Nông Văn Chiến", "mien_sinh_hoat"), ("Triệu Văn Cường", "dinh_chi"),
                         ("Phạm Văn Dũng", "sinh_hoat_tam_thoi")):
        change_status(tx, members[name].id, status=status, effective_on=D(2022, 1, 10), note="Theo quyết định của Đảng ủy xã")
    record_departure(tx, members[LEAVER].id, D(2022, 8, 20), "Chuyển sinh hoạt đảng đến Chi bộ tổ dân phố 3, phường Sông Hiến")
    tick()

    year = 2022
    themes = [t.code for t in pledge_themes(tx, year)]
    plan_materials = materials(tx, year)
    secretary, deputy = members["Nông Văn Thắng"], members["Hoàng Thị Lan"]
    sessions_spec = [
        (SessionKind.STUDY_CONFERENCE, D(2022, 5, 12), T(7, 30), T(11, 0), "Hội nghị học tập, quán triệt Chuyên đề năm 2022 và Kết luận số 01-KL/TW"),
        (SessionKind.THEMATIC, D(2022, 6, 20), T(14, 0), T(16, 30), "Sinh hoạt chuyên đề quý II/2022"),
        (SessionKind.REGULAR, D(2022, 8, 5), T(19, 30), T(20, 45), "Sinh hoạt chi bộ thường kỳ tháng 8/2022"),
        (SessionKind.THEMATIC, D(2022, 9, 16), T(14, 0), T(16, 15), "Sinh hoạt chuyên đề quý III/2022"),
        (SessionKind.THEMATIC, D(2022, 12, 9), T(8, 0), T(11, 0), "Sinh hoạt chuyên đề quý IV/2022 và kiểm điểm việc làm theo"),
    ]
    for index, (kind, day, start, end, title) in enumerate(sessions_spec):
        quarter = (day.month - 1) // 3 + 1
        summoned = summoned_on(tx, day)
        speakers = rng.sample([s.member for s in summoned], 4)
        opinion_texts = [rng.choice([
                "Đề nghị chi bộ phân công cụ thể từng đảng viên phụ trách hộ gia đình để việc làm theo đi vào thực chất.",
                "Tôi đăng ký gương mẫu đóng góp ngày công làm đường bê tông, vận động anh em trong họ cùng làm.",
                "Cần công khai các khoản thu chi của thôn để bà con giám sát, tránh để xảy ra thắc mắc.",
                "Thanh niên trong thôn đi làm ăn xa nhiều, đề nghị chi bộ có cách liên lạc để giữ sinh hoạt.",
                "Học tập Bác về tự học: tôi sẽ đọc hết tài liệu chuyên đề và chia sẻ lại ở sinh hoạt chi hội.",
            ]) for _ in speakers]
        marks = {}
        for standing in summoned:
            r = rng.random()
            if standing.member.full_name == LEAVER and day > D(2022, 8, 20):
                continue
            if r < 0.08:
                marks[standing.member.id] = AttendanceMark(AttendanceState.ABSENT_EXCUSED.value, rng.choice(EXCUSES))
            elif r < 0.11:
                marks[standing.member.id] = AttendanceMark(AttendanceState.ABSENT_UNEXCUSED.value)
            elif r < 0.16:
                marks[standing.member.id] = AttendanceMark(AttendanceState.LATE.value)
            else:
                marks[standing.member.id] = AttendanceMark(AttendanceState.PRESENT.value)
        # Every absence kind appears in every session's minutes.
        ids = [s.member.id for s in summoned if s.member.id not in (secretary.id, deputy.id)]
        marks[ids[index % len(ids)]] = AttendanceMark(AttendanceState.ABSENT_EXCUSED.value, EXCUSES[index % len(EXCUSES)])
        marks[ids[(index + 7) % len(ids)]] = AttendanceMark(AttendanceState.ABSENT_UNEXCUSED.value)
        marks[ids[(index + 13) % len(ids)]] = AttendanceMark(AttendanceState.LATE.value)
        # The meeting's rules (book/meeting_rules.py) hold in the demo too, without another draw
        # of the generator (the figures stay those of DESIGN §7): the chair and the minute-taker
        # are present, and only those present speak.
        present = [s.member for s in summoned if s.member.id in marks and marks[s.member.id].state in PRESENT_STATES]
        chair = secretary if secretary in present else deputy
        minute_taker = next(m for m in [deputy, *present] if m in present and m is not chair)
        others = iter(m for m in present if m not in speakers and m not in (chair, minute_taker))
        speakers = [m if m in present else next(others) for m in speakers]
        session = create_session(tx, SessionData(
            kind=kind.value, held_on=day, start_time=start, end_time=end, quarter=quarter,
            place="Nhà văn hóa thôn Nà Lữ", chair_id=chair.id, minute_taker_id=minute_taker.id,
            presenter="Đồng chí Nông Văn Thắng, Bí thư chi bộ" if index else "Đồng chí Lâm Văn Hiếu, Phó Bí thư Thường trực Đảng ủy xã",
            title=title,
            topic=quarter_topic(tx, year, quarter) if kind != SessionKind.REGULAR else "Liên hệ việc làm theo Bác trong vận động làm đường bê tông nội đồng",
            agenda="1. Khai mạc, giới thiệu đại biểu.\n2. Báo cáo viên truyền đạt nội dung Chuyên đề.\n3. Thảo luận, liên hệ bản thân.\n4. Kết luận, biểu quyết.",
            content="Báo cáo viên truyền đạt những nội dung cơ bản của Chuyên đề năm 2022; liên hệ với tình hình đội ngũ cán bộ thôn và việc thực hiện nhiệm vụ chính trị của chi bộ.",
            conclusions="Chi bộ thống nhất: mỗi đảng viên lựa chọn việc làm theo cụ thể, kiểm tra được; chi ủy theo dõi, đôn đốc hằng quý.",
            vote_subject="Thông qua nghị quyết chuyên đề", votes_for=None, tasks="Chi ủy tổng hợp bản đăng ký; các đồng chí chi ủy viên phụ trách từng xóm theo dõi việc làm theo.",
            materials=plan_materials[:3] if index == 0 else plan_materials[:1],
            guests=[Guest("Lâm Văn Hiếu", "Phó Bí thư Thường trực Đảng ủy xã"), Guest("Nông Thị Hậu", "Chủ tịch Ủy ban MTTQ xã")] if index == 0
            else [Guest("Hoàng Văn Thái", "Trưởng ban công tác Mặt trận thôn")],
            opinions=[Opinion(m.full_name, text, m.id) for m, text in zip(speakers, opinion_texts)],
        ))
        # Only official members vote (Party Statute, Art. 3): the vote is over those present.
        official = {s.member.id for s in summoned if s.official}
        voters = sum(1 for member_id, m in marks.items() if m.state in ("co_mat", "di_muon") and member_id in official)
        session.votes_for, session.votes_against, session.votes_abstain = voters, 0, 0
        tx.add(session)
        set_attendance(tx, session.id, marks)
        tick()

    # Pledges: every member summoned in Q2 (and the Q3 newcomer) pledges 2 items.
    pledgers = {s.member.id: s.member for s in summoned_on(tx, D(2022, 6, 30))}
    pledgers.update({s.member.id: s.member for s in summoned_on(tx, D(2022, 9, 30))})
    levels = [ReviewLevel.EXCELLENT] * 4 + [ReviewLevel.GOOD] * 18 + [ReviewLevel.DONE] * 4 + [ReviewLevel.NOT_DONE]
    for i, member in enumerate(sorted(pledgers.values(), key=lambda m: m.id)):
        chosen = rng.sample(themes, 2)
        for theme in chosen:
            text = rng.choice(PLEDGE_IDEAS[theme]).format(n=rng.randint(3, 10))
            pledge = add_pledge(tx, member.id, year, PledgeData(content=text, theme_code=theme,
                                target="Hoàn thành 100% trong năm" if rng.random() < 0.5 else "Được chi bộ, bà con ghi nhận",
                                deadline=D(2022, 12, 15)))
            # Pledged at the Q2 session (the newcomer at Q3), not on the day the demo is loaded.
            registered = dt.datetime(2022, 6, 20, 16, 0, tzinfo=dt.timezone.utc) if member.full_name != NEWCOMER \
                else dt.datetime(2022, 9, 16, 16, 0, tzinfo=dt.timezone.utc)
            pledge.created_at = registered
            tx.add(pledge)
            start_q = 2 if member.full_name != NEWCOMER else 3
            for q in range(start_q, 5):
                if member.left_on and q > 3:
                    continue
                add_progress(tx, pledge.id, q, rng.choice([
                    "Đã thực hiện theo kế hoạch, có kết quả bước đầu.",
                    "Hoàn thành khoảng một nửa; gặp khó khăn do mùa vụ, sẽ tập trung quý sau.",
                    "Đã hoàn thành nội dung đăng ký, được bà con ghi nhận.",
                ]), recorded_on=D(2022, q * 3, 25))
        if member.left_on is None:
            level = levels[i % len(levels)]
            low, high = {"hoan_thanh_xuat_sac": (90, 98), "hoan_thanh_tot": (70, 89), "hoan_thanh": (50, 69), "khong_hoan_thanh": (30, 49)}[level.value]
            record_review(tx, member.id, year, ReviewData(
                level=level.value, score=rng.randint(low, high),
                self_review="Bản thân đã thực hiện các nội dung đăng ký; còn hạn chế về thời gian dành cho việc tự học.",
                assessment="Chi bộ ghi nhận sự cố gắng; đề nghị tiếp tục phát huy." if level != ReviewLevel.NOT_DONE
                else "Chưa thực hiện nội dung đăng ký; chi bộ đề nghị khắc phục trong năm 2023.",
                exemplary=level == ReviewLevel.EXCELLENT and i % 2 == 0,
                reviewed_on=D(2022, 12, 20),
            ))
        tick()
    save_collective_pledge(tx, year, CollectivePledgeData(
        problem="Đường nội đồng xóm Nà Pò lầy lội mùa mưa, bà con đi lại, vận chuyển nông sản khó khăn.",
        solution="Chi bộ lãnh đạo vận động Nhân dân hiến đất, góp ngày công; đảng viên gương mẫu đi đầu.",
        target="Bê tông hóa 1,2 km đường nội đồng trong năm 2022",
        deadline=D(2022, 11, 30),
        result="Hoàn thành 1,2 km; 100% hộ tham gia đóng góp ngày công.",
        level="hoan_thanh_xuat_sac",
    ))
