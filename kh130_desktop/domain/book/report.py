"""The cell's quarterly and year-end report: what the plan asks the cell to report, computed.

Everything is derived from the records (sessions, attendance, pledges, reviews) of the period;
nothing here is typed twice. The printed report (documents.report) and the signed report file
both read this one `CellReport`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, select

from .cell import get_cell, secretary, superior_lines
from ..store.tables import Attendance, CollectivePledge, Member, Pledge, PledgeProgress, PledgeTheme, PlanYear, SessionOpinion, StudySession, YearReview
from .periods import Period
from .roster import roster_on
from .sessions import AttendanceLine, counts_from, duration_minutes, is_short
from .vocabulary import LISTED_APART_STATUSES, SUMMONED_STATUSES, ReviewLevel, SessionKind, label


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    held_on: dt.date
    kind: str  # SessionKind code
    kind_label: str
    title: str
    summoned: int
    present: int
    late: int
    absent_excused: int
    absent_unexcused: int
    unmarked: int
    rate: float | None  # present / summoned; None when nobody was summoned
    minutes: int | None  # duration, when start and end were recorded
    short: bool  # under 90 minutes (Guideline 42-HD/BTCTW, 2025)


@dataclass(frozen=True)
class PledgeLine:
    member_name: str
    content: str
    theme: str  # the theme's title, or ""
    target: str
    deadline: dt.date | None
    progress: list[str]  # "Quý II: …" in order


@dataclass(frozen=True)
class CollectiveLine:
    problem: str
    solution: str
    target: str
    deadline: dt.date | None
    result: str
    level: str  # ReviewLevel code or ""


@dataclass(frozen=True)
class OpinionLine:
    held_on: dt.date
    speaker: str
    opinion: str


@dataclass
class CellReport:
    cell_name: str
    cell_uid: str
    period: Period
    superior_lines: list[str]
    receiving_committee: str
    place_name: str
    secretary_name: str
    plan_number: str  # "130-KH/TU", or "" when the year has no plan loaded
    plan_date: dt.date | None
    plan_issuer: str
    topic: str
    # The roster at the period's end (or today, if earlier).
    members_total: int
    members_official: int
    members_probationary: int
    members_summoned: int
    members_listed_apart: int
    sessions: list[SessionRow]
    average_rate: float | None  # mean of the sessions' rates
    short_sessions: int
    members_with_pledges: int
    members_without_pledges: list[str]
    pledges: int
    pledges_with_progress: int  # with a progress note in the period
    pledges_by_theme: dict[str, int]  # theme title -> count
    pledge_lines: list[PledgeLine]
    reviewed: int
    levels: dict[str, int]  # every ReviewLevel code -> count (year and Q4 reports)
    exemplary: list[str]
    collective: list[CollectiveLine]
    opinions: list[OpinionLine]
    includes_reviews: bool = field(default=False)

    @property
    def sessions_held(self) -> int:
        return len(self.sessions)


def _quarters(period: Period) -> set[int]:
    return {1, 2, 3, 4} if period.quarter is None else {period.quarter}


def cell_report(tx: Session, period: Period, *, today: dt.date | None = None) -> CellReport:
    cell = get_cell(tx)
    today = today or dt.date.today()
    as_of = min(period.end, max(today, period.start))
    roster = roster_on(tx, as_of)
    summoned = [s for s in roster if s.status in SUMMONED_STATUSES]
    plan = tx.get(PlanYear, period.year)

    sessions = list(tx.exec(select(StudySession).where(StudySession.held_on >= period.start, StudySession.held_on <= period.end)
                            .order_by(StudySession.held_on, StudySession.id)))
    rows: list[SessionRow] = []
    for s in sessions:
        c = _counts(tx, s)
        rows.append(SessionRow(
            session_id=s.id, held_on=s.held_on, kind=s.kind, kind_label=_kind_label(s), title=s.title or _kind_label(s),
            summoned=c.summoned, present=c.present, late=c.late, absent_excused=c.absent_excused,
            absent_unexcused=c.absent_unexcused, unmarked=c.unmarked, rate=c.rate if c.summoned else None,
            minutes=duration_minutes(s), short=is_short(s),
        ))
    rates = [r.rate for r in rows if r.rate is not None]

    names = {m.id: m.full_name for m in tx.exec(select(Member))}
    themes = {t.code: t.title for t in tx.exec(select(PledgeTheme).where(PledgeTheme.year == period.year))}
    pledges = list(tx.exec(select(Pledge).where(Pledge.year == period.year).order_by(Pledge.member_id, Pledge.position, Pledge.id)))
    progress: dict[int, list[PledgeProgress]] = {}
    if pledges:
        for p in tx.exec(select(PledgeProgress).where(PledgeProgress.pledge_id.in_([p.id for p in pledges]))
                         .order_by(PledgeProgress.quarter, PledgeProgress.id)):
            progress.setdefault(p.pledge_id, []).append(p)
    quarters = _quarters(period)
    pledged_ids = {p.member_id for p in pledges}
    by_theme: dict[str, int] = {}
    for p in pledges:
        key = themes.get(p.theme_code, p.theme_code) or "Khác"
        by_theme[key] = by_theme.get(key, 0) + 1
    pledge_lines = [PledgeLine(
        member_name=names.get(p.member_id, ""), content=p.content, theme=themes.get(p.theme_code, p.theme_code),
        target=p.target, deadline=p.deadline,
        progress=[f"Quý {'I II III IV'.split()[n.quarter - 1]}: {n.note}" for n in progress.get(p.id, []) if n.quarter in quarters],
    ) for p in pledges]

    includes_reviews = period.quarter in (None, 4)
    reviews = list(tx.exec(select(YearReview).where(YearReview.year == period.year))) if includes_reviews else []
    levels = {level.value: 0 for level in ReviewLevel}
    for r in reviews:
        levels[r.level] = levels.get(r.level, 0) + 1
    exemplary = sorted((names.get(r.member_id, "") for r in reviews if r.exemplary), key=_name_key)

    opinions = [OpinionLine(s.held_on, o.speaker, o.opinion) for s in sessions
                for o in tx.exec(select(SessionOpinion).where(SessionOpinion.session_id == s.id).order_by(SessionOpinion.position))]
    collective = [CollectiveLine(c.problem, c.solution, c.target, c.deadline, c.result, c.level)
                  for c in tx.exec(select(CollectivePledge).where(CollectivePledge.year == period.year).order_by(CollectivePledge.id))]
    chief = secretary(tx)
    return CellReport(
        cell_name=cell.name, cell_uid=cell.uid, period=period, superior_lines=superior_lines(cell),
        receiving_committee=cell.receiving_committee, place_name=cell.place_name,
        secretary_name=chief.full_name if chief else "",
        plan_number=plan.plan_number if plan else "", plan_date=plan.plan_date if plan else None,
        plan_issuer=plan.issuer if plan else "", topic=(plan.short_topic or plan.topic) if plan else "",
        members_total=len(roster),
        members_official=sum(1 for s in summoned if s.official),
        members_probationary=sum(1 for s in summoned if not s.official),
        members_summoned=len(summoned),
        members_listed_apart=sum(1 for s in roster if s.status in LISTED_APART_STATUSES),
        sessions=rows,
        average_rate=sum(rates) / len(rates) if rates else None,
        short_sessions=sum(1 for r in rows if r.short),
        members_with_pledges=sum(1 for s in summoned if s.member.id in pledged_ids),
        members_without_pledges=[s.member.full_name for s in summoned if s.member.id not in pledged_ids],
        pledges=len(pledges),
        pledges_with_progress=sum(1 for line in pledge_lines if line.progress),
        pledges_by_theme=by_theme,
        pledge_lines=pledge_lines,
        reviewed=len(reviews),
        levels=levels,
        exemplary=exemplary,
        collective=collective,
        opinions=opinions,
        includes_reviews=includes_reviews,
    )


def _counts(tx: Session, session: StudySession):
    """`sessions.attendance_counts` from one roster query instead of two: a year of a large cell
    has a dozen sessions, and the roster on each date is most of the report's time."""
    roster = roster_on(tx, session.held_on)
    marks = {a.member_id: a for a in tx.exec(select(Attendance).where(Attendance.session_id == session.id))}
    lines = [AttendanceLine(st, marks[st.member.id].state if st.member.id in marks else None,
                            marks[st.member.id].reason if st.member.id in marks else "")
             for st in roster if st.status in SUMMONED_STATUSES]
    apart = [st for st in roster if st.status in LISTED_APART_STATUSES]
    return counts_from(lines, apart)


def _kind_label(session: StudySession) -> str:
    text = label(session.kind)
    if session.kind == SessionKind.THEMATIC and session.quarter:
        text += f" quý {'I II III IV'.split()[session.quarter - 1]}"
    return text


def _name_key(name: str):
    from ..text import sort_key

    return sort_key(name)
