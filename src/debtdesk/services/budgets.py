"""Budget statements: adding, copying, editing and deleting one, and undoing each, one transaction each."""

from __future__ import annotations

from datetime import date

from debtdesk.domain.budget import Budget
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.repository import Store
from debtdesk.services.changes import BUDGET, Changes, Done
from debtdesk.services.transaction import transaction

TOUCHED = Changes.of(BUDGET)


def add_budget(store: Store, budget: Budget) -> Done[Budget]:
    """The statement as saved (ids for it and its lines; ids it had already are kept)."""
    with transaction(store):
        saved = BudgetBook(store).add(budget)
    return Done(saved, TOUCHED)


def copy_budget(store: Store, source_id: int, taken_on: date, name: str | None = None,
                currency: str | None = None) -> Done[Budget]:
    with transaction(store):
        copy = BudgetBook(store).copy(source_id, taken_on, name, currency)
    return Done(copy, TOUCHED)


def change_budget(store: Store, before: Budget, after: Budget) -> Done[Budget]:
    """Only the differences are written; new lines come back with their ids."""
    with transaction(store):
        saved = BudgetBook(store).change(before, after)
    return Done(saved, TOUCHED)


def delete_budget(store: Store, budget_id: int, expected: Budget | None = None) -> Done[Budget]:
    """The statement as it was, for `restore_budget`."""
    with transaction(store):
        snapshot = BudgetBook(store).delete(budget_id, expected=expected)
    return Done(snapshot, TOUCHED)


def restore_budget(store: Store, snapshot: Budget) -> Done[Budget]:
    with transaction(store):
        saved = BudgetBook(store).restore(snapshot)
    return Done(saved, TOUCHED)
