"""Small widget helpers shared by the screens."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTableView, QWidget


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


class ScrollWhenSmall(QScrollArea):
    """Its widget at its own size, with scroll bars only when the window is smaller than the widget's minimum.

    A resizable QScrollArea sizes a widget holding word-wrapped labels by
    their height for the width, which scrolled even at the default window
    size; this uses the minimum size the window itself used to keep.
    """

    def __init__(self, widget: QWidget):
        super().__init__()
        self.setObjectName("pagesScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(widget)
        widget.installEventFilter(self)

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        available, minimum = self.size(), widget.minimumSizeHint()
        width, height = available.width(), available.height()
        if minimum.height() > height:  # a vertical scroll bar takes its room
            width -= self.verticalScrollBar().sizeHint().width()
        if minimum.width() > width:
            height -= self.horizontalScrollBar().sizeHint().height()
        widget.resize(max(width, minimum.width()), max(height, minimum.height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self.fit)  # once the layout knows its new minimum
        return super().eventFilter(watched, event)
