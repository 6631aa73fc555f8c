"""Consolidation: which cells reported for which period (late ones marked), the consolidated
report of a period from the current revision of each cell, and the committee's own signed
file one level up."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from ..book.periods import Period
from ..clock import local_day
from ..documents.consolidated import ConsolidatedReport, ConsolidatedRow, consolidated_pdf
from ..errors import ValidationError
from ..store.exchange_tables import ExpectedCell, ReceivedReport
from .export import ExportResult, export_revision
from .identity import Identity
from .registry import committee_profile, expected_cells


DEADLINE_DAYS = 15  # a period's report is late when nothing arrived 15 days after its end


def deadline_of(period: Period) -> dt.date:
    return period.end + dt.timedelta(days=DEADLINE_DAYS)


@dataclass(frozen=True)
class GridCell:
    """One cell × one period of the reported/late grid."""

    status: str  # reported | reported_late | missing | late (missing after the deadline) | not_due
    sequence: int | None = None
    received_on: dt.date | None = None


def _received_on(moment: dt.datetime) -> dt.date:
    return local_day(moment)  # the day on the committee's calendar, not in UTC


def _cell_period_state(tx: Session, cell_uid: str | None, period: Period, today: dt.date):
    current = None
    first = None
    if cell_uid:
        current = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell_uid, ReceivedReport.period == period.code,
                                                       ReceivedReport.current.is_(True))).first()
        first = tx.exec(select(func.min(ReceivedReport.received_at)).where(ReceivedReport.cell_uid == cell_uid,
                                                                           ReceivedReport.period == period.code)).one()
    deadline = deadline_of(period)
    if current is not None:
        first_day = _received_on(first) if first is not None else _received_on(current.received_at)
        late = first_day > deadline
        return current, GridCell("reported_late" if late else "reported", current.sequence, first_day), late
    late = today > deadline
    return None, GridCell("late" if late else "not_due"), late


def reporting_grid(tx: Session, periods: list[Period], today: dt.date | None = None) -> list[tuple[ExpectedCell, list[GridCell]]]:
    """Which cells reported for which period, late ones marked."""
    today = today or dt.date.today()
    return [(cell, [_cell_period_state(tx, cell.cell_uid, p, today)[1] for p in periods]) for cell in expected_cells(tx)]


def received_periods(tx: Session) -> list[Period]:
    codes = set(tx.exec(select(ReceivedReport.period)).all())
    return sorted(Period.parse(code) for code in codes)


def consolidated_report(tx: Session, period: Period, *, today: dt.date | None = None):
    """The consolidated report of `period` from the accepted reports (the current revision
    per cell), one row per expected cell, reported or not."""
    today = today or dt.date.today()
    profile = committee_profile(tx)
    rows = []
    for cell in expected_cells(tx):
        current, grid, late = _cell_period_state(tx, cell.cell_uid, period, today)
        if current is None:
            rows.append(ConsolidatedRow(cell_name=cell.name, reported=False, report_date=None, late=late, sequence=None,
                                        members=0, sessions_held=0, summoned=0, present=0, pledged=0, reviewed=0, levels={}))
            continue
        rows.append(ConsolidatedRow(
            cell_name=current.cell_name, reported=True, report_date=grid.received_on, late=late,
            sequence=current.sequence, members=current.members, sessions_held=current.sessions_held,
            summoned=current.summoned, present=current.present,
            pledged=current.pledged, reviewed=current.reviewed, levels=json.loads(current.levels or "{}")))
    return ConsolidatedReport(committee_name=profile.name or "ĐẢNG ỦY", superior_lines=profile.superior_lines or [],
                              place_name=profile.place_name, period=period, created_on=today, rows=rows,
                              signer_name=profile.signer_name)


def consolidation_data(tx: Session, period: Period, report) -> dict:
    """report.json of the committee's own file one level up (kind "consolidated")."""
    profile = committee_profile(tx)
    rows = []
    for cell, row in zip(expected_cells(tx), report.rows):
        current = None
        if cell.cell_uid:
            current = tx.exec(select(ReceivedReport).where(ReceivedReport.cell_uid == cell.cell_uid,
                                                           ReceivedReport.period == period.code,
                                                           ReceivedReport.current.is_(True))).first()
        rows.append({
            "cell_uid": cell.cell_uid, "cell_name": row.cell_name, "reported": row.reported,
            "report_id": current.report_id if current else None, "sequence": row.sequence,
            "received_on": row.report_date.isoformat() if row.report_date else None, "late": row.late,
            "members": row.members, "sessions_held": row.sessions_held,
            "summoned": row.summoned, "present": row.present,
            "attendance_rate": round(row.attendance_rate, 4) if row.attendance_rate is not None else None,
            "pledged": row.pledged, "reviewed": row.reviewed, "levels": dict(sorted(row.levels.items())),
        })
    return {"format": "kh130-report-data", "version": 1, "period": period.code,
            "committee": {"uid": profile.uid, "name": profile.name, "superior_bodies": profile.superior_lines or [],
                          "place_name": profile.place_name},
            "rows": rows}


def export_consolidated(tx: Session, identity: Identity, period: Period, *, today: dt.date | None = None,
                        now: dt.datetime | None = None) -> ExportResult:
    """The committee's own signed file one level up, in the same format (kind "consolidated")."""
    profile = committee_profile(tx)
    if not profile.name or not profile.uid:
        raise ValidationError("Chưa khai báo tên cấp ủy tiếp nhận.", hint="Nhập tên cấp ủy ở trang Tiếp nhận báo cáo trước khi xuất.")
    # The created date must not change the data, or every export would be a new revision.
    report = consolidated_report(tx, period, today=today)
    data = consolidation_data(tx, period, report)

    return export_revision(tx, identity, period, kind="consolidated", unit_uid=profile.uid, unit_name=profile.name,
                           report=data, pdf=lambda: consolidated_pdf(report), now=now)
