"""The letters history: every exported letter, with where it went and its checksum.

The checksum lets the user show later that the file they hold is the one
they sent; `verify` reports a file moved or changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from debtdesk.domain.proposal import ProposalOptions
from debtdesk.store import private
from debtdesk.store.attachments import file_sha256
from debtdesk.store.proposals import ProposalBook, SavedProposal
from debtdesk.store.repository import Store


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
        return [
            LetterRecord(r["kind"], r["language"], r["recipient"], date.fromisoformat(r["created_on"]),
                         r["file_path"], r["sha256"], r["size"], r["debt_id"], r["id"])
            for r in rows
        ]

    @staticmethod
    def verify(record: LetterRecord) -> str:
        """'ok', 'missing' or 'changed'."""
        path = Path(record.file_path)
        if not path.is_file():
            return "missing"
        return "ok" if file_sha256(path) == record.sha256 else "changed"
