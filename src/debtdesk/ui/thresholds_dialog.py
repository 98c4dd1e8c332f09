"""Editing the overdue stage thresholds: for every lender, or for one lender.

Lenders differ (some call 1–15 days 'early'); the defaults come from
DOMAIN.md.  A lender without its own thresholds follows the global ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QSpinBox, QWidget

from debtdesk.domain.overdue import StageThresholds
from debtdesk.services.settings import all_thresholds, change_thresholds, thresholds as current_thresholds
from debtdesk.ui.session import Session
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.undo import StoreCommand
from debtdesk.ui.form_fields import save_cancel

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

NAMES = ("early", "mid", "late", "severe")


class ThresholdsDialog(QDialog):
    """Returns its choice in `result_change`: (lender id or None, thresholds or None)."""

    def __init__(self, parent: QWidget | None, session: Session):
        super().__init__(parent)
        self.setObjectName("ThresholdsDialog")
        self.setWindowTitle(translate("ThresholdsDialog", "Overdue stages"))
        self.session = session
        self.base, self.per_lender = all_thresholds(session.store)
        self.result_change = None
        self.scope = QComboBox()
        self.scope.addItem(translate("ThresholdsDialog", "Every lender (the default)"), None)
        for lender in session.store.lenders():
            self.scope.addItem(lender.name, lender.id)
        self.own = QCheckBox(translate("ThresholdsDialog", "This lender has its own thresholds"))
        self.spins = {name: QSpinBox() for name in NAMES}
        for spin in self.spins.values():
            spin.setRange(1, 3650)
            spin.setSuffix(translate("ThresholdsDialog", " days past due"))
        self.error = plain_label()
        self.error.setObjectName("thresholdsError")
        buttons = save_cancel(self)
        form = QFormLayout(self)
        form.addRow(plain_label(translate(
            "ThresholdsDialog", "The day each stage begins. Stages decide the guidance and the dates on "
            "the timeline.")))
        form.addRow(translate("ThresholdsDialog", "Applies to"), self.scope)
        form.addRow("", self.own)
        for name, text in zip(NAMES, (translate("ThresholdsDialog", "Early overdue from"),
                                      translate("ThresholdsDialog", "Mid overdue from"),
                                      translate("ThresholdsDialog", "Late overdue from"),
                                      translate("ThresholdsDialog", "Severe from"))):
            form.addRow(text, self.spins[name])
        form.addRow(self.error)
        form.addRow(buttons)
        self.scope.currentIndexChanged.connect(lambda _: self.show_scope())
        self.own.toggled.connect(lambda on: [s.setEnabled(on or self.lender_id() is None)
                                             for s in self.spins.values()])
        self.show_scope()

    def lender_id(self) -> int | None:
        return self.scope.currentData()

    def show_scope(self) -> None:
        lender = self.lender_id()
        current = self.base if lender is None else self.per_lender.get(lender, self.base)
        self.own.setVisible(lender is not None)
        self.own.setChecked(lender in self.per_lender)
        for name in NAMES:
            self.spins[name].setValue(getattr(current, name))
            self.spins[name].setEnabled(lender is None or lender in self.per_lender)

    def try_accept(self) -> None:
        lender = self.lender_id()
        if lender is not None and not self.own.isChecked():
            self.result_change = (lender, None)
            self.accept()
            return
        try:
            thresholds = StageThresholds(**{name: spin.value() for name, spin in self.spins.items()})
        except ValueError:
            self.error.setText(translate("ThresholdsDialog", "⚠ Each stage must begin later than the one before it."))
            return
        self.result_change = (lender, thresholds)
        self.accept()


class ChangeThresholds(StoreCommand):
    """One undoable change of the global or one lender's thresholds."""

    def __init__(self, session: Session, lender_id: int | None, thresholds: StageThresholds | None):
        super().__init__(translate("ThresholdsDialog", "Change overdue stages"))
        self.session, self.lender_id, self.after = session, lender_id, thresholds
        self.before = current_thresholds(session.store, lender_id)

    def _apply(self, thresholds: StageThresholds | None, expected: StageThresholds | None) -> None:
        # Refused, writing nothing, if they were changed elsewhere since (theirs is kept).
        self.session.notify(change_thresholds(
            self.session.store, self.lender_id, thresholds, expected,
            what=QCoreApplication.translate("ThresholdsDialog", "The overdue stages")))

    def apply(self) -> None:
        self._apply(self.after, self.before)

    def revert(self) -> None:
        self._apply(self.before, self.after)
