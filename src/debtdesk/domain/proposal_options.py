"""Proposal options as text: `key=value` words (CLI), and a canonical dict (storage).

The same names serve both: deferral, instalments, lower-payment, lower-months,
waive-penalties, freeze-interest, settlement.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from debtdesk.domain.money import parse_decimal
from debtdesk.domain.proposal import ProposalOptions
from debtdesk.domain.validation import FieldError

_FIELDS = {
    "deferral": ("deferral_months", int),
    "instalments": ("instalment_months", int),
    "lower-payment": ("lower_payment", Decimal),
    "lower-months": ("lower_months", int),
    "settlement": ("settlement_percent", Decimal),
}
_FLAGS = {"waive-penalties": "waive_penalties", "freeze-interest": "freeze_interest"}
OPTION_WORDS = tuple(_FIELDS) + tuple(_FLAGS)
#: ProposalOptions field -> the option word a person types.
WORD_OF_FIELD = {name: key for key, (name, _) in _FIELDS.items()} | {v: k for k, v in _FLAGS.items()}


def parse_options(words: Iterable[str]) -> tuple[ProposalOptions | None, list[FieldError]]:
    """['deferral=3', 'instalments=24', 'waive-penalties'] -> ProposalOptions."""
    values: dict = {}
    errors: list[FieldError] = []
    for word in words:
        key, _, raw = word.strip().partition("=")
        key = key.strip().lower()
        if key in _FLAGS and not raw:
            values[_FLAGS[key]] = True
        elif key in _FIELDS and raw:
            name, kind = _FIELDS[key]
            try:
                number = parse_decimal(raw)
            except ValueError:
                errors.append(FieldError(key, "{text!r} is not a number.", {"text": raw}))
                continue
            if kind is int and number != number.to_integral_value():
                errors.append(FieldError(key, "Must be a whole number."))
                continue
            values[name] = int(number) if kind is int else number
        else:
            errors.append(FieldError("option", "Unknown option {word!r}; use one of: {known}.",
                                     {"word": word, "known": ", ".join(OPTION_WORDS)}))
    if errors:
        return None, errors
    options = ProposalOptions(**values)
    problems = [FieldError(WORD_OF_FIELD.get(e.field, e.field), e.template, e.params) for e in options.errors()]
    return (None, problems) if problems else (options, [])


def options_to_dict(options: ProposalOptions) -> dict:
    """Canonical, JSON-ready: only what differs from the defaults, numbers as text."""
    result = {}
    for key, (name, _) in _FIELDS.items():
        value = getattr(options, name)
        if value not in (None, 0):
            result[key] = str(value)
    for key, name in _FLAGS.items():
        if getattr(options, name):
            result[key] = True
    return result


def options_from_dict(data: dict) -> ProposalOptions:
    words = [key if value is True else f"{key}={value}" for key, value in data.items()]
    options, errors = parse_options(words)
    if errors:
        raise ValueError("; ".join(str(e) for e in errors))
    return options
