"""The three grids of the roster import: the file's columns and the field each feeds, the member
rows as they would be stored (converted old-font text, where a status came from, what an update
changes), and the rows left out with their reason."""

from __future__ import annotations

from ...domain.book.roster_header import BIRTH_FEMALE, BIRTH_MALE, ColumnInfo
from ...domain.book.roster_import import RosterPreview
from ...domain.book.roster_rows import RosterRow
from ...domain.legacy_text import ENCODING_LABELS
from ..common import domain_text
from ..models.base import RowsModel
from ..qt import QBrush, QColor, QCoreApplication, QFont, QT_TRANSLATE_NOOP, Qt

CONTEXT = "RosterImport"
# The fields as the interface names them (the domain's FIELD_LABELS are its own Vietnamese).
FIELD_NAMES = {
    "full_name": QT_TRANSLATE_NOOP("RosterImport", "Họ và tên"),
    "birth_date": QT_TRANSLATE_NOOP("RosterImport", "Ngày sinh"),
    "sex": QT_TRANSLATE_NOOP("RosterImport", "Giới tính"),
    "ethnicity": QT_TRANSLATE_NOOP("RosterImport", "Dân tộc"),
    "card_number": QT_TRANSLATE_NOOP("RosterImport", "Số thẻ"),
    "admitted_on": QT_TRANSLATE_NOOP("RosterImport", "Ngày vào Đảng"),
    "official_on": QT_TRANSLATE_NOOP("RosterImport", "Ngày chính thức"),
    "status": QT_TRANSLATE_NOOP("RosterImport", "Trạng thái"),
    "role": QT_TRANSLATE_NOOP("RosterImport", "Chức vụ"),
    "joined_on": QT_TRANSLATE_NOOP("RosterImport", "Ngày vào chi bộ"),
    "occupation": QT_TRANSLATE_NOOP("RosterImport", "Nghề nghiệp"),
    "phone": QT_TRANSLATE_NOOP("RosterImport", "Điện thoại"),
    "notes": QT_TRANSLATE_NOOP("RosterImport", "Ghi chú"),
    BIRTH_MALE: QT_TRANSLATE_NOOP("RosterImport", "Ngày sinh (Nam)"),
    BIRTH_FEMALE: QT_TRANSLATE_NOOP("RosterImport", "Ngày sinh (Nữ)"),
}
NOT_IMPORTED = QT_TRANSLATE_NOOP("RosterImport", "Không nhập")
# Where a status, role or sex came from when not from its own column.
SOURCE_NOTES = {
    "notes": QT_TRANSLATE_NOOP("RosterImport", "(từ cột Ghi chú)"),
    "section": QT_TRANSLATE_NOOP("RosterImport", "(từ dòng tiêu đề nhóm)"),
    "dates": QT_TRANSLATE_NOOP("RosterImport", "(theo ngày vào Đảng, chính thức)"),
    "default": QT_TRANSLATE_NOOP("RosterImport", "(mặc định)"),
}
OUTCOMES = {
    "new": QT_TRANSLATE_NOOP("RosterImport", "Mới"),
    "update": QT_TRANSLATE_NOOP("RosterImport", "Cập nhật"),
    "same": QT_TRANSLATE_NOOP("RosterImport", "Không đổi"),
    "error": QT_TRANSLATE_NOOP("RosterImport", "Lỗi"),
}
IGNORED_KINDS = {
    "title": QT_TRANSLATE_NOOP("RosterImport", "Tiêu đề"),
    "header": QT_TRANSLATE_NOOP("RosterImport", "Tên cột"),
    "numbering": QT_TRANSLATE_NOOP("RosterImport", "Đánh số cột"),
    "repeated_header": QT_TRANSLATE_NOOP("RosterImport", "Tên cột lặp lại"),
    "blank": QT_TRANSLATE_NOOP("RosterImport", "Dòng trống"),
    "total": QT_TRANSLATE_NOOP("RosterImport", "Tổng cộng"),
    "subtotal": QT_TRANSLATE_NOOP("RosterImport", "Cộng từng phần"),
    "section": QT_TRANSLATE_NOOP("RosterImport", "Tiêu đề nhóm"),
    "footer": QT_TRANSLATE_NOOP("RosterImport", "Phần ký tên"),
    "other": QT_TRANSLATE_NOOP("RosterImport", "Khác"),
}
# The member fields the preview shows, in roster order; the others only when the file has them.
ALWAYS = ["full_name", "birth_date", "sex", "ethnicity", "card_number", "admitted_on", "official_on", "status", "role"]
OPTIONAL = ["joined_on", "occupation", "phone", "notes"]
BAD_ROW, BAD_CELL = QColor("#fde2e2"), QColor("#f4a6a6")
FILLED, CHANGED = QColor("#dff3df"), QColor("#fff1c2")
SOFT = QColor("#666666")


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def field_name(name: str | None) -> str:
    return translated(FIELD_NAMES.get(name, NOT_IMPORTED)) if name else translated(NOT_IMPORTED)


def _cell_field(name: str | None) -> str | None:
    """The preview column a file's field shows in (a birth year under "Nam" is a birth date)."""
    return "birth_date" if name in (BIRTH_MALE, BIRTH_FEMALE) else name


class ColumnsModel(RowsModel):
    """Each column of the file: its letter, its heading, the field it feeds (a picker sits in
    that cell, see RosterImportDialog), its first values and the old font it was typed in."""

    LETTER, HEADING, FIELD, SAMPLES = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.originals: dict[int, list[str]] = {}  # column -> its first values as typed in the old font
        self._headers = [translated(h) for h in (QT_TRANSLATE_NOOP("RosterImport", "Cột"), QT_TRANSLATE_NOOP("RosterImport", "Tên cột trong tệp"),
                                                QT_TRANSLATE_NOOP("RosterImport", "Nhập vào"), QT_TRANSLATE_NOOP("RosterImport", "Ví dụ trong tệp"))]

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.originals = {}
        for column in preview.columns if preview is not None else []:
            if column.encoding and column.field:
                found = [r.originals[column.field] for r in preview.rows if column.field in r.originals]
                self.originals[column.index] = found[:len(column.samples)]
        self.load(preview.columns if preview is not None else [])

    def data(self, index, role=Qt.DisplayRole):
        column: ColumnInfo | None = self.row_at(index.row())
        if column is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            if col == self.LETTER:
                return column.letter
            if col == self.HEADING:
                return column.heading
            if col == self.FIELD:
                return field_name(column.field)
            if col == self.SAMPLES:
                samples = "; ".join(column.samples)
                originals = self.originals.get(column.index)
                if originals and len(originals) == len(column.samples):
                    samples = "; ".join(f"{new} ← {old}" for new, old in zip(column.samples, originals))
                if column.encoding:
                    samples = QCoreApplication.translate("RosterImport", "[{encoding} → Unicode] {samples}").format(
                        encoding=ENCODING_LABELS.get(column.encoding, column.encoding), samples=samples)
                return samples
        if role == Qt.ForegroundRole and column.field is None:
            return QBrush(SOFT)
        if role == Qt.FontRole and col == self.FIELD and column.assigned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            if col == self.FIELD:
                if column.assigned:
                    return QCoreApplication.translate("RosterImport", "Đồng chí chọn")
                return QCoreApplication.translate("RosterImport", "Nhận ra từ tên cột")
            if col == self.SAMPLES and column.samples:
                return "\n".join(column.samples)
        return None


class PreviewModel(RowsModel):
    """The member rows: the values as they will be kept, what an update changes, why a row is refused."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: list[str] = list(ALWAYS)
        self._set_headers()

    def _set_headers(self) -> None:
        self._headers = ([QCoreApplication.translate("RosterImport", "Dòng"), QCoreApplication.translate("RosterImport", "Kết quả"),
                          QCoreApplication.translate("RosterImport", "Kiểm tra, thay đổi")] + [field_name(f) for f in self.fields])

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.beginResetModel()
        fed = {_cell_field(c.field) for c in preview.columns} if preview is not None else set()
        self.fields = ALWAYS + [f for f in OPTIONAL if f in fed]
        self._set_headers()
        self._rows = list(preview.rows) if preview is not None else []
        self.endResetModel()

    check_column = 2  # what the row does or why it is refused, before the values

    def field_at(self, col: int) -> str | None:
        return self.fields[col - 3] if 3 <= col < len(self.fields) + 3 else None

    def data(self, index, role=Qt.DisplayRole):
        row: RosterRow | None = self.row_at(index.row())
        if row is None:
            return None
        col, name = index.column(), self.field_at(index.column())
        if role == Qt.DisplayRole:
            if col == 0:
                return str(row.line)
            if col == 1:
                return translated(OUTCOMES.get(row.outcome if row.ok else "error", ""))
            if col == self.check_column:
                return self.check_text(row)
            return self.cell_text(row, name)
        if role == Qt.BackgroundRole:
            if not row.ok:
                return QBrush(BAD_CELL if name and name in self._issue_fields(row) else BAD_ROW)
            change = self._change(row, name)
            if change is not None:
                return QBrush(FILLED if change.kind == "fill" else CHANGED)
            return None
        if role == Qt.ForegroundRole and row.ok and row.outcome == "same":
            return QBrush(SOFT)
        if role == Qt.ToolTipRole:
            return self.tooltip(row, name, col) or None
        return None

    # --- texts ------------------------------------------------------------------------------
    def cell_text(self, row: RosterRow, name: str | None) -> str:
        if name is None:
            return ""
        text = row.shown.get(name) if row.ok else None
        if text is None:
            text = row.values.get(name, "")
            if name == "birth_date" and not text:
                text = row.values.get(BIRTH_MALE) or row.values.get(BIRTH_FEMALE) or ""
        text = domain_text(text) if name in ("sex", "status", "role") and text else text
        source = row.sources.get(name)
        if text and source in SOURCE_NOTES:
            text = f"{text} {translated(SOURCE_NOTES[source])}"
        return text

    def check_text(self, row: RosterRow) -> str:
        if not row.ok:
            return "; ".join(map(domain_text, row.errors))
        parts = []
        if row.outcome == "update":
            changes = "; ".join(f"{domain_text(c.label)}: {self._old(c)} → {domain_text(c.new)}" for c in row.changes)
            update = QCoreApplication.translate("RosterImport", "{name}: {changes}")
            parts.append(update.format(name=row.member_name, changes=changes))
        elif row.outcome == "same":
            parts.append(QCoreApplication.translate("RosterImport", "Đã có trong danh sách, không có gì mới"))
        else:
            parts.append(QCoreApplication.translate("RosterImport", "Hợp lệ"))
        parts += [domain_text(n) for n in row.notes]
        return "; ".join(parts)

    def tooltip(self, row: RosterRow, name: str | None, col: int) -> str:
        lines = []
        if name is not None:
            original = row.originals.get(name)
            if original is None and name == "birth_date":
                original = row.originals.get(BIRTH_MALE) or row.originals.get(BIRTH_FEMALE)
            if original is not None:
                lines.append(QCoreApplication.translate("RosterImport", "Chữ gốc trong tệp (phông cũ): {text}").format(text=original))
                converted = QCoreApplication.translate("RosterImport", "Đã chuyển sang Unicode: {text}")
                lines.append(converted.format(text=row.values.get(name, "")))
            elif row.values.get(name) and row.values.get(name) != self.cell_text(row, name):
                lines.append(QCoreApplication.translate("RosterImport", "Trong tệp: {text}").format(text=row.values[name]))
            change = self._change(row, name)
            if change is not None:
                lines.append(QCoreApplication.translate("RosterImport", "Trong danh sách hiện nay: {old}").format(old=self._old(change)))
            lines += [domain_text(i.message) + (f" [{i.column}]" if i.column else "") for i in row.issues
                      if _cell_field(i.field) == name]
        elif col == self.check_column or col in (0, 1):
            lines += [domain_text(e) for e in row.errors] + [domain_text(n) for n in row.notes]
            if row.outcome == "update":
                lines += [f"{domain_text(c.label)}: {self._old(c)} → {domain_text(c.new)}" for c in row.changes]
        return "\n".join(lines)

    @staticmethod
    def _old(change) -> str:
        return domain_text(change.old) if change.old else QCoreApplication.translate("RosterImport", "(trống)")

    @staticmethod
    def _issue_fields(row: RosterRow) -> set[str]:
        return {_cell_field(i.field) for i in row.issues if i.field}

    @staticmethod
    def _change(row: RosterRow, name: str | None):
        if name is None or row.outcome != "update":
            return None
        return next((c for c in row.changes if c.field == name), None)


class IgnoredModel(RowsModel):
    """The rows that are not members (title, header, total, signatures…), with the reason."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [translated(h) for h in (QT_TRANSLATE_NOOP("RosterImport", "Dòng"), QT_TRANSLATE_NOOP("RosterImport", "Loại"),
                                                QT_TRANSLATE_NOOP("RosterImport", "Lý do bỏ qua"), QT_TRANSLATE_NOOP("RosterImport", "Nội dung"))]

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return [str(row.line), translated(IGNORED_KINDS.get(row.kind, IGNORED_KINDS["other"])), domain_text(row.reason),
                    row.text][index.column()]
        if role == Qt.ForegroundRole:
            return QBrush(SOFT)
        return None
