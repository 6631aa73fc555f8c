"""Consolidation: the consolidated figures of a period, per cell from its current revision and
in total (`consolidated_figures`: what the screen, the PDF and the spreadsheet all show), the
consolidated report, and the committee's own signed file one level up. Which cell reported
what, and who is overdue, is season.py's; a period the committee returned for correction
("trả lại để sửa", receipts.mark_returned) is marked here, once (`_with_return`), for the grid, the
Tổng hợp table and the documents alike, until a newer revision of it arrives.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from sqlmodel import Session, select

from ..book.periods import Period
from ..documents.consolidated import ConsolidatedReport, ConsolidatedRow, ConsolidatedTotals, consolidated_pdf, totals_of
from ..errors import ValidationError, t
from ..store.exchange_tables import ExpectedCell, ReceivedReport, ReturnedReport
from .export import ExportResult, export_revision
from .identity import Identity
from .registry import committee_profile
from .season import DEADLINE_DAYS, GridCell, Season, _received_on, deadline_of, received_periods  # noqa: F401

__all__ = ["DEADLINE_DAYS", "GridCell", "RETURNED", "deadline_of", "received_periods", "reporting_grid",
           "consolidated_figures", "consolidated_report", "consolidation_data", "export_consolidated"]

RETURNED = "returned"  # a state beside season.py's: the current revision was sent back for correction


def _returns(tx: Session, periods: list[Period]) -> dict[str, str]:
    """The return marks of `periods`' revisions: manifest sha256 -> the clerk's reason."""
    codes = sorted({p.code for p in periods})
    if not codes:
        return {}
    return dict(tx.exec(select(ReturnedReport.manifest_sha256, ReturnedReport.reason)
                        .where(ReturnedReport.period.in_(codes))).all())


def _with_return(grid: GridCell, row, returns: dict[str, str]) -> tuple[GridCell, str]:
    """A Season.state grid cell, marked RETURNED when its current revision `row` was sent back:
    a mark names one revision (its manifest), so it holds while that revision is current and
    is over when a newer one arrives (receipts.py). With the return's reason ("" if none)."""
    returned = returns.get(row.manifest_sha256) if row is not None else None
    if returned is None:
        return grid, ""
    reason = t("Trả lại để sửa bản lần {revision}: {reason} (chờ chi bộ gửi bản sửa). {before}",
               revision=grid.revision, reason=returned, before=grid.reason)
    return replace(grid, status=RETURNED, reason=reason), returned


def reporting_grid(tx: Session, periods: list[Period], today: dt.date | None = None) -> list[tuple[ExpectedCell, list[GridCell]]]:
    """Which cells reported for which period, late, overdue and returned ones marked, each with
    its reason: one row per expected cell, one GridCell per period, in the order given."""
    season = Season(tx, periods, today)
    returns = _returns(tx, periods)
    return [(cell, [_with_return(*season.state(cell, p), returns)[0] for p in periods]) for cell in season.cells]


@dataclass(frozen=True)
class ConsolidatedFigures:
    """The consolidated figures of one period: a row per cell listed, and their totals."""

    period: Period
    rows: list[ConsolidatedRow]
    totals: ConsolidatedTotals
    report_ids: list[str | None]  # each row's current revision's report_id (None: not reported)
    cell_uids: list[str | None]


_FIGURES = (ReceivedReport.id, ReceivedReport.report_id, ReceivedReport.cell_name, ReceivedReport.members,
            ReceivedReport.sessions_held, ReceivedReport.summoned, ReceivedReport.present, ReceivedReport.pledged,
            ReceivedReport.reviewed, ReceivedReport.levels)


def consolidated_figures(tx: Session, period: Period, *, today: dt.date | None = None) -> ConsolidatedFigures:
    """One row per expected cell that must report `period` (or reported it anyway), from its
    current revision, with its state and reason as the grid has them; then the totals
    (documents/consolidated.totals_of). The one source of the consolidated numbers."""
    season = Season(tx, [period], today)
    returns = _returns(tx, [period])
    current_ids = []
    states = []
    for cell in season.cells:
        grid, row = season.state(cell, period)
        late = grid.status in ("reported_late", "late")  # a return does not undo lateness
        grid, returned = _with_return(grid, row, returns)
        if row is None and not grid.expected:
            continue  # before the cell's first period: not listed, not counted
        states.append((cell, grid, row, late, returned))
        if row is not None:
            current_ids.append(row.id)
    figures = {r.id: r for r in tx.exec(select(*_FIGURES).where(ReceivedReport.id.in_(current_ids))).all()} if current_ids else {}
    rows, report_ids, uids = [], [], []
    for cell, grid, row, late, returned in states:
        uids.append(cell.cell_uid)
        if row is None:
            report_ids.append(None)
            rows.append(ConsolidatedRow(cell_name=cell.name, reported=False, report_date=None, late=late, sequence=None,
                                        members=0, sessions_held=0, summoned=0, present=0, pledged=0, reviewed=0,
                                        levels={}, status=grid.status, reason=grid.reason))
            continue
        f = figures[row.id]
        report_ids.append(f.report_id)
        rows.append(ConsolidatedRow(
            cell_name=f.cell_name, reported=True, report_date=grid.received_on, late=late, sequence=grid.sequence,
            members=f.members, sessions_held=f.sessions_held, summoned=f.summoned, present=f.present,
            pledged=f.pledged, reviewed=f.reviewed, levels=json.loads(f.levels or "{}"), revision=grid.revision,
            status=grid.status, reason=grid.reason, returned=returned))
    return ConsolidatedFigures(period, rows, totals_of(rows), report_ids, uids)


def consolidated_report(tx: Session, period: Period, *, today: dt.date | None = None) -> ConsolidatedReport:
    """The consolidated report of `period` (PDF and spreadsheet): `consolidated_figures` under
    the committee's heading (`kh130 committee set`, or the receiving page)."""
    today = today or dt.date.today()
    profile = committee_profile(tx)
    figures = consolidated_figures(tx, period, today=today)
    return ConsolidatedReport(committee_name=profile.name or "ĐẢNG ỦY", superior_lines=profile.superior_lines or [],
                              place_name=profile.place_name, period=period, created_on=today, rows=figures.rows,
                              signer_name=profile.signer_name)


def consolidation_data(tx: Session, period: Period, figures: ConsolidatedFigures | ConsolidatedReport) -> dict:
    """report.json of the committee's own file one level up (kind "consolidated"), from the
    consolidated figures (or those of a consolidated report, made again for its day)."""
    if isinstance(figures, ConsolidatedReport):
        figures = consolidated_figures(tx, period, today=figures.created_on)
    profile = committee_profile(tx)
    rows = []
    for uid, report_id, row in zip(figures.cell_uids, figures.report_ids, figures.rows):
        rows.append({
            "cell_uid": uid, "cell_name": row.cell_name, "reported": row.reported,
            "report_id": report_id, "sequence": row.sequence, "revision": row.revision,
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
        raise ValidationError("Chưa khai báo tên cấp ủy tiếp nhận.", hint="Nhập tên cấp ủy ở trang Tiếp nhận báo cáo (hoặc kh130 committee set --name …) trước khi xuất.")
    # The created date must not change the data, or every export would be a new revision.
    figures = consolidated_figures(tx, period, today=today)
    report = consolidated_report(tx, period, today=today)
    data = consolidation_data(tx, period, figures)

    return export_revision(tx, identity, period, kind="consolidated", unit_uid=profile.uid, unit_name=profile.name,
                           report=data, pdf=lambda: consolidated_pdf(report), now=now)
