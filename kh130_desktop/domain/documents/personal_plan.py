"""A member's personal plan (kế hoạch cá nhân) for the year, with their pledges and review."""

from __future__ import annotations

from reportlab.lib.units import mm
from sqlmodel import Session, select

from ..book.cell import get_cell, secretary
from ..book.dates import format_date
from ..store.tables import PlanYear, PledgeTheme
from ..book.pledges import pledges_of, progress_of, review_of
from ..book.roster import get_member
from ..book.vocabulary import label
from .page import (
    FRAME_WIDTH,
    Paragraph,
    SignBlock,
    b,
    body,
    body_markup,
    cell_letterhead,
    dmy,
    heading,
    item,
    markup,
    render,
    signatures,
    styles,
    title_block,
)
from .tables import grid

QUARTERS = "I II III IV".split()


def personal_plan_story(tx: Session, member_id: int, year: int) -> list:
    """The flowables of one plan; `personal_plan_pdf` prints one, the command line several in a row."""
    get_cell(tx)  # no plan is printed without the cell profile that heads it
    member = get_member(tx, member_id)
    s = styles()
    plan = tx.get(PlanYear, year)
    themes = {t.code: t.title for t in tx.exec(select(PledgeTheme).where(PledgeTheme.year == year))}
    story = title_block("Kế hoạch cá nhân",
                        f"học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}")
    story.append(body_markup(f"Họ và tên: {b(member.full_name)}"))
    story.append(body(f"Chức vụ trong chi bộ: {label(member.role)}; đảng viên {label(member.status).lower()}"
                      + (f"; nghề nghiệp: {member.occupation}" if member.occupation else "") + "."))
    admitted = format_date(member.admitted_on, member.admitted_precision) or "……"
    official = format_date(member.official_on, member.official_precision) or "……"
    story.append(body(f"Ngày vào Đảng: {admitted}; ngày chính thức: {official}."))
    if plan and plan.plan_number:
        basis = f"Căn cứ Kế hoạch số {plan.plan_number}" + (f" ngày {dmy(plan.plan_date)}" if plan.plan_date else "")
        basis += (f" của {plan.issuer}" if plan.issuer else "") + "; căn cứ "
        topic = plan.short_topic or f"Chuyên đề năm {year}"
        basis += topic if topic.startswith("Chuyên đề") else f"Chuyên đề năm {year} “{topic}”"
        story.append(body(basis + f", tôi xây dựng kế hoạch học tập và làm theo năm {year} như sau:"))

    pledges = pledges_of(tx, member_id, year)
    story.append(heading("I. NỘI DUNG ĐĂNG KÝ LÀM THEO"))
    if pledges:
        rows: list[list] = [[Paragraph(h, s.cell_head) for h in ("TT", "Nội dung đăng ký", "Theo nội dung Chuyên đề", "Chỉ tiêu", "Thời hạn")]]
        for n, p in enumerate(pledges, 1):
            rows.append([Paragraph(str(n), s.cell_centre), Paragraph(markup(p.content), s.cell),
                         Paragraph(markup(themes.get(p.theme_code, p.theme_code)), s.cell), Paragraph(markup(p.target), s.cell),
                         Paragraph(dmy(p.deadline), s.cell_centre)])
        widths = [10 * mm, 60 * mm, 38 * mm, 34 * mm]
        widths.append(FRAME_WIDTH - sum(widths))
        story.append(grid(rows, widths))
    else:
        story.append(body("Chưa đăng ký nội dung làm theo."))

    notes = [(n, p, progress_of(tx, p.id)) for n, p in enumerate(pledges, 1)]
    if any(rows for _, _, rows in notes):
        story.append(heading("II. KẾT QUẢ THỰC HIỆN"))
        for n, p, progress in notes:
            if not progress:
                continue
            story.append(body_markup(f"{b(f'Nội dung {n}:')} {markup(p.content)}"))
            for note in progress:
                story.append(item(f"Quý {QUARTERS[note.quarter - 1]} ({dmy(note.recorded_on)}): {note.note}"))

    review = review_of(tx, member_id, year)
    if review is not None:
        story.append(heading("III. TỰ KIỂM ĐIỂM VÀ ĐÁNH GIÁ CỦA CHI BỘ"))
        if review.self_review:
            story.append(body_markup(f"{b('Tự kiểm điểm:')} {markup(review.self_review)}"))
        if review.assessment:
            story.append(body_markup(f"{b('Nhận xét của chi bộ:')} {markup(review.assessment)}"))
        level = label(review.level) + (f" ({review.score} điểm)" if review.score is not None else "")
        story.append(body_markup(f"{b('Xếp loại:')} {markup(level)}"
                                 + (" — đảng viên tiêu biểu, điển hình." if review.exemplary else ".")
                                 + f" Ngày đánh giá: {dmy(review.reviewed_on)}."))

    chief = secretary(tx)
    story.append(signatures(SignBlock(["Xác nhận của chi bộ", "Bí thư"], chief.full_name if chief else ""),
                            SignBlock(["Người xây dựng kế hoạch"], member.full_name)))
    return story


def personal_plan_pdf(tx: Session, member_id: int, year: int) -> bytes:
    cell = get_cell(tx)
    member = get_member(tx, member_id)
    return render(personal_plan_story(tx, member_id, year), head=cell_letterhead(cell, "", None, year),
                  title=f"Kế hoạch cá nhân năm {year} — {member.full_name}", author=cell.name)


def personal_plans_pdf(tx: Session, member_ids: list[int], year: int) -> bytes:
    """Several members' plans in one PDF, one after another, each from a new page."""
    from ..errors import NotFoundError, t
    from .page import render_parts

    if not member_ids:
        raise NotFoundError(t("Không có đảng viên nào để in kế hoạch năm {year}.", year=year))
    cell = get_cell(tx)
    head = cell_letterhead(cell, "", None, year)
    return render_parts([(head, personal_plan_story(tx, m, year)) for m in member_ids],
                        title=f"Kế hoạch cá nhân năm {year} — {cell.name}", author=cell.name)
