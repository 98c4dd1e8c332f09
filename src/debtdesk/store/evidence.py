"""`EvidenceBook`: the hardship evidence checklist of a file and its attached files.

The chosen hardship reasons live in the settings table under
'evidence.reasons' (space-separated values).  Items are kept in `position`
order.  Every change is one transaction; deleting an item returns it with
its attachment rows so that `restore` can put both back with the same ids.
Attached files themselves are kept by `debtdesk.store.attachments` (owner
kind 'evidence'); this module never copies or removes files on its own, and
removing rows keeps the files (so undo can bring the rows back; the
attachments module's `prune` sweeps files no row uses).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from debtdesk.domain.attachments import Attachment, AttachmentStatus
from debtdesk.domain.evidence import (
    EvidenceItem,
    EvidenceStatus,
    HardshipReason,
    missing_templates,
    parse_reasons,
    reasons_to_text,
)
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import changes
from debtdesk.store.attachments import AttachmentStore, StagedFile
from debtdesk.store.connection import StoreError
from debtdesk.store.errors import ConflictError, Sentence
from debtdesk.store.repository import Store
from debtdesk.store.rows import ReadRow, WriteRow
from debtdesk.store.settings import read_settings, write_settings

REASONS_KEY = "evidence.reasons"
OWNER_KIND = "evidence"


@dataclass(frozen=True)
class EvidenceSnapshot:
    """A deleted item with its attachment rows (plain dicts, as stored), enough to restore it."""

    item: EvidenceItem
    attachment_rows: tuple[WriteRow, ...] = ()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _item_from_row(row: ReadRow) -> EvidenceItem:
    return EvidenceItem(
        title=row["title"],
        status=EvidenceStatus(row["status"]),
        template_key=row["template_key"],
        requested_on=_day(row["requested_on"]),
        obtained_on=_day(row["obtained_on"]),
        sent_on=_day(row["sent_on"]),
        notes=row["notes"],
        position=row["position"],
        id=row["id"],
    )


def _item_to_row(item: EvidenceItem) -> WriteRow:
    row = {
        "title": item.title,
        "template_key": item.template_key,
        "status": item.status.value,
        "requested_on": _iso(item.requested_on),
        "obtained_on": _iso(item.obtained_on),
        "sent_on": _iso(item.sent_on),
        "notes": item.notes,
        "position": item.position,
    }
    if item.id is not None:
        row["id"] = item.id
    return row


class EvidenceBook:
    def __init__(self, store: Store):
        self.store = store

    # -- reasons ---------------------------------------------------------------
    def reasons(self) -> list[HardshipReason]:
        return parse_reasons(read_settings(self.store).get(REASONS_KEY, ""))

    def set_reasons(self, reasons: Iterable[HardshipReason], expected: Iterable[HardshipReason] | None = None) -> None:
        """Save the chosen reasons; with `expected`, only if they are still those (else ConflictError)."""
        if expected is None:
            write_settings(self.store, {REASONS_KEY: reasons_to_text(reasons)})
            return
        with self.store.db.atomic():
            now = read_settings(self.store).get(REASONS_KEY, "")
            if parse_reasons(now) != list(expected):
                raise ConflictError(changes.CONFLICT, what=Sentence(QT_TRANSLATE_NOOP("Store", "The hardship reasons")))
            write_settings(self.store, {REASONS_KEY: reasons_to_text(reasons)})

    # -- reading items ---------------------------------------------------------
    def items(self) -> list[EvidenceItem]:
        rows = self.store.conn.execute("SELECT * FROM evidence_items ORDER BY position, id")
        return [_item_from_row(row) for row in rows]

    def item(self, item_id: int) -> EvidenceItem:
        row = self.store.conn.execute("SELECT * FROM evidence_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no evidence item number {item_id}."),
                             item_id=item_id)
        return _item_from_row(row)

    def _next_position(self) -> int:
        position: int = self.store.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM evidence_items").fetchone()[0]
        return position

    # -- changing items --------------------------------------------------------
    def _insert(self, item: EvidenceItem) -> EvidenceItem:
        item_id = self.store.db["evidence_items"].insert(_item_to_row(item)).last_pk
        return replace(item, id=item_id)

    def add_from_templates(
        self,
        reasons: Iterable[HardshipReason],
        translate: Callable[[str], str],
        keep_reasons: bool = True,
    ) -> list[EvidenceItem]:
        """Add the checklist items for `reasons` not already present (by template key).

        Titles go through `translate`, so the checklist is stored in the
        user's language.  With `keep_reasons` the reasons are saved too, in
        the same transaction.  Returns the added items with their ids.
        """
        reasons = list(reasons)
        with self.store.db.atomic():
            present = [row[0] for row in self.store.conn.execute(
                "SELECT template_key FROM evidence_items WHERE template_key != ''")]
            position = self._next_position()
            added = []
            for offset, template in enumerate(missing_templates(reasons, present)):
                item = EvidenceItem(title=translate(template.title), template_key=template.key,
                                    position=position + offset)
                added.append(self._insert(item))
            if keep_reasons:
                self.set_reasons(reasons)
        return added

    def add(self, item: EvidenceItem) -> EvidenceItem:
        """Insert an item (a custom one has template_key ''); at the end unless it has an id.

        An item that carries an id (redo after undo) keeps its id and position.
        """
        with self.store.db.atomic():
            if item.id is None:
                item = replace(item, position=self._next_position())
            return self._insert(item)

    def update(self, item: EvidenceItem) -> None:
        """Write every field of an existing item."""
        if item.id is None:
            raise ValueError("update needs an item with an id")
        with self.store.db.atomic():
            row = _item_to_row(item)
            row.pop("id")
            sets = ", ".join(f"{name} = :{name}" for name in row)
            cursor = self.store.conn.execute(f"UPDATE evidence_items SET {sets} WHERE id = :id",
                                             {**row, "id": item.id})
            if cursor.rowcount != 1:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no evidence item number {id}."),
                                 id=item.id)

    def change(self, before: EvidenceItem, after: EvidenceItem) -> None:
        """Write the fields that differ from `before`, if they still hold `before` (else ConflictError)."""
        assert before.id is not None  # an item shown was read from the file
        with self.store.db.atomic():
            changes.update_checked(self.store.conn, "evidence_items", before.id, _item_to_row(before),
                                   _item_to_row(after), f"The evidence item “{before.title}”")

    def rename(self, item_id: int, title: str) -> EvidenceItem:
        with self.store.db.atomic():
            item = replace(self.item(item_id), title=title)
            self.update(item)
        return item

    def set_status(self, item_id: int, status: EvidenceStatus, on: date) -> EvidenceItem:
        """Move an item to `status`, stamping `on` (the session's date, never the clock)."""
        with self.store.db.atomic():
            item = self.item(item_id).with_status(status, on)
            self.update(item)
        return item

    def set_notes(self, item_id: int, notes: str) -> EvidenceItem:
        with self.store.db.atomic():
            item = replace(self.item(item_id), notes=notes)
            self.update(item)
        return item

    def reorder(self, item_ids: list[int], expected: list[int] | None = None) -> None:
        """Put the items in this order (every item id, each once); with `expected`, only from that order."""
        with self.store.db.atomic():
            if expected is not None and self.order() != list(expected):
                raise ConflictError(changes.CONFLICT, what=Sentence(
                    QT_TRANSLATE_NOOP("Store", "The order of the evidence checklist")))
            existing = {row[0] for row in self.store.conn.execute("SELECT id FROM evidence_items")}
            if set(item_ids) != existing or len(item_ids) != len(existing):
                raise StoreError(QT_TRANSLATE_NOOP("Store", "The new order must list every evidence item once."))
            for position, item_id in enumerate(item_ids):
                self.store.conn.execute("UPDATE evidence_items SET position = ? WHERE id = ?",
                                        (position, item_id))

    def order(self) -> list[int]:
        return [item.id for item in self.items() if item.id is not None]  # all of them: read from the file

    def delete(self, item_id: int, expected: EvidenceItem | None = None) -> EvidenceSnapshot:
        """Remove an item and its attachment rows (the stored files stay, for undo).

        With `expected`, only if the item is still as it was (else ConflictError).
        """
        with self.store.db.atomic():
            if expected is not None:
                row = _item_to_row(expected)
                changes.check_unchanged(self.store.conn, "evidence_items", item_id, row, [k for k in row if k != "id"],
                                        f"The evidence item “{expected.title}”")
            return self.delete_many([item_id])[0]

    def delete_many(self, item_ids: Iterable[int]) -> list[EvidenceSnapshot]:
        snapshots = []
        with self.store.db.atomic():
            for item_id in item_ids:
                item = self.item(item_id)
                rows = self.files.detach_rows(OWNER_KIND, item_id)
                self.store.conn.execute("DELETE FROM evidence_items WHERE id = ?", (item_id,))
                snapshots.append(EvidenceSnapshot(item, rows))
        return snapshots

    def restore(self, snapshot: EvidenceSnapshot) -> EvidenceItem:
        return self.restore_many([snapshot])[0]

    def restore_many(self, snapshots: Iterable[EvidenceSnapshot]) -> list[EvidenceItem]:
        """Put back deleted items with their ids, positions and attachment rows."""
        restored = []
        with self.store.db.atomic():
            for snapshot in snapshots:
                restored.append(self._insert(snapshot.item))
                self.files.restore_rows(snapshot.attachment_rows)
        return restored

    # -- attachments (kept by debtdesk.store.attachments) ------------------------------
    @property
    def files(self) -> AttachmentStore:
        return AttachmentStore(self.store)

    def stage(self, sources: Iterable[str | Path]) -> list[StagedFile]:
        """Copy files into the file's attachment folder (all or none); nothing is recorded yet.

        Raises AttachmentError naming the file that cannot be attached.
        """
        return self.files.stage_many(sources)

    def attach_staged(self, item_id: int, staged: list[StagedFile],
                      added_at: datetime | None = None) -> list[Attachment]:
        """Record staged files for an item in one transaction; on failure the copies are discarded."""
        files = self.files
        try:
            with self.store.db.atomic():
                self.item(item_id)  # refuses a missing item before anything is recorded
                when = added_at or datetime.now()
                return [files.insert(OWNER_KIND, item_id, one, when) for one in staged]
        except BaseException:
            files.discard(staged)
            raise

    def attach(self, item_id: int, sources: Iterable[str | Path],
               added_at: datetime | None = None) -> list[Attachment]:
        """Copy files in and record them for an item: all of them or, on any failure, none."""
        return self.attach_staged(item_id, self.stage(sources), added_at)

    def detach(self, item_id: int, attachment_ids: Iterable[int] | None = None) -> tuple[WriteRow, ...]:
        """Remove an item's attachment rows (all, or these), keeping the files; returns them for `reattach`."""
        with self.store.db.atomic():
            ids = None if attachment_ids is None else list(attachment_ids)
            return self.files.detach_rows(OWNER_KIND, item_id, ids)

    def reattach(self, rows: Iterable[WriteRow]) -> None:
        with self.store.db.atomic():
            self.files.restore_rows(rows)

    def attachments(self, item_id: int) -> list[Attachment]:
        return self.files.of(OWNER_KIND, item_id)

    def attachments_by_item(self) -> dict[int, list[Attachment]]:
        return self.files.by_owner(OWNER_KIND)

    def attachment_counts(self) -> dict[int, int]:
        return {item_id: len(found) for item_id, found in self.attachments_by_item().items()}

    def missing_counts(self) -> dict[int, int]:
        """Per item, how many stored copies are gone (a quick check: existence, not checksums)."""
        files = self.files
        result: dict[int, int] = {}
        for item_id, found in self.attachments_by_item().items():
            gone = sum(1 for a in found if not _exists(files, a))
            if gone:
                result[item_id] = gone
        return result

    def status(self, attachment: Attachment) -> AttachmentStatus:
        """ok, missing or changed (reads the whole file to compare its checksum)."""
        return self.files.status(attachment)

    def path_of(self, attachment: Attachment) -> Path:
        return self.files.path_of(attachment)

    def readable_path(self, attachment: Attachment) -> Path:
        """What to hand to another program: a private decrypted copy when the file is encrypted."""
        return self.files.readable_path(attachment)


def _exists(files: AttachmentStore, attachment: Attachment) -> bool:
    try:
        return files.path_of(attachment).is_file()
    except (OSError, StoreError):
        return False
