"""Proposals for debts in a file: statuses loaded, plans built, fair shares split.

With several debts and money available each month, each debt gets its
pro-rata share as a lower monthly payment unless the options say otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from debtdesk.domain.fair_share import pro_rata
from debtdesk.domain.money import ZERO
from debtdesk.domain.proposal import Plan, ProposalOptions, build_plan, owed_today
from debtdesk.domain.proposal_options import options_to_dict
from debtdesk.store.budgets import BudgetBook
from debtdesk.store.connection import StoreError
from debtdesk.store.repository import Store
from debtdesk.store.statuses import one_status


@dataclass(frozen=True)
class PlanSet:
    plans: tuple[Plan, ...]
    shares: dict[int, Decimal] | None  # debt id -> monthly share, for a fair-share offer
    available: Decimal | None

    @property
    def highest_monthly_total(self) -> Decimal:
        """The most the plans ask for in any one month, all debts together."""
        by_month: dict[tuple[int, int], Decimal] = {}
        for plan in self.plans:
            for row in plan.rows:
                key = (row.due_date.year, row.due_date.month)
                by_month[key] = by_month.get(key, ZERO) + row.payment
        if all(p.options.settlement_percent is not None for p in self.plans):
            return ZERO
        return max(by_month.values(), default=ZERO)

    @property
    def affordable(self) -> bool | None:
        if self.available is None:
            return None
        return self.highest_monthly_total <= self.available

    def to_json(self) -> dict:
        plans = []
        for plan in self.plans:
            debt = plan.status.debt
            plans.append({
                "debt_id": debt.id,
                "lender": debt.lender.name,
                "currency": debt.currency,
                "options": options_to_dict(plan.options),
                "owed_today": str(plan.owed_today),
                "waived": str(plan.waived),
                "forgiven": str(plan.forgiven),
                "schedule": [
                    {"date": r.due_date.isoformat(), "payment": str(r.payment), "principal": str(r.principal),
                     "interest": str(r.interest), "balance": str(r.balance)}
                    for r in plan.rows
                ],
                "total_paid": str(plan.total_paid),
                "total_interest": str(plan.total_interest),
                "highest_payment": str(plan.highest_payment),
                "current_cost": str(plan.current_cost),
                "saving": str(plan.saving),
                "monthly_share": str(self.shares[debt.id]) if self.shares else None,
            })
        return {
            "plans": plans,
            "affordability": {
                "available_per_month": None if self.available is None else str(self.available),
                "highest_monthly_total": str(self.highest_monthly_total),
                "affordable": self.affordable,
            },
        }


def available_per_month(store: Store, currency: str | None = None) -> Decimal | None:
    """The latest budget's disposable income; None without a budget, or in another currency."""
    budget = BudgetBook(store).latest()
    if budget is None or (currency is not None and budget.currency != currency):
        return None
    return budget.disposable


def build_plans(store: Store, debt_ids: list[int], options: ProposalOptions, as_of: date,
                available: Decimal | None = None) -> PlanSet:
    """Plans for the debts; `available` is in their currency (default: the budget's, if it matches)."""
    statuses = [one_status(store, debt_id, as_of) for debt_id in dict.fromkeys(debt_ids)]
    currencies = sorted({s.debt.currency for s in statuses})
    if len(currencies) > 1:
        raise StoreError(f"These debts are in different currencies ({', '.join(currencies)}); one offer "
                         "cannot share money between them. Make one proposal per currency.")
    if available is None and statuses:
        available = available_per_month(store, currencies[0])
    shares = None
    if len(statuses) > 1 and available is not None:
        if available <= 0:
            raise StoreError("There is no money left each month to share between lenders.")
        balances = {s.debt.id: owed_today(s, options.waive_penalties) for s in statuses}
        shares = pro_rata(available, balances)
    plans = []
    for status in statuses:
        opts = options
        plain = opts.instalment_months is None and opts.lower_payment is None and opts.settlement_percent is None
        if shares and plain and shares[status.debt.id] > 0:
            opts = replace(opts, lower_payment=shares[status.debt.id])
        plans.append(build_plan(status, opts))
    return PlanSet(tuple(plans), shares, available)
