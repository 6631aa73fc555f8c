"""The receiving page's own grids: the reported/late grid of a year (a GridCell per cell and
period, its reason as the tooltip), the consolidated figures of a period (per cell and in
total, the very numbers of the PDF and the spreadsheet: consolidation.consolidated_figures),
and a text grid whose rows carry a tooltip (the import results, the held files, the log)."""

from __future__ import annotations

from typing import Any

from ...domain.book.vocabulary import ReviewLevel
from ..common import domain_text, fmt_date, vocab
from ..qt import QBrush, QColor, QCoreApplication, QFont, QLocale, QT_TRANSLATE_NOOP, Qt
from .base import RowsModel
from .text_grid import TextGridModel

CONTEXT = "ReceivingModels"
LEVEL_CODES = tuple(level.value for level in ReviewLevel)

GRID_TEXT = {
    "reported": QT_TRANSLATE_NOOP("ReceivingModels", "✓"),
    "reported_late": QT_TRANSLATE_NOOP("ReceivingModels", "✓ muộn"),
    "returned": QT_TRANSLATE_NOOP("ReceivingModels", "↩ trả lại để sửa"),
    "late": QT_TRANSLATE_NOOP("ReceivingModels", "✗ chưa nộp (quá hạn)"),
    "not_due": QT_TRANSLATE_NOOP("ReceivingModels", "chưa đến hạn"),
    "not_expected": QT_TRANSLATE_NOOP("ReceivingModels", "— không phải nộp"),
}
GRID_COLOURS = {"reported": "#d8f0d8", "reported_late": "#fff1c2", "returned": "#e4d4f4", "late": "#f8d0d0",
                "not_due": "#ffffff", "not_expected": "#eeeeee"}
STATUS_TEXT = {
    "reported": QT_TRANSLATE_NOOP("ReceivingModels", "Đã nộp"),
    "reported_late": QT_TRANSLATE_NOOP("ReceivingModels", "Nộp muộn"),
    "returned": QT_TRANSLATE_NOOP("ReceivingModels", "Trả lại để sửa"),
    "late": QT_TRANSLATE_NOOP("ReceivingModels", "Quá hạn, chưa nộp"),
    "not_due": QT_TRANSLATE_NOOP("ReceivingModels", "Chưa đến hạn"),
}
FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivingModels", "Chi bộ"), QT_TRANSLATE_NOOP("ReceivingModels", "Tình trạng"),
    QT_TRANSLATE_NOOP("ReceivingModels", "Ngày\nnhận"), QT_TRANSLATE_NOOP("ReceivingModels", "Bản\nlần"),
    QT_TRANSLATE_NOOP("ReceivingModels", "Đảng\nviên"), QT_TRANSLATE_NOOP("ReceivingModels", "Buổi\nsinh hoạt"),
    QT_TRANSLATE_NOOP("ReceivingModels", "Lượt\ntriệu tập"), QT_TRANSLATE_NOOP("ReceivingModels", "Lượt\ncó mặt"),
    QT_TRANSLATE_NOOP("ReceivingModels", "Tỷ lệ\ndự"), QT_TRANSLATE_NOOP("ReceivingModels", "ĐV\nđăng ký"),
    QT_TRANSLATE_NOOP("ReceivingModels", "ĐV được\nđánh giá"),
)
LEVEL_SHORT = {ReviewLevel.EXCELLENT: QT_TRANSLATE_NOOP("ReceivingModels", "HTXS"),
               ReviewLevel.GOOD: QT_TRANSLATE_NOOP("ReceivingModels", "HTT"),
               ReviewLevel.DONE: QT_TRANSLATE_NOOP("ReceivingModels", "HT"),
               ReviewLevel.NOT_DONE: QT_TRANSLATE_NOOP("ReceivingModels", "KHT")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def grid_state(cell) -> str:
    """A GridCell's key in GRID_TEXT: a period before the cell's first one is not 'not yet due'."""
    return "not_expected" if cell.status == "not_due" and not cell.expected else cell.status


def grid_text(cell) -> str:
    """What one cell of the reported/late grid says: its state, the day the first revision
    arrived, and "bản lần N" (the current revision of that cell and period) from the second on."""
    text = _tr(GRID_TEXT[grid_state(cell)])
    if cell.received_on:
        text += f" {fmt_date(cell.received_on)}"
    if cell.revision and cell.revision > 1:
        text += ", " + QCoreApplication.translate("ReceivingModels", "bản lần {n}").format(n=cell.revision)
    return text


class TipGridModel(TextGridModel):
    """A TextGridModel whose rows each carry a tooltip (a refusal's or a hold's reason, whole)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(headers, parent)
        self._tips: list[str] = []

    def set_rows(self, rows: list[tuple], colours: list[Any] | None = None, keys: list[Any] | None = None,
                 headers: list[str] | None = None, tips: list[str] | None = None) -> None:
        self._tips = list(tips or [])
        super().set_rows(rows, colours, keys, headers)

    def tip_at(self, row: int) -> str:
        return self._tips[row] if 0 <= row < len(self._tips) else ""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole and index.isValid() and self.tip_at(index.row()):
            return self.tip_at(index.row())
        return super().data(index, role)


class ReportingGridModel(RowsModel):
    """The reported/late grid of a year: a row per expected cell, a column per period; each
    cell's tooltip says why it is in its state (consolidation.reporting_grid's reasons)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [QCoreApplication.translate("ReceivingModels", "Chi bộ")]

    def set_grid(self, grid: list[tuple[Any, list]], headers: list[str]) -> None:
        self.beginResetModel()
        self._headers = [QCoreApplication.translate("ReceivingModels", "Chi bộ"), *headers]
        self._rows = [(cell.name, list(states)) for cell, states in grid]
        self.endResetModel()

    def state_at(self, row: int, column: int):
        """The GridCell shown at (row, column ≥ 1)."""
        return self._rows[row][1][column - 1]

    def texts(self) -> list[tuple[str, ...]]:
        return [(name, *(grid_text(s) for s in states)) for name, states in self._rows]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        name, states = self._rows[index.row()]
        if index.column() == 0:
            return name if role in (Qt.DisplayRole, Qt.ToolTipRole) else None
        state = states[index.column() - 1]
        if role == Qt.DisplayRole:
            return grid_text(state)
        if role == Qt.ToolTipRole:
            tip = domain_text(state.reason)
            if state.revisions > 1:
                tip += "\n" + QCoreApplication.translate("ReceivingModels", "Đã nhận {count} bản của kỳ này; bản đang dùng là bản lần {n}.").format(
                    count=state.revisions, n=state.revision)
            return tip
        if role == Qt.BackgroundRole:
            return QBrush(QColor(GRID_COLOURS[grid_state(state)]))
        return None


def _percent(rate: float | None) -> str:
    """As the consolidated PDF prints it (documents/page.percent), in the interface's locale."""
    return "" if rate is None else QLocale().toString(rate * 100, "f", 1) + "%"


class ConsolidatedModel(RowsModel):
    """The *Tổng hợp* figures of one period: a row per cell listed (consolidated_figures), then
    the totals row (documents/consolidated.totals_of), as the PDF and the spreadsheet have them.
    A cell that has not reported shows its state and no figures."""

    NUMBERS = ("members", "sessions_held", "summoned", "present", "rate", "pledged", "reviewed",
               *LEVEL_CODES)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figures = None
        self._headers = [_tr(h) for h in FIGURE_HEADERS] + [_tr(LEVEL_SHORT[level]) for level in ReviewLevel]
        self._level_tips = [vocab(level) for level in ReviewLevel]

    def set_figures(self, figures) -> None:
        self.beginResetModel()
        self.figures = figures
        self._rows = [*figures.rows, figures.totals] if figures is not None and figures.rows else []
        self.endResetModel()

    def is_totals(self, row: int) -> bool:
        return self.figures is not None and row == len(self.figures.rows)

    def texts(self) -> list[tuple[str, ...]]:
        return [tuple(self.data(self.index(r, c)) for c in range(self.columnCount())) for r in range(self.rowCount())]

    def _row_text(self, row, column: int) -> str:
        if column == 0:
            return row.cell_name
        if column == 1:
            return _tr(STATUS_TEXT[row.status]) if row.status in STATUS_TEXT else ""
        if not row.reported:
            return ""
        if column == 2:
            return fmt_date(row.report_date)
        if column == 3:
            return str(row.revision or "")
        return self._number(row, column)

    def _totals_text(self, totals, column: int) -> str:
        if column == 0:
            return QCoreApplication.translate("ReceivingModels", "Tổng cộng")
        if column == 1:
            return QCoreApplication.translate("ReceivingModels", "{reported}/{cells} đã nộp").format(reported=totals.reported, cells=totals.cells)
        if column in (2, 3):
            return ""
        return self._number(totals, column)

    def _number(self, row, column: int) -> str:
        key = self.NUMBERS[column - 4]
        if key == "rate":
            return _percent(row.attendance_rate)
        if key in LEVEL_CODES:
            return str(row.levels.get(key, 0))
        return str(getattr(row, key))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, column = index.row(), index.column()
        totals = self.is_totals(r)
        row = self._rows[r]
        if role == Qt.DisplayRole:
            return self._totals_text(row, column) if totals else self._row_text(row, column)
        if role == Qt.ToolTipRole:
            if totals:
                return QCoreApplication.translate("ReceivingModels", "Cộng các chi bộ đã nộp. Tỷ lệ dự = tổng lượt có mặt / tổng lượt triệu tập, "
                           "không phải trung bình các tỷ lệ.")
            return domain_text(row.reason) or row.cell_name
        if role == Qt.TextAlignmentRole and column >= 3:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and not totals and row.status:
            return QBrush(QColor(GRID_COLOURS.get(row.status, "#ffffff")))
        if role == Qt.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.ToolTipRole and orientation == Qt.Horizontal and section >= len(self._headers) - len(self._level_tips):
            return self._level_tips[section - (len(self._headers) - len(self._level_tips))]
        return super().headerData(section, orientation, role)
