"""Legal time limits, as editable data (DOMAIN.md section 7); general information, not legal advice.

* The limitation period (诉讼时效): by default three years from when the
  creditor could claim, i.e. each instalment's due date; a payment, a written
  acknowledgement of the debt or the creditor's demand interrupts it and it
  starts again in full.  For one debt repaid in instalments the Civil Code
  (art. 189) counts from the last instalment's due date; both dates are given.
* Court deadlines from a document the borrower was served: usually 15 days to
  file a defence to a claim (答辩期), 15 days to appeal a judgment, 10 days to
  appeal a ruling, counted from the day after service.  The document states
  its own deadline: a date the user enters from it wins.  Public holidays that
  move a last day are not known here: that is one more reason to enter the
  document's own date.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from debtdesk.domain.debt import Payment
from debtdesk.domain.validation import EARLIEST_DATE, LATEST_DATE, FieldError


class LegalEventKind(str, enum.Enum):
    ACKNOWLEDGEMENT = "acknowledgement"  # the borrower acknowledged the debt in writing: restarts the period
    DEMAND = "demand"  # the creditor demanded payment (a letter, a message): restarts the period
    CLAIM = "claim"  # a statement of claim (起诉状) served: time to file a defence
    JUDGMENT = "judgment"  # a first-instance judgment (判决书) served: time to appeal
    RULING = "ruling"  # a ruling (裁定书) served: time to appeal

    @property
    def is_court_document(self) -> bool:
        return self in COURT_DOCUMENTS

    @property
    def restarts_limitation(self) -> bool:
        return self in (LegalEventKind.ACKNOWLEDGEMENT, LegalEventKind.DEMAND)


COURT_DOCUMENTS = (LegalEventKind.CLAIM, LegalEventKind.JUDGMENT, LegalEventKind.RULING)


@dataclass(frozen=True)
class LimitRules:
    """The defaults, editable by the user (stored in the file's settings)."""

    limitation_years: int = 3
    claim_days: int = 15
    judgment_days: int = 15
    ruling_days: int = 10

    def days_for(self, kind: LegalEventKind) -> int | None:
        return {LegalEventKind.CLAIM: self.claim_days, LegalEventKind.JUDGMENT: self.judgment_days,
                LegalEventKind.RULING: self.ruling_days}.get(kind)

    def errors(self) -> list[FieldError]:
        errors = []
        if not 1 <= self.limitation_years <= 30:
            errors.append(FieldError("limitation_years", "Between 1 and 30 years."))
        for name in ("claim_days", "judgment_days", "ruling_days"):
            if not 1 <= getattr(self, name) <= 365:
                errors.append(FieldError(name, "Between 1 and 365 days."))
        return errors


DEFAULT_LIMIT_RULES = LimitRules()


@dataclass(frozen=True)
class LegalEvent:
    """Something with a legal time limit the user entered from a document or a letter."""

    kind: LegalEventKind
    on: date  # served, sent or signed
    debt_id: int | None = None
    days: int | None = None  # this document's period, when it differs from the default
    deadline: date | None = None  # the date the document itself states: it wins
    title: str = ""
    notes: str = ""
    id: int | None = None

    def errors(self) -> list[FieldError]:
        errors = []
        if not EARLIEST_DATE <= self.on <= LATEST_DATE:
            errors.append(FieldError("on", "Must be between {first} and {last}.",
                                     {"first": EARLIEST_DATE, "last": LATEST_DATE}))
        if self.days is not None and not 1 <= self.days <= 365:
            errors.append(FieldError("days", "Between 1 and 365 days."))
        if self.deadline is not None and self.deadline < self.on:
            errors.append(FieldError("deadline", "The deadline cannot fall before the document was served."))
        if len(self.title) > 200:
            errors.append(FieldError("title", "At most {n} characters.", {"n": 200}))
        if len(self.notes) > 10000:
            errors.append(FieldError("notes", "At most {n} characters.", {"n": 10000}))
        return errors


@dataclass(frozen=True)
class CourtDeadline:
    event: LegalEvent
    deadline: date
    stated: bool  # the date comes from the document itself

    def days_left(self, as_of: date) -> int:
        return (self.deadline - as_of).days


def court_deadline(event: LegalEvent, rules: LimitRules = DEFAULT_LIMIT_RULES) -> CourtDeadline | None:
    """The last day to act on a court document: its stated date, or the service date plus the period."""
    if not event.kind.is_court_document:
        return None
    if event.deadline is not None:
        return CourtDeadline(event, event.deadline, True)
    days = event.days or rules.days_for(event.kind)
    assert days is not None  # every court document has its period in the rules
    return CourtDeadline(event, event.on + timedelta(days=days), False)


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Limitation:
    """Where the limitation period of one debt stands (for its oldest unpaid instalment)."""

    debt_id: int | None
    runs_from: date  # the oldest unpaid due date, or the last interruption after it
    ends: date  # runs_from + the period
    restarted_by: Payment | LegalEvent | None  # what last restarted it, if anything did
    last_instalment_ends: date | None  # counted from the last instalment's due date (Civil Code art. 189)


def limitation(debt_id: int | None, oldest_unpaid_due: date | None, last_due: date | None,
               payments: Iterable[Payment], events: Iterable[LegalEvent],
               rules: LimitRules = DEFAULT_LIMIT_RULES) -> Limitation | None:
    """The limitation period of a debt's oldest unpaid instalment; None when nothing is unpaid and due."""
    if oldest_unpaid_due is None:
        return None
    interruptions: list[tuple[date, Payment | LegalEvent]] = [(p.paid_on, p) for p in payments]
    interruptions += [(e.on, e) for e in events if e.kind.restarts_limitation and e.debt_id in (None, debt_id)]
    later = [(day, what) for day, what in interruptions if day > oldest_unpaid_due]
    runs_from, restarted_by = max(later, key=lambda pair: pair[0], default=(oldest_unpaid_due, None))
    years = rules.limitation_years
    last = max(last_due, runs_from) if last_due is not None else None
    return Limitation(debt_id, runs_from, add_years(runs_from, years), restarted_by,
                      add_years(last, years) if last is not None else None)
