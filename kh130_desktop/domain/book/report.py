"""The cell's quarterly and year-end report: what the plan asks the cell to report, computed.

Everything is derived from the period's records (report_data), the very records of the signed
file: its numbers are the period's figures (figures.py), its lists (sessions, names, pledge lines,
opinions) come from the same records, and nothing here is typed twice. The printed report
(documents.report) reads this one `CellReport`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from ..store.tables import PledgeTheme, PlanYear
from ..text import sort_key
from .cell import get_cell, secretary, superior_lines
from .figures import PeriodFigures, SessionFigures, figures_from
from .periods import ROMAN, Period
from .report_data import period_records
from .vocabulary import SessionKind, label


@dataclass(frozen=True)
class SessionRow:
    figures: SessionFigures
    kind_label: str
    title: str


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
    figures: PeriodFigures
    sessions: list[SessionRow]
    members_without_pledges: list[str]  # names, of the members counted
    pledges_by_theme: dict[str, int]  # theme title -> count, the plan's order
    pledge_lines: list[PledgeLine]  # every pledge of the records, counted or not
    exemplary: list[str]  # names
    collective: list[CollectiveLine]
    opinions: list[OpinionLine]


def cell_report(tx: Session, period: Period) -> CellReport:
    cell = get_cell(tx)
    records = period_records(tx, period)
    figures = figures_from(records)
    plan = tx.get(PlanYear, period.year)
    names = {m["uid"]: m["full_name"] for m in records["members"]}
    themes = {t.code: t.title for t in tx.exec(select(PledgeTheme).where(PledgeTheme.year == period.year).order_by(PledgeTheme.id))}
    quarters = {1, 2, 3, 4} if period.quarter is None else {period.quarter}
    sessions = [SessionRow(f, _kind_label(s["kind"], s["quarter"]), s["title"] or _kind_label(s["kind"], s["quarter"]))
                for s, f in zip(records["sessions"], figures.by_session)]
    counts = figures.pledges_by_theme
    order = [*themes, *sorted(code for code in counts if code and code not in themes), ""]
    by_theme = {themes.get(code, code) or "Khác": counts[code] for code in order if code in counts}
    pledge_lines = [PledgeLine(
        member_name=names.get(p["member"], ""), content=p["content"], theme=themes.get(p["theme_code"], p["theme_code"]),
        target=p["target"], deadline=_day(p["deadline"]),
        progress=[f"Quý {ROMAN[n['quarter']]}: {n['note']}" for n in p["progress"] if n["quarter"] in quarters],
    ) for p in records["pledges"]]
    opinions = [OpinionLine(_day(s["held_on"]), o["speaker"], o["opinion"]) for s in records["sessions"] for o in s["opinions"]]
    collective = [CollectiveLine(c["problem"], c["solution"], c["target"], _day(c["deadline"]), c["result"], c["level"])
                  for c in records["collective_pledges"]]
    chief = secretary(tx)
    return CellReport(
        cell_name=cell.name, cell_uid=cell.uid, period=period, superior_lines=superior_lines(cell),
        receiving_committee=cell.receiving_committee, place_name=cell.place_name,
        secretary_name=chief.full_name if chief else "",
        plan_number=plan.plan_number if plan else "", plan_date=plan.plan_date if plan else None,
        plan_issuer=plan.issuer if plan else "", topic=(plan.short_topic or plan.topic) if plan else "",
        figures=figures,
        sessions=sessions,
        members_without_pledges=sorted((names[uid] for uid in figures.unpledged), key=sort_key),
        pledges_by_theme=by_theme,
        pledge_lines=pledge_lines,
        exemplary=sorted((names[uid] for uid in figures.exemplary_members), key=sort_key),
        collective=collective,
        opinions=opinions,
    )


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _kind_label(kind: str, quarter: int | None) -> str:
    text = label(kind)
    if kind == SessionKind.THEMATIC and quarter:
        text += f" quý {ROMAN[quarter]}"
    return text
