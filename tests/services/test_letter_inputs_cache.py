"""A letter built with the window's household plan says what a letter built afresh says.

The letter dialog hands over the session's plan (`session.households`): when the letter's choices
are the page's, the plan is taken as it is; otherwise its unchanged lines are taken over.  Either
way every figure of the letter's inputs must equal those of inputs built from nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.household import household_plan
from debtdesk.domain.proposal import ProposalOptions
from debtdesk.services import plans
from debtdesk.services.household_cache import HouseholdCache
from debtdesk.services.letter_inputs import letter_inputs
from debtdesk.services.plans import available_per_month, default_currency, save_plan, saved_spec
from debtdesk.services.statuses import debt_statuses

AS_OF = date(2026, 11, 23)


@pytest.fixture
def window(store):
    """The statuses and the household plan as the window keeps them, once the Proposal page is shown."""
    statuses = debt_statuses(store, AS_OF)
    currency = default_currency(store, statuses)
    debts = [s.debt.id for s in statuses if s.debt.currency == currency]
    # One debt with a proposal saved, the others kept: a letter can ask about either.
    save_plan(store, saved_spec(store, currency, AS_OF).with_proposal(debts[0], ProposalOptions(deferral_months=2)),
              AS_OF)
    spec, available = saved_spec(store, currency, AS_OF), available_per_month(store, currency)
    households = HouseholdCache()
    shown = households.plan(spec, available, AS_OF, lambda: household_plan(statuses, spec, available, AS_OF))
    return statuses, households, shown, debts


def test_the_pages_choices_take_the_pages_plan_as_it_is(store, window):
    statuses, households, shown, debts = window
    options = shown.line(debts[0]).options
    cached = letter_inputs(store, debts[0], options, AS_OF, statuses=statuses, households=households)
    assert cached == letter_inputs(store, debts[0], options, AS_OF)
    assert cached.plan is shown.line(debts[0]).plan and cached.offer is shown.offer(debts[0])


@pytest.mark.parametrize("options", [ProposalOptions(), ProposalOptions(instalment_months=24),
                                     ProposalOptions(settlement_percent=D("60"), waive_penalties=True)])
def test_other_choices_give_the_figures_of_a_letter_built_afresh(store, window, options, monkeypatch):
    statuses, households, shown, debts = window
    taken_over_from = []
    build = plans.household_plan

    def spy(*args, earlier=None, **kwargs):
        taken_over_from.append(earlier)
        return build(*args, earlier=earlier, **kwargs)

    for debt_id in debts:
        monkeypatch.setattr(plans, "household_plan", spy)
        cached = letter_inputs(store, debt_id, options, AS_OF, statuses=statuses, households=households)
        monkeypatch.setattr(plans, "household_plan", build)
        fresh = letter_inputs(store, debt_id, options, AS_OF)
        assert cached == fresh
        assert (cached.offer, cached.household_monthly, cached.plan.rows) == (
            fresh.offer, fresh.household_monthly, fresh.plan.rows)
    assert taken_over_from and all(earlier is shown for earlier in taken_over_from)  # its lines taken over
    # The window's plan is still the one kept: a letter about other choices does not replace it.
    assert households.kept(shown_spec(store, shown), shown.available, AS_OF) is shown


def shown_spec(store, plan):
    return saved_spec(store, plan.currency, AS_OF)
