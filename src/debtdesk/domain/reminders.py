"""What needs attention on a date: broken or late agreed payments, payments late or due soon,
court deadlines, letters still unanswered.

A pure function of the statuses, the agreement checks and the dated entries;
the window shows the result as one quiet banner, the `remind` command prints
it and sends one desktop notification.  Each reminder has a stable `key`, so
a reminder already notified is not notified again.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.domain.agreement_check import AgreementCheck, RowState, Standing
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import CourtDeadline

DEFAULT_DAYS_AHEAD = 7
DEADLINE_DAYS_AHEAD = 30  # court deadlines: shown as soon as they are entered, well ahead


class ReminderKind(str, enum.Enum):
    """In order of urgency."""

    BREACH = "breach"  # an agreed payment was missed or short after its grace
    DEADLINE = "deadline"  # a court deadline is coming
    IN_GRACE = "in_grace"  # an agreed payment is late, inside the grace: pay by a date
    LATE = "late"  # a contractual instalment is overdue
    DUE = "due"  # a payment falls due within the next days (today included)
    NO_ANSWER = "no_answer"  # a letter has had no answer by the date the user set

    @property
    def urgent(self) -> bool:
        return self in (ReminderKind.BREACH, ReminderKind.DEADLINE, ReminderKind.IN_GRACE)


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    on: date  # the date it is about: due date, breach date, deadline, answer-by date
    debt_id: int | None
    lender: str
    amount: Decimal | None = None
    currency: str = ""
    days: int = 0  # days from as_of to `on` (negative: that many days ago)
    ref: object = None

    @property
    def key(self) -> str:
        """Stable across runs: notifying twice about the same thing is avoided with it."""
        ref_id = getattr(self.ref, "id", None)
        return f"{self.kind.value}:{self.debt_id}:{self.on.isoformat()}:{ref_id}"


@dataclass(frozen=True)
class WaitingLetter:
    """A letter whose answer is awaited by a date (what reminders need of it)."""

    letter_id: int
    debt_id: int | None
    recipient: str
    answer_by: date


def reminders(statuses: Iterable[DebtStatus], as_of: date, checks: Iterable[AgreementCheck] = (),
              deadlines: Iterable[CourtDeadline] = (), waiting: Iterable[WaitingLetter] = (),
              days_ahead: int = DEFAULT_DAYS_AHEAD) -> list[Reminder]:
    statuses = list(statuses)
    by_debt = {s.debt.id: s for s in statuses}
    checks_by_debt = {c.agreement.debt_id: c for c in checks if c.standing is not Standing.ENDED}
    until = as_of + timedelta(days=days_ahead)
    result: list[Reminder] = []

    def add(kind: ReminderKind, on: date, status: DebtStatus | None, amount: Decimal | None = None,
            ref: object = None, debt_id: int | None = None, lender: str = "") -> None:
        result.append(Reminder(kind, on, status.debt.id if status else debt_id,
                               status.debt.lender.name if status else lender, amount,
                               status.debt.currency if status else "", (on - as_of).days, ref))

    for status in statuses:
        check = checks_by_debt.get(status.debt.id)
        if check is not None and check.standing is Standing.BROKEN:
            breach = check.breach
            assert breach is not None  # a broken agreement has its breach
            add(ReminderKind.BREACH, breach.on, status, breach.shortfall, check)
        elif check is not None and check.standing is Standing.IN_GRACE:
            row = next(r for r in check.rows if r.state is RowState.IN_GRACE)
            add(ReminderKind.IN_GRACE, row.last_day, status, row.unpaid, check)
        elif status.state.days_past_due > 0 and status.state.oldest_unpaid is not None:
            add(ReminderKind.LATE, status.state.oldest_unpaid.due_date, status, status.state.overdue_amount,
                status.state.oldest_unpaid)
        for part in status.allocations:
            inst = part.instalment
            if inst.due_date > until:
                break
            if as_of <= inst.due_date and not part.settled:
                add(ReminderKind.DUE, inst.due_date, status, part.unpaid, inst)
    for item in deadlines:
        if as_of <= item.deadline <= as_of + timedelta(days=DEADLINE_DAYS_AHEAD):
            debt_id = item.event.debt_id
            add(ReminderKind.DEADLINE, item.deadline, by_debt.get(debt_id), ref=item, debt_id=debt_id)
    for letter in waiting:
        if letter.answer_by < as_of:
            add(ReminderKind.NO_ANSWER, letter.answer_by, by_debt.get(letter.debt_id), ref=letter,
                debt_id=letter.debt_id, lender=letter.recipient)
    order = {kind: i for i, kind in enumerate(ReminderKind)}
    return sorted(result, key=lambda r: (order[r.kind], r.on, r.lender, r.debt_id or 0))


@dataclass(frozen=True)
class ReminderSummary:
    """Counts for a one-line banner."""

    breaches: int
    deadlines: int
    in_grace: int
    late: int
    due: int
    no_answer: int

    @property
    def total(self) -> int:
        return self.breaches + self.deadlines + self.in_grace + self.late + self.due + self.no_answer

    @property
    def urgent(self) -> bool:
        return bool(self.breaches or self.deadlines or self.in_grace)


def summarise(items: Iterable[Reminder]) -> ReminderSummary:
    counts = {kind: 0 for kind in ReminderKind}
    for item in items:
        counts[item.kind] += 1
    return ReminderSummary(counts[ReminderKind.BREACH], counts[ReminderKind.DEADLINE], counts[ReminderKind.IN_GRACE],
                           counts[ReminderKind.LATE], counts[ReminderKind.DUE], counts[ReminderKind.NO_ANSWER])


def plain_text(item: Reminder) -> str:
    """One English line (the command line and desktop notifications from it; the window translates)."""
    amount = f"{item.amount:,.2f} {item.currency}".strip() if item.amount is not None else ""
    when = "today" if item.days == 0 else (f"in {item.days} days" if item.days > 0 else f"{-item.days} days ago")
    if item.days == 1:
        when = "tomorrow"
    texts = {
        ReminderKind.BREACH: f"{item.lender}: agreement broken on {item.on.isoformat()} ({amount} missing)",
        ReminderKind.DEADLINE: f"Court deadline {item.on.isoformat()} ({when})"
                               + (f" for {item.lender}" if item.lender else ""),
        ReminderKind.IN_GRACE: f"{item.lender}: agreed payment late, pay {amount} by {item.on.isoformat()} "
                               "to keep the agreement",
        ReminderKind.LATE: f"{item.lender}: {amount} overdue since {item.on.isoformat()}",
        ReminderKind.DUE: f"{item.lender}: {amount} due {item.on.isoformat()} ({when})",
        ReminderKind.NO_ANSWER: f"{item.lender}: no answer to your letter by {item.on.isoformat()}",
    }
    return texts[item.kind]
