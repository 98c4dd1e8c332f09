"""Payoff strategies: one monthly amount, every debt cleared, month by month.

The borrower sets what goes to all debts together each month.  Each month
every open debt is charged a month's interest at its contract rate, then
gets its minimum: the contractual instalment (the next one the contract
asks for), the card minimum (a share of the balance, at least the floor),
or, for interest-only and bullet loans, that month's interest.  What is left
goes to the debts by strategy:

* avalanche — to the highest rate first (ties: the smaller balance);
* snowball — to the smallest balance first (ties: the higher rate);
* fair share — to every debt pro rata to its balance (`fair_share.pro_rata`).

The monthly amount stays the same until the last debt is cleared, so a
cleared debt's minimum rolls over to the others.  A monthly amount below the
minimums together is refused.

Every plan starts from what is owed today (overdue instalments, principal
not yet due, penalties and fees charged and unpaid: `proposal.owed_today`)
and assumes the lenders accept the payments without charging more penalty
interest, as under an agreed plan.  "Current terms" is what the contracts
still ask for: every unpaid instalment on its due date (arrears at once) and
the penalties owed.  Everything is `Decimal`, rounded to the cent each month.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.debt import RepaymentMethod
from debtdesk.domain.fair_share import pro_rata
from debtdesk.domain.money import CENT, ZERO, cents
from debtdesk.domain.proposal import Plan
from debtdesk.domain.status import DebtStatus

#: A plan that has not cleared every debt after 50 years is refused.
MAX_MONTHS = 600


class Strategy(str, enum.Enum):
    AVALANCHE = "avalanche"
    SNOWBALL = "snowball"
    FAIR_SHARE = "fair-share"


class MinimumKind(str, enum.Enum):
    FIXED = "fixed"  # the contractual instalment
    CARD = "card"  # a share of what is owed, at least a floor
    INTEREST = "interest"  # the month's interest (interest-only and bullet loans)


@dataclass(frozen=True)
class Minimum:
    kind: MinimumKind = MinimumKind.FIXED
    amount: Decimal = ZERO  # FIXED: the instalment
    share: Decimal = Decimal("0.10")  # CARD
    floor: Decimal = ZERO  # CARD

    def due(self, owed: Decimal, interest: Decimal) -> Decimal:
        """The minimum on a month when `owed` (balance plus this month's interest) is owed."""
        if self.kind is MinimumKind.CARD:
            wanted = max(cents(owed * self.share), self.floor, CENT)
        elif self.kind is MinimumKind.INTEREST:
            wanted = interest
        else:
            wanted = self.amount
        return min(wanted, owed)


@dataclass(frozen=True)
class PayoffDebt:
    """A debt as a payoff plan starts from it."""

    debt_id: int
    name: str
    balance: Decimal  # owed today, penalties included
    monthly_rate: Decimal
    minimum: Minimum
    due_day: int = 1
    penalties: Decimal = ZERO  # penalties and fees charged and unpaid, inside `balance`
    overdue_interest: Decimal = ZERO  # interest of overdue instalments, inside `balance`


@dataclass(frozen=True)
class PayoffRow:
    month: int  # 1 = the month after as_of
    due_date: date
    payment: Decimal
    interest: Decimal
    balance: Decimal  # after the payment


@dataclass(frozen=True)
class DebtPayoff:
    start: PayoffDebt
    rows: tuple[PayoffRow, ...]

    @property
    def debt_id(self) -> int:
        return self.start.debt_id

    @property
    def cleared_month(self) -> int:
        return self.rows[-1].month if self.rows else 0

    @property
    def cleared_on(self) -> date | None:
        return self.rows[-1].due_date if self.rows else None

    @property
    def total_paid(self) -> Decimal:
        return self._sums()[0]

    @property
    def interest(self) -> Decimal:
        return self._sums()[1]

    def _sums(self) -> tuple[Decimal, Decimal]:
        """(paid, interest) over the rows, added up once (a chart of thousands of debts reads each twice)."""
        sums = self.__dict__.get("_row_sums")
        if sums is None:
            sums = (sum((r.payment for r in self.rows), ZERO), sum((r.interest for r in self.rows), ZERO))
            object.__setattr__(self, "_row_sums", sums)
        return sums

    def payment_in(self, month: int) -> Decimal:
        return next((r.payment for r in self.rows if r.month == month), ZERO)


@dataclass(frozen=True)
class PlanSummary:
    """Any plan reduced to what a comparison shows: payments by month and the totals.

    `monthly` is ((first day of the month, total paid that month), ...).
    """

    key: str  # "current", a Strategy value, or the caller's own key
    monthly: tuple[tuple[date, Decimal], ...]
    total_paid: Decimal
    interest_and_penalties: Decimal
    debt_free_on: date | None


@dataclass(frozen=True)
class PayoffPlan:
    strategy: Strategy
    monthly_amount: Decimal
    as_of: date
    debts: tuple[DebtPayoff, ...]
    current: PlanSummary  # the current terms, for the comparison

    @property
    def months(self) -> int:
        return max((d.cleared_month for d in self.debts), default=0)

    @property
    def debt_free_on(self) -> date | None:
        return max((d.cleared_on for d in self.debts if d.cleared_on), default=None)

    @property
    def clear_order(self) -> tuple[int, ...]:
        """Debt ids in the order they are cleared (same month: as the strategy paid them).

        Worked out once per plan (a chart sorting 2,006 debts by it asked for it per comparison)."""
        order = self.__dict__.get("_clear_order")
        if order is None:
            ranked = sorted(enumerate(self.debts), key=lambda pair: (pair[1].cleared_month, pair[0]))
            order = tuple(d.debt_id for _, d in ranked)
            object.__setattr__(self, "_clear_order", order)
        return order

    @property
    def total_paid(self) -> Decimal:
        return sum((d.total_paid for d in self.debts), ZERO)

    @property
    def interest(self) -> Decimal:
        """Interest charged by the plan (not counting interest already overdue today)."""
        return sum((d.interest for d in self.debts), ZERO)

    @property
    def penalties(self) -> Decimal:
        return sum((d.start.penalties for d in self.debts), ZERO)

    @property
    def interest_and_penalties(self) -> Decimal:
        """Everything paid beyond the principal still owed."""
        return self.interest + self.penalties + sum((d.start.overdue_interest for d in self.debts), ZERO)

    @property
    def saving(self) -> Decimal:
        """Interest and penalties saved against the current terms (negative: the plan costs more)."""
        return self.current.interest_and_penalties - self.interest_and_penalties

    def month_totals(self) -> list[tuple[int, date, Decimal, Decimal, Decimal]]:
        """(month, first day of that month, paid, interest, balance left) for every month.

        Worked out once per plan (the chart, its summary and the command line each ask for them)."""
        totals = self.__dict__.get("_month_totals")
        if totals is None:
            totals = self._month_totals()
            object.__setattr__(self, "_month_totals", totals)
        return list(totals)

    def _month_totals(self) -> tuple[tuple[int, date, Decimal, Decimal, Decimal], ...]:
        months = self.months
        paid, interest, balance = [ZERO] * (months + 1), [ZERO] * (months + 1), [ZERO] * (months + 1)
        for d in self.debts:  # each row once, in the debts' order (the sums add up in the same order as before)
            for r in d.rows:
                paid[r.month] += r.payment
                interest[r.month] += r.interest
                balance[r.month] += r.balance
        return tuple((month, month_start(self.as_of, month), paid[month], interest[month], balance[month])
                     for month in range(1, months + 1))

    def summary(self) -> PlanSummary:
        monthly = tuple((on, paid) for _, on, paid, _, _ in self.month_totals())
        return PlanSummary(self.strategy.value, monthly, self.total_paid, self.interest_and_penalties,
                           self.debt_free_on)


class PayoffError(ValueError):
    """A plan that cannot be made: one sentence for the user about `field`.

    As a `FieldError`, the sentence is an English template with named
    parameters, so the window and the command line can translate it.
    """

    def __init__(self, template: str, field: str = "monthly", **params: object):
        super().__init__(template.format(**params))
        self.template = template
        self.field = field
        self.params = params


def month_start(as_of: date, month: int) -> date:
    """The first day of the `month`-th month after as_of's."""
    year, index = divmod(as_of.year * 12 + as_of.month - 1 + month, 12)
    return date(year, index + 1, 1)


# -- from a debt's status ------------------------------------------------------------

def payoff_debt(status: DebtStatus) -> PayoffDebt:
    debt, as_of = status.debt, status.state.as_of
    open_parts = [part for part in status.allocations if not part.settled]
    overdue_interest = sum((max(ZERO, p.unpaid_interest) for p in open_parts if p.instalment.due_date < as_of),
                           ZERO)
    if debt.method is RepaymentMethod.REVOLVING:
        minimum = Minimum(MinimumKind.CARD, share=debt.card.min_payment_share, floor=debt.card.min_payment_floor)
    elif debt.method in (RepaymentMethod.INTEREST_ONLY, RepaymentMethod.BULLET):
        minimum = Minimum(MinimumKind.INTEREST)
    else:
        coming = next((p.instalment for p in open_parts if p.instalment.due_date >= as_of), None)
        instalment = coming.payment if coming is not None else status.schedule.instalments[0].payment
        minimum = Minimum(MinimumKind.FIXED, amount=instalment)
    return PayoffDebt(
        debt_id=debt.id if debt.id is not None else 0,
        name=debt.lender.name,
        balance=status.state.outstanding + status.accrued.owed,
        monthly_rate=debt.rate.monthly,
        minimum=minimum,
        due_day=debt.effective_due_day,
        penalties=status.accrued.owed,
        overdue_interest=overdue_interest,
    )


def owing(statuses: Iterable[DebtStatus], currency: str | None = None) -> list[DebtStatus]:
    """The debts with something owed, in one currency (refused when several are mixed)."""
    owed = [s for s in statuses if s.state.outstanding + s.accrued.owed > 0]
    if currency is not None:
        return [s for s in owed if s.debt.currency == currency]
    currencies = sorted({s.debt.currency for s in owed})
    if len(currencies) > 1:
        raise PayoffError("These debts are in different currencies ({currencies}); make one payoff plan per "
                          "currency.", "currency", currencies=", ".join(currencies))
    return owed


def current_terms(statuses: Sequence[DebtStatus], as_of: date) -> PlanSummary:
    """What the contracts still ask for: arrears and penalties now, then each instalment when due."""
    by_month: dict[date, Decimal] = {}
    principal = ZERO
    total = ZERO
    last: date | None = None
    for status in statuses:
        now = status.accrued.owed
        for part in status.allocations:
            if part.settled:
                continue
            due = part.instalment.due_date
            on = as_of if due < as_of else due
            key = date(on.year, on.month, 1)
            by_month[key] = by_month.get(key, ZERO) + part.unpaid
            total += part.unpaid
            principal += max(ZERO, part.unpaid_principal)
            last = on if last is None or on > last else last
        if now:
            key = date(as_of.year, as_of.month, 1)
            by_month[key] = by_month.get(key, ZERO) + now
            total += now
            last = last or as_of
    monthly = tuple(sorted(by_month.items()))
    return PlanSummary("current", monthly, total, total - principal, last)


def plan_for(statuses: Sequence[DebtStatus], strategy: Strategy, monthly_amount: Decimal, as_of: date,
             currency: str | None = None) -> PayoffPlan:
    """The strategy's plan for the debts owing in one currency."""
    statuses = owing(statuses, currency)
    starts = [payoff_debt(s) for s in statuses]
    return payoff(starts, strategy, monthly_amount, as_of, current_terms(statuses, as_of))


def plans_for(starts: Sequence[PayoffDebt], strategies: Iterable[Strategy], monthly_amount: Decimal, as_of: date,
              current: PlanSummary) -> dict[Strategy, PayoffPlan]:
    """Several strategies' plans from the same starting points and current terms, worked out once (each
    costs a pass over every debt's allocations on a large file)."""
    return {s: payoff(starts, s, monthly_amount, as_of, current) for s in strategies}


def minimums_total(starts: Sequence[PayoffDebt]) -> Decimal:
    """The minimums of the first month together: the least a monthly amount can be."""
    total = ZERO
    for d in starts:
        interest = cents(d.balance * d.monthly_rate)
        total += d.minimum.due(d.balance + interest, interest)
    return total


# -- the plan itself ------------------------------------------------------------------

def _order(starts: Sequence[PayoffDebt], strategy: Strategy) -> list[int]:
    """Indexes of `starts` in the order extra money goes to them (fixed at the start)."""
    indexes = range(len(starts))
    if strategy is Strategy.AVALANCHE:
        return sorted(indexes, key=lambda i: (-starts[i].monthly_rate, starts[i].balance, starts[i].debt_id))
    return sorted(indexes, key=lambda i: (starts[i].balance, -starts[i].monthly_rate, starts[i].debt_id))


def payoff(starts: Sequence[PayoffDebt], strategy: Strategy, monthly_amount: Decimal, as_of: date,
           current: PlanSummary | None = None) -> PayoffPlan:
    strategy = Strategy(strategy)
    monthly_amount = Decimal(monthly_amount)
    if monthly_amount != cents(monthly_amount) or monthly_amount <= 0:
        raise PayoffError("The monthly amount must be more than 0, in cents at most.")
    starts = [d for d in starts if d.balance > 0]
    needed = minimums_total(starts)
    if monthly_amount < needed:
        raise PayoffError("{amount} a month is less than the minimum payments of these debts together "
                          "({needed}); set at least that much, or ask the lenders for lower payments with a "
                          "proposal.", amount=f"{monthly_amount:,.2f}", needed=f"{needed:,.2f}")
    order = _order(starts, strategy)
    balances = [d.balance for d in starts]
    rows: list[list[PayoffRow]] = [[] for _ in starts]
    due_on: dict[tuple[int, int], date] = {}  # (month, due day) -> date: thousands of debts share a few
    month = 0
    open_ = [i for i, b in enumerate(balances) if b > 0]
    while open_:
        month += 1
        if month > MAX_MONTHS:
            raise PayoffError("{amount} a month does not clear these debts within {years} years; set a larger "
                              "amount.", amount=f"{monthly_amount:,.2f}", years=MAX_MONTHS // 12)
        interest = {i: cents(balances[i] * starts[i].monthly_rate) for i in open_}
        owed = {i: balances[i] + interest[i] for i in open_}
        paid = {i: starts[i].minimum.due(owed[i], interest[i]) for i in open_}
        left = monthly_amount - sum(paid.values(), ZERO)
        if left < 0:
            raise PayoffError("{amount} a month is less than the minimum payments in month {month}; set a larger "
                              "amount.", amount=f"{monthly_amount:,.2f}", month=month)
        if strategy is Strategy.FAIR_SHARE:
            _share(left, open_, owed, paid)
        else:
            for i in (i for i in order if i in owed):
                if not left:
                    break
                extra = min(left, owed[i] - paid[i])
                paid[i] += extra
                left -= extra
        for i in open_:
            balances[i] = owed[i] - paid[i]
            key = (month, starts[i].due_day)
            on = due_on.get(key)
            if on is None:
                on = due_on[key] = nth_due_date(as_of, month, starts[i].due_day)
            rows[i].append(PayoffRow(month, on, paid[i], interest[i], balances[i]))
        open_ = [i for i in open_ if balances[i] > 0]  # a cleared debt stays cleared
    debts = tuple(DebtPayoff(d, tuple(r)) for d, r in zip(starts, rows, strict=True))
    ordered = tuple(debts[i] for i in order)  # the strategy's own order, for tables and legends
    return PayoffPlan(strategy, monthly_amount, as_of, ordered,
                      current if current is not None else PlanSummary("current", (), ZERO, ZERO, None))


def _share(left: Decimal, open_: list[int], owed: dict[int, Decimal], paid: dict[int, Decimal]) -> None:
    """Split `left` pro rata to what each debt still owes after its minimum; what a debt cannot
    take (it is cleared) is shared again between the others."""
    while left > 0:
        wanting = {i: owed[i] - paid[i] for i in open_ if owed[i] > paid[i]}
        if not wanting:
            return
        shares = pro_rata(left, wanting)
        taken = ZERO
        for i, share in shares.items():
            extra = min(share, wanting[i])
            paid[i] += extra
            taken += extra
        left -= taken
        if taken == 0:
            return


def suggested_monthly(statuses: Sequence[DebtStatus], currency: str | None = None) -> Decimal:
    """The minimums of the first month together, rounded up to the hundred: a starting point."""
    return rounded_up_monthly(minimums_total([payoff_debt(s) for s in owing(statuses, currency)]))


def rounded_up_monthly(needed: Decimal) -> Decimal:
    """The minimums together rounded up to the hundred: what `suggested_monthly` suggests."""
    return (Decimal(math.ceil(needed / 100)) * 100).quantize(CENT)


def proposal_summary(plans: Iterable[Plan], key: str = "given") -> PlanSummary:
    """Proposal plans (`proposal.Plan`, one per debt, as a `PlanSet` holds them) as one plan to compare.

    Interest and penalties are what the plans pay beyond the principal owed today, so a waiver or a
    settlement shows as less (a settlement below the principal, as a negative figure).
    """
    by_month: dict[date, Decimal] = {}
    total = principal = ZERO
    last: date | None = None
    for plan in plans:
        start = payoff_debt(plan.status)
        principal += start.balance - start.penalties - start.overdue_interest
        for row in plan.rows:
            key_month = date(row.due_date.year, row.due_date.month, 1)
            by_month[key_month] = by_month.get(key_month, ZERO) + row.payment
            total += row.payment
            last = row.due_date if last is None or row.due_date > last else last
    return PlanSummary(key, tuple(sorted(by_month.items())), total, total - principal, last)
