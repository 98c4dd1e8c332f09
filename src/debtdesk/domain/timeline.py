"""Events on a time line: what happened and what will happen if nothing is paid.

Past: instalments paid, missed or part paid; payments; collector contacts
(flagged ones marked), letters sent, agreements started and broken, court
documents served.  Future: instalments to come (the agreed ones once an
agreement is in force), stage transitions with their projected cost, court
deadlines and the end of the limitation period.  The UI draws these; it does
not compute them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Protocol

from debtdesk.domain.agreement import Agreement
from debtdesk.domain.agreement_check import AgreementCheck, Standing
from debtdesk.domain.contacts import Contact, Flag
from debtdesk.domain.money import ZERO
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import CourtDeadline, Limitation


class EventKind(str, enum.Enum):
    INSTALMENT_PAID = "instalment_paid"
    INSTALMENT_MISSED = "instalment_missed"
    INSTALMENT_PART_PAID = "instalment_part_paid"
    INSTALMENT_DUE = "instalment_due"  # still to come
    PAYMENT = "payment"
    CONTACT = "contact"
    LETTER = "letter"  # a letter exported to a lender or regulator
    STAGE_TRANSITION = "stage_transition"  # projected
    AGREEMENT = "agreement"  # an agreement comes into force: the agreed rows replace the contract's
    BREACH = "breach"  # an agreed payment missed or short after its grace
    DEADLINE = "deadline"  # the last day to act on a court document (counting down)
    LIMITATION = "limitation"  # the limitation period of the oldest unpaid instalment ends (not legal advice)


@dataclass(frozen=True)
class Event:
    on: date
    kind: EventKind
    debt_id: int | None
    lender: str
    title: str  # short English source text; the UI translates the kind, shows this as detail
    amount: Decimal | None = None
    projected: bool = False
    flagged: bool = False
    ref: object = None  # the domain object behind the event (Instalment, Payment, Contact, Transition)


def debt_events(status: DebtStatus) -> list[Event]:
    debt, as_of = status.debt, status.state.as_of
    lender = debt.lender.name
    events: list[Event] = []
    agreed = {id(part) for part in status.allocations} if status.agreement is not None else set()
    for part in status.effective_allocations:
        inst, covered = part.instalment, part.covered
        if part.settled:
            kind = EventKind.INSTALMENT_PAID
        elif inst.due_date >= as_of:
            kind = EventKind.INSTALMENT_DUE
        elif covered > ZERO:
            kind = EventKind.INSTALMENT_PART_PAID
        else:
            kind = EventKind.INSTALMENT_MISSED
        title = f"Agreed instalment {inst.number}" if id(part) in agreed else f"Instalment {inst.number}"
        events.append(Event(inst.due_date, kind, debt.id, lender, title,
                            inst.payment, projected=inst.due_date >= as_of, ref=inst))
    for payment in status.payments:
        if payment.paid_on <= as_of:
            events.append(Event(payment.paid_on, EventKind.PAYMENT, debt.id, lender,
                                payment.note or "Payment", payment.amount, ref=payment))
    for t in status.transitions:
        events.append(Event(t.on, EventKind.STAGE_TRANSITION, debt.id, lender, t.stage.value,
                            t.cost.total, projected=True, ref=t))
    return events


def contact_events(flagged_log: Iterable[tuple[Contact, frozenset[Flag]]], lenders: dict[int, str]) -> list[Event]:
    events = []
    for contact, flags in flagged_log:
        lender = lenders.get(contact.debt_id, "") if contact.debt_id is not None else ""
        events.append(Event(contact.occurred_at.date(), EventKind.CONTACT, contact.debt_id,
                             lender or contact.company, contact.summary[:80] or contact.channel.value,
                             flagged=bool(flags), ref=contact))
    return events


class SentLetter(Protocol):
    """What the timeline needs of a recorded letter (the store's LetterRecord fits)."""

    created_on: date
    debt_id: int | None
    kind: str
    recipient: str


def letter_events(letters: Iterable[SentLetter], lenders: dict[int, str]) -> list[Event]:
    return [Event(letter.created_on, EventKind.LETTER, letter.debt_id,
                  lenders.get(letter.debt_id, letter.recipient) if letter.debt_id is not None else letter.recipient,
                  letter.kind, ref=letter)
            for letter in letters]


def agreement_events(agreements: Iterable[Agreement], checks: Iterable[AgreementCheck], lenders: dict[int, str],
                     as_of: date) -> list[Event]:
    events = [Event(a.start, EventKind.AGREEMENT, a.debt_id, lenders.get(a.debt_id, ""), "Agreement in force",
                    a.total, projected=a.start > as_of, ref=a)
              for a in agreements]
    events += [Event(c.breach.on, EventKind.BREACH, c.agreement.debt_id, lenders.get(c.agreement.debt_id, ""),
                     "Agreement broken", c.breach.shortfall, ref=c)
               for c in checks if c.standing is Standing.BROKEN and c.breach is not None]
    return events


def limit_events(deadlines: Iterable[CourtDeadline], limitations: Iterable[Limitation], lenders: dict[int, str],
                 as_of: date) -> list[Event]:
    events = [Event(d.deadline, EventKind.DEADLINE, d.event.debt_id, lenders.get(d.event.debt_id, ""),
                    d.event.kind.value, projected=d.deadline >= as_of, ref=d)
              for d in deadlines]
    events += [Event(item.ends, EventKind.LIMITATION, item.debt_id, lenders.get(item.debt_id, ""),
                     "Limitation period ends", projected=True, ref=item)
               for item in limitations]
    return events


def timeline(statuses: Iterable[DebtStatus], contacts: Iterable[tuple[Contact, frozenset[Flag]]] = (),
             debt_id: int | None = None, letters: Iterable[SentLetter] = (), *,
             agreements: Iterable[Agreement] = (), checks: Iterable[AgreementCheck] = (),
             deadlines: Iterable[CourtDeadline] = (), limitations: Iterable[Limitation] = ()) -> list[Event]:
    """Every event, in date order; only one debt's when `debt_id` is given."""
    statuses = list(statuses)
    lenders = {s.debt.id: s.debt.lender.name for s in statuses}
    events: list[Event] = []
    for status in statuses:
        if debt_id is None or status.debt.id == debt_id:
            events.extend(debt_events(status))
    as_of = statuses[0].state.as_of if statuses else date.max  # nothing to compare with: nothing projected
    more = agreement_events(agreements, checks, lenders, as_of) + limit_events(deadlines, limitations, lenders, as_of)
    events.extend(e for e in more if debt_id is None or e.debt_id == debt_id)
    events.extend(e for e in contact_events(contacts, lenders) if debt_id is None or e.debt_id == debt_id)
    events.extend(e for e in letter_events(letters, lenders) if debt_id is None or e.debt_id == debt_id)
    order = {kind: i for i, kind in enumerate(EventKind)}
    return sorted(events, key=lambda e: (e.on, order[e.kind], e.lender))
