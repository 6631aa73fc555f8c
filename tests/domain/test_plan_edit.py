"""Making and editing a year's plan: from the year before, from a file, empty; saving; undoing;
and every hostile plan refused with nothing written."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kh130_desktop.domain.book import plan, plan_edit, pledges, roster
from kh130_desktop.domain.book.plan_check import check_plan_data, read_plan_file
from kh130_desktop.domain.book.plan_data import plan_to_data
from kh130_desktop.domain.book.roster import MemberData
from kh130_desktop.domain.errors import NotFoundError, ValidationError
from kh130_desktop.domain.store.actions import perform

D = dt.date


@pytest.fixture
def with_2022(store):
    with store.transaction() as tx:
        plan.ensure_plan_year(tx, 2022)
    return store


def _data(store, year):
    with store.read() as tx:
        return plan_to_data(tx, year)


def test_a_year_started_from_the_one_before_has_its_whole_structure_with_dates_moved(with_2022):
    perform(with_2022, plan_edit.start_from_year, 2026)  # the latest plan before 2026: 2022
    old, new = _data(with_2022, 2022), _data(with_2022, 2026)
    assert new["materials"] == old["materials"]
    assert set(new["quarter_topics"]) == {"2", "3", "4"} and "năm 2026" in new["quarter_topics"]["2"]
    assert new["pledge_themes"] == old["pledge_themes"]
    assert [(m["code"], m["quarter"], m["done_when"]) for m in new["milestones"]] == [
        (m["code"], m["quarter"], m["done_when"]) for m in old["milestones"]]
    assert new["milestones"][0]["due_on"] == "2026-05-19"
    assert "2026" in new["milestones"][0]["title"] and "2022" not in new["milestones"][0]["title"]
    assert new["plan_number"] == "" and new["issuer"] == old["issuer"]
    with with_2022.read() as tx:
        assert plan.materials(tx, 2026) == old["materials"]
        assert plan.quarter_topic(tx, 2026, 3) == old["quarter_topics"]["3"]


def test_starting_a_year_that_has_a_plan_or_from_nothing_is_refused(with_2022):
    with pytest.raises(ValidationError) as refused:
        perform(with_2022, plan_edit.start_from_year, 2022)
    assert refused.value.field == "year" and "Đã có kế hoạch năm 2022" in refused.value.message
    with pytest.raises(NotFoundError) as missing:
        perform(with_2022, plan_edit.start_from_year, 2021)
    assert "trước năm 2021" in missing.value.message and missing.value.hint
    with pytest.raises(ValidationError) as empty:
        perform(with_2022, plan_edit.start_empty, 2027, "   ")
    assert empty.value.field == "topic"
    with with_2022.read() as tx:
        assert plan.plan_years(tx) == [2022]


def test_an_empty_year_has_its_topic_alone(with_2022):
    perform(with_2022, plan_edit.start_empty, 2027, "Chuyên đề  năm 2027")
    data = _data(with_2022, 2027)
    assert data["topic"] == "Chuyên đề năm 2027"
    assert data["materials"] == [] and data["milestones"] == [] and data["pledge_themes"] == []


def test_a_plan_file_on_disk_starts_its_year_and_a_file_of_another_year_is_refused(with_2022, tmp_path):
    data = plan_edit.shifted_plan_data(_data(with_2022, 2022), 2026)
    data["topic"] = unicodedata.normalize("NFD", "Thực hành tư tưởng Hồ Chí Minh")
    path = tmp_path / "2026.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8-sig")
    with pytest.raises(ValidationError) as wrong_year:
        perform(with_2022, plan_edit.start_from_file, 2025, path)
    assert "năm 2026, không phải năm 2025" in wrong_year.value.message
    perform(with_2022, plan_edit.start_from_file, 2026, path)
    stored = _data(with_2022, 2026)
    assert stored["topic"] == unicodedata.normalize("NFC", "Thực hành tư tưởng Hồ Chí Minh")
    assert stored["milestones"][0]["due_on"] == "2026-05-19"


@pytest.mark.parametrize("content, words", [
    (b"\xff\xfe not utf-8", "UTF-8"),
    (b"{\"year\": 2026, ", "JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "JSON"),
    (b"[]", "không đúng dạng"),
])
def test_an_unreadable_file_is_refused_in_words(with_2022, tmp_path, content, words):
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        perform(with_2022, plan_edit.start_from_file, 2026, path)
    assert words in refused.value.message and refused.value.hint
    with with_2022.read() as tx:
        assert plan.plan_years(tx) == [2022]


def test_a_file_too_big_is_not_read(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 1_000_001)
    with pytest.raises(ValidationError, match="quá lớn"):
        read_plan_file(path)


def _good(year=2026) -> dict:
    return {"year": year, "topic": "Chủ đề", "materials": ["Tài liệu"], "quarter_topics": {"2": "Thảo luận"},
            "pledge_themes": [{"code": "tu_hoc", "title": "Tự học"}],
            "milestones": [{"code": "m1", "title": "Học tập", "due_on": f"{year}-05-19", "quarter": 2, "done_when": "pledges"}]}


@pytest.mark.parametrize("change, field, words", [
    (lambda d: d.update(year="2026"), "year", "Năm của kế hoạch"),
    (lambda d: d.update(year=True), "year", "Năm của kế hoạch"),
    (lambda d: d.update(extra=1), None, "mục lạ"),
    (lambda d: d.update(topic=""), "topic", "chủ đề"),
    (lambda d: d.update(topic=["x"]), "topic", "phải là chữ"),
    (lambda d: d.update(plan_number="x" * 61), "plan_number", "dài quá 60"),
    (lambda d: d.update(plan_date="12/04/2026"), "plan_date", "không phải một ngày"),
    (lambda d: d.update(plan_date="2019-01-01"), "plan_date", "không hợp"),
    (lambda d: d.update(materials="Tài liệu"), "materials", "danh sách"),
    (lambda d: d.update(materials=["  "]), "materials", "chưa có tên"),
    (lambda d: d.update(materials=["a"] * 51), "materials", "quá nhiều"),
    (lambda d: d.update(quarter_topics={"5": "x"}), "quarter_topics", "quý là 1, 2, 3 hoặc 4"),
    (lambda d: d.update(quarter_topics=["x"]), "quarter_topics", "bảng"),
    (lambda d: d["pledge_themes"].append({"code": "tu_hoc", "title": "Lần nữa"}), "pledge_themes", "trùng"),
    (lambda d: d["pledge_themes"].append({"code": "Tự học", "title": "x"}), "pledge_themes", "chữ thường không dấu"),
    (lambda d: d["milestones"][0].update(due_on="2026-02-30"), "milestones", "không phải một ngày"),
    (lambda d: d["milestones"][0].update(due_on="2030-01-01"), "milestones", "không thuộc năm 2026"),
    (lambda d: d["milestones"][0].update(quarter=5), "milestones", "1, 2, 3 hoặc 4"),
    (lambda d: d["milestones"][0].update(done_when="session:nhau"), "milestones", "không có"),
    (lambda d: d["milestones"][0].update(title="a\x00b"), "milestones", "điều khiển"),
    (lambda d: d["milestones"].append(dict(d["milestones"][0])), "milestones", "trùng"),
])
def test_each_fault_of_a_plan_is_named_and_nothing_written(with_2022, change, field, words):
    data = _good()
    change(data)
    with pytest.raises(ValidationError) as refused:
        perform(with_2022, plan_edit.save_plan, data)
    assert refused.value.field == field and words in refused.value.message
    with with_2022.read() as tx:
        assert plan.plan_years(tx) == [2022]


_JSONISH = st.recursive(st.none() | st.booleans() | st.integers(-5, 3000) | st.text(max_size=8),
                        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                        max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(_good())), value=_JSONISH, where=st.sampled_from(["top", "theme", "milestone"]))
def test_generated_hostile_plans_are_refused_in_words_or_come_out_clean(key, value, where):
    data = _good()
    target = {"top": data, "theme": data["pledge_themes"][0], "milestone": data["milestones"][0]}[where]
    target[key if where == "top" else {"theme": "title", "milestone": "due_on"}[where]] = value
    try:
        checked = check_plan_data(json.loads(json.dumps(data)))
    except ValidationError as exc:
        assert exc.message and exc.hint is not None
        return
    assert check_plan_data(checked) == checked  # clean text, ISO dates: checking again changes nothing


def test_an_edit_is_saved_whole_and_undone_keeping_marks_and_records(with_2022):
    with with_2022.transaction() as tx:
        member = roster.add_member(tx, MemberData(full_name="Nông Văn Bình", admitted_on=D(2000, 1, 1),
                                                  official_on=D(2001, 1, 1), joined_on=D(2010, 1, 1))).id
        pledges.add_pledge(tx, member, 2022, pledges.PledgeData("Vận động 5 hộ", theme_code="neu_guong"))
        report = next(m for m in tx.exec(plan.select(plan.PlanMilestone)) if m.code == "bao_cao_nam")
        plan.mark_milestone_done(tx, report.id, D(2022, 12, 20))
    data = _data(with_2022, 2022)
    data["topic"] = "Chủ đề đã sửa"
    data["materials"] = list(reversed(data["materials"]))[:3] + ["Tài liệu mới"]
    data["milestones"][0]["due_on"] = "2022-03-15"
    saved = perform(with_2022, plan_edit.save_plan, data)
    after = _data(with_2022, 2022)
    assert after["topic"] == "Chủ đề đã sửa" and after["materials"][-1] == "Tài liệu mới"
    assert saved.before["topic"].startswith("Học tập và làm theo")
    undone = perform(with_2022, plan_edit.undo_plan, 2022, saved.before)
    assert _data(with_2022, 2022) == saved.before
    assert undone.before == after  # what undo replaced, should it be wanted again
    with with_2022.read() as tx:
        marks = {s.code: s.done_on for s in plan.milestone_statuses(tx, 2022, D(2023, 1, 1))}
        assert marks["bao_cao_nam"] == D(2022, 12, 20)  # the manual mark survived the save and the undo
        assert [p.theme_code for p in pledges.pledges_of_year(tx, 2022)] == ["neu_guong"]


def test_a_theme_a_pledge_follows_cannot_be_removed_and_says_so(with_2022):
    with with_2022.transaction() as tx:
        member = roster.add_member(tx, MemberData(full_name="Hoàng Thị Cúc", admitted_on=D(2000, 1, 1),
                                                  official_on=D(2001, 1, 1), joined_on=D(2010, 1, 1))).id
        pledges.add_pledge(tx, member, 2022, pledges.PledgeData("Tự học tiếng Nùng", theme_code="tu_hoc_tu_ren"))
    data = _data(with_2022, 2022)
    data["pledge_themes"] = [th for th in data["pledge_themes"] if th["code"] != "tu_hoc_tu_ren"]
    with pytest.raises(ValidationError) as refused:
        perform(with_2022, plan_edit.save_plan, data)
    assert refused.value.field == "pledge_themes" and "1 bản đăng ký" in refused.value.message
    data["pledge_themes"] = [th for th in _data(with_2022, 2022)["pledge_themes"] if th["code"] != "tuyen_truyen"]
    perform(with_2022, plan_edit.save_plan, data)  # one no pledge follows goes
    assert "tuyen_truyen" not in {th["code"] for th in _data(with_2022, 2022)["pledge_themes"]}


def test_undoing_a_new_year_takes_it_away(with_2022):
    saved = perform(with_2022, plan_edit.save_plan, _good(2027))
    assert saved.before is None
    perform(with_2022, plan_edit.undo_plan, 2027, None)
    with with_2022.read() as tx:
        assert plan.plan_years(tx) == [2022]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(years=st.integers(1, 6))
def test_copied_forward_and_back_keeps_the_structure(with_2022, years):
    source = _data(with_2022, 2022)
    there = plan_edit.shifted_plan_data(check_plan_data(source), 2022 + years)
    back = plan_edit.shifted_plan_data(check_plan_data(there), 2022)
    assert back["materials"] == source["materials"] and back["pledge_themes"] == source["pledge_themes"]
    assert back["quarter_topics"] == source["quarter_topics"]
    assert [(m["code"], m["title"], m["due_on"], m["quarter"], m["done_when"]) for m in back["milestones"]] == [
        (m["code"], m["title"], m["due_on"], m["quarter"], m["done_when"]) for m in source["milestones"]]


def test_a_new_cell_with_no_plan_of_its_own_starts_from_the_bundled_example(store):
    with store.read() as tx:
        source = plan_edit.previous_plan(tx, 2026)
        assert source.year == 2022 and source.bundled and len(source.data["milestones"]) == 7
        assert plan_edit.previous_plan(tx, 2022) is None  # nothing before the example
    perform(store, plan_edit.start_from_year, 2026)
    with store.read() as tx:
        assert plan.plan_years(tx) == [2026]  # the example itself is not written
        assert plan.materials(tx, 2026) == source.data["materials"]
