"""A year's plan replaced by a newer one (a revision from the committee) without losing what
the cell did: its records never hang on the plan's rows (sessions, pledges and reviews name a
year, a theme by its code), and the manual "done" marks are carried over by milestone code.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from ..store.tables import PlanMilestone, PlanYear
from .plan import load_plan


def manual_marks(tx: Session, year: int) -> dict[str, dt.date]:
    """The year's milestones ticked by hand, by code: what the records cannot tell."""
    rows = tx.exec(select(PlanMilestone).where(PlanMilestone.year == year, PlanMilestone.done_when == ""))
    return {m.code: m.done_on for m in rows if m.done_on is not None}


def replace_plan(tx: Session, data: dict) -> PlanYear:
    """Load `data` (checked: exchange/plan_file.check_plan_data) as the year's plan, keeping
    each manual "done" mark whose milestone (same code) is still marked by hand in the new plan."""
    marks = manual_marks(tx, int(data["year"]))
    plan = load_plan(tx, data)
    for m in tx.exec(select(PlanMilestone).where(PlanMilestone.year == plan.year, PlanMilestone.done_when == "")):
        if m.code in marks:
            m.done_on = marks[m.code]
            tx.add(m)
    tx.flush()
    return plan
