"""The receiving committee's consolidated report: one row per cell for a period, with totals.

The exchange side builds a `ConsolidatedReport` from the receiving store
(exchange/consolidation.py: `consolidated_figures`); this module only prints it. The totals
are `totals_of(rows)`, the one sum the PDF, the spreadsheet and the screen show. Late and
missing cells are marked on their row and named under the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm

from ..book.periods import Period
from ..book.vocabulary import ReviewLevel, label
from .page import (
    FRAME_WIDTH,
    Letterhead,
    Paragraph,
    SignBlock,
    b,
    body,
    dmy,
    heading,
    item,
    markup,
    number_line,
    percent,
    place_date,
    render,
    signatures,
    styles,
    title_block,
)
from .tables import grid
from .wording import committee_of, keep_tail, running_name
from .report import TOPIC_TITLE


@dataclass
class ConsolidatedRow:
    cell_name: str
    reported: bool
    report_date: date | None
    late: bool
    sequence: int | None
    members: int
    sessions_held: int
    summoned: int  # attendance lines over the period's sessions
    present: int
    pledged: int
    reviewed: int
    levels: dict[str, int]  # ReviewLevel code -> count
    revision: int | None = None  # the current revision's number for this cell and period ("bản lần N")
    status: str = ""  # as the grid's: reported | reported_late | returned | late | not_due
    reason: str = ""  # why, one line (a domain text)
    returned: str = ""  # the committee's reason, when it sent the current revision back ("trả lại để sửa")

    @property
    def attendance_rate(self) -> float | None:
        """As the cell's own figures define it (book/figures.py): present over summoned."""
        return self.present / self.summoned if self.summoned else None


@dataclass(frozen=True)
class ConsolidatedTotals:
    """The totals row: the reported cells' figures added up, and the cells counted by state."""

    cells: int
    reported: int
    reported_late: int
    overdue: int  # expected, nothing received, the deadline passed
    not_due: int  # expected, nothing received yet, before the deadline
    members: int
    sessions_held: int
    summoned: int
    present: int
    pledged: int
    reviewed: int
    levels: dict[str, int] = field(default_factory=dict)

    @property
    def on_time(self) -> int:
        return self.reported - self.reported_late

    @property
    def missing(self) -> int:
        return self.cells - self.reported

    @property
    def attendance_rate(self) -> float | None:
        """The cells' present over their summoned added up, never a mean of rates."""
        return self.present / self.summoned if self.summoned else None


def totals_of(rows: list[ConsolidatedRow]) -> ConsolidatedTotals:
    """The one sum of the consolidated rows (PDF, spreadsheet and screen)."""
    reported = [r for r in rows if r.reported]
    levels = {lvl.value: sum(r.levels.get(lvl.value, 0) for r in reported) for lvl in ReviewLevel}
    return ConsolidatedTotals(
        cells=len(rows), reported=len(reported), reported_late=sum(1 for r in reported if r.late),
        overdue=sum(1 for r in rows if not r.reported and r.late),
        not_due=sum(1 for r in rows if not r.reported and not r.late),
        members=sum(r.members for r in reported), sessions_held=sum(r.sessions_held for r in reported),
        summoned=sum(r.summoned for r in reported), present=sum(r.present for r in reported),
        pledged=sum(r.pledged for r in reported), reviewed=sum(r.reviewed for r in reported), levels=levels)


@dataclass
class ConsolidatedReport:
    committee_name: str
    superior_lines: list[str]
    place_name: str
    period: Period
    created_on: date
    rows: list[ConsolidatedRow]
    signer_title: str = "T/M ĐẢNG ỦY"
    signer_role: str = "BÍ THƯ"
    signer_name: str = ""

    @property
    def totals(self) -> ConsolidatedTotals:
        return totals_of(self.rows)


LEVEL_SHORT = {ReviewLevel.EXCELLENT: "HTXS", ReviewLevel.GOOD: "HTT", ReviewLevel.DONE: "HT", ReviewLevel.NOT_DONE: "KHT"}


def _number_code(committee: str) -> str:
    return "BC/ĐU" if committee.casefold().startswith("đảng ủy") else "BC"


def _archive_line(committee: str) -> str:
    """The archive copy's line: "Lưu Văn phòng Đảng ủy" for a commune's committee, as the model
    plan 130-KH/TU writes "Lưu Văn phòng Tỉnh ủy"."""
    name = running_name(committee)
    for kind in ("Đảng ủy", "Đảng uỷ", "Huyện ủy", "Huyện uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ"):
        if name.startswith(kind):
            return f"Lưu Văn phòng {kind}"
    return "Lưu văn phòng cấp ủy"


def consolidated_pdf(report: ConsolidatedReport) -> bytes:
    s = styles()
    story = title_block("Báo cáo tổng hợp", TOPIC_TITLE, report.period.label)
    totals = report.totals
    late = [r for r in report.rows if r.reported and r.late]
    returned = [r for r in report.rows if r.reported and r.returned]
    missing = [r for r in report.rows if not r.reported]
    committee = keep_tail(running_name(report.committee_name))
    story.append(body(
        f"{committee} tổng hợp báo cáo của các chi bộ trực thuộc {report.period.label}: tổng số "
        f"{totals.cells} chi bộ; đã báo cáo {totals.reported} (đúng hạn {totals.on_time}, muộn {totals.reported_late}); "
        f"chưa báo cáo {totals.missing}."))

    head = ["TT", "Chi bộ", "Ngày báo cáo", "Số ĐV", "Số buổi", "Tỷ lệ dự", "Đăng ký", "Kiểm điểm", *LEVEL_SHORT.values()]
    rows: list[list] = [[Paragraph(h, s.cell_head) for h in head]]
    for n, r in enumerate(report.rows, 1):
        if r.reported:
            notes = ["nộp muộn"] if r.late else []
            if r.returned:
                notes.append("trả lại để sửa")
            if r.revision and r.revision > 1:
                notes.append(f"bản lần {r.revision}")
            numbers = [str(r.members), str(r.sessions_held), percent(r.attendance_rate), str(r.pledged), str(r.reviewed),
                       *(str(r.levels.get(lvl.value, 0)) for lvl in ReviewLevel)]
        else:
            notes = ["chưa báo cáo" if r.late else "chưa đến hạn"]
            numbers = [""] * 9
        # The mark sits under the cell's name: a narrow notes column would break its words.
        name = markup(r.cell_name) + (f"<br/><b><i>({markup('; '.join(notes))})</i></b>" if notes else "")
        rows.append([Paragraph(str(n), s.cell_centre), Paragraph(name, s.cell),
                     Paragraph(dmy(r.report_date), s.cell_centre), *(Paragraph(v, s.cell_centre) for v in numbers)])
    total_numbers = [str(totals.members), str(totals.sessions_held), percent(totals.attendance_rate),
                     str(totals.pledged), str(totals.reviewed), *(str(totals.levels[lvl.value]) for lvl in ReviewLevel)]
    rows.append(["", Paragraph(b("Tổng cộng"), s.cell), Paragraph(f"{totals.reported}/{totals.cells}", s.cell_centre),
                 *(Paragraph(b(v), s.cell_centre) for v in total_numbers)])
    # Twelve columns leave 12 pt no room: at 11 pt every number and abbreviation fits whole.
    widths = [8 * mm, 0, 20 * mm, 11 * mm, 10 * mm, 15 * mm, 12 * mm, 12 * mm, 13 * mm, 11 * mm, 10 * mm, 11 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    story.append(grid(rows, widths))
    story.append(Paragraph(
        "HTXS: hoàn thành xuất sắc nhiệm vụ; HTT: hoàn thành tốt nhiệm vụ; HT: hoàn thành nhiệm vụ; "
        "KHT: không hoàn thành nhiệm vụ. Tỷ lệ dự: số lượt đảng viên có mặt trên số lượt triệu tập các buổi "
        "trong kỳ, như báo cáo của chi bộ.", s.note))

    if late or missing or returned:
        story.append(heading("Chi bộ nộp muộn, chưa báo cáo" + (", trả lại để sửa" if returned else "")))
        for r in late:
            story.append(item(f"{r.cell_name}: nộp muộn ({dmy(r.report_date)})"))
        for r in returned:
            story.append(item(f"{r.cell_name}: trả lại để sửa ({r.returned})"))
        for r in missing:
            story.append(item(f"{r.cell_name}: chưa báo cáo" + ("" if r.late else " (chưa đến hạn)")))
    if totals.reviewed:
        story.append(heading("Kết quả đánh giá, xếp loại đảng viên"))
        for lvl in ReviewLevel:
            story.append(item(f"{label(lvl)}: {totals.levels[lvl.value]} đồng chí ({percent(totals.levels[lvl.value] / totals.reviewed)})"))

    # The report goes to the committee of the body above (its name as running text), and a copy
    # stays in the committee's office.
    recipients = [f"{committee_of(line)} (để báo cáo)" for line in report.superior_lines[-1:]]
    recipients.append(_archive_line(report.committee_name))
    story.append(signatures(recipients, SignBlock([report.signer_title, report.signer_role], report.signer_name),
                            left_is_recipients=True))
    head = Letterhead(report.superior_lines, report.committee_name, number_line(_number_code(report.committee_name)),
                      place_date(report.place_name, report.created_on))
    return render(story, head=head, title=f"Báo cáo tổng hợp {report.period.label} — {report.committee_name}",
                  author=report.committee_name)


