"""A roster from a spreadsheet: its rows -> members to add, with per-row errors.

roster_file.py reads the file (hostile until checked) into a table of cells; here the header
row is found, its columns mapped to the member's fields, and each row checked as a member.
Reading writes nothing; `import_roster` adds the chosen rows in the caller's transaction, so
one bad row among them leaves the store as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from ..errors import DomainError, ValidationError, t
from ..store.tables import Member
from .roster import MemberData, add_member, validate_member
from .roster_file import Table, cell_text, parse_date, read_table
from ..text import clean, fold
from .vocabulary import LABELS, MemberStatus, Role, Sex

MAX_CELL_CHARS = 500

# The columns a roster may have, in template order, with the header spellings accepted
# (compared folded: lower case, no diacritics, no punctuation).
COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("Họ và tên", "họ tên", "họ và tên đảng viên", "họ tên đảng viên", "tên"),
    "birth_date": ("Ngày sinh", "ngày tháng năm sinh", "năm sinh", "sinh ngày"),
    "sex": ("Giới tính", "giới", "nam nữ", "nam/nữ"),
    "ethnicity": ("Dân tộc",),
    "card_number": ("Số thẻ", "số thẻ đảng viên", "số thẻ đảng", "số thẻ đv"),
    "admitted_on": ("Ngày vào Đảng", "ngày kết nạp", "ngày kết nạp đảng", "ngày vào đảng"),
    "official_on": ("Ngày chính thức", "ngày chuyển chính thức", "ngày công nhận chính thức"),
    "status": ("Trạng thái", "tình trạng", "loại đảng viên"),
    "role": ("Chức vụ", "chức vụ đảng", "chức vụ trong chi bộ"),
    "joined_on": ("Ngày vào chi bộ", "ngày chuyển đến", "ngày sinh hoạt tại chi bộ"),
    "occupation": ("Nghề nghiệp", "công việc"),
    "phone": ("Điện thoại", "số điện thoại", "sđt", "sdt"),
    "notes": ("Ghi chú",),
}
IGNORED_HEADERS = ("stt", "tt", "so thu tu")
DATE_FIELDS = ("birth_date", "admitted_on", "official_on", "joined_on")
FIELD_LABELS = {name: spellings[0] for name, spellings in COLUMNS.items()}


@dataclass
class RosterRow:
    line: int  # as the user sees it: the spreadsheet's row number
    values: dict[str, str]  # the raw text of each recognised column, for the preview
    data: MemberData | None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    duplicate: bool = False  # already on the roster (same card, or same name and birth date)

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.errors


@dataclass
class RosterPreview:
    filename: str
    columns: list[str]  # recognised fields, in file order
    rows: list[RosterRow]
    ignored_headers: list[str] = field(default_factory=list)

    @property
    def good_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.ok]

    def summary(self) -> str:
        return t("{good} dòng hợp lệ, {bad} dòng lỗi", good=len(self.good_rows), bad=len(self.bad_rows))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(clean(text))).split())


_HEADER_INDEX = {_key(s): name for name, spellings in COLUMNS.items() for s in spellings}


# --- reading ----------------------------------------------------------------------------
def read_roster(source: str | os.PathLike[str] | bytes, filename: str | None = None, *,
                tx: Session | None = None, today: dt.date | None = None) -> RosterPreview:
    """Parse a roster file into a preview; nothing is written. With `tx`, rows already on
    the roster are flagged as duplicates."""
    name, table = read_table(source, filename)
    preview = _build_preview(name, table, today or dt.date.today())
    if tx is not None:
        mark_duplicates(tx, preview)
    return preview


# --- rows -------------------------------------------------------------------------------
def _build_preview(name: str, table: Table, today: dt.date) -> RosterPreview:
    body = [(n, row) for n, row in table if any(cell_text(v) for v in row)]
    if not body:
        raise ValidationError(t("Tệp {name} không có dòng nào.", name=name), hint="Dùng tệp mẫu: dòng đầu là tên cột, mỗi dòng sau một đảng viên.")
    # The header is the first row naming the name column: spreadsheets often have a title above.
    header_at = None
    for index, (_n, row) in enumerate(body[:10]):
        if any(_HEADER_INDEX.get(_key(cell_text(v))) == "full_name" for v in row):
            header_at = index
            break
    if header_at is None:
        raise ValidationError("Không tìm thấy cột “Họ và tên” trong tệp.",
                              hint="Dòng tên cột cần có: Họ và tên, Ngày sinh, Giới tính, Số thẻ, Ngày vào Đảng… (xem tệp mẫu).")
    header = body[header_at][1]
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, value in enumerate(header):
        heading = cell_text(value)
        key = _key(heading)
        column = _HEADER_INDEX.get(key)
        if column and column not in mapping.values():
            mapping[index] = column
        elif heading and key not in IGNORED_HEADERS:
            ignored.append(heading)
    rows = [_parse_row(n, row, mapping, today) for n, row in body[header_at + 1 :]]
    if not rows:
        raise ValidationError(t("Tệp {name} chỉ có dòng tên cột.", name=name), hint="Thêm mỗi đảng viên một dòng dưới dòng tên cột.")
    return RosterPreview(name, [mapping[i] for i in sorted(mapping)], rows, ignored)


def _parse_row(line: int, row: list, mapping: dict[int, str], today: dt.date) -> RosterRow:
    raw: dict[str, object] = {column: row[i] if i < len(row) else None for i, column in mapping.items()}
    values = {column: cell_text(v) for column, v in raw.items()}
    result = RosterRow(line, values, None)
    kwargs: dict[str, object] = {}
    for column, value in raw.items():
        label = FIELD_LABELS[column]
        text = values[column]
        if len(text) > MAX_CELL_CHARS:
            result.errors.append(t("{label}: quá dài ({length} ký tự).", label=label, length=len(text)))
            continue
        try:
            if column in DATE_FIELDS:
                day, note = parse_date(value)
                kwargs[column] = day
                if note:
                    result.notes.append(t("{label}: {note}", label=label, note=note))
            elif column == "sex":
                if text:
                    kwargs[column] = _choice(Sex, text, {"nam": Sex.MALE, "nu": Sex.FEMALE, "n": Sex.FEMALE}).value
            elif column == "status":
                if text:
                    kwargs[column] = _choice(MemberStatus, text, {"chinh thuc": MemberStatus.OFFICIAL, "ct": MemberStatus.OFFICIAL,
                                                                  "du bi": MemberStatus.PROBATIONARY, "db": MemberStatus.PROBATIONARY}).value
            elif column == "role":
                if text:
                    kwargs[column] = _choice(Role, text, {"bi thu": Role.SECRETARY, "bi thu chi bo": Role.SECRETARY,
                                                          "pho bi thu": Role.DEPUTY_SECRETARY, "chi uy vien": Role.COMMITTEE_MEMBER,
                                                          "cuv": Role.COMMITTEE_MEMBER, "dang vien": Role.MEMBER}).value
            else:
                kwargs[column] = text
        except ValidationError as exc:
            result.errors.append(t("{label}: {message}", label=label, message=exc.message))
    if result.errors:
        return result
    if "status" not in kwargs:
        # No status column: a member admitted less than a year ago with no official date is probationary.
        admitted, official = kwargs.get("admitted_on"), kwargs.get("official_on")
        young = admitted is not None and official is None and (today - admitted).days < 365
        kwargs["status"] = (MemberStatus.PROBATIONARY if young else MemberStatus.OFFICIAL).value
    data = MemberData(**{"full_name": "", **kwargs})
    try:
        validate_member(data, today)
    except ValidationError as exc:
        label = FIELD_LABELS.get(exc.field or "", "")
        result.errors.append(t("{label}: {message}", label=label, message=exc.message) if label else exc.message)
        return result
    result.data = data
    return result


def _choice(enum, text: str, aliases: dict):
    key = _key(text)
    for member in enum:
        if key in (_key(member.value), _key(LABELS[member])):
            return member
    if key in aliases:
        return aliases[key]
    choices = ", ".join(LABELS[m] for m in enum)
    raise ValidationError(t("không hiểu “{text}”.", text=text), hint=t("Chọn một trong: {choices}.", choices=choices))


def mark_duplicates(tx: Session, preview: RosterPreview) -> RosterPreview:
    """Flag rows already on the roster, or repeated in the file: adding them would make doubles."""
    existing = list(tx.exec(select(Member)))
    cards = {m.card_number: m for m in existing if m.card_number}
    people = {(m.full_name, m.birth_date): m for m in existing if m.left_on is None}
    seen_cards: dict[str, int] = {}
    seen_people: dict[tuple, int] = {}
    for row in preview.rows:
        if not row.ok:
            continue
        data = row.data
        name = clean(data.full_name)
        other = cards.get(data.card_number) if data.card_number else None
        other = other or people.get((name, data.birth_date))
        if other is not None:
            row.duplicate = True
            row.errors.append(t("Đã có trong danh sách chi bộ: {full_name}.", full_name=other.full_name))
            continue
        earlier = (seen_cards.get(data.card_number) if data.card_number else None) or seen_people.get((name, data.birth_date))
        if earlier is not None:
            row.duplicate = True
            row.errors.append(t("Trùng với dòng {earlier} trong tệp.", earlier=earlier))
            continue
        if data.card_number:
            seen_cards[data.card_number] = row.line
        seen_people[(name, data.birth_date)] = row.line
    return preview


# --- writing ----------------------------------------------------------------------------
def import_roster(tx: Session, preview: RosterPreview, include_rows=None, *, today: dt.date | None = None) -> int:
    """Add the chosen rows (line numbers; default: every good row) in the caller's transaction.

    Any chosen row that fails raises, naming its line, and the caller's transaction writes nothing.
    """
    by_line = {row.line: row for row in preview.rows}
    lines = [r.line for r in preview.good_rows] if include_rows is None else list(include_rows)
    if not lines:
        raise ValidationError("Chưa chọn dòng nào để nhập.", hint="Chọn tệp có ít nhất một dòng hợp lệ.")
    count = 0
    for line in lines:
        row = by_line.get(line)
        if row is None:
            raise ValidationError(t("Không có dòng {line} trong tệp.", line=line))
        if not row.ok:
            raise ValidationError(t("Dòng {line} có lỗi: {errors}", line=line, errors='; '.join(row.errors)), hint="Sửa tệp rồi nhập lại, hoặc bỏ dòng này.")
        try:
            add_member(tx, row.data, today=today)
        except DomainError as exc:
            raise ValidationError(t("Dòng {line}: {message}", line=line, message=exc.message), hint=exc.hint or "Sửa tệp rồi nhập lại.") from exc
        count += 1
    return count


def roster_template_csv() -> bytes:
    """An empty roster with our column names, UTF-8 with BOM so Excel shows the accents."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["STT"] + [FIELD_LABELS[name] for name in COLUMNS])
    return out.getvalue().encode("utf-8-sig")
