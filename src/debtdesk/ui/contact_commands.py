"""Undo commands for the contact log: each redo/undo is one store transaction, then a refresh.

Files are copied in before a command is pushed (the screen stages them), so
redo and undo only ever change rows; stored files stay while any command
could need them.  The first redo records the state it produced, so later
redos put back exactly the same rows with the same ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.contacts import Contact, ContactRules, format_occurred_at
from debtdesk.store.attachments import StagedFile
from debtdesk.store.contacts import ContactLog, ContactSnapshot
from debtdesk.store.changes import CONFLICT
from debtdesk.store.errors import ConflictError
from debtdesk.store.settings import contact_rules
from debtdesk.services.changes import CONTACTS, SETTINGS, Changes
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


def _who(contact: Contact) -> str:
    return contact.company or format_occurred_at(contact.occurred_at)


class AddContact(StoreCommand):
    def __init__(self, session: Session, contact: Contact, files: Sequence[StagedFile] = (),
                 added_at: datetime | None = None):
        super().__init__(translate("ContactCommands", "Log contact: {who}").format(who=_who(contact)))
        self.session = session
        self.contact = contact
        self.files = list(files)
        self.added_at = added_at
        self.snapshot: ContactSnapshot | None = None

    def apply(self) -> None:
        log = ContactLog(self.session.store)
        if self.snapshot is None:
            self.contact = log.add(self.contact, self.files, self.added_at)
        else:
            log.restore(self.snapshot)
        self.session.notify(Changes.of(CONTACTS))

    def revert(self) -> None:
        self.snapshot = ContactLog(self.session.store).delete(self.contact.id, expected=self.contact)
        self.session.notify(Changes.of(CONTACTS))


class EditContact(StoreCommand):
    def __init__(self, session: Session, after: Contact, add_files: Sequence[StagedFile] = (),
                 remove_attachment_ids: Sequence[int] = (), added_at: datetime | None = None):
        super().__init__(translate("ContactCommands", "Edit contact: {who}").format(who=_who(after)))
        self.session = session
        self.after_contact = after
        self.add_files = list(add_files)
        self.remove_ids = list(remove_attachment_ids)
        self.added_at = added_at
        self.before: ContactSnapshot | None = None
        self.after: ContactSnapshot | None = None

    def apply(self) -> None:
        log = ContactLog(self.session.store)
        if self.after is None:
            self.before = log.update(self.after_contact, self.add_files, self.remove_ids, self.added_at)
            self.after = log.snapshot(self.after_contact.id)
        else:
            log.revert(self.after, expected=self.before)
        self.session.notify(Changes.of(CONTACTS))

    def revert(self) -> None:
        ContactLog(self.session.store).revert(self.before, expected=self.after)
        self.session.notify(Changes.of(CONTACTS))


class DeleteContact(StoreCommand):
    def __init__(self, session: Session, contact: Contact):
        super().__init__(translate("ContactCommands", "Delete contact: {who}").format(who=_who(contact)))
        self.session = session
        self.contact_id = contact.id
        self.snapshot: ContactSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = ContactLog(self.session.store).delete(self.contact_id)
        self.session.notify(Changes.of(CONTACTS))

    def revert(self) -> None:
        ContactLog(self.session.store).restore(self.snapshot)
        self.session.notify(Changes.of(CONTACTS))


class SetContactRules(StoreCommand):
    def __init__(self, session: Session, before: ContactRules, after: ContactRules):
        super().__init__(translate("ContactCommands", "Change contact rules"))
        self.session = session
        self.before = before
        self.after = after

    def _set(self, rules: ContactRules, expected: ContactRules) -> None:
        store = self.session.store
        with store.db.atomic():
            if contact_rules(store) != expected:  # changed elsewhere since: theirs is kept
                raise ConflictError(CONFLICT, what=QCoreApplication.translate("ContactCommands", "The contact rules"))
            ContactLog(store).set_rules(rules)  # and every contact re-flagged, in the same transaction
        self.session.notify(Changes.of(CONTACTS, SETTINGS))

    def apply(self) -> None:
        self._set(self.after, self.before)

    def revert(self) -> None:
        self._set(self.before, self.after)
