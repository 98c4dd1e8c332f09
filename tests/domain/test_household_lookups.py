"""A household plan's lines and offers found by debt (built once, not scanned per call) and its
per-line figures kept: the same answers as scanning and recomputing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.household import household_plan
from debtdesk.domain.household_months import by_month
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal_options import ProposalOptions

AS_OF = date(2026, 11, 23)
QUICK = 3


@pytest.fixture
def plan(small_household):
    spec = HouseholdSpec("CNY").with_proposal(QUICK, ProposalOptions(lower_payment=D("300.00")))
    return household_plan(small_household, spec, D("2000.00"), AS_OF)


def test_each_debt_finds_its_own_line_and_offer(plan):
    assert len(plan.lines) == 3
    for line, offer in zip(plan.lines, plan.offers, strict=True):
        assert plan.line(line.debt.id) is line
        assert plan.offer(line.debt.id) is offer
        assert offer.debt_id == line.debt.id


def test_a_debt_outside_the_plan_is_a_key_error(plan):
    with pytest.raises(KeyError):
        plan.offer(999)
    with pytest.raises(KeyError):
        plan.line(999)


def test_kept_figures_equal_those_worked_out_afresh(plan):
    for line in plan.lines:
        fresh = replace(line)  # a copy without the kept values
        assert line.asks == fresh.asks
        assert line.monthly == max(by_month(fresh.regular).values(), default=D("0"))
        assert line.asks is line.asks  # kept: the same tuple each time
