"""Making and editing a year's plan, for a cell and for the committee alike.

A year is started from an earlier year's plan (structure copied, dates moved), from a plan file
on disk, or empty; the editor saves the whole plan at once. Each is one transaction that gives
back the plan as it was before (`PlanSaved.before`, plan_data.plan_to_data's shape), so that
"Hoàn tác" can put it back with `undo_plan`. The records and the manual "done" marks stay
(plan.load_plan); a pledge theme that a pledge follows cannot be taken away.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, func, select

from ..errors import NotFoundError, ValidationError, t
from ..store.tables import Pledge, PlanYear, PledgeTheme
from .plan import available_plan_files, load_plan, plan_file
from .plan_check import check_plan_data, read_plan_file
from .plan_data import plan_to_data


@dataclass(frozen=True)
class PlanSaved:
    year: int
    before: dict | None  # the plan before this action; None when the year had none


def empty_plan_data(year: int) -> dict:
    """A year with nothing in it yet, for the editor to fill."""
    return {"year": year, "plan_number": "", "plan_date": None, "issuer": "", "short_topic": "", "topic": "",
            "materials": [], "quarter_topics": {}, "pledge_themes": [], "milestones": []}


def previous_plan_year(tx: Session, year: int) -> int | None:
    """The latest year before `year` that has a plan: the one a new year starts from."""
    return tx.exec(select(func.max(PlanYear.year)).where(PlanYear.year < year)).first()


@dataclass(frozen=True)
class PlanSource:
    year: int
    data: dict
    bundled: bool  # the example plan that comes with the program, not one in the store


def previous_plan(tx: Session, year: int) -> PlanSource | None:
    """What a new `year` is copied from: the latest earlier plan in the store, else the latest
    earlier plan that comes with the program (a new cell has none of its own yet)."""
    stored = previous_plan_year(tx, year)
    if stored is not None:
        return PlanSource(stored, plan_to_data(tx, stored), False)
    bundled = [y for y in available_plan_files() if y < year]
    if bundled:
        return PlanSource(bundled[-1], read_plan_file(plan_file(bundled[-1])), True)
    return None


def shifted_plan_data(data: dict, year: int) -> dict:
    """`data` (a checked plan) moved to `year`: every date moved by the years between, the year
    written in the topics and milestones changed, the plan's number left for the new plan. The
    materials stay as they are: they are documents with their own dates."""
    shift = year - data["year"]
    old, new = str(data["year"]), str(year)
    moved = dict(data, year=year, plan_number="", plan_date=_shift_iso(data["plan_date"], shift),
                 topic=data["topic"].replace(old, new), short_topic=data["short_topic"].replace(old, new))
    moved["materials"] = list(data["materials"])
    moved["quarter_topics"] = {q: text.replace(old, new) for q, text in data["quarter_topics"].items()}
    moved["pledge_themes"] = [dict(theme) for theme in data["pledge_themes"]]
    moved["milestones"] = [dict(m, title=m["title"].replace(old, new), due_on=_shift_iso(m["due_on"], shift))
                           for m in data["milestones"]]
    return moved


def start_from_year(tx: Session, year: int, source_year: int | None = None, *, topic: str | None = None) -> PlanSaved:
    """Start `year` from `source_year`'s plan (by default the latest one before it, the
    bundled example when the store has none)."""
    _refuse_existing(tx, year)
    if source_year is None:
        source = previous_plan(tx, year)
    else:
        source = PlanSource(source_year, plan_to_data(tx, source_year), False) if tx.get(PlanYear, source_year) else None
    if source is None:
        raise NotFoundError(t("Chưa có kế hoạch năm trước năm {year} để chép sang.", year=year) if source_year is None
                            else t("Chưa có kế hoạch năm {source_year}.", source_year=source_year),
                            hint="Tạo kế hoạch từ tệp của cấp ủy cấp trên, hoặc tạo kế hoạch trống rồi ghi vào.")
    data = shifted_plan_data(source.data, year)
    if topic is not None:
        data["topic"] = topic
    load_plan(tx, data)
    return PlanSaved(year, None)


def start_from_data(tx: Session, year: int, data: dict) -> PlanSaved:
    """Start `year` from a plan given as data (a file's, already read); its year must be `year`."""
    _refuse_existing(tx, year)
    checked = check_plan_data(data)
    if checked["year"] != year:
        raise ValidationError(t("Đây là kế hoạch năm {file_year}, không phải năm {year}.", file_year=checked["year"], year=year),
                              hint="Chọn tệp kế hoạch của đúng năm.", field="year")
    load_plan(tx, checked)
    return PlanSaved(year, None)


def start_from_file(tx: Session, year: int, path: Path) -> PlanSaved:
    """Start `year` from a plan JSON file on disk (the shape of resources/plan/<year>.json)."""
    return start_from_data(tx, year, read_plan_file(Path(path), year))


def start_empty(tx: Session, year: int, topic: str) -> PlanSaved:
    """Start `year` with its topic alone; the rest is written in the editor."""
    _refuse_existing(tx, year)
    load_plan(tx, dict(empty_plan_data(year), topic=topic))
    return PlanSaved(year, None)


def save_plan(tx: Session, data: dict) -> PlanSaved:
    """The editor's "Lưu": the whole year's plan as `data`, made or replaced."""
    checked = check_plan_data(data)
    year = checked["year"]
    before = plan_to_data(tx, year) if tx.get(PlanYear, year) is not None else None
    _refuse_themes_in_use(tx, year, checked)
    load_plan(tx, checked)
    return PlanSaved(year, before)


def undo_plan(tx: Session, year: int, before: dict | None) -> PlanSaved:
    """Put back the plan as it was before a save (`before`), or no plan when it had none."""
    now = plan_to_data(tx, year) if tx.get(PlanYear, year) is not None else None
    if before is None:
        if now is not None:
            _refuse_themes_in_use(tx, year, None)
            tx.delete(tx.get(PlanYear, year))
            tx.flush()
        return PlanSaved(year, now)
    checked = check_plan_data(before)
    if checked["year"] != year:
        raise ValidationError(t("Bản lưu để hoàn tác là của năm {other}, không phải năm {year}.", other=checked["year"], year=year))
    _refuse_themes_in_use(tx, year, checked)
    load_plan(tx, checked)
    return PlanSaved(year, now)


def _refuse_existing(tx: Session, year: int) -> None:
    if tx.get(PlanYear, year) is not None:
        raise ValidationError(t("Đã có kế hoạch năm {year}.", year=year), hint="Sửa kế hoạch năm đó thay vì tạo mới.", field="year")


def _refuse_themes_in_use(tx: Session, year: int, data: dict | None) -> None:
    """A theme that a pledge of the year follows stays: a pledge would point at nothing."""
    kept = {theme["code"] for theme in data["pledge_themes"]} if data else set()
    for theme in tx.exec(select(PledgeTheme).where(PledgeTheme.year == year).order_by(PledgeTheme.id)):
        if theme.code in kept:
            continue
        used = tx.exec(select(func.count()).select_from(Pledge).where(Pledge.year == year, Pledge.theme_code == theme.code)).one()
        if used:
            raise ValidationError(
                t("Nội dung làm theo “{title}” đang có {n} bản đăng ký chọn, không bỏ được.", title=theme.title, n=used),
                hint="Giữ nội dung đó (có thể sửa tên), hoặc sửa các bản đăng ký sang nội dung khác trước.",
                field="pledge_themes")


def _shift_iso(value: str | None, years: int) -> str | None:
    if not value:
        return value
    day = dt.date.fromisoformat(value)
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28).isoformat()
