"""What the record book gives the interface in place of its own queries: the years that have
sessions, plans and pledges, a year's plan and its hand-ticked milestones; one action for the
session editor and one for the first start; and errors that name the member they are about."""

from __future__ import annotations

import datetime as dt

import pytest

from kh130_desktop.domain.book import cell, plan, plan_edit, pledges, roster, sessions
from kh130_desktop.domain.book.cell_data import CellData
from kh130_desktop.domain.book.roster import MemberData
from kh130_desktop.domain.book.sessions import AttendanceMark, SessionData
from kh130_desktop.domain.errors import ConflictError, ValidationError
from kh130_desktop.domain.store.actions import perform

D = dt.date


@pytest.fixture
def two(store):
    with store.transaction() as tx:
        plan.ensure_plan_year(tx, 2022)
        ids = [roster.add_member(tx, MemberData(full_name=name, admitted_on=D(2000, 1, 1), official_on=D(2001, 1, 1),
                                                 joined_on=D(2010, 1, 1))).id
               for name in ("Nông Văn Bình", "Hoàng Thị Cúc")]
    return ids


def test_the_years_of_sessions_plans_and_pledges_latest_first(store, two):
    with store.transaction() as tx:
        for day in (D(2021, 5, 3), D(2022, 6, 20), D(2022, 9, 1)):
            sessions.create_session(tx, SessionData(kind="thuong_ky", held_on=day))
        pledges.add_pledge(tx, two[0], 2022, pledges.PledgeData("Vận động 5 hộ làm nhà tiêu hợp vệ sinh"))
        plan_edit.start_from_year(tx, 2023, 2022, topic="Học tập và làm theo tư tưởng Hồ Chí Minh về đoàn kết")
    with store.read() as tx:
        assert sessions.session_years(tx) == [2022, 2021]
        assert plan.plan_years(tx) == [2023, 2022]
        assert pledges.pledge_years(tx) == [2022]
        assert plan.plan_year(tx, 2022).year == 2022 and plan.plan_year(tx, 1999) is None
        manual = plan.manual_milestone_ids(tx, 2022)
        statuses = plan.milestone_statuses(tx, 2022, D(2022, 6, 1))
    assert manual == {s.milestone_id for s in statuses if s.code == "bao_cao_nam"}  # the only one ticked by hand


def test_the_session_and_its_attendance_are_one_action(store, two):
    data = SessionData(kind="thuong_ky", held_on=D(2022, 6, 20))
    with pytest.raises(ValidationError) as refused:
        perform(store, sessions.save_session_with_attendance, None, data, {two[1]: AttendanceMark("vang_co_ly_do")})
    assert refused.value.field == "reason" and refused.value.member_id == two[1]
    with store.read() as tx:
        assert sessions.list_sessions(tx) == []  # the refused mark kept the session out too
    session_id = perform(store, sessions.save_session_with_attendance, None, data, {two[1]: AttendanceMark("co_mat")})
    with store.read() as tx:
        assert sessions.attendance_counts(tx, session_id).present == 1


def test_errors_about_a_member_name_them(store, two):
    with store.transaction() as tx:
        s = sessions.create_session(tx, SessionData(kind="thuong_ky", held_on=D(2022, 6, 20)))
        sessions.set_attendance(tx, s.id, {two[0]: AttendanceMark("co_mat")})
    cases = [
        (ConflictError, lambda tx: roster.remove_member(tx, two[0]), two[0]),
        (ValidationError, lambda tx: roster.record_departure(tx, two[1], D(2022, 7, 1), ""), two[1]),
        (ValidationError, lambda tx: sessions.update_session(tx, s.id, SessionData(kind="thuong_ky", held_on=D(2022, 6, 20),
                                                                                   chair_id=9999)), 9999),
        (ValidationError, lambda tx: pledges.record_review(tx, two[1], 2022, pledges.ReviewData("hoan_thanh_tot", score=99)), two[1]),
    ]
    for kind, action, member_id in cases:
        with pytest.raises(kind) as caught:
            perform(store, action)
        assert caught.value.member_id == member_id, caught.value.message


def test_the_first_start_writes_the_cell_and_its_secretary_together(store):
    profile = CellData(name="Chi bộ thôn Bó Mạ", cell_type="thon_ban", superior_bodies="ĐẢNG ỦY XÃ QUẢNG UYÊN", place_name="Quảng Uyên")
    assert cell.check_cell(profile)["name"] == "Chi bộ thôn Bó Mạ"
    with pytest.raises(ValidationError):
        perform(store, cell.create_cell_with_secretary, profile, MemberData(full_name="Pắc"))
    with store.read() as tx:
        assert cell.find_cell(tx) is None and roster.list_members(tx) == []
    perform(store, cell.create_cell_with_secretary, profile, MemberData(full_name="Hoàng Văn Pắc", role="bi_thu"))
    with store.read() as tx:
        assert cell.get_cell(tx).name == "Chi bộ thôn Bó Mạ" and cell.secretary(tx).full_name == "Hoàng Văn Pắc"
