"""Agreements with a lender: the agreed terms and the schedule computed from them.

An agreement comes from an accepted proposal (its options, resolved into
terms on the day it was accepted) or from a counter-offer the lender made.
Either way it is a value: the agreed balance, the shape of the repayment
(a pause, a down payment, a lower payment for some months, equal instalments,
or a one-off settlement), the interest on the agreed balance (usually none),
the first due date and the grace the agreement allows.  The agreed schedule
is always computed from those terms, never typed row by row; every row is
rounded to the cent and the last one absorbs the remainder, as proposals do.

From its start date (`Agreement.start`) until it ends, the agreed rows replace
the contract's instalments for days past due, stages and penalties
(`debtdesk.domain.status.debt_status(..., agreement=...)`); what happens when
a payment is missed is in `debtdesk.domain.agreement_check`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.money import CENT, ZERO, cents, parse_decimal
from debtdesk.domain.plan_rows import RowBuilder
from debtdesk.domain.schedule import Instalment, Schedule
from debtdesk.domain.validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_AMOUNT,
    MAX_ANNUAL_RATE,
    MAX_GRACE_DAYS,
    FieldError,
    decimal_places,
)

MAX_AGREED_MONTHS = 600
MAX_DEFERRAL_MONTHS = 24


class Outcome(str, enum.Enum):
    """What came of a letter."""

    WAITING = "waiting"  # no reply yet; the user may set a date to wait until
    ACCEPTED = "accepted"
    COUNTER_OFFER = "counter_offer"  # the lender offered other terms
    REFUSED = "refused"
    NO_ANSWER = "no_answer"  # recorded by the user (also shown when the answer-by date has passed)


class OnBreach(str, enum.Enum):
    """What the agreement says happens when a payment is missed (DOMAIN.md section 7)."""

    REVIVES = "revives"  # the whole original debt and its penalties are due again (the usual clause)
    ACCELERATES = "accelerates"  # what is left of the agreed amount falls due at once
    OTHER = "other"  # as the clause text says


class Source(str, enum.Enum):
    PROPOSAL = "proposal"  # the borrower's proposal, accepted
    COUNTER_OFFER = "counter_offer"  # the lender's counter-offer, accepted


@dataclass(frozen=True)
class AgreedRow:
    number: int
    due_date: date
    payment: Decimal
    principal: Decimal  # payment − interest; negative while unpaid interest is added (a pause)
    interest: Decimal
    balance: Decimal


@dataclass(frozen=True)
class AgreedPayment:
    """One payment of an agreement whose schedule is a list (an accepted plan of any shape)."""

    due_date: date
    amount: Decimal
    interest: Decimal = ZERO  # the part of it that is interest (the rest reduces the balance)


@dataclass(frozen=True)
class AgreementTerms:
    """What was agreed; every amount in the debt's currency, the rate annual (0.06 = 6 % a year)."""

    balance: Decimal  # the amount the agreement repays (arrears, principal not yet due, penalties kept)
    first_due: date  # the first agreed due date (a pause's first month counts)
    annual_rate: Decimal = ZERO  # interest on the agreed balance; 0 when interest is frozen
    due_day: int | None = None  # later due dates fall on this day of the month; None: first_due's day
    deferral_months: int = 0  # months with nothing to pay, first
    down_payment: Decimal = ZERO  # paid on the first due date after any pause
    lower_payment: Decimal | None = None  # a fixed monthly amount ...
    lower_months: int | None = None  # ... for this many months (None: until cleared)
    instalment_months: int | None = None  # then equal instalments over this many months
    settlement: Decimal | None = None  # a one-off payment that settles everything
    grace_days: int = 0  # days after an agreed due date before a missed payment breaks it
    waived: Decimal = ZERO  # penalties and fees the lender waived (for the record)
    payments: tuple[AgreedPayment, ...] = ()  # the payments as listed (a plan no shape above describes)

    @property
    def effective_due_day(self) -> int:
        return self.due_day if self.due_day is not None else self.first_due.day

    @property
    def forgiven(self) -> Decimal:
        """What a settlement (or a list of payments) leaves unpaid (0 otherwise)."""
        if self.payments:
            return max(ZERO, self.balance - sum((p.amount - p.interest for p in self.payments), ZERO))
        if self.settlement is None:
            return ZERO
        return max(ZERO, self.balance - self.down_payment - self.settlement)

    def errors(self) -> list[FieldError]:
        errors: list[FieldError] = []

        def amount(name: str, value: Decimal | None, positive: bool = False) -> None:
            if value is None:
                return
            if value < (CENT if positive else ZERO):
                errors.append(FieldError(name, "Must be at least 0.01." if positive else "Must not be negative."))
            elif value > MAX_AMOUNT:
                errors.append(FieldError(name, "Must be at most {maximum}.", {"maximum": MAX_AMOUNT}))
            elif decimal_places(value) > 2:
                errors.append(FieldError(name, "At most two decimal places (cents)."))

        amount("balance", self.balance, positive=True)
        amount("down_payment", self.down_payment)
        amount("lower_payment", self.lower_payment, positive=True)
        amount("settlement", self.settlement, positive=True)
        amount("waived", self.waived)
        if not ZERO <= self.annual_rate <= MAX_ANNUAL_RATE:
            errors.append(FieldError("annual_rate", "A rate is between 0% and 1000% a year."))
        if not EARLIEST_DATE <= self.first_due <= LATEST_DATE:
            errors.append(FieldError("first_due", "Must be between {first} and {last}.",
                                     {"first": EARLIEST_DATE, "last": LATEST_DATE}))
        if self.due_day is not None and not 1 <= self.due_day <= 31:
            errors.append(FieldError("due_day", "A day of the month is between 1 and 31."))
        if not 0 <= self.deferral_months <= MAX_DEFERRAL_MONTHS:
            errors.append(FieldError("deferral_months", "A pause is between 0 and {max} months.",
                                     {"max": MAX_DEFERRAL_MONTHS}))
        if not 0 <= self.grace_days <= MAX_GRACE_DAYS:
            errors.append(FieldError("grace_days", "Grace is between 0 and {max} days.", {"max": MAX_GRACE_DAYS}))
        if self.instalment_months is not None and not 1 <= self.instalment_months <= MAX_AGREED_MONTHS:
            errors.append(FieldError("instalment_months", "Instalments run over 1 to {max} months.",
                                     {"max": MAX_AGREED_MONTHS}))
        if self.lower_months is not None and (self.lower_payment is None or not 1 <= self.lower_months <= 120):
            errors.append(FieldError("lower_months", "Give a lower payment, for 1 to 120 months."))
        if self.settlement is not None and (self.instalment_months is not None or self.lower_payment is not None):
            errors.append(FieldError("settlement", "A one-off settlement cannot be combined with instalments or "
                                                   "a lower monthly payment."))
        if self.instalment_months is not None and self.lower_payment is not None and self.lower_months is None:
            errors.append(FieldError("lower_months", "Say for how many months the lower payment runs before "
                                                     "the instalments."))
        if self.payments:
            shaped = (self.deferral_months or self.down_payment or self.lower_payment is not None or
                      self.lower_months is not None or self.instalment_months is not None or
                      self.settlement is not None or self.annual_rate)
            if shaped:
                errors.append(FieldError("payments", "Listed payments cannot be combined with other terms."))
            days = [p.due_date for p in self.payments]
            if days != sorted(set(days)) or days[0] != self.first_due:
                errors.append(FieldError("payments", "Listed payments fall on different days, in order, from "
                                                     "the first due date."))
            for payment in self.payments:
                amount("payments", payment.amount)
                amount("payments", payment.interest)  # may exceed the payment: the rest is added to the balance
            if not any(p.amount > 0 for p in self.payments):
                errors.append(FieldError("payments", "At least one payment must ask for money."))
        if not errors and self.down_payment > self.balance:
            errors.append(FieldError("down_payment", "The down payment is more than the agreed balance."))
        if not errors and self.lower_payment is not None and self.lower_months is None:
            interest = cents(self.balance * self.annual_rate / 12)
            if interest >= self.lower_payment:
                errors.append(FieldError("lower_payment", "{amount} a month does not cover the interest; the debt "
                                                          "would never be repaid.", {"amount": self.lower_payment}))
        return errors


class AgreementError(ValueError):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def agreed_rows(terms: AgreementTerms) -> tuple[AgreedRow, ...]:
    """The agreed schedule, row by row (a pause's months included, with nothing to pay)."""
    errors = terms.errors()
    if errors:
        raise AgreementError(errors)
    if terms.payments:  # after the last listed payment nothing is owed: what it leaves unpaid is forgiven
        listed, balance, last = [], terms.balance, len(terms.payments)
        for number, payment in enumerate(terms.payments, 1):
            balance = ZERO if number == last else balance - (payment.amount - payment.interest)
            listed.append(AgreedRow(number, payment.due_date, payment.amount, payment.amount - payment.interest,
                                    payment.interest, balance))
        return tuple(listed)
    rows = RowBuilder(terms.first_due, terms.effective_due_day, terms.annual_rate / 12, terms.balance, AgreedRow)
    for _ in range(terms.deferral_months):
        rows.add(ZERO)
    if terms.down_payment > 0:
        rows.add(terms.down_payment)
    if rows.balance <= 0:
        return tuple(rows.rows)
    if terms.settlement is not None:
        rows.settle(terms.settlement)
        return tuple(rows.rows)
    if terms.lower_payment is not None:
        for _ in range(terms.lower_months or MAX_AGREED_MONTHS):
            if rows.balance <= 0:
                break
            rows.add(terms.lower_payment)
    if rows.balance > 0:
        rows.amortise(terms.instalment_months or terms.lower_months or 1)
    return tuple(rows.rows)


@dataclass(frozen=True)
class Agreement:
    """A signed agreement on one debt; in force from `start` until `ended_on` (if ever)."""

    debt_id: int | None
    terms: AgreementTerms
    start: date  # from this day the agreed rows replace the contract's instalments
    signed_on: date
    source: Source = Source.PROPOSAL
    on_breach: OnBreach = OnBreach.REVIVES
    clause: str = ""  # what the agreement itself says happens after a missed payment
    ended_on: date | None = None  # from this day the contract applies again (e.g. the lender revived it)
    end_reason: str = ""
    letter_id: int | None = None
    proposal_id: int | None = None
    notes: str = ""
    id: int | None = None

    def errors(self) -> list[FieldError]:
        errors = list(self.terms.errors())
        if self.terms.first_due < self.start:
            errors.append(FieldError("first_due", "The first agreed payment cannot fall before the agreement "
                                                  "starts ({start}).", {"start": self.start}))
        if self.ended_on is not None and self.ended_on <= self.start:
            errors.append(FieldError("ended_on", "An agreement ends after it starts ({start}).",
                                     {"start": self.start}))
        if len(self.clause) > 5000:
            errors.append(FieldError("clause", "At most {n} characters.", {"n": 5000}))
        return errors

    @cached_property
    def rows(self) -> tuple[AgreedRow, ...]:
        return agreed_rows(self.terms)

    @cached_property
    def schedule(self) -> Schedule:
        """The rows that ask for money, as the ledger's instalments.

        A pause's rows ask for nothing and are left out.  A row that pays less
        than its interest (a low payment with interest added) is split so that
        neither part is negative; the ledger charges nothing on agreed rows.
        """
        instalments = []
        for row in self.rows:
            if row.payment <= 0:
                continue
            interest = min(row.interest, row.payment) if row.interest > 0 else ZERO
            instalments.append(Instalment(row.number, row.due_date, row.payment, row.payment - interest, interest,
                                          max(ZERO, row.balance)))
        return Schedule(tuple(instalments))

    @property
    def total(self) -> Decimal:
        return sum((r.payment for r in self.rows), ZERO)

    @property
    def last_due(self) -> date | None:
        return self.rows[-1].due_date if self.rows else None

    def in_force(self, on: date) -> bool:
        return self.start <= on and (self.ended_on is None or on < self.ended_on)


def in_force(agreements: Iterable[Agreement], on: date) -> Agreement | None:
    """The agreement that applies on `on`: the latest one started by then and not ended."""
    live = [a for a in agreements if a.in_force(on)]
    return max(live, key=lambda a: (a.start, a.id or 0), default=None)


# -- terms as text (storage, the command line) --------------------------------------------------

_MONEY = ("balance", "down_payment", "lower_payment", "settlement", "waived")
_WHOLE = ("due_day", "deferral_months", "lower_months", "instalment_months", "grace_days")


def terms_to_dict(terms: AgreementTerms) -> dict[str, Any]:
    """Canonical and JSON-ready: numbers as text, only what differs from the defaults."""
    data: dict[str, Any] = {"balance": str(cents(terms.balance)), "first_due": terms.first_due.isoformat()}
    if terms.annual_rate:
        data["annual_rate"] = str(terms.annual_rate)
    for name in _MONEY[1:]:
        value = getattr(terms, name)
        if value is not None and value != 0:
            data[name] = str(cents(value))
    for name in _WHOLE:
        value = getattr(terms, name)
        if value not in (None, 0):
            data[name] = value
    if terms.payments:
        data["payments"] = [[p.due_date.isoformat(), str(cents(p.amount)), str(cents(p.interest))]
                            for p in terms.payments]
    return data


def terms_from_dict(data: Mapping[str, Any]) -> AgreementTerms:
    """The inverse of `terms_to_dict`; raises ValueError naming the field for anything else."""
    known = {"balance", "first_due", "annual_rate", "payments", *_MONEY, *_WHOLE}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown agreement term {unknown[0]!r}")
    values: dict[str, Any] = {}
    for name in ("balance", "first_due"):
        if name not in data:
            raise ValueError(f"the agreement term {name!r} is missing")
    try:
        values["first_due"] = parse_iso_date(str(data["first_due"]))
    except ValueError:
        raise ValueError(f"first_due: {data['first_due']!r} is not a date in the form YYYY-MM-DD") from None
    for name in ("annual_rate", *_MONEY):
        if name in data:
            if not isinstance(data[name], str):
                raise ValueError(f"{name}: must be a number written as text")
            try:
                values[name] = parse_decimal(data[name])
            except ValueError:
                raise ValueError(f"{name}: {data[name]!r} is not a number") from None
    for name in _WHOLE:
        if name in data:
            if not isinstance(data[name], int) or isinstance(data[name], bool):
                raise ValueError(f"{name}: must be a whole number")
            values[name] = data[name]
    if "payments" in data:
        listed = data["payments"]
        if not isinstance(listed, list) or not listed or len(listed) > MAX_AGREED_MONTHS:
            raise ValueError(f"payments: a list of 1 to {MAX_AGREED_MONTHS} [date, amount, interest] entries")
        payments = []
        for entry in listed:
            if not (isinstance(entry, list) and len(entry) == 3 and all(isinstance(x, str) for x in entry)):
                raise ValueError("payments: each entry is [date, amount, interest], all as text")
            try:
                payments.append(AgreedPayment(parse_iso_date(entry[0]), parse_decimal(entry[1]),
                                              parse_decimal(entry[2])))
            except ValueError:
                raise ValueError(f"payments: {entry!r} is not [date, amount, interest]") from None
        values["payments"] = tuple(payments)
    terms = AgreementTerms(**values)
    errors = terms.errors()
    if errors:
        raise ValueError(str(errors[0]))
    return terms
