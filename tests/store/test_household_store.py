"""The household plan in the file: saved per currency, drafts in `proposals`, back with an undone delete."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.services.plans import available_per_month, household_for_debt, load_household, saved_spec
from debtdesk.store import Store
from debtdesk.store.household import HouseholdBook

AS_OF = date(2026, 11, 23)
PAUSE = ProposalOptions(pause_months=3, waive_penalties=True)


def test_a_plan_round_trips_and_saving_again_changes_only_what_changed(demo_path):
    with Store.open(demo_path) as store:
        book = HouseholdBook(store)
        assert book.load("CNY") == HouseholdSpec("CNY")
        spec = HouseholdSpec("CNY", date(2026, 12, 1), lump_sum=D("1234.56")).with_proposal(4, PAUSE)
        spec = spec.with_proposal(2, ProposalOptions(lower_payment=D("300")))
        book.save(spec, AS_OF)
        assert book.load("CNY") == spec
        book.save(spec.with_kept(2), date(2026, 11, 30))
        rows = store.conn.execute("SELECT debt_id, created_on, status FROM proposals").fetchall()
        assert [tuple(r) for r in rows] == [(4, "2026-11-23", "draft")]  # unchanged: its date kept
        assert book.load("USD") == HouseholdSpec("USD")


def test_sent_proposals_are_not_part_of_the_plan(demo_path):
    from debtdesk.store.proposals import ProposalBook, SavedProposal

    with Store.open(demo_path) as store:
        ProposalBook(store).add(SavedProposal(4, PAUSE, AS_OF, status="sent"))
        assert HouseholdBook(store).load("CNY").proposals == ()
        HouseholdBook(store).save(HouseholdSpec("CNY"), AS_OF)
        assert store.conn.execute("SELECT status FROM proposals").fetchall()[0][0] == "sent"


def test_deleting_a_debt_and_undoing_it_keeps_its_treatment(demo_path):
    with Store.open(demo_path) as store:
        HouseholdBook(store).save(HouseholdSpec("CNY").with_proposal(4, PAUSE), AS_OF)
        snapshot = store.delete_debt(4)
        assert HouseholdBook(store).load("CNY").proposals == ()
        store.restore_debt(snapshot)
        assert HouseholdBook(store).load("CNY").options_for(4) == PAUSE


def test_a_start_that_has_passed_means_today(demo_path):
    with Store.open(demo_path) as store:
        HouseholdBook(store).save(HouseholdSpec("CNY", date(2026, 12, 1)), AS_OF)
        assert saved_spec(store, "CNY", AS_OF).start == date(2026, 12, 1)
        assert saved_spec(store, "CNY", date(2027, 1, 1)).start is None
        assert load_household(store, date(2027, 1, 1)).start == date(2027, 1, 1)


def test_the_letters_see_the_saved_plan(household_path):
    with Store.open(household_path) as store:
        HouseholdBook(store).save(HouseholdSpec("CNY").with_proposal(4, PAUSE), AS_OF)
        household = household_for_debt(store, 4, AS_OF)
        assert household.line(4).plan.options == PAUSE
        offer = household.offer(4)
        assert (offer.lender, offer.available, offer.group.value) == ("中国建设银行", D("2200.00"), "shared")


def test_available_is_the_latest_budget_in_that_currency(household_path):
    from dataclasses import replace

    from debtdesk.store.budgets import BudgetBook

    with Store.open(household_path) as store:
        book = BudgetBook(store)
        newer = replace(book.latest(), id=None, lines=(), taken_on=date(2026, 11, 20), currency="USD")
        book.add(replace(newer, lines=tuple(replace(line, id=None) for line in book.latest().lines[:1])))
        assert available_per_month(store, "CNY") == D("2200.00")
        assert available_per_month(store, "USD") == D("6800.00")
        assert available_per_month(store, "HKD") is None
