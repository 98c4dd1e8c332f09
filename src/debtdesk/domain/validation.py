"""Turning what a person typed into domain objects, or into clear messages.

Each problem is a `FieldError` naming the field and saying what is wrong.  The
message is an English template with named parameters, so the UI can translate
the template and fill in the values (one source per text), and the CLI can
print it as is.  Nothing here saves anything: callers save only when the
error list is empty, so nothing is ever written half-way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, overload

from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.debt import (
    DAYS_PER_YEAR,
    PRIORITY_KINDS,
    CardTerms,
    Debt,
    LateFeeRule,
    Lender,
    LenderKind,
    Payment,
    PaymentOrder,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RateBasis,
    RepaymentMethod,
    default_compound,
    default_payment_order,
)
from debtdesk.domain.money import cents
from debtdesk.domain.numbers import POINT, NumberError, NumberFormat, parse_number

MAX_AMOUNT = Decimal("1000000000000")  # one trillion: beyond any household debt
MAX_TERM_MONTHS = 600
MAX_GRACE_DAYS = 365
MAX_ANNUAL_RATE = Decimal("10")  # 1000% a year; anything above is a typo
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2100, 12, 31)
TEXT_LIMITS = {
    "lender": 100,
    "account_number": 40,
    "contacts": 2000,
    "notes": 10000,
    "note": 500,
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: What an empty field means.  Forms show these as real values (not grey hints), so a
#: person can see which numbers are already set and which are only examples.
DEBT_DEFAULTS = {
    "upfront_fee": Decimal("0.00"),
    "grace_days": Decimal(0),
    "penalty_markup": Decimal(50),
    "late_fee_fixed": Decimal("0.00"),
    "late_fee_percent": Decimal(0),
    "min_payment_percent": Decimal(10),
    "min_payment_floor": Decimal("100.00"),
}


@dataclass(frozen=True)
class FieldError:
    field: str
    template: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict)  # `field` is taken above

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(ValueError):
    """Raised by callers that want an exception rather than a list."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


_E = TypeVar("_E", bound=Enum)


class _Reader:
    """Collects one error per field while reading a mapping of raw strings.

    Numbers are read by `debtdesk.domain.numbers` in the person's `NumberFormat`
    (the UI passes its locale's; the CLI and files use POINT).
    """

    def __init__(self, raw: Mapping[str, object], numbers: NumberFormat = POINT):
        self.raw = raw
        self.numbers = numbers
        self.errors: list[FieldError] = []

    def fail(self, name: str, template: str, **params: object) -> None:
        if not any(e.field == name for e in self.errors):
            self.errors.append(FieldError(name, template, params))

    def text(self, name: str, required: bool = False) -> str:
        # NUL is invisible and means nothing in a typed or pasted text, and SQLite's length() stops
        # at it (so "\x00" would pass as one character here and fail the table's check as none).
        value = str(self.raw.get(name) or "").replace("\x00", "").strip()
        limit = TEXT_LIMITS.get(name)
        if required and not value:
            self.fail(name, "This field is required.")
        elif limit is not None and len(value) > limit:
            self.fail(name, "Too long: {length} characters, at most {limit}.", length=len(value), limit=limit)
        return value

    @overload
    def choice(self, name: str, enum_type: type[_E], default: _E) -> _E: ...
    @overload
    def choice(self, name: str, enum_type: type[_E], default: None = None) -> _E | None: ...

    def choice(self, name: str, enum_type: type[_E], default: _E | None = None) -> _E | None:
        value = str(self.raw.get(name) or "").strip()
        if not value and default is not None:
            return default
        try:
            return enum_type(value)
        except ValueError:
            self.fail(name, "Unknown value {value!r}.", value=value)
            return default

    def flag(self, name: str, default: bool) -> bool:
        """Yes/no fields: '1', 'true', 'yes' or '0', 'false', 'no'; empty takes the default."""
        value = str(self.raw.get(name) if self.raw.get(name) is not None else "").strip().lower()
        if not value:
            return default
        if value in ("1", "true", "yes", "on"):
            return True
        if value in ("0", "false", "no", "off"):
            return False
        self.fail(name, "Unknown value {value!r}: use yes or no.", value=value)
        return default

    def number(self, name: str, *, default: Any = None, minimum: Decimal | int | None = None,
               maximum: Decimal | int | None = None, positive: bool = False, integer: bool = False,
               percent: bool = False, currency: bool = False) -> Any:
        """A number; `percent` allows a trailing %, `currency` a currency sign (see domain.numbers).

        A Decimal, an int when `integer`, or `default` (of the caller's choosing) when empty or wrong:
        typed Any because what comes back depends on those arguments.
        """
        text = str(self.raw.get(name) if self.raw.get(name) is not None else "").strip()
        if not text:
            if default is None:
                self.fail(name, "This field is required.")
            return default
        try:
            value = parse_number(text, self.numbers, percent=percent, currency=currency)
        except NumberError as exc:
            self.fail(name, exc.template, **{**exc.params, "text": text})
            return default
        if integer and value != value.to_integral_value():
            self.fail(name, "Must be a whole number.")
            return default
        if positive and value <= 0:
            self.fail(name, "Must be greater than zero.")
            return default
        if minimum is not None and value < minimum:
            self.fail(name, "Must be at least {minimum}.", minimum=minimum)
            return default
        if maximum is not None and value > maximum:
            self.fail(name, "Must be at most {maximum}.", maximum=maximum)
            return default
        return int(value) if integer else value

    def percent(self, name: str, **limits: Any) -> Any:
        """A percentage as typed: '24', '24%' and '２４％' are all 24 (never a fraction)."""
        return self.number(name, percent=True, **limits)

    @overload
    def amount(self, name: str, *, default: Decimal, positive: bool = False) -> Decimal: ...
    @overload
    def amount(self, name: str, *, default: None = None, positive: bool = False) -> Decimal | None: ...

    def amount(self, name: str, *, default: Decimal | None = None, positive: bool = False) -> Decimal | None:
        value = self.number(name, default=default, minimum=Decimal(0), maximum=MAX_AMOUNT, positive=positive,
                            currency=True)
        if value is None:
            return None
        if value != cents(value):
            self.fail(name, "At most two decimal places (cents).")
            return default
        return cents(value)

    def day(self, name: str) -> date | None:
        text = str(self.raw.get(name) or "").strip()
        if not text:
            self.fail(name, "This field is required.")
            return None
        try:
            value = parse_iso_date(text)
        except ValueError:
            self.fail(name, "{text!r} is not a date (YYYY-MM-DD).", text=text)
            return None
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            self.fail(name, "Must be between {first} and {last}.", first=EARLIEST_DATE, last=LATEST_DATE)
            return None
        return value


def parse_amount(field: str, text: str, positive: bool = False,
                 numbers: NumberFormat = POINT) -> tuple[Decimal | None, list[FieldError]]:
    """One money amount typed by a person: limits, cents, the same messages as every form."""
    reader = _Reader({field: text}, numbers)
    value = reader.amount(field, positive=positive)
    return (None, reader.errors) if reader.errors else (value, [])


def decimal_places(value: Decimal) -> int:
    """Significant digits after the point: 4.900 -> 1; safe for any exponent (no arithmetic)."""
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0 or not any(digits):
        return 0
    trailing = 0
    for digit in reversed(digits):
        if digit != 0 or trailing >= -exponent:
            break
        trailing += 1
    return -exponent - trailing


def parse_debt(
    raw: Mapping[str, object],
    earliest_payment: date | None = None,
    debt_id: int | None = None,
    lender_id: int | None = None,
    numbers: NumberFormat = POINT,
) -> tuple[Debt | None, list[FieldError]]:
    """Read a debt from raw field values (strings as typed; rates in percent).

    `rate` is a percentage per `rate_basis` period (4.9 = 4.9% a year,
    0.05 = 0.05% a day); `penalty_markup`, `late_fee_percent` and
    `min_payment_percent` are percentages too, and `penalty_rate` (empty: the
    contract rate plus the markup) is a percentage a year.  `earliest_payment` is the
    first payment already recorded, which the start date may not follow.
    """
    r = _Reader(raw, numbers)
    lender_name = r.text("lender", required=True)
    lender_kind = r.choice("lender_kind", LenderKind, LenderKind.OTHER)
    kind = r.choice("kind", ProductKind, ProductKind.OTHER)
    currency = r.text("currency").upper() or "CNY"
    if not _CURRENCY.match(currency):
        r.fail("currency", "Use a three-letter currency code such as CNY, HKD or USD.")
    principal = r.amount("principal", positive=True)
    start = r.day("start_date")
    method = r.choice("method", RepaymentMethod, RepaymentMethod.EQUAL_INSTALMENT)
    term = r.number(
        "term_months", minimum=Decimal(1), maximum=MAX_TERM_MONTHS, integer=True,
        default=1 if method is RepaymentMethod.REVOLVING else None,
    )
    due_day = r.number("due_day", default=0, minimum=Decimal(0), maximum=31, integer=True) or None
    basis = r.choice("rate_basis", RateBasis, RateBasis.ANNUAL)
    rate_pct = r.percent("rate", minimum=Decimal(0))
    if rate_pct is not None and decimal_places(rate_pct) > 6:
        r.fail("rate", "At most six decimal places.")
        rate_pct = None
    rate = None
    if rate_pct is not None and basis is not None:
        # Compared before any arithmetic: '1e999999999' would overflow Decimal.
        per_year = DAYS_PER_YEAR if basis is RateBasis.DAILY else 1
        if rate_pct > MAX_ANNUAL_RATE * 100 / per_year:
            r.fail("rate", "Above 1000% a year: check the rate and whether it is annual or daily.")
        else:
            rate = Rate(rate_pct / 100, basis)
    defaults = DEBT_DEFAULTS
    grace = r.number("grace_days", default=int(defaults["grace_days"]), minimum=Decimal(0),
                     maximum=MAX_GRACE_DAYS, integer=True)
    markup = r.percent("penalty_markup", default=defaults["penalty_markup"], minimum=Decimal(0),
                       maximum=Decimal(500))
    penalty_base = r.choice("penalty_base", PenaltyBase, PenaltyBase.OVERDUE_PRINCIPAL)
    penalty_rate = r.percent("penalty_rate", default=Decimal(-1), minimum=Decimal(0),
                             maximum=MAX_ANNUAL_RATE * 100)
    compound = r.flag("compound_penalty", default_compound(method or RepaymentMethod.EQUAL_INSTALMENT))
    order = r.choice("payment_order", PaymentOrder, default_payment_order(kind or ProductKind.OTHER))
    priority = r.flag("priority", (kind or ProductKind.OTHER) in PRIORITY_KINDS)
    fee_fixed = r.amount("late_fee_fixed", default=defaults["late_fee_fixed"])
    fee_pct = r.percent("late_fee_percent", default=defaults["late_fee_percent"], minimum=Decimal(0),
                        maximum=Decimal(100))
    min_pct = r.percent("min_payment_percent", default=defaults["min_payment_percent"], minimum=Decimal(0),
                        maximum=Decimal(100))
    if min_pct == 0:
        r.fail("min_payment_percent", "Must be greater than zero.")
    min_floor = r.amount("min_payment_floor", default=defaults["min_payment_floor"])
    upfront = r.amount("upfront_fee", default=defaults["upfront_fee"])
    account = r.text("account_number")
    contacts = r.text("contacts")
    notes = r.text("notes")

    if principal is not None and upfront is not None and upfront >= principal:
        r.fail("upfront_fee", "Must be less than the principal.")
    if start is not None and earliest_payment is not None and start > earliest_payment:
        r.fail(
            "start_date",
            "The start date is after the first recorded payment ({payment}).",
            payment=earliest_payment.isoformat(),
        )
    if r.errors:
        return None, r.errors
    # Required fields: missing or wrong, each is an error above.
    assert principal is not None and start is not None and rate is not None
    debt = Debt(
        id=debt_id,
        lender=Lender(lender_name, lender_kind, lender_id),
        kind=kind,
        currency=currency,
        principal=principal,
        start_date=start,
        term_months=term,
        due_day=due_day,
        rate=rate,
        method=method,
        grace_days=grace,
        penalty=PenaltyRule(markup / 100, penalty_base, compound,
                            None if penalty_rate is None or penalty_rate < 0 else penalty_rate / 100),
        payment_order=order,
        priority=priority,
        late_fee=LateFeeRule(fee_fixed, fee_pct / 100),
        card=CardTerms(min_pct / 100, min_floor),
        upfront_fee=upfront,
        account_number=account,
        contacts=contacts,
        notes=notes,
    )
    return debt, []


def parse_payment(
    raw: Mapping[str, object],
    debt: Debt,
    as_of: date,
    payment_id: int | None = None,
    numbers: NumberFormat = POINT,
) -> tuple[Payment | None, list[FieldError]]:
    """Read a payment; it may not precede the debt's start or lie after `as_of`."""
    r = _Reader(raw, numbers)
    paid_on = r.day("paid_on")
    amount = r.amount("amount", positive=True)
    note = r.text("note")
    if paid_on is not None:
        if paid_on < debt.start_date:
            r.fail("paid_on", "Before the debt's start date ({start}).", start=debt.start_date.isoformat())
        elif paid_on > as_of:
            r.fail("paid_on", "In the future: record a payment once it is made (today is {today}).",
                   today=as_of.isoformat())
    if r.errors:
        return None, r.errors
    assert paid_on is not None and amount is not None  # required: missing, each is an error above
    return Payment(debt.id, paid_on, amount, note, payment_id), []


def debt_to_raw(debt: Debt, numbers: NumberFormat = POINT) -> dict[str, str]:
    """The inverse of `parse_debt`: field values as a form shows them (in the form's number format)."""

    def pct(value: Decimal) -> str:
        return numbers.show(_plain(value * 100))

    def money(value: Decimal) -> str:
        return numbers.show(value)

    return {
        "lender": debt.lender.name,
        "lender_kind": debt.lender.kind.value,
        "kind": debt.kind.value,
        "currency": debt.currency,
        "principal": money(debt.principal),
        "start_date": debt.start_date.isoformat(),
        "term_months": str(debt.term_months),
        "due_day": str(debt.due_day or ""),
        "rate": pct(debt.rate.value),
        "rate_basis": debt.rate.basis.value,
        "method": debt.method.value,
        "grace_days": str(debt.grace_days),
        "penalty_markup": pct(debt.penalty.markup),
        "penalty_base": debt.penalty.base.value,
        "penalty_rate": "" if debt.penalty.fixed_rate is None else pct(debt.penalty.fixed_rate),
        "compound_penalty": "yes" if debt.penalty.compound else "no",
        "payment_order": debt.payment_order.value,
        "priority": "yes" if debt.priority else "no",
        "late_fee_fixed": money(debt.late_fee.fixed),
        "late_fee_percent": pct(debt.late_fee.percent_of_instalment),
        "min_payment_percent": pct(debt.card.min_payment_share),
        "min_payment_floor": money(debt.card.min_payment_floor),
        "upfront_fee": money(debt.upfront_fee),
        "account_number": debt.account_number,
        "contacts": debt.contacts,
        "notes": debt.notes,
    }


def default_raw(numbers: NumberFormat = POINT) -> dict[str, str]:
    """The defaults of `parse_debt` as a new-debt form shows them: real values, not hints."""
    return {name: numbers.show(value) for name, value in DEBT_DEFAULTS.items()}


def _plain(value: Decimal) -> Decimal:
    """Without trailing zeros: 4.900 -> 4.9, 50.0 -> 5E+1 (which format 'f' shows as 50)."""
    return value.normalize()
