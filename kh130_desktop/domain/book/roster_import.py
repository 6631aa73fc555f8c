"""A roster from a spreadsheet: its rows -> members to add or update, with per-row errors.

roster_file.py reads the file (hostile until checked) into a sheet of cells, roster_header.py
finds the table in it and which column feeds which field, roster_rows.py reads each row as a
member. Here those make a preview; `match_roster` compares it with the roster (a member
already there is matched by card number, or by name and birth date, and the preview says field
by field what the file would fill in or change); `import_roster` writes the chosen rows in the
caller's transaction, so one bad row among them leaves the store as it was.

The preview is recomputed, never edited: `preview.recompute(header_row=…, assign={column: field})`
reads the same cells with another header row or another column for a field (KeePassXC's import).
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from dataclasses import dataclass, field

from sqlmodel import Session, select

from ..errors import ConflictError, DomainError, ValidationError, t
from ..legacy_text import ENCODING_LABELS
from ..store.tables import Member
from ..text import clean, fold
from .dates import PRECISION_FIELDS, agrees, coarser, format_date, period_start
from .roster import MemberData, add_member, update_member, validate_member
from .roster_export import roster_template_csv
from .roster_file import Sheet, read_sheet
from .roster_header import COLUMNS, FIELD_LABELS, ColumnInfo, IgnoredRow, find_layout, split_rows
from .roster_rows import FieldChange, RosterRow, parse_row, shown_values
from .vocabulary import Role

__all__ = ["COLUMNS", "FIELD_LABELS", "RosterPreview", "RosterRow", "import_roster", "mark_duplicates", "match_roster",
           "read_roster", "roster_template_csv"]


@dataclass
class RosterPreview:
    filename: str
    columns: list[ColumnInfo]  # every column of the file, with the field it feeds (or None)
    rows: list[RosterRow]  # the member rows, in file order
    ignored_headers: list[str] = field(default_factory=list)  # headings of columns not imported
    ignored: list[IgnoredRow] = field(default_factory=list)  # every other row, with its reason
    header_rows: list[int] = field(default_factory=list)
    header_choices: list[tuple[int, str]] = field(default_factory=list)  # rows that may be the header
    encoding: str = ""  # how the file's bytes were read (xlsx, utf-8-sig, cp1258, …)
    warnings: list[str] = field(default_factory=list)  # about the whole file
    matched: bool = False  # compared with the roster (match_roster)
    sheet: Sheet | None = field(default=None, repr=False)
    header_row: int | None = None  # as chosen; None: recognised
    assign: dict[int, str | None] = field(default_factory=dict)  # column -> field, as chosen
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def good_rows(self) -> list[RosterRow]:
        """Rows the import writes: new members and updates."""
        return [r for r in self.rows if r.ok and r.outcome in ("new", "update")]

    @property
    def new_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok and r.outcome == "new"]

    @property
    def update_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok and r.outcome == "update"]

    @property
    def unchanged_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok and r.outcome == "same"]

    @property
    def bad_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def skipped(self) -> list[IgnoredRow]:
        """Ignored rows inside the table (not the title and header above it)."""
        return [r for r in self.ignored if r.kind not in ("title", "header")]

    @property
    def legacy_columns(self) -> dict[str, str]:
        """Column letter -> the old font's encoding it was typed in, for columns converted."""
        return {c.letter: ENCODING_LABELS[c.encoding] for c in self.columns if c.encoding}

    def summary(self) -> str:
        return t("{new} đảng viên mới, {updated} cập nhật, {same} không đổi, {bad} dòng lỗi, {skipped} dòng bỏ qua",
                 new=len(self.new_rows), updated=len(self.update_rows), same=len(self.unchanged_rows),
                 bad=len(self.bad_rows), skipped=len(self.skipped))

    def recompute(self, *, header_row: int | None = None, assign: dict[int, str | None] | None = None,
                  tx: Session | None = None) -> RosterPreview:
        """The same file read again with another header row (its columns recognised afresh) or
        with columns reassigned (added to those already chosen); compared with the roster if `tx`."""
        if header_row is not None and header_row != self.header_row:
            choices = dict(assign or {})
        else:
            header_row, choices = self.header_row, {**self.assign, **(assign or {})}
        preview = preview_sheet(self.sheet, today=self.today, header_row=header_row, assign=choices)
        return match_roster(tx, preview) if tx is not None else preview


def read_roster(source: str | os.PathLike[str] | bytes, filename: str | None = None, *,
                tx: Session | None = None, today: dt.date | None = None, header_row: int | None = None,
                assign: dict[int, str | None] | None = None) -> RosterPreview:
    """Parse a roster file into a preview; nothing is written. With `tx`, rows are compared with
    the roster (`match_roster`)."""
    preview = preview_sheet(read_sheet(source, filename), today=today or dt.date.today(), header_row=header_row, assign=assign)
    return match_roster(tx, preview) if tx is not None else preview


def preview_sheet(sheet: Sheet, *, today: dt.date, header_row: int | None = None,
                  assign: dict[int, str | None] | None = None) -> RosterPreview:
    layout = find_layout(sheet, header_row, assign)
    bodies, ignored, stated = split_rows(sheet, layout)
    rows = [parse_row(sheet, layout, body, today) for body in bodies]
    if not rows:
        raise ValidationError(t("Tệp {name} chỉ có dòng tên cột.", name=sheet.name), hint="Thêm mỗi đảng viên một dòng dưới dòng tên cột.")
    _repeated_in_file(rows)
    ignored_headers = [c.heading for c in layout.columns if c.heading and not c.field and c.heading.casefold() not in ("stt", "tt", "số tt", "số thứ tự")]
    preview = RosterPreview(sheet.name, layout.columns, rows, ignored_headers, ignored, layout.header_rows, layout.header_choices,
                            sheet.encoding, sheet=sheet, header_row=header_row, assign=dict(assign or {}), today=today)
    if stated is not None and stated != len(rows):
        preview.warnings.append(t("Dòng tổng cộng ghi {stated}, tệp có {found} dòng đảng viên: kiểm tra lại có sót dòng nào không.",
                                  stated=stated, found=len(rows)))
    secretaries = [r.line for r in rows if r.data is not None and r.data.role == Role.SECRETARY]
    if len(secretaries) > 1:
        preview.warnings.append(t("Tệp có {count} bí thư (dòng {lines}): chi bộ chỉ có một bí thư.", count=len(secretaries),
                                  lines=", ".join(map(str, secretaries))))
    if layout.column_of("sex") is None and not any(r.sources.get("sex") for r in rows):
        preview.warnings.append(t("Tệp không có cột Giới tính: đảng viên mới được ghi là Nam, sửa lại sau nếu cần."))
    for encoding in sorted(set(preview.legacy_columns.values())):
        letters = ", ".join(k for k, v in preview.legacy_columns.items() if v == encoding)
        preview.warnings.append(t("Cột {columns} gõ bằng bảng mã {encoding}: đã chuyển sang Unicode (chữ gốc giữ bên cạnh).",
                                  columns=letters, encoding=encoding))
    return preview


def _person(data: MemberData) -> tuple[str, dt.date | None]:
    return clean(data.full_name).casefold(), data.birth_date


def _repeated_in_file(rows: list[RosterRow]) -> None:
    seen_cards: dict[str, int] = {}
    seen_people: dict[tuple, int] = {}
    for row in rows:
        if not row.ok:
            continue
        data = row.data
        earlier = (seen_cards.get(data.card_number) if data.card_number else None) or seen_people.get(_person(data))
        if earlier is not None:
            row.duplicate = True
            row.fail("card_number" if data.card_number and data.card_number in seen_cards else "full_name",
                     t("Trùng với dòng {earlier} trong tệp.", earlier=earlier))
            continue
        if data.card_number:
            seen_cards[data.card_number] = row.line
        seen_people[_person(data)] = row.line


# --- the roster as it is ----------------------------------------------------------------
def match_roster(tx: Session, preview: RosterPreview) -> RosterPreview:
    """Find each row's member already on the roster and what the file would change for them."""
    members = list(tx.exec(select(Member)))
    by_card = {m.card_number: m for m in members if m.card_number}
    by_name: dict[str, list[Member]] = {}
    for m in members:
        if m.left_on is None:
            by_name.setdefault(clean(m.full_name).casefold(), []).append(m)
    taken: dict[int, int] = {}
    for row in preview.rows:
        row.member_id, row.member_name, row.changes, row.merged = None, "", [], None
        if not row.ok:
            continue
        row.outcome = "new"
        member = _find(row, by_card, by_name)
        if member is None:
            continue
        if member.left_on is not None:
            row.duplicate = True
            row.fail("full_name", t("{full_name} đã chuyển đi ngày {date}: không nhập lại.", full_name=member.full_name,
                                    date=format_date(member.left_on)))
            continue
        if member.id in taken:
            row.duplicate = True
            row.fail("full_name", t("Trùng với dòng {earlier} trong tệp.", earlier=taken[member.id]))
            continue
        taken[member.id] = row.line
        row.member_id, row.member_name = member.id, member.full_name
        _changes(row, member, preview.today)
    preview.matched = True
    return preview


mark_duplicates = match_roster  # its name before rows could update a member


def _find(row: RosterRow, by_card: dict, by_name: dict) -> Member | None:
    data = row.data
    member = by_card.get(data.card_number) if data.card_number else None
    if member is not None:
        if fold(clean(member.full_name)) != fold(clean(data.full_name)):
            row.fail("card_number", t("Số thẻ {card} đã thuộc về {full_name}.", card=data.card_number, full_name=member.full_name))
            return None
        return member
    same_name = by_name.get(clean(data.full_name).casefold(), [])
    if data.card_number:  # a member with another card number is another person
        same_name = [m for m in same_name if not m.card_number]
    if data.birth_date is not None:
        same_name = [m for m in same_name if m.birth_date is None
                     or agrees(m.birth_date, m.birth_precision, data.birth_date, data.birth_precision or "day")]
        exact = [m for m in same_name if m.birth_date is not None]
        same_name = exact or same_name
    if len(same_name) > 1:
        row.fail("full_name", t("Có {count} đảng viên tên {full_name} trong danh sách: ghi thêm số thẻ hoặc ngày sinh để phân biệt.",
                                count=len(same_name), full_name=same_name[0].full_name))
        return None
    return same_name[0] if same_name else None


def _changes(row: RosterRow, member: Member, today: dt.date) -> None:
    data, merged = row.data, MemberData.from_member(member)
    for name in COLUMNS:
        if name not in row.provided:
            continue
        old, new = getattr(member, name), getattr(data, name)
        if name in PRECISION_FIELDS:
            key = PRECISION_FIELDS[name]
            old_p, new_p = getattr(member, key), getattr(data, key) or "day"
            if not _date_changes(old, old_p, new, new_p):
                continue
            setattr(merged, key, new_p)
        elif name == "notes":
            if not new or clean(new) in clean(old):
                continue
            new = f"{old}\n{new}" if old else new
        elif new == old or (isinstance(new, str) and clean(new) == clean(old or "")):
            continue
        setattr(merged, name, new)
        kind = "fill" if old in (None, "") else "change"
        was = shown_values({name: old, **{k: getattr(member, k) for k in PRECISION_FIELDS.values()}}).get(name, "")
        now = shown_values({name: new, **{k: getattr(merged, k) for k in PRECISION_FIELDS.values()}}).get(name, "")
        row.changes.append(FieldChange(name, FIELD_LABELS[name], was, now, kind))
    row.outcome = "update" if row.changes else "same"
    if row.changes:
        try:
            validate_member(merged, today)
        except ValidationError as exc:
            row.fail(exc.field, exc.message)
            return
        row.merged = merged


def _date_changes(old: dt.date | None, old_p: str, new: dt.date | None, new_p: str) -> bool:
    if new is None:
        return False
    if old is None or not agrees(old, old_p, new, new_p):
        return True
    if (old, old_p) == (new, new_p):
        return False
    if coarser(new_p, old_p):
        # The roster knows more than the file, unless its day is the made-up 01/01 an earlier
        # import wrote for a year alone: then the file's "1958" is the truth and is offered.
        return old_p == "day" and old == period_start(new, new_p)
    return True


# --- writing ----------------------------------------------------------------------------
@dataclass
class RosterResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    @property
    def written(self) -> int:
        return len(self.added) + len(self.updated)


def import_roster(tx: Session, preview: RosterPreview, include_rows=None, *, today: dt.date | None = None) -> int:
    """Add or update the chosen rows (line numbers; default: every new and changed row) in the
    caller's transaction; how many members were written."""
    return apply_roster(tx, preview, include_rows, today=today).written


def apply_roster(tx: Session, preview: RosterPreview, include_rows=None, *, today: dt.date | None = None) -> RosterResult:
    """As `import_roster`, naming who was added and who updated. Any chosen row that fails raises,
    naming its line, and the caller's transaction writes nothing. A preview compared with the
    roster before is compared again: if the roster changed since, nothing is written."""
    fresh = match_roster(tx, copy.deepcopy(_without_sheet(preview)))
    if preview.matched and [_what(r) for r in fresh.rows] != [_what(r) for r in preview.rows]:
        raise ConflictError("Danh sách chi bộ đã thay đổi từ khi xem trước.", hint="Đọc lại tệp rồi nhập.")
    by_line = {row.line: row for row in fresh.rows}
    lines = [r.line for r in fresh.good_rows] if include_rows is None else list(include_rows)
    if not lines:
        raise ValidationError("Chưa chọn dòng nào để nhập.", hint="Chọn tệp có ít nhất một dòng hợp lệ.")
    result = RosterResult()
    note = f"Cập nhật từ tệp danh sách {preview.filename}"[:300]  # the history's record, not a message
    for line in lines:
        row = by_line.get(line)
        if row is None:
            raise ValidationError(t("Không có dòng {line} trong tệp.", line=line))
        if not row.ok:
            raise ValidationError(t("Dòng {line} có lỗi: {errors}", line=line, errors='; '.join(row.errors)), hint="Sửa tệp rồi nhập lại, hoặc bỏ dòng này.")
        try:
            if row.outcome == "new":
                result.added.append(add_member(tx, row.data, today=today).full_name)
            elif row.outcome == "update":
                result.updated.append(update_member(tx, row.member_id, row.merged, effective_on=today or preview.today,
                                                    note=note, today=today).full_name)
        except DomainError as exc:
            raise ValidationError(t("Dòng {line}: {message}", line=line, message=exc.message), hint=exc.hint or "Sửa tệp rồi nhập lại.") from exc
    return result


def _without_sheet(preview: RosterPreview) -> RosterPreview:
    clone = copy.copy(preview)
    clone.sheet = None
    return clone


def _what(row: RosterRow) -> tuple:
    return row.outcome, row.member_id, [(c.field, c.old, c.new) for c in row.changes], tuple(row.errors)

