"""The plan's milestones with their state; manual ones carry a check box to mark them done."""

from __future__ import annotations

from ...domain.book.plan import MILESTONE_STATE_LABELS, MilestoneState, MilestoneStatus
from ..common import domain_text, fmt_date
from ..qt import QT_TRANSLATE_NOOP, QBrush, QColor, QCoreApplication, Qt, Signal
from .base import RowsModel

STATE_COLOURS = {
    MilestoneState.DONE: ("#d8f0d8", "#1b5e20"),
    MilestoneState.DUE: ("#fff1c2", "#7a4f00"),
    MilestoneState.LATE: ("#f8d7d7", "#8e0000"),
    MilestoneState.UPCOMING: ("#eeeeee", "#333333"),
}
DONE_COLUMN = 4
# The domain's words for the states (plan.MILESTONE_STATE_LABELS), listed here so that lupdate
# offers them for translation: state_label() looks them up in this context.
_STATE_WORDS = (QT_TRANSLATE_NOOP("PlanModel", "Đã xong"), QT_TRANSLATE_NOOP("PlanModel", "Sắp đến hạn"),
                QT_TRANSLATE_NOOP("PlanModel", "Quá hạn"), QT_TRANSLATE_NOOP("PlanModel", "Chưa đến hạn"))


def state_label(state: MilestoneState) -> str:
    return QCoreApplication.translate("PlanModel", MILESTONE_STATE_LABELS[state])


class MilestonesModel(RowsModel):
    # The user ticked or unticked a manual milestone: (milestone id, done).
    toggled = Signal(int, bool)

    HEADERS = (QT_TRANSLATE_NOOP("PlanModel", "Mốc kế hoạch"), QT_TRANSLATE_NOOP("PlanModel", "Hạn"),
               QT_TRANSLATE_NOOP("PlanModel", "Trạng thái"), QT_TRANSLATE_NOOP("PlanModel", "Chi tiết"),
               QT_TRANSLATE_NOOP("PlanModel", "Đã xong"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MilestoneStatus] = []
        self._manual: set[int] = set()
        self._headers = [QCoreApplication.translate("PlanModel", h) for h in self.HEADERS]

    def load(self, rows: list[MilestoneStatus], manual_ids: set[int]) -> None:
        self.beginResetModel()
        self._rows, self._manual = list(rows), set(manual_ids)
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == DONE_COLUMN and self._rows[index.row()].milestone_id in self._manual:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        manual = m.milestone_id in self._manual
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == DONE_COLUMN:
                text = fmt_date(m.done_on)
                return text if text or manual else QCoreApplication.translate("PlanModel", "tự tính")
            detail = domain_text(m.detail) or (QCoreApplication.translate("PlanModel", "Đánh dấu khi đã làm xong") if manual and not m.done_on else "")
            return [m.title, fmt_date(m.due_on), state_label(m.state), detail][col]
        if role == Qt.CheckStateRole and col == DONE_COLUMN and manual:
            return Qt.Checked if m.done_on else Qt.Unchecked
        if col == 2 and role == Qt.BackgroundRole:
            return QBrush(QColor(STATE_COLOURS[m.state][0]))
        if col == 2 and role == Qt.ForegroundRole:
            return QBrush(QColor(STATE_COLOURS[m.state][1]))
        if role == Qt.ForegroundRole and col == DONE_COLUMN and not manual:
            return QBrush(QColor("#777777"))
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.CheckStateRole or index.column() != DONE_COLUMN:
            return False
        m = self._rows[index.row()]
        if m.milestone_id not in self._manual:
            return False
        checked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        self.toggled.emit(m.milestone_id, checked)
        return True
