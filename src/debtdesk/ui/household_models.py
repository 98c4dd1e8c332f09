"""Table models for the household plan page: the debts, the months, one debt's schedule.

The models only show what `domain.household` computed.  The one editable
cell, a debt's treatment, does not change anything itself: it emits
`treatment_chosen`, and the page turns that into an undo command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from debtdesk.domain.household import DebtLine, HouseholdPlan, LenderOffer, MonthRun
from debtdesk.domain.money import format_amount, to_minor
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel

KEEP, PROPOSE = "keep", "propose"


def _amount(getter):
    return (lambda r: format_amount(getter(r)), lambda r: to_minor(getter(r)), RIGHT)


def _optional(value) -> str:
    return "—" if value is None else format_amount(value)


@dataclass(frozen=True)
class DebtRow:
    line: DebtLine
    plan: HouseholdPlan

    @property
    def offer(self) -> LenderOffer:
        """Worked out by the plan when this row is first shown (then kept there)."""
        return self.plan.offer(self.line.debt.id)

    @property
    def treatment(self) -> str:
        return KEEP if self.line.plan is None else PROPOSE


def treatment_text(treatment: str) -> str:
    if treatment == KEEP:
        return QCoreApplication.translate("HouseholdModels", "Keep paying")
    return QCoreApplication.translate("HouseholdModels", "Proposal")


def _fit_text(row: DebtRow) -> str:
    offer = row.offer
    if offer.fits is None:
        return "—"
    if offer.fits:
        return QCoreApplication.translate("HouseholdModels", "fits")
    if offer.group.first:
        return QCoreApplication.translate("HouseholdModels", "paid first: short in {count} month(s)").format(
            count=len(offer.short_months))
    if offer.settlement is not None:
        return QCoreApplication.translate("HouseholdModels", "lump sum short by {amount}").format(
            amount=format_amount(offer.short_by))
    return QCoreApplication.translate("HouseholdModels", "{amount} a month over its share").format(
        amount=format_amount(offer.short_by))


def _priority_text(row: DebtRow) -> str:
    return QCoreApplication.translate("HouseholdModels", "priority") if row.line.debt.priority else ""


class HouseholdDebtsModel(RowTableModel):
    LENDER, BALANCE, PRIORITY, TREATMENT, MONTHLY, SHARE, FITS = range(7)
    treatment_chosen = Signal(int, str)  # debt id, KEEP or PROPOSE

    columns = [
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Lender"), lambda r: r.line.debt.lender.name),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Owed today"), *_amount(lambda r: r.offer.balance)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Priority"), _priority_text),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Treatment"), lambda r: treatment_text(r.treatment)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Monthly payment"),
               *_amount(lambda r: r.offer.monthly_payment)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Fair share"), lambda r: _optional(r.offer.share),
               lambda r: to_minor(r.offer.share) if r.offer.share is not None else -1, RIGHT),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Check"), _fit_text),
    ]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.TREATMENT else flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.TREATMENT:
            return self.row_object(index.row()).treatment
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TREATMENT or value not in (KEEP, PROPOSE):
            return False
        row = self.row_object(index.row())
        if value != row.treatment:
            self.treatment_chosen.emit(row.line.debt.id, value)
        return True

    def row_of(self, debt_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows()) if r.line.debt.id == debt_id), None)


class TreatmentDelegate(QStyledItemDelegate):
    """A combo box to choose between keeping a debt as contracted and a proposal."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = QComboBox(parent)
        for value in (KEEP, PROPOSE):
            editor.addItem(treatment_text(value), value)
        editor.activated.connect(lambda _: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _months_text(run: MonthRun) -> str:
    first = run.first.strftime("%Y-%m")
    if run.count == 1:
        return first
    return QCoreApplication.translate("HouseholdModels", "{first} to {last} ({count} months)").format(
        first=first, last=run.last.strftime("%Y-%m"), count=run.count)


class MonthRunsModel(RowTableModel):
    columns = [
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Months"), _months_text,
               lambda r: r.first.isoformat()),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Debts paid first"),
               *_amount(lambda r: r.provided_first)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Offered to lenders"), *_amount(lambda r: r.shared)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Total"), *_amount(lambda r: r.total)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Available"), lambda r: _optional(r.available),
               None, RIGHT),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Short by"),
               lambda r: format_amount(r.short) if r.short > 0 else "", None, RIGHT),
    ]


class PlanRowsModel(RowTableModel):
    columns = [
        Column(lambda: QCoreApplication.translate("HouseholdModels", "#"), lambda r: str(r.number),
               lambda r: r.number, RIGHT),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Date"), lambda r: r.due_date.isoformat()),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Payment"), *_amount(lambda r: r.payment)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Principal"), *_amount(lambda r: r.principal)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Interest"), *_amount(lambda r: r.interest)),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Balance after"), *_amount(lambda r: r.balance)),
    ]


class AsksModel(RowTableModel):
    """What a debt kept as contracted asks: its arrears at the start, then each instalment."""

    columns = [
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Date"), lambda a: a.on.isoformat()),
        Column(lambda: QCoreApplication.translate("HouseholdModels", "Payment"), *_amount(lambda a: a.amount)),
    ]
