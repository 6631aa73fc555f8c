"""The plan's year: topic, quarterly topics, materials, pledge themes and milestones.

All of it is data (resources/plan/<year>.json, then rows the user can edit), never code, so
a later year's plan is a new file or a few edits, not a release.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session, select

from ...paths import resources_dir
from ..clock import local_day
from ..errors import NotFoundError, ValidationError, t
from ..store.tables import (
    Pledge,
    PlanMaterial,
    PlanMilestone,
    PlanQuarterTopic,
    PlanYear,
    PledgeTheme,
    StudySession,
    YearReview,
)
from .plan_check import check_plan_data


def plan_file(year: int) -> Path:
    return resources_dir() / "plan" / f"{year}.json"


def available_plan_files() -> list[int]:
    return sorted(int(p.stem) for p in (resources_dir() / "plan").glob("*.json") if p.stem.isdigit())


def load_plan(tx: Session, data: dict) -> PlanYear:
    """Write one year's plan from its data (checked first: plan_check.py), replacing that year's
    plan in the same transaction. The records stay as they are (they name the year, a pledge its
    theme by code), and so do the marks made by hand: a manual milestone of the same code keeps
    its "done" date."""
    plan_data = check_plan_data(data)
    year = plan_data["year"]
    marks = {m.code: m.done_on for m in tx.exec(select(PlanMilestone).where(PlanMilestone.year == year))
             if not m.done_when and m.done_on is not None}
    existing = tx.get(PlanYear, year)
    if existing is not None:
        tx.delete(existing)
        tx.flush()
    plan = PlanYear(
        year=year,
        plan_number=plan_data["plan_number"],
        plan_date=_date(plan_data["plan_date"]),
        issuer=plan_data["issuer"],
        topic=plan_data["topic"],
        short_topic=plan_data["short_topic"],
    )
    tx.add(plan)
    tx.flush()  # no ORM relationships: the parent row must exist before its children
    for position, title in enumerate(plan_data["materials"]):
        tx.add(PlanMaterial(year=year, position=position, title=title))
    for quarter, text in plan_data["quarter_topics"].items():
        tx.add(PlanQuarterTopic(year=year, quarter=int(quarter), topic=text))
    for theme in plan_data["pledge_themes"]:
        tx.add(PledgeTheme(year=year, code=theme["code"], title=theme["title"]))
    for item in plan_data["milestones"]:
        rule = item["done_when"]
        tx.add(
            PlanMilestone(
                year=year,
                code=item["code"],
                title=item["title"],
                due_on=_date(item["due_on"]),
                quarter=item["quarter"],
                done_when=rule,
                done_on=None if rule else marks.get(item["code"]),
            )
        )
    tx.flush()
    return plan


def ensure_plan_year(tx: Session, year: int) -> PlanYear | None:
    """The year's plan, loaded from the bundled file the first time it is needed."""
    plan = tx.get(PlanYear, year)
    if plan is not None:
        return plan
    path = plan_file(year)
    if not path.exists():
        return None
    return load_plan(tx, json.loads(path.read_text(encoding="utf-8")))


def plan_years(tx: Session) -> list[int]:
    """The years that have a plan, latest first."""
    return sorted(tx.exec(select(PlanYear.year)), reverse=True)


def plan_year(tx: Session, year: int) -> PlanYear | None:
    return tx.get(PlanYear, year)


def manual_milestone_ids(tx: Session, year: int) -> set[int]:
    """The year's milestones ticked by hand: those the records cannot tell done."""
    return {m.id for m in tx.exec(select(PlanMilestone).where(PlanMilestone.year == year)) if not m.done_when}


def materials(tx: Session, year: int) -> list[str]:
    rows = tx.exec(select(PlanMaterial).where(PlanMaterial.year == year).order_by(PlanMaterial.position))
    return [r.title for r in rows]


def quarter_topic(tx: Session, year: int, quarter: int | None) -> str:
    if quarter is None:
        return ""
    row = tx.exec(select(PlanQuarterTopic).where(PlanQuarterTopic.year == year, PlanQuarterTopic.quarter == quarter)).first()
    return row.topic if row else ""


def pledge_themes(tx: Session, year: int) -> list[PledgeTheme]:
    return list(tx.exec(select(PledgeTheme).where(PledgeTheme.year == year).order_by(PledgeTheme.id)))


class MilestoneState(StrEnum):
    DONE = "done"
    DUE = "due"  # not done, due within the next 30 days
    LATE = "late"
    UPCOMING = "upcoming"


MILESTONE_STATE_LABELS = {
    MilestoneState.DONE: "Đã xong",
    MilestoneState.DUE: "Sắp đến hạn",
    MilestoneState.LATE: "Quá hạn",
    MilestoneState.UPCOMING: "Chưa đến hạn",
}


@dataclass(frozen=True)
class MilestoneStatus:
    milestone_id: int
    code: str
    title: str
    due_on: dt.date
    state: MilestoneState
    done_on: dt.date | None
    detail: str


def milestone_statuses(tx: Session, year: int, today: dt.date | None = None) -> list[MilestoneStatus]:
    """Each milestone of the year with what the records say: done (and when), due, late."""
    from .roster import summoned_members  # late import: roster imports plan for themes

    today = today or dt.date.today()
    out: list[MilestoneStatus] = []
    milestones = tx.exec(select(PlanMilestone).where(PlanMilestone.year == year).order_by(PlanMilestone.due_on, PlanMilestone.id))
    for m in milestones:
        done_on: dt.date | None = m.done_on
        detail = ""
        rule = m.done_when or ""
        if rule.startswith("session:"):
            kind = rule.split(":", 1)[1]
            query = select(StudySession).where(StudySession.year == year, StudySession.kind == kind)
            if kind == "chuyen_de_quy" and m.quarter:
                query = query.where(StudySession.quarter == m.quarter)
            first = tx.exec(query.order_by(StudySession.held_on)).first()
            if first is not None:
                done_on = first.held_on
                detail = t("Đã tổ chức ngày {day}", day=f"{first.held_on:%d/%m/%Y}")
        elif rule in ("pledges", "reviews"):
            summoned = summoned_members(tx, m.due_on)
            ids = {mem.id for mem in summoned}
            if rule == "pledges":
                rows = tx.exec(select(Pledge.member_id, Pledge.created_at).where(Pledge.year == year)).all()
            else:
                rows = tx.exec(select(YearReview.member_id, YearReview.reviewed_on).where(YearReview.year == year)).all()
            # The day each member due by the milestone first pledged (or was reviewed).
            first: dict[int, dt.date] = {}
            for member_id, when in rows:
                day = local_day(when) if isinstance(when, dt.datetime) else when  # a pledge's stored UTC moment
                if member_id in ids and (member_id not in first or day < first[member_id]):
                    first[member_id] = day
            missing = len(ids - first.keys())
            detail = t("{done}/{due} đảng viên", done=len(ids) - missing, due=len(ids))
            if ids and missing == 0:
                done_on = max(first.values())
        if done_on is not None:
            state = MilestoneState.DONE
        elif today > m.due_on:
            state = MilestoneState.LATE
        elif (m.due_on - today).days <= 30:
            state = MilestoneState.DUE
        else:
            state = MilestoneState.UPCOMING
        out.append(MilestoneStatus(m.id, m.code, m.title, m.due_on, state, done_on, detail))
    return out


def mark_milestone_done(tx: Session, milestone_id: int, done_on: dt.date | None) -> None:
    m = tx.get(PlanMilestone, milestone_id)
    if m is None:
        raise NotFoundError("Không tìm thấy mốc kế hoạch.")
    if m.done_when:
        raise ValidationError("Mốc này được tính tự động từ sổ sách.", hint="Ghi buổi sinh hoạt, bản đăng ký hoặc kiểm điểm tương ứng.")
    m.done_on = done_on
    tx.add(m)


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
