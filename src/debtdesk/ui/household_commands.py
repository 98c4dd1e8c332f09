"""Undo commands for the budget statement and the evidence checklist.

As in `commands.py`: each redo/undo is one call to `debtdesk.services.budgets`
or `debtdesk.services.evidence` (one transaction), whose changes go to
`session.notify()`.  `QUndoStack.push()` runs `redo()` at once; ids assigned
then are kept, so a redo after an undo brings back the same rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.budget import Budget
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus, HardshipReason
from debtdesk.services import budgets, evidence
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand
from debtdesk.ui.i18n import marked, show_date



class _Command(StoreCommand):
    def __init__(self, session: Session, text: str):
        super().__init__(text)
        self.session = session

    @property
    def store(self):
        return self.session.store

    def _keep(self, done):
        """Tell the session what a use case changed; its value for the caller to keep."""
        self.session.notify(done.changes)
        return done.value


# -- budget statements -------------------------------------------------------------
class AddBudget(_Command):
    """A new snapshot (empty, or with lines); `self.budget` holds it with its ids."""

    def __init__(self, session: Session, budget: Budget):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "New budget of {date}").format(date=show_date(budget.taken_on)))
        self.budget = budget

    def apply(self) -> None:
        self.budget = self._keep(budgets.add_budget(self.store, self.budget))

    def revert(self) -> None:
        self._keep(budgets.delete_budget(self.store, self.budget.id, expected=self.budget))


class CopyBudget(_Command):
    """A copy of a snapshot under a new date; `self.budget` is the copy once done."""

    def __init__(self, session: Session, source_id: int, taken_on: date, name: str | None = None,
                 currency: str | None = None):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Copy budget to {date}").format(date=show_date(taken_on)))
        self.source_id = source_id
        self.taken_on = taken_on
        self.name = name
        self.currency = currency
        self.budget: Budget | None = None

    def apply(self) -> None:
        if self.budget is None:
            self.budget = self._keep(budgets.copy_budget(self.store, self.source_id, self.taken_on, self.name,
                                                         self.currency))
        else:
            self._keep(budgets.restore_budget(self.store, self.budget))

    def revert(self) -> None:
        self._keep(budgets.delete_budget(self.store, self.budget.id, expected=self.budget))


class EditBudget(_Command):
    """Any change to one snapshot (its date, name or lines): only the differences are written."""

    def __init__(self, session: Session, before: Budget, after: Budget, text: str | None = None):
        super().__init__(session, text or QCoreApplication.translate(
            "HouseholdCommands", "Edit budget of {date}").format(date=show_date(before.taken_on)))
        self.before = before
        self.after = replace(after, id=before.id)

    def apply(self) -> None:
        self.after = self._keep(budgets.change_budget(self.store, self.before, self.after))  # new lines keep their ids

    def revert(self) -> None:
        self._keep(budgets.change_budget(self.store, self.after, self.before))


class DeleteBudget(_Command):
    def __init__(self, session: Session, budget: Budget):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Delete budget of {date}").format(date=show_date(budget.taken_on)))
        self.budget_id = budget.id
        self.expected = budget
        self.snapshot: Budget | None = None

    def apply(self) -> None:
        self.snapshot = self._keep(budgets.delete_budget(self.store, self.budget_id, expected=self.expected))
        self.expected = self.snapshot

    def revert(self) -> None:
        self._keep(budgets.restore_budget(self.store, self.snapshot))


# -- the evidence checklist -----------------------------------------------------------
class SetReasons(_Command):
    """Choose the hardship reasons; consecutive choices merge into one undo step."""

    ID = 0x45564452  # 'EVDR'

    def __init__(self, session: Session, before: list[HardshipReason], after: list[HardshipReason]):
        super().__init__(session, QCoreApplication.translate("HouseholdCommands", "Choose hardship reasons"))
        self.before = list(before)
        self.after = list(after)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetReasons) or other.session is not self.session or other.isObsolete():
            return False  # a change that failed to save must not ride along with one that did
        self.after = other.after
        return True

    def apply(self) -> None:
        self.session.notify(evidence.set_reasons(self.store, self.after, expected=self.before))

    def revert(self) -> None:
        self.session.notify(evidence.set_reasons(self.store, self.before, expected=self.after))


class ProposeChecklist(_Command):
    """Add the checklist items for the reasons that are not there yet."""

    def __init__(self, session: Session, reasons: list[HardshipReason], translate: Callable[[str], str]):
        super().__init__(session, QCoreApplication.translate("HouseholdCommands", "Propose evidence checklist"))
        self.reasons = list(reasons)
        self.translate = translate
        self.added: list[EvidenceItem] | None = None
        self.snapshots: list = []  # the items as they were when undone, with their files

    def apply(self) -> None:
        if self.added is None:
            self.added = self._keep(evidence.propose_checklist(self.store, self.reasons, self.translate))
        else:
            self.session.notify(evidence.restore_items(self.store, self.snapshots))

    def revert(self) -> None:
        self.snapshots = self._keep(evidence.delete_items(self.store, [item.id for item in self.added]))


class AddItem(_Command):
    def __init__(self, session: Session, item: EvidenceItem):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Add evidence item “{title}”").format(title=item.title))
        self.item = item

    def apply(self) -> None:
        self.item = self._keep(evidence.add_item(self.store, self.item))  # keeps its id and position on redo

    def revert(self) -> None:
        self._keep(evidence.delete_item(self.store, self.item.id, expected=self.item))


class EditItem(_Command):
    """A change to one item (title, status and dates, notes): only the differences are written."""

    def __init__(self, session: Session, before: EvidenceItem, after: EvidenceItem, text: str):
        super().__init__(session, text)
        self.before = before
        self.after = replace(after, id=before.id)

    def apply(self) -> None:
        self.session.notify(evidence.change_item(self.store, self.before, self.after))

    def revert(self) -> None:
        self.session.notify(evidence.change_item(self.store, self.after, self.before))


def rename_item(session: Session, item: EvidenceItem, title: str) -> EditItem:
    return EditItem(session, item, replace(item, title=title),
                    QCoreApplication.translate(
                        "HouseholdCommands", "Rename evidence item to “{title}”").format(title=title))


_STATUS_TEXT = {
    EvidenceStatus.NEEDED: QT_TRANSLATE_NOOP("HouseholdCommands", "Mark “{title}” as still needed"),
    EvidenceStatus.REQUESTED: QT_TRANSLATE_NOOP("HouseholdCommands", "Mark “{title}” as requested"),
    EvidenceStatus.OBTAINED: QT_TRANSLATE_NOOP("HouseholdCommands", "Mark “{title}” as obtained"),
    EvidenceStatus.SENT: QT_TRANSLATE_NOOP("HouseholdCommands", "Mark “{title}” as sent"),
}


def set_item_status(session: Session, item: EvidenceItem, status: EvidenceStatus,
                    on: date | None = None) -> EditItem:
    """Stamps the session's date (never the clock), or `on`, a date the person chose."""
    after = item.with_status(status, session.as_of) if on is None else item.with_status(status, on, chosen=True)
    return EditItem(session, item, after,
                    marked("HouseholdCommands", _STATUS_TEXT[status]).format(title=item.title))


def set_item_notes(session: Session, item: EvidenceItem, notes: str) -> EditItem:
    return EditItem(session, item, replace(item, notes=notes),
                    QCoreApplication.translate("HouseholdCommands", "Edit notes of “{title}”").format(
                        title=item.title))


class DeleteItem(_Command):
    def __init__(self, session: Session, item: EvidenceItem):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Remove evidence item “{title}”").format(title=item.title))
        self.item_id = item.id
        self.snapshot = None  # the item with its files, once deleted

    def apply(self) -> None:
        self.snapshot = self._keep(evidence.delete_item(self.store, self.item_id))

    def revert(self) -> None:
        self.session.notify(evidence.restore_items(self.store, [self.snapshot]))


class ReorderItems(_Command):
    def __init__(self, session: Session, before: list[int], after: list[int]):
        super().__init__(session, QCoreApplication.translate("HouseholdCommands", "Reorder evidence items"))
        self.before = list(before)
        self.after = list(after)
        self.items = None  # the items with their positions before, once reordered

    def apply(self) -> None:
        self.items = self._keep(evidence.reorder_items(self.store, self.after, expected=self.before))

    def revert(self) -> None:  # each item back at its own position (a gap a deleted item left stays)
        self.session.notify(evidence.restore_order(self.store, self.items))


class AttachFiles(_Command):
    """Record files already copied in (`services.evidence.stage_files`) for an item; undo keeps the copies."""

    def __init__(self, session: Session, item: EvidenceItem, staged: list):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Attach {count} file(s) to “{title}”").format(count=len(staged),
                                                                                    title=item.title))
        self.item_id = item.id
        self.staged = list(staged)
        self.attachments: list[Attachment] | None = None
        self.rows: tuple[dict, ...] = ()

    def apply(self) -> None:
        if self.attachments is None:
            self.attachments = self._keep(evidence.attach_staged(self.store, self.item_id, self.staged))
        else:
            self.session.notify(evidence.reattach(self.store, self.rows))

    def revert(self) -> None:
        self.rows = self._keep(evidence.detach(self.store, self.item_id, [a.id for a in self.attachments]))


class RemoveAttachment(_Command):
    """Take a file off an item; the stored copy stays until nothing can undo back to it."""

    def __init__(self, session: Session, attachment: Attachment):
        super().__init__(session, QCoreApplication.translate(
            "HouseholdCommands", "Remove file “{name}”").format(name=attachment.original_name))
        self.attachment = attachment
        self.rows: tuple[dict, ...] = ()

    def apply(self) -> None:
        self.rows = self._keep(evidence.detach(self.store, self.attachment.owner_id, [self.attachment.id]))

    def revert(self) -> None:
        self.session.notify(evidence.reattach(self.store, self.rows))
