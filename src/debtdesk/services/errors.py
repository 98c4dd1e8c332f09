"""What a use case can fail with, for callers that never import the store.

Each is a refusal, never a half-done change: the use case's transaction was
rolled back.  `StoreError`'s message is one sentence for the user;
`ConflictError` says a row changed elsewhere since it was shown.
"""

from __future__ import annotations

from debtdesk.store import driver
from debtdesk.store.errors import ConflictError, StoreError

#: a store refusal, SQLite's own error (locked, read-only, disk full), or the file system's
REFUSALS = (StoreError, driver.Error, OSError)

__all__ = ["REFUSALS", "ConflictError", "StoreError"]
