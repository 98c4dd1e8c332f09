"""Gathering what a letter is built from, out of one file.

The letters package works on domain objects only; this is where the file's
debt, plan, budget, evidence, contacts and the borrower's own details are
read for it (by the `letter` command and the in-app preview alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from debtdesk.domain.budget import Budget
from debtdesk.domain.complaints import complaint_records, enclosure_lines
from debtdesk.domain.contacts import Contact, Flag
from debtdesk.domain.evidence import EvidenceItem
from debtdesk.domain.proposal import Plan, ProposalOptions, build_plan
from debtdesk.domain.status import DebtStatus
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.contacts import ContactLog
from debtdesk.store.evidence import EvidenceBook
from debtdesk.store.repository import Store
from debtdesk.store.settings import borrower_details
from debtdesk.store.statuses import one_status


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


def letter_inputs(store: Store, debt_id: int, options: ProposalOptions, as_of: date) -> LetterInputs:
    status = one_status(store, debt_id, as_of)
    log = ContactLog(store)
    flagged = complaint_records(log.flagged(), status.debt, store.debts())
    return LetterInputs(
        borrower=borrower_details(store),
        status=status,
        plan=build_plan(status, options),
        budget=BudgetBook(store).latest(),
        evidence=EvidenceBook(store).items(),
        flagged=flagged,
        complaint_enclosures=tuple(enclosure_lines(flagged, log.attachments_by_contact())),
    )


def appendix_chart(inputs: LetterInputs, language: str) -> bytes | None:
    """The budget chart for the appendix as PNG, or None without a budget (loads matplotlib)."""
    if inputs.budget is None:
        return None
    from debtdesk.charts.budget import budget_figure, figure_png
    from debtdesk.letters.phrases import words

    plan = inputs.plan
    monthly = (plan.options.settlement_percent is None and inputs.budget.currency == plan.status.debt.currency)
    # A one-off settlement is no monthly payment, and another currency's figure does not belong on this axis.
    payment = plan.highest_payment if monthly else None
    figure = budget_figure(inputs.budget, payment, language, words(language)["categories"])
    return figure_png(figure)


def debts_with_complaints(store: Store) -> list:
    """The debts a complaint can be written about: those whose lender has flagged contacts."""
    flagged = ContactLog(store).flagged()
    debts = store.debts()
    return [debt for debt in debts if complaint_records(flagged, debt, debts)]
