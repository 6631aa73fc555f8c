"""Reporting periods: a year ("2022") or a quarter ("2022-Q2"), and their one order.

The order, used everywhere periods are sorted or compared (the receiving grid, the received
periods, the first period a cell is expected to report, documents): year by year, and within a
year its quarters I–IV, then the year itself (the year's report closes it, after the fourth
quarter's). So 2022-Q1 < 2022-Q2 < 2022-Q3 < 2022-Q4 < 2022 < 2023-Q1. `Period.key` is that
order as a tuple of integers; nothing ever compares a quarter with None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ValidationError, t

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*[Qq]([1-4]))?\s*$")


YEAR_SLOT = 5  # a year sorts after its four quarters


@functools.total_ordering
@dataclass(frozen=True, eq=True)
class Period:
    year: int
    quarter: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(text or "")
        if not match:
            raise ValidationError(t("Kỳ báo cáo “{text}” không hợp lệ.", text=text), hint="Ghi năm (2022) hoặc quý (2022-Q2).", field="period")
        year = int(match.group(1))
        if not 2000 <= year <= 2100:
            raise ValidationError(t("Năm {year} không hợp lệ.", year=year), field="period")
        return cls(year, int(match.group(2)) if match.group(2) else None)

    @property
    def key(self) -> tuple[int, int]:
        """The period's place in the one order: (year, 1..4 for a quarter, 5 for the year)."""
        return (self.year, self.quarter if self.quarter is not None else YEAR_SLOT)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.key < other.key

    @property
    def is_year(self) -> bool:
        return self.quarter is None

    @property
    def code(self) -> str:
        return f"{self.year}" if self.quarter is None else f"{self.year}-Q{self.quarter}"

    @property
    def label(self) -> str:
        """As printed: "năm 2022" or "quý II/2022"."""
        return f"năm {self.year}" if self.quarter is None else f"quý {ROMAN[self.quarter]}/{self.year}"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1) if self.quarter is None else dt.date(self.year, 3 * self.quarter - 2, 1)

    @property
    def end(self) -> dt.date:
        if self.quarter is None or self.quarter == 4:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, 3 * self.quarter + 1, 1) - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return self.code


def opening_year(tx, today: dt.date | None = None) -> int:
    """The year the pages open on: the latest year with records (sessions or pledges), else
    the current one. A new cell works in its real year from its first day; the demo opens on
    2022. A year's plan alone is no record: the 2022 plan comes with every new cell."""
    from .pledges import pledge_years
    from .sessions import session_years

    years = set(session_years(tx)) | set(pledge_years(tx))
    return max(years) if years else (today or dt.date.today()).year


def period_key(code: str) -> tuple[int, int]:
    """The order key of a period code ("2022", "2022-Q2"), for sorting stored codes."""
    return Period.parse(code).key


def sorted_periods(periods: Iterable[Period | str]) -> list[Period]:
    """Periods (or codes) in the one order, each once."""
    return sorted({p if isinstance(p, Period) else Period.parse(p) for p in periods})


def year_periods(year: int) -> list[Period]:
    """A year's reporting periods in order: its four quarters, then the year."""
    return [Period(year, q) for q in (1, 2, 3, 4)] + [Period(year)]
