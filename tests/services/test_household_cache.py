"""The shared household plan: built once for the same choices, built again after any change the
plan is computed from, and kept through changes it does not read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.household import household_plan
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.services.changes import KINDS, Changes
from debtdesk.services.household_cache import PLAN_INPUTS, HouseholdCache
from debtdesk.services.statuses import debt_statuses

AS_OF = date(2026, 11, 23)
CNY = HouseholdSpec("CNY")


@pytest.fixture
def built(store):
    """A cache and a list of every plan it had built."""
    statuses = debt_statuses(store, AS_OF)
    cache, plans = HouseholdCache(), []

    def plan(spec=CNY, available=D("9000.00"), as_of=AS_OF):
        def build():
            plans.append(household_plan(statuses, spec, available, as_of))
            return plans[-1]
        return cache.plan(spec, available, as_of, build)

    return cache, plan, plans


def test_the_same_choices_are_built_once(built):
    _cache, plan, plans = built
    first = plan()
    assert plan() is first and len(plans) == 1


def test_other_choices_are_built_again(built):
    _cache, plan, plans = built
    plan()
    plan(available=D("8000.00"))
    plan(spec=HouseholdSpec("CNY", lump_sum=D("500.00")))
    plan(as_of=date(2026, 11, 24))
    assert len(plans) == 4


@pytest.mark.parametrize("kind", sorted(PLAN_INPUTS))
def test_a_change_the_plan_reads_drops_it(built, kind):
    cache, plan, plans = built
    plan()
    cache.forget(Changes.of(kind, debts=()))
    plan()
    assert len(plans) == 2


@pytest.mark.parametrize("kind", sorted(KINDS - PLAN_INPUTS))
def test_a_change_the_plan_does_not_read_keeps_it(built, kind):
    cache, plan, plans = built
    first = plan()
    cache.forget(Changes.of(kind))
    assert plan() is first and len(plans) == 1


def test_the_plan_reads_debts_payments_agreements_settings_plans_and_budget():
    assert PLAN_INPUTS == {"debts", "payments", "agreements", "settings", "plans", "budget"}
