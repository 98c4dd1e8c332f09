"""Payments against an agreement: which agreed instalments were met, and whether it is broken.

Payments made from the agreement's start meet its rows oldest first (the
agreement charges nothing while it holds, so a payment simply fills the rows
in order).  A row is met when what was paid by its due date plus the grace
the agreement allows covers it and every row before it.  The first row that
is not met breaks the agreement on the day after its grace ends; a payment
made later still counts towards the rows, but the lender may already treat
the agreement as broken.

What a breach means comes from the agreement's own clause (`OnBreach`): most
revive the whole original debt and its penalties (DOMAIN.md section 7); some
make what is left of the agreed amount due at once.  `revived` is what the
contract would ask for on `as_of` if the agreement had never been made,
payments counted: the figure a lender reviving the debt would start from.
This is a projection from the terms entered, not the lender's statement.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate

from debtdesk.domain.agreement import Agreement, OnBreach
from debtdesk.domain.debt import Debt, Payment
from debtdesk.domain.money import ZERO
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, StageThresholds
from debtdesk.domain.schedule import Instalment
from debtdesk.domain.status import debt_status


class Standing(str, enum.Enum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    IN_GRACE = "in_grace"  # an agreed payment is late but inside the grace: still time to keep the agreement
    BROKEN = "broken"
    COMPLETED = "completed"
    ENDED = "ended"  # ended by the user (e.g. the lender revived the debt)


class RowState(str, enum.Enum):
    PAID = "paid"  # met by its due date (or inside the grace)
    PAID_LATE = "paid_late"  # covered now, but only after the grace ended
    SHORT = "short"  # part paid when the grace ended
    MISSED = "missed"  # nothing paid when the grace ended
    IN_GRACE = "in_grace"  # due, not covered, grace not over
    DUE = "due"  # falls due today
    TO_COME = "to_come"


@dataclass(frozen=True)
class RowStanding:
    instalment: Instalment
    state: RowState
    covered: Decimal  # by as_of
    covered_in_time: Decimal  # by the last day of its grace (or by as_of, if that is earlier)
    last_day: date  # the due date plus the grace

    @property
    def unpaid(self) -> Decimal:
        return self.instalment.payment - self.covered


@dataclass(frozen=True)
class Breach:
    instalment: Instalment  # the first agreed instalment not met in time
    on: date  # the day the agreement counts as broken: the day after the grace ended
    shortfall: Decimal  # what was missing when the grace ended
    part_paid: bool  # a short payment (True) or none at all


@dataclass(frozen=True)
class AgreementCheck:
    agreement: Agreement
    as_of: date
    standing: Standing
    rows: tuple[RowStanding, ...]
    paid: Decimal  # paid from the start date by as_of
    remaining: Decimal  # the agreed total still unpaid
    breach: Breach | None
    revived: Decimal | None  # what the contract would ask for today without the agreement (penalties owed included)

    @property
    def next_row(self) -> RowStanding | None:
        """The oldest agreed instalment not yet covered."""
        return next((r for r in self.rows if r.unpaid > 0), None)

    @property
    def pay_by(self) -> date | None:
        """While an agreed payment is late inside the grace: the last day to pay it."""
        row = next((r for r in self.rows if r.state is RowState.IN_GRACE), None)
        return row.last_day if row else None

    @property
    def late_rows(self) -> tuple[RowStanding, ...]:
        return tuple(r for r in self.rows if r.state in (RowState.SHORT, RowState.MISSED, RowState.PAID_LATE))

    @property
    def on_breach(self) -> OnBreach:
        return self.agreement.on_breach

    @property
    def due_on_breach(self) -> Decimal | None:
        """What the lender can ask for at once after a breach, as the clause says (None: see the clause text)."""
        if self.agreement.on_breach is OnBreach.REVIVES:
            return self.revived
        if self.agreement.on_breach is OnBreach.ACCELERATES:
            return self.remaining
        return None


def check_agreement(agreement: Agreement, payments: Iterable[Payment], as_of: date, debt: Debt | None = None,
                    thresholds: StageThresholds = DEFAULT_THRESHOLDS) -> AgreementCheck:
    """How the agreed instalments stand on `as_of`; with `debt`, also what reviving the contract would ask."""
    start, grace = agreement.start, agreement.terms.grace_days
    paid_list = sorted((p for p in payments if start <= p.paid_on <= as_of), key=lambda p: (p.paid_on, p.id or 0))
    days = [p.paid_on for p in paid_list]
    running = list(accumulate(p.amount for p in paid_list))

    def paid_by(day: date) -> Decimal:
        index = bisect_right(days, day)
        return running[index - 1] if index else ZERO

    total_paid = paid_by(as_of)
    rows: list[RowStanding] = []
    breach: Breach | None = None
    due_before = ZERO  # the agreed total of the rows before this one
    for inst in agreement.schedule:
        last_day = inst.due_date + timedelta(days=grace)
        covered = min(inst.payment, max(ZERO, total_paid - due_before))
        in_time = min(inst.payment, max(ZERO, paid_by(min(last_day, as_of)) - due_before))
        if in_time >= inst.payment:
            state = RowState.PAID
        elif as_of > last_day:
            state = RowState.PAID_LATE if covered >= inst.payment else (
                RowState.SHORT if in_time > 0 else RowState.MISSED)
            if breach is None:
                breach = Breach(inst, last_day + timedelta(days=1), inst.payment - in_time, in_time > 0)
        elif as_of > inst.due_date:
            state = RowState.IN_GRACE if covered < inst.payment else RowState.PAID
        elif as_of == inst.due_date:
            state = RowState.DUE
        else:
            state = RowState.TO_COME if covered < inst.payment else RowState.PAID
        rows.append(RowStanding(inst, state, covered, in_time, last_day))
        due_before += inst.payment
    total = agreement.schedule.total_payment
    remaining = max(ZERO, total - total_paid)
    if agreement.ended_on is not None and as_of >= agreement.ended_on:
        standing = Standing.ENDED
    elif as_of < start:
        standing = Standing.NOT_STARTED
    elif breach is not None:
        standing = Standing.BROKEN
    elif remaining <= 0:
        standing = Standing.COMPLETED
    elif any(r.state is RowState.IN_GRACE for r in rows):
        standing = Standing.IN_GRACE
    else:
        standing = Standing.ON_TRACK
    revived = None
    if debt is not None:
        original = debt_status(debt, list(payments), as_of, thresholds)
        revived = original.state.outstanding + original.accrued.owed
    return AgreementCheck(agreement, as_of, standing, tuple(rows), total_paid, remaining, breach, revived)
