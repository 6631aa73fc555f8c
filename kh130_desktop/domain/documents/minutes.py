"""The minutes (biên bản) of a session, and its attendance sheet with a signature column.

The minutes record facts: a meeting under 90 minutes prints as it was held (the window flags
it). The counts are computed from the attendance rows, the same way the window shows them.
"""

from __future__ import annotations

import re

from sqlmodel import Session

from ..book.cell import get_cell
from ..store.tables import Member
from ..book.sessions import AttendanceCounts, AttendanceLine, attendance_sheet, counts_from, get_session, session_data
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
from .tables import grid
from .wording import keep, keep_tail
from reportlab.lib.units import mm


def _name(tx: Session, member_id: int | None) -> str:
    member = tx.get(Member, member_id) if member_id else None
    return member.full_name if member else ""


_MINUTES_WORD = re.compile(r"^\s*biên\s+bản\b[\s:.,–—-]*", re.IGNORECASE)


def _session_title(session) -> str:
    """What the minutes are of: the typed title, less a leading "Biên bản" (the document type
    above it already says so), else the kind of session."""
    title = session.title or ""
    stripped = _MINUTES_WORD.sub("", title)
    if stripped != title:
        title = stripped[:1].upper() + stripped[1:]
    return title or label(session.kind)


def _party_standing(line_or_standing) -> str:
    standing = getattr(line_or_standing, "standing", line_or_standing)
    if standing.status == MemberStatus.TEMPORARY_HERE:
        return "Sinh hoạt tạm thời"
    return "Chính thức" if standing.official else "Dự bị"


def _comrade(name: str) -> str:
    return f"đồng chí {keep(name)}"


def _votes_taken(session) -> bool:
    return any(v is not None for v in (session.votes_for, session.votes_against, session.votes_abstain))


def _count(value: int | None) -> str:
    return "……" if value is None else str(value)


def vote_lines(session, counts: AttendanceCounts) -> list[str]:
    """The vote as the minutes state it: counted over the official members present, who alone
    vote (Party Statute, Art. 3); the numbers as entered, a blank for one not entered. The
    labels are the session editor's: Tán thành, Không tán thành, Ý kiến khác."""
    voters = counts.voters
    share = f" ({percent(session.votes_for / voters)})" if voters and session.votes_for is not None else ""
    lines = [
        f"Tán thành: {_count(session.votes_for)}/{voters} đảng viên chính thức có mặt{share};",
        f"Không tán thành: {_count(session.votes_against)}/{voters} đảng viên chính thức có mặt;",
        f"Ý kiến khác: {_count(session.votes_abstain)}/{voters} đảng viên chính thức có mặt.",
    ]
    return lines


def closing_text(session, counts: AttendanceCounts) -> str:
    """How the minutes end, as the model forms do: read back and adopted before the meeting
    (with the vote's count when one was taken), then the hour it closed. A study conference
    is a "hội nghị"; a regular or thematic meeting is a "buổi sinh hoạt"."""
    conference = session.kind == SessionKind.STUDY_CONFERENCE
    before = "trước hội nghị" if conference else "trước chi bộ"
    if _votes_taken(session) and session.votes_for is not None and counts.voters:
        adopted = (f"Biên bản đã được đọc lại {before} và được thông qua với {session.votes_for}/{counts.voters} "
                   f"đảng viên chính thức có mặt tán thành ({percent(session.votes_for / counts.voters)}).")
    else:
        adopted = f"Biên bản đã được đọc lại {before} và được các đảng viên dự họp nhất trí thông qua."
    closed = "Hội nghị kết thúc" if conference else "Buổi sinh hoạt kết thúc"
    # One paragraph, so that all of it travels with the signatures.
    return f"{adopted} {closed} vào hồi {clock(session.end_time)} cùng ngày."


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
        + f", {markup(keep_tail(cell.name))} tổ chức {markup(sentence_case(label(session.kind)))}"
        + (f" quý {'I II III IV'.split()[session.quarter - 1]}/{session.year}" if session.kind == SessionKind.THEMATIC and session.quarter else "")
        + "."))
    if session.topic:
        story.append(body_markup(f"{b('Chủ đề thảo luận:')} {markup(session.topic)}"))

    story.append(heading("I. THÀNH PHẦN"))
    story.append(item_markup(f"Chủ trì: {b(_comrade(chair)) if chair else '……………………'}"))
    story.append(item_markup(f"Thư ký: {b(_comrade(taker)) if taker else '……………………'}"))
    if session.presenter:
        story.append(item(f"Báo cáo viên: {session.presenter}"))
    if data.guests:
        story.append(item(f"Khách mời: {len(data.guests)} đồng chí"))
        for guest in data.guests:
            story.append(item(f"Đồng chí {keep(guest.name)}" + (f", {guest.title}" if guest.title else ""), "+"))

    story.append(heading("Tình hình đảng viên dự họp:"))
    story.append(item(f"Tổng số đảng viên trong danh sách chi bộ: {counts.total} đồng chí."))
    if apart:
        story.append(item(
            f"Đảng viên không thuộc diện triệu tập (không tính là vắng): {counts.listed_apart} đồng chí "
            f"(miễn sinh hoạt: {counts.exempt}; đình chỉ sinh hoạt: {counts.suspended}; "
            f"giới thiệu sinh hoạt tạm thời nơi khác: {counts.temporary_away})."))
        for standing in apart:
            story.append(item(f"Đồng chí {keep(standing.member.full_name)}: {label(standing.status)}", "+"))
    story.append(item(f"Số đảng viên phải triệu tập: {counts.summoned} đồng chí "
                      f"(chính thức: {counts.summoned_official}; dự bị: {counts.summoned_probationary})."))
    late = [keep(line.standing.member.full_name) for line in lines if line.state == AttendanceState.LATE]
    story.append(item(
        f"Có mặt: {counts.present} đồng chí (chính thức: {counts.present_official}; dự bị: {counts.present_probationary})"
        + (f", trong đó đi muộn: {counts.late} đồng chí ({', '.join(late)})" if late else "") + "."))
    story.append(item(f"Vắng mặt: {counts.absent} đồng chí (vắng có lý do: {counts.absent_excused}; "
                      f"vắng không lý do: {counts.absent_unexcused})."))
    for line in lines:
        if line.state == AttendanceState.ABSENT_EXCUSED:
            story.append(item(f"Đồng chí {keep(line.standing.member.full_name)}: vắng có lý do ({line.reason})", "+"))
    for line in lines:
        if line.state == AttendanceState.ABSENT_UNEXCUSED:
            story.append(item(f"Đồng chí {keep(line.standing.member.full_name)}: vắng không lý do"
                              + (f" ({line.reason})" if line.reason else ""), "+"))
    if counts.unmarked:
        unmarked = ", ".join(keep(line.standing.member.full_name) for line in lines if line.state is None)
        story.append(item(f"Chưa điểm danh: {counts.unmarked} đồng chí ({unmarked})."))
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
        story.append(body_markup(f"{b('Nội dung truyền đạt:')} {markup(session.content)}"))

    story.append(heading("III. Ý KIẾN PHÁT BIỂU"))
    if data.opinions:
        for number, opinion in enumerate(data.opinions, 1):
            story.append(body_markup(f"{number}. {b('Đồng chí ' + keep(opinion.speaker) + ':')} {markup(opinion.opinion)}"))
    else:
        story.append(body("Không có ý kiến."))

    story.append(heading("IV. KẾT LUẬN"))
    story.append(body(session.conclusions or "……………………………………………………………"))

    voted = bool(session.vote_subject) or _votes_taken(session)
    if voted:
        story.append(heading("V. BIỂU QUYẾT"))
        if session.vote_subject:
            story.append(body(f"Biểu quyết về: {session.vote_subject.rstrip('.')}."))
        for line in vote_lines(session, counts):
            story.append(item(line))
        if counts.present_probationary:
            story.append(body(f"Đảng viên dự bị có mặt ({counts.present_probationary} đồng chí) không biểu quyết."))

    if session.tasks:
        story.append(heading(f"{'VI' if voted else 'V'}. NHIỆM VỤ GIAO"))
        story.append(body(session.tasks))

    story.append(Spacer(1, 4))
    story.append(body(closing_text(session, counts)))
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
            Paragraph(markup(keep(line.standing.member.full_name)), s.cell),
            Paragraph(_party_standing(line), s.cell_centre),
            Spacer(1, 8 * mm),
            Paragraph(markup(_attendance_note(line)), s.cell),
        ])
    story.append(grid(rows, widths))
    story.append(Spacer(1, 6))
    story.append(body(f"Tổng số đảng viên phải triệu tập: {counts.summoned} đồng chí; có mặt: {counts.present}; "
                      f"vắng có lý do: {counts.absent_excused}; vắng không lý do: {counts.absent_unexcused}"
                      + (f"; chưa điểm danh: {counts.unmarked}" if counts.unmarked else "") + "."))
    if apart:
        story.append(heading("Đảng viên không thuộc diện triệu tập (không tính là vắng):"))
        for standing in apart:
            story.append(item(f"Đồng chí {keep(standing.member.full_name)}: {label(standing.status)}"))
    story.append(signatures(SignBlock(["Thư ký"], _name(tx, session.minute_taker_id)),
                            SignBlock(["Chủ trì"], _name(tx, session.chair_id))))
    return render(story, head=cell_letterhead(cell, "", session.held_on),
                  title=f"Danh sách điểm danh — {_session_title(session)} — {dmy(session.held_on)}", author=cell.name)
