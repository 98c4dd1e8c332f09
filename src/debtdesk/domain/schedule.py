"""Repayment schedules for the five repayment methods of DOMAIN.md section 1.

Every amount is rounded to the cent each month; the last instalment absorbs
the rounding remainder, so the principal parts always sum to the principal.
A schedule is a value computed from a `Debt`, never a table edited by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from datetime import date
from decimal import Decimal

from debtdesk.domain.dates import due_date_in_month
from debtdesk.domain.debt import CardTerms, Debt, Rate, RepaymentMethod
from debtdesk.domain.money import CENT, ZERO, cents, reuse
from debtdesk.domain.slotted import field_setters, new_instance

#: A revolving card paid at its minimum stops being projected after 50 years.
MAX_REVOLVING_MONTHS = 600


@dataclass(frozen=True, slots=True)
class Instalment:
    """One row of a schedule (slotted: a large file keeps a quarter of a million of them)."""

    number: int
    due_date: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal  # principal still owed after this instalment


@dataclass(frozen=True)
class Schedule:
    instalments: tuple[Instalment, ...]

    @property
    def total_payment(self) -> Decimal:
        return sum((i.payment for i in self.instalments), ZERO)

    @property
    def total_interest(self) -> Decimal:
        return sum((i.interest for i in self.instalments), ZERO)

    @property
    def total_principal(self) -> Decimal:
        return sum((i.principal for i in self.instalments), ZERO)

    def __len__(self) -> int:
        return len(self.instalments)

    def __iter__(self):
        return iter(self.instalments)


@lru_cache(maxsize=4096)
def schedule_for(debt: Debt) -> Schedule:
    """The contractual schedule of a debt.

    Kept per version of the terms (a Debt is frozen, so equal terms give the same schedule):
    the status, the APR and the charts all ask for it, and on a large file each rebuild cost
    a fifth of the start-up.
    """
    return build_schedule(
        principal=debt.principal,
        rate=debt.rate,
        months=debt.term_months,
        method=debt.method,
        start=debt.start_date,
        due_day=debt.effective_due_day,
        card=debt.card,
    )


def build_schedule(
    principal: Decimal,
    rate: Rate,
    months: int,
    method: RepaymentMethod,
    start: date,
    due_day: int | None = None,
    card: CardTerms | None = None,
) -> Schedule:
    if principal <= 0:
        raise ValueError("principal must be positive")
    if months < 1 and method is not RepaymentMethod.REVOLVING:
        raise ValueError("term must be at least one month")
    if rate.value < 0:
        raise ValueError("rate must not be negative")
    day = due_day if due_day is not None else start.day

    months_before = start.year * 12 + start.month - 1

    def due(n: int) -> date:  # nth_due_date(start, n, day), the calendar work remembered per month
        year, month = divmod(months_before + n, 12)
        return _due_in(year, month + 1, day)

    builder = _BUILDERS[method]
    if method is RepaymentMethod.REVOLVING:
        rows = _revolving(principal, rate, start, due, card or CardTerms())
    else:
        rows = builder(principal, rate.monthly, months, due)
    return Schedule(tuple(rows))


def _instalment(number: int, due_date: date, payment: Decimal, principal: Decimal, interest: Decimal,
                balance: Decimal) -> Instalment:
    """`Instalment(...)` with its slots filled directly (see `debtdesk.domain.slotted`)."""
    made = new_instance(Instalment)
    _set_number(made, number)
    _set_due_date(made, due_date)
    _set_payment(made, payment)
    _set_principal(made, principal)
    _set_interest(made, interest)
    _set_balance(made, balance)
    return made


_set_number, _set_due_date, _set_payment, _set_principal, _set_interest, _set_balance = field_setters(Instalment)


@cache
def _due_in(year: int, month: int, due_day: int) -> date:
    """The due date in a month (`due_date_in_month`), once per month and due day: a large file
    asked for a quarter of a million of them, each building a date and a month calendar."""
    return due_date_in_month(year, month, due_day)


def annuity_payment(principal: Decimal, monthly_rate: Decimal, months: int) -> Decimal:
    """P·r·(1+r)^n / ((1+r)^n − 1), rounded to the cent; P/n when r is zero."""
    growth = (1 + monthly_rate) ** months
    if monthly_rate == 0 or growth == 1:  # a rate too small to register at Decimal's precision
        return cents(principal / months)
    return cents(principal * monthly_rate * growth / (growth - 1))


def _equal_instalment(principal, r, months, due):
    payment = annuity_payment(principal, r, months)
    balance = principal
    for n in range(1, months + 1):
        interest = cents(balance * r)
        part = balance if n == months else min(payment - interest, balance)
        balance -= part
        yield _instalment(n, due(n), reuse(part + interest, payment), part, interest, balance)


def _equal_principal(principal, r, months, due):
    part = cents(principal / months)
    balance = principal
    for n in range(1, months + 1):
        interest = cents(balance * r)
        this_part = balance if n == months else min(part, balance)
        balance -= this_part
        yield _instalment(n, due(n), this_part + interest, this_part, interest, balance)


def _interest_only(principal, r, months, due):
    interest = cents(principal * r)
    for n in range(1, months + 1):
        part = principal if n == months else ZERO
        balance = ZERO if n == months else principal
        yield _instalment(n, due(n), reuse(part + interest, interest), part, interest, balance)


def _bullet(principal, r, months, due):
    interest = cents(principal * r * months)  # simple interest over the term
    yield _instalment(1, due(months), principal + interest, principal, interest, ZERO)


def _revolving(principal: Decimal, rate: Rate, start: date, due, card: CardTerms):
    """Minimum payments each month; interest accrues daily on what stays unpaid.

    The payment settles accrued interest first, then principal.  The first
    statement is the principal itself (no interest before the first due date).
    """
    owed_principal = principal
    owed_interest = ZERO
    previous_due = None
    n = 0
    while owed_principal > 0 and n < MAX_REVOLVING_MONTHS:
        n += 1
        due_on = due(n)
        if previous_due is not None:
            days = (due_on - previous_due).days
            owed_interest += cents(owed_principal * rate.daily * days)
        balance = owed_principal + owed_interest
        # At least the interest and a cent of principal, so a card with no floor is still
        # paid off (a tiny balance whose interest rounds up to the whole minimum never
        # shrank); at the horizon the last payment settles everything, so the principal
        # parts sum to P.
        minimum = max(cents(balance * card.min_payment_share), card.min_payment_floor, owed_interest + CENT)
        payment = balance if n == MAX_REVOLVING_MONTHS else min(minimum, balance)
        interest_part = min(payment, owed_interest)
        principal_part = payment - interest_part
        owed_interest -= interest_part
        owed_principal -= principal_part
        previous_due = due_on
        yield _instalment(n, due_on, payment, principal_part, interest_part, owed_principal)


_BUILDERS = {
    RepaymentMethod.EQUAL_INSTALMENT: _equal_instalment,
    RepaymentMethod.EQUAL_PRINCIPAL: _equal_principal,
    RepaymentMethod.INTEREST_ONLY: _interest_only,
    RepaymentMethod.BULLET: _bullet,
    RepaymentMethod.REVOLVING: _revolving,
}
