"""The hardship evidence checklist: reasons, items, their order and files, one transaction per use case."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.evidence import EvidenceItem, HardshipReason
from debtdesk.store.attachments import StagedFile
from debtdesk.store.evidence import EvidenceBook, EvidenceSnapshot
from debtdesk.store.repository import Store
from debtdesk.services.changes import EVIDENCE, Changes, Done
from debtdesk.services.transaction import transaction

TOUCHED = Changes.of(EVIDENCE)


def set_reasons(store: Store, reasons: Iterable[HardshipReason], expected: Iterable[HardshipReason]) -> Changes:
    with transaction(store):
        EvidenceBook(store).set_reasons(list(reasons), expected=list(expected))
    return TOUCHED


def propose_checklist(store: Store, reasons: Iterable[HardshipReason],
                      translate: Callable[[str], str]) -> Done[list[EvidenceItem]]:
    """The items added for the reasons not covered yet (titles in the caller's language)."""
    with transaction(store):
        added = EvidenceBook(store).add_from_templates(list(reasons), translate)
    return Done(added, TOUCHED)


def add_item(store: Store, item: EvidenceItem) -> Done[EvidenceItem]:
    """The item as saved; one with an id (a redo) keeps it, and its place."""
    with transaction(store):
        saved = EvidenceBook(store).add(item)
    return Done(saved, TOUCHED)


def change_item(store: Store, before: EvidenceItem, after: EvidenceItem) -> Changes:
    with transaction(store):
        EvidenceBook(store).change(before, after)
    return TOUCHED


def delete_items(store: Store, item_ids: Iterable[int]) -> Done[list[EvidenceSnapshot]]:
    """The items with their files, for `restore_items`."""
    with transaction(store):
        snapshots = EvidenceBook(store).delete_many(list(item_ids))
    return Done(snapshots, TOUCHED)


def delete_item(store: Store, item_id: int, expected: EvidenceItem | None = None) -> Done[EvidenceSnapshot]:
    with transaction(store):
        snapshot = EvidenceBook(store).delete(item_id, expected=expected)
    return Done(snapshot, TOUCHED)


def restore_items(store: Store, snapshots: Iterable[EvidenceSnapshot]) -> Changes:
    with transaction(store):
        EvidenceBook(store).restore_many(list(snapshots))
    return TOUCHED


def reorder_items(store: Store, item_ids: list[int], expected: list[int]) -> Done[list[EvidenceItem]]:
    """Put the items in this order, from `expected`; the items as they were, for `restore_order`.

    The store numbers the new order 0, 1, 2…; an undo that did the same would lose the gap an
    item deleted earlier left, and that item, put back, would no longer sit where it was.
    """
    book = EvidenceBook(store)
    with transaction(store):
        before = book.items()
        book.reorder(list(item_ids), expected=list(expected))
    return Done(before, TOUCHED)


def restore_order(store: Store, before: list[EvidenceItem]) -> Changes:
    """Undo of `reorder_items`: every item back at its own position, if none changed since."""
    book = EvidenceBook(store)
    with transaction(store):
        now = {item.id: item for item in book.items()}
        for item in before:
            current = now.get(item.id)
            if current is not None and current.position != item.position:
                book.change(current, replace(current, position=item.position))
    return TOUCHED


def stage_files(store: Store, sources) -> list[StagedFile]:
    """Copy files into the file's storage before the transaction that records them (no rows written)."""
    return EvidenceBook(store).stage(sources)


def attach_staged(store: Store, item_id: int, staged: list[StagedFile]) -> Done[list[Attachment]]:
    with transaction(store):
        attachments = EvidenceBook(store).attach_staged(item_id, list(staged))
    return Done(attachments, TOUCHED)


def detach(store: Store, item_id: int, attachment_ids: Iterable[int]) -> Done[tuple[dict, ...]]:
    """The attachment rows taken off, for `reattach`; the stored copies stay."""
    with transaction(store):
        rows = EvidenceBook(store).detach(item_id, list(attachment_ids))
    return Done(rows, TOUCHED)


def reattach(store: Store, rows: Iterable[dict]) -> Changes:
    with transaction(store):
        EvidenceBook(store).reattach(list(rows))
    return TOUCHED
