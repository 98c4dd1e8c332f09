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

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


@dataclass(frozen=True)
class ScheduleRow:
    inst: Instalment
    covered: Decimal  # how much of this instalment payments have covered (oldest first)
    overdue: bool

    @property
    def status(self) -> str:
        if self.covered >= self.inst.payment:
            return translate("ScheduleModel", "Paid")
        if self.overdue:
            return translate(
                "ScheduleModel", "Overdue, part paid") if self.covered > 0 else translate("ScheduleModel", "Overdue")
        return translate("ScheduleModel", "Part paid") if self.covered > 0 else translate("ScheduleModel", "To come")


def schedule_rows(view: DebtStatus) -> list[ScheduleRow]:
    as_of = view.state.as_of
    return [ScheduleRow(part.instalment, part.covered, part.instalment.due_date < as_of and not part.settled)
            for part in view.allocations]


def _amount(getter):
    return (lambda r: format_amount(getter(r)), lambda r: to_minor(getter(r)), RIGHT)


class ScheduleModel(RowTableModel):
    columns = [
        Column(lambda: translate("ScheduleModel", "#"), lambda r: str(r.inst.number), lambda r: r.inst.number, RIGHT),
        Column(lambda: translate("ScheduleModel", "Due date"), lambda r: r.inst.due_date.isoformat()),
        Column(lambda: translate("ScheduleModel", "Payment"), *_amount(lambda r: r.inst.payment)),
        Column(lambda: translate("ScheduleModel", "Principal"), *_amount(lambda r: r.inst.principal)),
        Column(lambda: translate("ScheduleModel", "Interest"), *_amount(lambda r: r.inst.interest)),
        Column(lambda: translate("ScheduleModel", "Balance after"), *_amount(lambda r: r.inst.balance)),
        Column(lambda: translate("ScheduleModel", "Status"), lambda r: r.status),
    ]

    def set_view(self, view: DebtStatus | None) -> None:
        self.set_rows(schedule_rows(view) if view else [])

    def extra_data(self, row: ScheduleRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return stage_colour(Stage.LATE)
        return None

