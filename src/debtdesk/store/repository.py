"""`Store`: reading and changing debts and payments, one transaction per action.

Every method that changes data runs inside one transaction, so a failure in
the middle leaves the file exactly as it was.  Deleting a debt returns a
snapshot from which `restore_debt` puts back the debt and its payments with
their original ids (what undo needs).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from debtdesk.domain.debt import Debt, Lender, Payment
from debtdesk.store.connection import StoreError, connect
from debtdesk.store.rows import (
    debt_from_row,
    debt_to_row,
    lender_from_row,
    payment_from_row,
    payment_to_row,
)


@dataclass(frozen=True)
class DebtSnapshot:
    """A deleted debt with everything hanging on it, enough to restore it exactly.

    Payments and proposals are deleted with the debt (ON DELETE CASCADE) and
    come back as they were; contacts and letters only lose their link to it
    (ON DELETE SET NULL) and get it back.
    """

    debt: Debt
    payments: tuple[Payment, ...]
    proposals: tuple[dict, ...] = ()
    linked: tuple[tuple[str, int], ...] = ()  # (table, row id) that pointed at the debt
    cascaded: tuple[tuple[str, dict], ...] = ()  # (table, row) deleted with it: agreements, legal events


#: Tables whose rows keep living without the debt they pointed at (ON DELETE SET NULL).
_LINKED_TABLES = ("contacts", "letters")
#: Tables whose rows go with the debt (ON DELETE CASCADE) besides payments and proposals.
_CASCADED_TABLES = ("agreements", "legal_events")


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.path = path
        self._db = None

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> "Store":
        return cls(connect(path, create=create), Path(path))

    @classmethod
    def create(cls, path: str | Path) -> "Store":
        """A new, empty file; refuses to touch an existing one."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(f"{path} already exists; choose a new file name.")
        return cls.open(path, create=True)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def db(self):
        """sqlite-utils over the same connection, imported when first written."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def save_copy(self, target: str | Path) -> None:
        """A consistent copy through SQLite's backup API (safe while open)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError("A copy cannot replace the file it is made from.")
        tmp = target.with_name(target.name + ".part")
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            tmp.replace(target)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"Could not save a copy to {target}: {exc}.") from exc
        finally:
            tmp.unlink(missing_ok=True)

    # -- reading ---------------------------------------------------------------
    def _rows(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def lenders(self) -> list[Lender]:
        return [lender_from_row(r) for r in self._rows("SELECT * FROM lenders ORDER BY name")]

    def debts(self) -> list[Debt]:
        lenders = {lender.id: lender for lender in self.lenders()}
        rows = self._rows("SELECT * FROM debts ORDER BY id")
        return [debt_from_row(r, lenders[r["lender_id"]]) for r in rows]

    def debt(self, debt_id: int) -> Debt:
        rows = self._rows("SELECT * FROM debts WHERE id = ?", (debt_id,))
        if not rows:
            raise StoreError(f"There is no debt number {debt_id}.")
        lender = self._rows("SELECT * FROM lenders WHERE id = ?", (rows[0]["lender_id"],))[0]
        return debt_from_row(rows[0], lender_from_row(lender))

    def payments(self, debt_id: int) -> list[Payment]:
        rows = self._rows("SELECT * FROM payments WHERE debt_id = ? ORDER BY paid_on, id", (debt_id,))
        return [payment_from_row(r) for r in rows]

    def payments_by_debt(self) -> dict[int, list[Payment]]:
        result: dict[int, list[Payment]] = {}
        for row in self._rows("SELECT * FROM payments ORDER BY debt_id, paid_on, id"):
            result.setdefault(row["debt_id"], []).append(payment_from_row(row))
        return result

    def earliest_payment(self, debt_id: int) -> date | None:
        row = self.conn.execute("SELECT min(paid_on) FROM payments WHERE debt_id = ?", (debt_id,)).fetchone()
        return date.fromisoformat(row[0]) if row[0] else None

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("lenders", "debts", "payments")}

    # -- changing --------------------------------------------------------------
    def _lender_id(self, lender: Lender) -> int:
        """The id of the lender with this name, created or updated to this kind."""
        row = self.conn.execute("SELECT id, kind FROM lenders WHERE name = ?", (lender.name,)).fetchone()
        if row is None:
            new = {"name": lender.name, "kind": lender.kind.value}
            taken = lender.id is not None and self.conn.execute(
                "SELECT 1 FROM lenders WHERE id = ?", (lender.id,)).fetchone()
            if lender.id is not None and not taken:
                new["id"] = lender.id  # restoring a deleted debt brings its lender back as it was
            return self.db["lenders"].insert(new).last_pk
        if row["kind"] != lender.kind.value:
            self.db["lenders"].update(row["id"], {"kind": lender.kind.value})
        return row["id"]

    def _drop_lender_if_unused(self, lender_id: int) -> None:
        """A lender this change left without debts, and with no settings of its own, is only clutter."""
        self.conn.execute(
            "DELETE FROM lenders WHERE id = ? AND id NOT IN (SELECT lender_id FROM debts) AND notes = '' "
            "AND coalesce(early_from, mid_from, late_from, severe_from) IS NULL", (lender_id,))

    def add_debt(self, debt: Debt, payments: tuple[Payment, ...] | list[Payment] = ()) -> Debt:
        """Insert a debt (keeping `debt.id` if set) and its payments; returns it with ids."""
        with self.db.atomic():
            lender_id = self._lender_id(debt.lender)
            debt_id = self.db["debts"].insert(debt_to_row(debt, lender_id)).last_pk
            for payment in payments:
                self.db["payments"].insert(payment_to_row(replace(payment, debt_id=debt_id)))
        return replace(debt, id=debt_id, lender=replace(debt.lender, id=lender_id))

    def update_debt(self, debt: Debt) -> None:
        if debt.id is None:
            raise ValueError("update_debt needs a debt with an id")
        with self.db.atomic():
            lender_id = self._lender_id(debt.lender)
            old_lender = self.conn.execute("SELECT lender_id FROM debts WHERE id = ?", (debt.id,)).fetchone()
            row = debt_to_row(debt, lender_id)
            row.pop("id")
            self.db["debts"].update(debt.id, row)
            if old_lender is not None and old_lender[0] != lender_id:
                self._drop_lender_if_unused(old_lender[0])

    def delete_debt(self, debt_id: int) -> DebtSnapshot:
        with self.db.atomic():
            linked = tuple(
                (table, row[0])
                for table in _LINKED_TABLES
                for row in self.conn.execute(f"SELECT id FROM {table} WHERE debt_id = ?", (debt_id,))
            )
            snapshot = DebtSnapshot(
                self.debt(debt_id), tuple(self.payments(debt_id)),
                tuple(self._rows("SELECT * FROM proposals WHERE debt_id = ?", (debt_id,))), linked,
                tuple((table, row) for table in _CASCADED_TABLES
                      for row in self._rows(f"SELECT * FROM {table} WHERE debt_id = ? ORDER BY id", (debt_id,))))
            self.db["debts"].delete(debt_id)  # payments and proposals follow (ON DELETE CASCADE)
            self._drop_lender_if_unused(snapshot.debt.lender.id)
        return snapshot

    def restore_debt(self, snapshot: DebtSnapshot) -> None:
        with self.db.atomic():
            self.add_debt(snapshot.debt, snapshot.payments)
            for row in snapshot.proposals:
                self.db["proposals"].insert(row)
            for table, row in snapshot.cascaded:
                self.db[table].insert(row)
            for table, row_id in snapshot.linked:
                self.conn.execute(f"UPDATE {table} SET debt_id = ? WHERE id = ? AND debt_id IS NULL",
                                  (snapshot.debt.id, row_id))

    def add_payment(self, payment: Payment) -> Payment:
        with self.db.atomic():
            payment_id = self.db["payments"].insert(payment_to_row(payment)).last_pk
        return replace(payment, id=payment_id)

    def update_payment(self, payment: Payment) -> None:
        with self.db.atomic():
            row = payment_to_row(payment)
            row.pop("id")
            self.db["payments"].update(payment.id, row)

    def delete_payment(self, payment_id: int) -> Payment:
        with self.db.atomic():
            rows = self._rows("SELECT * FROM payments WHERE id = ?", (payment_id,))
            if not rows:
                raise StoreError(f"There is no payment number {payment_id}.")
            self.db["payments"].delete(payment_id)
        return payment_from_row(rows[0])
