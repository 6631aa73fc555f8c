"""report.json of a cell's signed file: the full records of a period (docs/report-format.md),
gathered from the record book. Its "summary" is the period's figures (book/figures.py).
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from ..store.tables import Member, Pledge, PledgeProgress, SessionGuest, SessionMaterial, SessionOpinion, YearReview
from .cell import get_cell, superior_lines
from .figures import counts_reviews, figures_from
from .periods import Period
from .pledges import collective_pledges
from .roster import roster_on
from .sessions import attendance_sheet, counts_from, duration_minutes, list_sessions

DATA_FORMAT_NAME = "kh130-report-data"
DATA_FORMAT_VERSION = 1


def _d(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _t(moment: dt.time | None) -> str | None:
    return moment.strftime("%H:%M") if moment else None


def cell_report_data(tx: Session, period: Period) -> dict:
    """report.json of a cell's file: the full records of the period (docs/report-format.md)."""
    cell = get_cell(tx)
    data = period_records(tx, period)
    data["cell"] = {"uid": cell.uid, "name": cell.name, "cell_type": cell.cell_type,
                    "superior_bodies": superior_lines(cell), "receiving_committee": cell.receiving_committee,
                    "place_name": cell.place_name, "commune": cell.commune, "province": cell.province}
    data["summary"] = figures_from(data).summary()
    return data


def period_records(tx: Session, period: Period) -> dict:
    """The period's records as report.json has them, without the cell's profile and the summary:
    what `figures.figures_from` counts (a store with no cell profile yet has records too)."""
    members_by_id = {m.id: m for m in tx.exec(select(Member))}
    uid = {mid: m.uid for mid, m in members_by_id.items()}
    sessions = [s for s in list_sessions(tx, period.year) if period.contains(s.held_on)]
    sessions.sort(key=lambda s: (s.held_on, s.id))
    standing = {s.member.id: s for s in roster_on(tx, period.end)}
    seen = dict(standing)
    session_records = []
    for s in sessions:
        lines, apart = attendance_sheet(tx, s.id)
        for line in lines:
            seen.setdefault(line.standing.member.id, line.standing)
        for st in apart:
            seen.setdefault(st.member.id, st)
        counts = counts_from(lines, apart)
        guests = tx.exec(select(SessionGuest).where(SessionGuest.session_id == s.id).order_by(SessionGuest.position)).all()
        materials = tx.exec(select(SessionMaterial).where(SessionMaterial.session_id == s.id).order_by(SessionMaterial.position)).all()
        opinions = tx.exec(select(SessionOpinion).where(SessionOpinion.session_id == s.id).order_by(SessionOpinion.position)).all()
        session_records.append({
            "uid": s.uid, "kind": s.kind, "year": s.year, "quarter": s.quarter, "held_on": _d(s.held_on),
            "start_time": _t(s.start_time), "end_time": _t(s.end_time), "duration_minutes": duration_minutes(s),
            "place": s.place, "chair": uid.get(s.chair_id), "minute_taker": uid.get(s.minute_taker_id),
            "presenter": s.presenter, "title": s.title, "topic": s.topic, "agenda": s.agenda, "content": s.content,
            "conclusions": s.conclusions, "vote_subject": s.vote_subject,
            "votes": {"for": s.votes_for, "against": s.votes_against, "abstain": s.votes_abstain}, "tasks": s.tasks,
            "materials": [m.title for m in materials],
            "guests": [{"name": g.name, "title": g.title} for g in guests],
            "opinions": [{"speaker": o.speaker, "member": uid.get(o.member_id), "opinion": o.opinion} for o in opinions],
            "attendance": [{"member": line.standing.member.uid, "official": line.standing.official,
                            "state": line.state, "reason": line.reason} for line in lines],
            "listed_apart": [{"member": st.member.uid, "status": st.status} for st in apart],
            "counts": {"summoned": counts.summoned, "present": counts.present, "late": counts.late,
                       "absent_excused": counts.absent_excused, "absent_unexcused": counts.absent_unexcused,
                       "unmarked": counts.unmarked, "listed_apart": counts.listed_apart},
        })
    pledges = tx.exec(select(Pledge).where(Pledge.year == period.year).order_by(Pledge.member_id, Pledge.position, Pledge.id)).all()
    progress: dict[int, list] = {}
    for row in tx.exec(select(PledgeProgress).order_by(PledgeProgress.quarter, PledgeProgress.id)):
        progress.setdefault(row.pledge_id, []).append(row)
    last_quarter = period.quarter or 4
    pledge_records = [{
        "uid": p.uid, "member": uid.get(p.member_id), "year": p.year, "position": p.position, "content": p.content,
        "theme_code": p.theme_code, "target": p.target, "deadline": _d(p.deadline),
        "progress": [{"quarter": r.quarter, "note": r.note, "recorded_on": _d(r.recorded_on)}
                     for r in progress.get(p.id, []) if r.quarter <= last_quarter],
    } for p in pledges]
    # The year's reviews, whenever they were recorded (a year-end review is often held in
    # January), in the files whose figures count them; the files of quarters I-III carry none.
    reviews = (tx.exec(select(YearReview).where(YearReview.year == period.year).order_by(YearReview.member_id)).all()
               if counts_reviews(period) else [])
    review_records = [{"member": uid.get(r.member_id), "year": r.year, "level": r.level, "score": r.score,
                       "self_review": r.self_review, "assessment": r.assessment, "exemplary": r.exemplary,
                       "reviewed_on": _d(r.reviewed_on)} for r in reviews]
    for mid in {p.member_id for p in pledges} | {r.member_id for r in reviews}:
        if mid not in seen and mid in members_by_id:
            seen[mid] = None
    member_records = []
    for mid in sorted(seen, key=lambda i: (members_by_id[i].full_name, members_by_id[i].uid)):
        m, st = members_by_id[mid], seen[mid]
        member_records.append({
            "uid": m.uid, "full_name": m.full_name, "birth_date": _d(m.birth_date), "sex": m.sex,
            "ethnicity": m.ethnicity, "card_number": m.card_number, "admitted_on": _d(m.admitted_on),
            "official_on": _d(m.official_on), "joined_on": _d(m.joined_on),
            # A date known to the month or year only is the first day of it (docs/report-format.md).
            "birth_precision": m.birth_precision, "admitted_precision": m.admitted_precision,
            "official_precision": m.official_precision,
            "left_on": _d(m.left_on) if m.left_on and m.left_on <= period.end else None,
            "left_reason": m.left_reason if m.left_on and m.left_on <= period.end else "",
            "status": st.status if st else m.status, "role": st.role if st else m.role,
            "on_roster_at_end": mid in standing,
        })
    return {
        "format": DATA_FORMAT_NAME, "version": DATA_FORMAT_VERSION, "period": period.code,
        "period_start": _d(period.start), "period_end": _d(period.end),
        "members": member_records, "sessions": session_records, "pledges": pledge_records,
        "reviews": review_records,
        "collective_pledges": [{"year": c.year, "problem": c.problem, "solution": c.solution, "target": c.target,
                                "deadline": _d(c.deadline), "result": c.result, "level": c.level}
                               for c in collective_pledges(tx, period.year)],
    }

