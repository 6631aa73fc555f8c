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


# --- what a person types into a date or time field ----------------------------------------------
_PARTS = re.compile(r"[/.\-\s]+")
_TIME = re.compile(r"^(\d{1,2})\s*[:hg.,]\s*(\d{1,2})?\s*(?:p|phút)?$")
TYPED_HINT = "Gõ ngày/tháng/năm, ví dụ 15/03/1985, 15031985 hoặc 1/3/85."


def full_year(two_digits: int, today: dt.date | None = None) -> int:
    """85 -> 1985, 26 -> 2026: a two-digit year is the latest one not after next year."""
    today = today or dt.date.today()
    year = 2000 + two_digits
    return year if year <= today.year + 1 else year - 100


def parse_typed_date(text: str, *, partial: bool = False, today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """A date as people type it -- 15/03/1985, 15-3-1985, 15031985, 150385, 1/3/85 -- and its
    precision; with `partial`, a month (03/1958) or a year alone (1958) too. "" is no date.
    Raises ValidationError saying what was not understood: a typed value is never dropped."""
    text = clean(text or "")
    if not text:
        return None, DatePrecision.DAY
    parts = [p for p in _PARTS.split(text) if p]
    if not all(p.isdigit() for p in parts):
        raise ValidationError(t("không hiểu ngày “{text}”.", text=text), hint=TYPED_HINT)
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8:
            parts = [digits[:2], digits[2:4], digits[4:]]
        elif len(digits) == 6:
            parts = [digits[:2], digits[2:4], digits[4:]]
        elif len(digits) == 4 and partial:
            parts = [digits]
        else:
            raise ValidationError(t("không hiểu ngày “{text}”.", text=text), hint=TYPED_HINT)
    if len(parts) == 3 and len(parts[0]) == 4:  # 1985-03-15
        parts = [parts[2], parts[1], parts[0]]
    if len(parts) == 3:
        day, month, year = (int(p) for p in parts)
        precision = DatePrecision.DAY
    elif len(parts) == 2 and partial and len(parts[1]) == 4:
        day, month, year, precision = 1, int(parts[0]), int(parts[1]), DatePrecision.MONTH
    elif len(parts) == 1:
        day, month, year, precision = 1, 1, int(parts[0]), DatePrecision.YEAR
    else:
        raise ValidationError(t("không hiểu ngày “{text}”.", text=text), hint=TYPED_HINT)
    year_text = parts[-1]
    if len(year_text) == 2:
        year = full_year(year, today)
    elif len(year_text) != 4:
        raise ValidationError(t("không hiểu năm trong “{text}”.", text=text), hint="Năm ghi bốn chữ số (1985) hoặc hai chữ số (85).")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(t("năm {year} không hợp lệ.", year=year), hint=TYPED_HINT)
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        raise ValidationError(t("ngày “{text}” không có thật.", text=text), hint="Kiểm tra lại ngày và tháng.") from None


def parse_typed_time(text: str) -> dt.time | None:
    """A time as people type it -- 7:00, 07.30, 7h30, 0930, 930, 7 -- or None for nothing typed.
    Raises ValidationError for a text that is no time of day."""
    text = clean(text or "").lower()
    if not text:
        return None
    if text.isdigit() and len(text) <= 4:
        hour, minute = (int(text), 0) if len(text) <= 2 else (int(text[:-2]), int(text[-2:]))
    elif m := _TIME.match(text):
        hour, minute = int(m[1]), int(m[2] or 0)
    else:
        raise ValidationError(t("không hiểu giờ “{text}”.", text=text), hint="Gõ giờ:phút, ví dụ 7:00, 07:30 hoặc 0930.")
    if hour > 23 or minute > 59:
        raise ValidationError(t("giờ “{text}” không có thật.", text=text), hint="Giờ từ 0 đến 23, phút từ 0 đến 59.")
    return dt.time(hour, minute)
