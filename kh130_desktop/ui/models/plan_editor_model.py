"""The plan editor's lists: materials, pledge themes and milestones, each row a dict of the plan's
data (book/plan_check.py's shape), edited in the fields under the list and moved up and down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...domain.book.periods import ROMAN
from ..common import fmt_date
from ..qt import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from .base import RowsModel

# The rules that mark a milestone done from the records (book/plan.milestone_statuses), in the
# order the editor offers them; "" is a mark made by hand on the plan page.
DONE_RULE_LABELS = {
    "": QT_TRANSLATE_NOOP("PlanEditorModel", "Đánh dấu bằng tay"),
    "session:hoi_nghi_quan_triet": QT_TRANSLATE_NOOP("PlanEditorModel", "Khi đã tổ chức hội nghị học tập, quán triệt"),
    "session:chuyen_de_quy": QT_TRANSLATE_NOOP("PlanEditorModel", "Khi đã sinh hoạt chuyên đề của quý"),
    "session:thuong_ky": QT_TRANSLATE_NOOP("PlanEditorModel", "Khi đã sinh hoạt thường kỳ"),
    "pledges": QT_TRANSLATE_NOOP("PlanEditorModel", "Khi mọi đảng viên đã đăng ký làm theo"),
    "reviews": QT_TRANSLATE_NOOP("PlanEditorModel", "Khi mọi đảng viên đã được kiểm điểm"),
}


def rule_label(rule: str) -> str:
    return QCoreApplication.translate("PlanEditorModel", DONE_RULE_LABELS.get(rule, rule))


def _quarter(value) -> str:
    return ROMAN.get(value, "") if value else ""


def _day(value) -> str:
    if isinstance(value, str) and value:
        value = dt.date.fromisoformat(value)
    return fmt_date(value) if isinstance(value, dt.date) else ""


def _first_line(value) -> str:
    text = str(value or "")
    return text.splitlines()[0] if text else ""


class PlanListModel(RowsModel):
    """Rows of dicts; `columns` are (key, header, how to show the value)."""

    def __init__(self, columns: list[tuple[str, str, Callable]], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers = [QCoreApplication.translate("PlanEditorModel", header) for _key, header, _show in columns]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        key, _header, show = self._columns[index.column()]
        value = self._rows[index.row()].get(key)
        return str(value or "") if role == Qt.ToolTipRole else show(value)

    def add(self, row: dict) -> int:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(dict(row))
        self.endInsertRows()
        return at

    def remove(self, at: int) -> None:
        if 0 <= at < len(self._rows):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()

    def move(self, at: int, step: int) -> int:
        """Move row `at` up (-1) or down (+1); returns where it is now."""
        to = at + step
        if not (0 <= at < len(self._rows) and 0 <= to < len(self._rows)):
            return at
        self.beginResetModel()
        self._rows[at], self._rows[to] = self._rows[to], self._rows[at]
        self.endResetModel()
        return to

    def set_value(self, at: int, key: str, value) -> None:
        if 0 <= at < len(self._rows) and self._rows[at].get(key) != value:
            self._rows[at][key] = value
            self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def values(self) -> list[dict]:
        return [dict(row) for row in self._rows]


def materials_model(parent=None) -> PlanListModel:
    return PlanListModel([("title", QT_TRANSLATE_NOOP("PlanEditorModel", "Tài liệu học tập"), _first_line)], parent)


def themes_model(parent=None) -> PlanListModel:
    return PlanListModel([("title", QT_TRANSLATE_NOOP("PlanEditorModel", "Nội dung làm theo"), str),
                          ("code", QT_TRANSLATE_NOOP("PlanEditorModel", "Mã"), str)], parent)


def milestones_model(parent=None) -> PlanListModel:
    return PlanListModel([("title", QT_TRANSLATE_NOOP("PlanEditorModel", "Việc phải xong"), str),
                          ("due_on", QT_TRANSLATE_NOOP("PlanEditorModel", "Hạn"), _day),
                          ("quarter", QT_TRANSLATE_NOOP("PlanEditorModel", "Quý"), _quarter),
                          ("done_when", QT_TRANSLATE_NOOP("PlanEditorModel", "Đã xong khi"), rule_label)], parent)
