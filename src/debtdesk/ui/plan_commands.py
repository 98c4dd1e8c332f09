"""The undo command for the household plan: the whole plan before and after, saved in one transaction
(`services.plans.save_plan`).

Consecutive changes to the same thing (typing a lower payment, stepping a
spin box for one debt) merge into one entry, so Undo takes back the edit,
not each keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.services.plans import save_plan
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand

_MERGE_ID = 0x484F5553  # 'HOUS'


class ChangePlan(StoreCommand):
    def __init__(self, session: Session, before: HouseholdSpec, after: HouseholdSpec, key: tuple, text: str):
        super().__init__(text)
        self.session, self.before, self.after, self.key = session, before, after, key
        self.on: date = session.as_of

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangePlan) or other.key != self.key or other.before != self.after:
            return False
        self.after = other.after
        return True

    def _save(self, spec: HouseholdSpec) -> None:
        self.session.notify(save_plan(self.session.store, spec, self.on))

    def apply(self) -> None:
        self._save(self.after)

    def revert(self) -> None:
        self._save(self.before)


def change_text(key: tuple) -> str:
    """The Edit menu's words for a change (key: ('options', debt) / ('treatment', debt) / ('start',) …)."""
    texts = {
        "options": QCoreApplication.translate("PlanCommands", "Change a proposal"),
        "treatment": QCoreApplication.translate("PlanCommands", "Change how a debt is treated"),
        "shares": QCoreApplication.translate("PlanCommands", "Suggest fair shares"),
        "start": QCoreApplication.translate("PlanCommands", "Change when the plan starts"),
        "lump_sum": QCoreApplication.translate("PlanCommands", "Change the lump sum for settlements"),
    }
    return texts[key[0]]
