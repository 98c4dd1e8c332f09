"""Coming payments and court deadlines as an iCalendar file (RFC 5545), with the `icalendar` library.

* One all-day event per coming payment: each agreed instalment once an
  agreement is in force, the contract's due dates otherwise (what is still
  unpaid of each), and one per court deadline; each with an alarm the day
  before (09:00, 15 hours before the all-day event starts).
* UIDs are derived from this file's own calendar id (kept in its settings)
  and the thing the event is about, so exporting again updates the same
  events in a calendar program instead of adding copies.
* DTSTAMP is the as-of date at midnight UTC, never the clock: the same data
  on the same as-of date gives byte-identical output.  Lines end in CRLF and
  long lines are folded at 75 octets (the library does both).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from debtdesk import __version__
from debtdesk.domain.money import format_amount
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.time_limits import CourtDeadline

PRODID = f"-//DebtDesk//DebtDesk {__version__}//EN"
ALARM_BEFORE = timedelta(hours=15)  # 09:00 the day before an all-day event


@dataclass(frozen=True)
class CalendarTexts:
    """The words in the file; the window passes them translated, the command line in English."""

    name: str = "DebtDesk: payments and deadlines"
    payment: str = "Pay {amount} {currency} to {lender}"
    agreed: str = "Agreed instalment {number} (agreement of {signed})"
    instalment: str = "Instalment {number} of the contract"
    paid_part: str = "Already paid: {amount} {currency}"
    alarm: str = "Tomorrow: pay {amount} {currency} to {lender}"
    deadline: str = "Court deadline: {title}"
    deadline_detail: str = "The last day to act on the document served on {served}. Not legal advice: " \
                           "the document's own date wins."
    deadline_alarm: str = "Tomorrow is the court deadline: {title}"
    kinds: dict = field(default_factory=lambda: {
        "claim": "file a defence to the claim", "judgment": "appeal the judgment", "ruling": "appeal the ruling"})


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    on: date
    summary: str
    description: str
    alarm: str


def uid_for(calendar_id: str, name: str) -> str:
    """A UID that never changes for the same file and the same thing: uuid5 in the file's namespace."""
    return f"{uuid.uuid5(uuid.UUID(hex=calendar_id), name)}@debtdesk"


def payment_entries(statuses: Iterable[DebtStatus], as_of: date, calendar_id: str,
                    texts: CalendarTexts = CalendarTexts(), until: date | None = None) -> list[CalendarEntry]:
    entries = []
    for status in statuses:
        debt, agreement = status.debt, status.agreement
        for part in status.allocations:
            inst = part.instalment
            if until is not None and inst.due_date > until:
                break
            if inst.due_date < as_of or part.settled:
                continue
            money = dict(amount=format_amount(part.unpaid), currency=debt.currency, lender=debt.lender.name)
            if agreement is not None:
                name = f"agreement/{agreement.id}/instalment/{inst.number}"
                line = texts.agreed.format(number=inst.number, signed=agreement.signed_on.isoformat())
            else:
                name = f"debt/{debt.id}/instalment/{inst.number}"
                line = texts.instalment.format(number=inst.number)
            lines = [line]
            if part.covered > 0:
                lines.append(texts.paid_part.format(amount=format_amount(part.covered), currency=debt.currency))
            entries.append(CalendarEntry(uid_for(calendar_id, name), inst.due_date, texts.payment.format(**money),
                                         "\n".join(lines), texts.alarm.format(**money)))
    return entries


def deadline_entries(deadlines: Iterable[CourtDeadline], as_of: date, calendar_id: str,
                     texts: CalendarTexts = CalendarTexts()) -> list[CalendarEntry]:
    entries = []
    for item in deadlines:
        if item.deadline < as_of:
            continue
        event = item.event
        title = event.title or texts.kinds.get(event.kind.value, event.kind.value)
        entries.append(CalendarEntry(uid_for(calendar_id, f"legal-event/{event.id}"), item.deadline,
                                     texts.deadline.format(title=title),
                                     texts.deadline_detail.format(served=event.on.isoformat()),
                                     texts.deadline_alarm.format(title=title)))
    return entries


def calendar_bytes(entries: Iterable[CalendarEntry], as_of: date, texts: CalendarTexts = CalendarTexts()) -> bytes:
    from icalendar import Alarm, Calendar, Event

    stamp = datetime.combine(as_of, time(0, 0), tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", texts.name)
    for entry in sorted(entries, key=lambda e: (e.on, e.uid)):
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.alarm)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside `path` and rename it into place (never half a calendar)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
