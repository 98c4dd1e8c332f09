"""`BudgetBook`: the dated income-and-expenditure snapshots of a file.

A snapshot and its lines change together, always in one transaction: adding
inserts both, updating replaces every line, deleting returns the whole
snapshot so that `restore` can put it back with the same ids (what undo
needs).  Amounts are stored as integer minor units.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency, latest
from debtdesk.domain.money import from_minor, to_minor
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import changes
from debtdesk.store.connection import StoreError
from debtdesk.store.errors import ConflictError, Sentence
from debtdesk.store.repository import Store
from debtdesk.store.rows import ReadRow, WriteRow


def _line_to_row(line: BudgetLine, budget_id: int, position: int) -> WriteRow:
    row = {
        "budget_id": budget_id,
        "direction": line.direction.value,
        "category": line.category,
        "label": line.label,
        "amount_minor": to_minor(line.amount),
        "frequency": line.frequency.value,
        "position": position,
    }
    if line.id is not None:
        row["id"] = line.id
    return row


def _line_from_row(row: ReadRow) -> BudgetLine:
    return BudgetLine(
        direction=Direction(row["direction"]),
        category=row["category"],
        amount=from_minor(row["amount_minor"]),
        frequency=Frequency(row["frequency"]),
        label=row["label"],
        id=row["id"],
    )


def _header_row(budget: Budget) -> WriteRow:
    row: WriteRow = {
        "taken_on": budget.taken_on.isoformat(),
        "name": budget.name,
        "notes": budget.notes,
        "currency": budget.currency,
    }
    if budget.id is not None:
        row["id"] = budget.id
    return row


class BudgetBook:
    def __init__(self, store: Store):
        self.store = store

    # -- reading ---------------------------------------------------------------
    def _lines(self, budget_id: int | None = None) -> dict[int, list[BudgetLine]]:
        sql = "SELECT * FROM budget_lines"
        params: tuple[int, ...] = ()
        if budget_id is not None:
            sql += " WHERE budget_id = ?"
            params = (budget_id,)
        result: dict[int, list[BudgetLine]] = {}
        for row in self.store.conn.execute(sql + " ORDER BY budget_id, position, id", params):
            result.setdefault(row["budget_id"], []).append(_line_from_row(row))
        return result

    @staticmethod
    def _budget(row: ReadRow, lines: list[BudgetLine]) -> Budget:
        return Budget(
            taken_on=date.fromisoformat(row["taken_on"]),
            lines=tuple(lines),
            name=row["name"],
            notes=row["notes"],
            currency=row["currency"],
            id=row["id"],
        )

    def list(self) -> list[Budget]:
        """Every snapshot with its lines, newest first (then the most recently added)."""
        lines = self._lines()
        rows = self.store.conn.execute("SELECT * FROM budgets ORDER BY taken_on DESC, id DESC")
        return [self._budget(row, lines.get(row["id"], [])) for row in rows]

    def get(self, budget_id: int) -> Budget:
        row = self.store.conn.execute("SELECT * FROM budgets WHERE id = ?", (budget_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no budget number {budget_id}."),
                             budget_id=budget_id)
        return self._budget(row, self._lines(budget_id).get(budget_id, []))

    def latest(self) -> Budget | None:
        """The snapshot with the latest date (the one proposals are checked against)."""
        return latest(self.list())

    def count(self) -> int:
        count: int = self.store.conn.execute("SELECT count(*) FROM budgets").fetchone()[0]
        return count

    # -- changing --------------------------------------------------------------
    def _insert_lines(self, budget_id: int, lines: Iterable[BudgetLine]) -> tuple[BudgetLine, ...]:
        saved = []
        for position, line in enumerate(lines):
            line_id = self.store.db["budget_lines"].insert(_line_to_row(line, budget_id, position)).last_pk
            saved.append(replace(line, id=line_id))
        return tuple(saved)

    def add(self, budget: Budget) -> Budget:
        """Insert a snapshot and its lines (keeping ids that are set); returns it with ids."""
        with self.store.db.atomic():
            budget_id = self.store.db["budgets"].insert(_header_row(budget)).last_pk
            lines = self._insert_lines(budget_id, budget.lines)
        return replace(budget, id=budget_id, lines=lines)

    def update(self, budget: Budget) -> Budget:
        """Replace the snapshot's header and all its lines; lines keep their ids when set."""
        if budget.id is None:
            raise ValueError("update needs a budget with an id")
        with self.store.db.atomic():
            row = _header_row(budget)
            row.pop("id")
            cursor = self.store.conn.execute(
                "UPDATE budgets SET taken_on = :taken_on, name = :name, notes = :notes, currency = :currency "
                "WHERE id = :id", {**row, "id": budget.id})
            if cursor.rowcount != 1:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "There is no budget number {id}."),
                                 id=budget.id)
            self.store.conn.execute("DELETE FROM budget_lines WHERE budget_id = ?", (budget.id,))
            lines = self._insert_lines(budget.id, budget.lines)
        return replace(budget, lines=lines)

    def change(self, before: Budget, after: Budget) -> Budget:
        """Write only what differs from `before`: header fields, and lines added, removed or changed.

        Each changed field must still hold its `before` value and each removed
        line must be as it was (ConflictError otherwise, nothing written), so
        a budget page showing an older state never overwrites someone else's
        lines.  Lines of `after` that carry an id not in `before` are put back
        with that id (redo, or undo of a removal).  Returns `after` with ids.
        """
        if before.id is None:
            raise ValueError("change needs the stored budget as `before`")
        what = Sentence(QT_TRANSLATE_NOOP("Store", "The budget of {date}"), date=before.taken_on)
        conn = self.store.conn
        with self.store.db.atomic():
            changes.update_checked(conn, "budgets", before.id, _header_row(before), _header_row(after), what)
            old = {line.id: _line_to_row(line, before.id, pos) for pos, line in enumerate(before.lines)
                   if line.id is not None}
            saved = []
            for position, line in enumerate(after.lines):
                row = _line_to_row(line, before.id, position)
                if line.id in old:
                    changes.update_checked(conn, "budget_lines", line.id, old[line.id], row, what)
                    saved.append(line)
                else:
                    saved.append(replace(line, id=self.store.db["budget_lines"].insert(row).last_pk))
            kept = {line.id for line in after.lines}
            for line_id, row in old.items():
                if line_id not in kept:
                    changes.delete_checked(conn, "budget_lines", line_id, row, what)
        return replace(after, id=before.id, lines=tuple(saved))

    def delete(self, budget_id: int, expected: Budget | None = None) -> Budget:
        """Remove a snapshot and its lines; returns it, for `restore`.

        With `expected`, only if it is still exactly that (else ConflictError).
        """
        with self.store.db.atomic():
            snapshot = self.get(budget_id)
            if expected is not None and snapshot != replace(expected, id=budget_id):
                raise ConflictError(changes.CONFLICT, what=Sentence(
                    QT_TRANSLATE_NOOP("Store", "The budget of {date}"), date=snapshot.taken_on))
            self.store.conn.execute("DELETE FROM budgets WHERE id = ?", (budget_id,))  # lines cascade
        return snapshot

    def restore(self, snapshot: Budget) -> Budget:
        """Put back a deleted snapshot with its own ids and its lines' ids."""
        if snapshot.id is None:
            raise ValueError("restore needs the snapshot returned by delete")
        return self.add(snapshot)

    def copy(self, budget_id: int, taken_on: date, name: str | None = None, currency: str | None = None) -> Budget:
        """A new snapshot dated `taken_on` with the same lines (new ids): a situation changed.

        `name` and `currency` default to the source's.
        """
        with self.store.db.atomic():
            source = self.get(budget_id)
            fresh = Budget(
                taken_on=taken_on,
                lines=tuple(replace(line, id=None) for line in source.lines),
                name=source.name if name is None else name,
                notes=source.notes,
                currency=source.currency if currency is None else currency,
            )
            return self.add(fresh)
