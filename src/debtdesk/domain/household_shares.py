"""Suggesting fair shares: each lender who is not a priority gets its share of the pot.

The share becomes the debt's proposal: a lower monthly payment of exactly
that amount until the debt is repaid (UK debt advice's pro-rata offer), so
every such lender is offered the same proportion of what it is owed.  A
deferral, a waiver of penalties and an interest freeze already chosen for the
debt are kept; anything else that shapes the payments gives way to the share.
When the share would not even cover the monthly interest, the offer asks for
an interest freeze (停息挂账) as debt advisers do, since otherwise the debt
would never be repaid.

No repayment plan is built here.  The pot depends only on the debts provided
for first, and a shared debt's share only on its balance, so the shares come
from the other debts' lines (taken over from `earlier`, the plan shown) and
the targets' balances.  Whether a share repays a debt is `build_plan`'s own
test (the interest of the balance left after any deferral), asked without
building the rest of the schedule.  Building every target's plan once to
share the pot, and again to test each share, cost seconds on a household of
two thousand debts; the plan with the offers is built once, by the caller.
`tests/domain/test_household_shares_fast.py` compares the result with the
way it was worked out before, on generated households.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from debtdesk.domain.fair_share import fair_shares
from debtdesk.domain.household import Group, HouseholdError, HouseholdPlan, first_payment_on, household_plan, owing
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.money import CENT, ZERO, cents
from debtdesk.domain.plan_rows import RowBuilder
from debtdesk.domain.proposal import PlanRow, owed_today
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import FieldError


def suggest_fair_shares(statuses: Sequence[DebtStatus], spec: HouseholdSpec, available: Decimal | None,
                        as_of: date, debt_ids: Iterable[int] | None = None,
                        earlier: HouseholdPlan | None = None) -> HouseholdSpec:
    """`spec` with every debt that is not a priority (or only those of `debt_ids`) offered its fair share.

    `earlier`: a plan built before from the same statuses (the page's): the lines of the debts not
    offered a share are taken over from it.  Raises HouseholdError when a choice kept cannot make a
    plan, when there is no budget, or when there is too little left to share.
    """
    wanted = None if debt_ids is None else set(debt_ids)
    currency = owing(statuses, spec.currency)
    targets = [s for s in currency if not s.debt.priority and (wanted is None or s.debt.id in wanted)]
    if not targets:
        return spec
    carried = {_stored_id(status): _carried(spec.options_for(status.debt.id)) for status in targets}
    chosen = set(carried)
    # The other debts as they stand (a priority debt, a kept one, another proposal): their lines give the pot.
    others = household_plan([s for s in currency if s.debt.id not in chosen], spec, available, as_of, earlier)
    for status in targets:
        errors = carried[_stored_id(status)].errors()
        if errors:
            raise HouseholdError(errors, status.debt.id)
    if others.pot is None:
        raise HouseholdError([FieldError("available", "Add a budget in {currency} (or say how much is available "
                                         "each month) to share it between lenders.",
                                         {"currency": spec.currency})])
    balances: dict[int | None, Decimal] = {line.debt.id: line.balance for line in others.lines
                                           if line.group is Group.SHARED}
    balances.update((debt_id, owed_today(status, carried[debt_id].waive_penalties))
                    for status, debt_id in ((s, _stored_id(s)) for s in targets))
    shares = fair_shares(others.pot, balances)
    offered = {}
    for status in targets:
        debt_id = _stored_id(status)
        share = shares[debt_id]
        if share < CENT:
            raise HouseholdError([FieldError("available", "Nothing is left each month to share between lenders "
                                             "once essentials and the debts paid first (priority debts, and "
                                             "any kept as contracted) are provided for.")])
        options = replace(carried[debt_id], lower_payment=share)
        offered[debt_id] = options if _repays(status, options, others.start) else replace(options,
                                                                                           freeze_interest=True)
    return spec.with_proposals(offered)


def _stored_id(status: DebtStatus) -> int:
    debt_id = status.debt.id
    assert debt_id is not None  # statuses are of stored debts: a proposal is kept by the debt's id
    return debt_id


def _carried(options: ProposalOptions | None) -> ProposalOptions:
    """What a fair-share offer keeps of the debt's current proposal."""
    if options is None:
        return ProposalOptions()
    return ProposalOptions(deferral_months=options.deferral_months, waive_penalties=options.waive_penalties,
                           freeze_interest=options.freeze_interest)


def _repays(status: DebtStatus, options: ProposalOptions, start: date) -> bool:
    """Whether `build_plan` accepts the offer: valid options, and a payment above the interest it meets.

    The same steps as `proposal.build_plan` for a lower payment until repaid, stopped where it would
    refuse: the deferral's months (interest added, nothing paid), then the first month's interest.
    """
    if options.errors():
        return False
    rate = ZERO if options.freeze_interest or options.pause_months else status.debt.rate.monthly
    if rate == 0:
        return True
    due_day = status.debt.effective_due_day
    builder = RowBuilder(first_payment_on(start, due_day), due_day, rate,
                         owed_today(status, options.waive_penalties), PlanRow)
    for _ in range(options.deferral_months):
        builder.add(ZERO)
    assert options.lower_payment is not None
    return cents(builder.balance * rate) < options.lower_payment
