"""The fast household plan gives the figures of the plain one, on generated households.

`domain.household` reads a kept debt's arrears from its status's overdue amount and finds the
instalments from the start by bisection, adds month totals per line, works offers out when asked
and takes lines over from an earlier plan.  Each of these must leave every figure as it was:
compared here with `household_reference`, the way the plan was worked out before, for households
with arrears, partly paid instalments, proposals of every kind, later starts and no budget.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.demo_large import large_debts, with_ids
from debtdesk.domain.household import household_plan
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import debt_status

from . import household_reference as reference

AS_OF = date(2026, 11, 23)
OPTIONS = [ProposalOptions(deferral_months=3), ProposalOptions(instalment_months=24, waive_penalties=True),
           ProposalOptions(freeze_interest=True, instalment_months=36), ProposalOptions(settlement_percent=D("60")),
           ProposalOptions(pause_months=2)]


def _partly_paid(pairs):
    """Every third debt's payments made smaller now and then, and some skipped: holes in the middle."""
    for n, (debt, payments) in enumerate(pairs):
        if n % 3 == 0:
            payments = [replace(p, amount=(p.amount / 2).quantize(D("0.01"))) if k % 7 == 3 else p
                        for k, p in enumerate(payments) if k % 11 != 5]
        yield replace(debt, priority=n % 5 == 0), payments


@pytest.fixture(scope="module", params=[4, 30])
def statuses(request):
    pairs = with_ids(large_debts(AS_OF, debts=24, payments_per_debt=request.param, seed=request.param), 1)
    return [debt_status(debt, payments, AS_OF) for debt, payments in _partly_paid(pairs)]


def _specs(statuses):
    ids = [s.debt.id for s in statuses]
    mixed = HouseholdSpec("CNY")
    for n, debt_id in enumerate(ids[::2]):
        mixed = mixed.with_proposal(debt_id, OPTIONS[n % len(OPTIONS)])
    return {
        "all kept": (HouseholdSpec("CNY"), D("30000.00")),
        "mixed": (mixed, D("30000.00")),
        "mixed, short": (mixed, D("500.00")),
        "mixed, no budget": (mixed, None),
        "later start, lump sum": (replace(mixed, start=AS_OF + timedelta(days=75), lump_sum=D("9000.00")),
                                  D("30000.00")),
    }


def test_kept_debts_ask_what_walking_every_allocation_asks(statuses):
    for start in (AS_OF, AS_OF + timedelta(days=1), AS_OF + timedelta(days=75), AS_OF + timedelta(days=400)):
        plan = household_plan(statuses, HouseholdSpec("CNY", start=start), None, AS_OF)
        assert len(plan.lines) > 20
        for line in plan.lines:
            assert (line.catch_up, line.regular) == reference.kept(line.status, start)


def test_some_generated_debts_are_partly_paid_and_in_arrears(statuses):
    """The comparisons below are worth something only if the households have holes to find."""
    partly = [p for s in statuses for p in s.allocations if 0 < p.unpaid < p.instalment.payment]
    assert partly and any(s.state.overdue_amount > 0 for s in statuses)


@pytest.mark.parametrize("name", ["all kept", "mixed", "mixed, short", "mixed, no budget", "later start, lump sum"])
def test_months_totals_and_checks_are_those_of_the_plain_way(statuses, name):
    spec, available = _specs(statuses)[name]
    plan = household_plan(statuses, spec, available, AS_OF)
    expected = reference.figures(plan)
    assert plan.months == expected["months"]
    assert plan.provided_first == expected["provided_first"]
    for line in plan.lines:
        offer = plan.offer(line.debt.id)
        assert line.monthly == offer.monthly_payment == expected["monthly"][line.debt.id]
        if line.debt.id in expected["short_months"]:
            assert offer.short_months == expected["short_months"][line.debt.id]
            assert offer.fits is (not offer.short_months)


@pytest.mark.parametrize("name", ["all kept", "mixed", "mixed, short", "mixed, no budget", "later start, lump sum"])
def test_lines_taken_over_from_an_earlier_plan_change_nothing(statuses, name):
    spec, available = _specs(statuses)[name]
    fresh = household_plan(statuses, spec, available, AS_OF)
    for earlier_spec, earlier_available in _specs(statuses).values():
        earlier = household_plan(statuses, earlier_spec, earlier_available, AS_OF)
        again = household_plan(statuses, spec, available, AS_OF, earlier=earlier)
        assert again == fresh and again.offers == fresh.offers
        assert [repr(line) for line in again.lines] == [repr(line) for line in fresh.lines]


def test_only_lines_whose_status_treatment_and_start_are_unchanged_are_taken_over(statuses):
    spec, available = _specs(statuses)["mixed"]
    earlier = household_plan(statuses, spec, available, AS_OF)
    changed = statuses[1].debt.id
    moved = [replace(s) if s.debt.id == statuses[2].debt.id else s for s in statuses]  # a new status object
    again = household_plan(moved, spec.with_proposal(changed, ProposalOptions(deferral_months=1)), available, AS_OF,
                           earlier=earlier)
    for old, new in zip(earlier.lines, again.lines, strict=True):
        assert (new is old) == (new.debt.id not in (changed, statuses[2].debt.id))
    later = household_plan(statuses, replace(spec, start=AS_OF + timedelta(days=3)), available, AS_OF,
                           earlier=earlier)
    assert not any(new is old for old, new in zip(earlier.lines, later.lines, strict=True))


def test_offers_are_worked_out_once_and_are_those_listed(statuses):
    spec, available = _specs(statuses)["mixed"]
    plan = household_plan(statuses, spec, available, AS_OF)
    first = plan.offer(plan.lines[3].debt.id)
    assert plan.offer(plan.lines[3].debt.id) is first
    assert plan.offers[3] is first and len(plan.offers) == len(plan.lines)
