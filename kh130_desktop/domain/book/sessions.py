"""Study sessions: the conference, the quarter's thematic sessions, regular meetings.

Attendance counts for the minutes are computed from the attendance rows here, never typed
and never stored. A meeting under 90 minutes is flagged (Guideline 42-HD/BTCTW, 2025);
the rate is shown, never enforced: there is no quorum rule for an ordinary meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlmodel import Session, select

from ..errors import NotFoundError, ValidationError, t
from ..store.tables import Attendance, Member, SessionGuest, SessionMaterial, SessionOpinion, StudySession, _now
from .meeting_rules import check_meeting
from .roster import Standing, listed_apart_on, roster_on, summoned_on
from ..text import clean, clean_multiline
from .vocabulary import MIN_MEETING_MINUTES, PRESENT_STATES, AttendanceState, MemberStatus, SessionKind, label, parse


@dataclass
class Guest:
    name: str
    title: str = ""


@dataclass
class Opinion:
    speaker: str
    opinion: str
    member_id: int | None = None


@dataclass
class SessionData:
    kind: str
    held_on: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    quarter: int | None = None
    place: str = ""
    chair_id: int | None = None
    minute_taker_id: int | None = None
    presenter: str = ""
    title: str = ""
    topic: str = ""
    agenda: str = ""
    content: str = ""
    conclusions: str = ""
    vote_subject: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    tasks: str = ""
    materials: list[str] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)


SCALARS = [f.name for f in fields(SessionData) if f.name not in ("materials", "guests", "opinions")]


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def duration_minutes(session: StudySession | SessionData) -> int | None:
    if session.start_time is None or session.end_time is None:
        return None
    start = dt.datetime.combine(dt.date.min, session.start_time)
    end = dt.datetime.combine(dt.date.min, session.end_time)
    return int((end - start).total_seconds() // 60)


def is_short(session: StudySession | SessionData) -> bool:
    minutes = duration_minutes(session)
    return minutes is not None and minutes < MIN_MEETING_MINUTES


def validate_session(tx: Session, data: SessionData) -> dict:
    values = {name: getattr(data, name) for name in SCALARS}
    values["kind"] = parse(SessionKind, values["kind"]).value
    if values["held_on"] is None:
        raise ValidationError("Chưa nhập ngày họp.", field="held_on")
    if values["held_on"] > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError("Ngày họp quá xa trong tương lai.", field="held_on")
    if values["quarter"] is None:
        values["quarter"] = quarter_of(values["held_on"])
    if values["quarter"] not in (1, 2, 3, 4):
        raise ValidationError("Quý phải từ I đến IV.", field="quarter")
    if values["kind"] == SessionKind.THEMATIC and values["quarter"] != quarter_of(values["held_on"]):
        raise ValidationError("Ngày họp không thuộc quý đã chọn.", hint="Sửa ngày họp hoặc quý.", field="quarter")
    minutes = duration_minutes(data)
    if minutes is not None and minutes <= 0:
        raise ValidationError("Giờ kết thúc phải sau giờ bắt đầu.", field="end_time")
    for key in ("place", "presenter", "title"):
        values[key] = clean(values[key])
    for key in ("topic", "agenda", "content", "conclusions", "vote_subject", "tasks"):
        values[key] = clean_multiline(values[key])
    votes = [values["votes_for"], values["votes_against"], values["votes_abstain"]]
    if any(v is not None and v < 0 for v in votes):
        raise ValidationError("Số phiếu biểu quyết không được âm.", field="votes_for")
    on_roster = {s.member.id for s in roster_on(tx, values["held_on"])}
    for key, what in (("chair_id", "Người chủ trì"), ("minute_taker_id", "Thư ký")):
        if values[key] is not None and values[key] not in on_roster:
            raise ValidationError(t("{what} không có trong danh sách chi bộ ngày {held_on}.", what=what, held_on=f"{values['held_on']:%d/%m/%Y}"),
                                  field=key, member_id=values[key])
    values["year"] = values["held_on"].year
    return values


def create_session(tx: Session, data: SessionData) -> StudySession:
    session = StudySession(**validate_session(tx, data))
    tx.add(session)
    tx.flush()
    _replace_children(tx, session, data)
    return session


def update_session(tx: Session, session_id: int, data: SessionData) -> StudySession:
    session = get_session(tx, session_id)
    old_date = session.held_on
    for key, value in validate_session(tx, data).items():
        setattr(session, key, value)
    session.updated_at = _now()
    tx.add(session)
    _replace_children(tx, session, data)
    if old_date != session.held_on:
        # Attendance of members not on the roster on the new date no longer applies.
        eligible = {s.member.id for s in roster_on(tx, session.held_on)}
        for row in tx.exec(select(Attendance).where(Attendance.session_id == session_id)):
            if row.member_id not in eligible:
                tx.delete(row)
    tx.flush()
    return session


def save_session_with_attendance(tx: Session, session_id: int | None, data: SessionData,
                                 marks: dict[int, AttendanceMark | None]) -> int:
    """One user action of the session editor: the session and its attendance, whole or not at
    all (a refused mark leaves the session unsaved too). Returns the session's id."""
    session = create_session(tx, data) if session_id is None else update_session(tx, session_id, data)
    set_attendance(tx, session.id, marks)
    lines, apart = attendance_sheet(tx, session.id)
    check_meeting(data, lines, counts_from(lines, apart))  # the meeting's rules: book/meeting_rules.py
    return session.id


def delete_session(tx: Session, session_id: int) -> None:
    session = get_session(tx, session_id)
    for table in (Attendance, SessionGuest, SessionMaterial, SessionOpinion):
        for row in tx.exec(select(table).where(table.session_id == session_id)):
            tx.delete(row)
    tx.delete(session)
    tx.flush()


def get_session(tx: Session, session_id: int) -> StudySession:
    session = tx.get(StudySession, session_id)
    if session is None:
        raise NotFoundError("Không tìm thấy buổi sinh hoạt (có thể đã bị xóa).")
    return session


def list_sessions(tx: Session, year: int | None = None) -> list[StudySession]:
    query = select(StudySession)
    if year is not None:
        query = query.where(StudySession.year == year)
    return list(tx.exec(query.order_by(StudySession.held_on, StudySession.id)))


def session_years(tx: Session) -> list[int]:
    """The years that have sessions, latest first."""
    return sorted(set(tx.exec(select(StudySession.year).distinct())), reverse=True)


def latest_session(tx: Session) -> StudySession | None:
    return tx.exec(select(StudySession).order_by(StudySession.held_on.desc(), StudySession.id.desc())).first()


def session_data(tx: Session, session_id: int) -> SessionData:
    """The editable form of a stored session, children included."""
    s = get_session(tx, session_id)
    data = SessionData(**{name: getattr(s, name) for name in SCALARS})
    data.materials = [m.title for m in tx.exec(select(SessionMaterial).where(SessionMaterial.session_id == s.id).order_by(SessionMaterial.position))]
    data.guests = [Guest(g.name, g.title) for g in tx.exec(select(SessionGuest).where(SessionGuest.session_id == s.id).order_by(SessionGuest.position))]
    data.opinions = [Opinion(o.speaker, o.opinion, o.member_id) for o in tx.exec(select(SessionOpinion).where(SessionOpinion.session_id == s.id).order_by(SessionOpinion.position))]
    return data


def _replace_children(tx: Session, session: StudySession, data: SessionData) -> None:
    for table in (SessionGuest, SessionMaterial, SessionOpinion):
        for row in tx.exec(select(table).where(table.session_id == session.id)):
            tx.delete(row)
    tx.flush()
    for position, title in enumerate(t for t in (clean_multiline(m) for m in data.materials) if t):
        tx.add(SessionMaterial(session_id=session.id, position=position, title=title))
    for position, guest in enumerate(data.guests):
        name = clean(guest.name)
        if not name:
            raise ValidationError("Khách mời chưa có tên.", field="guests")
        tx.add(SessionGuest(session_id=session.id, position=position, name=name, title=clean(guest.title)))
    for position, op in enumerate(data.opinions):
        speaker, text = clean(op.speaker), clean_multiline(op.opinion)
        if not speaker or not text:
            raise ValidationError("Mỗi ý kiến cần tên người phát biểu và nội dung.", field="opinions")
        tx.add(SessionOpinion(session_id=session.id, position=position, member_id=op.member_id, speaker=speaker, opinion=text))


# --- attendance -----------------------------------------------------------------------------

@dataclass(frozen=True)
class AttendanceMark:
    state: str
    reason: str = ""


def set_attendance(tx: Session, session_id: int, marks: dict[int, AttendanceMark | None]) -> None:
    """Record the marks given (member id -> mark, or None to clear); others are left as they are."""
    session = get_session(tx, session_id)
    summoned = {s.member.id for s in summoned_on(tx, session.held_on)}
    existing = {a.member_id: a for a in tx.exec(select(Attendance).where(Attendance.session_id == session_id))}
    for member_id, mark in marks.items():
        if mark is None:
            if member_id in existing:
                tx.delete(existing[member_id])
            continue
        if member_id not in summoned:
            member = tx.get(Member, member_id)
            name = member.full_name if member else f"#{member_id}"
            raise ValidationError(t("{name} không thuộc diện triệu tập ngày {held_on}.", name=name, held_on=f"{session.held_on:%d/%m/%Y}"),
                                  hint="Đảng viên miễn sinh hoạt, đình chỉ, đã chuyển đi hoặc chưa vào chi bộ không điểm danh.",
                                  member_id=member_id)
        state = parse(AttendanceState, mark.state).value
        reason = clean(mark.reason)
        if state == AttendanceState.ABSENT_EXCUSED and not reason:
            member = tx.get(Member, member_id)
            raise ValidationError(t("Ghi lý do vắng của {full_name}.", full_name=member.full_name), hint="Ví dụ: ốm, đi làm ăn xa.",
                                  field="reason", member_id=member_id)
        if state in (AttendanceState.PRESENT, AttendanceState.ABSENT_UNEXCUSED):
            reason = "" if state == AttendanceState.PRESENT else reason
        row = existing.get(member_id)
        if row is None:
            tx.add(Attendance(session_id=session_id, member_id=member_id, state=state, reason=reason))
        else:
            row.state, row.reason = state, reason
            tx.add(row)
    tx.flush()


def mark_all_present(tx: Session, session_id: int) -> int:
    """Every summoned member not yet marked becomes present; returns how many were marked."""
    session = get_session(tx, session_id)
    marked = {a.member_id for a in tx.exec(select(Attendance).where(Attendance.session_id == session_id))}
    todo = {s.member.id: AttendanceMark(AttendanceState.PRESENT.value) for s in summoned_on(tx, session.held_on) if s.member.id not in marked}
    set_attendance(tx, session_id, todo)
    return len(todo)


@dataclass(frozen=True)
class AttendanceLine:
    standing: Standing
    state: str | None  # None: not marked yet
    reason: str


@dataclass(frozen=True)
class AttendanceCounts:
    """What the minutes need, all computed from the records."""

    total: int  # on the roster that day, listed apart included
    summoned: int
    present: int  # including late
    late: int
    absent_excused: int
    absent_unexcused: int
    unmarked: int
    listed_apart: int
    exempt: int
    suspended: int
    temporary_away: int
    summoned_official: int
    summoned_probationary: int
    present_official: int
    present_probationary: int

    @property
    def absent(self) -> int:
        return self.absent_excused + self.absent_unexcused

    @property
    def rate(self) -> float:
        """Present over summoned, 0..1; shown, never enforced."""
        return self.present / self.summoned if self.summoned else 0.0

    @property
    def voters(self) -> int:
        """Who may vote: the official members present. Probationary members take part but do
        not vote (Party Statute, Art. 3), so a vote is counted over this number."""
        return self.present_official


def attendance_sheet(tx: Session, session_id: int) -> tuple[list[AttendanceLine], list[Standing]]:
    """The summoned members with their marks, and the members listed apart."""
    session = get_session(tx, session_id)
    marks = {a.member_id: a for a in tx.exec(select(Attendance).where(Attendance.session_id == session_id))}
    lines = []
    for standing in summoned_on(tx, session.held_on):
        a = marks.get(standing.member.id)
        lines.append(AttendanceLine(standing, a.state if a else None, a.reason if a else ""))
    return lines, listed_apart_on(tx, session.held_on)


def attendance_counts(tx: Session, session_id: int) -> AttendanceCounts:
    lines, apart = attendance_sheet(tx, session_id)
    return counts_from(lines, apart)


def counts_from(lines: list[AttendanceLine], apart: list[Standing]) -> AttendanceCounts:
    def n(pred) -> int:
        return sum(1 for line in lines if pred(line))

    present = lambda line: line.state in PRESENT_STATES  # noqa: E731
    return AttendanceCounts(
        total=len(lines) + len(apart),
        summoned=len(lines),
        present=n(present),
        late=n(lambda line: line.state == AttendanceState.LATE),
        absent_excused=n(lambda line: line.state == AttendanceState.ABSENT_EXCUSED),
        absent_unexcused=n(lambda line: line.state == AttendanceState.ABSENT_UNEXCUSED),
        unmarked=n(lambda line: line.state is None),
        listed_apart=len(apart),
        exempt=sum(1 for s in apart if s.status == MemberStatus.EXEMPT),
        suspended=sum(1 for s in apart if s.status == MemberStatus.SUSPENDED),
        temporary_away=sum(1 for s in apart if s.status == MemberStatus.TEMPORARY_AWAY),
        summoned_official=n(lambda line: line.standing.official),
        summoned_probationary=n(lambda line: not line.standing.official),
        present_official=n(lambda line: present(line) and line.standing.official),
        present_probationary=n(lambda line: present(line) and not line.standing.official),
    )


def describe(session: StudySession) -> str:
    """A one-line name for lists: kind, quarter and date."""
    text = label(session.kind)
    if session.kind == SessionKind.THEMATIC and session.quarter:
        text += f" quý {'I II III IV'.split()[session.quarter - 1]}/{session.year}"
    return f"{text} — {session.held_on:%d/%m/%Y}"
