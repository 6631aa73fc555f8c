"""The roster as a table: one row per member, in Vietnamese roster order."""

from __future__ import annotations

from ...domain.book.dates import format_date
from ...domain.store.tables import Member
from ..common import fmt_date, vocab
from ..qt import QBrush, QColor, QCoreApplication, QT_TRANSLATE_NOOP, Qt
from .base import RowsModel

COLUMNS = [
    QT_TRANSLATE_NOOP("MembersModel", "STT"),
    QT_TRANSLATE_NOOP("MembersModel", "Họ và tên"),
    QT_TRANSLATE_NOOP("MembersModel", "Ngày sinh"),
    QT_TRANSLATE_NOOP("MembersModel", "Giới tính"),
    QT_TRANSLATE_NOOP("MembersModel", "Dân tộc"),
    QT_TRANSLATE_NOOP("MembersModel", "Số thẻ"),
    QT_TRANSLATE_NOOP("MembersModel", "Ngày vào Đảng"),
    QT_TRANSLATE_NOOP("MembersModel", "Ngày chính thức"),
    QT_TRANSLATE_NOOP("MembersModel", "Trạng thái"),
    QT_TRANSLATE_NOOP("MembersModel", "Chức vụ"),
    QT_TRANSLATE_NOOP("MembersModel", "Ghi chú"),
]


class MembersModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Member] = []
        self._headers = [QCoreApplication.translate("MembersModel", c) for c in COLUMNS]
        # Absent without reason in three months of the year (Statute, Art. 8): member id -> months.
        self.absences: dict[int, list[int]] = {}
        self.absence_year = 0

    def member(self, row: int) -> Member | None:
        return self.row_at(row)

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), -1)

    def data(self, index, role=Qt.DisplayRole):
        m = self.member(index.row())
        if m is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            return self._text(index.row(), col, m)
        if role == Qt.UserRole:
            return m.id
        if role == Qt.ForegroundRole and m.left_on is not None:
            return QBrush(QColor("#777777"))
        if role == Qt.ForegroundRole and col in (1, 10) and m.id in self.absences:
            return QBrush(QColor("#b00020"))
        if role == Qt.TextAlignmentRole and col in (0, 2, 6, 7):
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole and col in (1, 8, 10):
            return self._text(index.row(), col, m)
        return None

    def _text(self, row: int, col: int, m: Member) -> str:
        if col == 0:
            return str(row + 1)
        if col == 1:
            return m.full_name
        if col == 2:
            return format_date(m.birth_date, m.birth_precision)
        if col == 3:
            return vocab(m.sex)
        if col == 4:
            return m.ethnicity
        if col == 5:
            return m.card_number
        if col == 6:
            return format_date(m.admitted_on, m.admitted_precision)
        if col == 7:
            return format_date(m.official_on, m.official_precision)
        if col == 8:
            return vocab(m.status)
        if col == 9:
            return vocab(m.role)
        if col == 10:
            if m.left_on is not None:
                left = QCoreApplication.translate("MembersModel", "Đã chuyển đi {date}: {reason}")
                return left.format(date=fmt_date(m.left_on), reason=m.left_reason)
            notes = m.notes.splitlines()[0] if m.notes else ""
            if m.id in self.absences:
                flag = QCoreApplication.translate(
                    "MembersModel", "⚠ Vắng không lý do {n} tháng năm {year} (tháng {months}): chi bộ xem xét xóa tên (Điều lệ, Điều 8)")
                months = self.absences[m.id]
                notes = flag.format(n=len(months), year=self.absence_year, months=", ".join(map(str, months))) + (f"; {notes}" if notes else "")
            return notes
        return ""
