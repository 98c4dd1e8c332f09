"""Money as `Decimal`, rounded to the cent (分) half-up, as lenders round.

Amounts cross the store boundary as integer minor units (cents), so nothing is
ever held as a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(amount: Decimal) -> Decimal:
    """Round to the cent, half-up (0.005 -> 0.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal) -> int:
    """Decimal amount -> integer cents, for storage."""
    return int(cents(amount) * 100)


def from_minor(minor: int) -> Decimal:
    """Integer cents -> Decimal amount with two places."""
    return (Decimal(int(minor)) / 100).quantize(CENT)


def parse_decimal(text: str) -> Decimal:
    """Parse user text such as ' 1,234.50 ' or '¥5000' into a Decimal.

    Only '.' is a decimal point.  Thousands separators (',', '，', spaces, '_') are dropped; a full-width
    digit string typed with a Chinese input method is accepted too.  Raises
    ValueError for anything that is not a finite number.
    """
    cleaned = (
        str(text)
        .translate(_FULLWIDTH)
        .replace(",", "")
        .replace(" ", "")
        .replace("_", "")
        .replace("\u00a0", "")
        .strip()
    )
    for symbol in _CURRENCY_SIGNS:
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        raise ValueError("empty")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return value


def format_amount(amount: Decimal) -> str:
    """'1234567.8' -> '1,234,567.80' (locale-neutral; the UI may reformat)."""
    return f"{cents(amount):,.2f}"


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_CURRENCY_SIGNS = ("¥", "￥", "$", "€", "£", "HK", "NT", "元")


#: Offered first in currency choosers; any three-letter code is accepted.
COMMON_CURRENCIES = ("CNY", "HKD", "TWD", "MOP", "USD", "EUR", "GBP", "SGD", "MYR", "JPY", "AUD", "CAD")
