"""What a change to the file touched, so the window refreshes only that.

A use case (recording a payment, editing a budget line) returns a `Changes`;
the session keeps every debt's status cached and drops only the statuses a
change can have moved, and each page reloads only when a kind of data it
shows was touched (pages out of sight wait until they are shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

#: Kinds of data a change can touch.
DEBTS = "debts"  # a debt's terms, or debts added or removed
PAYMENTS = "payments"
CONTACTS = "contacts"
BUDGET = "budget"
EVIDENCE = "evidence"
LETTERS = "letters"
PLANS = "plans"  # the household plan and saved proposals
AGREEMENTS = "agreements"  # agreements, replies, legal events
SETTINGS = "settings"  # thresholds, rate lines, contact rules, the borrower's details
KINDS = frozenset({DEBTS, PAYMENTS, CONTACTS, BUDGET, EVIDENCE, LETTERS, PLANS, AGREEMENTS, SETTINGS})

#: What a debt's status is computed from: a change to any of these can move it.
STATUS_INPUTS = frozenset({DEBTS, PAYMENTS, AGREEMENTS, SETTINGS})


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = KINDS
    debts: frozenset[int] | None = None  # the debts touched; None: any of them (or not known)

    @classmethod
    def of(cls, *kinds: str, debts=None) -> "Changes":
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")
        return cls(frozenset(kinds), None if debts is None else frozenset(debts))

    def touches(self, kinds) -> bool:
        return bool(self.kinds & frozenset(kinds))

    def moved_statuses(self) -> frozenset[int] | None:
        """The debts whose status may have moved: none, these, or (None) every one."""
        if not self.touches(STATUS_INPUTS):
            return frozenset()
        if self.touches({SETTINGS}) or self.debts is None:
            return None
        return self.debts

    def __or__(self, other: "Changes") -> "Changes":
        debts = None if self.debts is None or other.debts is None else self.debts | other.debts
        return Changes(self.kinds | other.kinds, debts)


#: What a change that does not say what it touched is taken to touch.
EVERYTHING = Changes()


T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a use case produced (the saved row with its id, the snapshot that undoes it) and what it touched.

    The window keeps `value` for its undo step and hands `changes` to the session; the CLI prints `value`.
    """

    value: T
    changes: Changes
