"""The cell's report (báo cáo) of a quarter or a year, from `book.report.cell_report`: its numbers
are the period's figures (book/figures.py), the same the pages, the signed file and the committee show.

Its date is an input, never "today" taken here: the export stamps a new revision with the day
it is made, and a reprint of that revision passes the same day (`exchange.paper_code` finds
it), so the 2022 report printed again in 2026 is still dated as it was sent. A report that was
signed into a file also carries the file's paper code and its QR (docs/report-format.md §6).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from sqlmodel import Session

from ..book.cell import get_cell
from ..book.periods import Period
from ..book.report import CellReport, cell_report
from ..book.vocabulary import ReviewLevel, SessionKind, label
from .page import (
    FRAME_WIDTH,
    Letterhead,
    Paragraph,
    SignBlock,
    Table,
    TableStyle,
    b,
    body,
    body_markup,
    dmy,
    heading,
    item,
    markup,
    number_line,
    place_date,
    percent,
    render,
    sentence_case,
    signatures,
    styles,
    title_block,
)
from .tables import grid, qr_drawing
from .wording import keep, keep_tail, running_name

TOPIC_TITLE = "Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"


PAPER_QR_SIZE = 24 * mm


def cell_report_pdf(tx: Session, period: Period, *, issued_on: dt.date | None = None, paper_code: str = "",
                    revision: int | None = None) -> bytes:
    """The printed report of `period` as the records stand. `issued_on` None is a draft of a
    period never signed into a file: dated today, no paper code. A reprint of a signed
    revision goes through `exchange.paper_code.printed_report_pdf`, which passes the
    revision's own date and code."""
    get_cell(tx)  # a clear error before any work when the profile is missing
    from ..book.meeting_rules import considered_for_removal

    absences = [(f.member.full_name, f.months) for f in considered_for_removal(tx, period.year)] if period.quarter is None else []
    return report_pdf(cell_report(tx, period), issued_on=issued_on or dt.date.today(), paper_code=paper_code,
                      revision=revision, absences=absences)


def _paper_block(code: str, revision: int | None) -> Table:
    """The small QR of the paper code with the code in letters, for the desk that matches paper and file."""
    s = styles()
    which = f"bản lần {revision} " if revision else ""
    text = (f"Mã đối chiếu tệp báo cáo: <b>{markup(code)}</b><br/>"
            f"Báo cáo này là {markup(which)}của tệp báo cáo điện tử (.kh130) đã ký số gửi cấp ủy cấp trên; "
            "quét mã hoặc nhập mã để đối chiếu bản giấy với tệp đã nhận.")
    block = Table([[qr_drawing(code, PAPER_QR_SIZE), Paragraph(text, s.code)]],
                  colWidths=[PAPER_QR_SIZE + 4 * mm, FRAME_WIDTH - PAPER_QR_SIZE - 4 * mm], hAlign="LEFT", spaceBefore=8)
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def report_pdf(report: CellReport, *, issued_on: dt.date, paper_code: str = "", revision: int | None = None,
               absences: list[tuple[str, list[int]]] = ()) -> bytes:
    """The printed report of an already computed `CellReport` (the report file embeds this too),
    dated `issued_on`; with `paper_code`, the code and its QR under the signature."""
    s = styles()
    cell_name = keep_tail(report.cell_name)
    story = title_block("Báo cáo", TOPIC_TITLE, report.period.label)

    if report.plan_number:
        basis = f"Thực hiện Kế hoạch số {report.plan_number}"
        if report.plan_date:
            basis += f" ngày {dmy(report.plan_date)}"
        if report.plan_issuer:
            basis += f" của {report.plan_issuer}"
        basis += f" về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {report.period.year}"
        if report.topic:
            basis += f" ({report.topic})"
        story.append(body(basis + f"; {cell_name} báo cáo kết quả {report.period.label} như sau:"))
    else:
        story.append(body(f"{cell_name} báo cáo kết quả {report.period.label} như sau:"))

    f = report.figures
    story.append(heading("I. TÌNH HÌNH CHUNG"))
    story.append(body(
        f"Tổng số đảng viên trong danh sách chi bộ: {f.members} đồng chí; thuộc diện triệu tập sinh hoạt: "
        f"{f.summoned_at_end} đồng chí (chính thức: {f.official}; dự bị: {f.probationary}); "
        f"miễn sinh hoạt, đình chỉ, sinh hoạt tạm thời nơi khác: {f.listed_apart} đồng chí."))

    story.append(heading("II. KẾT QUẢ THỰC HIỆN"))
    story.append(heading("1. Tổ chức học tập, sinh hoạt chuyên đề"))
    if f.sessions:
        kinds = "; ".join(f"{sentence_case(label(SessionKind(code)))}: {count}" for code, count in f.sessions_by_kind.items() if count)
        story.append(body(
            f"Trong {report.period.label}, chi bộ tổ chức {f.sessions} buổi ({kinds}); tỷ lệ đảng viên dự bình quân "
            f"{percent(f.average_rate)} ({f.present}/{f.summoned} lượt)"
            + (f"; {f.short_sessions} buổi họp dưới 90 phút" if f.short_sessions else "") + "."))
        head = ["TT", "Ngày", "Hình thức", "Triệu tập", "Có mặt", "Vắng có lý do", "Vắng không lý do", "Tỷ lệ", "Ghi chú"]
        rows: list[list] = [[Paragraph(h, s.cell_head) for h in head]]
        for n, row in enumerate(report.sessions, 1):
            r = row.figures
            note = f"Họp {r.minutes} phút (dưới 90 phút)" if r.short else ""
            if r.unmarked:
                note = (note + "; " if note else "") + f"{r.unmarked} chưa điểm danh"
            rows.append([Paragraph(str(n), s.cell_centre), Paragraph(dmy(r.held_on), s.cell_centre),
                         Paragraph(markup(row.kind_label), s.cell), *(Paragraph(str(v), s.cell_centre) for v in
                         (r.summoned, r.present, r.absent_excused, r.absent_unexcused)),
                         Paragraph(percent(r.rate), s.cell_centre), Paragraph(markup(note), s.cell)])
        widths = [8 * mm, 22 * mm, 38 * mm, 14 * mm, 12 * mm, 14 * mm, 15 * mm, 16 * mm]
        widths.append(FRAME_WIDTH - sum(widths))
        story.append(grid(rows, widths))
    else:
        story.append(body(f"Trong {report.period.label}, chi bộ chưa tổ chức buổi học tập, sinh hoạt chuyên đề nào."))

    story.append(heading("2. Xây dựng kế hoạch và đăng ký làm theo"))
    story.append(body(
        f"Số đảng viên đã đăng ký làm theo: {f.pledged}/{f.summoned_at_end} đồng chí "
        f"({percent(f.pledged / f.summoned_at_end if f.summoned_at_end else None)}); "
        f"tổng số nội dung đăng ký: {f.pledges}; số nội dung có kết quả thực hiện trong kỳ: {f.pledges_with_progress}."))
    for theme, count in report.pledges_by_theme.items():
        story.append(item(f"{theme}: {count} nội dung"))
    if report.members_without_pledges:
        story.append(body("Đảng viên chưa đăng ký: " + ", ".join(keep(n) for n in report.members_without_pledges) + "."))

    number = 3
    if f.includes_reviews:
        story.append(heading(f"{number}. Kiểm điểm, đánh giá việc làm theo"))
        story.append(body(f"Số đảng viên đã kiểm điểm, đánh giá: {f.reviewed}/{f.summoned_at_end} đồng chí, trong đó:"))
        for level in ReviewLevel:
            count = f.levels[level.value]
            share = percent(count / f.reviewed) if f.reviewed else "—"
            story.append(item(f"{label(level)}: {count} đồng chí ({share})"))
        number += 1
        story.append(heading(f"{number}. Đảng viên tiêu biểu, điển hình"))
        names = ", ".join(f"đồng chí {keep(name)}" for name in report.exemplary)
        story.append(body(f"Đảng viên tiêu biểu: {names}." if names else "Chưa lựa chọn."))
        number += 1
    if report.collective:
        story.append(heading(f"{number}. Đăng ký làm theo của tập thể chi bộ"))
        for c in report.collective:
            story.append(body_markup(f"{b('Vấn đề:')} {markup(c.problem)}"))
            if c.solution:
                story.append(body_markup(f"{b('Giải pháp:')} {markup(c.solution)}"))
            if c.target:
                story.append(body_markup(f"{b('Chỉ tiêu:')} {markup(c.target)}" + (f" (thời hạn {dmy(c.deadline)})" if c.deadline else "")))
            story.append(body_markup(f"{b('Kết quả:')} {markup(c.result or 'Đang thực hiện.')}"
                                     + (f" Tự đánh giá: {markup(label(c.level).lower())}." if c.level else "")))
        number += 1

    story.append(heading("III. NHỮNG VẤN ĐỀ ĐẶT RA, Ý KIẾN CỦA ĐẢNG VIÊN"))
    if report.opinions:
        for o in report.opinions:
            story.append(item(f"Đồng chí {keep(o.speaker)} ({dmy(o.held_on)}): {o.opinion}"))
    else:
        story.append(body("Không có ý kiến."))
    if absences:  # Statute, Art. 8 (book/meeting_rules.py): the year report names them, the cell decides
        names = "; ".join(f"đồng chí {keep(name)} (tháng {', '.join(map(str, months))})" for name, months in absences)
        story.append(body(f"Đảng viên vắng sinh hoạt không lý do trong 3 tháng của năm, chi bộ xem xét xóa tên "
                          f"(Điều lệ Đảng, Điều 8): {names}."))

    story.append(body(f"Trên đây là báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                      f"{report.period.label} của {cell_name}."))
    recipients = [f"{running_name(report.receiving_committee)} (để báo cáo)"] if report.receiving_committee else []
    recipients.append("Lưu chi bộ")
    story.append(signatures(recipients, SignBlock(["T/M Chi bộ", "Bí thư"], report.secretary_name), left_is_recipients=True))
    if paper_code:
        story.append(_paper_block(paper_code, revision))
    head = Letterhead(report.superior_lines, report.cell_name, number_line("BC/CB"), place_date(report.place_name, issued_on))
    return render(story, head=head, title=f"Báo cáo {report.period.label} — {report.cell_name}", author=report.cell_name,
                  keywords=paper_code)
