"""The file's own settings the window edits: overdue stage thresholds and reference rate lines.

Each change is one transaction and touches SETTINGS, which can move every
debt's status (a stage boundary, a line a rate is checked against).
"""

from __future__ import annotations

from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.rate_lines import RateReference
from debtdesk.store import settings as stored
from debtdesk.store.changes import CONFLICT
from debtdesk.store.errors import ConflictError
from debtdesk.store.repository import Store
from debtdesk.services.changes import SETTINGS, Changes
from debtdesk.services.transaction import transaction

TOUCHED = Changes.of(SETTINGS)


def all_thresholds(store: Store) -> tuple[StageThresholds, dict[int, StageThresholds]]:
    """The global thresholds and each lender's own (lenders without them are not listed)."""
    base = stored.stage_thresholds(store)
    return base, stored.lender_thresholds(store, base)


def thresholds(store: Store, lender_id: int | None) -> StageThresholds | None:
    """The global thresholds (lender_id None), or that lender's own (None: it follows the global ones)."""
    base, per_lender = all_thresholds(store)
    return base if lender_id is None else per_lender.get(lender_id)


def change_thresholds(store: Store, lender_id: int | None, after: StageThresholds | None,
                      expected: StageThresholds | None, what: str = "The overdue stages") -> Changes:
    """Set the global (or one lender's; None: follow the global ones) thresholds, over what was shown.

    `what` names them in the refusal when they were changed elsewhere since (the caller's language).
    """
    with transaction(store):
        if thresholds(store, lender_id) != expected:  # changed elsewhere since: theirs is kept
            raise ConflictError(CONFLICT, what=what)
        if lender_id is None:
            stored.set_stage_thresholds(store, after)
        else:
            stored.set_lender_thresholds(store, lender_id, after)
    return TOUCHED


def rate_reference(store: Store) -> RateReference:
    return stored.rate_reference(store)


def change_rate_reference(store: Store, reference: RateReference) -> Changes:
    with transaction(store):
        stored.set_rate_reference(store, reference)
    return TOUCHED
