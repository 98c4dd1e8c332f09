"""Suggesting fair shares the way `domain.household_shares` did before it was made cheap (reference for tests).

Every target's plan built for a draft household to find the shares, and again to test each share:
slow on a large household, obviously right.  `test_household_shares_fast.py` compares the new way with it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from debtdesk.domain.household import HouseholdError, first_payment_on, household_plan, owing
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.money import CENT
from debtdesk.domain.proposal import ProposalError, build_plan
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import FieldError


def suggest_fair_shares(statuses: Sequence[DebtStatus], spec: HouseholdSpec, available: Decimal | None,
                        as_of: date, debt_ids: Iterable[int] | None = None) -> HouseholdSpec:
    """`spec` with every debt that is not a priority (or only those of `debt_ids`) offered its fair share.

    Raises HouseholdError when there is no budget, or too little left to share.
    """
    wanted = None if debt_ids is None else set(debt_ids)
    targets = [s for s in owing(statuses, spec.currency)
               if not s.debt.priority and (wanted is None or s.debt.id in wanted)]
    if not targets:
        return spec
    ids = [_stored_id(status) for status in targets]
    draft = spec.with_proposals({debt_id: _carried(spec.options_for(debt_id)) for debt_id in ids})
    plan = household_plan(statuses, draft, available, as_of)
    if plan.pot is None:
        raise HouseholdError([FieldError("available", "Add a budget in {currency} (or say how much is available "
                                         "each month) to share it between lenders.",
                                         {"currency": spec.currency})])
    offered = {}
    for status, debt_id in zip(targets, ids, strict=True):
        share = plan.offer(debt_id).share
        if share is None or share < CENT:
            raise HouseholdError([FieldError("available", "Nothing is left each month to share between lenders "
                                             "once essentials and the debts paid first (priority debts, and "
                                             "any kept as contracted) are provided for.")])
        carried = draft.options_for(debt_id)
        assert carried is not None  # every target was given its proposal in the draft above
        options = replace(carried, lower_payment=share)
        offered[debt_id] = _repayable(status, options, plan.start)
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


def _repayable(status: DebtStatus, options: ProposalOptions, start: date) -> ProposalOptions:
    """The offer, with an interest freeze if the share alone would never repay the debt."""
    try:
        build_plan(status, options, first_payment_on(start, status.debt.effective_due_day))
    except ProposalError:
        return replace(options, freeze_interest=True)
    return options
