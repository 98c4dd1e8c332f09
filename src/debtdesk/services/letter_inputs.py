"""Gathering what a letter is built from, out of one file.

The letters package works on domain objects only; this is where the file's
debt, plan, budget, evidence, contacts and the borrower's own details are
read for it (by the `letter` command and the in-app preview alike).

Each debt's status is computed once per letter (or not at all, when the
window hands over its cached statuses), and only the flagged contacts that
can count against this lender are read (`store.flagged`), not the whole log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.budget import Budget
from typing import Sequence

from debtdesk.domain.complaints import complaint_records, enclosure_lines, lenders_complained_of
from debtdesk.domain.contacts import Contact, Flag
from debtdesk.domain.evidence import EvidenceItem
from debtdesk.domain.household import LenderOffer
from debtdesk.domain.proposal import Plan, ProposalOptions, build_plan
from debtdesk.domain.status import DebtStatus
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.connection import StoreError
from debtdesk.store.contacts import ContactLog
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.flagged import flagged_about
from debtdesk.store.repository import Store
from debtdesk.store.settings import borrower_details
from debtdesk.services.household_cache import HouseholdCache
from debtdesk.services.plans import load_household, saved_spec
from debtdesk.services.statuses import debt_statuses


@dataclass(frozen=True)
class LetterInputs:
    borrower: dict[str, str]
    status: DebtStatus
    plan: Plan
    budget: Budget | None
    evidence: list[EvidenceItem]
    flagged: list[tuple[Contact, frozenset[Flag]]]  # flagged contacts about this debt's lender (domain.complaints)
    #: the recordings and screenshots attached to `flagged`, one line each, for a complaint's enclosures
    complaint_enclosures: tuple[str, ...] = ()
    #: what the household plan gives this lender (None: the debt is paid off, or nothing to plan)
    offer: LenderOffer | None = None
    #: what the household plan pays all lenders in its heaviest month after the first (arrears aside)
    household_monthly: Decimal | None = None


def letter_inputs(store: Store, debt_id: int, options: ProposalOptions, as_of: date,
                  statuses: Sequence[DebtStatus] | None = None,
                  households: HouseholdCache | None = None) -> LetterInputs:
    """Everything the letter to one lender is built from.

    The proposal is `options` for this debt inside the file's household plan
    (its start date, the other debts' treatments), so the letter states this
    lender's share and what fits exactly as the plan page and `debtdesk plan` do.
    `statuses`: every debt's status on `as_of` when the caller has them (the window's cache);
    otherwise they are computed here, once each (the household plan needs them all).
    `households`: the window's household plan (with the window's `statuses`): taken as it is when the
    letter's choices are the page's, else its unchanged lines are taken over; the figures are the same.
    """
    statuses = debt_statuses(store, as_of) if statuses is None else statuses
    status = _status_of(statuses, debt_id)
    debts = [s.debt for s in statuses]
    flagged = _flagged_about_lender(store, status.debt, debts)
    log = ContactLog(store)
    plan, offer, household_monthly = build_plan(status, options), None, None
    if status.allocations and any(not part.settled for part in status.allocations):
        spec = saved_spec(store, status.debt.currency, as_of).with_proposal(debt_id, options)
        house = load_household(store, as_of, spec=spec, statuses=statuses, households=households)
        line = next((line for line in house.lines if line.debt.id == debt_id), None)
        if line is not None:
            plan = line.plan if line.plan is not None and line.plan.rows else plan
            offer = house.offer(debt_id)
            later = [m.total for m in house.months[1:]] or [m.total for m in house.months]
            household_monthly = max(later, default=None)
    return LetterInputs(
        borrower=borrower_details(store),
        status=status,
        plan=plan,
        budget=BudgetBook(store).latest(),
        evidence=EvidenceBook(store).items(),
        flagged=flagged,
        complaint_enclosures=tuple(enclosure_lines(flagged, {c.id: log.attachments(c.id) for c, _ in flagged})),
        offer=offer,
        household_monthly=household_monthly,
    )


def _status_of(statuses: Sequence[DebtStatus], debt_id: int) -> DebtStatus:
    found = next((s for s in statuses if s.debt.id == debt_id), None)
    if found is None:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {debt_id}."), debt_id=debt_id)
    return found


def _flagged_about_lender(store: Store, debt, debts) -> list[tuple[Contact, frozenset[Flag]]]:
    """The flagged contacts a complaint about `debt`'s lender rests on (the rule of `domain.complaints`)."""
    lender_debts = {d.id for d in debts if d.lender.name == debt.lender.name} | {debt.id}
    return complaint_records(flagged_about(store, lender_debts), debt, debts)


def appendix_chart(inputs: LetterInputs, language: str) -> bytes | None:
    """The budget chart for the appendix as PNG, or None without a budget (loads matplotlib)."""
    if inputs.budget is None:
        return None
    from debtdesk.charts.budget import budget_figure, figure_png
    from debtdesk.letters.phrases import words

    plan = inputs.plan
    same_currency = inputs.budget.currency == plan.status.debt.currency
    # The budget is the household's: set it against what the plan pays all lenders, not this one alone
    # (one lender's share beside every expense suggested a large surplus).  Another currency's figure
    # does not belong on this axis.
    payment = inputs.household_monthly if same_currency else None
    figure = budget_figure(inputs.budget, payment, language, words(language)["categories"])
    return figure_png(figure)


def debts_with_complaints(store: Store) -> list:
    """The debts a complaint can be written about: those whose lender has flagged contacts."""
    debts = store.debts()
    lenders = lenders_complained_of(ContactLog(store).flagged(), debts)
    return [debt for debt in debts if debt.lender.name in lenders]
