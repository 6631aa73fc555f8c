"""The attendance grid's data: one row per summoned member, a column per state to click,
and the reason for an absence. Counts come from the domain's `counts_from`, never typed."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.book.roster import Standing
from ...domain.book.sessions import AttendanceCounts, AttendanceLine, AttendanceMark, counts_from
from ...domain.book.vocabulary import AttendanceState, MemberStatus
from ..qt import QT_TRANSLATE_NOOP, QBrush, QColor, QCoreApplication, Qt, Signal
from ..common import vocab
from .base import RowsModel

STATE_COLUMNS = {
    3: AttendanceState.PRESENT,
    4: AttendanceState.LATE,
    5: AttendanceState.ABSENT_EXCUSED,
    6: AttendanceState.ABSENT_UNEXCUSED,
}
COLUMN_OF_STATE = {state: col for col, state in STATE_COLUMNS.items()}
REASON_COLUMN = 7
NAME_COLUMN = 1

STATE_COLOURS = {
    AttendanceState.PRESENT: "#d8f0d8",
    AttendanceState.LATE: "#fff1c2",
    AttendanceState.ABSENT_EXCUSED: "#dce8f8",
    AttendanceState.ABSENT_UNEXCUSED: "#f8d7d7",
}


ATTENDANCE_HEADERS = (
    QT_TRANSLATE_NOOP("AttendanceModel", "STT"), QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Diện"), QT_TRANSLATE_NOOP("AttendanceModel", "Có mặt"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Đi muộn"), QT_TRANSLATE_NOOP("AttendanceModel", "Vắng có lý do"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Vắng không lý do"), QT_TRANSLATE_NOOP("AttendanceModel", "Lý do vắng"),
)
APART_HEADERS = (QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"),
                 QT_TRANSLATE_NOOP("AttendanceModel", "Trạng thái (không điểm danh)"))


def standing_label(standing: Standing) -> str:
    if standing.status == MemberStatus.TEMPORARY_HERE:
        return vocab(standing.status)
    if standing.official:
        return QCoreApplication.translate("AttendanceModel", "Chính thức")
    return QCoreApplication.translate("AttendanceModel", "Dự bị")


@dataclass
class _Row:
    standing: Standing
    state: str | None
    reason: str


class AttendanceModel(RowsModel):
    """Summoned members and their marks, edited in memory until the session is saved."""

    marks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._apart: list[Standing] = []
        self._headers = [QCoreApplication.translate("AttendanceModel", h) for h in ATTENDANCE_HEADERS]

    # --- loading ---------------------------------------------------------------------------
    def load(self, lines: list[AttendanceLine], apart: list[Standing]) -> None:
        self.beginResetModel()
        self._rows = [_Row(line.standing, line.state, line.reason) for line in lines]
        self._apart = list(apart)
        self.endResetModel()
        self.marks_changed.emit()

    def reload_roster(self, summoned: list[Standing], apart: list[Standing]) -> None:
        """A new date: a new roster; marks of members still summoned are kept."""
        kept = {row.standing.member.id: row for row in self._rows}
        lines = []
        for standing in summoned:
            old = kept.get(standing.member.id)
            lines.append(AttendanceLine(standing, old.state if old else None, old.reason if old else ""))
        self.load(lines, apart)

    # --- what the editor needs -------------------------------------------------------------
    def marks(self) -> dict[int, AttendanceMark | None]:
        return {row.standing.member.id: (AttendanceMark(row.state, row.reason) if row.state else None) for row in self._rows}

    def counts(self) -> AttendanceCounts:
        return counts_from([AttendanceLine(r.standing, r.state, r.reason) for r in self._rows], self._apart)

    def listed_apart(self) -> list[Standing]:
        return list(self._apart)

    def state_at(self, row: int) -> str | None:
        return self._rows[row].state

    def reason_at(self, row: int) -> str:
        return self._rows[row].reason

    def row_of_member(self, member_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.standing.member.id == member_id:
                return i
        return None

    def row_of_name(self, full_name: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.standing.member.full_name == full_name:
                return i
        return None

    def member_name(self, row: int) -> str:
        return self._rows[row].standing.member.full_name

    def set_state(self, row: int, state: AttendanceState | str | None) -> None:
        if not 0 <= row < len(self._rows):
            return
        r = self._rows[row]
        r.state = AttendanceState(state).value if state else None
        if r.state == AttendanceState.PRESENT:
            r.reason = ""  # a present member has no absence to explain
        self.dataChanged.emit(self.index(row, 0), self.index(row, REASON_COLUMN))
        self.marks_changed.emit()

    def mark_all_present(self) -> int:
        """Every member not yet marked becomes present; the exceptions are marked after."""
        changed = 0
        for r in self._rows:
            if r.state is None:
                r.state = AttendanceState.PRESENT.value
                changed += 1
        if changed:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, REASON_COLUMN))
            self.marks_changed.emit()
        return changed

    # --- Qt model --------------------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == REASON_COLUMN and self._rows[index.row()].state not in (None, AttendanceState.PRESENT):
            flags |= Qt.ItemIsEditable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == 0:
                return index.row() + 1
            if col == NAME_COLUMN:
                return r.standing.member.full_name
            if col == 2:
                return standing_label(r.standing)
            if col in STATE_COLUMNS:
                return "●" if r.state == STATE_COLUMNS[col] else ""
            if col == REASON_COLUMN:
                if role == Qt.DisplayRole and r.state == AttendanceState.ABSENT_EXCUSED and not r.reason:
                    return QCoreApplication.translate("AttendanceModel", "(cần ghi lý do)")
                return r.reason
        if role == Qt.TextAlignmentRole and (col == 0 or col in STATE_COLUMNS):
            return int(Qt.AlignCenter)
        if role == Qt.BackgroundRole and r.state and (col in STATE_COLUMNS and STATE_COLUMNS[col] == r.state or col == NAME_COLUMN):
            return QBrush(QColor(STATE_COLOURS[AttendanceState(r.state)]))
        if role == Qt.ForegroundRole and col == REASON_COLUMN and r.state == AttendanceState.ABSENT_EXCUSED and not r.reason:
            return QBrush(QColor("#b00020"))
        if role == Qt.ToolTipRole and col in STATE_COLUMNS:
            return vocab(STATE_COLUMNS[col])
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != REASON_COLUMN:
            return False
        self._rows[index.row()].reason = str(value or "")
        self.dataChanged.emit(index, index)
        self.marks_changed.emit()
        return True


class ListedApartModel(RowsModel):
    """Members listed apart (exempt, suspended, away): shown greyed, never marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Standing] = []
        self._headers = [QCoreApplication.translate("AttendanceModel", h) for h in APART_HEADERS]

    def flags(self, index):
        return Qt.NoItemFlags  # greyed: not markable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        s = self._rows[index.row()]
        return s.member.full_name if index.column() == 0 else vocab(s.status)
