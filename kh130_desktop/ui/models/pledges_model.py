"""Tables of the pledges page: members with their pledge state, a member's items, progress notes,
and the cell's collective pledges."""

from __future__ import annotations

from ...domain.store.tables import CollectivePledge, Pledge, PledgeProgress
from ...domain.book.overview import PledgeSummary
from ...domain.book.periods import ROMAN
from ..common import fmt_date, vocab
from ..qt import QT_TRANSLATE_NOOP, QBrush, QColor, QCoreApplication, Qt
from .base import RowsModel


# The list is narrow beside the navigation: the level in a word, the full name in the detail panel.
SHORT_LEVELS = {
    "hoan_thanh_xuat_sac": QT_TRANSLATE_NOOP("PledgesModel", "Xuất sắc"),
    "hoan_thanh_tot": QT_TRANSLATE_NOOP("PledgesModel", "Tốt"),
    "hoan_thanh": QT_TRANSLATE_NOOP("PledgesModel", "Hoàn thành"),
    "khong_hoan_thanh": QT_TRANSLATE_NOOP("PledgesModel", "Không hoàn thành"),
}


class _RowsModel(RowsModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [QCoreApplication.translate("PledgesModel", h) for h in self.HEADERS]

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
    HEADERS = (QT_TRANSLATE_NOOP("PledgesModel", "Họ và tên"), QT_TRANSLATE_NOOP("PledgesModel", "Nội dung"),
               QT_TRANSLATE_NOOP("PledgesModel", "Tiến độ"), QT_TRANSLATE_NOOP("PledgesModel", "Xếp loại"))

    def cells(self, s: PledgeSummary) -> list:
        if s.review_level in SHORT_LEVELS:
            review = QCoreApplication.translate("PledgesModel", SHORT_LEVELS[s.review_level])
        elif s.review_level:
            review = vocab(s.review_level)
        elif not s.counted:
            review = QCoreApplication.translate("PledgesModel", "Đã chuyển đi") if s.left_on else "—"
        else:
            review = QCoreApplication.translate("PledgesModel", "Chưa kiểm điểm")
        if s.review_score is not None:
            review += f" ({s.review_score})"
        items = str(s.items) if s.items else "—" if not s.counted else QCoreApplication.translate("PledgesModel", "Chưa đăng ký")
        return [s.full_name, items, str(s.progress_notes), review]

    def extra(self, s: PledgeSummary, column: int, role):
        if not s.counted:  # moved away or no longer summoned: listed for the record, not counted
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#777777"))
            if role == Qt.ToolTipRole:
                if s.left_on is not None:
                    return QCoreApplication.translate("PledgesModel", "Đã chuyển đi {date}: không tính trong số đăng ký và kiểm điểm cuối năm của chi bộ.").format(date=fmt_date(s.left_on))
                return QCoreApplication.translate("PledgesModel", "Không còn sinh hoạt ở chi bộ cuối năm: không tính trong số đăng ký và kiểm điểm.")
        if role == Qt.ToolTipRole and column == 3 and s.review_level:
            return vocab(s.review_level)
        if role == Qt.ForegroundRole and ((column == 1 and not s.items) or (column == 3 and not s.review_level)):
            return QBrush(QColor("#b35c00"))
        if role == Qt.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignCenter)
        return None

    def row_of_member(self, member_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.member_id == member_id), None)


class PledgeItemsModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("PledgesModel", "Việc đăng ký làm theo"), QT_TRANSLATE_NOOP("PledgesModel", "Nội dung chuyên đề"),
               QT_TRANSLATE_NOOP("PledgesModel", "Chỉ tiêu"), QT_TRANSLATE_NOOP("PledgesModel", "Thời hạn"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme_titles: dict[str, str] = {}

    def cells(self, p: Pledge) -> list:
        return [p.content, self.theme_titles.get(p.theme_code, p.theme_code), p.target, fmt_date(p.deadline)]


class ProgressModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("PledgesModel", "Quý"), QT_TRANSLATE_NOOP("PledgesModel", "Ngày ghi"),
               QT_TRANSLATE_NOOP("PledgesModel", "Kết quả thực hiện"))

    def cells(self, p: PledgeProgress) -> list:
        return [ROMAN.get(p.quarter, ""), fmt_date(p.recorded_on), p.note]


class CollectiveModel(_RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("PledgesModel", "Vấn đề đăng ký giải quyết"), QT_TRANSLATE_NOOP("PledgesModel", "Chỉ tiêu"),
               QT_TRANSLATE_NOOP("PledgesModel", "Thời hạn"), QT_TRANSLATE_NOOP("PledgesModel", "Kết quả"),
               QT_TRANSLATE_NOOP("PledgesModel", "Đánh giá"))

    def cells(self, c: CollectivePledge) -> list:
        return [c.problem, c.target, fmt_date(c.deadline), c.result, vocab(c.level) if c.level else ""]
