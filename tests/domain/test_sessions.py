import datetime as dt

import pytest

from kh130_desktop.domain.errors import ValidationError
from kh130_desktop.domain.book.roster import MemberData, add_member, change_status
from kh130_desktop.domain.book.sessions import (
    AttendanceMark, Guest, Opinion, SessionData, attendance_counts, create_session, is_short, mark_all_present,
    session_data, set_attendance, update_session,
)

D, T = dt.date, dt.time


@pytest.fixture
def cell_roster(store):
    """Seven members: 3 official, 2 probationary, 1 exempt, 1 suspended."""
    with store.transaction() as tx:
        ids = {}
        for name, status, official in [
            ("Nông Văn Thắng", "chinh_thuc", True), ("Hoàng Thị Lan", "chinh_thuc", True), ("Lục Văn Hùng", "chinh_thuc", True),
            ("Lục Thị Yến", "du_bi", False), ("Chu Văn Hải", "du_bi", False),
            ("Nông Văn Chiến", "chinh_thuc", True), ("Triệu Văn Cường", "chinh_thuc", True),
        ]:
            m = add_member(tx, MemberData(full_name=name, status=status, joined_on=D(2020, 1, 1),
                                          admitted_on=D(2010, 1, 1) if official else D(2022, 1, 5),
                                          official_on=D(2011, 1, 1) if official else None))
            ids[name] = m.id
        change_status(tx, ids["Nông Văn Chiến"], status="mien_sinh_hoat", effective_on=D(2022, 1, 10))
        change_status(tx, ids["Triệu Văn Cường"], status="dinh_chi", effective_on=D(2022, 1, 10))
    return ids


def test_counts_for_the_minutes_by_standing_and_absence_kind(store, cell_roster):
    ids = cell_roster
    with store.transaction() as tx:
        s = create_session(tx, SessionData(kind="chuyen_de_quy", held_on=D(2022, 6, 20), start_time=T(14), end_time=T(16, 30)))
        set_attendance(tx, s.id, {
            ids["Nông Văn Thắng"]: AttendanceMark("co_mat"),
            ids["Hoàng Thị Lan"]: AttendanceMark("di_muon"),
            ids["Lục Văn Hùng"]: AttendanceMark("vang_co_ly_do", "Ốm"),
            ids["Lục Thị Yến"]: AttendanceMark("co_mat"),
            ids["Chu Văn Hải"]: AttendanceMark("vang_khong_ly_do"),
        })
        c = attendance_counts(tx, s.id)
    assert (c.total, c.summoned, c.present, c.late) == (7, 5, 3, 1)
    assert (c.absent_excused, c.absent_unexcused, c.absent, c.unmarked) == (1, 1, 2, 0)
    assert (c.summoned_official, c.summoned_probationary) == (3, 2)
    assert (c.present_official, c.present_probationary) == (2, 1)
    assert (c.listed_apart, c.exempt, c.suspended) == (2, 1, 1)
    assert c.rate == pytest.approx(0.6)


def test_exempt_and_suspended_members_cannot_be_marked_absent(store, cell_roster):
    with store.transaction() as tx:
        s = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 7, 5)))
        for name in ("Nông Văn Chiến", "Triệu Văn Cường"):
            with pytest.raises(ValidationError):
                set_attendance(tx, s.id, {cell_roster[name]: AttendanceMark("vang_khong_ly_do")})
        assert mark_all_present(tx, s.id) == 5
        c = attendance_counts(tx, s.id)
    assert (c.summoned, c.present, c.absent) == (5, 5, 0)


def test_absence_with_reason_needs_the_reason(store, cell_roster):
    with store.transaction() as tx:
        s = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 7, 5)))
        with pytest.raises(ValidationError) as info:
            set_attendance(tx, s.id, {cell_roster["Lục Văn Hùng"]: AttendanceMark("vang_co_ly_do", "  ")})
    assert info.value.field == "reason"


def test_meeting_under_90_minutes_is_flagged_not_refused(store, cell_roster):
    with store.transaction() as tx:
        short = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 8, 5), start_time=T(19, 30), end_time=T(20, 45)))
        full = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 9, 5), start_time=T(19, 30), end_time=T(21, 0)))
    assert is_short(short) and not is_short(full)


def test_bad_session_input_is_refused(store, cell_roster):
    with store.transaction() as tx:
        with pytest.raises(ValidationError) as info:
            create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 8, 5), start_time=T(20), end_time=T(19)))
        assert info.value.field == "end_time"
        with pytest.raises(ValidationError) as info:
            create_session(tx, SessionData(kind="chuyen_de_quy", held_on=D(2022, 8, 5), quarter=2))
        assert info.value.field == "quarter"
        with pytest.raises(ValidationError) as info:
            create_session(tx, SessionData(kind="họp gì đó", held_on=D(2022, 8, 5)))
        with pytest.raises(ValidationError) as info:
            create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 8, 5), votes_for=-1))


def test_session_keeps_guests_opinions_and_materials_in_order(store, cell_roster):
    data = SessionData(kind="hoi_nghi_quan_triet", held_on=D(2022, 5, 12), chair_id=cell_roster["Nông Văn Thắng"],
                       guests=[Guest("Lâm Văn Hiếu", "Phó Bí thư Đảng ủy xã"), Guest("Nông Thị Hậu", "Chủ tịch MTTQ xã")],
                       opinions=[Opinion("Lục Văn Hùng", "Ý kiến thứ nhất."), Opinion("Hoàng Thị Lan", "Ý kiến thứ hai.")],
                       materials=["Kết luận số 01-KL/TW", "Kế hoạch số 91-KH/TU"])
    with store.transaction() as tx:
        s = create_session(tx, data)
    with store.read() as tx:
        back = session_data(tx, s.id)
    assert [g.name for g in back.guests] == ["Lâm Văn Hiếu", "Nông Thị Hậu"]
    assert [o.speaker for o in back.opinions] == ["Lục Văn Hùng", "Hoàng Thị Lan"]
    assert back.materials == ["Kết luận số 01-KL/TW", "Kế hoạch số 91-KH/TU"]
    assert back.quarter == 2
    back.guests = back.guests[:1]
    with store.transaction() as tx:
        update_session(tx, s.id, back)
    with store.read() as tx:
        assert [g.name for g in session_data(tx, s.id).guests] == ["Lâm Văn Hiếu"]
