"""Read-only summaries the secretary's screens show: one row per session, one per member's
pledges, and the key figures of a period. Computed from the records, never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from ..store.tables import CollectivePledge, Pledge, PledgeProgress, StudySession, YearReview
from .periods import Period
from .pledges import year_end
from .roster import summoned_members
from .sessions import AttendanceCounts, attendance_counts, duration_minutes, is_short
from .vocabulary import ReviewLevel


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    held_on: dt.date
    kind: str
    quarter: int | None
    title: str
    minutes: int | None
    short: bool
    counts: AttendanceCounts


def session_summaries(tx: Session, year: int | None = None) -> list[SessionSummary]:
    query = select(StudySession)
    if year is not None:
        query = query.where(StudySession.year == year)
    out = []
    for s in tx.exec(query.order_by(StudySession.held_on, StudySession.id)):
        out.append(SessionSummary(s.id, s.held_on, s.kind, s.quarter, s.title, duration_minutes(s), is_short(s),
                                  attendance_counts(tx, s.id)))
    return out


@dataclass(frozen=True)
class PledgeSummary:
    member_id: int
    full_name: str
    items: int
    progress_notes: int
    review_level: str  # "" when not reviewed
    review_score: int | None
    # Summoned at the year's end (or today, during the year): counted in "pledged n/N" and
    # "reviewed n/N" as in the report. A member who moved away, or stopped being summoned, during
    # the year is listed with their pledges but not counted: their new cell reviews them.
    counted: bool = True
    left_on: dt.date | None = None


@dataclass(frozen=True)
class PledgeCounts:
    summoned: int  # at the year's end, or today
    pledged: int
    reviewed: int
    not_counted: int  # listed for their pledges, no longer summoned


def pledge_counts(rows: list[PledgeSummary]) -> PledgeCounts:
    counted = [r for r in rows if r.counted]
    return PledgeCounts(summoned=len(counted), pledged=sum(1 for r in counted if r.items),
                        reviewed=sum(1 for r in counted if r.review_level), not_counted=len(rows) - len(counted))


def pledge_summaries(tx: Session, year: int) -> list[PledgeSummary]:
    """Every member summoned at some point of the year, in roster order, with their pledge state."""
    end = min(year_end(year), dt.date.today())
    summoned = {day: summoned_members(tx, day) for day in sorted({*_quarter_ends(year), end})}
    members: dict[int, object] = {}
    for day_members in summoned.values():
        for m in day_members:
            members.setdefault(m.id, m)
    at_end = {m.id for m in summoned[end]}
    items: dict[int, int] = {}
    pledge_owner: dict[int, int] = {}
    for p in tx.exec(select(Pledge).where(Pledge.year == year)):
        items[p.member_id] = items.get(p.member_id, 0) + 1
        pledge_owner[p.id] = p.member_id
        members.setdefault(p.member_id, None)
    notes: dict[int, int] = {}
    if pledge_owner:
        for pr in tx.exec(select(PledgeProgress).where(PledgeProgress.pledge_id.in_(list(pledge_owner)))):
            owner = pledge_owner[pr.pledge_id]
            notes[owner] = notes.get(owner, 0) + 1
    reviews = {r.member_id: r for r in tx.exec(select(YearReview).where(YearReview.year == year))}
    from ..store.tables import Member
    from ..text import sort_key

    out = []
    for member_id, member in members.items():
        member = member or tx.get(Member, member_id)
        review = reviews.get(member_id)
        out.append(PledgeSummary(member_id, member.full_name, items.get(member_id, 0), notes.get(member_id, 0),
                                 review.level if review else "", review.score if review else None,
                                 counted=member_id in at_end,
                                 left_on=member.left_on if member.left_on and member.left_on <= end else None))
    return sorted(out, key=lambda s: sort_key(s.full_name))


def _quarter_ends(year: int) -> list[dt.date]:
    last = min(year_end(year), dt.date.today())
    days = [d for d in (dt.date(year, 3, 31), dt.date(year, 6, 30), dt.date(year, 9, 30), dt.date(year, 12, 31)) if d <= last]
    return days or [last]


@dataclass(frozen=True)
class PeriodFigures:
    """The key figures of a period, as the report's first page states them."""

    period: Period
    sessions: int
    thematic_sessions: int
    short_sessions: int
    average_rate: float  # 0..1 over sessions, 0 when none
    summoned_at_end: int
    pledged: int
    reviewed: int
    levels: dict[str, int]
    exemplary: int
    collective_pledges: int


def period_figures(tx: Session, period: Period) -> PeriodFigures:
    summaries = [s for s in session_summaries(tx, period.year) if period.contains(s.held_on)]
    end = min(period.end, dt.date.today())
    summoned = {m.id for m in summoned_members(tx, end)}
    pledged = set(tx.exec(select(Pledge.member_id).where(Pledge.year == period.year)))
    reviews = list(tx.exec(select(YearReview).where(YearReview.year == period.year)))
    levels = {level.value: 0 for level in ReviewLevel}
    for r in reviews:
        levels[r.level] = levels.get(r.level, 0) + 1
    rates = [s.counts.rate for s in summaries if s.counts.summoned]
    collective = tx.exec(select(CollectivePledge).where(CollectivePledge.year == period.year)).all()
    return PeriodFigures(
        period=period,
        sessions=len(summaries),
        thematic_sessions=sum(1 for s in summaries if s.kind == "chuyen_de_quy"),
        short_sessions=sum(1 for s in summaries if s.short),
        average_rate=sum(rates) / len(rates) if rates else 0.0,
        summoned_at_end=len(summoned),
        pledged=len(pledged & summoned) if summoned else len(pledged),
        reviewed=len(reviews),
        levels=levels,
        exemplary=sum(1 for r in reviews if r.exemplary),
        collective_pledges=len(collective),
    )
