"""What became of one file a committee looked at: the outcomes of judging it, and their words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..errors import DomainError
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
    Outcome.STALE: "Bản cũ (bỏ qua)",
    Outcome.HELD: "Chờ phê duyệt khóa",
    Outcome.REJECTED: "Từ chối",
}


WRITES = (Outcome.ACCEPTED, Outcome.SUPERSEDES)


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

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def line(self) -> str:
        """One line for the command line."""
        what = f" — {self.cell_name} {self.period} #{self.sequence}" if self.cell_name else ""
        return f"{self.file_name}: {self.label}{what}. {self.reason}"


def _refused(name: str, exc: DomainError, size: int = 0, sha: str = "") -> FileResult:
    reason = exc.message + (f" {exc.hint}" if exc.hint else "")
    return FileResult(name, Outcome.REJECTED, reason, code=exc.code, size=size, container_sha256=sha)


def _result(v: VerifiedFile, name: str, outcome: Outcome, reason: str, code: str = "") -> FileResult:
    return FileResult(name, outcome, reason, code=code, report_id=v.report_id, cell_uid=v.cell_uid,
                      cell_name=v.cell_name, period=v.period, sequence=v.sequence, fingerprint=v.fingerprint,
                      size=v.size, container_sha256=v.container_sha256)
