"""Small widget helpers shared by the screens."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableView


def plain_label(text: str = "", bold: bool = False, size_delta: int = 0, selectable: bool = False) -> QLabel:
    """A word-wrapping label that shows user text as text, never as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or size_delta:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSize(max(6, font.pointSize() + size_delta))
        label.setFont(font)
    return label


def select_source_row(table: QTableView, proxy: QSortFilterProxyModel, model: QAbstractItemModel,
                      row: int | None) -> None:
    """Select and reveal a source-model row in a table showing it through a proxy."""
    if row is None:
        return
    index = proxy.mapFromSource(model.index(row, 0))
    if index.isValid():
        table.selectRow(index.row())
        table.scrollTo(index)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text as written (tooltips would render '<b>' as markup)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""
