import json

from kh130_desktop.domain.book.plan import load_plan, plan_file
from kh130_desktop.domain.book.plan_data import plan_to_data


def test_the_bundled_plan_goes_through_the_store_and_back_unchanged(store):
    bundled = json.loads(plan_file(2022).read_text(encoding="utf-8"))
    with store.transaction() as tx:
        load_plan(tx, bundled)
        first = plan_to_data(tx, 2022)
        load_plan(tx, first)
        again = plan_to_data(tx, 2022)
    assert first == again
    assert first["materials"] == bundled["materials"]
    assert first["quarter_topics"] == bundled["quarter_topics"]
    assert [m["code"] for m in first["milestones"]] == sorted(
        (m["code"] for m in bundled["milestones"]), key=lambda c: next(x["due_on"] for x in bundled["milestones"] if x["code"] == c)
    )
