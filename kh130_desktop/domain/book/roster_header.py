"""Where a roster's table is in its sheet: the header, which column feeds which field, and which
rows are not members at all (titles, column numbers, repeated headers, totals, signatures).

A commune's spreadsheet has a title over the table, a header of one or two rows (a group such
as "Ngày tháng năm" merged over "Vào Đảng" and "Chính thức"), sometimes a row numbering the
columns, section rows ("II. ĐẢNG VIÊN DỰ BỊ"), a total line and the signatures at the bottom.
Headings are compared folded (lower case, no diacritics, no punctuation, nothing in brackets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import ValidationError, t
from ..text import clean, fold
from .dates import parse_date
from .roster import CARD_NUMBER
from .roster_file import Sheet, cell_text

# The fields a roster may have, in template order, with the header spellings accepted.
COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("Họ và tên", "họ tên", "họ và tên đảng viên", "họ tên đảng viên", "tên", "họ và tên khai sinh",
                  "họ tên khai sinh", "họ đệm và tên", "đồng chí"),
    "birth_date": ("Ngày sinh", "ngày tháng năm sinh", "năm sinh", "sinh ngày", "ngày tháng sinh", "sinh năm"),
    "sex": ("Giới tính", "giới", "nam nữ", "nam/nữ", "phái"),
    "ethnicity": ("Dân tộc",),
    "card_number": ("Số thẻ", "số thẻ đảng viên", "số thẻ đảng", "số thẻ đv", "thẻ đảng viên số", "số thẻ đảng viên số"),
    "admitted_on": ("Ngày vào Đảng", "ngày kết nạp", "ngày kết nạp đảng", "ngày kết nạp vào đảng", "vào đảng ngày",
                    "ngày vào đảng dự bị", "năm vào đảng"),
    "official_on": ("Ngày chính thức", "ngày chuyển chính thức", "ngày công nhận chính thức", "ngày vào đảng chính thức",
                    "chính thức ngày", "ngày đảng viên chính thức"),
    "status": ("Trạng thái", "tình trạng", "loại đảng viên", "tình trạng đảng viên", "trạng thái sinh hoạt"),
    "role": ("Chức vụ", "chức vụ đảng", "chức vụ trong chi bộ", "chức vụ đảng chính quyền đoàn thể", "chức vụ chi bộ"),
    "joined_on": ("Ngày vào chi bộ", "ngày chuyển đến", "ngày sinh hoạt tại chi bộ", "ngày chuyển sinh hoạt đến"),
    "occupation": ("Nghề nghiệp", "công việc", "nghề nghiệp hiện nay", "nghề nghiệp chức vụ chính quyền"),
    "phone": ("Điện thoại", "số điện thoại", "sđt", "sdt", "đt", "điện thoại liên hệ"),
    "notes": ("Ghi chú", "ghi chú khác"),
}
# A group over two columns "Nam" and "Nữ", the birth date written under the member's sex.
BIRTH_MALE, BIRTH_FEMALE = "birth_male", "birth_female"
FIELD_LABELS = {name: spellings[0] for name, spellings in COLUMNS.items()} | {
    BIRTH_MALE: "Ngày sinh (Nam)", BIRTH_FEMALE: "Ngày sinh (Nữ)"}
DATE_FIELDS = ("birth_date", "admitted_on", "official_on", "joined_on", BIRTH_MALE, BIRTH_FEMALE)
IGNORED_HEADERS = ("stt", "tt", "so thu tu", "so tt")
# A group heading over dates, and what the sub-heading under it names.
DATE_GROUPS = ("ngay thang nam", "ngay thang", "ngay", "thoi gian", "nam", "ngay thang nam dang")
DATE_SUBJECTS = {"sinh": "birth_date", "vao dang": "admitted_on", "ket nap": "admitted_on", "ket nap dang": "admitted_on",
                 "ket nap vao dang": "admitted_on", "du bi": "admitted_on", "vao dang du bi": "admitted_on",
                 "chinh thuc": "official_on", "chuyen chinh thuc": "official_on", "cong nhan chinh thuc": "official_on",
                 "vao chi bo": "joined_on", "chuyen den": "joined_on", "chuyen sinh hoat den": "joined_on"}
BIRTH_GROUPS = ("ngay sinh", "nam sinh", "ngay thang nam sinh", "ngay thang sinh", "sinh ngay", "sinh nam")
HEADER_SEARCH_ROWS = 30
MAX_HEADER_ROWS = 4


def heading_key(text: str) -> str:
    """A heading folded for comparison: "Ngày sinh (dd/mm/yyyy)" -> "ngay sinh"."""
    text = clean(text)
    bare = re.sub(r"\([^)]*\)", " ", text)
    if bare.strip():
        text = bare
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


_INDEX = {heading_key(s): name for name, spellings in COLUMNS.items() for s in spellings}


def field_for(parts: list[str]) -> str | None:
    """The field a column's heading names, from its header rows top down ("Ngày tháng năm",
    "Vào Đảng" -> admitted_on)."""
    keys = [k for k in (heading_key(p) for p in parts) if k]
    if not keys:
        return None
    whole = " ".join(keys)
    if whole in _INDEX:
        return _INDEX[whole]
    if len(keys) >= 2:
        group, sub = keys[0], keys[-1]
        if group in BIRTH_GROUPS and sub in ("nam", "nu"):
            return BIRTH_MALE if sub == "nam" else BIRTH_FEMALE
        if group in DATE_GROUPS and sub in DATE_SUBJECTS:
            return DATE_SUBJECTS[sub]
        if sub in _INDEX:
            return _INDEX[sub]
        if group in _INDEX and sub in DATE_GROUPS:  # "Ngày vào Đảng" over "(ngày/tháng/năm)"
            return _INDEX[group]
    return None


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA: the column as Excel names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class ColumnInfo:
    """One column of the file and the field it feeds (None: not imported)."""

    index: int  # from 0
    letter: str  # as Excel names it: A, B, …
    heading: str  # the heading as the file has it, header rows joined by " / "
    field: str | None
    assigned: bool = False  # chosen by the user rather than recognised from the heading
    encoding: str | None = None  # "tcvn3" or "vni" when the column was typed in an old font
    samples: list[str] = field(default_factory=list)  # the first few values in member rows

    @property
    def label(self) -> str:
        """How an error names the column: "F (Ngày tháng năm / Vào Đảng)"."""
        return f"{self.letter} ({self.heading})" if self.heading else self.letter


@dataclass
class Layout:
    header_rows: list[int]  # the rows of the header, as the user numbers them
    columns: list[ColumnInfo]
    header_choices: list[tuple[int, str]]  # rows that may be chosen as the header, with their text

    def column_of(self, name: str) -> ColumnInfo | None:
        return next((c for c in self.columns if c.field == name), None)

    @property
    def mapping(self) -> dict[int, str]:
        return {c.index: c.field for c in self.columns if c.field}


def _filled(sheet: Sheet) -> dict[tuple[int, int], object]:
    """Each covered cell of a merged range, with the value its top-left cell holds."""
    grid = {n: row for n, row in sheet.rows}
    out: dict[tuple[int, int], object] = {}
    for r1, c1, r2, c2 in sheet.merged:
        top = grid.get(r1)
        value = top[c1] if top is not None and c1 < len(top) else None
        if value is None or (r2 - r1 + 1) * (c2 - c1 + 1) > 2000:
            continue
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                out[(r, c)] = value
    return out


def _text(sheet_row: list, c: int, line: int, filled: dict) -> str:
    value = sheet_row[c] if c < len(sheet_row) else None
    if value is None or value == "":
        value = filled.get((line, c))
    return cell_text(value)


def find_layout(sheet: Sheet, header_row: int | None = None, assign: dict[int, str | None] | None = None) -> Layout:
    """The header's rows and each column's field: recognised, or as `header_row` and `assign`
    (column -> field, None to leave a column out) say. Raises ValidationError without a name column."""
    rows = [(n, row) for n, row in sheet.rows if any(cell_text(v) for v in row)]
    if not rows:
        raise ValidationError(t("Tệp {name} không có dòng nào.", name=sheet.name), hint="Dùng tệp mẫu: dòng đầu là tên cột, mỗi dòng sau một đảng viên.")
    filled = _filled(sheet)
    choices = [(n, " | ".join(x for x in (_text(row, c, n, filled) for c in range(len(row))) if x)[:120])
               for n, row in rows[:HEADER_SEARCH_ROWS]]
    position = None
    if header_row is not None:
        position = next((i for i, (n, _r) in enumerate(rows) if n == header_row), None)
        if position is None:
            raise ValidationError(t("Dòng {line} không có trong tệp hoặc là dòng trống.", line=header_row),
                                  hint="Chọn dòng có tên các cột (Họ và tên, Ngày sinh…).")
    else:
        for i, (n, row) in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if any(field_for([_text(row, c, n, filled)]) == "full_name" for c in range(len(row))):
                position = i
                break
    if position is None:
        raise ValidationError("Không tìm thấy cột “Họ và tên” trong tệp.",
                              hint="Dòng tên cột cần có: Họ và tên, Ngày sinh, Giới tính, Số thẻ, Ngày vào Đảng… (xem tệp mẫu).")
    header = _header_rows(sheet, rows, position, filled)
    columns = _columns(sheet, rows, header, filled)
    _apply(columns, assign or {})
    if not any(c.field == "full_name" for c in columns):
        raise ValidationError("Không tìm thấy cột “Họ và tên” trong tệp.",
                              hint="Chọn dòng tên cột khác, hoặc chỉ rõ cột nào là Họ và tên.")
    return Layout([n for n, _r in header], columns, choices)


def _header_rows(sheet: Sheet, rows: list, position: int, filled: dict) -> list[tuple[int, list]]:
    first = rows[position][0]
    last = first
    changed = True
    while changed:  # a merge that starts in the header and goes further down takes those rows in
        changed = False
        for r1, c1, r2, c2 in sheet.merged:
            if first <= r1 <= last and r2 > last and r2 - first < MAX_HEADER_ROWS:
                last, changed = r2, True
    header = [(n, row) for n, row in rows[position:] if first <= n <= last]
    if last == first and position + 1 < len(rows) and _sub_header(rows[position][1], rows[position + 1][1]):
        header.append(rows[position + 1])  # a CSV of a two-row header: no merges, just the texts
    return header


def _sub_header(top: list, below: list) -> bool:
    name_columns = [c for c, v in enumerate(top) if field_for([cell_text(v)]) == "full_name"]
    texts = [cell_text(v) for v in below]
    if any(texts[c] for c in name_columns if c < len(texts)) or not any(texts):
        return False
    if any(not isinstance(v, str) or re.search(r"\d", cell_text(v)) for v in below if cell_text(v)):
        return False
    return any(heading_key(x) in DATE_SUBJECTS or heading_key(x) in ("nam", "nu") or field_for([x]) for x in texts if x)


def _columns(sheet: Sheet, rows: list, header: list, filled: dict) -> list[ColumnInfo]:
    width = max(len(row) for _n, row in rows)
    columns: list[ColumnInfo] = []
    taken: set[str] = set()
    for c in range(width):
        parts: list[str] = []
        for level, (n, row) in enumerate(header):
            text = _text(row, c, n, filled)
            if not text and level == 0 and len(header) > 1 and not sheet.merged and cell_text(_at(header[1][1], c)):
                text = _group_on_left(header, c)
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        name = field_for(parts)
        if name in taken and name != "notes":
            name = None
        if name:
            taken.add(name)
        columns.append(ColumnInfo(c, column_letter(c), " / ".join(parts), name, encoding=sheet.legacy.get(c)))
    return columns


def _at(row: list, c: int):
    return row[c] if c < len(row) else None


def _group_on_left(header: list, c: int) -> str:
    """In a CSV, a group heading stands over its first column only: "Ngày tháng năm",,"""
    top, below = header[0][1], header[1][1]
    for left in range(c - 1, -1, -1):
        if not (left < len(below) and cell_text(below[left])):
            return ""
        if left < len(top) and cell_text(top[left]):
            return cell_text(top[left])
    return ""


def _apply(columns: list[ColumnInfo], assign: dict[int, str | None]) -> None:
    for index, name in assign.items():
        if not isinstance(index, int) or not 0 <= index < len(columns):
            raise ValidationError(t("Tệp không có cột số {index}.", index=index), hint="Chọn một cột có trong tệp.")
        if name is not None and name not in FIELD_LABELS:
            raise ValidationError(t("Không có trường “{name}” để nhập.", name=name), hint="Chọn một trường trong danh sách.")
        for other in columns:
            if name and name != "notes" and other.field == name and other.index != index:
                other.field, other.assigned = None, other.index in assign
        columns[index].field, columns[index].assigned = name, True


# --- rows that are not members ----------------------------------------------------------
@dataclass
class IgnoredRow:
    """A row of the file that is not a member, and why it is left out."""

    line: int
    kind: str  # title, header, numbering, repeated_header, blank, total, subtotal, section, footer, other
    reason: str
    text: str  # what the row holds, its cells joined


@dataclass
class BodyRow:
    line: int
    values: list
    section: str = ""  # the section heading above it ("II. ĐẢNG VIÊN DỰ BỊ"), if any


_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")
_SECTION = re.compile(r"^(?:[IVX]{1,5}|[A-Z]|\d{1,2})\s*[.)]\s*\S")
_TOTAL = re.compile(r"^(tong cong|tong so|tong)\b")
_SUBTOTAL = re.compile(r"^cong\b")
_FOOTER = ("nguoi lap", "nguoi lap bieu", "nguoi lap danh sach", "t m chi bo", "tm chi bo", "t m chi uy", "bi thu",
           "pho bi thu", "xac nhan", "ky ten", "ky ghi ro ho ten", "ky va ghi ro ho ten", "noi nhan")
_FOOTER_DATE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")
_SECTION_WORDS = ("dang vien chinh thuc", "dang vien du bi", "dang vien mien sinh hoat", "dang vien sinh hoat tam thoi")


def split_rows(sheet: Sheet, layout: Layout) -> tuple[list[BodyRow], list[IgnoredRow], int | None]:
    """The member rows under the header; every other row with its reason; and the count the
    total line states, if it states one."""
    ignored: list[IgnoredRow] = []
    first, last = layout.header_rows[0], layout.header_rows[-1]
    body_rows = [(n, row) for n, row in sheet.rows if n > last]
    while body_rows and not any(cell_text(v) for v in body_rows[-1][1]):
        body_rows.pop()
    for n, row in sheet.rows:
        if n <= last and any(cell_text(v) for v in row):
            kind, reason = ("title", t("Tiêu đề phía trên bảng.")) if n < first else ("header", t("Dòng tên cột."))
            ignored.append(IgnoredRow(n, kind, reason, _joined(row)))
    mapping = layout.mapping
    name_col = next(c for c, f in mapping.items() if f == "full_name")
    headings = {c.index: {heading_key(p) for p in c.heading.split(" / ")} for c in layout.columns if c.field}
    members: list[BodyRow] = []
    section, stated, ending = "", None, False
    for n, row in body_rows:
        texts = [cell_text(v) for v in row]
        cells = [x for x in texts if x]
        has_data = _member_data(row, mapping)
        first_text = next((x for x in cells if not x.isdigit()), "")
        key = heading_key(first_text)
        kind = reason = None
        if not cells or (len(cells) == 1 and cells[0].isdigit()):
            kind, reason = "blank", t("Dòng trống.")
        elif len(cells) >= 3 and all(_NUMBERING.match(x) for x in cells):
            kind, reason = "numbering", t("Dòng đánh số thứ tự các cột.")
        elif sum(1 for c, keys in headings.items() if c < len(texts) and heading_key(texts[c]) in keys) >= 2:
            kind, reason = "repeated_header", t("Dòng tên cột lặp lại (sang trang).")
        elif not has_data and _TOTAL.match(key):
            kind, reason, ending = "total", t("Dòng tổng cộng."), True
            stated = _count(cells[cells.index(first_text):])
        elif not has_data and _SUBTOTAL.match(key) and (":" in first_text or re.search(r"\d", first_text) or key == "cong"):
            kind, reason = "subtotal", t("Dòng cộng từng phần.")
        elif not has_data and len(cells) <= 2 and (_SECTION.match(first_text) or heading_key(_unmarked(first_text)) in _SECTION_WORDS):
            section = first_text
            kind, reason = "section", t("Dòng tiêu đề nhóm: {text}", text=first_text)
        elif not has_data and (key in _FOOTER or _FOOTER_DATE.search(key) or key.startswith(("t m ", "tm "))):
            kind, reason, ending = "footer", t("Phần cuối bảng (nơi ký tên)."), True
        elif not has_data and ending:
            kind, reason = "footer", t("Phần cuối bảng (nơi ký tên).")
        elif not has_data and not (name_col < len(texts) and texts[name_col]):
            kind, reason = "other", t("Không có họ tên, ngày tháng hay số thẻ: không phải dòng đảng viên.")
        if kind:
            ignored.append(IgnoredRow(n, kind, reason, _joined(row)))
        else:
            members.append(BodyRow(n, row, section))
    for column in layout.columns:
        column.samples = [x for x in (cell_text(_at(b.values, column.index)) for b in members[:10]) if x][:3]
    ignored.sort(key=lambda r: r.line)
    return members, ignored, stated


def _member_data(row: list, mapping: dict[int, str]) -> bool:
    """Whether a row holds what only a member's row holds: a date, a card number, a sex."""
    for c, name in mapping.items():
        value = row[c] if c < len(row) else None
        text = cell_text(value)
        if not text:
            continue
        if name in DATE_FIELDS:
            try:
                if parse_date(value)[0] is not None:
                    return True
            except ValidationError:
                pass
        elif name == "card_number" and CARD_NUMBER.match(text):
            return True
        elif name == "sex" and heading_key(text) in ("nam", "nu"):
            return True
    return False


def _joined(row: list) -> str:
    return " | ".join(x for x in (cell_text(v) for v in row) if x)[:200]


def _unmarked(text: str) -> str:
    return re.sub(r"^(?:[IVX]{1,5}|[A-Z]|\d{1,2})\s*[.)]\s*", "", text)


def _count(cells: list[str]) -> int | None:
    for text in cells:
        if m := re.search(r"\b(\d{1,4})\b", text):
            return int(m[1])
    return None
