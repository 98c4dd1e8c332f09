"""The debt register's model: one row per debt, with its overdue state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overdue import Stage
from debtdesk.ui.labels import label
from debtdesk.domain.status import DebtStatus
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel
from debtdesk.ui.widgets import plain_tooltip


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebtsModel", text)


def _next_due(view: DebtStatus) -> str:
    due = view.state.next_due_date
    return due.isoformat() if due else _tr("paid off")


class DebtsModel(RowTableModel):
    LENDER, KIND, CURRENCY, OUTSTANDING, OVERDUE, NEXT_DUE, DPD, STAGE = range(8)
    columns = [
        Column(lambda: _tr("Lender"), lambda v: v.debt.lender.name),
        Column(lambda: _tr("Kind"), lambda v: label(v.debt.kind)),
        Column(lambda: _tr("Currency"), lambda v: v.debt.currency),
        Column(lambda: _tr("Outstanding"), lambda v: format_amount(v.state.outstanding),
               lambda v: to_minor(v.state.outstanding), RIGHT),
        Column(lambda: _tr("Overdue amount"), lambda v: format_amount(v.state.overdue_amount),
               lambda v: to_minor(v.state.overdue_amount), RIGHT),
        Column(lambda: _tr("Next due"), _next_due,
               lambda v: v.state.next_due_date.isoformat() if v.state.next_due_date else "9999"),
        Column(lambda: _tr("Days past due"), lambda v: str(v.state.days_past_due),
               lambda v: v.state.days_past_due, RIGHT),
        Column(lambda: _tr("Stage"), lambda v: f"{label(v.state.stage)} · {v.state.bucket}",
               lambda v: v.state.stage.severity * 1000 + v.state.days_past_due),
    ]

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
