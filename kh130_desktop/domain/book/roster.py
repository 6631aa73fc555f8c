"""The roster: members, their status and role over time, arrivals and departures.

A member with any history (attendance, pledges, reviews) is never deleted: they leave
(`record_departure`) and stay in every past session and report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace

from sqlalchemy import func
from sqlmodel import Session, select

from ..errors import SECOND_SECRETARY, ConflictError, NotFoundError, ValidationError, t
from ..store import settings
from ..store.tables import Attendance, Member, MemberHistory, Pledge, YearReview
from ..text import clean, clean_multiline, fold, sort_key
from .dates import PRECISION_FIELDS, DatePrecision, format_date, is_consistent, period_end, period_start
from .vocabulary import LISTED_APART_STATUSES, SUMMONED_STATUSES, MemberStatus, Role, Sex, parse

CARD_NUMBER = re.compile(r"^[0-9.\- ]{6,20}$")


@dataclass
class MemberData:
    full_name: str
    birth_date: dt.date | None = None
    sex: str = Sex.MALE.value
    ethnicity: str = ""
    card_number: str = ""
    admitted_on: dt.date | None = None
    official_on: dt.date | None = None
    status: str = MemberStatus.OFFICIAL.value
    role: str = Role.MEMBER.value
    joined_on: dt.date | None = None
    phone: str = ""
    occupation: str = ""
    notes: str = ""
    # How much of each date is known (dates.py): "day", "month" or "year". None: a full date,
    # or when editing, whatever the member had if the date is unchanged.
    birth_precision: str | None = None
    admitted_precision: str | None = None
    official_precision: str | None = None

    @classmethod
    def from_member(cls, member: Member) -> MemberData:
        return cls(**{f.name: getattr(member, f.name) for f in fields(cls)})


def validate_member(data: MemberData, today: dt.date | None = None) -> dict:
    """The cleaned values of `data`, or a ValidationError naming the field and what to do."""
    today = today or dt.date.today()
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values["full_name"] = clean(values["full_name"])
    if not values["full_name"]:
        raise ValidationError("Chưa nhập họ và tên.", field="full_name")
    if len(values["full_name"].split()) < 2:
        raise ValidationError("Họ và tên phải có ít nhất họ và tên.", hint="Ví dụ: Nông Văn Dũng.", field="full_name")
    if any(ch.isdigit() for ch in values["full_name"]):
        raise ValidationError("Họ và tên không được chứa chữ số.", field="full_name")
    for key in ("ethnicity", "card_number", "phone", "occupation"):
        values[key] = clean(values[key])
    values["notes"] = clean_multiline(values["notes"])
    values["sex"] = parse(Sex, values["sex"]).value
    values["status"] = parse(MemberStatus, values["status"]).value
    values["role"] = parse(Role, values["role"]).value
    if values["card_number"] and not CARD_NUMBER.match(values["card_number"]):
        raise ValidationError("Số thẻ đảng viên chỉ gồm chữ số.", hint="Ví dụ: 42.012345.", field="card_number")
    for key, precision_key in PRECISION_FIELDS.items():
        values[precision_key] = _precision(values[key], values[precision_key], key)
    birth, admitted, official = values["birth_date"], values["admitted_on"], values["official_on"]
    for key in ("birth_date", "admitted_on", "official_on", "joined_on"):
        if values[key] is not None and values[key] > today:
            shown = format_date(values[key], values.get(PRECISION_FIELDS.get(key, ""), DatePrecision.DAY))
            raise ValidationError("Ngày không được ở tương lai.", hint=t("Kiểm tra lại ({date}).", date=shown), field=key)
    if birth and birth.year < 1900:
        raise ValidationError("Năm sinh không hợp lệ.", field="birth_date")
    # A date known to the year only may be any day of it: refuse only what no day makes true.
    if birth and admitted and (period_end(admitted, values["admitted_precision"]) - period_start(birth, values["birth_precision"])).days < 18 * 365:
        raise ValidationError("Ngày vào Đảng phải từ khi đủ 18 tuổi.", hint="Kiểm tra ngày sinh và ngày vào Đảng.", field="admitted_on")
    if admitted and official and period_end(official, values["official_precision"]) < period_start(admitted, values["admitted_precision"]):
        raise ValidationError("Ngày chính thức phải sau ngày vào Đảng.", field="official_on")
    if values["status"] == MemberStatus.PROBATIONARY and official is not None:
        raise ValidationError("Đảng viên dự bị chưa có ngày chính thức.", hint="Xóa ngày chính thức hoặc đổi trạng thái.", field="official_on")
    if values["status"] == MemberStatus.OFFICIAL and admitted and official is None and (today - admitted).days < 365:
        raise ValidationError("Đảng viên vào Đảng chưa đủ 12 tháng thì còn là dự bị.", field="status")
    return values


def _precision(day: dt.date | None, precision: str | None, key: str) -> str:
    if day is None or precision is None:
        return DatePrecision.DAY.value
    try:
        precision = DatePrecision(precision).value
    except ValueError:
        raise ValidationError(t("Độ chính xác “{precision}” của ngày không hợp lệ.", precision=precision), field=key) from None
    if not is_consistent(day, precision):
        raise ValidationError("Ngày chỉ có tháng hoặc năm phải ghi là ngày đầu tháng hoặc đầu năm.", field=key)
    return precision


def records_from(tx: Session, today: dt.date | None = None) -> dt.date:
    """The first day of the cell's record book ("ghi sổ từ ngày"): 1 January of this year
    unless the secretary chose another day (a cell that keeps its book from January)."""
    value = settings.get(tx, settings.RECORDS_FROM)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.date((today or dt.date.today()).year, 1, 1)


def set_records_from(tx: Session, day: dt.date, today: dt.date | None = None) -> None:
    if day is None:
        raise ValidationError("Chưa nhập ngày bắt đầu ghi sổ.", field="records_from")
    if day > (today or dt.date.today()):
        raise ValidationError("Ngày bắt đầu ghi sổ không được ở tương lai.", field="records_from")
    settings.put(tx, settings.RECORDS_FROM, day.isoformat())


def default_joined_on(tx: Session, admitted_on: dt.date | None, today: dt.date | None = None) -> dt.date:
    """When a member joined the cell, if nobody said: the day the book starts, or their
    admission to the Party when that came later. Never silently "today"."""
    start = records_from(tx, today)
    return max(start, admitted_on) if admitted_on else start


def add_member(tx: Session, data: MemberData, *, today: dt.date | None = None, replace_secretary: bool = False) -> Member:
    values = validate_member(data, today)
    joined = values["joined_on"] or default_joined_on(tx, values["admitted_on"], today)
    values["joined_on"] = joined
    _refuse_duplicate(tx, values, None)
    _one_secretary(tx, values["role"], None, joined, replace_secretary)
    member = Member(**values)
    tx.add(member)
    tx.flush()
    tx.add(MemberHistory(member_id=member.id, effective_on=joined, status=member.status, role=member.role, note="Vào danh sách chi bộ"))
    tx.flush()
    return member


def update_member(tx: Session, member_id: int, data: MemberData, *, effective_on: dt.date | None = None,
                  note: str = "", today: dt.date | None = None, replace_secretary: bool = False) -> Member:
    """Edit a member; a change of status or role is recorded in history from `effective_on`."""
    member = get_member(tx, member_id)
    # A form that edits the dates as full dates leaves the precision alone where the date is unchanged.
    kept = {p: getattr(member, p) for key, p in PRECISION_FIELDS.items()
            if getattr(data, p) is None and getattr(data, key) == getattr(member, key)}
    values = validate_member(replace(data, **kept), today)
    _refuse_duplicate(tx, values, member_id)
    changed_standing = values["status"] != member.status or values["role"] != member.role
    if member.left_on is None:
        _one_secretary(tx, values["role"], member_id, effective_on or today or dt.date.today(), replace_secretary)
    for key, value in values.items():
        if value is None and key == "joined_on":
            continue
        setattr(member, key, value)
    tx.add(member)
    if changed_standing:
        _record_history(tx, member, effective_on or today or dt.date.today(), note or "Thay đổi trạng thái/chức vụ")
    tx.flush()
    return member


def change_status(tx: Session, member_id: int, *, status: str | None = None, role: str | None = None,
                  effective_on: dt.date, note: str = "", replace_secretary: bool = False) -> Member:
    member = get_member(tx, member_id)
    new_status = parse(MemberStatus, status).value if status else member.status
    new_role = parse(Role, role).value if role else member.role
    if new_status == member.status and new_role == member.role:
        raise ValidationError("Trạng thái và chức vụ không thay đổi.", member_id=member_id)
    if member.left_on is not None:
        raise ConflictError("Đảng viên này đã chuyển đi.", hint="Ghi nhận trở lại trước khi đổi trạng thái.", member_id=member_id)
    if member.joined_on and effective_on < member.joined_on:
        raise ValidationError("Ngày hiệu lực trước ngày vào chi bộ.", field="effective_on", member_id=member_id)
    _one_secretary(tx, new_role, member_id, effective_on, replace_secretary)
    if new_status == MemberStatus.OFFICIAL and member.status == MemberStatus.PROBATIONARY and member.official_on is None:
        member.official_on = effective_on
    member.status, member.role = new_status, new_role
    tx.add(member)
    _record_history(tx, member, effective_on, clean(note))
    tx.flush()
    return member


def record_departure(tx: Session, member_id: int, left_on: dt.date, reason: str) -> Member:
    """The member leaves the cell (moved, transferred, died): kept in every past record."""
    member = get_member(tx, member_id)
    if member.left_on is not None:
        raise ConflictError("Đảng viên này đã được ghi là chuyển đi.", member_id=member_id)
    if member.joined_on and left_on < member.joined_on:
        raise ValidationError("Ngày chuyển đi trước ngày vào chi bộ.", field="left_on", member_id=member_id)
    reason = clean(reason)
    if not reason:
        raise ValidationError("Ghi lý do chuyển đi.", hint="Ví dụ: chuyển sinh hoạt đến Chi bộ thôn Bản Giới.", field="left_reason",
                              member_id=member_id)
    member.left_on, member.left_reason = left_on, reason
    if member.role != Role.MEMBER:
        member.role = Role.MEMBER.value
        _record_history(tx, member, left_on, "Thôi chức vụ khi chuyển đi")
    tx.add(member)
    tx.flush()
    return member


def undo_departure(tx: Session, member_id: int) -> Member:
    member = get_member(tx, member_id)
    member.left_on, member.left_reason = None, ""
    tx.add(member)
    tx.flush()
    return member


def remove_member(tx: Session, member_id: int) -> None:
    """Delete a member entered by mistake. One with any history must leave instead."""
    member = get_member(tx, member_id)
    for table in (Attendance, Pledge, YearReview):
        if tx.exec(select(func.count()).select_from(table).where(table.member_id == member_id)).one():
            raise ConflictError(
                t("Không xóa được {full_name}: đã có điểm danh, đăng ký hoặc kiểm điểm.", full_name=member.full_name),
                hint="Dùng “Chuyển đi” để giữ lại lịch sử.",
                member_id=member_id,
            )
    tx.delete(member)  # its history rows go with it (ON DELETE CASCADE)
    tx.flush()


def get_member(tx: Session, member_id: int) -> Member:
    member = tx.get(Member, member_id)
    if member is None:
        raise NotFoundError("Không tìm thấy đảng viên (có thể đã bị xóa).", member_id=member_id)
    return member


def list_members(tx: Session, *, include_left: bool = True, search: str = "", status: str | None = None,
                 role: str | None = None) -> list[Member]:
    members = list(tx.exec(select(Member)))
    if not include_left:
        members = [m for m in members if m.left_on is None]
    if status:
        members = [m for m in members if m.status == status]
    if role:
        members = [m for m in members if m.role == role]
    if search:
        needle = fold(clean(search))
        members = [m for m in members if needle in fold(m.full_name) or needle in m.card_number]
    return sorted(members, key=lambda m: sort_key(m.full_name))


def history(tx: Session, member_id: int) -> list[MemberHistory]:
    return list(tx.exec(select(MemberHistory).where(MemberHistory.member_id == member_id)
                        .order_by(MemberHistory.effective_on, MemberHistory.id)))


@dataclass(frozen=True)
class Standing:
    """A member as they stood on a given date."""

    member: Member
    status: str
    role: str

    @property
    def official(self) -> bool:
        """Official (chính thức) rather than probationary on that date."""
        if self.status == MemberStatus.PROBATIONARY:
            return False
        if self.status == MemberStatus.OFFICIAL:
            return True
        return self.member.official_on is not None or self.member.admitted_on is None


def roster_on(tx: Session, day: dt.date) -> list[Standing]:
    """Everyone on the cell's roster on `day`, with the status and role they held then."""
    members = tx.exec(select(Member)).all()
    rows = tx.exec(select(MemberHistory).where(MemberHistory.effective_on <= day)
                   .order_by(MemberHistory.effective_on, MemberHistory.id)).all()
    latest: dict[int, MemberHistory] = {}
    for row in rows:
        latest[row.member_id] = row
    out = []
    for m in members:
        if m.joined_on and m.joined_on > day:
            continue
        if m.left_on and m.left_on <= day:
            continue
        h = latest.get(m.id)
        if h is None:
            # No history yet on that date (joined earlier than recorded): take the earliest known.
            first = tx.exec(select(MemberHistory).where(MemberHistory.member_id == m.id)
                            .order_by(MemberHistory.effective_on, MemberHistory.id)).first()
            status, role = (first.status, first.role) if first else (m.status, m.role)
        else:
            status, role = h.status, h.role
        out.append(Standing(m, status, role))
    return sorted(out, key=lambda s: sort_key(s.member.full_name))


def summoned_on(tx: Session, day: dt.date) -> list[Standing]:
    return [s for s in roster_on(tx, day) if s.status in SUMMONED_STATUSES]


def listed_apart_on(tx: Session, day: dt.date) -> list[Standing]:
    return [s for s in roster_on(tx, day) if s.status in LISTED_APART_STATUSES]


def summoned_members(tx: Session, day: dt.date) -> list[Member]:
    return [s.member for s in summoned_on(tx, day)]


def _one_secretary(tx: Session, role: str, member_id: int | None, effective_on: dt.date, replace: bool) -> None:
    """One bí thư at a time: making another one ends the current one's term, from
    `effective_on`, only once the caller confirmed it (`replace`); else a ConflictError."""
    if role != Role.SECRETARY:
        return
    current = [m for m in tx.exec(select(Member).where(Member.role == Role.SECRETARY.value, Member.left_on.is_(None)))
               if m.id != member_id]
    if current and not replace:
        raise ConflictError(t("Chi bộ đang có bí thư {full_name}.", full_name=current[0].full_name),
                            hint="Chi bộ chỉ có một bí thư: xác nhận để đồng chí ấy thôi chức bí thư (chuyển làm đảng viên).",
                            field="role", code=SECOND_SECRETARY, member_id=current[0].id)
    for other in current:
        other.role = Role.MEMBER.value
        tx.add(other)
        _record_history(tx, other, max(effective_on, other.joined_on or effective_on), "Thôi chức Bí thư (có bí thư mới)")


def _record_history(tx: Session, member: Member, effective_on: dt.date, note: str) -> None:
    tx.add(MemberHistory(member_id=member.id, effective_on=effective_on, status=member.status, role=member.role, note=note))


def _refuse_duplicate(tx: Session, values: dict, member_id: int | None) -> None:
    card = values.get("card_number")
    if card:
        other = tx.exec(select(Member).where(Member.card_number == card)).first()
        if other is not None and other.id != member_id:
            raise ValidationError(t("Số thẻ {card} đã thuộc về {full_name}.", card=card, full_name=other.full_name), hint="Kiểm tra lại số thẻ đảng viên.", field="card_number", member_id=other.id)
    same = tx.exec(select(Member).where(Member.full_name == values["full_name"])).all()
    for other in same:
        if other.id != member_id and other.birth_date == values.get("birth_date") and other.left_on is None:
            raise ValidationError(t("Đã có đảng viên {full_name} cùng ngày sinh trong danh sách.", full_name=other.full_name),
                                  hint="Có thể đã nhập trùng; kiểm tra lại danh sách.", field="full_name", member_id=other.id)


def not_yet_joined(tx: Session, day: dt.date) -> list[Member]:
    """Members who joined the cell after `day` (and had not left by then): a session that day
    does not list them; the session editor says so, and offers to correct the date."""
    members = tx.exec(select(Member).where(Member.joined_on > day)).all()
    return sorted((m for m in members if m.left_on is None or m.left_on > day), key=lambda m: sort_key(m.full_name))


def set_joined_on(tx: Session, member_ids: list[int], day: dt.date, today: dt.date | None = None) -> int:
    """Correct when members joined the cell (their first history row follows); how many changed."""
    if day is None:
        raise ValidationError("Chưa nhập ngày vào chi bộ.", field="joined_on")
    if day > (today or dt.date.today()):
        raise ValidationError("Ngày không được ở tương lai.", field="joined_on")
    for member_id in member_ids:
        member = get_member(tx, member_id)
        if member.left_on is not None and member.left_on <= day:
            raise ValidationError(t("{full_name} đã chuyển đi trước ngày này.", full_name=member.full_name), field="joined_on", member_id=member_id)
        rows = history(tx, member_id)
        if rows and rows[0].effective_on > day:
            rows[0].effective_on = day
            tx.add(rows[0])
        member.joined_on = day
        tx.add(member)
    tx.flush()
    return len(member_ids)
