"""The penalty ledger: what a debt owes day by day, as a lender keeps its books.

Lenders accrue penalty interest (罚息) every day on what is overdue that day,
and what has accrued stays owed until it is paid or waived: a late payment
stops the clock, it does not turn it back (DOMAIN.md section 2).  This module
replays a debt's life from its schedule and the real payment dates:

* each day after an instalment's due date, penalty interest accrues on its
  unpaid base (overdue principal, or the whole unpaid instalment; with 复利,
  overdue unpaid interest too) at the debt's penalty rate;
* inside the grace days nothing is charged yet: if the instalment is settled
  within grace, what accrued for it is dropped; if not, the lender charges it
  from the due date, and the late fee for that instalment with it;
* a payment is applied on its date, after that day's accrual, in the debt's
  order (`PaymentOrder`): the instalments due first, or the Civil Code's
  costs → interest → principal.

The replay jumps from one event to the next (a due date, the end of a grace
period, a payment, a date asked about): between two events nothing changes,
so a segment's accrual is its base × the daily rate × its days.  Amounts
accrue exactly and are rounded to the cent when reported.

Every figure about arrears (days past due, penalties so far, what is owed,
the waiting cost by each coming stage, what a plan starts from, what a
waiver forgives) is read from this one ledger.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Iterable, Sequence

from debtdesk.domain.debt import Debt, LateFeeRule, Payment, PaymentOrder, PenaltyBase
from debtdesk.domain.money import ZERO, cents, reuse
from debtdesk.domain.schedule import Instalment, Schedule
from debtdesk.domain.slotted import field_setters, new_instance


@dataclass(frozen=True, slots=True)
class Allocation:
    """One instalment and how much of it the payments made so far cover (slotted: a large file keeps a
    quarter of a million)."""

    instalment: Instalment
    interest_covered: Decimal
    principal_covered: Decimal

    @property
    def covered(self) -> Decimal:
        return self.interest_covered + self.principal_covered

    @property
    def unpaid(self) -> Decimal:
        return self.instalment.payment - self.covered

    @property
    def settled(self) -> bool:
        return self.covered >= self.instalment.payment

    @property
    def unpaid_principal(self) -> Decimal:
        return self.instalment.principal - self.principal_covered

    @property
    def unpaid_interest(self) -> Decimal:
        return self.instalment.interest - self.interest_covered


@dataclass(frozen=True)
class Charges:
    """Penalty interest and late fees charged by `on`, and how much of them has been paid."""

    on: date
    penalty_interest: Decimal  # charged by `on`, paid or not
    late_fees: Decimal
    penalty_paid: Decimal = ZERO
    fees_paid: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        """Everything charged so far (what waiting has cost)."""
        return self.penalty_interest + self.late_fees

    @property
    def paid(self) -> Decimal:
        return self.penalty_paid + self.fees_paid

    @property
    def owed(self) -> Decimal:
        """Charged and not yet paid: what a waiver would forgive."""
        return self.total - self.paid


@dataclass(frozen=True)
class LedgerResult:
    as_of: date
    allocations: tuple[Allocation, ...]
    charges: Charges  # by as_of
    projected: dict[date, Charges]  # by each later date asked about, if nothing more is paid
    paid_total: Decimal  # everything paid by as_of
    surplus: Decimal  # paid beyond everything the debt could ask for


@dataclass(frozen=True)
class LedgerRules:
    """What the ledger needs of a debt's terms; the default charges nothing and pays oldest first."""

    daily_penalty_rate: Decimal = ZERO
    base: PenaltyBase = PenaltyBase.OVERDUE_PRINCIPAL
    compound: bool = False
    late_fee: LateFeeRule = LateFeeRule()
    grace_days: int = 0
    order: PaymentOrder = PaymentOrder.OLDEST_FIRST

    @classmethod
    def of(cls, debt: Debt) -> "LedgerRules":
        return cls(debt.penalty.daily_rate(debt.rate), debt.penalty.base, debt.penalty.compound, debt.late_fee,
                   debt.grace_days, debt.payment_order)


class _Line:
    """An instalment's unpaid interest and principal, and its penalty held back during grace."""

    __slots__ = ("inst", "interest", "principal", "held", "charged_from", "due", "grace_end")

    def __init__(self, inst: Instalment, grace_days: int):
        self.inst = inst
        self.interest = inst.interest
        self.principal = inst.principal
        self.held = ZERO  # accrued inside grace, not charged yet
        self.due = inst.due_date
        self.grace_end = inst.due_date + timedelta(days=grace_days)  # last day without charges
        self.charged_from: date | None = None  # set once the grace is over and it was still unpaid

    @property
    def unpaid(self) -> Decimal:
        return self.interest + self.principal


class _Books:
    """The running state of one replay."""

    def __init__(self, rules: LedgerRules, schedule: Schedule):
        self.rules = rules
        self.lines = [_Line(inst, rules.grace_days) for inst in schedule]
        self.daily = rules.daily_penalty_rate
        self.penalty = ZERO  # charged, exact
        self.fees = ZERO
        self.penalty_paid = ZERO
        self.fees_paid = ZERO
        self.surplus = ZERO
        self.paid = ZERO
        self._open = 0  # lines before this index are settled for good
        self.dues = [line.due for line in self.lines]
        self.ending: dict[date, list[_Line]] = {}
        for line in self.lines:
            self.ending.setdefault(line.grace_end, []).append(line)

    def _first_open(self) -> int:
        lines = self.lines
        while self._open < len(lines) and not (lines[self._open].interest or lines[self._open].principal):
            self._open += 1
        return self._open

    # -- accrual -------------------------------------------------------------
    def _base(self, line: _Line) -> Decimal:
        base = line.principal
        if self.rules.base is PenaltyBase.OVERDUE_INSTALMENT or self.rules.compound:
            base += line.interest
        return base

    def accrue(self, start: date, end: date) -> None:
        """Penalty interest for the days after `start` up to and including `end`."""
        if end <= start or not self.daily:
            return
        days = (end - start).days
        lines = self.lines
        for i in range(self._first_open(), bisect_left(self.dues, end)):
            line = lines[i]
            if not (line.interest or line.principal):
                continue
            amount = self._base(line) * self.daily * min(days, (end - line.due).days)
            if line.charged_from is None:
                line.held += amount
            else:
                self.penalty += amount

    def end_of_grace(self, day: date) -> None:
        """Instalments whose grace ends today: still unpaid → charged from the due date, plus the fee."""
        fee = self.rules.late_fee
        for line in self.ending.get(day, ()):
            if line.charged_from is not None:
                continue
            if line.unpaid:
                line.charged_from = line.due
                self.penalty += line.held
                self.fees += fee.fixed + line.inst.payment * fee.percent_of_instalment
            line.held = ZERO

    # -- payments ------------------------------------------------------------
    def pay(self, payment: Payment) -> None:
        left = payment.amount
        self.paid += left
        lines, take = self.lines, self._take
        first = self._first_open()
        split = bisect_right(self.dues, payment.paid_on, first)  # lines[first:split] are due
        if self.rules.order is PaymentOrder.CIVIL_CODE:
            left = self._pay_charges(left)
            for i in range(first, split):
                if not left:
                    break
                left = take(lines[i], left, principal=False)
            for i in range(first, split):
                if not left:
                    break
                left = take(lines[i], left, interest=False)
        else:
            for i in range(first, split):
                if not left:
                    break
                left = take(lines[i], left)
            left = self._pay_charges(left)
        for i in range(split, len(lines)):
            if not left:
                break
            left = take(lines[i], left)
        self.surplus += left

    def _pay_charges(self, left: Decimal) -> Decimal:
        """Fees (the costs) first, then penalty interest; only what shows in cents can be paid."""
        if not self.fees and not self.penalty:  # most payments on most debts: nothing charged yet
            return left - ZERO  # as below: the amount with at least two places
        fee = min(left, cents(self.fees - self.fees_paid))
        self.fees_paid += fee
        left -= fee
        penalty = min(left, max(ZERO, cents(self.penalty - self.penalty_paid)))
        self.penalty_paid += penalty
        return left - penalty

    @staticmethod
    def _take(line: _Line, left: Decimal, interest: bool = True, principal: bool = True) -> Decimal:
        """Pay what `left` allows of the line's interest, then its principal; returns what is left."""
        if interest and line.interest:
            taken = left if left < line.interest else line.interest
            line.interest -= taken
            left -= taken
        if principal and left and line.principal:
            taken = left if left < line.principal else line.principal
            line.principal -= taken
            left -= taken
        if line.charged_from is None and not (line.interest or line.principal):
            line.held = ZERO  # settled inside grace: nothing is charged for it
        return left

    # -- reading -------------------------------------------------------------
    def charges(self, on: date) -> Charges:
        return Charges(on, cents(self.penalty), cents(self.fees), cents(self.penalty_paid), cents(self.fees_paid))

    def allocations(self) -> tuple[Allocation, ...]:
        return tuple(_allocation(line.inst, _covered(line.inst.interest, line.interest),
                                 _covered(line.inst.principal, line.principal))
                     for line in self.lines)


def _covered(full: Decimal, left: Decimal) -> Decimal:
    """`full - left`, as the amount already held when it is the same number written the same way.

    Most instalments are covered wholly (`full` itself) or not at all (`ZERO`): a large file's
    allocations then hold no amounts of their own.
    """
    covered = full - left
    if not left:
        return reuse(covered, full)
    if not covered:
        return reuse(covered, ZERO)
    return covered


def _allocation(inst: Instalment, interest_covered: Decimal, principal_covered: Decimal) -> Allocation:
    """`Allocation(...)` with its slots filled directly (see `debtdesk.domain.slotted`)."""
    made = new_instance(Allocation)
    _set_instalment(made, inst)
    _set_interest_covered(made, interest_covered)
    _set_principal_covered(made, principal_covered)
    return made


_set_instalment, _set_interest_covered, _set_principal_covered = field_setters(Allocation)


def replay(rules: LedgerRules, schedule: Schedule, payments: Iterable[Payment], as_of: date,
           project_to: Sequence[date] | Callable[[tuple[Allocation, ...]], Sequence[date]] = (),
           with_allocations: bool = True) -> LedgerResult:
    """The debt's books on `as_of` from the payments made by then, and the charges by each later
    date in `project_to` if nothing more is paid.

    `project_to` may be a function of the allocations on `as_of` (the coming stage dates depend
    on which instalment is the oldest unpaid), so one replay serves both.  `with_allocations=False`
    (only the charges are wanted: the cost of waiting) leaves them out, a tenth of a replay's time.
    """
    if not with_allocations and callable(project_to):
        raise ValueError("project_to as a function needs the allocations")
    books = _Books(rules, schedule)
    paid = sorted((p for p in payments if p.paid_on <= as_of), key=lambda p: (p.paid_on, p.id or 0))
    payments_on: dict[date, list[Payment]] = {}
    for p in paid:
        payments_on.setdefault(p.paid_on, []).append(p)
    ends = [d for d in books.ending if d <= as_of]
    clock = min([as_of, *(p.paid_on for p in paid), *ends, *(books.dues[:1])])

    def run(stops, on_stop) -> None:
        nonlocal clock
        for stop in sorted(stops):
            books.accrue(clock, stop)
            clock = stop
            for payment in payments_on.get(stop, ()):
                books.pay(payment)
            on_stop(stop)
            if stop in books.ending:  # the grace's last day is over: what is still unpaid is charged
                books.end_of_grace(stop)

    now: list = []
    run({as_of, *payments_on, *ends},
        lambda stop: now.append((books.charges(as_of), books.allocations() if with_allocations else ()))
        if stop == as_of else None)
    charges, allocations = now[0]
    wanted = project_to(allocations) if callable(project_to) else project_to
    later = sorted({d for d in wanted if d > as_of})
    projected: dict[date, Charges] = {}
    if later:
        targets = set(later)
        run({*later, *(d for d in books.ending if as_of < d <= later[-1])},
            lambda stop: projected.__setitem__(stop, books.charges(stop)) if stop in targets else None)
    return LedgerResult(as_of, allocations, charges, projected, sum((p.amount for p in paid), ZERO),
                        cents(books.surplus))
