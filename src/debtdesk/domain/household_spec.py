"""What the borrower chose for the household: each debt's treatment, the start, the lump sum.

This is what the file keeps (one per currency), so the screen, the `plan`
command and the letters all see the same plan.  A debt that has no
proposal here is kept: paid as contracted.  Everything computed from it
(schedules, month totals, shares) lives in `household.py` and is never
stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cached_property

from debtdesk.domain.proposal_options import ProposalOptions


@dataclass(frozen=True)
class HouseholdSpec:
    currency: str
    start: date | None = None  # None: the day the plan is computed on (today)
    proposals: tuple[tuple[int, ProposalOptions], ...] = ()  # (debt id, options), by debt id
    lump_sum: Decimal | None = None  # savings or help available for one-off settlements

    # Looked up by debt once per spec: a plan asks for every debt's options, and a dict made per
    # question was quadratic once many debts had proposals (fair shares for all of them).
    @cached_property
    def _by_debt(self) -> dict[int, ProposalOptions]:
        return dict(self.proposals)

    def options_for(self, debt_id: int | None) -> ProposalOptions | None:
        """The debt's proposal, or None when it is kept as contracted (or not stored yet: no id)."""
        return None if debt_id is None else self._by_debt.get(debt_id)

    def with_proposal(self, debt_id: int, options: ProposalOptions) -> HouseholdSpec:
        return self.with_proposals({debt_id: options})

    def with_proposals(self, chosen: Mapping[int, ProposalOptions]) -> HouseholdSpec:
        """These debts' proposals put in (one new spec for many debts, not one per debt)."""
        return replace(self, proposals=tuple(sorted({**self._by_debt, **chosen}.items())))

    def with_kept(self, debt_id: int) -> HouseholdSpec:
        return replace(self, proposals=tuple((d, o) for d, o in self.proposals if d != debt_id))

    def only(self, debt_ids: set[int]) -> HouseholdSpec:
        """Without proposals for debts that are gone (deleted, or now in another currency)."""
        return replace(self, proposals=tuple((d, o) for d, o in self.proposals if d in debt_ids))
