"""A year's plan as plain data: the same shape as resources/plan/<year>.json.

The seam between the plan in the store and the plan anywhere else: the plan editor's undo
snapshot, a year started from another, and the signed plan file the committee sends down all
go through `plan_to_data` and back through `plan.load_plan`.
"""

from __future__ import annotations

from sqlmodel import Session, select

from ..errors import NotFoundError, t
from ..store.tables import PlanMaterial, PlanMilestone, PlanQuarterTopic, PlanYear, PledgeTheme


def plan_to_data(tx: Session, year: int) -> dict:
    """The year's plan as a JSON-ready dict; `load_plan(tx, plan_to_data(tx, y))` gives it back."""
    plan = tx.get(PlanYear, year)
    if plan is None:
        raise NotFoundError(t("Chưa có kế hoạch năm {year}.", year=year))
    materials = tx.exec(select(PlanMaterial).where(PlanMaterial.year == year).order_by(PlanMaterial.position, PlanMaterial.id))
    topics = tx.exec(select(PlanQuarterTopic).where(PlanQuarterTopic.year == year).order_by(PlanQuarterTopic.quarter))
    themes = tx.exec(select(PledgeTheme).where(PledgeTheme.year == year).order_by(PledgeTheme.id))
    milestones = tx.exec(select(PlanMilestone).where(PlanMilestone.year == year).order_by(PlanMilestone.due_on, PlanMilestone.id))
    return {
        "year": plan.year,
        "plan_number": plan.plan_number,
        "plan_date": plan.plan_date.isoformat() if plan.plan_date else None,
        "issuer": plan.issuer,
        "short_topic": plan.short_topic,
        "topic": plan.topic,
        "materials": [m.title for m in materials],
        "quarter_topics": {str(q.quarter): q.topic for q in topics},
        "pledge_themes": [{"code": th.code, "title": th.title} for th in themes],
        "milestones": [
            {"code": m.code, "title": m.title, "due_on": m.due_on.isoformat(), "quarter": m.quarter, "done_when": m.done_when}
            for m in milestones
        ],
    }
