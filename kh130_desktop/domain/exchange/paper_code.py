"""The paper code: the short code and QR printed on a signed report, pointing to its file.

    KH130-4E6FBBD3-2022Q2-L2-659D32D9
          cell     period rev report.json

A committee clerk holding a printed report and a stack of received files must be able to tell
which file the paper was printed from, and whether a newer revision came in since. The PDF is
itself a member of the signed file, and the manifest lists the PDF's hash, so the code can hash
neither: it is made from what is fixed before the PDF is laid out, namely

- the first 8 characters of the cell's uid (its first group, upper case);
- the period, without its dash ("2022", "2022Q2");
- the revision number counted per cell and period ("L2": the second revision of that period
  this cell signed), counted from the cell's exported revisions of the period, not the file's
  `sequence`, which counts across the installation;
- the first 8 hexadecimal digits of the SHA-256 of `report.json` (upper case), the very value
  the manifest lists for that member, so anyone can check it with `sha256sum`.

`report.json` carries the cell's uid and the period, and two revisions never have the same
`report.json` (an unchanged period exports the same file again), so the digest alone names the
revision; the other parts let a person read the code and let the receiving side look it up
fast. The format is in docs/report-format.md §6.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import Session, select

from ..book.periods import Period
from ..book.report_data import cell_report_data
from ..clock import local_day
from ..documents.report import cell_report_pdf
from ..errors import Text, ValidationError, t
from ..store.exchange_tables import ExportedReport, ReceivedReport
from .container import REPORT_JSON, sha256_hex, verify_bytes
from .received import container_of
from .refusal import ReportFileError
from .strict_json import canonical_json

PREFIX = "KH130"
CELL_CHARS = 8
DIGEST_CHARS = 8
_CODE = re.compile(r"^(?:KH130-)?([0-9A-Z]{1,8})-(\d{4})(Q[1-4])?-L(\d{1,6})-([0-9A-F]{8})$")


@dataclass(frozen=True)
class PaperCode:
    cell: str  # the first 8 characters of the cell's uid, upper case, no dash
    period: str  # a period code: "2022" or "2022-Q2"
    revision: int  # per cell and period: 1, 2, …
    digest: str  # the first 8 hex digits of report.json's SHA-256, upper case

    @property
    def text(self) -> str:
        return f"{PREFIX}-{self.cell}-{self.period.replace('-', '')}-L{self.revision}-{self.digest}"

    def __str__(self) -> str:
        return self.text

    def names_cell(self, cell_uid: str) -> bool:
        return _cell_part(cell_uid) == self.cell

    def names_report(self, report_json_sha256: str) -> bool:
        return report_json_sha256.upper().startswith(self.digest)


def _cell_part(cell_uid: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", cell_uid)[:CELL_CHARS].upper()


def paper_code_for(cell_uid: str, period: Period, revision: int, report_json_sha256: str) -> PaperCode:
    """The code of the revision `revision` of `period` whose report.json has that SHA-256."""
    return PaperCode(_cell_part(cell_uid), period.code, revision, report_json_sha256[:DIGEST_CHARS].upper())


def parse_paper_code(text: str) -> PaperCode:
    """A code as typed from the paper or read from its QR: case, spaces and the "KH130-" prefix
    do not matter."""
    folded = re.sub(r"\s+", "", text or "").upper().replace("–", "-").replace("—", "-")
    match = _CODE.match(folded)
    if match is None:
        raise ValidationError(t("“{code}” không phải mã đối chiếu của báo cáo in.", code=(text or "").strip()[:60]),
                              hint="Mã in dưới chữ ký của báo cáo, dạng KH130-4E6FBBD3-2022Q2-L2-659D32D9.",
                              field="paper_code")
    cell, year, quarter, revision, digest = match.groups()
    period = Period(int(year), int(quarter[1]) if quarter else None)
    if int(revision) < 1:
        raise ValidationError(t("“{code}” không phải mã đối chiếu của báo cáo in.", code=text.strip()[:60]),
                              hint="Số lần của bản báo cáo bắt đầu từ 1.", field="paper_code")
    return PaperCode(cell, period.code, int(revision), digest)


# --- the cell's side: which revision a printed report is -----------------------------------

def next_revision(tx: Session, period: Period) -> int:
    """The revision number a new export of `period` takes: one more than those signed so far."""
    return len(tx.exec(select(ExportedReport.id).where(ExportedReport.period == period.code)).all()) + 1


def revision_number(tx: Session, exported: ExportedReport) -> int:
    """The place of an exported revision among its period's, from 1 (per cell and period)."""
    earlier = tx.exec(select(ExportedReport.id).where(ExportedReport.period == exported.period,
                                                      ExportedReport.sequence <= exported.sequence)).all()
    return len(earlier)


@dataclass(frozen=True)
class ReportPaper:
    """What a printed report of a period carries: its date, and its file's code when the
    records are those of a signed revision."""

    issued_on: dt.date
    code: PaperCode | None = None


def report_paper(tx: Session, period: Period, *, today: dt.date | None = None) -> ReportPaper:
    """The date and code the report of `period` prints with. When the records are those of an
    exported revision (the same report.json), it is that revision's day and code: a reprint
    keeps them. A period never exported, or changed since its last export, is a draft dated
    `today`, with no code (no file holds those figures yet)."""
    from ..book.cell import get_cell

    cell = get_cell(tx)
    content = sha256_hex(canonical_json(cell_report_data(tx, period)))
    exported = tx.exec(select(ExportedReport).where(ExportedReport.period == period.code,
                                                    ExportedReport.content_sha256 == content)
                       .order_by(ExportedReport.sequence.desc())).first()
    if exported is None:
        return ReportPaper(today or dt.date.today())
    code = paper_code_for(cell.uid, period, revision_number(tx, exported), content)
    return ReportPaper(local_day(exported.created_at), code)


def printed_report_pdf(tx: Session, period: Period, *, today: dt.date | None = None) -> bytes:
    """The report of `period` to print or preview: the signed revision's date and code when the
    records are those of one (`report_paper`), so the paper matches the file sent."""
    paper = report_paper(tx, period, today=today)
    return cell_report_pdf(tx, period, issued_on=paper.issued_on,
                           paper_code=paper.code.text if paper.code else "",
                           revision=paper.code.revision if paper.code else None)


# --- the receiving side: which received file a paper is ------------------------------------

NEWEST = "newest"  # the paper is of the newest revision received for its cell and period
OLDER = "older"  # the paper is of a revision received before, since superseded
UNKNOWN = "unknown"  # no received file is the one the paper was printed from


@dataclass(frozen=True)
class PaperMatch:
    status: str  # NEWEST | OLDER | UNKNOWN
    code: PaperCode
    message: Text  # one line for the clerk, Vietnamese (a domain text: translatable)
    report: ReceivedReport | None = None  # the received revision the paper was printed from
    current: ReceivedReport | None = None  # the newest received revision of that cell and period


def _report_json_sha256(tx: Session, row: ReceivedReport) -> str | None:
    try:
        verified = verify_bytes(container_of(tx, row.id))
    except ReportFileError:  # stored files were verified on import; a damaged store matches nothing
        return None
    data = verified.members.get(REPORT_JSON)
    return sha256_hex(data) if data is not None else None


def match_paper(tx: Session, code: str | PaperCode) -> PaperMatch:
    """The received revision a printed report's code names, and whether it is the newest one
    received for that cell and period. Reads only; raises ValidationError for text that is not
    a paper code."""
    paper = code if isinstance(code, PaperCode) else parse_paper_code(code)
    candidates = [row_id for row_id, cell_uid in tx.exec(
        select(ReceivedReport.id, ReceivedReport.cell_uid).where(ReceivedReport.period == paper.period,
                                                                 ReceivedReport.withdrawn.is_(False))).all()
        if paper.names_cell(cell_uid)]
    rows = [tx.get(ReceivedReport, row_id) for row_id in candidates]
    if not rows:
        return PaperMatch(UNKNOWN, paper, t("Chưa nhận tệp báo cáo nào của chi bộ này cho kỳ {period}.",
                                            period=paper.period))
    current = next((row for row in rows if row.current), None)
    found = next((row for row in rows if (digest := _report_json_sha256(tx, row)) and paper.names_report(digest)), None)
    if found is None:
        return PaperMatch(UNKNOWN, paper, t("Không có tệp đã nhận nào khớp với bản giấy này (bản lần {revision}): "
                                            "có thể chi bộ chưa gửi tệp của bản này.", revision=paper.revision),
                          current=current)
    if found.current:
        return PaperMatch(NEWEST, paper, t("Khớp bản lần {revision}: bản mới nhất đã nhận của {cell}.",
                                           revision=paper.revision, cell=found.cell_name), found, found)
    return PaperMatch(OLDER, paper, t("Bản giấy cũ hơn bản đã nhận: bản giấy là bản lần {revision}; "
                                      "đã nhận bản mới hơn ngày {day}.", revision=paper.revision,
                                      day=f"{local_day(current.received_at):%d/%m/%Y}" if current else "…"),
                      found, current)
