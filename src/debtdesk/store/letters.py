"""The letters history: every exported letter, with where it went and its checksum.

The checksum lets the user show later that the file they hold is the one
they sent; `verify` reports a file moved or changed since.  The user marks
a letter as sent (day and channel); an entry can be removed, and `restore`
puts it back with the same id (what undo needs).  The PDF itself is never
touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.sending import Sending
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import private
from debtdesk.store.attachments import file_sha256
from debtdesk.store.connection import StoreError
from debtdesk.store.proposals import ProposalBook, SavedProposal
from debtdesk.store.repository import Store
from debtdesk.store.rows import ReadRow


@dataclass(frozen=True)
class LetterRecord:
    kind: str  # 'negotiation' or 'complaint'
    language: str
    recipient: str
    created_on: date
    file_path: str
    sha256: str
    size: int
    debt_id: int | None = None
    id: int | None = None
    sent_on: date | None = None
    sent_via: str = ""  # a SentVia value, '' while not marked as sent


class LetterLog:
    def __init__(self, store: Store):
        self.store = store

    def record(self, path: Path, kind: str, language: str, recipient: str, created_on: date,
               debt_id: int | None = None, proposal: ProposalOptions | None = None) -> LetterRecord:
        """Record an exported letter; with `proposal`, also what it asked for (one transaction).

        The letter is made private first (0600): it names the writer, their
        debts and their situation.
        """
        path = Path(path).resolve()
        private.tighten(path)
        record = LetterRecord(kind, language, recipient, created_on, str(path), file_sha256(path),
                              path.stat().st_size, debt_id)
        with self.store.db.atomic():
            new_id = self.store.db["letters"].insert({
                "debt_id": debt_id, "kind": kind, "language": language, "recipient": recipient,
                "created_on": created_on.isoformat(), "file_path": record.file_path,
                "sha256": record.sha256, "size": record.size,
            }).last_pk
            if proposal is not None and debt_id is not None:
                ProposalBook(self.store).add(SavedProposal(debt_id, proposal, created_on, status="sent"))
        return LetterRecord(**{**record.__dict__, "id": new_id})

    def list(self) -> list[LetterRecord]:
        rows = self.store.conn.execute("SELECT * FROM letters ORDER BY created_on DESC, id DESC")
        return [_record(r) for r in rows]

    def get(self, letter_id: int) -> LetterRecord:
        row = self.store.conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no letter number {letter_id} in the history."),
                             letter_id=letter_id)
        return _record(row)

    def set_sent(self, letter_id: int, sending: Sending | None) -> LetterRecord:
        """Mark the letter as sent (None: not sent); returns the record as it was before."""
        with self.store.db.atomic():
            before = self.get(letter_id)
            self.store.conn.execute(
                "UPDATE letters SET sent_on = ?, sent_via = ? WHERE id = ?",
                (None, "", letter_id) if sending is None else (sending.on.isoformat(), sending.via.value, letter_id))
        return before

    def remove(self, letter_id: int) -> LetterRecord:
        """Take an entry out of the history (the file stays where it is); returns it for `restore`."""
        with self.store.db.atomic():
            record = self.get(letter_id)
            self.store.conn.execute("DELETE FROM letters WHERE id = ?", (letter_id,))
        return record

    def restore(self, record: LetterRecord) -> LetterRecord:
        """Put a removed entry back exactly, with its id (undo of `remove`)."""
        with self.store.db.atomic():
            debt_id = record.debt_id
            if debt_id is not None and self.store.conn.execute(
                    "SELECT 1 FROM debts WHERE id = ?", (debt_id,)).fetchone() is None:
                debt_id = None  # the debt went meanwhile: the letter stays in the history without it
            if self.store.conn.execute("SELECT 1 FROM letters WHERE id = ?", (record.id,)).fetchone():
                raise StoreError(QT_TRANSLATE_NOOP("Store", "Letter number {id} cannot be put back: the number is "
                                                            "in use."), id=record.id)
            self.store.db["letters"].insert({
                "id": record.id, "debt_id": debt_id, "kind": record.kind, "language": record.language,
                "recipient": record.recipient, "created_on": record.created_on.isoformat(),
                "file_path": record.file_path, "sha256": record.sha256, "size": record.size,
                "sent_on": record.sent_on.isoformat() if record.sent_on else None, "sent_via": record.sent_via,
            })
        return record

    @staticmethod
    def verify(record: LetterRecord) -> str:
        """'ok', 'missing' or 'changed'."""
        path = Path(record.file_path)
        if not path.is_file():
            return "missing"
        return "ok" if file_sha256(path) == record.sha256 else "changed"


def _record(r: ReadRow) -> LetterRecord:
    return LetterRecord(r["kind"], r["language"], r["recipient"], date.fromisoformat(r["created_on"]),
                        r["file_path"], r["sha256"], r["size"], r["debt_id"], r["id"],
                        date.fromisoformat(r["sent_on"]) if r["sent_on"] else None, r["sent_via"])
