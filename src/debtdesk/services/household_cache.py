"""The window's household plan, worked out once per change and shared by the pages that show it.

A large household's plan takes a quarter of a second or more to build; the proposal page
used to build it again on every reload, even when the change was a contact or a letter,
which the plan does not read.  The cache keeps the last plan with what it was built from
(the choices, the money available, the date) and drops it when a change touches anything
the plan is computed from: a debt's status (`STATUS_INPUTS`), the saved plan or the budget.

The last plan built is also kept as `earlier`, for the next build to take over the lines of every
debt whose status is the same object (`domain.household.household_plan`): after a change to one
debt, or to one treatment, only that line is worked out again.  A change that can move every
status drops it too, so old statuses are not held once the session has replaced them all.
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
        self._earlier: HouseholdPlan | None = None

    @property
    def earlier(self) -> HouseholdPlan | None:
        """The last plan built, whatever it was built from: its unchanged lines can be taken over."""
        return self._earlier

    def plan(self, spec: HouseholdSpec, available: Decimal | None, as_of: date,
             build: Callable[[], HouseholdPlan]) -> HouseholdPlan:
        """The plan for these choices, built by `build` unless the last one was built from the same."""
        key = (spec, available, as_of)
        if self._plan is None or self._key != key:
            self._plan, self._key = None, None
            plan = build()  # an error leaves nothing kept
            self._plan, self._key = plan, key
            self._earlier = plan
        return self._plan

    def kept(self, spec: HouseholdSpec, available: Decimal | None, as_of: date) -> HouseholdPlan | None:
        """The kept plan if it was built from these choices, else None; for a reader (a letter) that asks
        about other choices and must not take the window's plan away."""
        return self._plan if self._plan is not None and self._key == (spec, available, as_of) else None

    def built(self, plan: HouseholdPlan) -> None:
        """A plan built outside the cache (another page's or a letter's choices): its lines can be taken over."""
        self._earlier = plan

    def forget(self, changes: Changes) -> None:
        """Drop the kept plan if `changes` touched anything it is computed from."""
        if changes.touches(PLAN_INPUTS):
            self._plan, self._key = None, None
        if changes.moved_statuses() is None:
            self._earlier = None
