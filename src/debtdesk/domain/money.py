"""Money as `Decimal`, rounded to the cent (分) half-up, as lenders round.

Amounts cross the store boundary as integer minor units (cents), so nothing is
ever held as a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from debtdesk.domain.numbers import POINT, NumberFormat, parse_number

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(amount: Decimal) -> Decimal:
    """Round to the cent, half-up (0.005 -> 0.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def reuse(value: Decimal, known: Decimal) -> Decimal:
    """`known` itself when `value` is the same number written the same way (equal, same exponent and
    sign), else `value`.

    A large file keeps a million amounts alive; most instalments repeat their schedule's payment and
    most allocations cover all of an instalment or none of it, so handing back the amount already
    held saves a `Decimal` (104 bytes) each without changing any figure or how it prints.
    """
    if value == known and value.same_quantum(known) and value.is_signed() == known.is_signed():
        return known
    return value


def to_minor(amount: Decimal) -> int:
    """Decimal amount -> integer cents, for storage."""
    return int(cents(amount) * 100)


def from_minor(minor: int) -> Decimal:
    """Integer cents -> Decimal amount with two places."""
    return (Decimal(int(minor)) / 100).quantize(CENT)


def parse_decimal(text: str, numbers: NumberFormat = POINT) -> Decimal:
    """Any number a person typed: ' 1,234.50 ', '¥5000', '60%' (see `debtdesk.domain.numbers`).

    For callers that do not say what they read; a form field should call
    `parse_number` with `percent=` or `currency=` so that '24%' is refused as
    an amount.  Raises ValueError (a `NumberError`) with a readable message.
    """
    return parse_number(text, numbers, percent=True, currency=True)


def format_amount(amount: Decimal) -> str:
    """'1234567.8' -> '1,234,567.80' (locale-neutral; the UI may reformat)."""
    return f"{cents(amount):,.2f}"


#: Offered first in currency choosers; any three-letter code is accepted.
COMMON_CURRENCIES = ("CNY", "HKD", "TWD", "MOP", "USD", "EUR", "GBP", "SGD", "MYR", "JPY", "AUD", "CAD")
