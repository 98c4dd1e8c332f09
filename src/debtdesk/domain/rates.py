"""The true cost of a debt: APR from the actual cash flows (IRR).

Advertised rates hide fees, and a flat monthly "fee rate" on the original
principal is worth about twice its face value.  The APR here is the monthly
internal rate of return times 12 (the IRR method Chinese regulators require
lenders to disclose as 年化利率).  Rates are not money, so floats are fine
inside the solver; the result comes back as a Decimal.
"""

from __future__ import annotations

from decimal import Decimal

from debtdesk.domain.debt import Debt
from debtdesk.domain.schedule import Schedule, schedule_for


def monthly_irr(net_received: Decimal, payments: list[Decimal]) -> Decimal | None:
    """The monthly rate i at which the payments' present value equals what was received.

    `payments[k]` falls k+1 months after the money was received.  Returns None
    when no rate in [0, 100% a month] fits (e.g. the borrower repays less than
    they received).
    """
    received = float(net_received)
    flows = [float(p) for p in payments]
    if received <= 0 or not flows or sum(flows) < received:
        return None

    def value_and_slope(rate: float) -> tuple[float, float]:
        """The payments' present value at `rate`, and its derivative (it falls as the rate rises)."""
        factor = 1.0 / (1.0 + rate)
        total, slope, discount = 0.0, 0.0, 1.0
        for months, flow in enumerate(flows, 1):
            discount *= factor
            total += flow * discount
            slope -= months * flow * discount * factor
        return total, slope

    low, high = 0.0, 1.0
    if value_and_slope(high)[0] > received:
        return None
    # Newton's method kept inside a shrinking bracket [low, high] (a step that would leave it halves
    # it instead): about six passes over the flows where halving alone took 45, and the solver runs
    # for every debt each time a file's statuses are summarised.
    rate = 0.01
    for _ in range(200):
        total, slope = value_and_slope(rate)
        if total > received:
            low = rate
        else:
            high = rate
        step = (total - received) / slope if slope else 0.0
        candidate = rate - step
        if not low <= candidate <= high or not slope:
            candidate = (low + high) / 2
        if abs(candidate - rate) < 1e-15 or high - low < 1e-13:
            rate = candidate
            break
        rate = candidate
    return Decimal(repr(rate))


def true_apr(debt: Debt, schedule: Schedule | None = None) -> Decimal | None:
    """Nominal APR (monthly IRR × 12) from the money received net of up-front fees.

    Only meaningful for monthly schedules; a bullet loan is spread over its term.
    """
    schedule = schedule or schedule_for(debt)
    payments = [inst.payment for inst in schedule]
    if len(payments) == 1 and debt.term_months > 1:
        payments = [Decimal(0)] * (debt.term_months - 1) + payments
    irr = monthly_irr(debt.principal - debt.upfront_fee, payments)
    if irr is None:
        return None
    return (irr * 12).quantize(Decimal("0.0001"))
