"""Repayment proposals: what the borrower asks a lender for, as an exact schedule.

Options (DOMAIN.md section 3) combine: a deferral of N months, then either
equal instalments over N months (up to 60), or a lower monthly payment (for
some months, with the rest spread over as many months again unless
instalments say otherwise), or a one-off
settlement at a share of the balance; penalties may be waived and interest
frozen (停息挂账) on top.  The plan starts from what is owed today: the
overdue instalments, the principal not yet due, and (unless waived) the
penalty interest and fees accrued so far.

Every row is rounded to the cent and the last payment absorbs the remainder,
so the plan reconciles: total paid = amount owed + interest − amount forgiven.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.money import CENT, ZERO, cents
from debtdesk.domain.schedule import annuity_payment
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import MAX_AMOUNT, FieldError, decimal_places

MAX_INSTALMENTS = 60
MAX_PLAN_MONTHS = 600


@dataclass(frozen=True)
class ProposalOptions:
    deferral_months: int = 0
    instalment_months: int | None = None
    lower_payment: Decimal | None = None
    lower_months: int | None = None  # None: the lower payment until cleared
    waive_penalties: bool = False
    freeze_interest: bool = False
    settlement_percent: Decimal | None = None  # e.g. 60 = pay 60% of the balance once

    def errors(self) -> list[FieldError]:
        errors = []
        if not 0 <= self.deferral_months <= 24:
            errors.append(FieldError("deferral_months", "A deferral is between 0 and 24 months."))
        if self.instalment_months is not None and not 1 <= self.instalment_months <= MAX_INSTALMENTS:
            errors.append(FieldError("instalment_months", "Instalments run over 1 to {max} months.",
                                     {"max": MAX_INSTALMENTS}))
        if self.lower_payment is not None:
            if self.lower_payment < CENT:
                errors.append(FieldError("lower_payment", "Must be at least 0.01."))
            elif self.lower_payment > MAX_AMOUNT:
                errors.append(FieldError("lower_payment", "Must be at most {maximum}.", {"maximum": MAX_AMOUNT}))
            elif decimal_places(self.lower_payment) > 2:
                errors.append(FieldError("lower_payment", "At most two decimal places (cents)."))
        if self.lower_months is not None and (self.lower_payment is None or not 1 <= self.lower_months <= 120):
            errors.append(FieldError("lower_months", "Give a lower payment, for 1 to 120 months."))
        if self.settlement_percent is not None:
            if not 0 < self.settlement_percent <= 100:
                errors.append(FieldError("settlement_percent", "A settlement is more than 0% and at most 100%."))
            elif decimal_places(self.settlement_percent) > 4:
                errors.append(FieldError("settlement_percent", "At most four decimal places."))
            if self.instalment_months is not None or self.lower_payment is not None:
                errors.append(FieldError("settlement_percent",
                                         "A one-off settlement cannot be combined with instalments or a "
                                         "lower monthly payment."))
        if self.instalment_months is not None and self.lower_payment is not None and self.lower_months is None:
            errors.append(FieldError("lower_months",
                                     "Say for how many months the lower payment runs before the instalments."))
        return errors


@dataclass(frozen=True)
class PlanRow:
    number: int
    due_date: date
    payment: Decimal
    principal: Decimal  # payment − interest; negative while unpaid interest is added (deferral)
    interest: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Plan:
    status: DebtStatus
    options: ProposalOptions
    owed_today: Decimal  # the starting balance
    rows: tuple[PlanRow, ...]
    forgiven: Decimal  # settlement discount (and nothing else)
    waived: Decimal  # penalties and fees waived
    current_cost: Decimal  # what the current terms still ask for: unpaid instalments + penalties

    @property
    def total_paid(self) -> Decimal:
        return sum((r.payment for r in self.rows), ZERO)

    @property
    def total_interest(self) -> Decimal:
        return sum((r.interest for r in self.rows), ZERO)

    @property
    def highest_payment(self) -> Decimal:
        return max((r.payment for r in self.rows), default=ZERO)

    @property
    def first_payment(self) -> PlanRow | None:
        return next((r for r in self.rows if r.payment > 0), None)

    @property
    def saving(self) -> Decimal:
        return self.current_cost - self.total_paid

    def affordable(self, available_per_month: Decimal) -> bool:
        """Every monthly payment fits; a one-off settlement is judged by the caller."""
        if self.options.settlement_percent is not None:
            return True
        return self.highest_payment <= available_per_month


class ProposalError(ValueError):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def owed_today(status: DebtStatus, waive_penalties: bool) -> Decimal:
    return status.state.outstanding + (ZERO if waive_penalties else status.accrued.owed)


def current_cost(status: DebtStatus) -> Decimal:
    """Every unpaid scheduled payment (future interest included) plus penalties charged and unpaid."""
    return sum((part.unpaid for part in status.allocations), ZERO) + status.accrued.owed


def remaining_instalments(status: DebtStatus) -> int:
    """How many scheduled instalments are not yet fully paid (at least 1)."""
    return max(1, sum(1 for part in status.allocations if not part.settled))


def first_plan_date(status: DebtStatus) -> date:
    """The debt's due day in the month after as_of."""
    return nth_due_date(status.state.as_of, 1, status.debt.effective_due_day)


def build_plan(status: DebtStatus, options: ProposalOptions, start: date | None = None) -> Plan:
    errors = options.errors()
    if errors:
        raise ProposalError(errors)
    start = start or first_plan_date(status)
    rate = ZERO if options.freeze_interest else status.debt.rate.monthly
    balance = owed_today(status, options.waive_penalties)
    builder = _RowBuilder(start, status.debt.effective_due_day, rate, balance)

    for _ in range(options.deferral_months):
        builder.add(ZERO)
    forgiven = ZERO
    if options.settlement_percent is not None:
        pay = cents(builder.balance * options.settlement_percent / 100)
        forgiven = builder.balance - pay
        builder.settle(pay)
    else:
        if options.lower_payment is not None:
            months = options.lower_months or MAX_PLAN_MONTHS
            if options.lower_months is None and cents(builder.balance * rate) >= options.lower_payment:
                raise ProposalError([FieldError(
                    "lower_payment", "{amount} a month does not cover the interest; the debt would never "
                    "be repaid.", {"amount": options.lower_payment})])
            for _ in range(months):
                if builder.balance <= 0:
                    break
                builder.add(options.lower_payment)
        if builder.balance > 0:
            months = options.instalment_months or options.lower_months or remaining_instalments(status)
            builder.amortise(months)
    owed = owed_today(status, options.waive_penalties)
    return Plan(
        status=status,
        options=options,
        owed_today=owed,
        rows=tuple(builder.rows),
        forgiven=forgiven,
        waived=status.accrued.owed if options.waive_penalties else ZERO,
        current_cost=current_cost(status),
    )


class _RowBuilder:
    def __init__(self, start: date, due_day: int, rate: Decimal, balance: Decimal):
        self.start, self.due_day, self.rate, self.balance = start, due_day, rate, balance
        self.rows: list[PlanRow] = []

    def _date(self) -> date:
        return nth_due_date(self.start, len(self.rows), self.due_day) if self.rows else self.start

    def add(self, payment: Decimal, last: bool = False) -> None:
        payment = cents(payment)
        interest = cents(self.balance * self.rate)
        if last or payment >= self.balance + interest:
            payment = self.balance + interest
        principal = payment - interest
        self.balance -= principal
        self.rows.append(PlanRow(len(self.rows) + 1, self._date(), payment, principal, interest, self.balance))

    def settle(self, payment: Decimal) -> None:
        self.rows.append(PlanRow(len(self.rows) + 1, self._date(), payment, payment, ZERO, ZERO))
        self.balance = ZERO

    def amortise(self, months: int) -> None:
        payment = annuity_payment(self.balance, self.rate, months)
        for n in range(1, months + 1):
            if self.balance <= 0:
                break
            self.add(payment, last=(n == months))
