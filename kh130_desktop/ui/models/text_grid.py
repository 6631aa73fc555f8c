"""A read-only grid of texts: the receiving page's results, registry, held files, reporting
grid and audit log."""

from __future__ import annotations

from typing import Any

from ..qt import QBrush, QColor, Qt
from .base import RowsModel


class TextGridModel(RowsModel):
    """A tuple of values per row, shown as text; a colour per row or per cell; a key per row
    (the id of what the row shows)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._colours: list[Any] = []  # None, a colour for the row, or a list of colours per cell
        self._keys: list[Any] = []

    def set_rows(self, rows: list[tuple], colours: list[Any] | None = None, keys: list[Any] | None = None,
                 headers: list[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
        self._rows = list(rows)
        self._colours = colours or [None] * len(self._rows)
        self._keys = keys or [None] * len(self._rows)
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return "" if value is None else str(value)
        if role == Qt.BackgroundRole:
            colour = self._colours[index.row()]
            if isinstance(colour, list):
                colour = colour[index.column()]
            return QBrush(QColor(colour)) if colour else None
        return None
