"""The household plan of a file: what the domain needs, read from the file.

Nothing is decided here: affordability, fair shares and the verdict are
`debtdesk.domain.household`'s.  This module reads the statuses, the saved
choices and the budget, and hands them over, for the `plan` command, the
proposal page and the letters alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Sequence

from debtdesk.domain.budget import latest
from debtdesk.domain.household import HouseholdPlan, household_plan
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal import owed_today
from debtdesk.domain.status import DebtStatus
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.household import HouseholdBook
from debtdesk.store.repository import Store
from debtdesk.services.changes import PLANS, Changes
from debtdesk.services.household_cache import HouseholdCache
from debtdesk.services.statuses import collector_paused, debt_statuses
from debtdesk.services.transaction import transaction


def available_per_month(store: Store, currency: str | None = None) -> Decimal | None:
    """Disposable income of the latest budget in `currency` (of any, when None); None without one."""
    budgets = [b for b in BudgetBook(store).list() if currency is None or b.currency == currency]
    budget = latest(budgets)
    return None if budget is None else budget.disposable


def currencies(statuses: Sequence[DebtStatus]) -> list[str]:
    """The currencies with something owed, the most debts first."""
    counts = Counter(s.debt.currency for s in statuses if owed_today(s, False) > 0)  # what `owing` keeps
    return sorted(counts, key=lambda c: (-counts[c], c))


def default_currency(store: Store, statuses: Sequence[DebtStatus], found: Sequence[str] | None = None) -> str:
    """The latest budget's currency if debts are owed in it, else the one most debts are in.

    `found`: `currencies(statuses)` when the caller has worked them out already (each is a pass
    over every debt's status)."""
    found = currencies(statuses) if found is None else found
    budget = BudgetBook(store).latest()
    if budget is not None and (budget.currency in found or not found):
        return budget.currency
    return found[0] if found else "CNY"


def saved_spec(store: Store, currency: str, as_of: date) -> HouseholdSpec:
    """The file's plan for `currency`; a start that has passed becomes today (the figures are as of today)."""
    spec = HouseholdBook(store).load(currency)
    return replace(spec, start=None) if spec.start is not None and spec.start < as_of else spec


def load_household(store: Store, as_of: date, currency: str | None = None, spec: HouseholdSpec | None = None,
                   available: Decimal | None = None, statuses: Sequence[DebtStatus] | None = None,
                   households: HouseholdCache | None = None) -> HouseholdPlan:
    """The household plan: the saved one, or `spec`; `available` defaults to the budget's figure;
    `statuses`: every debt's status on `as_of` when the caller has them already.

    `households`: the window's plan, with `statuses` the window's own: the same choices give its
    plan as it stands, other choices a plan that takes over its unchanged lines (and leaves it kept).
    """
    statuses = debt_statuses(store, as_of) if statuses is None else list(statuses)
    currency = spec.currency if spec is not None else currency or default_currency(store, statuses)
    spec = spec if spec is not None else saved_spec(store, currency, as_of)
    if available is None:
        available = available_per_month(store, currency)
    if households is None:
        return household_plan(statuses, spec, available, as_of)
    kept = households.kept(spec, available, as_of)
    if kept is not None:
        return kept
    with collector_paused():  # thousands of small acyclic objects: see services.statuses
        return household_plan(statuses, spec, available, as_of, earlier=households.earlier)


def household_for_debt(store: Store, debt_id: int, as_of: date) -> HouseholdPlan:
    """The saved household plan the debt belongs to (for its letter: `.line(id).plan`, `.offer(id)`)."""
    return load_household(store, as_of, store.debt(debt_id).currency)


def save_plan(store: Store, spec: HouseholdSpec, on: date) -> Changes:
    """The whole household plan of `spec.currency` as chosen on `on`, in one transaction (undo saves the old one)."""
    with transaction(store):
        HouseholdBook(store).save(spec, on)
    return Changes.of(PLANS, debts=())
