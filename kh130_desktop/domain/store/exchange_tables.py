"""The tables of the report file exchange: what a cell exported, and what a receiving
committee was sent, trusted, held, accepted and refused.

A cell installation uses `exported_report` only; a receiving installation uses the rest.
Both live in the same store so one build serves both roles (see docs/report-format.md).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Date, ForeignKey, Integer, LargeBinary, Text
from sqlmodel import Field, SQLModel

from .tables import _now


class ExportedReport(SQLModel, table=True):
    """Each revision of a period's report file this installation signed (cell side).

    The container bytes are kept so that exporting an unchanged revision again writes the
    very same file, byte for byte."""

    __tablename__ = "exported_report"
    id: int | None = Field(default=None, primary_key=True)
    report_id: str = Field(max_length=36, unique=True)
    period: str = Field(max_length=10, index=True)
    sequence: int
    supersedes: str | None = Field(default=None, max_length=36)
    content_sha256: str = Field(max_length=64)  # of report.json: "same revision" means same data
    created_at: dt.datetime
    file_name: str = Field(max_length=200)
    container: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ExpectedCell(SQLModel, table=True):
    """A cell the receiving committee expects reports from (a row of the reported/late grid)."""

    __tablename__ = "expected_cell"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    cell_uid: str | None = Field(default=None, max_length=36, unique=True)  # learnt from its first file
    added_at: dt.datetime = Field(default_factory=_now)
    # The first period the cell is expected to report (a period code); None: from its first
    # report (consolidation.first_expected). Nothing before it is ever overdue.
    first_period: str | None = Field(default=None, max_length=10)


class TrustedKey(SQLModel, table=True):
    """A cell's public key, trusted after a person compared its fingerprint with the paper slip."""

    __tablename__ = "trusted_key"
    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(max_length=80, unique=True)  # canonical "ABCD EF01 …"
    public_key: str = Field(default="", max_length=64)  # raw key, base64; empty if trusted by fingerprint only
    expected_cell_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("expected_cell.id", ondelete="SET NULL"), nullable=True, index=True)
    )
    # The cell the key signs for; bound by the first file accepted with it when trusted by
    # fingerprint alone. A file for any other cell signed by this key is refused.
    cell_uid: str | None = Field(default=None, max_length=36, index=True)
    source: str = Field(default="pem", max_length=16)  # pem | fingerprint | held
    trusted_at: dt.datetime = Field(default_factory=_now)
    # Revoked (a lost or stolen laptop): files it signed on or after this day, on the
    # committee's calendar, are refused, and those received are withdrawn; earlier ones stay.
    revoked_from: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    revoked_at: dt.datetime | None = None
    revoked_reason: str = Field(default="", max_length=200)


class ReceivedReport(SQLModel, table=True):
    """A received revision of a cell's report (exchange/revisions.py orders them): the newest
    of its cell and period that is not withdrawn is `current`. A revision is named by its
    signed manifest (`manifest_sha256`), whatever container carried it."""

    __tablename__ = "received_report"
    id: int | None = Field(default=None, primary_key=True)
    report_id: str = Field(max_length=36, unique=True)
    cell_uid: str = Field(max_length=36, index=True)
    cell_name: str = Field(max_length=200)
    kind: str = Field(default="cell", max_length=16)
    installation_id: str = Field(max_length=36, index=True)
    fingerprint: str = Field(max_length=80)
    period: str = Field(max_length=10, index=True)
    sequence: int
    supersedes: str | None = Field(default=None, max_length=36)
    created_at: dt.datetime  # as signed in the manifest
    received_at: dt.datetime = Field(default_factory=_now)
    current: bool = True
    # Signed by a key revoked from a day on or before its signing: kept, never current.
    withdrawn: bool = False
    container_sha256: str = Field(max_length=64, index=True)  # of the container first received
    manifest_sha256: str = Field(max_length=64, unique=True)  # of manifest.json's exact bytes
    # Figures computed from the records at import, for the consolidated report.
    members: int = 0
    sessions_held: int = 0
    summoned: int = 0
    present: int = 0
    pledged: int = 0
    reviewed: int = 0
    levels: str = Field(default="{}", max_length=400)  # JSON {level code: count}


class ReceivedContainer(SQLModel, table=True):
    """A received revision's signed file, byte for byte as it first arrived. Apart from
    received_report so that reading the revisions never reads their files (~50 KB each)."""

    __tablename__ = "received_container"
    report_pk: int = Field(sa_column=Column(Integer, ForeignKey("received_report.id", ondelete="CASCADE"),
                                            primary_key=True))
    container: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class HeldReport(SQLModel, table=True):
    """A sound file signed by a key nobody has trusted yet: waits for a person to compare
    the fingerprint with the paper slip. It is not a report until then."""

    __tablename__ = "held_report"
    id: int | None = Field(default=None, primary_key=True)
    container_sha256: str = Field(max_length=64, unique=True)
    fingerprint: str = Field(max_length=80, index=True)
    public_key: str = Field(max_length=64)
    cell_uid: str = Field(max_length=36)
    cell_name: str = Field(max_length=200)
    period: str = Field(max_length=10)
    sequence: int
    file_name: str = Field(max_length=300)
    held_at: dt.datetime = Field(default_factory=_now)
    container: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ImportAudit(SQLModel, table=True):
    """One row for every file an import (not a dry run) looked at, whatever became of it."""

    __tablename__ = "import_audit"
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=_now)
    file_name: str = Field(max_length=300)
    size: int = 0
    container_sha256: str = Field(default="", max_length=64)
    outcome: str = Field(max_length=16)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    report_id: str = Field(default="", max_length=36)
    cell_uid: str = Field(default="", max_length=36)
    cell_name: str = Field(default="", max_length=200)
    period: str = Field(default="", max_length=10)
    sequence: int | None = None
    fingerprint: str = Field(default="", max_length=80)


# --- the files that come down (exchange/plan_file.py, receipts.py; docs/report-format.md §7) ---

class IssuedPlan(SQLModel, table=True):
    """Each revision of a year's plan file this committee signed. An unchanged plan issued
    again is the very same file (its container is kept)."""

    __tablename__ = "issued_plan"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    revision: int  # per year: 1, 2, …
    report_id: str = Field(max_length=36, unique=True)
    content_sha256: str = Field(max_length=64)  # of plan.json's plan: "same revision" means same plan
    created_at: dt.datetime
    file_name: str = Field(max_length=200)
    container: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ReturnedReport(SQLModel, table=True):
    """A received revision the committee sent back for correction ("trả lại để sửa"): it
    stays received; the mark and its reason go to the cell in the next receipt."""

    __tablename__ = "returned_report"
    id: int | None = Field(default=None, primary_key=True)
    manifest_sha256: str = Field(max_length=64, unique=True)  # the revision returned
    cell_uid: str = Field(max_length=36, index=True)
    period: str = Field(max_length=10)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    returned_at: dt.datetime = Field(default_factory=_now)


class IssuedReceipt(SQLModel, table=True):
    """Each receipt written for a cell: its number only grows per cell (a cell refuses an
    older one as stale)."""

    __tablename__ = "issued_receipt"
    id: int | None = Field(default=None, primary_key=True)
    cell_uid: str = Field(max_length=36, index=True)
    number: int
    created_at: dt.datetime
    file_name: str = Field(max_length=200)
    manifest_sha256: str = Field(max_length=64)


class ReceivedPlan(SQLModel, table=True):
    """A plan file this cell imported from its committee: where the year's plan came from."""

    __tablename__ = "received_plan"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    revision: int
    committee_uid: str = Field(max_length=36)
    committee_name: str = Field(max_length=200)
    fingerprint: str = Field(max_length=80)
    manifest_sha256: str = Field(max_length=64, unique=True)
    plan_sha256: str = Field(max_length=64)  # of the plan as imported: a later edit here shows
    created_at: dt.datetime  # as signed
    received_at: dt.datetime = Field(default_factory=_now)


class ReceivedReceipt(SQLModel, table=True):
    """A receipt this cell imported: what the committee did with the files it sent."""

    __tablename__ = "received_receipt"
    id: int | None = Field(default=None, primary_key=True)
    committee_uid: str = Field(max_length=36)
    number: int
    fingerprint: str = Field(max_length=80)
    manifest_sha256: str = Field(max_length=64, unique=True)
    created_at: dt.datetime  # as signed
    received_at: dt.datetime = Field(default_factory=_now)


class ReceiptEntry(SQLModel, table=True):
    """One line of a received receipt: a revision of a period and what became of it."""

    __tablename__ = "receipt_entry"
    id: int | None = Field(default=None, primary_key=True)
    receipt_pk: int = Field(sa_column=Column(Integer, ForeignKey("received_receipt.id", ondelete="CASCADE"), nullable=False, index=True))
    period: str = Field(max_length=10, index=True)
    report_id: str = Field(default="", max_length=36)
    revision: int | None = None
    outcome: str = Field(max_length=16)  # received | refused | returned
    day: dt.date = Field(sa_column=Column(Date, nullable=False))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class HeldIncoming(SQLModel, table=True):
    """A sound plan file or receipt signed by a key this cell has not trusted: kept until the
    secretary compares its fingerprint with the committee's slip."""

    __tablename__ = "held_incoming"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # plan | receipt
    container_sha256: str = Field(max_length=64, unique=True)
    fingerprint: str = Field(max_length=80, index=True)
    unit_name: str = Field(max_length=200)
    file_name: str = Field(max_length=300)
    held_at: dt.datetime = Field(default_factory=_now)
    container: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
