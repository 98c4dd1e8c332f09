"""The rate check: is a debt's true APR, contract rate or penalty rate above a reference line?

One rule, used by the register, the debt detail, the overview, `debtdesk
status` and (through `recalculation_request`) the letters.  It compares three
annual figures with every line that applies to the debt (see `rate_lines`):

- the true APR from the cash flows, fees included (`rates.true_apr`);
- the contract rate, as an annual rate;
- the penalty rate: the contract annual rate × (1 + the penalty markup).

A figure strictly above a line's rate crosses that line.  Crossing a line
means courts commonly do not support the interest above it and the borrower
can ask the lender to recalculate; it never means the debt is void, and
nothing here is legal advice.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from debtdesk.domain.debt import Debt
from debtdesk.domain.rate_lines import RateLine, RateReference
from debtdesk.domain.rates import true_apr
from debtdesk.domain.schedule import Schedule


class Figure(str, enum.Enum):
    APR = "apr"
    CONTRACT = "contract_rate"
    PENALTY = "penalty_rate"


@dataclass(frozen=True)
class LineResult:
    """One line that applies to the debt, its rate for this debt, and the figures above it."""

    line: RateLine
    rate: Decimal
    above: tuple[Figure, ...]

    @property
    def code(self) -> str:
        return self.line.code

    @property
    def crossed(self) -> bool:
        return bool(self.above)


@dataclass(frozen=True)
class RateCheck:
    apr: Decimal | None  # None when the cash flows give no rate
    contract_rate: Decimal
    penalty_rate: Decimal
    lines: tuple[LineResult, ...]  # every line that applies, lowest rate first
    not_legal_advice: bool = True

    @property
    def exceeds(self) -> tuple[LineResult, ...]:
        return tuple(result for result in self.lines if result.crossed)

    @property
    def flagged(self) -> bool:
        return any(result.crossed for result in self.lines)

    @property
    def lowest_crossed(self) -> LineResult | None:
        return next((result for result in self.lines if result.crossed), None)


def penalty_rate(debt: Debt) -> Decimal:
    """Penalty interest (罚息) a year: the contract's fixed penalty rate, or its annual rate plus the markup."""
    return debt.penalty.annual_rate(debt.rate)


@lru_cache(maxsize=8192)
def _apr(debt: Debt) -> Decimal | None:
    """The true APR depends on the terms alone: solved once per version of a debt, not per page."""
    return true_apr(debt)


def rate_check(debt: Debt, reference: RateReference = RateReference(), schedule: Schedule | None = None) -> RateCheck:
    """The debt's figures against every reference line that applies to it (pure; no I/O).

    `schedule` is accepted for callers that hold the contract's schedule; the APR is the terms'.
    """
    apr = _apr(debt)
    penalty = penalty_rate(debt)
    figures = {Figure.APR: apr, Figure.CONTRACT: debt.rate.annual, Figure.PENALTY: penalty}
    results = []
    for line in reference.lines:
        if not line.applies(debt.kind, debt.start_date):
            continue
        rate = line.rate_on(debt.start_date, reference.lpr)
        if rate is None:
            continue  # private loan made before the first LPR in the table
        above = tuple(f for f, value in figures.items() if value is not None and value > rate)
        results.append(LineResult(line, rate, above))
    results.sort(key=lambda r: (r.rate, r.code))
    return RateCheck(apr=apr, contract_rate=debt.rate.annual, penalty_rate=penalty,
                     lines=tuple(results))


# -- the household --------------------------------------------------------------------------

@dataclass(frozen=True)
class LineTally:
    """How many debts cross one line at one rate (the overview's sentence)."""

    code: str
    rate: Decimal
    debt_ids: tuple[int | None, ...]
    lenders: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.debt_ids)


def tally(checks: Iterable[tuple[Debt, RateCheck]]) -> tuple[LineTally, ...]:
    """Per crossed line and rate, the debts above it; lowest line first."""
    groups: dict[tuple[Decimal, str], list[Debt]] = {}
    for debt, check in checks:
        for result in check.exceeds:
            groups.setdefault((result.rate, result.code), []).append(debt)
    return tuple(
        LineTally(code, rate, tuple(d.id for d in debts), tuple(dict.fromkeys(d.lender.name for d in debts)))
        for (rate, code), debts in sorted(groups.items())
    )


# -- asking the lender to recalculate ---------------------------------------------------------

class Ask(str, enum.Enum):
    """What a polite recalculation request asks for (letters supply the words)."""

    ITEMISED_STATEMENT = "itemised_statement"  # every charge: interest, penalty interest, fees
    RECALCULATE_INTEREST = "recalculate_interest"  # interest and fees at no more than the line
    REDUCE_PENALTY = "reduce_penalty"  # penalty interest and late fees at no more than the line
    WRITTEN_REPLY = "written_reply"


@dataclass(frozen=True)
class RecalculationRequest:
    """The facts a recalculation request rests on; a letter turns them into polite words."""

    debt_id: int | None
    lender: str
    currency: str
    line: LineResult  # the lowest line crossed: the rate the request asks the lender to respect
    apr: Decimal | None
    contract_rate: Decimal
    penalty_rate: Decimal
    above: tuple[Figure, ...]
    asks: tuple[Ask, ...]
    not_legal_advice: bool = True


def recalculation_request(debt: Debt, check: RateCheck | None = None,
                          reference: RateReference = RateReference()) -> RecalculationRequest | None:
    """Data for a request to recalculate, or None when no figure crosses a line."""
    check = check or rate_check(debt, reference)
    line = check.lowest_crossed
    if line is None:
        return None
    asks = [Ask.ITEMISED_STATEMENT]
    if Figure.APR in line.above or Figure.CONTRACT in line.above:
        asks.append(Ask.RECALCULATE_INTEREST)
    if Figure.PENALTY in line.above:
        asks.append(Ask.REDUCE_PENALTY)
    asks.append(Ask.WRITTEN_REPLY)
    return RecalculationRequest(
        debt_id=debt.id, lender=debt.lender.name, currency=debt.currency, line=line, apr=check.apr,
        contract_rate=check.contract_rate, penalty_rate=check.penalty_rate, above=line.above, asks=tuple(asks),
    )
