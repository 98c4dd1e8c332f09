"""One use case, one transaction.

A use case may take several store calls (clear a reply, then put the earlier
one back); each store call is atomic on its own, and nested inside this they
become savepoints of one transaction, so a failure half-way leaves the file
as it was before the use case began.
"""

from __future__ import annotations

from contextlib import contextmanager

from debtdesk.store.repository import Store


@contextmanager
def transaction(store: Store):
    with store.db.atomic():
        yield store
