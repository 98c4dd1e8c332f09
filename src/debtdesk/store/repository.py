"""`Store`: reading and changing debts and payments, one transaction per action.

Every method that changes data runs inside one transaction, so a failure in
the middle leaves the file exactly as it was.  Deleting a debt returns a
snapshot from which `restore_debt` puts back the debt and its payments with
their original ids (what undo needs).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.domain.debt import Debt, Lender, Payment
from debtdesk.domain.slotted import field_setters, new_instance
from debtdesk.store import changes, driver, filelock, private
from debtdesk.store.connection import Opened, StoreError, open_file
from debtdesk.store.errors import ConflictError, Sentence
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
    def __init__(self, conn: sqlite3.Connection, path: Path, opened: Opened | None = None):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.path = path
        self._db = None
        self.opened = opened or Opened(conn)

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False, read_only: bool = False, snapshot: bool | None = None,
             owner: str = "a DebtDesk window", locked: bool = True, as_stored: bool = False,
             full_check: bool = True) -> "Store":
        """Open a file for writing (holding its lock) or read-only; see `connection.open_file`."""
        opened = open_file(path, create=create, read_only=read_only, snapshot=snapshot, owner=owner, locked=locked,
                           as_stored=as_stored, full_check=full_check)
        return cls(opened.conn, Path(path), opened)

    @classmethod
    def create(cls, path: str | Path, locked: bool = True) -> "Store":
        """A new, empty file; refuses to touch an existing one."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{path} already exists; choose a new file name."),
                             path=path)
        return cls.open(path, create=True, locked=locked)

    @property
    def read_only(self) -> bool:
        return self.opened.read_only

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.opened.lock is not None:
                self.opened.lock.release()

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

    @contextmanager
    def reading(self):
        """Several reads as one consistent snapshot (one read transaction), unless one is open already."""
        began = not self.conn.in_transaction
        if began:
            self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if began and self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def save_copy(self, target: str | Path) -> None:
        """A consistent, private copy through SQLite's backup API (safe while open).

        Written under `TARGET.part` and renamed when complete, holding the
        target's lock, so a file open elsewhere is never overwritten and an
        interrupted copy leaves nothing that looks finished.
        """
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise StoreError(QT_TRANSLATE_NOOP("Store", "A copy cannot replace the file it is made from."))
        lock = filelock.acquire(target, "DebtDesk (saving a copy)")
        if lock is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Could not save a copy to {target}: the folder cannot be "
                                                        "written."), target=target)
        tmp = target.with_name(target.name + ".part")
        try:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
            private.create_file(tmp)
            dest = driver.open_new_like(self.conn, tmp)  # a copy of an encrypted file stays encrypted
            try:
                driver.copy_database(self.conn, dest)
            finally:
                dest.close()
            for suffix in ("-journal", "-wal", "-shm"):  # an old journal must not be played onto the copy
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            tmp.replace(target)
        except (sqlite3.Error, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Could not save a copy to {target}: {reason}; nothing was "
                                                        "saved there."), target=target, reason=reason) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
            lock.release()

    # -- reading ---------------------------------------------------------------
    def _rows(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def lenders(self) -> list[Lender]:
        return [lender_from_row(r) for r in self._rows("SELECT * FROM lenders ORDER BY name")]

    def debt_ids(self) -> list[int]:
        return [row[0] for row in self.conn.execute("SELECT id FROM debts ORDER BY id")]

    def debts(self) -> list[Debt]:
        """Every debt with its lender, read in one statement (a consistent view even mid-write elsewhere)."""
        rows = self._rows("SELECT d.*, l.name AS lender_name, l.kind AS lender_kind FROM debts d "
                          "JOIN lenders l ON l.id = d.lender_id ORDER BY d.id")
        return [debt_from_row(r, _lender_of(r)) for r in rows]

    def debt(self, debt_id: int) -> Debt:
        rows = self._rows("SELECT d.*, l.name AS lender_name, l.kind AS lender_kind FROM debts d "
                          "JOIN lenders l ON l.id = d.lender_id WHERE d.id = ?", (debt_id,)) if _valid_id(debt_id) else []
        if not rows:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {debt_id}."),
                             debt_id=debt_id)
        return debt_from_row(rows[0], _lender_of(rows[0]))

    def payments(self, debt_id: int) -> list[Payment]:
        if not _valid_id(debt_id):
            return []
        rows = self._rows("SELECT * FROM payments WHERE debt_id = ? ORDER BY paid_on, id", (debt_id,))
        return [payment_from_row(r) for r in rows]

    def payments_by_debt(self) -> dict[int, list[Payment]]:
        """Every payment, per debt, in date order.

        Read as plain tuples and built without a dict per row: on a file with 200,000 payments
        the dict, the `Decimal` division and the dataclass `__init__` per row cost seconds.
        Each Payment is the same value `payment_from_row` gives (tests/store check it).
        """
        result: dict[int, list[Payment]] = {}
        cursor = self.conn.cursor()
        cursor.row_factory = None
        rows = cursor.execute("SELECT debt_id, paid_on, amount_minor, note, id FROM payments "
                              "ORDER BY debt_id, paid_on, id")
        day, amount = _day_reader(), _amount_reader()
        set_debt, set_day, set_amount, set_note, set_id = field_setters(Payment)
        current_id, current = None, []
        for debt_id, paid_on, minor, note, payment_id in rows:
            if debt_id != current_id:
                current_id, current = debt_id, result.setdefault(debt_id, [])
            # A frozen dataclass's __init__ goes through object.__setattr__ per field; the slots
            # are filled directly instead (the value compares equal to Payment(...)).
            payment = new_instance(Payment)
            set_debt(payment, current_id)
            set_day(payment, day(paid_on))
            set_amount(payment, amount(minor))
            set_note(payment, note)
            set_id(payment, payment_id)
            current.append(payment)
        return result

    def earliest_payment(self, debt_id: int) -> date | None:
        row = self.conn.execute("SELECT min(paid_on) FROM payments WHERE debt_id = ?", (debt_id,)).fetchone()
        return date.fromisoformat(row[0]) if row[0] else None

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("lenders", "debts", "payments")}

    # -- changing --------------------------------------------------------------
    def _lender_id(self, lender: Lender) -> int:
        """The id of the lender with this name (its kind kept as it is), or of a new one.

        A lender's kind belongs to every debt of that lender: adding or
        restoring one debt never changes it (editing a debt without moving it
        does, see `update_debt`).
        """
        row = self.conn.execute("SELECT id FROM lenders WHERE name = ?", (lender.name,)).fetchone()
        if row is not None:
            return row["id"]
        new = {"name": lender.name, "kind": lender.kind.value}
        taken = lender.id is not None and self.conn.execute(
            "SELECT 1 FROM lenders WHERE id = ?", (lender.id,)).fetchone()
        if lender.id is not None and not taken:
            new["id"] = lender.id  # restoring a deleted debt brings its lender back as it was
        return self.db["lenders"].insert(new).last_pk

    def _lender(self, lender_id: int) -> Lender:
        return lender_from_row(self._rows("SELECT * FROM lenders WHERE id = ?", (lender_id,))[0])

    def _drop_lender_if_unused(self, lender_id: int) -> None:
        """A lender this change left without debts, and with no settings of its own, is only clutter."""
        self.conn.execute(
            "DELETE FROM lenders WHERE id = ? AND id NOT IN (SELECT lender_id FROM debts) AND notes = '' "
            "AND coalesce(early_from, mid_from, late_from, severe_from) IS NULL", (lender_id,))

    def add_debt(self, debt: Debt, payments: tuple[Payment, ...] | list[Payment] = ()) -> Debt:
        """Insert a debt (keeping `debt.id` if set) and its payments; returns it as stored, with ids."""
        with self.db.atomic():
            lender = self._lender(self._lender_id(debt.lender))
            debt_id = self.db["debts"].insert(debt_to_row(debt, lender.id)).last_pk
            for payment in payments:
                self.db["payments"].insert(payment_to_row(replace(payment, debt_id=debt_id)))
        return replace(debt, id=debt_id, lender=lender)

    def update_debt(self, debt: Debt, before: Debt | None = None) -> Debt:
        """Write the fields of `debt` that differ from `before` (default: from the file); returns it as stored.

        With `before`, each changed field must still hold its `before` value
        (ConflictError otherwise, nothing written).  Moving the debt to another
        existing lender keeps that lender's kind; changing the kind while
        keeping the lender changes the lender's kind (undone the same way).
        """
        if debt.id is None:
            raise ValueError("update_debt needs a debt with an id")
        what = Sentence(QT_TRANSLATE_NOOP("Store", "The debt to {lender}"), lender=debt.lender.name)
        with self.db.atomic():
            row = self.conn.execute("SELECT d.lender_id, l.name, l.kind FROM debts d JOIN lenders l "
                                    "ON l.id = d.lender_id WHERE d.id = ?", (debt.id,)).fetchone()
            if row is None:
                if before is not None:
                    raise ConflictError(changes.GONE, what=what)
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {id}."), id=debt.id)
            old_lender_id, old_name, old_kind = row
            if debt.lender.name == old_name:
                lender = Lender(old_name, debt.lender.kind, old_lender_id)
                if debt.lender.kind.value != old_kind:
                    if before is not None and before.lender.name == old_name and before.lender.kind.value != old_kind:
                        raise ConflictError(changes.CONFLICT, what=Sentence(
                            QT_TRANSLATE_NOOP("Store", "The lender {name}"), name=old_name))
                    self.conn.execute("UPDATE lenders SET kind = ? WHERE id = ?", (debt.lender.kind.value,
                                                                                 old_lender_id))
            else:
                lender = self._lender(self._lender_id(debt.lender))
            old_row = debt_to_row(before, before.lender.id) if before is not None else \
                changes.current(self.conn, "debts", debt.id, self._normal_debt_row)
            changes.update_checked(self.conn, "debts", debt.id, old_row, debt_to_row(debt, lender.id), what,
                                   self._normal_debt_row)
            if old_lender_id != lender.id:
                self._drop_lender_if_unused(old_lender_id)
        return replace(debt, lender=lender)

    @staticmethod
    def _normal_debt_row(row: dict) -> dict:
        """A stored row as this version would write it (so "unchanged" means the same value, not the same text)."""
        placeholder = Lender("?", id=row["lender_id"])
        return debt_to_row(debt_from_row(row, placeholder), row["lender_id"])

    def delete_debt(self, debt_id: int, expected: Debt | None = None) -> DebtSnapshot:
        """Delete a debt and what hangs on it; with `expected`, only if the debt is still as it was."""
        with self.db.atomic():
            if expected is not None:
                changes.check_unchanged(self.conn, "debts", debt_id, debt_to_row(expected, expected.lender.id),
                                        [k for k in debt_to_row(expected, 0) if k != "id"],
                                        f"The debt to {expected.lender.name}", self._normal_debt_row)
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

    def update_payment(self, payment: Payment, before: Payment | None = None) -> None:
        """Write what differs from `before` (default: the file), if it still holds `before`."""
        with self.db.atomic():
            old = payment_to_row(before) if before is not None else \
                changes.current(self.conn, "payments", payment.id, _normal_payment_row)
            if old is None:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no payment number {id}."),
                                 id=payment.id)
            changes.update_checked(self.conn, "payments", payment.id, old, payment_to_row(payment),
                                   "The payment", _normal_payment_row)

    def delete_payment(self, payment_id: int, expected: Payment | None = None) -> Payment:
        with self.db.atomic():
            rows = self._rows("SELECT * FROM payments WHERE id = ?", (payment_id,))
            if not rows:
                if expected is not None:
                    raise ConflictError(changes.GONE, what=Sentence(QT_TRANSLATE_NOOP("Store", "The payment")))
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no payment number {payment_id}."),
                                 payment_id=payment_id)
            if expected is not None:
                changes.check_unchanged(self.conn, "payments", payment_id, payment_to_row(expected),
                                        ["debt_id", "paid_on", "amount_minor", "note"], "The payment",
                                        _normal_payment_row)
            self.db["payments"].delete(payment_id)
        return payment_from_row(rows[0])


_INT64 = (-(1 << 63), (1 << 63) - 1)


def _valid_id(value) -> bool:
    """An id SQLite can hold; a larger number can only mean "no such row", never an overflow."""
    return isinstance(value, int) and _INT64[0] <= value <= _INT64[1]


def _lender_of(row: dict) -> Lender:
    return lender_from_row({"id": row["lender_id"], "name": row["lender_name"], "kind": row["lender_kind"]})


def _day_reader():
    """`date.fromisoformat`, remembered per text (a large file has a few thousand distinct dates)."""
    seen: dict[str, date] = {}

    def day(text: str) -> date:
        found = seen.get(text)
        if found is None:
            found = seen[text] = date.fromisoformat(text)
        return found
    return day


def _amount_reader():
    """Integer cents -> `Decimal` with two places (as `from_minor`), remembered per value."""
    seen: dict[int, Decimal] = {}

    def amount(minor: int) -> Decimal:
        found = seen.get(minor)
        if found is None:
            found = seen[minor] = Decimal(int(minor)).scaleb(-2)
        return found
    return amount


def _normal_payment_row(row: dict) -> dict:
    return payment_to_row(payment_from_row(row))
