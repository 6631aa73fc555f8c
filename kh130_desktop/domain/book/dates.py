"""Dates that keep their precision: a birth year alone stays a year, never 01/01 of it.

A member's birth, admission and official dates are stored as a date and a precision. The date
is the first day of what is known (1958 -> 1958-01-01, 03/1958 -> 1958-03-01), so every
comparison and sort of the dates works as before; the precision says how much of it is true.
`format_date` is the one way a member's date is written for people: the screen and the paper
use it, and neither ever shows a day that was made up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

from ..errors import ValidationError, t
from ..text import clean


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# The member's dates that have a precision, and the column that keeps it (store/tables.py).
PRECISION_FIELDS = {"birth_date": "birth_precision", "admitted_on": "admitted_precision", "official_on": "official_precision"}


def format_date(day: dt.date | None, precision: str | None = DatePrecision.DAY) -> str:
    """19/05/1990, 03/1958 or 1958 as the precision says; "" for no date."""
    if day is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{day.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{day.month:02d}/{day.year:04d}"
    return day.strftime("%d/%m/%Y")


def period_start(day: dt.date, precision: str) -> dt.date:
    """The first day of the year or month the date stands for."""
    if precision == DatePrecision.YEAR:
        return dt.date(day.year, 1, 1)
    if precision == DatePrecision.MONTH:
        return dt.date(day.year, day.month, 1)
    return day


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day the date may be: a year alone may be any day up to 31/12."""
    if precision == DatePrecision.YEAR:
        return dt.date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def is_consistent(day: dt.date, precision: str) -> bool:
    """A stored date is the first day of its period (see the module's note)."""
    return period_start(day, precision) == day


def agrees(a: dt.date, a_precision: str, b: dt.date, b_precision: str) -> bool:
    """Whether two dates can be the same day: 1958 agrees with 19/05/1958, not with 1959."""
    return period_start(a, a_precision) <= period_end(b, b_precision) and period_start(b, b_precision) <= period_end(a, a_precision)


def coarser(a: str, b: str) -> bool:
    """Whether precision `a` knows less than `b` (a year alone is coarser than a month)."""
    order = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]
    return order.index(DatePrecision(a)) > order.index(DatePrecision(b))


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YM = re.compile(r"^(\d{4})-(\d{1,2})$")
_Y = re.compile(r"^(\d{4})$")
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_date(value) -> tuple[dt.date | None, str]:
    """A spreadsheet date -- a real date, dd/mm/yyyy text, mm/yyyy, or a year alone -- and its
    precision; raises ValidationError for a text that is no date, or no real day."""
    if value is None:
        return None, DatePrecision.DAY
    if isinstance(value, dt.datetime):
        return value.date(), DatePrecision.DAY
    if isinstance(value, dt.date):
        return value, DatePrecision.DAY
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and MIN_YEAR <= int(value) <= MAX_YEAR:
            return dt.date(int(value), 1, 1), DatePrecision.YEAR
        raise ValidationError(t("không hiểu ngày “{value}”.", value=value), hint="Ghi theo dạng ngày/tháng/năm, ví dụ 19/05/1990.")
    text = clean(str(value))
    if not text:
        return None, DatePrecision.DAY
    try:
        if m := _DMY.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1])), DatePrecision.DAY
        if m := _YMD.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), DatePrecision.DAY
        month = _MY.match(text)
        if month or (month := _YM.match(text)):
            month_number, year = (int(month[1]), int(month[2])) if month.re is _MY else (int(month[2]), int(month[1]))
            if MIN_YEAR <= year <= MAX_YEAR:
                return dt.date(year, month_number, 1), DatePrecision.MONTH
        if (m := _Y.match(text)) and MIN_YEAR <= int(m[1]) <= MAX_YEAR:
            return dt.date(int(m[1]), 1, 1), DatePrecision.YEAR
    except ValueError:
        raise ValidationError(t("ngày “{text}” không có thật.", text=text), hint="Kiểm tra lại ngày và tháng.") from None
    raise ValidationError(t("không hiểu ngày “{text}”.", text=text), hint="Ghi theo dạng ngày/tháng/năm, ví dụ 19/05/1990.")
