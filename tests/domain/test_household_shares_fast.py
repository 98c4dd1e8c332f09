"""Fair shares suggested without building plans give the offers of the way that built them, on generated households.

`domain.household_shares` finds the pot from the other debts' lines, the shares from the balances
and whether a share repays from the deferral's interest alone; `household_shares_reference` built
every target's plan twice.  Compared here for budgets that leave plenty, little (shares under the
interest: frozen), nothing, or no budget; deferrals, waivers and freezes carried over; a subset of
debts; a later start; and with the page's plan taken over or not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.demo_large import large_debts, with_ids
from debtdesk.domain.household import HouseholdError, household_plan
from debtdesk.domain.household_shares import suggest_fair_shares
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import debt_status

from . import household_shares_reference as reference

AS_OF = date(2026, 11, 23)
OPTIONS = [ProposalOptions(deferral_months=3), ProposalOptions(instalment_months=24, waive_penalties=True),
           ProposalOptions(freeze_interest=True, instalment_months=36), ProposalOptions(settlement_percent=D("60")),
           ProposalOptions(pause_months=2), ProposalOptions(deferral_months=6, lower_payment=D("50.00"))]
# Left above what the priority debts take in their heaviest month (what is shared when every other debt
# is), above what every debt kept as contracted takes (enough whatever is shared), or a budget of its
# own: nothing, or none at all.
POTS = [D("60000.00"), D("20000.00"), D("3000.00"), D("200.00"), D("0.50")]
AVAILABLE = [*(("priority", pot) for pot in POTS), *(("kept", pot) for pot in POTS[2:4]),
             ("own", D("0.00")), ("own", None)]


@pytest.fixture(scope="module", params=[(5, 1), (30, 2)])
def statuses(request):
    payments, seed = request.param
    pairs = with_ids(large_debts(AS_OF, debts=30, payments_per_debt=payments, seed=seed), 1)
    return [debt_status(replace(debt, priority=n % 7 == 0), paid, AS_OF) for n, (debt, paid) in enumerate(pairs)]


def _specs(statuses):
    ids = [s.debt.id for s in statuses]
    mixed = HouseholdSpec("CNY")
    for n, debt_id in enumerate(ids[1::2]):
        mixed = mixed.with_proposal(debt_id, OPTIONS[n % len(OPTIONS)])
    return [HouseholdSpec("CNY"), mixed, replace(mixed, start=AS_OF + timedelta(days=75), lump_sum=D("9000.00"))]


def _available(statuses, spec, how):
    kind, amount = how
    if kind == "own":
        return amount
    paid_first = [s for s in statuses if s.debt.priority or kind == "kept"]
    return household_plan(paid_first, replace(spec, proposals=()), D("0.00"), AS_OF).provided_first + amount


def _outcome(suggest, *args, **kwargs):
    try:
        return suggest(*args, **kwargs)
    except HouseholdError as exc:
        return ("refused", [(e.field, e.message, e.params) for e in exc.errors], exc.debt_id)


def test_generated_households_have_frozen_and_unfrozen_offers(statuses):
    """The comparison is worth something only if some shares repay and some need a freeze."""
    spec = suggest_fair_shares(statuses, HouseholdSpec("CNY"), _available(statuses, HouseholdSpec("CNY"),
                                                                           ("priority", D("20000.00"))), AS_OF)
    frozen = [o.freeze_interest for _, o in spec.proposals]
    assert any(frozen) and not all(frozen)


@pytest.mark.parametrize("how", AVAILABLE)
@pytest.mark.parametrize("spec_number", [0, 1, 2])
def test_offers_are_those_of_the_way_that_built_every_plan(statuses, spec_number, how):
    spec = _specs(statuses)[spec_number]
    available = _available(statuses, spec, how)
    ids = [s.debt.id for s in statuses]
    for debt_ids in (None, ids[::3], ids[1:2], []):
        expected = _outcome(reference.suggest_fair_shares, statuses, spec, available, AS_OF, debt_ids)
        assert _outcome(suggest_fair_shares, statuses, spec, available, AS_OF, debt_ids) == expected
        try:
            shown = household_plan(statuses, spec, available, AS_OF)
        except HouseholdError:
            continue
        assert _outcome(suggest_fair_shares, statuses, spec, available, AS_OF, debt_ids, earlier=shown) == expected


def test_an_invalid_choice_carried_over_is_refused_naming_its_debt(statuses):
    target = next(s.debt.id for s in statuses if not s.debt.priority)
    spec = HouseholdSpec("CNY").with_proposal(target, ProposalOptions(deferral_months=99))
    available = _available(statuses, spec, ("priority", D("20000.00")))
    expected = _outcome(reference.suggest_fair_shares, statuses, spec, available, AS_OF)
    assert expected[0] == "refused" and expected[2] == target
    assert _outcome(suggest_fair_shares, statuses, spec, available, AS_OF) == expected


def test_a_share_between_todays_interest_and_the_interest_after_a_deferral_is_frozen(statuses):
    """A deferral adds interest before the first payment: a share that covers today's interest may not cover it."""
    status = next(s for s in statuses if not s.debt.priority)
    spec = HouseholdSpec("CNY").with_proposal(status.debt.id, ProposalOptions(deferral_months=6))
    rate, owed = status.debt.rate.monthly, status.state.outstanding + status.accrued.owed
    between = (owed * rate * (1 + rate) ** 3).quantize(D("0.01"))  # above today's interest, below it after 6 months
    offers = [suggest_fair_shares([status], spec, between, AS_OF, earlier=earlier)
              for earlier in (None, household_plan([status], spec, between, AS_OF))]
    assert offers == [reference.suggest_fair_shares([status], spec, between, AS_OF)] * 2
    assert offers[0].options_for(status.debt.id).freeze_interest
