"""After the letter, on one date: every debt's status with the agreements, their checks, court
deadlines, limitation periods, unanswered letters and the reminders they make.

One read of the file serves the agreements page, the banner, the timeline and
the `remind` and `calendar` commands, so they all say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from debtdesk.domain.agreement import Agreement, Outcome, in_force
from debtdesk.domain.agreement_check import AgreementCheck, check_agreement
from debtdesk.domain.reminders import DEFAULT_DAYS_AHEAD, Reminder, WaitingLetter, reminders
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import (
    CourtDeadline, LegalEvent, LegalEventKind, Limitation, LimitRules, court_deadline, limitation,
)
from debtdesk.store.agreements import AgreementBook, LetterOutcome, limit_rules
from debtdesk.store.letters import LetterLog, LetterRecord
from debtdesk.store.repository import Store
from debtdesk.services.statuses import debt_statuses
from debtdesk.store.agreements import agreements_by_debt


@dataclass(frozen=True)
class FollowUp:
    as_of: date
    statuses: tuple[DebtStatus, ...]
    agreements: tuple[Agreement, ...]
    checks: tuple[AgreementCheck, ...]  # the latest agreement of each debt that has one (started or not)
    letters: tuple[LetterRecord, ...]
    outcomes: dict[int, LetterOutcome]  # letter id -> outcome
    events: tuple[LegalEvent, ...]
    deadlines: tuple[CourtDeadline, ...]
    limitations: tuple[Limitation, ...]
    rules: LimitRules
    reminders: tuple[Reminder, ...]

    def status(self, debt_id: int) -> DebtStatus | None:
        return next((s for s in self.statuses if s.debt.id == debt_id), None)

    def check(self, agreement_id: int) -> AgreementCheck | None:
        return next((c for c in self.checks if c.agreement.id == agreement_id), None)


def follow_up(store: Store, as_of: date, days_ahead: int = DEFAULT_DAYS_AHEAD,
              statuses: list[DebtStatus] | None = None) -> FollowUp:
    """Everything after the letter on `as_of`; `statuses` when the caller has them for that date already."""
    statuses = debt_statuses(store, as_of) if statuses is None else list(statuses)
    debts = {s.debt.id: s.debt for s in statuses}
    by_debt = agreements_by_debt(store)
    checks = agreement_checks(store, by_debt, debts, as_of)
    book = AgreementBook(store)
    letters = tuple(LetterLog(store).list())
    outcomes = book.outcomes()
    events = tuple(book.legal_events())
    rules = limit_rules(store)
    deadlines = tuple(d for d in (court_deadline(e, rules) for e in events) if d is not None)
    limitations = [item for item in (debt_limitation(status, by_debt.get(status.debt.id, ()), events, rules, as_of)
                                     for status in statuses) if item is not None]
    waiting = [WaitingLetter(r.id, r.debt_id, r.recipient, outcomes[r.id].answer_by) for r in letters
               if r.id in outcomes and outcomes[r.id].outcome is Outcome.WAITING and outcomes[r.id].answer_by]
    items = reminders(statuses, as_of, checks, deadlines, waiting, days_ahead)
    all_agreements = tuple(a for group in by_debt.values() for a in group)
    return FollowUp(as_of, tuple(statuses), all_agreements, tuple(checks), letters, outcomes, events, deadlines,
                    tuple(limitations), rules, tuple(items))


def follow_up_kept(store: Store, as_of: date, days_ahead: int = DEFAULT_DAYS_AHEAD) -> FollowUp:
    """`follow_up`, and the status summaries it computed on the way kept in the file (by a writer).

    `debtdesk remind` runs at login, so it is usually the first to work out the day's statuses:
    keeping them makes that day's `debtdesk status` one query instead of every debt's ledger.
    The summaries are stamped in the snapshot the statuses were read from.
    """
    from debtdesk.services.status_summaries import keep_summaries, pending_summaries

    with store.reading():
        data = follow_up(store, as_of, days_ahead)
        pending = None if store.read_only else pending_summaries(store, data.statuses, as_of)
    if pending is not None:
        keep_summaries(store, pending)
    return data


def agreement_checks(store: Store, by_debt: dict[int, list[Agreement]], debts: dict,
                     as_of: date) -> list[AgreementCheck]:
    """The agreement in force (or else the latest) of each debt that has one, checked against its payments."""
    checks = []
    for debt_id, agreements in by_debt.items():
        current = in_force(agreements, as_of) or max(agreements, key=lambda a: (a.start, a.id or 0))
        checks.append(check_agreement(current, store.payments(debt_id), as_of, debts.get(debt_id)))
    return checks


def debt_limitation(status: DebtStatus, agreements, events, rules: LimitRules, as_of: date) -> Limitation | None:
    """The limitation period of a debt's oldest overdue instalment (None: nothing overdue).

    Kept apart so the time line can work it out for the debts it shows, as it shows them.
    """
    oldest = status.state.oldest_unpaid
    if oldest is None or oldest.due_date >= as_of:
        return None
    # Signing an agreement acknowledges the debt in writing.
    signed = [LegalEvent(LegalEventKind.ACKNOWLEDGEMENT, a.signed_on, a.debt_id) for a in agreements]
    instalments = status.effective_schedule.instalments
    return limitation(status.debt.id, oldest.due_date, instalments[-1].due_date if instalments else None,
                      status.payments, [*events, *signed], rules)

