"""A collector contact and its row in the `contacts` table, both ways.

Its own module because the contact log (`store.contacts`), the stored flags
and search (`store.contact_index`), the timeline and the letters' flagged
contacts all read contacts, and the log itself uses the index.
"""

from __future__ import annotations

from datetime import datetime

from debtdesk.domain.contacts import Channel, Contact, conduct_from_text, conduct_to_text, format_occurred_at
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store.errors import StoreError
from debtdesk.store.rows import ReadRow, WriteRow


def contact_to_row(contact: Contact) -> WriteRow:
    row: WriteRow = {
        "debt_id": contact.debt_id,
        "occurred_at": format_occurred_at(contact.occurred_at),
        "channel": contact.channel.value,
        "company": contact.company,
        "agent": contact.agent,
        "phone": contact.phone,
        "summary": contact.summary,
        "promises": contact.promises,
        "conduct": conduct_to_text(contact.conduct),
    }
    if contact.id is not None:
        row["id"] = contact.id
    return row


def contact_from_row(row: ReadRow) -> Contact:
    try:
        channel = Channel(row["channel"])
        occurred_at = datetime.fromisoformat(row["occurred_at"])
    except ValueError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Contact number {id} cannot be read: {exc}."),
                         id=row['id'], exc=exc) from None
    return Contact(
        occurred_at=occurred_at, channel=channel, company=row["company"], agent=row["agent"],
        phone=row["phone"], summary=row["summary"], promises=row["promises"],
        conduct=conduct_from_text(row["conduct"]), debt_id=row["debt_id"], id=row["id"],
    )
