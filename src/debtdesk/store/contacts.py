"""`ContactLog`: the collector contacts of a file, with their attached files.

Each change is one transaction.  Files are copied in before it (see
`store.attachments`) and thrown away again if it fails, so a failed add
leaves neither a row nor a stray file.  Deleting a contact, or editing one,
returns a snapshot of it with its attachment rows; `restore` puts a deleted
contact back and `revert` undoes an edit, exactly, with the same ids (what
undo needs).  Conduct is kept in the `conduct` column as space-separated tag
values ('threats third_party'); each contact's flags are kept beside it
(`store.contact_index`), re-flagged when a contact or the rules change.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence, Union

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.domain.attachments import Attachment
from debtdesk.domain.contacts import (
    Contact,
    ContactRules,
    Flag,
    flag_log,
    flags_from_text,
)
from debtdesk.store.attachments import AttachmentStore, StagedFile
from debtdesk.store import changes, contact_index
from debtdesk.store.contact_rows import contact_from_row, contact_to_row
from debtdesk.store.connection import StoreError
from debtdesk.store.errors import ConflictError, Sentence
from debtdesk.store.repository import Store
from debtdesk.store.settings import contact_rules, set_contact_rules

OWNER_KIND = "contact"

FileSource = Union[str, Path, StagedFile]


@dataclass(frozen=True)
class ContactSnapshot:
    """A contact as it was, with its attachment rows (plain dicts, as stored)."""

    contact: Contact
    attachment_rows: tuple[dict, ...] = ()


class ContactLog:
    def __init__(self, store: Store, files: AttachmentStore | None = None):
        self.store = store
        self.files = files or AttachmentStore(store)

    # -- reading ---------------------------------------------------------------------
    def list(self) -> list[Contact]:
        """Every contact, oldest first."""
        rows = self.store.conn.execute("SELECT * FROM contacts ORDER BY occurred_at, id")
        return [contact_from_row(r) for r in rows]

    def get(self, contact_id: int) -> Contact:
        row = self.store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no contact number {contact_id}."),
                             contact_id=contact_id)
        return contact_from_row(row)

    def attachments(self, contact_id: int) -> list[Attachment]:
        return self.files.of(OWNER_KIND, contact_id)

    def attachments_by_contact(self) -> dict[int, list[Attachment]]:
        return self.files.by_owner(OWNER_KIND)

    def check_readable(self) -> None:
        """StoreError naming a contact this version cannot read: checked as each day is flagged
        (`contact_index`), so what the lazy table has not read yet is known readable."""
        contact_index.refresh_flags(self.store)

    def attachments_for(self, contact_ids: Sequence[int]) -> dict[int, list[Attachment]]:
        """The attachments of these contacts only (the rows a table has on screen), oldest first."""
        from debtdesk.store.attachments import attachment_from_row

        found: dict[int, list[Attachment]] = {}
        ids = list(contact_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.store.conn.execute(
                f"SELECT * FROM attachments WHERE owner_kind = ? AND owner_id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY id", [OWNER_KIND, *chunk])
            for row in rows:
                found.setdefault(row["owner_id"], []).append(attachment_from_row(row))
        return found

    def debt_lenders(self) -> list[tuple[int, str, str]]:
        """(debt id, lender name, debt kind) of every debt, in lender order: what names a debt in the log."""
        rows = self.store.conn.execute(
            "SELECT d.id, l.name, d.kind FROM debts d JOIN lenders l ON l.id = d.lender_id ORDER BY l.name, d.id")
        return [(r[0], r[1], r[2]) for r in rows]

    def companies(self) -> list[str]:
        """The company names used so far (for a combo box), most used first."""
        rows = self.store.conn.execute(
            "SELECT company FROM contacts WHERE company != '' GROUP BY company ORDER BY count(*) DESC, company")
        return [r[0] for r in rows]

    def rules(self) -> ContactRules:
        return contact_rules(self.store)

    def flagged(self, rules: ContactRules | None = None) -> list[tuple[Contact, frozenset[Flag]]]:
        """Every contact with its flags, in time order: the stored flags under the file's rules.

        With other `rules` (a what-if), the flags are worked out afresh in Python.
        """
        if rules is not None and rules != self.rules():
            return flag_log(self.list(), rules)
        contact_index.refresh_flags(self.store)
        rows = self.store.conn.execute(
            "SELECT c.*, coalesce(f.flags, '') AS stored_flags FROM contacts c "
            "LEFT JOIN contact_flags f ON f.contact_id = c.id ORDER BY c.occurred_at, c.id")
        return [(contact_from_row(r), flags_from_text(r["stored_flags"])) for r in rows]

    def flag_counts(self, rules: ContactRules | None = None) -> tuple[int, int]:
        """(contacts, flagged contacts): counted from the stored flags, not 100,000 contacts flagged again."""
        if rules is not None and rules != self.rules():
            flagged = flag_log(self.list(), rules)
            return len(flagged), sum(1 for _, flags in flagged if flags)
        totals = contact_index.flag_totals(self.store)
        return totals.contacts, totals.flagged

    def flag_totals(self, contacts: int | None = None) -> contact_index.FlagTotals:
        """Contacts, flagged contacts and the count of each flag, under the file's rules."""
        return contact_index.flag_totals(self.store, contacts)

    def set_rules(self, rules: ContactRules) -> None:
        """Change the contact rules and re-flag every contact, in one transaction (or the caller's)."""
        with self.store.db.atomic():
            set_contact_rules(self.store, rules)
            contact_index.refresh_flags(self.store)

    def snapshot(self, contact_id: int) -> ContactSnapshot:
        rows = tuple(dict(r) for r in self.store.conn.execute(
            "SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id", (OWNER_KIND, contact_id)))
        return ContactSnapshot(self.get(contact_id), rows)

    # -- changing --------------------------------------------------------------------
    def add(self, contact: Contact, files: Sequence[FileSource] = (),
            added_at: datetime | None = None) -> Contact:
        """Insert a contact (keeping `contact.id` if set) with its files; returns it with its id."""
        staged = self._stage(files)
        try:
            with self.store.db.atomic():
                self._check_debt(contact.debt_id)
                contact_id = self.store.db["contacts"].insert(contact_to_row(contact)).last_pk
                self._attach(contact_id, staged, added_at)
                contact_index.refresh_flags(self.store)
        except BaseException:
            self.files.discard(staged)
            raise
        return replace(contact, id=contact_id)

    def update(self, contact: Contact, add_files: Sequence[FileSource] = (),
               remove_attachment_ids: Iterable[int] = (), added_at: datetime | None = None) -> ContactSnapshot:
        """Write every field, attach `add_files`, detach the rows listed; returns the contact as it was.

        Detached files stay in the folder so that restoring the snapshot works.
        """
        if contact.id is None:
            raise ValueError("update needs a contact with an id")
        staged = self._stage(add_files)
        try:
            with self.store.db.atomic():
                before = self.snapshot(contact.id)
                self._check_debt(contact.debt_id)
                row = contact_to_row(contact)
                row.pop("id")
                self.store.db["contacts"].update(contact.id, row)
                self.files.detach_rows(OWNER_KIND, contact.id, list(remove_attachment_ids))
                self._attach(contact.id, staged, added_at)
                contact_index.refresh_flags(self.store)
        except BaseException:
            self.files.discard(staged)
            raise
        return before

    def delete(self, contact_id: int, expected: Contact | None = None) -> ContactSnapshot:
        """Remove a contact and its attachment rows (the files stay, for undo).

        With `expected`, only if the contact is still as it was (else ConflictError).
        """
        with self.store.db.atomic():
            if expected is not None:
                self._check_unchanged(contact_id, contact_to_row(expected))
            snapshot = self.snapshot(contact_id)
            self.files.detach_rows(OWNER_KIND, contact_id)
            self.store.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            contact_index.refresh_flags(self.store)
        return snapshot

    def restore(self, snapshot: ContactSnapshot) -> Contact:
        """Put a deleted contact back exactly: same id, fields and attachment rows (undo of delete)."""
        contact = snapshot.contact
        if contact.id is None:
            raise ValueError("restore needs a snapshot of a stored contact")
        try:
            with self.store.db.atomic():
                self._check_debt(contact.debt_id)
                if self.store.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact.id,)).fetchone():
                    raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be restored: the number "
                                                                "is in use."), id=contact.id)
                self.store.db["contacts"].insert(contact_to_row(contact))
                self.files.restore_rows(snapshot.attachment_rows)
                contact_index.refresh_flags(self.store)
        except sqlite3.IntegrityError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be restored: {exc}."),
                             id=contact.id, exc=exc) from None
        return contact

    def revert(self, snapshot: ContactSnapshot, expected: ContactSnapshot | None = None) -> Contact:
        """Make an existing contact exactly as in the snapshot, attachment rows included (undo of edit).

        With `expected` (the state the command left), only if the contact and
        its attachment rows are still that (else ConflictError, nothing written).
        """
        contact = snapshot.contact
        if contact.id is None:
            raise ValueError("revert needs a snapshot of a stored contact")
        try:
            with self.store.db.atomic():
                if expected is not None:
                    self._check_unchanged(contact.id, contact_to_row(expected.contact))
                    if self.snapshot(contact.id).attachment_rows != expected.attachment_rows:
                        raise ConflictError(changes.CONFLICT,
                                            what=Sentence(QT_TRANSLATE_NOOP("Store", "The contact's attached files")))
                self._check_debt(contact.debt_id)
                row = contact_to_row(contact)
                row.pop("id")
                sets = ", ".join(f"{name} = :{name}" for name in row)
                cursor = self.store.conn.execute(f"UPDATE contacts SET {sets} WHERE id = :id",
                                                 {**row, "id": contact.id})
                if cursor.rowcount != 1:
                    raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no contact number {id}."),
                                     id=contact.id)
                self.files.detach_rows(OWNER_KIND, contact.id)
                self.files.restore_rows(snapshot.attachment_rows)
                contact_index.refresh_flags(self.store)
        except sqlite3.IntegrityError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be put back: {exc}."),
                             id=contact.id, exc=exc) from None
        return contact

    # -- helpers ---------------------------------------------------------------------
    def _check_unchanged(self, contact_id: int, expected: dict) -> None:
        changes.check_unchanged(self.store.conn, "contacts", contact_id, expected, [k for k in expected if k != "id"],
                                "The contact", lambda row: contact_to_row(contact_from_row(row)))

    def _stage(self, files: Sequence[FileSource]) -> list[StagedFile]:
        """Copy in the paths (all or none); staged files pass through as they are."""
        files = list(files)
        copied = iter(self.files.stage_many([f for f in files if not isinstance(f, StagedFile)]))
        return [f if isinstance(f, StagedFile) else next(copied) for f in files]

    def _attach(self, contact_id: int, staged: list[StagedFile], added_at: datetime | None) -> None:
        moment = added_at or datetime.now()
        for item in staged:
            self.files.insert(OWNER_KIND, contact_id, item, moment)

    def _check_debt(self, debt_id: int | None) -> None:
        if debt_id is None:
            return
        try:
            found = self.store.conn.execute("SELECT 1 FROM debts WHERE id = ?", (debt_id,)).fetchone()
        except sqlite3.Error as exc:  # pragma: no cover - a damaged file
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The debts could not be read ({problem})."), problem=exc) from None
        if found is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {debt_id}."),
                             debt_id=debt_id)
