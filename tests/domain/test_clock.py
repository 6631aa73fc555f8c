"""Stored moments are UTC; what a user sees, and which day a rule counts, is local time."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kh130_desktop.domain.exchange import consolidation
from kh130_desktop.domain.clock import local, local_day


@pytest.fixture
def cao_bang(monkeypatch):
    """This computer's clock set to Vietnam's time zone (UTC+7, no daylight saving)."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_moment_reads_in_local_time(cao_bang):
    stored = dt.datetime(2022, 12, 31, 23, 30)  # as SQLite gives it back: naive, UTC
    assert local(stored) == dt.datetime(2023, 1, 1, 6, 30)
    assert local(stored.replace(tzinfo=dt.timezone.utc)) == dt.datetime(2023, 1, 1, 6, 30)
    assert local_day(stored) == dt.date(2023, 1, 1)


def test_a_report_received_after_midnight_counts_on_the_local_day(cao_bang):
    # 01:00 on 21/01 in Cao Bằng is 18:00 on 20/01 in UTC: the report came in on the 21st.
    assert consolidation._received_on(dt.datetime(2023, 1, 20, 18, 0)) == dt.date(2023, 1, 21)
