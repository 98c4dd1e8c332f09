"""The debt register: a sortable, filterable table of every debt."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from debtdesk.ui.debt_detail import make_table
from debtdesk.ui.debts_model import DebtsModel
from debtdesk.ui.table_model import ROW_ROLE, SORT_ROLE
from debtdesk.ui.widgets import select_source_row


class DebtFilter(QSortFilterProxyModel):
    """Text filter over every column, plus 'only overdue debts'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.only_overdue = False

    def set_only_overdue(self, value: bool) -> None:
        self.beginFilterChange()
        self.only_overdue = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts its own rows with keys worked out once (`DebtsModel.sort`); the proxy,
        left unsorted, keeps the model's order and only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.only_overdue:
            view = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
            if view.state.days_past_due <= 0:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class Register(QWidget):
    debt_selected = Signal(object)  # debt id or None
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DebtsModel(self)
        self.proxy = DebtFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, "debtTable")
        self._sized = False
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DebtsModel.STAGE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit_requested.emit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.debt_selected.emit(self.selected_id()))

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Filter by lender, kind, stage…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_overdue = QCheckBox(self.tr("Only overdue"))
        self.only_overdue.toggled.connect(self.proxy.set_only_overdue)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.only_overdue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def set_views(self, views) -> None:
        selected = self.selected_id()
        self.model.set_rows(views)
        if not self._sized and self.model.rowCount():
            # Columns fitted once to the first rows shown, then left as they are (or as the user
            # drags them): ResizeToContents measured rows again on every sort and reload.
            header = self.table.horizontalHeader()
            self.table.resizeColumnsToContents()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            self._sized = True
        if selected is not None:
            self.select(selected)
        elif self.proxy.rowCount():
            self.table.selectRow(0)  # the worst debt first: the detail is never empty for nothing

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ROW_ROLE).debt.id

    def select(self, debt_id: int) -> None:
        select_source_row(self.table, self.proxy, self.model, self.model.row_of(debt_id))
