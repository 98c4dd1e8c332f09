"""A plan asked for again with every line taken over and the same figures is the earlier plan itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

from debtdesk.domain.demo_large import large_debts, with_ids
from debtdesk.domain.household import household_plan
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import debt_status

AS_OF = date(2026, 11, 23)


def test_the_same_lines_and_figures_give_the_earlier_plan_and_any_change_a_new_one():
    statuses = [debt_status(debt, paid, AS_OF) for debt, paid in with_ids(large_debts(AS_OF, debts=6, seed=3), 1)]
    spec = HouseholdSpec("CNY").with_proposal(statuses[1].debt.id, ProposalOptions(deferral_months=2))
    shown = household_plan(statuses, spec, D("90000.00"), AS_OF)
    assert household_plan(statuses, spec, D("90000.00"), AS_OF, earlier=shown) is shown
    changed = [
        (statuses, spec, D("90000.0")),  # the same amount written otherwise: shown otherwise
        (statuses, spec, D("80000.00")),
        (statuses, spec, None),
        (statuses, replace(spec, lump_sum=D("100.00")), D("90000.00")),
        (statuses, replace(spec, start=AS_OF + timedelta(days=3)), D("90000.00")),
        (statuses, spec.with_kept(statuses[1].debt.id), D("90000.00")),
        (statuses[:-1], spec, D("90000.00")),
        ([*statuses[:-1], debt_status(statuses[-1].debt, [], AS_OF)], spec, D("90000.00")),
    ]
    for these, choices, available in changed:
        again = household_plan(these, choices, available, AS_OF, earlier=shown)
        assert again is not shown
        assert again == household_plan(these, choices, available, AS_OF)
