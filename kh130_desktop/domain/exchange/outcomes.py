"""What became of one file a committee looked at: the outcomes of judging it, and their words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..errors import DomainError, Text
from .container import VerifiedFile


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    SUPERSEDES = "supersedes"
    DUPLICATE = "duplicate"
    STALE = "stale"
    HELD = "held"
    REJECTED = "rejected"


OUTCOME_LABELS = {
    Outcome.ACCEPTED: "Nhận",
    Outcome.SUPERSEDES: "Nhận, thay bản cũ",
    Outcome.DUPLICATE: "Trùng (đã có)",
    Outcome.STALE: "Bản cũ hơn (đã lưu)",
    Outcome.HELD: "Chờ phê duyệt khóa",
    Outcome.REJECTED: "Từ chối",
}


# Outcomes that store the revision: an older revision arriving after a newer one is kept too
# (not current), so the store, and the revision numbers, do not depend on arrival order.
WRITES = (Outcome.ACCEPTED, Outcome.SUPERSEDES, Outcome.STALE)
# Outcomes that leave the file in: received now, or already there.
IN = (Outcome.ACCEPTED, Outcome.SUPERSEDES, Outcome.STALE, Outcome.DUPLICATE)


@dataclass(frozen=True)
class FileResult:
    """What happened (or, in a dry run, would happen) to one file, and why."""

    file_name: str
    outcome: Outcome
    reason: str
    code: str = ""  # the refusal's code for rejected files (malformed, bad_signature, …)
    report_id: str = ""
    cell_uid: str = ""
    cell_name: str = ""
    period: str = ""
    sequence: int | None = None
    fingerprint: str = ""
    size: int = 0
    container_sha256: str = ""
    revision: int | None = None  # per cell and period, for the files that are in (revisions.py)
    manifest_sha256: str = ""

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def line(self) -> str:
        """One line for the command line."""
        what = f" — {self.cell_name} {self.period}" if self.cell_name else ""
        if self.revision:
            what += f" bản lần {self.revision}"
        return f"{self.file_name}: {self.label}{what}. {self.reason}"


def _refused(name: str, exc: DomainError, size: int = 0, sha: str = "") -> FileResult:
    reason = exc.message + (f" {exc.hint}" if exc.hint else "")
    return FileResult(name, Outcome.REJECTED, reason, code=exc.code, size=size, container_sha256=sha)


def _result(v: VerifiedFile, name: str, outcome: Outcome, reason: str, code: str = "",
            revision: int | None = None) -> FileResult:
    """The outcome of a verified file; texts normalised to NFC on reading are said after the reason."""
    if v.warnings:
        reason = Text("{reason} {warnings}", {"reason": reason, "warnings": " ".join(v.warnings)})
    return FileResult(name, outcome, reason, code=code, report_id=v.report_id, cell_uid=v.cell_uid,
                      cell_name=v.cell_name, period=v.period, sequence=v.sequence, fingerprint=v.fingerprint,
                      size=v.size, container_sha256=v.container_sha256, revision=revision,
                      manifest_sha256=v.manifest_sha256)
