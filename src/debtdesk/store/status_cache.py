"""Status summaries kept in the file: each debt's status on a date, valid until a change can move it.

Working out 2,000 debts' statuses (schedule, penalty ledger, projections, true APR) takes
seconds; the summary `debtdesk status --json` prints of each debt takes microseconds to
read.  So a writer keeps, per debt and date, the summary it computed (`status_summaries`),
stamped with what it was computed from:

* the debt's **revision** (`status_revisions`): every insert, update or delete of the debt
  itself, of one of its payments or of one of its agreements bumps it, through triggers
  (schema 10), so no code path that writes those rows can forget to;
* the file's **epoch** (`status_epoch`): every write to `settings` (stage thresholds,
  reference rate lines) or to a lender (its name, kind and own thresholds) bumps it, and
  with it every debt's summary goes stale;
* the summary **format** the code writes (a new version of DebtDesk that computes or
  prints differently bumps it in `services.status_summaries`).

A summary is used only when all three still match; otherwise the status is computed again
and, by a writer, written back.  The write-back re-checks the revision and epoch inside its
own transaction, so a summary computed from rows that changed meanwhile is never stored.
Read-only opens compute without writing.  The date is part of the key (days past due move
every day); only the few most recently written dates are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from debtdesk.store import driver
from debtdesk.store.repository import Store

#: Tables derived from the others (never exported, rebuilt on demand): see MIGRATIONS[10].
STATUS_TABLES = ("status_revisions", "status_epoch", "status_summaries")

#: How many dates' summaries are kept (today, and a couple of dates a user looked at).
KEPT_DATES = 3


def valid_summaries(store: Store, as_of: date, summary_format: int) -> dict[int, str]:
    """Every stored summary on `as_of` still valid (revision, epoch and format match), per debt id."""
    rows = store.conn.execute(
        "SELECT s.debt_id, s.summary FROM status_summaries s "
        "LEFT JOIN status_revisions r ON r.debt_id = s.debt_id "
        "WHERE s.as_of = ? AND s.format = ? AND s.revision = coalesce(r.revision, 0) "
        "AND s.epoch = (SELECT epoch FROM status_epoch)", (as_of.isoformat(), summary_format))
    return {debt_id: summary for debt_id, summary in rows}


def stamps(store: Store) -> tuple[int, dict[int, int]]:
    """The epoch and every debt's revision now (read in the same snapshot as the rows computed from)."""
    epoch = store.conn.execute("SELECT epoch FROM status_epoch").fetchone()[0]
    revisions = dict(store.conn.execute("SELECT debt_id, revision FROM status_revisions").fetchall())
    return epoch, revisions


def write_summaries(store: Store, as_of: date, summary_format: int, epoch: int,
                    summaries: Iterable[tuple[int, int, str]]) -> int:
    """Keep `(debt id, revision read, summary)` rows, each only if its debt is still at that revision
    and the file at `epoch`; returns how many were kept.  One transaction; a read-only store keeps none,
    and neither does a file busy elsewhere (the summaries only save time: they are computed again)."""
    summaries = list(summaries)
    if store.read_only or not summaries:
        return 0  # nothing to keep: no write transaction either
    conn = store.conn
    day = as_of.isoformat()
    began = not conn.in_transaction
    try:
        if began:
            conn.execute("BEGIN IMMEDIATE")
        kept = 0
        for debt_id, revision, summary in summaries:
            kept += conn.execute(
                "INSERT OR REPLACE INTO status_summaries (debt_id, as_of, revision, epoch, format, summary) "
                "SELECT :id, :day, :revision, :epoch, :format, :summary "
                "WHERE EXISTS (SELECT 1 FROM debts WHERE id = :id) "
                "AND coalesce((SELECT revision FROM status_revisions WHERE debt_id = :id), 0) = :revision "
                "AND (SELECT epoch FROM status_epoch) = :epoch",
                {"id": debt_id, "day": day, "revision": revision, "epoch": epoch, "format": summary_format,
                 "summary": summary}).rowcount
        conn.execute("DELETE FROM status_summaries WHERE as_of NOT IN (SELECT as_of FROM status_summaries "
                     "GROUP BY as_of ORDER BY max(rowid) DESC LIMIT ?)", (KEPT_DATES,))
        if began:
            conn.execute("COMMIT")
    except driver.OperationalError:  # busy or locked: keep nothing this time
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")
        return 0
    except BaseException:
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return kept
