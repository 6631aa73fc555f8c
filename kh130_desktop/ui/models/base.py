"""What every grid's model shares: a list of rows and a header per column."""

from __future__ import annotations

from ..qt import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """A table over `self._rows` with the column titles `self._headers` (set by the subclass)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = []

    def load(self, rows) -> None:
        """Show `rows` instead of what was there."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
