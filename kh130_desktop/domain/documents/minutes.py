"""The minutes (biên bản) of a session, and its attendance sheet with a signature column.

The minutes record facts: a meeting under 90 minutes prints as it was held (the window flags
it). The counts are computed from the attendance rows, the same way the window shows them.
"""

from __future__ import annotations

from sqlmodel import Session

from ..book.cell import get_cell
from ..store.tables import Member
from ..book.sessions import AttendanceLine, counts_from, attendance_sheet, get_session, session_data
from ..book.vocabulary import AttendanceState, MemberStatus, SessionKind, label
from .page import (
    FRAME_WIDTH,
    Paragraph,
    SignBlock,
    Spacer,
    b,
    body,
    body_markup,
    cell_letterhead,
    clock,
    dmy,
    grid,
    heading,
    item,
    item_markup,
    markup,
    party_date,
    percent,
    render,
    sentence_case,
    signatures,
    styles,
    title_block,
)
from reportlab.lib.units import mm


def _name(tx: Session, member_id: int | None) -> str:
    member = tx.get(Member, member_id) if member_id else None
    return member.full_name if member else ""


def _session_title(session) -> str:
    return session.title or label(session.kind)


def _party_standing(line_or_standing) -> str:
    standing = getattr(line_or_standing, "standing", line_or_standing)
    if standing.status == MemberStatus.TEMPORARY_HERE:
        return "Sinh hoạt tạm thời"
    return "Chính thức" if standing.official else "Dự bị"


def minutes_pdf(tx: Session, session_id: int) -> bytes:
    cell = get_cell(tx)
    session = get_session(tx, session_id)
    data = session_data(tx, session_id)
    lines, apart = attendance_sheet(tx, session_id)
    counts = counts_from(lines, apart)
    chair, taker = _name(tx, session.chair_id), _name(tx, session.minute_taker_id)
    story = title_block("Biên bản", _session_title(session))

    story.append(body_markup(
        f"Hôm nay, vào hồi {clock(session.start_time)}, {party_date(session.held_on)}"
        + (f", tại {markup(session.place)}" if session.place else "")
        + f", {markup(cell.name)} tổ chức {markup(sentence_case(label(session.kind)))}"
        + (f" quý {'I II III IV'.split()[session.quarter - 1]}/{session.year}" if session.kind == SessionKind.THEMATIC and session.quarter else "")
        + "."))
    if session.topic:
        story.append(body_markup(f"{b('Chuyên đề, nội dung sinh hoạt:')} {markup(session.topic)}"))

    story.append(heading("I. THÀNH PHẦN"))
    story.append(item_markup(f"Chủ trì: {b('đồng chí ' + chair) if chair else '……………………'}"))
    story.append(item_markup(f"Thư ký: {b('đồng chí ' + taker) if taker else '……………………'}"))
    if session.presenter:
        story.append(item(f"Báo cáo viên: {session.presenter}"))
    if data.guests:
        story.append(item(f"Khách mời: {len(data.guests)} đồng chí"))
        for guest in data.guests:
            story.append(item(f"Đồng chí {guest.name}" + (f", {guest.title}" if guest.title else ""), "+"))

    story.append(heading("Tình hình đảng viên dự họp:"))
    story.append(item(f"Tổng số đảng viên trong danh sách chi bộ: {counts.total} đồng chí."))
    if apart:
        story.append(item(
            f"Đảng viên không thuộc diện triệu tập (không tính là vắng): {counts.listed_apart} đồng chí "
            f"(miễn sinh hoạt: {counts.exempt}; đình chỉ sinh hoạt: {counts.suspended}; "
            f"giới thiệu sinh hoạt tạm thời nơi khác: {counts.temporary_away})."))
        for standing in apart:
            story.append(item(f"Đồng chí {standing.member.full_name}: {label(standing.status)}", "+"))
    story.append(item(f"Số đảng viên phải triệu tập: {counts.summoned} đồng chí "
                      f"(chính thức: {counts.summoned_official}; dự bị: {counts.summoned_probationary})."))
    late = [line.standing.member.full_name for line in lines if line.state == AttendanceState.LATE]
    story.append(item(
        f"Có mặt: {counts.present} đồng chí (chính thức: {counts.present_official}; dự bị: {counts.present_probationary})"
        + (f", trong đó đi muộn: {counts.late} đồng chí ({', '.join(late)})" if late else "") + "."))
    story.append(item(f"Vắng mặt: {counts.absent} đồng chí (có lý do: {counts.absent_excused}; "
                      f"không có lý do: {counts.absent_unexcused})."))
    for line in lines:
        if line.state == AttendanceState.ABSENT_EXCUSED:
            story.append(item(f"Đồng chí {line.standing.member.full_name}: vắng có lý do ({line.reason})", "+"))
    for line in lines:
        if line.state == AttendanceState.ABSENT_UNEXCUSED:
            story.append(item(f"Đồng chí {line.standing.member.full_name}: vắng không có lý do"
                              + (f" ({line.reason})" if line.reason else ""), "+"))
    if counts.unmarked:
        unmarked = ", ".join(line.standing.member.full_name for line in lines if line.state is None)
        story.append(item(f"Chưa ghi điểm danh: {counts.unmarked} đồng chí ({unmarked})."))
    story.append(item(f"Tỷ lệ đảng viên dự họp: {percent(counts.rate if counts.summoned else None)}."))

    story.append(heading("II. NỘI DUNG"))
    if session.agenda:
        story.append(body_markup(b("Chương trình:")))
        story += [body(line) for line in session.agenda.splitlines() if line.strip()]
    if data.materials:
        story.append(body_markup(b("Tài liệu sử dụng:")))
        for title in data.materials:
            story.append(item(title))
    if session.content:
        story.append(body(session.content))

    story.append(heading("III. Ý KIẾN THẢO LUẬN"))
    if data.opinions:
        for number, opinion in enumerate(data.opinions, 1):
            story.append(body_markup(f"{number}. {b('Đồng chí ' + opinion.speaker + ':')} {markup(opinion.opinion)}"))
    else:
        story.append(body("Không có ý kiến."))

    story.append(heading("IV. KẾT LUẬN"))
    story.append(body(session.conclusions or "……………………………………………………………"))

    if session.vote_subject or session.votes_for is not None:
        story.append(heading("V. BIỂU QUYẾT"))
        if session.vote_subject:
            story.append(body(f"Nội dung biểu quyết: {session.vote_subject}."))
        if session.votes_for is not None or session.votes_against is not None or session.votes_abstain is not None:
            present = counts.present or 0
            share = f" ({percent(session.votes_for / present)} số đảng viên có mặt)" if present and session.votes_for is not None else ""
            story.append(item(f"Tán thành: {session.votes_for or 0}/{present} đồng chí{share};"))
            story.append(item(f"Không tán thành: {session.votes_against or 0} đồng chí;"))
            story.append(item(f"Không biểu quyết: {session.votes_abstain or 0} đồng chí."))

    if session.tasks:
        story.append(heading("VI. NHIỆM VỤ ĐƯỢC GIAO" if session.vote_subject or session.votes_for is not None else "V. NHIỆM VỤ ĐƯỢC GIAO"))
        story.append(body(session.tasks))

    story.append(Spacer(1, 4))
    story.append(body_markup(f"Hội nghị kết thúc hồi {clock(session.end_time)} cùng ngày."))
    story.append(signatures(SignBlock(["Thư ký"], taker), SignBlock(["Chủ trì"], chair)))
    return render(story, head=cell_letterhead(cell, "BB/CB", session.held_on),
                  title=f"Biên bản — {_session_title(session)} — {dmy(session.held_on)}", author=cell.name)


def _attendance_note(line: AttendanceLine) -> str:
    if line.state in (None, AttendanceState.PRESENT):
        return ""
    text = label(line.state)
    return f"{text}: {line.reason}" if line.reason else text


def attendance_pdf(tx: Session, session_id: int) -> bytes:
    cell = get_cell(tx)
    session = get_session(tx, session_id)
    lines, apart = attendance_sheet(tx, session_id)
    counts = counts_from(lines, apart)
    s = styles()
    story = title_block("Danh sách điểm danh", f"Đảng viên dự {sentence_case(_session_title(session))}",
                        f"{party_date(session.held_on)[:1].upper()}{party_date(session.held_on)[1:]}")
    widths = [12 * mm, 58 * mm, 27 * mm, 32 * mm, FRAME_WIDTH - 129 * mm]
    rows: list[list] = [[Paragraph(h, s.cell_head) for h in ("TT", "Họ và tên", "Đảng viên", "Ký tên", "Ghi chú")]]
    for number, line in enumerate(lines, 1):
        rows.append([
            Paragraph(str(number), s.cell_centre),
            Paragraph(markup(line.standing.member.full_name), s.cell),
            Paragraph(_party_standing(line), s.cell_centre),
            Spacer(1, 8 * mm),
            Paragraph(markup(_attendance_note(line)), s.small),
        ])
    story.append(grid(rows, widths))
    story.append(Spacer(1, 6))
    story.append(body(f"Tổng số đảng viên phải triệu tập: {counts.summoned} đồng chí; có mặt: {counts.present}; "
                      f"vắng có lý do: {counts.absent_excused}; vắng không có lý do: {counts.absent_unexcused}"
                      + (f"; chưa điểm danh: {counts.unmarked}" if counts.unmarked else "") + "."))
    if apart:
        story.append(heading("Đảng viên không thuộc diện triệu tập (không tính là vắng):"))
        for standing in apart:
            story.append(item(f"Đồng chí {standing.member.full_name}: {label(standing.status)}"))
    story.append(signatures(SignBlock(["Thư ký"], _name(tx, session.minute_taker_id)),
                            SignBlock(["Chủ trì"], _name(tx, session.chair_id))))
    return render(story, head=cell_letterhead(cell, "", session.held_on),
                  title=f"Danh sách điểm danh — {_session_title(session)} — {dmy(session.held_on)}", author=cell.name)
