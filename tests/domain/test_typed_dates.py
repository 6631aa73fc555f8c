"""Dates and times as people type them (book/dates.py parse_typed_date / parse_typed_time)."""

import datetime as dt

import pytest

from kh130_desktop.domain.book.dates import DatePrecision, full_year, parse_typed_date, parse_typed_time
from kh130_desktop.domain.errors import ValidationError

TODAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text", ["15/03/1985", "15031985", "15-3-1985", "15.03.1985", "150385", "15/3/85", " 15 / 03 / 1985 ", "1985-03-15"])
def test_a_day_typed_any_usual_way(text):
    assert parse_typed_date(text, today=TODAY) == (dt.date(1985, 3, 15), DatePrecision.DAY)


def test_short_forms_and_two_digit_years():
    assert parse_typed_date("1/3/85", today=TODAY)[0] == dt.date(1985, 3, 1)
    assert parse_typed_date("1/3/26", today=TODAY)[0] == dt.date(2026, 3, 1)
    assert parse_typed_date("1/3/27", today=TODAY)[0] == dt.date(2027, 3, 1)  # next year still
    assert parse_typed_date("1/3/28", today=TODAY)[0] == dt.date(1928, 3, 1)
    assert full_year(0, TODAY) == 2000


def test_nothing_typed_is_no_date():
    assert parse_typed_date("  ")[0] is None
    assert parse_typed_time("") is None


def test_partial_dates_only_where_allowed():
    assert parse_typed_date("1958", partial=True) == (dt.date(1958, 1, 1), DatePrecision.YEAR)
    assert parse_typed_date("03/1958", partial=True) == (dt.date(1958, 3, 1), DatePrecision.MONTH)
    with pytest.raises(ValidationError):
        parse_typed_date("1958")


@pytest.mark.parametrize("text", ["31/02/2026", "32/01/2026", "abc", "15/03", "1503", "15/03/19850", "15/03/1800"])
def test_what_is_no_date_is_refused_with_a_reason(text):
    with pytest.raises(ValidationError) as info:
        parse_typed_date(text, today=TODAY)
    assert info.value.message


@pytest.mark.parametrize("text,expected", [("7:00", (7, 0)), ("07:00", (7, 0)), ("0930", (9, 30)), ("930", (9, 30)),
                                           ("7", (7, 0)), ("7h30", (7, 30)), ("7.30", (7, 30)), ("19:05", (19, 5)), ("7h", (7, 0))])
def test_times_typed_any_usual_way(text, expected):
    assert parse_typed_time(text) == dt.time(*expected)


@pytest.mark.parametrize("text", ["25:00", "7:60", "sáng", "12345"])
def test_what_is_no_time_is_refused(text):
    with pytest.raises(ValidationError):
        parse_typed_time(text)
