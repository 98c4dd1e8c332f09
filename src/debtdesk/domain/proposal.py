"""Repayment proposals: what the borrower asks a lender for, as an exact schedule.

Options (DOMAIN.md section 3) combine: a deferral of N months, then either
equal instalments over N months (up to 60), or a lower monthly payment (for
some months, with the rest spread over as many months again unless
instalments say otherwise), or a one-off settlement at a share of the
balance (on a chosen date); penalties may be waived and interest frozen
(停息挂账) on top.  A pause (seeds/003) stops payments and interest for N
months, then the original instalments resume.  The plan starts from what is
owed today: the overdue instalments, the principal not yet due, and (unless
waived) the penalty interest and fees accrued so far.  Whether a plan is
affordable is the household's question (`household.py`), not one plan's.

Every row is rounded to the cent and the last payment absorbs the remainder,
so the plan reconciles: total paid = amount owed + interest − amount forgiven.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.money import ZERO, cents
from debtdesk.domain.plan_rows import RowBuilder
from debtdesk.domain.proposal_options import MAX_INSTALMENTS as MAX_INSTALMENTS  # both re-exported
from debtdesk.domain.proposal_options import ProposalOptions as ProposalOptions
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import FieldError

MAX_PLAN_MONTHS = 600


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
    rate = ZERO if options.freeze_interest or options.pause_months else status.debt.rate.monthly
    balance = owed_today(status, options.waive_penalties)
    builder = RowBuilder(start, status.debt.effective_due_day, rate, balance, PlanRow)
    forgiven = ZERO
    if options.pause_months:
        _pause(builder, status, options)
    else:
        for _ in range(options.deferral_months):
            builder.add(ZERO)
        if options.settlement_percent is not None:
            pay = cents(builder.balance * options.settlement_percent / 100)
            forgiven = builder.balance - pay
            builder.settle(pay, options.settle_on)
        else:
            _spread(builder, status, options, rate)
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


def _spread(builder: RowBuilder[PlanRow], status: DebtStatus, options: ProposalOptions, rate: Decimal) -> None:
    """A lower payment for some months (or until cleared), then equal instalments for the rest."""
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


def _pause(builder: RowBuilder[PlanRow], status: DebtStatus, options: ProposalOptions) -> None:
    """N months with nothing paid and no interest, then the unpaid instalments as they were.

    The instalments keep their amounts and their order, one a month after the
    pause: an instalment already overdue comes first, so a debt that is up to
    date has each instalment exactly N months after its contract date.
    Penalties accrued so far (unless waived) are paid with the first
    instalment after the pause.  So the pause costs nothing extra: the total
    paid is what the current terms still ask for (less any waiver).
    """
    for _ in range(options.pause_months):
        builder.add(ZERO)
    parts = [part for part in status.allocations if part.unpaid > 0]
    penalties = builder.balance - owed_today(status, True) if not options.waive_penalties else ZERO
    for n, part in enumerate(parts, 1):
        not_yet_due = part.instalment.due_date >= status.state.as_of
        interest = part.unpaid - part.unpaid_principal if not_yet_due else ZERO
        builder.pay(part.unpaid + (penalties if n == 1 else ZERO), interest, last=(n == len(parts)))
