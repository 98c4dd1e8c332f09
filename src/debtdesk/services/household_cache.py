"""The window's household plan, worked out once per change and shared by the pages that show it.

A large household's plan takes a quarter of a second or more to build; the proposal page
used to build it again on every reload, even when the change was a contact or a letter,
which the plan does not read.  The cache keeps the last plan with what it was built from
(the choices, the money available, the date) and drops it when a change touches anything
the plan is computed from: a debt's status (`STATUS_INPUTS`), the saved plan or the budget.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Callable

from debtdesk.services.changes import BUDGET, PLANS, STATUS_INPUTS, Changes

if TYPE_CHECKING:  # the session holds the cache from the start: the plan's modules load when first used
    from debtdesk.domain.household import HouseholdPlan
    from debtdesk.domain.household_spec import HouseholdSpec

#: What a household plan is computed from: a change to any of these can move it.
PLAN_INPUTS = STATUS_INPUTS | {PLANS, BUDGET}


class HouseholdCache:
    def __init__(self) -> None:
        self._key: tuple | None = None
        self._plan: HouseholdPlan | None = None

    def plan(self, spec: HouseholdSpec, available: Decimal | None, as_of: date,
             build: Callable[[], HouseholdPlan]) -> HouseholdPlan:
        """The plan for these choices, built by `build` unless the last one was built from the same."""
        key = (spec, available, as_of)
        if self._plan is None or self._key != key:
            self._plan, self._key = None, None
            plan = build()  # an error leaves nothing kept
            self._plan, self._key = plan, key
        return self._plan

    def forget(self, changes: Changes) -> None:
        """Drop the kept plan if `changes` touched anything it is computed from."""
        if changes.touches(PLAN_INPUTS):
            self._plan, self._key = None, None
