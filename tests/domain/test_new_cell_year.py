"""A new cell's real year (not the demo): created in 2026, its members joined in January by a
roster import, the year's meetings entered afterwards; and the rules of a meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import roster, sessions
from kh130_desktop.domain.book.cell import create_cell_with_secretary
from kh130_desktop.domain.book.cell_data import CellData
from kh130_desktop.domain.book.meeting_rules import considered_for_removal
from kh130_desktop.domain.book.roster import MemberData
from kh130_desktop.domain.book.roster_import import import_roster, read_roster
from kh130_desktop.domain.book.sessions import AttendanceMark, Guest, Opinion, SessionData, save_session_with_attendance
from kh130_desktop.domain.errors import SECOND_SECRETARY, ConflictError, DomainError, ValidationError

TODAY = dt.date(2026, 11, 20)
START = dt.date(2026, 1, 1)
NAMES = ["Nông Văn", "Hoàng Thị", "Lục Văn", "Bế Thị", "La Văn", "Triệu Thị", "Đàm Văn", "Lâm Thị"]
GIVEN = ["An", "Bình", "Cúc", "Dũng", "Hà", "Khánh", "Lan", "Minh", "Nga", "Phúc", "Quyên", "Sơn", "Thắm", "Uyên", "Vinh"]


def roster_csv(count: int = 30) -> bytes:
    """A commune's roster file: no joining dates but two, one probationary member."""
    lines = ["STT;Họ và tên;Ngày sinh;Giới tính;Ngày vào Đảng;Ngày chính thức;Trạng thái;Chức vụ;Ngày vào chi bộ"]
    for i in range(count):
        name = f"{NAMES[i % len(NAMES)]} {GIVEN[i % len(GIVEN)]}{'' if i < len(GIVEN) else ' ' + GIVEN[(i * 7) % len(GIVEN)]}"
        probationary = i == 0
        admitted = "10/01/2026" if probationary else f"0{1 + i % 9}/05/{1990 + i % 20}"
        official = "" if probationary else f"0{1 + i % 9}/05/{1991 + i % 20}"
        joined = "12/01/2026" if i in (1, 2) else ""
        lines.append(f"{i + 1};{name};01/01/{1950 + i % 20};{'Nữ' if 'Thị' in name else 'Nam'};{admitted};{official};"
                     f"{'Dự bị' if probationary else 'Chính thức'};Đảng viên;{joined}")
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


@pytest.fixture
def new_cell(store):
    with store.transaction() as tx:
        create_cell_with_secretary(
            tx, CellData(name="Chi bộ thôn Nà Pò", superior_bodies="ĐẢNG ỦY XÃ HÒA AN", place_name="Hòa An"),
            MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1970, 5, 2), admitted_on=dt.date(1996, 2, 3),
                       official_on=dt.date(1997, 2, 3), role="bi_thu"),
            START)
    with store.transaction() as tx:
        preview = read_roster(roster_csv(), "danh-sach.csv", tx=tx, today=dt.date(2026, 1, 20))
        assert not preview.bad_rows, [r.errors for r in preview.bad_rows]
        import_roster(tx, preview, today=dt.date(2026, 1, 20))
    return store


def _all_present(tx, day):
    return {s.member.id: AttendanceMark("co_mat") for s in roster.summoned_on(tx, day)}


def test_a_new_cell_lists_every_member_who_belonged_then_in_each_meeting_of_its_year(new_cell):
    with new_cell.read() as tx:
        members = roster.list_members(tx)
        assert len(members) == 31
        # Nobody silently joined "today": the first day of the book, or the date the file gave.
        joined = {m.full_name: m.joined_on for m in members}
        assert set(joined.values()) <= {START, dt.date(2026, 1, 12), dt.date(2026, 1, 10)}
        assert joined["Nông Văn Thắng"] == START
    with new_cell.transaction() as tx:  # a member who came in June, added by hand
        roster.add_member(tx, MemberData(full_name="Hà Văn Mới", birth_date=dt.date(1990, 1, 1), admitted_on=dt.date(2015, 1, 1),
                                         official_on=dt.date(2016, 1, 1), joined_on=dt.date(2026, 6, 3)), today=TODAY)
    secretary = next(m for m in members if m.full_name == "Nông Văn Thắng")
    for month in range(2, 12):
        day = dt.date(2026, month, 10)
        with new_cell.transaction() as tx:
            data = SessionData(kind="thuong_ky", held_on=day, start_time=dt.time(8), end_time=dt.time(10), chair_id=secretary.id)
            sid = save_session_with_attendance(tx, None, data, _all_present(tx, day))
        with new_cell.read() as tx:
            lines, _apart = sessions.attendance_sheet(tx, sid)
            listed = {line.standing.member.full_name for line in lines}
            chairs = {s.member.full_name for s in roster.roster_on(tx, day)}
            belonged = {m.full_name for m in roster.list_members(tx) if m.joined_on <= day}
            assert listed == chairs == belonged
            assert len(listed) == (31 if month < 6 else 32)
            assert roster.not_yet_joined(tx, day) == [m for m in roster.list_members(tx) if m.joined_on > day]


def test_a_joining_date_set_later_brings_the_member_into_earlier_meetings(new_cell):
    with new_cell.read() as tx:
        late = roster.not_yet_joined(tx, dt.date(2026, 1, 5))
        assert len(late) == 3  # the two the file said joined on 12/01, and the probationary member admitted 10/01
        assert len(roster.roster_on(tx, dt.date(2026, 1, 5))) == 28
    with new_cell.transaction() as tx:
        roster.set_joined_on(tx, [m.id for m in late], START, today=TODAY)
    with new_cell.read() as tx:
        assert roster.not_yet_joined(tx, dt.date(2026, 1, 5)) == []
        assert len(roster.roster_on(tx, dt.date(2026, 1, 5))) == 31


def test_the_default_joining_date_is_the_first_day_of_the_book_never_today(store):
    with store.transaction() as tx:
        assert roster.records_from(tx, TODAY) == START
        member = roster.add_member(tx, MemberData(full_name="Lý Văn Cao", admitted_on=dt.date(2000, 1, 1), official_on=dt.date(2001, 1, 1)), today=TODAY)
        assert member.joined_on == dt.date(TODAY.year, 1, 1) if dt.date.today().year == TODAY.year else member.joined_on.month == 1
        admitted_late = roster.add_member(tx, MemberData(full_name="Lý Thị Mai", admitted_on=dt.date(2026, 9, 2), status="du_bi"), today=TODAY)
        assert admitted_late.joined_on == dt.date(2026, 9, 2)  # admitted after the book started: joined then


# --- one bí thư at a time ------------------------------------------------------------------------

def test_a_new_member_is_a_member_and_a_second_secretary_asks_first(new_cell):
    assert MemberData(full_name="X Y").role == "dang_vien"
    with new_cell.transaction() as tx:
        with pytest.raises(ConflictError) as info:
            roster.add_member(tx, MemberData(full_name="Lò Văn Hai", role="bi_thu"), today=TODAY)
        assert info.value.code == SECOND_SECRETARY and "Nông Văn Thắng" in info.value.message
    with new_cell.transaction() as tx:
        new = roster.add_member(tx, MemberData(full_name="Lò Văn Hai", role="bi_thu"), today=TODAY, replace_secretary=True)
        old = next(m for m in roster.list_members(tx) if m.full_name == "Nông Văn Thắng")
        assert old.role == "dang_vien" and new.role == "bi_thu"
        assert roster.history(tx, old.id)[-1].note.startswith("Thôi chức Bí thư")
        assert [m.full_name for m in roster.list_members(tx, role="bi_thu")] == ["Lò Văn Hai"]


def test_the_roster_import_does_not_make_a_second_secretary_silently(new_cell):
    csv = "Họ và tên;Ngày sinh;Chức vụ\nMa Văn Ba;01/01/1980;Bí thư\n".encode("utf-8-sig")
    with new_cell.transaction() as tx:
        preview = read_roster(csv, "ds.csv", tx=tx, today=TODAY)
        with pytest.raises(DomainError) as info:
            import_roster(tx, preview, today=TODAY)
        assert "bí thư" in info.value.message.lower()
    with new_cell.read() as tx:
        assert len(roster.list_members(tx, role="bi_thu")) == 1


# --- the rules of a meeting ---------------------------------------------------------------------

def _meeting(store, day=dt.date(2026, 4, 10), absent=(), **fields):
    """Save a meeting where everyone is present but `absent` (names); returns the member ids by name."""
    with store.transaction() as tx:
        ids = {s.member.full_name: s.member.id for s in roster.summoned_on(tx, day)}
        marks = {mid: AttendanceMark("vang_khong_ly_do" if name in absent else "co_mat") for name, mid in ids.items()}
        fields = {k: (ids[v] if k in ("chair_id", "minute_taker_id") and isinstance(v, str) else v) for k, v in fields.items()}
        save_session_with_attendance(tx, None, SessionData(kind="thuong_ky", held_on=day, **fields), marks)
    return ids


def _official_present(store, day=dt.date(2026, 4, 10)):
    with store.read() as tx:
        return sum(1 for s in roster.summoned_on(tx, day) if s.official)


def test_votes_add_up_to_no_more_than_the_official_members_present(new_cell):
    officials = _official_present(new_cell)
    _meeting(new_cell, votes_for=officials - 2, votes_against=1, votes_abstain=1)  # exactly the officials: fine
    with pytest.raises(ValidationError) as info:
        _meeting(new_cell, votes_for=officials + 4)
    assert info.value.field == "votes_for" and str(officials) in info.value.message


def test_probationary_members_do_not_vote(new_cell):
    with new_cell.read() as tx:
        present = len(roster.summoned_on(tx, dt.date(2026, 4, 10)))
    officials = _official_present(new_cell)
    assert present == officials + 1  # one probationary member present
    with pytest.raises(ValidationError) as info:
        _meeting(new_cell, votes_for=present)  # everyone present, the probationary member too
    assert "dự bị" in info.value.hint


def test_the_chair_and_the_minute_taker_are_present_or_the_chair_is_a_guest(new_cell):
    with pytest.raises(ValidationError) as info:
        _meeting(new_cell, absent=("Nông Văn Thắng",), chair_id="Nông Văn Thắng")
    assert info.value.field == "chair_id" and "Khách mời" in info.value.hint
    with pytest.raises(ValidationError) as info:
        _meeting(new_cell, absent=("Hoàng Thị Bình",), minute_taker_id="Hoàng Thị Bình")
    assert info.value.field == "minute_taker_id"
    # The committee above chairs: no member in the chair box, the chair among the guests.
    _meeting(new_cell, absent=("Nông Văn Thắng",), minute_taker_id="Hoàng Thị Bình",
             guests=[Guest("Lâm Văn Hiếu", "Phó Bí thư Đảng ủy xã, chủ trì")])


def test_opinions_come_from_those_present_or_guests(new_cell):
    with pytest.raises(ValidationError) as info:
        _meeting(new_cell, absent=("Lục Văn Cúc",), opinions=[Opinion("Lục Văn Cúc", "Đồng ý.")])
    assert info.value.field == "opinions"
    with pytest.raises(ValidationError):
        _meeting(new_cell, opinions=[Opinion("Người Lạ Mặt", "Đồng ý.")])
    _meeting(new_cell, guests=[Guest("Nông Thị Hậu", "Chủ tịch MTTQ xã")],
             opinions=[Opinion("Nông Thị Hậu", "Mặt trận phối hợp."), Opinion("Lục Văn Cúc", "Đồng ý.")])


def test_absent_without_reason_in_three_months_is_flagged_for_the_cell_to_consider(new_cell):
    for day in (dt.date(2026, 2, 5), dt.date(2026, 2, 25), dt.date(2026, 3, 5)):
        _meeting(new_cell, day=day, absent=("Bế Thị Dũng", "La Văn Hà"))
    with new_cell.read() as tx:
        assert considered_for_removal(tx, 2026) == []  # two months only: not yet
    _meeting(new_cell, day=dt.date(2026, 5, 5), absent=("Bế Thị Dũng",))
    with new_cell.read() as tx:
        flags = considered_for_removal(tx, 2026)
        assert [(f.member.full_name, f.months) for f in flags] == [("Bế Thị Dũng", [2, 3, 5])]
        assert considered_for_removal(tx, 2025) == []


def test_the_year_report_names_the_members_to_consider_for_removal(new_cell):
    import io

    from pypdf import PdfReader

    from kh130_desktop.domain.book.periods import Period
    from kh130_desktop.domain.documents.report import cell_report_pdf

    for day in (dt.date(2026, 2, 5), dt.date(2026, 3, 5), dt.date(2026, 5, 5)):
        _meeting(new_cell, day=day, absent=("Bế Thị Dũng",))
    with new_cell.read() as tx:
        pdf = cell_report_pdf(tx, Period(2026))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Điều 8" in text and "Bế Thị Dũng" in text
