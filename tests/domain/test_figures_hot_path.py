"""The import's hot path in book/figures.py counts a session of the usual shape in one pass and
sends anything else to the checked reading. Both must give the same figures, or the same refusal,
for any record a file can carry: a doctored file must not be counted differently because it took
the fast road."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kh130_desktop.domain.book import figures
from kh130_desktop.domain.book.figures import RecordsError
from kh130_desktop.domain.book.vocabulary import AttendanceState, SessionKind

# JSON's values, the right ones and the wrong ones.
odd = st.one_of(st.none(), st.booleans(), st.integers(-3, 200), st.text(max_size=4), st.floats(allow_nan=False),
                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))
states = st.one_of(st.sampled_from([s.value for s in AttendanceState]), st.none(), odd)
lines = st.one_of(
    st.fixed_dictionaries({"member": st.uuids().map(str), "state": states}),
    st.fixed_dictionaries({"member": st.uuids().map(str)}),  # no state: not marked
    st.fixed_dictionaries({"member": odd, "state": states}),
    st.fixed_dictionaries({"state": states}),
    odd,
)
sessions = st.one_of(
    st.fixed_dictionaries({}, optional={
        "uid": st.one_of(st.uuids().map(str), odd),
        "held_on": st.one_of(st.dates().map(str), st.sampled_from(["2022-02-30", "15/03/2022", "20220315", ""]), odd),
        "kind": st.one_of(st.sampled_from([k.value for k in SessionKind] + [""]), odd),
        "duration_minutes": st.one_of(st.integers(0, 300), odd),
        "attendance": st.one_of(st.lists(lines, max_size=6), odd),
    }),
    odd,
)


def _outcome(read):
    try:
        return read()
    except RecordsError:
        return "refused"


@settings(max_examples=400, deadline=None)
@given(sessions)
def test_the_fast_road_and_the_checked_reading_agree_on_any_session(session):
    fast = _outcome(lambda: figures._session(session, 0))
    checked = _outcome(lambda: figures._session_checked(figures._dict(session, "sessions[0]"), "sessions[0]"))
    assert fast == checked


def test_a_refused_session_says_where_it_is():
    with pytest.raises(RecordsError, match=r"sessions\[3\]\.attendance\[1\]\.state"):
        figures._session({"attendance": [{"member": "a", "state": "co_mat"}, {"member": "b", "state": "vang"}]}, 3)
