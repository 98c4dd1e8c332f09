"""The reminder banner's items, worked out again only for the debts a change moved.

`follow_up` reads everything after the letter and walks every debt's
allocations and limitation period: 130 ms on a file of 2,000 debts, after
every payment saved or undone.  The banner needs only the reminders.  The
items of one debt depend on its status, its agreement check, the date and
the days ahead; statuses not moved by a change are the same objects
(`StatusCache`), so their items are kept.  Court deadlines and unanswered
letters are few and read every time.  The result is `follow_up`'s
`reminders`, item for item, in its order (held to it by the tests).
"""

from __future__ import annotations

from datetime import date

from debtdesk.domain.agreement import Outcome
from debtdesk.domain.agreement_check import AgreementCheck
from debtdesk.domain.reminders import DEFAULT_DAYS_AHEAD, Reminder, ReminderKind, WaitingLetter, reminders
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import court_deadline
from debtdesk.services.follow_up import agreement_checks
from debtdesk.store.agreements import AgreementBook, agreements_by_debt, limit_rules
from debtdesk.store.letters import LetterLog
from debtdesk.store.repository import Store

#: Items made from the whole file rather than from one debt's status.
_FILE_WIDE = (ReminderKind.DEADLINE, ReminderKind.NO_ANSWER)


class ReminderItems:
    """Each debt's reminders, kept with the status and agreement check they came from."""

    def __init__(self) -> None:
        self._kept: dict[int | None, tuple[DebtStatus, AgreementCheck | None, list[Reminder]]] = {}
        self._when: tuple[date, int] | None = None

    def items(self, store: Store, as_of: date, statuses: list[DebtStatus],
              days_ahead: int = DEFAULT_DAYS_AHEAD) -> list[Reminder]:
        """What `follow_up(store, as_of, days_ahead, statuses).reminders` holds."""
        if self._when != (as_of, days_ahead):
            self._kept, self._when = {}, (as_of, days_ahead)
        by_debt = agreements_by_debt(store)
        debts = {s.debt.id: s.debt for s in statuses}
        checks = {c.agreement.debt_id: c for c in agreement_checks(store, by_debt, debts, as_of)}
        kept: dict[int | None, tuple[DebtStatus, AgreementCheck | None, list[Reminder]]] = {}
        result: list[Reminder] = []
        for status in statuses:
            debt_id = status.debt.id
            check = checks.get(debt_id)
            old = self._kept.get(debt_id)
            if old is not None and old[0] is status and old[1] == check:
                items = old[2]
            else:
                items = reminders([status], as_of, [check] if check is not None else (), (), (), days_ahead)
            kept[debt_id] = (status, check, items)
            result += items
        self._kept = kept
        result += _file_wide(store, as_of, statuses, days_ahead)
        order = {kind: i for i, kind in enumerate(ReminderKind)}
        return sorted(result, key=lambda r: (order[r.kind], r.on, r.lender, r.debt_id or 0))


def _file_wide(store: Store, as_of: date, statuses: list[DebtStatus], days_ahead: int) -> list[Reminder]:
    """Court deadlines and letters still unanswered, named by their debt's status where there is one."""
    book = AgreementBook(store)
    outcomes = book.outcomes()
    rules = limit_rules(store)
    deadlines = [d for d in (court_deadline(e, rules) for e in book.legal_events()) if d is not None]
    waiting = [WaitingLetter(r.id, r.debt_id, r.recipient, outcomes[r.id].answer_by) for r in LetterLog(store).list()
               if r.id in outcomes and outcomes[r.id].outcome is Outcome.WAITING and outcomes[r.id].answer_by]
    if not deadlines and not waiting:
        return []
    named = {d.event.debt_id for d in deadlines} | {w.debt_id for w in waiting}
    involved = [s for s in statuses if s.debt.id in named]
    return [item for item in reminders(involved, as_of, (), deadlines, waiting, days_ahead) if item.kind in _FILE_WIDE]
