"""Each debt's status summary on a date, as `debtdesk status --json` prints it, kept in the file.

The summary is every figure the command prints of a debt except its guidance (which
depends on the contact log, not on the debt, and is looked up per stage when printed).
Summaries are read from the file's cache when still valid and otherwise computed from the
debt's status and, by a writer, kept there: see `debtdesk.store.status_cache` for what
invalidates them.  On a file with 2,000 debts and 200,000 payments this turns seconds of
ledger replays into one query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from debtdesk.store.repository import Store
from debtdesk.store.status_cache import stamps, valid_summaries, write_summaries

if TYPE_CHECKING:
    from debtdesk.domain.rate_lines import RateReference
    from debtdesk.domain.status import DebtStatus

# The ledger, the schedules and the rate check are imported only when a summary must be
# computed: reading kept ones is the whole of a warm `status --json`.

#: Bump when what a summary holds, or how a status is computed, changes: older summaries
#: in users' files are then ignored and replaced.
SUMMARY_FORMAT = 1

#: Below this share of stale summaries, only those debts' payments are read.
_FEW = 0.25


def rate_check_json(check) -> dict:
    """A debt's rate check with codes, not words; rates as Decimal strings (0.24 = 24 % a year)."""
    from debtdesk.domain.rate_lines import rate_text

    return {
        "apr": rate_text(check.apr) if check.apr is not None else None,
        "contract_rate": rate_text(check.contract_rate),
        "penalty_rate": rate_text(check.penalty_rate),
        "exceeds": [
            {"line": r.code, "rate": rate_text(r.rate), "since": r.line.since.isoformat(),
             "by": [figure.value for figure in r.above]}
            for r in check.exceeds
        ],
        "not_legal_advice": True,
    }


def _cost(c) -> dict:
    return {"penalty_interest": str(c.penalty_interest), "late_fees": str(c.late_fees), "total": str(c.total),
            "paid": str(c.paid), "owed": str(c.owed)}


def summary_of(s: "DebtStatus", reference: "RateReference") -> dict:
    """What `status --json` prints of one debt, without its guidance; `thresholds` is for finding it."""
    from debtdesk.domain.rate_check import rate_check

    state = s.state
    t = s.thresholds
    return {
        "id": s.debt.id,
        "lender": s.debt.lender.name,
        "kind": s.debt.kind.value,
        "currency": s.debt.currency,
        "days_past_due": state.days_past_due,
        "stage": state.stage.value,
        "bucket": state.bucket,
        "next_due_date": state.next_due_date.isoformat() if state.next_due_date else None,
        "overdue_amount": str(state.overdue_amount),
        "missed_instalments": state.missed_instalments,
        "outstanding": str(state.outstanding),
        "paid_total": str(state.paid_total),
        "accrued": _cost(s.accrued),
        "transitions": [
            {"stage": tr.stage.value, "date": tr.on.isoformat(), "days_past_due": tr.days_past_due,
             **_cost(tr.cost), "extra_over_today": str(tr.extra_cost)}
            for tr in s.transitions
        ],
        "rate_check": rate_check_json(rate_check(s.debt, reference, s.schedule)),
        "thresholds": [t.early, t.mid, t.late, t.severe],
    }


@dataclass(frozen=True)
class PendingSummaries:
    """Summaries of statuses just computed, stamped with the snapshot they were computed from,
    waiting for a writer to keep them (a worker thread's read-only connection cannot)."""

    as_of: date
    epoch: int
    rows: tuple[tuple[int, int, str], ...]  # (debt id, its revision then, the summary as JSON)


def _text(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":"))


def pending_summaries(store: Store, statuses: Iterable["DebtStatus"], as_of: date) -> PendingSummaries:
    """The summaries of `statuses`, computed on `as_of` from `store` as it reads now (same snapshot)."""
    return _pending(store, as_of, _summaries(store, statuses))


def _summaries(store: Store, statuses: Iterable["DebtStatus"]) -> dict[int, dict]:
    """Each status's summary, per debt id (the file's rate reference read once for all of them)."""
    from debtdesk.store.settings import rate_reference

    reference = rate_reference(store)
    return {s.debt.id: summary_of(s, reference) for s in statuses}


def _pending(store: Store, as_of: date, summaries: dict[int, dict]) -> PendingSummaries:
    """`summaries` as text, stamped with the epoch and revisions read now, for `keep_summaries`."""
    epoch, revisions = stamps(store)
    rows = tuple((debt_id, revisions.get(debt_id, 0), _text(summary)) for debt_id, summary in summaries.items())
    return PendingSummaries(as_of, epoch, rows)


def keep_summaries(store: Store, pending: PendingSummaries) -> int:
    """Keep what is still valid of `pending` in the file (nothing when read-only); how many were kept."""
    return write_summaries(store, pending.as_of, SUMMARY_FORMAT, pending.epoch, pending.rows)


def status_summaries(store: Store, as_of: date) -> list[dict]:
    """Every debt's summary on `as_of`, in debt order: kept ones where still valid, the rest computed
    (and kept, when the store can be written).

    A read-only store (the command line's reading commands) cannot keep them:
    those are neither written out as text nor read back, only used.
    """
    fresh: dict[int, dict] = {}
    pending = None
    with store.reading():  # the summaries, the stamps and the rows computed from: one snapshot
        kept = valid_summaries(store, as_of, SUMMARY_FORMAT)
        ids = store.debt_ids()
        missing = [debt_id for debt_id in ids if debt_id not in kept]
        if missing:
            from debtdesk.services.statuses import collector_paused, debt_statuses

            only = set(missing) if len(missing) < _FEW * len(ids) else None
            # The collector stays paused while the summaries are made too: walking the statuses'
            # half a million objects again and again cost an eighth of a first run on a new date.
            with collector_paused():
                computed = [s for s in debt_statuses(store, as_of, only=only) if s.debt.id not in kept]
                fresh = _summaries(store, computed)
                del computed
            if not store.read_only:
                pending = _pending(store, as_of, fresh)
    if pending is not None:
        keep_summaries(store, pending)
    loads = json.loads
    return [loads(kept[debt_id]) if debt_id in kept else fresh[debt_id] for debt_id in ids]
