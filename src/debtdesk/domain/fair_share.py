"""Splitting an amount between creditors pro rata to their balances.

The UK debt-advice practice for a fair offer: each creditor gets the share of
the money available that its balance is of the total owed.  Shares are
rounded down to the cent and the cents left over go to the largest
remainders (ties to the larger balance), so the shares always add up exactly
to the amount offered.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from decimal import ROUND_FLOOR, Decimal
from typing import TypeVar

from debtdesk.domain.money import CENT

_Key = TypeVar("_Key", bound=Hashable)  # whatever names a creditor: a debt id, a lender


def pro_rata(amount: Decimal, balances: Mapping[_Key, Decimal]) -> dict[_Key, Decimal]:
    """{key: share}; shares sum exactly to `amount` (in cents)."""
    if amount < 0:
        raise ValueError("the amount to share must not be negative")
    positive = {k: b for k, b in balances.items() if b > 0}
    if not positive:
        return {k: Decimal("0.00") for k in balances}
    total = sum(positive.values())
    amount_cents = int((amount / CENT).to_integral_value(ROUND_FLOOR))
    exact = {k: Decimal(amount_cents) * b / total for k, b in positive.items()}
    shares = {k: int(v.to_integral_value(ROUND_FLOOR)) for k, v in exact.items()}
    left = amount_cents - sum(shares.values())
    order = sorted(positive, key=lambda k: (-(exact[k] - shares[k]), -positive[k], str(k)))
    for k in order[:left]:
        shares[k] += 1
    result = {k: Decimal("0.00") for k in balances}
    result.update({k: (Decimal(v) * CENT).quantize(CENT) for k, v in shares.items()})
    return result


def fair_shares(pot: Decimal, balances: Mapping[_Key, Decimal]) -> dict[_Key, Decimal]:
    """Each lender's monthly share of the pot; never more than the balance it is owed.

    Shares are pro rata, so a share reaches its balance only when the pot
    covers everything owed: then each lender gets exactly its balance and the
    rest of the pot is not offered.  A pot below zero (essentials and priority
    debts already take more than the income) shares nothing.
    """
    total = sum((b for b in balances.values() if b > 0), Decimal(0))
    return pro_rata(min(max(pot, Decimal(0)), total), balances)
