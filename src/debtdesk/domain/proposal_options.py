"""What a borrower can ask a lender for, and how it is written as text.

`ProposalOptions` holds the options of DOMAIN.md section 3 and the pause the
seeds describe (`seeds/003`: three months with no extra interest for a
hospital stay, then the original instalments).  `errors()` refuses options
that make no sense together, naming the option, so the CLI, the screen and
the interchange import all give the same reason.

The same option words serve `key=value` text (CLI, screen) and a canonical
dict (storage): deferral, instalments, lower-payment, lower-months,
settlement, settle-on, pause, waive-penalties, freeze-interest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.money import CENT
from debtdesk.domain.numbers import POINT, NumberError, NumberFormat, parse_number
from debtdesk.domain.validation import EARLIEST_DATE, LATEST_DATE, MAX_AMOUNT, FieldError, decimal_places

MAX_INSTALMENTS = 60
MAX_DEFERRAL = 24
MAX_PAUSE = 24


@dataclass(frozen=True)
class ProposalOptions:
    deferral_months: int = 0  # nothing paid, interest runs on
    instalment_months: int | None = None
    lower_payment: Decimal | None = None
    lower_months: int | None = None  # None: the lower payment until cleared
    waive_penalties: bool = False
    freeze_interest: bool = False
    settlement_percent: Decimal | None = None  # e.g. 60 = pay 60% of the balance once
    settle_on: date | None = None  # the settlement's date; None: the first plan date (after any deferral)
    pause_months: int = 0  # nothing paid, no interest; then the original instalments, shifted

    @property
    def is_settlement(self) -> bool:
        return self.settlement_percent is not None

    @property
    def shapes_payments(self) -> bool:
        """Whether the options say how much is paid each month (else the plan re-spreads the balance)."""
        return (self.instalment_months is not None or self.lower_payment is not None
                or self.is_settlement or self.pause_months > 0)

    def errors(self) -> list[FieldError]:
        return self._range_errors() + self._conflicts()

    def _range_errors(self) -> list[FieldError]:
        errors = []
        if not 0 <= self.deferral_months <= MAX_DEFERRAL:
            errors.append(FieldError("deferral_months", "A deferral is between 0 and {max} months.",
                                     {"max": MAX_DEFERRAL}))
        if not 0 <= self.pause_months <= MAX_PAUSE:
            errors.append(FieldError("pause_months", "A pause is between 0 and {max} months.", {"max": MAX_PAUSE}))
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
        if self.settle_on is not None and not EARLIEST_DATE <= self.settle_on <= LATEST_DATE:
            errors.append(FieldError("settle_on", "Must be between {first} and {last}.",
                                     {"first": EARLIEST_DATE, "last": LATEST_DATE}))
        return errors

    def _conflicts(self) -> list[FieldError]:
        """Options that contradict each other; the message names the other option."""
        errors = []
        settle, pause = self.is_settlement, self.pause_months > 0
        if settle and (self.instalment_months is not None or self.lower_payment is not None):
            errors.append(FieldError("settlement_percent", "A one-off settlement cannot be combined with "
                                     "instalments or a lower monthly payment."))
        if settle and self.freeze_interest:
            errors.append(FieldError("freeze_interest", "A one-off settlement ends the debt: there is no "
                                     "interest left to freeze. Untick freeze-interest."))
        if self.settle_on is not None and not settle:
            errors.append(FieldError("settle_on", "A settlement date needs a settlement (settlement=PERCENT)."))
        if self.settle_on is not None and self.deferral_months:
            errors.append(FieldError("settle_on", "Give either a settlement date or a deferral before the "
                                     "settlement, not both."))
        if pause and settle:
            errors.append(FieldError("pause_months", "A pause cannot be combined with a one-off settlement."))
        if pause and self.instalment_months is not None:
            errors.append(FieldError("pause_months", "After a pause the original instalments resume; it "
                                     "cannot be combined with new instalments."))
        if pause and self.lower_payment is not None:
            errors.append(FieldError("pause_months", "A pause cannot be combined with a lower monthly payment."))
        if pause and self.deferral_months:
            errors.append(FieldError("pause_months", "A pause already defers payments; it cannot be combined "
                                     "with a deferral."))
        if pause and self.freeze_interest:
            errors.append(FieldError("pause_months", "A pause already adds no interest; it cannot be combined "
                                     "with freeze-interest."))
        if (self.instalment_months is not None and self.lower_payment is not None
                and self.lower_months is None):
            errors.append(FieldError("lower_months",
                                     "Say for how many months the lower payment runs before the instalments."))
        return errors


_FIELDS = {
    "deferral": ("deferral_months", int),
    "instalments": ("instalment_months", int),
    "lower-payment": ("lower_payment", Decimal),
    "lower-months": ("lower_months", int),
    "settlement": ("settlement_percent", Decimal),
    "settle-on": ("settle_on", date),
    "pause": ("pause_months", int),
}
_FLAGS = {"waive-penalties": "waive_penalties", "freeze-interest": "freeze_interest"}
OPTION_WORDS = tuple(_FIELDS) + tuple(_FLAGS)
#: ProposalOptions field -> the option word a person types.
WORD_OF_FIELD = {name: key for key, (name, _) in _FIELDS.items()} | {v: k for k, v in _FLAGS.items()}


def word_errors(errors: Iterable[FieldError]) -> list[FieldError]:
    """The same errors, named by the option word a person types ('lower_payment' -> 'lower-payment')."""
    return [FieldError(WORD_OF_FIELD.get(e.field, e.field), e.template, e.params) for e in errors]


def _read(key: str, kind: type, raw: str, numbers: NumberFormat = POINT) -> tuple[object, FieldError | None]:
    if kind is date:
        try:
            return parse_iso_date(raw), None
        except ValueError:
            return None, FieldError(key, "{text!r} is not a date (YYYY-MM-DD).", {"text": raw})
    try:
        # The one parser for typed numbers: a settlement is a percentage, a lower payment an amount.
        number = parse_number(raw, numbers, percent=(key == "settlement"), currency=(key == "lower-payment"))
    except NumberError as exc:
        return None, FieldError(key, exc.template, exc.params)
    if kind is int:
        if number.adjusted() > 6:  # checked first: arithmetic on 1e999999999 overflows
            return None, FieldError(key, "Must be at most {maximum}.", {"maximum": 10**6})
        if number != number.to_integral_value():
            return None, FieldError(key, "Must be a whole number.")
        return int(number), None
    return number, None


def parse_options(words: Iterable[str],
                  numbers: NumberFormat = POINT) -> tuple[ProposalOptions | None, list[FieldError]]:
    """['deferral=3', 'instalments=24', 'waive-penalties'] -> ProposalOptions.

    `numbers` is the person's locale separators (the window passes its own; the CLI and stored
    options use the point)."""
    values: dict[str, Any] = {}  # field name -> value, for ProposalOptions
    errors: list[FieldError] = []
    for word in words:
        key, _, raw = word.strip().partition("=")
        key = key.strip().lower()
        if key in _FLAGS and not raw:
            values[_FLAGS[key]] = True
        elif key in _FIELDS and raw.strip():
            name, kind = _FIELDS[key]
            value, error = _read(key, kind, raw.strip(), numbers)
            if error is not None:
                errors.append(error)
            else:
                values[name] = value
        else:
            errors.append(FieldError("option", "Unknown option {word!r}; use one of: {known}.",
                                     {"word": word, "known": ", ".join(OPTION_WORDS)}))
    if errors:
        return None, errors
    options = ProposalOptions(**values)
    problems = word_errors(options.errors())
    return (None, problems) if problems else (options, [])


def options_to_words(options: ProposalOptions) -> list[str]:
    """The inverse of `parse_options`: ['deferral=3', 'waive-penalties']."""
    return [key if value is True else f"{key}={value}" for key, value in options_to_dict(options).items()]


def options_to_dict(options: ProposalOptions) -> dict[str, str | bool]:
    """Canonical, JSON-ready: only what differs from the defaults, numbers and dates as text."""
    result: dict[str, str | bool] = {}
    for key, (name, _) in _FIELDS.items():
        value = getattr(options, name)
        if value not in (None, 0):
            result[key] = value.isoformat() if isinstance(value, date) else str(value)
    for key, name in _FLAGS.items():
        if getattr(options, name):
            result[key] = True
    return result


def options_from_dict(data: dict[str, Any]) -> ProposalOptions:
    """Stored options -> ProposalOptions; raises ValueError for options DebtDesk never stores.

    Before schema 5 an interest freeze could be stored with a settlement; it is
    dropped here (and by migration 5's data fix), as it is refused now.
    """
    if data.get("settlement") is not None and data.get("freeze-interest") is True:
        data = {k: v for k, v in data.items() if k != "freeze-interest"}
    words = [key if value is True else f"{key}={value}" for key, value in data.items()]
    options, errors = parse_options(words)
    if options is None:
        raise ValueError("; ".join(str(e) for e in errors))
    return options
