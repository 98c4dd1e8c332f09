"""Where agreed terms come from: an accepted proposal's plan, or a counter-offer typed in.

A proposal's options are resolved into terms on the day it is accepted (the
balance it started from, the months its instalments run over), so the agreed
schedule never moves when later payments or penalties change the debt's
status: `agreed_rows(terms_from_plan(plan)) == plan.rows`.

A counter-offer is typed as option words, the way `debtdesk plan` takes them:
`balance=24000 instalments=12 down-payment=2000 rate=0 grace=3 ...`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from debtdesk.domain.agreement import MAX_AGREED_MONTHS, AgreedPayment, AgreementTerms, agreed_rows
from debtdesk.domain.money import ZERO, parse_decimal
from debtdesk.domain.proposal import Plan, remaining_instalments
from debtdesk.domain.validation import FieldError

#: word -> (AgreementTerms field, kind): the words a person types for a counter-offer.
TERM_WORDS = {
    "balance": ("balance", Decimal),
    "rate": ("annual_rate", "percent"),
    "deferral": ("deferral_months", int),
    "down-payment": ("down_payment", Decimal),
    "lower-payment": ("lower_payment", Decimal),
    "lower-months": ("lower_months", int),
    "instalments": ("instalment_months", int),
    "settlement": ("settlement", Decimal),
    "grace": ("grace_days", int),
    "due-day": ("due_day", int),
    "waived": ("waived", Decimal),
}
WORD_OF_TERM = {name: word for word, (name, _) in TERM_WORDS.items()}


def terms_from_plan(plan: Plan, grace_days: int = 0) -> AgreementTerms:
    """The terms a plan stands for, fixed as they were when it was computed.

    Described by its shape where the shape gives exactly the plan's rows; any
    other plan (a shape added to proposals later) is kept as its list of payments.
    """
    shaped = _shape(plan, grace_days)
    if shaped is not None and [(r.due_date, r.payment, r.interest) for r in agreed_rows(shaped)] == \
            [(r.due_date, r.payment, r.interest) for r in plan.rows]:
        return shaped
    rows = plan.rows
    return AgreementTerms(plan.owed_today, rows[0].due_date, grace_days=grace_days, waived=plan.waived,
                          payments=tuple(AgreedPayment(r.due_date, r.payment, max(ZERO, r.interest))
                                         for r in rows))


def _shape(plan: Plan, grace_days: int) -> AgreementTerms | None:
    options, status = plan.options, plan.status
    if getattr(options, "pause_months", 0) or getattr(options, "settle_on", None):
        return None
    rows = plan.rows
    rate = ZERO if options.freeze_interest else status.debt.rate.annual
    common: dict[str, Any] = dict(balance=plan.owed_today, first_due=rows[0].due_date, annual_rate=rate,
                  due_day=status.debt.effective_due_day, deferral_months=options.deferral_months,
                  grace_days=grace_days, waived=plan.waived)
    if options.settlement_percent is not None:
        terms = AgreementTerms(**common, settlement=rows[-1].payment)
        return None if terms.errors() else terms
    months = options.instalment_months or options.lower_months or remaining_instalments(status)
    until_cleared = options.lower_payment is not None and options.lower_months is None
    terms = AgreementTerms(**common, lower_payment=options.lower_payment, lower_months=options.lower_months,
                           instalment_months=None if until_cleared else min(months, MAX_AGREED_MONTHS))
    return None if terms.errors() else terms


def parse_terms(words: Iterable[str], first_due: date) -> tuple[AgreementTerms | None, list[FieldError]]:
    """['balance=24000', 'instalments=12', 'rate=0'] -> AgreementTerms, or the problems by word."""
    values: dict[str, Any] = {"first_due": first_due}
    errors: list[FieldError] = []
    for word in words:
        key, _, raw = word.strip().partition("=")
        key = key.strip().lower()
        if key not in TERM_WORDS or not raw.strip():
            errors.append(FieldError("term", "Unknown term {word!r}; use: {known}.",
                                     {"word": word, "known": ", ".join(f"{w}=…" for w in TERM_WORDS)}))
            continue
        name, kind = TERM_WORDS[key]
        try:
            number = parse_decimal(raw.strip().rstrip("%"))
        except ValueError:
            errors.append(FieldError(key, "{text!r} is not a number.", {"text": raw}))
            continue
        if kind is int:
            if number != number.to_integral_value():
                errors.append(FieldError(key, "Must be a whole number."))
                continue
            values[name] = int(number)
        elif kind == "percent":
            values[name] = number / 100  # typed in percent, as the rate options everywhere
        else:
            values[name] = number
    if "balance" not in values and not any(e.field == "balance" for e in errors):
        errors.append(FieldError("balance", "Give the agreed balance (balance=AMOUNT)."))
    if errors:
        return None, errors
    terms = AgreementTerms(**values)
    problems = [FieldError(WORD_OF_TERM.get(e.field, e.field), e.template, e.params) for e in terms.errors()]
    return (None, problems) if problems else (terms, [])
