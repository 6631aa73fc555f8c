"""Signing a period's revision and writing it out: the one way a signed file leaves this
installation (the export dialog, the receiving page and the command line all call it).

A period's revision is new only when its data changed since the last export; exporting again
with nothing changed gives the very same bytes, so a clerk who receives both sees a duplicate.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable

from sqlmodel import Session, select

from ..book.periods import Period
from ..store import settings
from ..book.cell import get_cell
from ..book.report_data import cell_report_data
from ..clock import local_day
from ..documents.report import cell_report_pdf
from ..store.engine import Store
from ..store.exchange_tables import ExportedReport
from ..store.files import atomic_write_bytes
from ..text import fold
from .container import EXTENSION, REPORT_JSON, REPORT_PDF, build_container, canonical_json, sha256_hex
from .identity import Identity
from .paper_code import PaperCode, next_revision, paper_code_for


def next_sequence(tx: Session) -> int:
    """The installation's next sequence number: only ever grows, whatever the period."""
    last = settings.get(tx, settings.REPORT_SEQUENCE)
    value = int(last) + 1 if last.isdigit() else 1
    settings.put(tx, settings.REPORT_SEQUENCE, str(value))
    return value


def file_name_for(unit_name: str, period: Period, sequence: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(unit_name)).strip("-")[:60] or "bao-cao"
    return f"{slug}_{period.code}_{sequence:04d}{EXTENSION}"


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    file_name: str
    report_id: str
    sequence: int
    supersedes: str | None
    fingerprint: str
    new_revision: bool  # False: nothing changed since the last export, same bytes again


PaperPdf = Callable[[dt.date, PaperCode], bytes]


def export_revision(tx: Session, identity: Identity, period: Period, *, kind: str, unit_uid: str, unit_name: str,
                    report: dict, pdf: Any = None, paper_pdf: PaperPdf | None = None,
                    now: dt.datetime | None = None) -> ExportResult:
    """The signed file for `report`: a new revision when its data changed since the last
    export of the period, else the very same bytes as last time. `pdf` is bytes or a
    callable giving them; `paper_pdf`, when given instead, is called with the revision's day
    and paper code, both fixed before the PDF is made (only called for a new revision)."""
    report_bytes = canonical_json(report)
    content = sha256_hex(report_bytes)
    last = tx.exec(select(ExportedReport).where(ExportedReport.period == period.code)
                   .order_by(ExportedReport.sequence.desc())).first()
    if last is not None and last.content_sha256 == content:
        return ExportResult(last.container, last.file_name, last.report_id, last.sequence, last.supersedes,
                            identity.fingerprint, False)
    created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    if paper_pdf is not None:
        # The paper names its file by what is fixed before the PDF exists (the PDF is a member).
        pdf_bytes = paper_pdf(local_day(created), paper_code_for(unit_uid, period, next_revision(tx, period), content))
    else:
        pdf_bytes = pdf() if callable(pdf) else pdf
    members = {REPORT_JSON: report_bytes}
    if pdf_bytes:
        members[REPORT_PDF] = pdf_bytes
    sequence = next_sequence(tx)
    report_id = str(uuid.uuid4())
    supersedes = last.report_id if last is not None else None
    data = build_container(identity, kind=kind, unit_uid=unit_uid, unit_name=unit_name, period=period,
                           sequence=sequence, report_id=report_id, supersedes=supersedes, created=created,
                           members=members)
    name = file_name_for(unit_name, period, sequence)
    tx.add(ExportedReport(report_id=report_id, period=period.code, sequence=sequence, supersedes=supersedes,
                          content_sha256=content, created_at=created, file_name=name, container=data))
    tx.flush()
    return ExportResult(data, name, report_id, sequence, supersedes, identity.fingerprint, True)


def export_cell_report(tx: Session, identity: Identity, period: Period, *, now: dt.datetime | None = None) -> ExportResult:
    """The cell's signed report file for `period` (year or quarter)."""
    cell = get_cell(tx)

    def paper(day: dt.date, code: PaperCode) -> bytes:
        # The same date and code a reprint finds again (paper_code.printed_report_pdf).
        return cell_report_pdf(tx, period, issued_on=day, paper_code=code.text, revision=code.revision)

    return export_revision(tx, identity, period, kind="cell", unit_uid=cell.uid, unit_name=cell.name,
                           report=cell_report_data(tx, period), paper_pdf=paper, now=now)


def write_revision(store: Store, sign: Callable[[Session], ExportResult], destination: str | os.PathLike[str]
                   ) -> tuple[ExportResult, Path]:
    """Sign (or reuse) a revision in one transaction, then write it atomically: into
    `destination` when that is a folder (a USB stick), else as that very file. The one way a
    signed file is written: `sign` is `export_cell_report` or `export_consolidated` bound to
    its arguments."""
    with store.transaction() as tx:
        result = sign(tx)
    target = Path(destination)
    if target.is_dir():
        target = target / result.file_name
    return result, atomic_write_bytes(target, result.data, mode=0o644)
