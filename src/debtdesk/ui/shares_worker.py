"""Working out "Suggest fair shares" off the window's thread, on a large household.

The offers themselves are cheap (`domain.household_shares` builds no plan), but the plan that
shows them is not: two thousand debts offered a pound or two a month each are two thousand
schedules of six hundred months, seconds of work.  The worker builds that plan while the window
stays live; the page then saves it as one undo command and shows it without building it again.

The page runs `work_out` through `background_work.BackgroundWork`: the thread touches no Qt object
and is handed only immutable inputs (statuses, choices, the plan shown).  The page drops a result
whose inputs are no longer its own (the file changed meanwhile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.household import HouseholdError, HouseholdPlan, household_plan
from debtdesk.domain.household_shares import suggest_fair_shares
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.status import DebtStatus
from debtdesk.services.statuses import collector_paused

#: From this many debts on, the suggested plan is worked out in the background (a small one at once).
BACKGROUND_FROM = 300


@dataclass(frozen=True)
class SharesJob:
    """What the suggestion is worked out from; the page compares it with its own on the way back."""

    statuses: tuple[DebtStatus, ...]
    spec: HouseholdSpec
    available: Decimal | None
    as_of: date
    earlier: HouseholdPlan | None  # the plan shown: its lines for unchanged debts are taken over


@dataclass(frozen=True)
class SharesResult:
    job: SharesJob
    spec: HouseholdSpec | None  # the choices with every share offered
    plan: HouseholdPlan | None  # the plan of those choices
    refused: HouseholdError | None  # why no shares can be offered (no budget, nothing left …)


def work_out(job: SharesJob) -> SharesResult:
    """The choices with fair shares and their plan, or why there are none."""
    try:
        with collector_paused():  # thousands of small acyclic objects: see services.statuses
            spec = suggest_fair_shares(job.statuses, job.spec, job.available, job.as_of, earlier=job.earlier)
            plan = household_plan(job.statuses, spec, job.available, job.as_of, earlier=job.earlier)
    except HouseholdError as exc:
        return SharesResult(job, None, None, exc)
    return SharesResult(job, spec, plan, None)
