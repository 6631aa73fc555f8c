"""Tables of the pledges page: members with their pledge state, a member's items, progress notes,
and the cell's collective pledges."""

from __future__ import annotations

from ...domain.models import CollectivePledge, Pledge, PledgeProgress
from ...domain.overview import PledgeSummary
from ...domain.periods import ROMAN
from ...domain.vocabulary import label
from ..common import fmt_date
from ..qt import QBrush, QColor, QCoreApplication, Qt
from .base import RowsModel


# The list is narrow beside the navigation: the level in a word, the full name in the detail panel.
SHORT_LEVELS = {
    "hoan_thanh_xuat_sac": "Xuất sắc",
    "hoan_thanh_tot": "Tốt",
    "hoan_thanh": "Hoàn thành",
    "khong_hoan_thanh": "Không hoàn thành",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("PledgesModel", text)


class _RowsModel(RowsModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [_t(h) for h in self.HEADERS]

    def load(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def cells(self, row) -> list:
        raise NotImplementedError

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        special = self.extra(row, index.column(), role)
        if special is None and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.cells(row)[index.column()]
        return special

    def extra(self, row, column: int, role):
        return None


class PledgeMembersModel(_RowsModel):
    HEADERS = ("Họ và tên", "Nội dung", "Tiến độ", "Xếp loại")

    def cells(self, s: PledgeSummary) -> list:
        review = _t(SHORT_LEVELS.get(s.review_level, label(s.review_level))) if s.review_level else _t("Chưa kiểm điểm")
        if s.review_score is not None:
            review += f" ({s.review_score})"
        return [s.full_name, str(s.items) if s.items else _t("Chưa đăng ký"), str(s.progress_notes), review]

    def extra(self, s: PledgeSummary, column: int, role):
        if role == Qt.ToolTipRole and column == 3 and s.review_level:
            return label(s.review_level)
        if role == Qt.ForegroundRole and ((column == 1 and not s.items) or (column == 3 and not s.review_level)):
            return QBrush(QColor("#b35c00"))
        if role == Qt.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignCenter)
        return None

    def row_of_member(self, member_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.member_id == member_id), None)


class PledgeItemsModel(_RowsModel):
    HEADERS = ("Việc đăng ký làm theo", "Nội dung chuyên đề", "Chỉ tiêu", "Thời hạn")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme_titles: dict[str, str] = {}

    def cells(self, p: Pledge) -> list:
        return [p.content, self.theme_titles.get(p.theme_code, p.theme_code), p.target, fmt_date(p.deadline)]


class ProgressModel(_RowsModel):
    HEADERS = ("Quý", "Ngày ghi", "Kết quả thực hiện")

    def cells(self, p: PledgeProgress) -> list:
        return [ROMAN.get(p.quarter, ""), fmt_date(p.recorded_on), p.note]


class CollectiveModel(_RowsModel):
    HEADERS = ("Vấn đề đăng ký giải quyết", "Chỉ tiêu", "Thời hạn", "Kết quả", "Đánh giá")

    def cells(self, c: CollectivePledge) -> list:
        return [c.problem, c.target, fmt_date(c.deadline), c.result, label(c.level) if c.level else ""]
