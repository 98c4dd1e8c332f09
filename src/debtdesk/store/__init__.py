"""The store: the only code that speaks SQL.

One SQLite file per household.  Money is stored as integer minor units, rates
and shares as decimal text, dates as ISO text; never REAL.
"""

from debtdesk.store.connection import StoreError
from debtdesk.store.repository import DebtSnapshot, Store

__all__ = ["DebtSnapshot", "Store", "StoreError"]
