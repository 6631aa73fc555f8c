import datetime as dt

import pytest

from kh130_desktop.domain.errors import ConflictError, ValidationError
from kh130_desktop.domain.book.roster import (
    MemberData, add_member, change_status, history, list_members, record_departure, remove_member, roster_on, summoned_on,
)
from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData, create_session, set_attendance

D = dt.date


def test_bad_member_input_is_refused_naming_the_field(store):
    cases = [
        (MemberData(full_name="Thắng"), "full_name"),
        (MemberData(full_name="Nông Văn 2"), "full_name"),
        (MemberData(full_name="Nông Văn Thắng", birth_date=D(2000, 1, 1), admitted_on=D(2010, 1, 1)), "admitted_on"),
        (MemberData(full_name="Nông Văn Thắng", admitted_on=D(2010, 1, 1), official_on=D(2009, 1, 1)), "official_on"),
        (MemberData(full_name="Nông Văn Thắng", status="du_bi", admitted_on=D(2022, 1, 1), official_on=D(2023, 1, 1)), "official_on"),
        (MemberData(full_name="Nông Văn Thắng", card_number="abc"), "card_number"),
        (MemberData(full_name="Nông Văn Thắng", birth_date=dt.date.today() + dt.timedelta(days=3)), "birth_date"),
    ]
    with store.transaction() as tx:
        for data, field in cases:
            with pytest.raises(ValidationError) as info:
                add_member(tx, data)
            assert info.value.field == field, data
            assert info.value.message  # a Vietnamese sentence for the window


def test_status_given_as_a_vietnamese_label_is_understood(store):
    with store.transaction() as tx:
        m = add_member(tx, MemberData(full_name="Lục Thị Yến", status="Dự bị", role="Chi ủy viên", sex="Nữ"))
    assert (m.status, m.role, m.sex) == ("du_bi", "chi_uy_vien", "nu")


def test_duplicate_card_number_is_refused(store):
    with store.transaction() as tx:
        add_member(tx, MemberData(full_name="Lục Thị Yến", card_number="42.000123"))
        with pytest.raises(ValidationError) as info:
            add_member(tx, MemberData(full_name="Bế Văn Khánh", card_number="42.000123"))
    assert "Lục Thị Yến" in info.value.message


def test_status_changes_are_kept_as_history_and_roster_on_a_date_follows_them(store):
    with store.transaction() as tx:
        m = add_member(tx, MemberData(full_name="Đàm Thị Quyên", status="du_bi", admitted_on=D(2021, 6, 9), joined_on=D(2021, 6, 9)))
        change_status(tx, m.id, status="chinh_thuc", effective_on=D(2022, 6, 9), note="Công nhận chính thức")
        change_status(tx, m.id, status="mien_sinh_hoat", effective_on=D(2023, 3, 1))
    with store.read() as tx:
        assert [h.status for h in history(tx, m.id)] == ["du_bi", "chinh_thuc", "mien_sinh_hoat"]
        assert roster_on(tx, D(2022, 1, 1))[0].status == "du_bi"
        assert roster_on(tx, D(2022, 1, 1))[0].official is False
        assert roster_on(tx, D(2022, 7, 1))[0].official is True
        assert summoned_on(tx, D(2023, 4, 1)) == []  # exempt: not summoned any more
        assert tx.get(type(m), m.id).official_on == D(2022, 6, 9)


def test_member_who_moved_away_stays_in_past_sessions_but_not_later_ones(store):
    with store.transaction() as tx:
        a = add_member(tx, MemberData(full_name="Sầm Văn Toàn", joined_on=D(2015, 1, 1)))
        b = add_member(tx, MemberData(full_name="Vi Văn Tài", joined_on=D(2015, 1, 1)))
        s1 = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 6, 5)))
        set_attendance(tx, s1.id, {a.id: AttendanceMark("co_mat"), b.id: AttendanceMark("co_mat")})
        record_departure(tx, a.id, D(2022, 8, 20), "Chuyển sinh hoạt đến phường Sông Hiến")
        s2 = create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 9, 5)))
    with store.read() as tx:
        assert {s.member.full_name for s in summoned_on(tx, D(2022, 6, 5))} == {"Sầm Văn Toàn", "Vi Văn Tài"}
        assert {s.member.full_name for s in summoned_on(tx, D(2022, 9, 5))} == {"Vi Văn Tài"}
        assert [m.full_name for m in list_members(tx, include_left=False)] == ["Vi Văn Tài"]
    with store.transaction() as tx:
        with pytest.raises(ValidationError):  # not on the roster after leaving
            set_attendance(tx, s2.id, {a.id: AttendanceMark("co_mat")})
        with pytest.raises(ConflictError):  # has history: cannot be deleted, only moved away
            remove_member(tx, a.id)


def test_member_entered_by_mistake_can_be_removed(store):
    with store.transaction() as tx:
        m = add_member(tx, MemberData(full_name="Nhập Nhầm Tên"))
        remove_member(tx, m.id)
    with store.read() as tx:
        assert list_members(tx) == []


def test_search_ignores_diacritics_and_case(store):
    with store.transaction() as tx:
        for name in ("Nông Văn Thắng", "Hoàng Thị Lan", "Đàm Văn Sơn"):
            add_member(tx, MemberData(full_name=name))
    with store.read() as tx:
        assert [m.full_name for m in list_members(tx, search="thang")] == ["Nông Văn Thắng"]
        assert [m.full_name for m in list_members(tx, search="dam")] == ["Đàm Văn Sơn"]
        # Vietnamese order: by given name (Lan, Sơn, Thắng)
        assert [m.full_name for m in list_members(tx)] == ["Hoàng Thị Lan", "Đàm Văn Sơn", "Nông Văn Thắng"]
