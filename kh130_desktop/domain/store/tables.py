"""The tables of the store, one per concept of the plan.

Codes from `vocabulary` are stored as short strings. Counts (present, absent, …) are never
stored: they are computed from the attendance rows by `sessions.attendance_counts`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _uuid() -> str:
    return str(uuid.uuid4())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE"):
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True),
    )


class Setting(SQLModel, table=True):
    """Installation-wide key/value settings (installation id, role, receiving level, …)."""

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class Cell(SQLModel, table=True):
    """The cell whose records this store keeps (one per cell installation)."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uuid, max_length=36, unique=True)
    name: str = Field(max_length=200)  # "Chi bộ thôn Nà Lữ"
    cell_type: str = Field(max_length=32)
    # The superior bodies printed top left, from the highest: e.g. "ĐẢNG BỘ TỈNH CAO BẰNG",
    # "ĐẢNG ỦY XÃ HÒA AN". One per line, highest first; the last is the direct superior.
    superior_bodies: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # The committee that receives the cell's reports, as it is named in "Kính gửi".
    receiving_committee: str = Field(default="", max_length=200)
    place_name: str = Field(default="", max_length=100)  # "Hòa An, ngày … tháng … năm …"
    commune: str = Field(default="", max_length=100)
    province: str = Field(default="Cao Bằng", max_length=100)
    created_at: dt.datetime = Field(default_factory=_now)


class Member(SQLModel, table=True):
    """A party member on the cell's roster. Never deleted once they have history:
    a member who moves away gets `left_on` and keeps their sessions and pledges."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uuid, max_length=36, unique=True)
    full_name: str = Field(max_length=120, index=True)
    birth_date: dt.date | None = None
    sex: str = Field(default="nam", max_length=8)
    ethnicity: str = Field(default="", max_length=40)
    card_number: str = Field(default="", max_length=20)  # số thẻ đảng viên
    admitted_on: dt.date | None = None  # ngày vào Đảng
    official_on: dt.date | None = None  # ngày chính thức
    status: str = Field(default="chinh_thuc", max_length=32)  # current status
    role: str = Field(default="dang_vien", max_length=32)  # current role
    joined_on: dt.date | None = None  # joined this cell
    left_on: dt.date | None = None  # left this cell (moved away, died, …)
    left_reason: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20)
    occupation: str = Field(default="", max_length=120)
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # How much of each date is known: "day", "month" or "year" (book/dates.py); the date is the
    # first day of that month or year. A year of birth alone stays a year.
    birth_precision: str = Field(default="day", sa_column=Column(String(8), nullable=False, default="day", server_default="day"))
    admitted_precision: str = Field(default="day", sa_column=Column(String(8), nullable=False, default="day", server_default="day"))
    official_precision: str = Field(default="day", sa_column=Column(String(8), nullable=False, default="day", server_default="day"))


class MemberHistory(SQLModel, table=True):
    """Each status or role a member held, from `effective_on`: the roster as it was on any date."""

    __tablename__ = "member_history"
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = _fk("member.id")
    effective_on: dt.date
    status: str = Field(max_length=32)
    role: str = Field(max_length=32)
    note: str = Field(default="", max_length=300)
    recorded_at: dt.datetime = Field(default_factory=_now)


class PlanYear(SQLModel, table=True):
    """A year's study topic (Chuyên đề) and the plan that sets it: data, editable, not code."""

    __tablename__ = "plan_year"
    year: int = Field(primary_key=True)
    plan_number: str = Field(default="", max_length=60)  # "130-KH/TU"
    plan_date: dt.date | None = None
    issuer: str = Field(default="", max_length=200)
    topic: str = Field(sa_column=Column(Text, nullable=False))
    short_topic: str = Field(default="", max_length=300)


class PlanMilestone(SQLModel, table=True):
    __tablename__ = "plan_milestone"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(sa_column=Column(Integer, ForeignKey("plan_year.year", ondelete="CASCADE"), nullable=False, index=True))
    code: str = Field(max_length=40)
    title: str = Field(max_length=300)
    due_on: dt.date
    quarter: int | None = None
    # What marks it done: "session:<kind>" (a session of that kind held by the due date),
    # "pledges" (every summoned member has pledged), "reviews" (every one reviewed), or "" (manual).
    done_when: str = Field(default="", max_length=40)
    done_on: dt.date | None = None  # set by hand for manual milestones


class PlanQuarterTopic(SQLModel, table=True):
    """The plan's suggested discussion topic for a quarter's thematic session."""

    __tablename__ = "plan_quarter_topic"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(sa_column=Column(Integer, ForeignKey("plan_year.year", ondelete="CASCADE"), nullable=False, index=True))
    quarter: int
    topic: str = Field(sa_column=Column(Text, nullable=False))


class PlanMaterial(SQLModel, table=True):
    __tablename__ = "plan_material"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(sa_column=Column(Integer, ForeignKey("plan_year.year", ondelete="CASCADE"), nullable=False, index=True))
    position: int = 0
    title: str = Field(sa_column=Column(Text, nullable=False))


class PledgeTheme(SQLModel, table=True):
    """A theme of the year's topic that a pledge can follow (tận tụy, chống quan liêu, …)."""

    __tablename__ = "pledge_theme"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(sa_column=Column(Integer, ForeignKey("plan_year.year", ondelete="CASCADE"), nullable=False, index=True))
    code: str = Field(max_length=40)
    title: str = Field(max_length=300)


class StudySession(SQLModel, table=True):
    """A study conference, a quarter's thematic session, or a regular meeting with a thematic part."""

    __tablename__ = "study_session"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uuid, max_length=36, unique=True)
    kind: str = Field(max_length=32)
    year: int = Field(index=True)
    quarter: int | None = None
    held_on: dt.date = Field(index=True)
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = Field(default="", max_length=200)
    chair_id: int | None = _fk("member.id", nullable=True, ondelete="SET NULL")
    minute_taker_id: int | None = _fk("member.id", nullable=True, ondelete="SET NULL")
    presenter: str = Field(default="", max_length=200)  # may be from outside the cell
    title: str = Field(default="", max_length=300)
    topic: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    agenda: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    content: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    conclusions: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    vote_subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    tasks: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)


class SessionMaterial(SQLModel, table=True):
    __tablename__ = "session_material"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _fk("study_session.id")
    position: int = 0
    title: str = Field(sa_column=Column(Text, nullable=False))


class SessionGuest(SQLModel, table=True):
    """A guest at a session: Front and mass-organisation leaders, civil servants, a superior committee member."""

    __tablename__ = "session_guest"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _fk("study_session.id")
    position: int = 0
    name: str = Field(max_length=120)
    title: str = Field(default="", max_length=200)  # chức vụ, đơn vị


class SessionOpinion(SQLModel, table=True):
    """One speaker's opinion in the discussion, in the order spoken."""

    __tablename__ = "session_opinion"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _fk("study_session.id")
    position: int = 0
    member_id: int | None = _fk("member.id", nullable=True, ondelete="SET NULL")
    speaker: str = Field(max_length=120)  # kept as spoken, also for guests
    opinion: str = Field(sa_column=Column(Text, nullable=False))


class Attendance(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = _fk("study_session.id")
    member_id: int = _fk("member.id", ondelete="RESTRICT")
    state: str = Field(max_length=32)
    reason: str = Field(default="", max_length=300)


class Pledge(SQLModel, table=True):
    """One item of a member's "đăng ký làm theo" for a year: concrete and checkable."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uuid, max_length=36, unique=True)
    member_id: int = _fk("member.id", ondelete="RESTRICT")
    year: int = Field(index=True)
    position: int = 0
    content: str = Field(sa_column=Column(Text, nullable=False))
    theme_code: str = Field(default="", max_length=40)
    target: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    deadline: dt.date | None = None
    created_at: dt.datetime = Field(default_factory=_now)


class PledgeProgress(SQLModel, table=True):
    __tablename__ = "pledge_progress"
    id: int | None = Field(default=None, primary_key=True)
    pledge_id: int = _fk("pledge.id")
    quarter: int
    note: str = Field(sa_column=Column(Text, nullable=False))
    recorded_on: dt.date


class YearReview(SQLModel, table=True):
    """A member's year-end self-review (tự kiểm điểm) and the cell's assessment."""

    __tablename__ = "year_review"
    __table_args__ = (UniqueConstraint("member_id", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = _fk("member.id", ondelete="RESTRICT")
    year: int = Field(index=True)
    self_review: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    level: str = Field(max_length=32)
    score: int | None = None
    assessment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    exemplary: bool = False  # named as an exemplary member in the year-end report
    reviewed_on: dt.date


class CollectivePledge(SQLModel, table=True):
    """The cell's collective pledge: the problem it will resolve this year."""

    __tablename__ = "collective_pledge"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    problem: str = Field(sa_column=Column(Text, nullable=False))
    solution: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    target: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    deadline: dt.date | None = None
    result: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    level: str = Field(default="", max_length=32)  # the year-end result, four levels or empty


_ = (String,)  # re-exported for migrations that need it
