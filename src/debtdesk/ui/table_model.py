"""A small base for read-only table models built from a list of row objects.

Subclasses declare columns as (header, display, sort key, alignment) and
supply the rows; sorting through QSortFilterProxyModel uses SORT_ROLE so
amounts sort as numbers and dates as dates, not as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT


class ColumnsModel(QAbstractTableModel):
    """A table whose columns are a list of objects with a `header()`: their count and their headers."""

    columns: list = []

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
        return None


class RowTableModel(ColumnsModel):
    columns: list[Column] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort_keys: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = {}
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        obj = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(obj)
        if role == SORT_ROLE:
            # Qt asks once per comparison (thousands of times per sort): each key is worked out once.
            cell = (index.row(), index.column())
            if cell not in self._sort_keys:
                self._sort_keys[cell] = (column.sort_key or column.display)(obj)
            return self._sort_keys[cell]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == ROW_ROLE:
            return obj
        return self.extra_data(obj, index.column(), role)

    def extra_data(self, obj: Any, column: int, role: int):
        """Hook for subclasses: colours, tooltips, fonts."""
        return None
