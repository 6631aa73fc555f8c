"""The rules of a cell meeting and of its year, checked where they are entered.

- Only official members present vote: probationary members take part but do not vote (Party
  Statute, Art. 3), so the votes for, against and other add up to no more than the official
  members present (`AttendanceCounts.voters`).
- The chair and the minute-taker are present. A chair from the committee above is a guest:
  the Chủ trì box stays empty and they are written among the guests.
- Opinions come from members present or from the guests.
- A member absent without reason from the cell's meetings in three months of a year is
  considered for removal (Statute, Art. 8): `considered_for_removal` finds them; nothing is
  decided here, the cell decides.

There is no quorum rule: the rate is shown, never enforced.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from ..errors import ValidationError, t
from ..store.tables import Attendance, Member, StudySession
from ..text import clean, sort_key
from .vocabulary import PRESENT_STATES, AttendanceState

REMOVAL_MONTHS = 3  # Statute, Art. 8


def check_meeting(data, lines, counts) -> None:
    """Refuse a session's minutes that break the rules above. `data` is the SessionData,
    `lines` its attendance (sessions.AttendanceLine) and `counts` their AttendanceCounts."""
    state = {line.standing.member.id: line.state for line in lines}
    names = {line.standing.member.id: line.standing.member.full_name for line in lines}
    absent = {mid for mid, s in state.items() if s is not None and s not in PRESENT_STATES}
    votes = [v for v in (data.votes_for, data.votes_against, data.votes_abstain) if v is not None]
    if votes and sum(votes) > counts.voters:
        raise ValidationError(
            t("Tổng số phiếu ({votes}) nhiều hơn số đảng viên chính thức có mặt ({voters}).", votes=sum(votes), voters=counts.voters),
            hint="Chỉ đảng viên chính thức có mặt biểu quyết; đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3). "
                 "Kiểm tra lại số phiếu và điểm danh.",
            field="votes_for")
    if data.chair_id in absent:
        raise ValidationError(t("Người chủ trì {name} được điểm danh vắng.", name=names[data.chair_id]),
                              hint="Sửa điểm danh, hoặc chọn người chủ trì có mặt. Nếu chủ trì là đồng chí cấp ủy cấp trên, "
                                   "để trống ô Chủ trì và ghi đồng chí ấy trong Khách mời.",
                              field="chair_id", member_id=data.chair_id)
    if data.minute_taker_id in absent:
        raise ValidationError(t("Thư ký {name} được điểm danh vắng.", name=names[data.minute_taker_id]),
                              hint="Sửa điểm danh, hoặc chọn thư ký là người có mặt.", field="minute_taker_id",
                              member_id=data.minute_taker_id)
    guests = {clean(g.name).casefold() for g in data.guests if clean(g.name)}
    by_name = {clean(name).casefold(): mid for mid, name in names.items()}
    for opinion in data.opinions:
        speaker = clean(opinion.speaker)
        member_id = opinion.member_id if opinion.member_id in state else by_name.get(speaker.casefold())
        if member_id in absent:
            raise ValidationError(t("{name} được điểm danh vắng nhưng có ý kiến phát biểu.", name=names[member_id]),
                                  hint="Ý kiến chỉ của người có mặt hoặc khách mời: sửa điểm danh hoặc bỏ ý kiến này.",
                                  field="opinions", member_id=member_id)
        if member_id is None and speaker and speaker.casefold() not in guests:
            raise ValidationError(t("{name} không có trong danh sách chi bộ hay khách mời.", name=speaker),
                                  hint="Ý kiến chỉ của người có mặt hoặc khách mời: thêm vào Khách mời nếu là khách.",
                                  field="opinions")


@dataclass(frozen=True)
class AbsenceFlag:
    member: Member
    months: list[int]  # the months (1..12) with a meeting missed without reason


def considered_for_removal(tx: Session, year: int) -> list[AbsenceFlag]:
    """Members absent without reason from the cell's meetings in three (or more) months of
    `year` (Statute, Art. 8: the cell considers removal): who, and which months."""
    rows = tx.exec(select(Attendance.member_id, StudySession.held_on)
                   .join(StudySession, StudySession.id == Attendance.session_id)
                   .where(StudySession.year == year, Attendance.state == AttendanceState.ABSENT_UNEXCUSED.value)).all()
    months: dict[int, set[int]] = {}
    for member_id, held_on in rows:
        months.setdefault(member_id, set()).add(held_on.month)
    flags = [AbsenceFlag(tx.get(Member, mid), sorted(ms)) for mid, ms in months.items() if len(ms) >= REMOVAL_MONTHS]
    return sorted(flags, key=lambda f: sort_key(f.member.full_name))
