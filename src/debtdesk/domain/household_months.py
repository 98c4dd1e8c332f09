"""Money asked month by month: the calendar months of a household plan and their totals.

A plan's months are calendar months, the first being the month of the plan
start, up to the last month anything is asked in; months asking the same
amounts are grouped into runs so a long plan reads in a few lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.money import ZERO


class Ask(NamedTuple):
    """What a debt asks on one day. A named tuple: a large household makes tens of thousands per plan,
    and a frozen dataclass's `__init__` (one `object.__setattr__` per field) cost more than the rest."""

    on: date
    amount: Decimal


@dataclass(frozen=True)
class ShortMonth:
    month: date  # the first of the month
    amount: Decimal  # how much more is asked than there is


class _AgainstAvailable:
    """What a month (or a run of like months) asks in all, and how far that is beyond what is available."""

    provided_first: Decimal
    shared: Decimal
    available: Decimal | None

    @property
    def total(self) -> Decimal:
        return self.provided_first + self.shared

    @property
    def short(self) -> Decimal:
        return ZERO if self.available is None else max(ZERO, self.total - self.available)


@dataclass(frozen=True)
class MonthTotal(_AgainstAvailable):
    month: date  # the first of the month
    provided_first: Decimal  # priority and kept debts (arrears included)
    shared: Decimal  # monthly proposals to the lenders who share the pot
    available: Decimal | None


def month_of(day: date) -> date:
    return day.replace(day=1)


def by_month(asks: Iterable[Ask]) -> dict[date, Decimal]:
    # The hot loop of a large household (a quarter of a million asks): the month worked out once
    # per ask, inline (`month_of` as a call doubled the cost).
    totals: dict[date, Decimal] = {}
    get = totals.get
    for ask in asks:
        month = ask.on.replace(day=1)
        totals[month] = get(month, ZERO) + ask.amount
    return totals


def add_months(totals: Iterable[Mapping[date, Decimal]]) -> dict[date, Decimal]:
    """Month totals added up month by month (a household's from each debt's own)."""
    result: dict[date, Decimal] = {}
    get = result.get
    for per_month in totals:
        for month, amount in per_month.items():
            result[month] = get(month, ZERO) + amount
    return result


def calendar_months(start: date, first_asks: Iterable[Ask], shared_asks: Iterable[Ask],
                    available: Decimal | None) -> tuple[MonthTotal, ...]:
    """Every calendar month from the start's to the last one anything is asked in."""
    return months_between(start, by_month(first_asks), by_month(shared_asks), available)


def months_between(start: date, first: Mapping[date, Decimal], shared: Mapping[date, Decimal],
                   available: Decimal | None) -> tuple[MonthTotal, ...]:
    """Every calendar month from the start's to the last one of the totals (first of each month as keys)."""
    if not first and not shared:
        return ()
    last = max([*first, *shared])
    result, month = [], month_of(start)
    while month <= last:
        result.append(MonthTotal(month, first.get(month, ZERO), shared.get(month, ZERO), available))
        month = nth_due_date(month, 1, 1)
    return tuple(result)


@dataclass(frozen=True)
class MonthRun(_AgainstAvailable):
    """Consecutive months asking the same amounts: how a long plan is shown in a few lines."""

    first: date
    last: date
    count: int
    provided_first: Decimal
    shared: Decimal
    available: Decimal | None


def month_runs(months: Iterable[MonthTotal]) -> tuple[MonthRun, ...]:
    runs: list[MonthRun] = []
    for m in months:
        last = runs[-1] if runs else None
        if last and (last.provided_first, last.shared) == (m.provided_first, m.shared):
            runs[-1] = MonthRun(last.first, m.month, last.count + 1, m.provided_first, m.shared, m.available)
        else:
            runs.append(MonthRun(m.month, m.month, 1, m.provided_first, m.shared, m.available))
    return tuple(runs)
