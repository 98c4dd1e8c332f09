"""The debt register's model: one row per debt, with its overdue state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overdue import Stage
from debtdesk.domain.rate_check import RateCheck, rate_check
from debtdesk.domain.rate_lines import RateReference
from debtdesk.ui.labels import label
from debtdesk.domain.status import DebtStatus
from debtdesk.ui.rate_texts import check_text, marker
from debtdesk.ui.table_model import RIGHT, SORT_ROLE, Column, RowTableModel
from debtdesk.ui.widgets import plain_tooltip


def _next_due(view: DebtStatus) -> str:
    due = view.state.next_due_date
    return due.isoformat() if due else QCoreApplication.translate("DebtsModel", "paid off")


class DebtsModel(RowTableModel):
    LENDER, KIND, CURRENCY, OUTSTANDING, OVERDUE, NEXT_DUE, DPD, STAGE, RATE = range(9)
    columns = [
        Column(lambda: QCoreApplication.translate("DebtsModel", "Lender"), lambda v: v.debt.lender.name),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Kind"), lambda v: label(v.debt.kind)),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Currency"), lambda v: v.debt.currency),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Outstanding"),
               lambda v: format_amount(v.state.outstanding), lambda v: to_minor(v.state.outstanding), RIGHT),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Overdue amount"),
               lambda v: format_amount(v.state.overdue_amount), lambda v: to_minor(v.state.overdue_amount), RIGHT),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Next due"), _next_due,
               lambda v: v.state.next_due_date.isoformat() if v.state.next_due_date else "9999"),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Days past due"), lambda v: str(v.state.days_past_due),
               lambda v: v.state.days_past_due, RIGHT),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Stage"),
               lambda v: f"{label(v.state.stage)} · {v.state.bucket}",
               lambda v: v.state.stage.severity * 1000 + v.state.days_past_due),
        Column(lambda: QCoreApplication.translate("DebtsModel", "Interest check"), lambda v: ""),  # see data()
    ]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reference = RateReference()  # the file's lines; the window sets it before each reload
        self._checks: dict[int | None, RateCheck] = {}
        self._checked_views: dict[int | None, DebtStatus] = {}  # the status each check was worked out for
        self._checked_against: RateReference | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # kept across reloads

    def set_rows(self, rows) -> None:
        """Show these statuses; when the same debts come back, only the rows of changed statuses change.

        A payment recomputes one debt's status (the others are the same objects): that row is
        updated in place (or the rows moved, if the order changed) instead of resetting 2,000
        rows, which dropped the selection and re-read every cell.
        """
        rows = list(rows)
        reference_changed = self.reference != self._checked_against
        changed = self._changed_ids(rows, reference_changed)
        self._update_checks(rows, reference_changed)
        if self._sorted_by is not None:
            rows = [rows[i] for i in self._order(rows, *self._sorted_by)]
        if changed is None:
            super().set_rows(rows)
        else:
            self._update_in_place(rows, changed)

    def _changed_ids(self, rows: list[DebtStatus], everything: bool) -> set[int | None] | None:
        """The ids of the rows whose status changed; None when debts came or went (a reset)."""
        shown = {view.debt.id: view for view in self._rows}
        if len(shown) != len(self._rows) or len(rows) != len(shown) or any(v.debt.id not in shown for v in rows):
            return None
        return {v.debt.id for v in rows if everything or shown[v.debt.id] is not v}

    def _update_checks(self, rows: list[DebtStatus], everything: bool) -> None:
        """Each row's interest check, worked out again only for statuses not seen before."""
        kept = {} if everything else self._checked_views
        checks, views = {}, {}
        for view in rows:
            debt_id = view.debt.id
            if kept.get(debt_id) is view:
                checks[debt_id] = self._checks[debt_id]
            else:
                checks[debt_id] = rate_check(view.debt, self.reference, view.schedule)
            views[debt_id] = view
        self._checks, self._checked_views, self._checked_against = checks, views, self.reference

    def _update_in_place(self, rows: list[DebtStatus], changed: set[int | None]) -> None:
        if not changed:
            return
        old_ids = [view.debt.id for view in self._rows]
        if [view.debt.id for view in rows] == old_ids:
            self._rows = rows
            self._sort_keys = {cell: key for cell, key in self._sort_keys.items()
                               if old_ids[cell[0]] not in changed}
            last = len(self.columns) - 1
            for row, debt_id in enumerate(old_ids):
                if debt_id in changed:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {view.debt.id: row for row, view in enumerate(rows)}
        before = self.persistentIndexList()
        self._rows = rows
        self._sort_keys = {}
        self.changePersistentIndexList(before, [self.index(new_row[old_ids[i.row()]], i.column()) for i in before])
        self.layoutChanged.emit()

    # -- sorting -------------------------------------------------------------------------
    def sort_key(self, view: DebtStatus, column: int):
        """What `column` sorts `view` by (the same as SORT_ROLE)."""
        if column == self.RATE:
            return len(self.check_of(view).exceeds)
        spec = self.columns[column]
        return (spec.sort_key or spec.display)(view)

    def _order(self, rows: list, column: int, order: Qt.SortOrder) -> list[int]:
        """Row positions in sorted order: one key per row, one `sorted`.  As Qt's own proxy sort does,
        descending is the stable ascending order reversed (ties too), so the order is the one Qt gave."""
        keys = [self.sort_key(view, column) for view in rows]
        positions = sorted(range(len(rows)), key=keys.__getitem__)
        if order == Qt.SortOrder.DescendingOrder:
            positions.reverse()
        return positions

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, each key worked out once.

        A QSortFilterProxyModel sorting 2,000 rows asks `data()` from C++ once per comparison
        (tens of thousands of Python calls); the register's proxy hands sorting to this instead.
        """
        if not 0 <= column < len(self.columns) or self._sorted_by == (column, order):
            return  # the view asks twice per click (the header's indicator, then the click itself)
        self._sorted_by = (column, order)
        rows = self.rows()
        positions = self._order(rows, column, order)
        self.layoutAboutToBeChanged.emit()
        moved_to = {old: new for new, old in enumerate(positions)}
        # The same rows in a new order, inside the layout change (RowTableModel.set_rows would reset
        # the model and lose the selection); the per-cell SORT_ROLE cache is by row, so it goes.
        self._rows = [rows[i] for i in positions]
        self._sort_keys = {}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved_to[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def check_of(self, view: DebtStatus) -> RateCheck:
        check = self._checks.get(view.debt.id)
        return check if check is not None else rate_check(view.debt, self.reference, view.schedule)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.RATE and 0 <= index.row() < self.rowCount():
            check = self.check_of(self.row_object(index.row()))
            if role == Qt.ItemDataRole.DisplayRole:
                return marker(check)
            if role == SORT_ROLE:
                return len(check.exceeds)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(check_text(check))
            if role == Qt.ItemDataRole.ForegroundRole and check.flagged:
                return stage_colour(Stage.MID)
        return super().data(index, role)

    def debt_ids(self) -> list[int]:
        return [view.debt.id for view in self.rows()]

    def row_of(self, debt_id: int) -> int | None:
        for row, view in enumerate(self.rows()):
            if view.debt.id == debt_id:
                return row
        return None

    def extra_data(self, view: DebtStatus, column: int, role: int):
        stage = view.state.stage
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.DPD, self.STAGE, self.OVERDUE):
            return stage_colour(stage)
        if role == Qt.ItemDataRole.FontRole and column == self.STAGE and stage.severity >= Stage.LATE.severity:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LENDER and view.debt.notes:
            return plain_tooltip(view.debt.notes)
        return None


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def stage_colour(stage: Stage) -> QColor | None:
    """Calm colours that stay readable on light and dark palettes."""
    if stage is Stage.CURRENT:
        return None
    light = {Stage.EARLY: "#8a6d00", Stage.MID: "#b35900", Stage.LATE: "#c0392b", Stage.SEVERE: "#9b1c1c"}
    dark = {Stage.EARLY: "#f0d060", Stage.MID: "#ffb066", Stage.LATE: "#ff8a80", Stage.SEVERE: "#ff6b6b"}
    return QColor((dark if is_dark() else light)[stage])
