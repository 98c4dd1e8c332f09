"""A debt's schedule, each instalment marked paid, part paid, overdue or to come."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt

from debtdesk.domain.money import format_amount, to_minor
from debtdesk.domain.overdue import Stage
from debtdesk.domain.schedule import Instalment
from debtdesk.ui.debts_model import stage_colour
from debtdesk.domain.status import DebtStatus
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleModel", text)


@dataclass(frozen=True)
class ScheduleRow:
    inst: Instalment
    covered: Decimal  # how much of this instalment payments have covered (oldest first)
    overdue: bool

    @property
    def status(self) -> str:
        if self.covered >= self.inst.payment:
            return _tr("Paid")
        if self.overdue:
            return _tr("Overdue, part paid") if self.covered > 0 else _tr("Overdue")
        return _tr("Part paid") if self.covered > 0 else _tr("To come")


def schedule_rows(view: DebtStatus) -> list[ScheduleRow]:
    as_of = view.state.as_of
    return [ScheduleRow(part.instalment, part.covered, part.instalment.due_date < as_of and not part.settled)
            for part in view.allocations]


def _amount(getter):
    return (lambda r: format_amount(getter(r)), lambda r: to_minor(getter(r)), RIGHT)


class ScheduleModel(RowTableModel):
    columns = [
        Column(lambda: _tr("#"), lambda r: str(r.inst.number), lambda r: r.inst.number, RIGHT),
        Column(lambda: _tr("Due date"), lambda r: r.inst.due_date.isoformat()),
        Column(lambda: _tr("Payment"), *_amount(lambda r: r.inst.payment)),
        Column(lambda: _tr("Principal"), *_amount(lambda r: r.inst.principal)),
        Column(lambda: _tr("Interest"), *_amount(lambda r: r.inst.interest)),
        Column(lambda: _tr("Balance after"), *_amount(lambda r: r.inst.balance)),
        Column(lambda: _tr("Status"), lambda r: r.status),
    ]

    def set_view(self, view: DebtStatus | None) -> None:
        self.set_rows(schedule_rows(view) if view else [])

    def extra_data(self, row: ScheduleRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return stage_colour(Stage.LATE)
        return None

