"""The list of sessions, and the small editable lists of the session editor (guests, opinions)."""

from __future__ import annotations

from ...domain.book.overview import SessionSummary
from ...domain.book.periods import ROMAN
from ...domain.book.vocabulary import MIN_MEETING_MINUTES
from ..common import fmt_date, vocab
from ..qt import QT_TRANSLATE_NOOP, QBrush, QColor, QCoreApplication, QLocale, QModelIndex, Qt
from .base import RowsModel

WARNING_MARK = "⚠"


def percent(ratio: float) -> str:
    """A rate in the interface's language: "82,8%" in Vietnamese (a decimal comma), "82.8%" in
    English (ui/i18n.py sets the default locale)."""
    return QLocale().toString(ratio * 100, "f", 1) + "%"


def duration_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes >= 60:
        text = QCoreApplication.translate("SessionsModel", "{h} giờ {m:02d} phút").format(h=minutes // 60, m=minutes % 60)
    else:
        text = QCoreApplication.translate("SessionsModel", "{m} phút").format(m=minutes)
    return f"{WARNING_MARK} {text}" if minutes < MIN_MEETING_MINUTES else text


class SessionsModel(RowsModel):
    COLUMNS = (QT_TRANSLATE_NOOP("SessionsModel", "Ngày họp"), QT_TRANSLATE_NOOP("SessionsModel", "Loại buổi"),
               QT_TRANSLATE_NOOP("SessionsModel", "Quý"), QT_TRANSLATE_NOOP("SessionsModel", "Thời lượng"),
               QT_TRANSLATE_NOOP("SessionsModel", "Triệu tập"), QT_TRANSLATE_NOOP("SessionsModel", "Có mặt"),
               QT_TRANSLATE_NOOP("SessionsModel", "Tỷ lệ"), QT_TRANSLATE_NOOP("SessionsModel", "Tiêu đề"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._headers = [QCoreApplication.translate("SessionsModel", c) for c in self.COLUMNS]

    def session_at(self, row: int) -> SessionSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.session_id == session_id), None)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            c = s.counts
            return [
                fmt_date(s.held_on),
                vocab(s.kind),
                ROMAN.get(s.quarter, "") if s.quarter else "",
                duration_text(s.minutes),
                str(c.summoned),
                str(c.present),
                percent(c.rate) if c.summoned else "",
                s.title,
            ][col]
        if role == Qt.ForegroundRole and col == 3 and s.short:
            return QBrush(QColor("#b35c00"))
        if role == Qt.ToolTipRole and col == 3 and s.short:
            return QCoreApplication.translate("SessionsModel", "Buổi sinh hoạt dưới 90 phút (Hướng dẫn 42-HD/BTCTW)")
        if role == Qt.TextAlignmentRole and col in (2, 4, 5, 6):
            return int(Qt.AlignCenter)
        return None


class EditableRowsModel(RowsModel):
    """A few text columns the user types into (guests: name, title; opinions: speaker, opinion)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) + [""] * (len(self._headers) - len(r)) for r in rows]
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        """Rows with any text; fully empty rows are dropped as never filled in."""
        return [list(r) for r in self._rows if any(cell.strip() for cell in r)]

    def add_row(self, values: list[str] | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((list(values or []) + [""] * len(self._headers))[: len(self._headers)])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable if index.isValid() else Qt.NoItemFlags

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid():
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index)
        return True
