"""Read-only summaries the secretary's screens show: one row per session, one per member's
pledges, and the key figures of a period. Computed from the records, never stored; every count
of a period comes from `figures.figures_from` on the period's records, as the printed report,
the signed file and the receiving committee have it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from ..store.tables import Member, StudySession
from ..text import sort_key
from .figures import PeriodFigures, figures_from
from .periods import Period
from .report_data import period_records
from .sessions import AttendanceCounts, attendance_counts, duration_minutes, is_short


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


def period_figures(tx: Session, period: Period) -> PeriodFigures:
    """The figures of `period` the reports page shows: those of the file the cell would sign."""
    return figures_from(period_records(tx, period))


@dataclass(frozen=True)
class PledgeSummary:
    member_id: int
    full_name: str
    items: int
    progress_notes: int
    review_level: str  # "" when not reviewed
    review_score: int | None
    # Counted in "pledged n/N" and "reviewed n/N" as in the report (figures.py: summoned at the
    # year's end). A member who moved away, or stopped being summoned, during the year is
    # listed with their pledges but not counted: their new cell reviews them.
    counted: bool = True
    left_on: dt.date | None = None


@dataclass(frozen=True)
class PledgeCounts:
    summoned: int  # at the year's end
    pledged: int
    reviewed: int
    not_counted: int  # listed for their pledges or review, no longer summoned


def pledge_counts(tx: Session, year: int) -> PledgeCounts:
    f = period_figures(tx, Period(year))
    return PledgeCounts(summoned=f.summoned_at_end, pledged=f.pledged, reviewed=f.reviewed, not_counted=f.not_counted)


def pledge_summaries(tx: Session, year: int) -> list[PledgeSummary]:
    """The members counted at the year's end, and anyone else with a pledge or review of the
    year, in roster order, with their pledge state."""
    records = period_records(tx, Period(year))
    f = figures_from(records)
    counted = set(f.counted)
    items: dict[str, int] = {}
    notes: dict[str, int] = {}
    for p in records["pledges"]:
        items[p["member"]] = items.get(p["member"], 0) + 1
        notes[p["member"]] = notes.get(p["member"], 0) + len(p["progress"])
    reviews = {r["member"]: r for r in records["reviews"]}
    ids = {m.uid: m.id for m in tx.exec(select(Member))}
    out = []
    for m in records["members"]:
        uid = m["uid"]
        if uid not in counted and uid not in items and uid not in reviews:
            continue
        review = reviews.get(uid)
        out.append(PledgeSummary(ids[uid], m["full_name"], items.get(uid, 0), notes.get(uid, 0),
                                 review["level"] if review else "", review["score"] if review else None,
                                 counted=uid in counted,
                                 left_on=dt.date.fromisoformat(m["left_on"]) if m["left_on"] else None))
    return sorted(out, key=lambda s: sort_key(s.full_name))


def members_without_pledge(tx: Session, year: int) -> list[Member]:
    """The members counted at the year's end (figures.py) who have not pledged, in roster order."""
    return _counted_members(tx, year, lambda f: f.unpledged)


def members_without_review(tx: Session, year: int) -> list[Member]:
    """The members counted at the year's end who have no review of the year, in roster order."""
    return _counted_members(tx, year, lambda f: f.unreviewed)


def _counted_members(tx: Session, year: int, pick) -> list[Member]:
    wanted = set(pick(period_figures(tx, Period(year))))
    return sorted((m for m in tx.exec(select(Member)) if m.uid in wanted), key=lambda m: sort_key(m.full_name))
