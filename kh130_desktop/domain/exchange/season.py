"""The committee's season: which cell reported which period, on time or late, which revision is
current, and who is overdue, for any mix of years and quarters (docs/report-format.md §5,
"Reported, late, consolidated").

A cell is expected to report from its *first period* (book/periods.py's order): the one the
committee set for it (`registry.set_first_period`), else the first period it reported, else the
quarter it was added to the list in. Before that nothing is due and nothing is overdue. Every
state comes with its reason, one line for the screen.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import Session, select

from ..book.periods import Period, sorted_periods
from ..clock import local_day
from ..errors import Text, t
from ..store.exchange_tables import ExpectedCell, ReceivedReport
from .registry import expected_cells
from .revisions import numbered

DEADLINE_DAYS = 15  # a period's report is late when nothing arrived 15 days after its end

# Where a cell's first period comes from.
SET, FIRST_REPORT, ADDED = "set", "first_report", "added"


def deadline_of(period: Period) -> dt.date:
    return period.end + dt.timedelta(days=DEADLINE_DAYS)


@dataclass(frozen=True)
class GridCell:
    """One cell × one period of the reported/late grid, and why it is in that state."""

    status: str  # reported | reported_late | late (nothing after the deadline) | not_due
    sequence: int | None = None  # the current revision's manifest sequence (not for people)
    received_on: dt.date | None = None  # the day the first revision arrived (what decides late)
    revision: int | None = None  # the current revision's number for this cell and period: "bản lần N"
    revisions: int = 0  # revisions received for this cell and period (not withdrawn)
    expected: bool = True  # False: before the cell's first period (status not_due)
    deadline: dt.date | None = None
    first_period: Period | None = None
    reason: str = ""  # one line: why this state (a domain text)


def _received_on(moment: dt.datetime) -> dt.date:
    return local_day(moment)  # the day on the committee's calendar, not in UTC


def first_expected(cell: ExpectedCell, earliest: Period | None) -> tuple[Period, str]:
    """The first period `cell` must report, and where that comes from (SET, FIRST_REPORT, ADDED)."""
    if cell.first_period:
        return Period.parse(cell.first_period), SET
    if earliest is not None:
        return earliest, FIRST_REPORT
    day = local_day(cell.added_at)
    return Period(day.year, (day.month - 1) // 3 + 1), ADDED


def _source_text(first: Period, source: str) -> Text:
    if source == SET:
        return t("cấp ủy đặt chi bộ báo cáo từ kỳ {first}", first=first.label)
    if source == FIRST_REPORT:
        return t("chi bộ báo cáo từ kỳ {first}, kỳ của báo cáo đầu tiên đã nhận", first=first.label)
    return t("chi bộ báo cáo từ kỳ {first}, kỳ chi bộ được thêm vào danh sách", first=first.label)


_COLUMNS = (ReceivedReport.id, ReceivedReport.cell_uid, ReceivedReport.period, ReceivedReport.installation_id,
            ReceivedReport.fingerprint, ReceivedReport.sequence, ReceivedReport.created_at,
            ReceivedReport.manifest_sha256, ReceivedReport.received_at, ReceivedReport.current)


def _first_periods(tx: Session, cells: list[ExpectedCell]) -> dict[int, tuple[Period, str]]:
    earliest: dict[str, Period] = {}
    for cell_uid, code in tx.exec(select(ReceivedReport.cell_uid, ReceivedReport.period)
                                  .where(ReceivedReport.withdrawn.is_(False)).distinct()).all():
        period = Period.parse(code)
        if cell_uid not in earliest or period < earliest[cell_uid]:
            earliest[cell_uid] = period
    return {cell.id: first_expected(cell, earliest.get(cell.cell_uid) if cell.cell_uid else None) for cell in cells}


def first_periods(tx: Session) -> dict[int, tuple[Period, str]]:
    """Each expected cell's first period to report (by its id), and where it comes from
    (SET, FIRST_REPORT, ADDED): what the registry shows beside the cell."""
    return _first_periods(tx, expected_cells(tx))


class Season:
    """What the grid, the consolidation and the documents read, loaded once for some periods:
    the expected cells, each one's first period, and its revisions of those periods."""

    def __init__(self, tx: Session, periods: list[Period], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self.cells = expected_cells(tx)
        codes = sorted({p.code for p in periods})
        self.revisions: dict[tuple[str, str], list] = defaultdict(list)
        if codes:
            for row in tx.exec(select(*_COLUMNS).where(ReceivedReport.period.in_(codes),
                                                       ReceivedReport.withdrawn.is_(False))).all():
                self.revisions[(row.cell_uid, row.period)].append(row)
        self.first = _first_periods(tx, self.cells)

    def expected(self, cell: ExpectedCell, period: Period) -> bool:
        return period >= self.first[cell.id][0]

    def state(self, cell: ExpectedCell, period: Period) -> tuple[GridCell, object | None]:
        """The grid cell of `cell` for `period`, and its current revision's row (or None)."""
        deadline = deadline_of(period)
        first, source = self.first[cell.id]
        expected = period >= first
        rows = self.revisions.get((cell.cell_uid, period.code), []) if cell.cell_uid else []
        numbers = numbered(rows)
        current = next(((n, r) for n, r in numbers if r.current), None)
        if current is not None:
            number, row = current
            first_day = min(_received_on(r.received_at) for r in rows)
            late = first_day > deadline
            if late:
                reason = t("Nộp muộn: bản đầu tiên nhận ngày {day}, sau hạn {deadline}; bản đang dùng là bản lần {revision}.",
                           day=f"{first_day:%d/%m/%Y}", deadline=f"{deadline:%d/%m/%Y}", revision=number)
            else:
                reason = t("Đã nhận trong hạn {deadline} (bản đầu tiên ngày {day}); bản đang dùng là bản lần {revision}.",
                           day=f"{first_day:%d/%m/%Y}", deadline=f"{deadline:%d/%m/%Y}", revision=number)
            return GridCell("reported_late" if late else "reported", row.sequence, first_day, number, len(numbers),
                            expected, deadline, first, reason), row
        if not expected:
            reason = t("Không phải nộp kỳ {period}: {source}.", period=period.label, source=_source_text(first, source))
            return GridCell("not_due", expected=False, deadline=deadline, first_period=first, reason=reason), None
        if self.today > deadline:
            reason = t("Quá hạn: hạn nộp kỳ {period} là {deadline}, chưa nhận báo cáo ({source}).",
                       period=period.label, deadline=f"{deadline:%d/%m/%Y}", source=_source_text(first, source))
            return GridCell("late", deadline=deadline, first_period=first, reason=reason), None
        reason = t("Chưa đến hạn: hạn nộp kỳ {period} là {deadline}.", period=period.label, deadline=f"{deadline:%d/%m/%Y}")
        return GridCell("not_due", deadline=deadline, first_period=first, reason=reason), None


def received_periods(tx: Session) -> list[Period]:
    """Every period some revision (not withdrawn) was received for, in the one period order."""
    return sorted_periods(tx.exec(select(ReceivedReport.period).where(ReceivedReport.withdrawn.is_(False)).distinct()).all())


def revision_history(tx: Session, cell_uid: str, period: Period) -> list[tuple[int, ReceivedReport]]:
    """A cell's received revisions of a period, oldest first, numbered as people see them
    (withdrawn ones, kept for the record, are left out)."""
    rows = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period.code,
                                                ReceivedReport.withdrawn.is_(False))).all()
    return numbered(rows)
