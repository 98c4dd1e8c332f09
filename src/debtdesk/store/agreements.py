"""Letter outcomes, agreements and legal events in a file, with their attached documents.

A reply (owner kind 'reply') and a signed agreement (owner kind 'agreement')
are attached through the same storage as every other file, checksums and
all; a court document (owner kind 'legal_event') too.  Each change is one
transaction; deleting returns what undo needs to put it back with its ids.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from debtdesk.domain.agreement import (
    Agreement,
    AgreementTerms,
    OnBreach,
    Outcome,
    Source,
    terms_from_dict,
    terms_to_dict,
)
from debtdesk.domain.time_limits import DEFAULT_LIMIT_RULES, LegalEvent, LegalEventKind, LimitRules
from debtdesk.domain.validation import FieldError
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store.attachments import AttachmentStore, StagedFile
from debtdesk.store.connection import StoreError
from debtdesk.store.repository import Store
from debtdesk.store.rows import ReadRow, WriteRow
from debtdesk.store.settings import read_settings, write_settings

REPLY, AGREEMENT, LEGAL_EVENT = "reply", "agreement", "legal_event"


@dataclass(frozen=True)
class LetterOutcome:
    letter_id: int
    outcome: Outcome = Outcome.WAITING
    replied_on: date | None = None
    answer_by: date | None = None  # wait for an answer until this date
    terms: AgreementTerms | None = None  # a counter-offer's terms
    notes: str = ""
    id: int | None = None

    def shown_outcome(self, as_of: date) -> Outcome:
        """Waiting past the answer-by date reads as no answer."""
        if self.outcome is Outcome.WAITING and self.answer_by is not None and as_of > self.answer_by:
            return Outcome.NO_ANSWER
        return self.outcome


@dataclass(frozen=True)
class AgreementSnapshot:
    """A deleted agreement with its attachment rows, enough to restore it exactly."""

    row: WriteRow
    attachments: tuple[WriteRow, ...]
    reopened: tuple[tuple[int, str | None, str], ...] = ()  # agreements it had ended: (id, ended_on, reason)
    proposal_status: str | None = None  # the accepted proposal's status before, when this delete changed it


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def outcome_from_row(row: ReadRow) -> LetterOutcome:
    terms = terms_from_dict(json.loads(row["terms"])) if row["terms"] else None
    return LetterOutcome(row["letter_id"], Outcome(row["outcome"]), _day(row["replied_on"]), _day(row["answer_by"]),
                         terms, row["notes"], row["id"])


def agreement_to_row(agreement: Agreement) -> WriteRow:
    row = {
        "debt_id": agreement.debt_id, "source": agreement.source.value, "letter_id": agreement.letter_id,
        "proposal_id": agreement.proposal_id, "signed_on": agreement.signed_on.isoformat(),
        "start_date": agreement.start.isoformat(),
        "terms": json.dumps(terms_to_dict(agreement.terms), sort_keys=True),
        "on_breach": agreement.on_breach.value, "clause": agreement.clause, "ended_on": _iso(agreement.ended_on),
        "end_reason": agreement.end_reason, "notes": agreement.notes,
    }
    if agreement.id is not None:
        row["id"] = agreement.id
    return row


def agreement_from_row(row: ReadRow) -> Agreement:
    return Agreement(
        debt_id=row["debt_id"], terms=terms_from_dict(json.loads(row["terms"])),
        start=date.fromisoformat(row["start_date"]), signed_on=date.fromisoformat(row["signed_on"]),
        source=Source(row["source"]), on_breach=OnBreach(row["on_breach"]), clause=row["clause"],
        ended_on=_day(row["ended_on"]), end_reason=row["end_reason"], letter_id=row["letter_id"],
        proposal_id=row["proposal_id"], notes=row["notes"], id=row["id"])


def event_to_row(event: LegalEvent) -> WriteRow:
    row = {"debt_id": event.debt_id, "kind": event.kind.value, "on_date": event.on.isoformat(), "days": event.days,
           "deadline": _iso(event.deadline), "title": event.title, "notes": event.notes}
    if event.id is not None:
        row["id"] = event.id
    return row


def event_from_row(row: ReadRow) -> LegalEvent:
    return LegalEvent(LegalEventKind(row["kind"]), date.fromisoformat(row["on_date"]), row["debt_id"], row["days"],
                      _day(row["deadline"]), row["title"], row["notes"], row["id"])


class AgreementBook:
    def __init__(self, store: Store):
        self.store = store
        self.files = AttachmentStore(store)

    def _attach(self, owner_kind: str, owner_id: int, staged: Sequence[StagedFile], when: datetime) -> None:
        for item in staged:
            self.files.insert(owner_kind, owner_id, item, when)

    def _staged(self, files: Iterable[str | Path]) -> list[StagedFile]:
        return self.files.stage_many(files)

    # -- letter outcomes ---------------------------------------------------------------------
    def outcomes(self) -> dict[int, LetterOutcome]:
        rows = self.store.conn.execute("SELECT * FROM letter_outcomes ORDER BY letter_id")
        return {row["letter_id"]: outcome_from_row(row) for row in rows}

    def outcome(self, letter_id: int) -> LetterOutcome | None:
        row = self.store.conn.execute("SELECT * FROM letter_outcomes WHERE letter_id = ?", (letter_id,)).fetchone()
        return outcome_from_row(row) if row else None

    def set_outcome(self, outcome: LetterOutcome, files: Iterable[str | Path] = (),
                    when: datetime | None = None) -> LetterOutcome:
        """Record (or replace) what came of a letter; `files` (the reply) are attached to it."""
        if self.store.conn.execute("SELECT 1 FROM letters WHERE id = ?", (outcome.letter_id,)).fetchone() is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no letter number {letter_id}."),
                             letter_id=outcome.letter_id)
        row = {"letter_id": outcome.letter_id, "outcome": outcome.outcome.value,
               "replied_on": _iso(outcome.replied_on), "answer_by": _iso(outcome.answer_by),
               "terms": json.dumps(terms_to_dict(outcome.terms), sort_keys=True) if outcome.terms else None,
               "notes": outcome.notes}
        staged = self._staged(files)
        try:
            with self.store.db.atomic():
                old = self.store.conn.execute("SELECT id FROM letter_outcomes WHERE letter_id = ?",
                                              (outcome.letter_id,)).fetchone()
                if old is not None:
                    self.store.db["letter_outcomes"].update(old[0], row)
                    new_id = old[0]
                else:
                    if outcome.id is not None:
                        row["id"] = outcome.id
                    new_id = self.store.db["letter_outcomes"].insert(row).last_pk
                self._attach(REPLY, new_id, staged, when or datetime.now())
        except BaseException:
            self.files.discard(staged)
            raise
        return replace(outcome, id=new_id)

    def clear_outcome(self, letter_id: int) -> tuple[WriteRow, tuple[WriteRow, ...]] | None:
        """Forget what came of a letter; returns its row and attachment rows for undo."""
        with self.store.db.atomic():
            row = self.store.conn.execute("SELECT * FROM letter_outcomes WHERE letter_id = ?", (letter_id,)).fetchone()
            if row is None:
                return None
            attachments = self.files.detach_rows(REPLY, row["id"])
            self.store.conn.execute("DELETE FROM letter_outcomes WHERE id = ?", (row["id"],))
        return dict(row), attachments

    def outcome_snapshot(self, letter_id: int) -> tuple[WriteRow, tuple[WriteRow, ...]] | None:
        """What `clear_outcome` would return, without clearing anything."""
        row = self.store.conn.execute("SELECT * FROM letter_outcomes WHERE letter_id = ?", (letter_id,)).fetchone()
        if row is None:
            return None
        attachments = tuple(dict(r) for r in self.store.conn.execute(
            "SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id", (REPLY, row["id"])))
        return dict(row), attachments

    def restore_outcome(self, saved: tuple[WriteRow, tuple[WriteRow, ...]]) -> None:
        """Put an outcome back as saved, replacing whatever that letter has now (row and attachments)."""
        row, attachments = saved
        with self.store.db.atomic():
            current = self.store.conn.execute("SELECT id FROM letter_outcomes WHERE letter_id = ?",
                                              (row["letter_id"],)).fetchone()
            if current is not None:
                self.files.detach_rows(REPLY, current[0])
                self.store.conn.execute("DELETE FROM letter_outcomes WHERE id = ?", (current[0],))
            self.store.db["letter_outcomes"].insert(row)
            self.files.restore_rows(attachments)

    # -- agreements ----------------------------------------------------------------------------
    def agreements(self, debt_id: int | None = None) -> list[Agreement]:
        sql = "SELECT * FROM agreements ORDER BY debt_id, start_date, id"
        params: tuple[int, ...] = ()
        if debt_id is not None:
            sql, params = "SELECT * FROM agreements WHERE debt_id = ? ORDER BY start_date, id", (debt_id,)
        return [agreement_from_row(r) for r in self.store.conn.execute(sql, params)]

    def by_debt(self) -> dict[int, list[Agreement]]:
        result: dict[int, list[Agreement]] = {}
        for agreement in self.agreements():
            assert agreement.debt_id is not None  # NOT NULL in the file
            result.setdefault(agreement.debt_id, []).append(agreement)
        return result

    def agreement(self, agreement_id: int) -> Agreement:
        row = self.store.conn.execute("SELECT * FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no agreement number {agreement_id}."),
                             agreement_id=agreement_id)
        return agreement_from_row(row)

    def add(self, agreement: Agreement, files: Iterable[str | Path] = (), when: datetime | None = None) -> Agreement:
        """Record an agreement (and attach the signed copy); one already in force on that debt ends
        the day the new one starts, and an accepted proposal is marked so."""
        errors = agreement.errors()
        if errors:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{field}: {message}"),
                             field=errors[0].field, message=errors[0])
        if agreement.debt_id is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{field}: {message}"), field="debt_id",
                             message=FieldError("debt_id", "This field is required."))
        self.store.debt(agreement.debt_id)  # refuses an unknown debt with a sentence
        staged = self._staged(files)
        try:
            with self.store.db.atomic():
                for older in self.agreements(agreement.debt_id):
                    if older.id != agreement.id and older.start < agreement.start and \
                            (older.ended_on is None or older.ended_on > agreement.start):
                        self.store.db["agreements"].update(older.id, {
                            "ended_on": agreement.start.isoformat(), "end_reason": "replaced"})
                new_id = self.store.db["agreements"].insert(agreement_to_row(agreement)).last_pk
                if agreement.proposal_id is not None:
                    self.store.conn.execute("UPDATE proposals SET status = 'accepted' WHERE id = ?",
                                            (agreement.proposal_id,))
                self._attach(AGREEMENT, new_id, staged, when or datetime.now())
        except BaseException:
            self.files.discard(staged)
            raise
        return replace(agreement, id=new_id)

    def attach(self, owner_kind: str, owner_id: int, files: Iterable[str | Path], when: datetime | None = None) -> None:
        staged = self._staged(files)
        try:
            with self.store.db.atomic():
                self._attach(owner_kind, owner_id, staged, when or datetime.now())
        except BaseException:
            self.files.discard(staged)
            raise

    def end(self, agreement_id: int, ended_on: date | None, reason: str = "") -> Agreement:
        """End an agreement (None: in force again); returns it as it was before."""
        before = self.agreement(agreement_id)
        after = replace(before, ended_on=ended_on, end_reason=reason if ended_on else "")
        errors = after.errors()
        if errors:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{field}: {message}"),
                             field=errors[0].field, message=errors[0])
        with self.store.db.atomic():
            self.store.db["agreements"].update(agreement_id, {"ended_on": _iso(ended_on),
                                                              "end_reason": after.end_reason})
        return before

    def delete(self, agreement_id: int) -> AgreementSnapshot:
        with self.store.db.atomic():
            row = self.store.conn.execute("SELECT * FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
            if row is None:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no agreement number {agreement_id}."),
                                 agreement_id=agreement_id)
            attachments = self.files.detach_rows(AGREEMENT, agreement_id)
            reopened = tuple(
                (r["id"], r["ended_on"], r["end_reason"]) for r in self.store.conn.execute(
                    "SELECT * FROM agreements WHERE debt_id = ? AND ended_on = ? AND end_reason = 'replaced'",
                    (row["debt_id"], row["start_date"])))
            for other_id, _, _ in reopened:
                self.store.db["agreements"].update(other_id, {"ended_on": None, "end_reason": ""})
            self.store.conn.execute("DELETE FROM agreements WHERE id = ?", (agreement_id,))
            proposal_status = None
            if row["proposal_id"] is not None and self.store.conn.execute(
                    "SELECT 1 FROM agreements WHERE proposal_id = ?", (row["proposal_id"],)).fetchone() is None:
                found = self.store.conn.execute("SELECT status FROM proposals WHERE id = ?",
                                                (row["proposal_id"],)).fetchone()
                if found is not None and found[0] == "accepted":  # no agreement stands on it any more
                    proposal_status = found[0]
                    self.store.conn.execute("UPDATE proposals SET status = 'sent' WHERE id = ?", (row["proposal_id"],))
        return AgreementSnapshot(dict(row), attachments, reopened, proposal_status)

    def restore(self, snapshot: AgreementSnapshot) -> None:
        with self.store.db.atomic():
            self.store.db["agreements"].insert(snapshot.row)
            for other_id, ended_on, reason in snapshot.reopened:
                self.store.db["agreements"].update(other_id, {"ended_on": ended_on, "end_reason": reason})
            if snapshot.proposal_status is not None:
                self.store.conn.execute("UPDATE proposals SET status = ? WHERE id = ?",
                                        (snapshot.proposal_status, snapshot.row["proposal_id"]))
            self.files.restore_rows(snapshot.attachments)

    # -- legal events ----------------------------------------------------------------------------
    def legal_events(self) -> list[LegalEvent]:
        rows = self.store.conn.execute("SELECT * FROM legal_events ORDER BY on_date, id")
        return [event_from_row(r) for r in rows]

    def add_event(self, event: LegalEvent, files: Iterable[str | Path] = (),
                  when: datetime | None = None) -> LegalEvent:
        errors = event.errors()
        if errors:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{field}: {message}"),
                             field=errors[0].field, message=errors[0])
        staged = self._staged(files)
        try:
            with self.store.db.atomic():
                new_id = self.store.db["legal_events"].insert(event_to_row(event)).last_pk
                self._attach(LEGAL_EVENT, new_id, staged, when or datetime.now())
        except BaseException:
            self.files.discard(staged)
            raise
        return replace(event, id=new_id)

    def delete_event(self, event_id: int) -> tuple[WriteRow, tuple[WriteRow, ...]]:
        with self.store.db.atomic():
            row = self.store.conn.execute("SELECT * FROM legal_events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no legal event number {event_id}."),
                                 event_id=event_id)
            attachments = self.files.detach_rows(LEGAL_EVENT, event_id)
            self.store.conn.execute("DELETE FROM legal_events WHERE id = ?", (event_id,))
        return dict(row), attachments

    def restore_event(self, saved: tuple[WriteRow, tuple[WriteRow, ...]]) -> None:
        row, attachments = saved
        with self.store.db.atomic():
            self.store.db["legal_events"].insert(row)
            self.files.restore_rows(attachments)


# -- settings kept in the file --------------------------------------------------------------------

_LIMIT_KEYS = ("limitation_years", "claim_days", "judgment_days", "ruling_days")


def limit_rules(store: Store) -> LimitRules:
    values = read_settings(store)
    try:
        rules = LimitRules(**{k: int(values[f"limits.{k}"]) for k in _LIMIT_KEYS if f"limits.{k}" in values})
    except ValueError:
        return DEFAULT_LIMIT_RULES
    return DEFAULT_LIMIT_RULES if rules.errors() else rules


def set_limit_rules(store: Store, rules: LimitRules) -> None:
    write_settings(store, {f"limits.{k}": getattr(rules, k) for k in _LIMIT_KEYS})


CALENDAR_KEY = "calendar.id"


def calendar_id(store: Store) -> str:
    """This file's own id for calendar events (made once and kept, so re-exports update the same events)."""
    value = read_settings(store).get(CALENDAR_KEY, "")
    if len(value) == 32 and all(c in "0123456789abcdef" for c in value):
        return value
    value = secrets.token_hex(16)
    write_settings(store, {CALENDAR_KEY: value})
    return value


def agreements_by_debt(store: Store) -> dict[int, list[Agreement]]:
    """Every recorded agreement, per debt (plain sqlite3: this runs on the way to the first window)."""
    result: dict[int, list[Agreement]] = {}
    for row in store.conn.execute("SELECT * FROM agreements ORDER BY debt_id, start_date, id"):
        result.setdefault(row["debt_id"], []).append(agreement_from_row(row))
    return result
