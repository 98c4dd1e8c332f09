"""Days past due, overdue stages and M-buckets (DOMAIN.md section 2).

Days past due count from the due date of the oldest unpaid instalment, as
lenders count them.  Which instalments the payments have covered comes from
the penalty ledger (`debtdesk.domain.ledger`), in the debt's own order of
application, so a partial payment never moves the clock: only covering that
instalment in full does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from debtdesk.domain.debt import Payment
from debtdesk.domain.ledger import Allocation, LedgerRules, replay
from debtdesk.domain.money import ZERO
from debtdesk.domain.schedule import Instalment, Schedule


class Stage(str, enum.Enum):
    CURRENT = "current"  # 0 DPD, or inside the grace days
    EARLY = "early"  # 逾期初期
    MID = "mid"  # 逾期中期
    LATE = "late"  # 逾期后期
    SEVERE = "severe"

    @property
    def severity(self) -> int:
        return list(Stage).index(self)


@dataclass(frozen=True)
class StageThresholds:
    """First day past due of each stage; defaults from DOMAIN.md, user-editable."""

    early: int = 1
    mid: int = 8
    late: int = 31
    severe: int = 91

    def __post_init__(self) -> None:
        if not 1 <= self.early < self.mid < self.late < self.severe:
            raise ValueError("stage thresholds must rise: 1 <= early < mid < late < severe")

    def stage_for(self, days_past_due: int, grace_days: int = 0) -> Stage:
        if days_past_due < self.early or days_past_due <= grace_days:
            return Stage.CURRENT
        if days_past_due >= self.severe:
            return Stage.SEVERE
        if days_past_due >= self.late:
            return Stage.LATE
        if days_past_due >= self.mid:
            return Stage.MID
        return Stage.EARLY

    def first_day(self, stage: Stage) -> int:
        return {
            Stage.CURRENT: 0,
            Stage.EARLY: self.early,
            Stage.MID: self.mid,
            Stage.LATE: self.late,
            Stage.SEVERE: self.severe,
        }[stage]


DEFAULT_THRESHOLDS = StageThresholds()


def bucket(days_past_due: int) -> str:
    """The industry's M-bucket: M0 (current), M1 1–30, M2 31–60, M3 61–90, M3+ over 90."""
    if days_past_due <= 0:
        return "M0"
    if days_past_due <= 30:
        return "M1"
    if days_past_due <= 60:
        return "M2"
    if days_past_due <= 90:
        return "M3"
    return "M3+"


@dataclass(frozen=True)
class OverdueState:
    as_of: date
    days_past_due: int
    stage: Stage
    bucket: str
    oldest_unpaid: Instalment | None  # None when everything is paid
    overdue_amount: Decimal  # instalments due before as_of and not yet covered
    missed_instalments: int
    paid_total: Decimal
    outstanding: Decimal  # overdue amount plus principal not yet due

    @property
    def next_due_date(self) -> date | None:
        return self.oldest_unpaid.due_date if self.oldest_unpaid else None


def overdue_state(
    schedule: Schedule,
    payments: Iterable[Payment],
    as_of: date,
    grace_days: int = 0,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> OverdueState:
    """Where a schedule stands on `as_of` when payments go to the oldest instalment first and nothing
    else is charged (a debt's own rules go through `state_from_allocations`, as `debt_status` does)."""
    books = replay(LedgerRules(grace_days=grace_days), schedule, payments, as_of)
    return state_from_allocations(books.allocations, books.paid_total, as_of, grace_days, thresholds)


def state_from_allocations(
    allocations: Iterable[Allocation],
    paid_total: Decimal,
    as_of: date,
    grace_days: int = 0,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> OverdueState:
    """Days past due, stage and amounts from what the ledger says each instalment still lacks."""
    oldest_unpaid: Instalment | None = None
    overdue_amount = ZERO
    missed = 0
    future_principal = ZERO
    for part in allocations:
        if part.settled:
            continue
        inst = part.instalment
        if oldest_unpaid is None:
            oldest_unpaid = inst
        if inst.due_date < as_of:
            overdue_amount += part.unpaid
            missed += 1
        else:
            # Not yet due: only the principal part is owed today; a partial
            # prepayment is credited against it.
            future_principal += max(ZERO, inst.principal - part.covered)
    dpd = 0
    if oldest_unpaid is not None and oldest_unpaid.due_date < as_of:
        dpd = (as_of - oldest_unpaid.due_date).days
    return OverdueState(
        as_of=as_of,
        days_past_due=dpd,
        stage=thresholds.stage_for(dpd, grace_days),
        bucket=bucket(dpd),
        oldest_unpaid=oldest_unpaid,
        overdue_amount=overdue_amount,
        missed_instalments=missed,
        paid_total=paid_total,
        outstanding=overdue_amount + future_principal,
    )
