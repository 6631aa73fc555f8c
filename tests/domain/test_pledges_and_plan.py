import datetime as dt

import pytest

from kh130_desktop.domain.errors import ValidationError
from kh130_desktop.domain.book.plan import MilestoneState, ensure_plan_year, materials, milestone_statuses, pledge_themes
from kh130_desktop.domain.book.overview import members_without_pledge, members_without_review
from kh130_desktop.domain.book.pledges import PledgeData, ReviewData, add_pledge, add_progress, record_review
from kh130_desktop.domain.book.roster import MemberData, add_member

D = dt.date


@pytest.fixture
def two_members(store):
    with store.transaction() as tx:
        ensure_plan_year(tx, 2022)
        a = add_member(tx, MemberData(full_name="Nông Văn Thắng", joined_on=D(2015, 1, 1)))
        b = add_member(tx, MemberData(full_name="Hoàng Thị Lan", joined_on=D(2015, 1, 1)))
    return a.id, b.id


def test_the_2022_plan_is_loaded_as_data(store):
    with store.transaction() as tx:
        plan = ensure_plan_year(tx, 2022)
        assert plan.plan_number == "130-KH/TU"
        assert "xây dựng đội ngũ cán bộ" in plan.topic
        assert any("01-KL/TW" in m for m in materials(tx, 2022))
        assert {t.code for t in pledge_themes(tx, 2022)} >= {"tan_tuy", "chong_quan_lieu", "neu_guong", "tu_hoc_tu_ren"}
        statuses = milestone_statuses(tx, 2022, today=D(2022, 5, 25))
    first = statuses[0]
    assert first.due_on == D(2022, 5, 19) and first.state == MilestoneState.LATE  # no conference held by 19/5


def test_score_that_contradicts_its_level_is_refused(store, two_members):
    a, _ = two_members
    with store.transaction() as tx:
        with pytest.raises(ValidationError) as info:
            record_review(tx, a, 2022, ReviewData(level="hoan_thanh_xuat_sac", score=75))
        assert info.value.field == "score" and "90" in info.value.message
        with pytest.raises(ValidationError):
            record_review(tx, a, 2022, ReviewData(level="hoan_thanh", score=101))
        review = record_review(tx, a, 2022, ReviewData(level="Hoàn thành tốt nhiệm vụ", score=82))
        assert (review.level, review.score) == ("hoan_thanh_tot", 82)
        record_review(tx, a, 2022, ReviewData(level="hoan_thanh_xuat_sac", score=None))  # the level alone is enough


def test_who_has_not_pledged_or_been_reviewed(store, two_members):
    a, b = two_members
    with store.transaction() as tx:
        p = add_pledge(tx, a, 2022, PledgeData(content="Vận động 5 hộ làm nhà tiêu hợp vệ sinh", theme_code="tan_tuy"))
        add_progress(tx, p.id, 2, "Đã vận động được 2 hộ.", recorded_on=D(2022, 6, 25))
        record_review(tx, a, 2022, ReviewData(level="hoan_thanh_tot", reviewed_on=D(2022, 12, 20)))
        assert [m.id for m in members_without_pledge(tx, 2022)] == [b]
        assert [m.id for m in members_without_review(tx, 2022)] == [b]


def test_pledge_must_be_concrete_and_follow_a_theme_of_the_year(store, two_members):
    a, _ = two_members
    with store.transaction() as tx:
        with pytest.raises(ValidationError):
            add_pledge(tx, a, 2022, PledgeData(content="Tốt"))
        with pytest.raises(ValidationError) as info:
            add_pledge(tx, a, 2022, PledgeData(content="Vận động 5 hộ làm nhà tiêu", theme_code="khong_co"))
        assert info.value.field == "theme_code"
