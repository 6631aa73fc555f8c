"""One row of a roster file -> the member it describes, with where each value came from.

A status is read from a status column, else from the words of the notes column ("Dự bị",
"Miễn sinh hoạt"…), else from the section the row sits in ("II. ĐẢNG VIÊN DỰ BỊ"), else from
the dates; a role from "Chức vụ" (whose other words, "Trưởng thôn", go to the notes), else
from the notes. Dates keep their precision: "1958" stays a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import ValidationError, t
from ..text import clean, clean_multiline
from .dates import PRECISION_FIELDS, DatePrecision, format_date, parse_date
from .roster import MemberData, validate_member
from .roster_file import Sheet, cell_text
from .roster_header import BIRTH_FEMALE, BIRTH_MALE, DATE_FIELDS, FIELD_LABELS, BodyRow, Layout, heading_key
from .vocabulary import LABELS, MemberStatus, Role, Sex, label

MAX_CELL_CHARS = 500

# Words that name a status, longest first so "sinh hoạt tạm thời đi nơi khác" is not "sinh hoạt tạm thời".
STATUS_WORDS: list[tuple[str, MemberStatus]] = [
    ("gioi thieu sinh hoat tam thoi di noi khac", MemberStatus.TEMPORARY_AWAY),
    ("gioi thieu sinh hoat tam thoi", MemberStatus.TEMPORARY_AWAY),
    ("sinh hoat tam thoi noi khac", MemberStatus.TEMPORARY_AWAY),
    ("di sinh hoat tam thoi", MemberStatus.TEMPORARY_AWAY),
    ("sinh hoat tam thoi di", MemberStatus.TEMPORARY_AWAY),
    ("tam thoi di", MemberStatus.TEMPORARY_AWAY),
    ("sinh hoat tam thoi", MemberStatus.TEMPORARY_HERE),
    ("mien cong tac va sinh hoat dang", MemberStatus.EXEMPT),
    ("mien cong tac va sinh hoat", MemberStatus.EXEMPT),
    ("mien sinh hoat dang", MemberStatus.EXEMPT),
    ("mien sinh hoat", MemberStatus.EXEMPT),
    ("mien cong tac", MemberStatus.EXEMPT),
    ("mien sh", MemberStatus.EXEMPT),
    ("dinh chi sinh hoat", MemberStatus.SUSPENDED),
    ("dinh chi", MemberStatus.SUSPENDED),
    ("du bi", MemberStatus.PROBATIONARY),
    ("chinh thuc", MemberStatus.OFFICIAL),
]
STATUS_CODES = {"ct": MemberStatus.OFFICIAL, "db": MemberStatus.PROBATIONARY, "shtt": MemberStatus.TEMPORARY_HERE}
ROLE_WORDS: list[tuple[re.Pattern, Role]] = [
    # "Nguyên bí thư" is a former one; "bí thư chi đoàn" is the Youth Union's.
    (re.compile(r"(?<!nguyen )\bpho bi thu\b(?! (chi doan|doan|hoi|thanh nien))"), Role.DEPUTY_SECRETARY),
    (re.compile(r"(?<!pho )(?<!nguyen )\bbi thu\b(?! (chi doan|doan|hoi|thanh nien))"), Role.SECRETARY),
    (re.compile(r"(?<!nguyen )\b(chi uy vien|cap uy vien|uy vien chi uy|chi uy)\b"), Role.COMMITTEE_MEMBER),
]
ROLE_CODES = {"bt": Role.SECRETARY, "pbt": Role.DEPUTY_SECRETARY, "cuv": Role.COMMITTEE_MEMBER, "dang vien": Role.MEMBER,
              "dv": Role.MEMBER, "bi thu": Role.SECRETARY, "bi thu chi bo": Role.SECRETARY, "pho bi thu": Role.DEPUTY_SECRETARY,
              "pho bi thu chi bo": Role.DEPUTY_SECRETARY, "chi uy vien": Role.COMMITTEE_MEMBER}
SEX_WORDS = {"nam": Sex.MALE, "nu": Sex.FEMALE, "n": Sex.FEMALE, "trai": Sex.MALE, "gai": Sex.FEMALE}
# Where a status or role came from (RosterRow.sources).
FROM_COLUMN, FROM_NOTES, FROM_SECTION, FROM_DATES, FROM_DEFAULT = "column", "notes", "section", "dates", "default"


@dataclass
class RowIssue:
    """An error in a row, with the field and the file's column it is about."""

    field: str | None
    column: str  # e.g. "F (Ngày tháng năm / Vào Đảng)"; "" when no one column is to blame
    message: str


@dataclass
class FieldChange:
    """What importing a row would do to one field of a member already on the roster."""

    field: str
    label: str
    old: str  # as shown to people ("01/01/1958", "Chính thức", "")
    new: str
    kind: str  # "fill" (the roster has nothing) or "change"


@dataclass
class RosterRow:
    line: int  # as the user sees it: the spreadsheet's row number
    values: dict[str, str]  # the text of each recognised column (converted from an old font)
    data: MemberData | None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    duplicate: bool = False  # repeated in the file, or the member it names cannot take it
    originals: dict[str, str] = field(default_factory=dict)  # field -> as typed in TCVN3/VNI
    issues: list[RowIssue] = field(default_factory=list)  # the errors, with field and column
    sources: dict[str, str] = field(default_factory=dict)  # status/role/sex -> column, notes, section, dates, default
    shown: dict[str, str] = field(default_factory=dict)  # field -> the value as it will be kept, for people
    provided: set[str] = field(default_factory=set)  # fields the file gives (an update touches no other)
    outcome: str = "new"  # new, update, same (already on the roster as the file says), error
    member_id: int | None = None  # the member on the roster this row is
    member_name: str = ""
    changes: list[FieldChange] = field(default_factory=list)
    merged: MemberData | None = None  # for an update: the member as the import would leave them

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.errors

    def fail(self, name: str | None, message: str, layout: Layout | None = None) -> None:
        column = layout.column_of(name) if layout is not None and name else None
        label_ = FIELD_LABELS.get(name or "", "")
        self.errors.append(t("{label}: {message}", label=label_, message=message) if label_ else message)
        self.issues.append(RowIssue(name, column.label if column else "", message))
        self.outcome = "error"


def words_in(text: str, table: list[tuple[str, MemberStatus]]) -> list[MemberStatus]:
    """The statuses a text names, each once, in the order found."""
    key = f" {heading_key(text)} "
    found: list[MemberStatus] = []
    for phrase, status in table:
        if f" {phrase} " in key:
            key = key.replace(f" {phrase} ", " | ")
            if status not in found:
                found.append(status)
    return found


def role_in(text: str) -> Role | None:
    key = heading_key(text)
    for pattern, role in ROLE_WORDS:
        if pattern.search(key):
            return role
    return ROLE_CODES.get(key)


def parse_row(sheet: Sheet, layout: Layout, body: BodyRow, today: dt.date) -> RosterRow:
    raw: dict[str, object] = {}
    row = RosterRow(body.line, {}, None)
    for column in layout.columns:
        if not column.field:
            continue
        value = body.values[column.index] if column.index < len(body.values) else None
        original = sheet.originals.get((body.line, column.index))
        if column.field == "notes":  # its lines are kept; several notes columns are joined
            text = clean_multiline(value) if isinstance(value, str) else cell_text(value)
            joined = "; ".join(x for x in (row.values.get("notes", ""), text) if x)
            raw["notes"], row.values["notes"] = joined, joined
        else:
            raw[column.field], row.values[column.field] = value, cell_text(value)
        if original is not None:
            row.originals[column.field] = original
    kwargs: dict[str, object] = {}
    for name, value in raw.items():
        text = row.values[name]
        if len(text) > MAX_CELL_CHARS:
            row.fail(name, t("quá dài ({length} ký tự).", length=len(text)), layout)
            continue
        try:
            if name in DATE_FIELDS:
                day, precision = parse_date(value)
                if day is None:
                    continue
                if name == "joined_on" and precision != DatePrecision.DAY:
                    raise ValidationError("cần đủ ngày, tháng, năm (số liệu sinh hoạt tính từ ngày này).")
                target = "birth_date" if name in (BIRTH_MALE, BIRTH_FEMALE) else name
                if target in kwargs:
                    raise ValidationError("ngày sinh ghi ở cả cột Nam và cột Nữ.")
                kwargs[target] = day
                if target in PRECISION_FIELDS:
                    kwargs[PRECISION_FIELDS[target]] = DatePrecision(precision).value
                if name in (BIRTH_MALE, BIRTH_FEMALE):
                    kwargs["sex"] = (Sex.MALE if name == BIRTH_MALE else Sex.FEMALE).value
                    row.sources["sex"] = FROM_COLUMN
            elif name == "sex":
                if text and "sex" not in row.sources:
                    kwargs["sex"] = _choice(Sex, text, SEX_WORDS).value
                    row.sources["sex"] = FROM_COLUMN
            elif name in ("status", "role"):
                continue  # below, once the notes are known
            else:
                kwargs[name] = text
        except ValidationError as exc:
            row.fail(name, exc.message, layout)
    _status(row, layout, kwargs, body, today)
    _role(row, layout, kwargs)
    if row.errors:
        return row
    data = MemberData(**{"full_name": "", **kwargs})
    try:
        values = validate_member(data, today)
    except ValidationError as exc:
        row.fail(exc.field, exc.message, layout)
        return row
    row.data = data
    row.provided = {k for k, v in kwargs.items() if v not in (None, "") and k not in ("status", "role", "sex")}
    row.provided |= {k for k in ("status", "role", "sex") if row.sources.get(k) in (FROM_COLUMN, FROM_NOTES, FROM_SECTION)}
    row.shown = shown_values(values)
    return row


def shown_values(values: dict) -> dict[str, str]:
    """A member's values as people read them: dates with their precision, labels for codes."""
    out: dict[str, str] = {}
    for name in FIELD_LABELS:
        if name not in values:
            continue
        value = values[name]
        if name in PRECISION_FIELDS:
            out[name] = format_date(value, values.get(PRECISION_FIELDS[name]))
        elif isinstance(value, dt.date):
            out[name] = format_date(value)
        elif name in ("sex", "status", "role"):
            out[name] = label(value)
        else:
            out[name] = value or ""
    return out


def _status(row: RosterRow, layout: Layout, kwargs: dict, body: BodyRow, today: dt.date) -> None:
    text = row.values.get("status", "")
    notes = row.values.get("notes", "")
    in_notes = words_in(notes, STATUS_WORDS) if notes else []
    if text:
        key = heading_key(text)
        found = words_in(text, STATUS_WORDS) or ([STATUS_CODES[key]] if key in STATUS_CODES else [])
        try:
            status = found[0] if len(found) == 1 else _choice(MemberStatus, text, {})
        except ValidationError as exc:
            row.fail("status", exc.message, layout)
            return
        kwargs["status"], row.sources["status"] = status.value, FROM_COLUMN
        if len(in_notes) == 1 and in_notes[0] != status:
            row.notes.append(t("Ghi chú “{text}” khác trạng thái ở cột Trạng thái: lấy theo cột.", text=notes))
        return
    if len(in_notes) == 1:
        kwargs["status"], row.sources["status"] = in_notes[0].value, FROM_NOTES
        row.notes.append(t("Trạng thái {status}: theo ghi chú “{text}”.", status=LABELS[in_notes[0]], text=notes))
        return
    if in_notes:
        found = ", ".join(LABELS[s] for s in in_notes)
        row.notes.append(t("Ghi chú nêu nhiều trạng thái ({found}): chưa lấy trạng thái từ ghi chú.", found=found))
    in_section = words_in(body.section, STATUS_WORDS) if body.section else []
    if len(in_section) == 1:
        kwargs["status"], row.sources["status"] = in_section[0].value, FROM_SECTION
        row.notes.append(t("Trạng thái {status}: theo dòng nhóm “{text}”.", status=LABELS[in_section[0]], text=body.section))
        return
    # No word for it: a member admitted less than a year ago with no official date is probationary.
    admitted, official = kwargs.get("admitted_on"), kwargs.get("official_on")
    if admitted is not None and official is None and (today - admitted).days < 365:
        kwargs["status"], row.sources["status"] = MemberStatus.PROBATIONARY.value, FROM_DATES
        row.notes.append(t("Trạng thái Dự bị: vào Đảng chưa đủ 12 tháng, chưa có ngày chính thức."))
    else:
        kwargs["status"], row.sources["status"] = MemberStatus.OFFICIAL.value, FROM_DEFAULT


def _role(row: RosterRow, layout: Layout, kwargs: dict) -> None:
    text = row.values.get("role", "")
    if text:
        role = role_in(text)
        if role is None or heading_key(text) not in ROLE_CODES:
            # "Trưởng thôn", "Bí thư chi đoàn": a post outside the cell, kept in the notes.
            extra = f"Chức vụ: {text}"  # data kept in the member's notes, not a message
            if extra not in kwargs.get("notes", ""):
                kwargs["notes"] = "; ".join(x for x in (kwargs.get("notes", ""), extra) if x)
            if role is None:
                row.notes.append(t("“{text}” không phải chức vụ trong chi bộ: ghi vào ghi chú.", text=text))
        if role is not None:
            kwargs["role"], row.sources["role"] = role.value, FROM_COLUMN
            return
    notes = row.values.get("notes", "")
    role = role_in(notes) if notes else None
    if role is not None:
        kwargs["role"], row.sources["role"] = role.value, FROM_NOTES
        row.notes.append(t("Chức vụ {role}: theo ghi chú “{text}”.", role=LABELS[role], text=notes))
    else:
        row.sources["role"] = FROM_DEFAULT


def _choice(enum, text: str, aliases: dict):
    key = heading_key(text)
    for member in enum:
        if key in (heading_key(member.value), heading_key(LABELS[member])):
            return member
    if key in aliases:
        return aliases[key]
    choices = ", ".join(LABELS[m] for m in enum)
    raise ValidationError(t("không hiểu “{text}”.", text=clean(text)), hint=t("Chọn một trong: {choices}.", choices=choices))
