"""A household plan: every debt of one currency with its treatment, checked month by month.

The order is UK debt advice's (DOMAIN.md section 2, "Priority and household"):

1. Essentials are in the budget already: its disposable income (income minus
   essential expenses) is what is left each month for all debts together.
2. Then the debts provided for first: priority debts (a home, a livelihood),
   whatever their treatment, and any other debt kept as contracted.
3. What is left each month, the *pot*, is shared between the other lenders,
   those offered a monthly proposal, pro rata to what each is owed
   (`fair_share.fair_shares`).  One-off settlements are paid from the lump
   sum the borrower names (savings, help from family), not from income.

*Keeping a debt as contracted* asks, from the plan start, every scheduled
instalment still unpaid in the calendar month it falls due, and in the first
month everything in arrears by the start: the unpaid instalments due before
it and the penalties and fees accrued.  Keeping a contract means bringing it
up to date; spreading the arrears is a request to the lender, so it is a
proposal the borrower can choose for that debt instead, and the first month
shows honestly whether the arrears can be cleared at once.

The pot is one monthly figure, because an offer to a lender is one figure:
disposable income minus what the debts provided for first ask in their
heaviest month, arrears aside.  So offers never promise money a priority
debt needs in a later month.  A single-debt proposal is judged the same way:
it can have only the pot, not the whole disposable income.

Months are calendar months, the first being the month of the plan start; a
proposal's first payment is the debt's due day on or after the start.  The
plan gives a verdict for the household, the months that are short and by how
much, and for each lender a `LenderOffer`: what a letter to it may say.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from itertools import chain

from debtdesk.domain.dates import due_date_in_month, nth_due_date
from debtdesk.domain.debt import Debt
from debtdesk.domain.fair_share import fair_shares
from debtdesk.domain.household_months import Ask, MonthTotal, add_months, by_month, month_of, months_between
from debtdesk.domain.household_months import MonthRun as MonthRun  # these three re-exported: a plan's months
from debtdesk.domain.household_months import ShortMonth as ShortMonth
from debtdesk.domain.household_months import month_runs as month_runs
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.ledger import Allocation
from debtdesk.domain.money import ZERO
from debtdesk.domain.proposal import Plan, ProposalError, build_plan, owed_today
from debtdesk.domain.proposal_options import ProposalOptions
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.validation import FieldError


class Group(str, enum.Enum):
    PRIORITY = "priority"  # debt.priority: provided for first, whatever its treatment
    KEPT = "kept"  # another debt paid as contracted: provided for first too
    SHARED = "shared"  # a monthly proposal: shares the pot with the others
    SETTLED = "settled"  # a one-off settlement, paid from the lump sum

    @property
    def first(self) -> bool:
        return self in (Group.PRIORITY, Group.KEPT)


class Verdict(str, enum.Enum):
    FITS = "fits"  # every month fits, and the lump sum covers every settlement
    SHORT = "short"  # at least one month asks more than is available
    NO_LUMP_SUM = "no-lump-sum"  # months fit; settlements need a lump sum that was not named
    LUMP_SUM_SHORT = "lump-sum-short"  # months fit; the lump sum does not cover the settlements
    NO_BUDGET = "no-budget"  # no budget in this currency: nothing to check the months against


class HouseholdError(ValueError):
    """Choices that cannot make a plan; `debt_id` names the debt whose options are at fault."""

    def __init__(self, errors: list[FieldError], debt_id: int | None = None):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors, self.debt_id = errors, debt_id


@dataclass(frozen=True)
class DebtLine:
    status: DebtStatus
    group: Group
    plan: Plan | None  # the proposal's schedule; None when kept as contracted
    regular: tuple[Ask, ...]  # paid from monthly income from the start, arrears aside
    catch_up: Decimal  # arrears a kept debt clears in the first month
    settlement: Ask | None  # a one-off settlement, paid from the lump sum
    balance: Decimal  # owed today: what the treatment repays
    start: date

    @property
    def debt(self) -> Debt:
        return self.status.debt

    @property
    def options(self) -> ProposalOptions | None:
        return self.plan.options if self.plan else None

    # Worked out once per line (the line is frozen): the plan, its offers and the page's table
    # each ask again, which on a large household rebuilt a quarter of a million asks each time.
    @cached_property
    def asks(self) -> tuple[Ask, ...]:
        """Everything paid from monthly income, arrears first."""
        return ((Ask(self.start, self.catch_up),) if self.catch_up else ()) + self.regular

    @cached_property
    def regular_by_month(self) -> dict[date, Decimal]:
        """What it asks from income in each calendar month, arrears aside."""
        return by_month(self.regular)

    @cached_property
    def asks_by_month(self) -> dict[date, Decimal]:
        """What it asks in each calendar month, its arrears in the first (the months of `asks`)."""
        if not self.catch_up:
            return self.regular_by_month
        first = month_of(self.start)
        return {first: ZERO + self.catch_up + self.regular_by_month.get(first, ZERO), **{
            month: amount for month, amount in self.regular_by_month.items() if month != first}}

    @cached_property
    def monthly(self) -> Decimal:
        """The most it asks in one calendar month, arrears aside."""
        return max(self.regular_by_month.values(), default=ZERO)


@dataclass(frozen=True)
class LenderOffer:
    """What a letter to one lender may truthfully say; amounts in the household's currency."""

    debt_id: int
    lender: str
    currency: str
    group: Group
    balance: Decimal  # owed today: what the treatment repays
    monthly_payment: Decimal  # the most its treatment asks in one month, arrears aside
    catch_up: Decimal  # arrears a kept debt clears in the first month
    settlement: Decimal | None  # a one-off settlement from the lump sum
    settle_on: date | None
    share: Decimal | None  # its fair share of the pot each month (lenders who share; None without a budget)
    available: Decimal | None  # disposable income: income minus essential expenses
    provided_first: Decimal  # what priority and kept debts take in their heaviest month
    pot: Decimal | None  # what is left for the lenders who share: available − provided_first
    shared_total: Decimal  # what is owed to all the lenders who share the pot
    shared_lenders: int
    same_proportion: bool  # every lender who shares is offered exactly its share
    fits: bool | None  # None: nothing to check against (no budget, or no lump sum named)
    short_by: Decimal  # the most it asks above what it can have, in any month (or of the lump sum)
    short_months: tuple[ShortMonth, ...]


@dataclass(frozen=True)
class HouseholdPlan:
    currency: str
    start: date
    available: Decimal | None
    lump_sum: Decimal | None
    lines: tuple[DebtLine, ...]
    months: tuple[MonthTotal, ...]
    provided_first: Decimal
    pot: Decimal | None
    # What every offer is worked out from; each offer is worked out when first asked for (a page shows
    # a screenful, a letter one), then kept.  Derived from the fields above: not part of equality.
    _context: _Context = field(repr=False, compare=False)
    _offers: dict[int, LenderOffer] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def offers(self) -> tuple[LenderOffer, ...]:
        """Each line's offer, in the order of `lines`."""
        return tuple(self._offer_for(line) for line in self.lines)

    def _offer_for(self, line: DebtLine) -> LenderOffer:
        key = id(line)  # the line is held by `lines`: its id names it for the plan's lifetime
        offer = self._offers.get(key)
        if offer is None:
            offer = self._offers[key] = self._context.offer(line)
        return offer

    @property
    def lump_sum_needed(self) -> Decimal:
        return sum((line.settlement.amount for line in self.lines if line.settlement), ZERO)

    @property
    def lump_sum_short(self) -> Decimal:
        return max(ZERO, self.lump_sum_needed - (self.lump_sum or ZERO))

    @property
    def short_months(self) -> tuple[ShortMonth, ...]:
        return tuple(ShortMonth(m.month, m.short) for m in self.months if m.short > 0)

    @property
    def verdict(self) -> Verdict:
        if self.available is None and self.months:
            return Verdict.NO_BUDGET
        if self.short_months:
            return Verdict.SHORT
        if self.lump_sum_needed and self.lump_sum is None:
            return Verdict.NO_LUMP_SUM
        if self.lump_sum_short:
            return Verdict.LUMP_SUM_SHORT
        return Verdict.FITS

    # Looked up by debt, once built: the page asks for every debt's offer (a scan each was
    # quadratic on a large household).  A debt that is not in the plan raises KeyError.
    @cached_property
    def _lines_by_debt(self) -> dict[int | None, DebtLine]:
        return {line.debt.id: line for line in reversed(self.lines)}  # the first wins, as a scan found

    def line(self, debt_id: int) -> DebtLine:
        return self._lines_by_debt[debt_id]

    def offer(self, debt_id: int) -> LenderOffer:
        return self._offer_for(self._lines_by_debt[debt_id])


def first_payment_on(start: date, due_day: int) -> date:
    """The debt's due day on or after the plan start."""
    this_month = due_date_in_month(start.year, start.month, due_day)
    return this_month if this_month >= start else nth_due_date(start, 1, due_day)


# -- building ----------------------------------------------------------------------

def household_plan(statuses: Sequence[DebtStatus], spec: HouseholdSpec, available: Decimal | None,
                   as_of: date, earlier: HouseholdPlan | None = None) -> HouseholdPlan:
    """Every debt of `spec.currency` still owing, with its treatment, checked against `available`.

    `earlier`: a plan built before (other choices, another budget); each of its lines whose status is
    the very same object, with the same treatment and start, is taken over instead of worked out again.
    A line is a function of those three alone, so the plan is the same either way; after one debt's
    treatment or payments change, only that debt's line is built again.
    """
    start = spec.start or as_of
    if start < as_of:
        raise HouseholdError([FieldError("start", "The plan cannot start before {date}, the day it is "
                                         "worked out for.", {"date": as_of.isoformat()})])
    reusable = {} if earlier is None else {id(line.status): line for line in earlier.lines}
    lines = []
    for status in owing(statuses, spec.currency):
        options = spec.options_for(status.debt.id)
        known = reusable.get(id(status))  # `earlier` holds that status: its id is not another object's
        if known is not None and known.status is status and known.start == start and known.options == options:
            lines.append(known)
        else:
            lines.append(_line(status, options, start))
    if earlier is not None and _same_plan(earlier, spec, start, available, lines):
        return earlier  # every line taken over, the same figures: assembling it again gives it again
    return _assemble(spec, start, available, tuple(lines))


def _same_plan(earlier: HouseholdPlan, spec: HouseholdSpec, start: date, available: Decimal | None,
               lines: list[DebtLine]) -> bool:
    """Whether `earlier` is the plan of these lines and figures (amounts written the same way, as shown).

    Saving "Suggest fair shares" on a large household rebuilt the plan just checked from its own
    lines: half a second adding up 1.2 million month totals on the window's thread, for the same plan.
    """
    return (earlier.currency == spec.currency and earlier.start == start and repr(earlier.available) == repr(available)
            and repr(earlier.lump_sum) == repr(spec.lump_sum) and len(earlier.lines) == len(lines)
            and all(mine is theirs for mine, theirs in zip(lines, earlier.lines, strict=True)))


def owing(statuses: Iterable[DebtStatus], currency: str) -> list[DebtStatus]:
    """The debts of one currency that still owe something (paid-off debts need no treatment)."""
    return [s for s in statuses if s.debt.currency == currency and owed_today(s, False) > 0]


def _line(status: DebtStatus, options: ProposalOptions | None, start: date) -> DebtLine:
    priority = status.debt.priority
    if options is None:
        catch_up, regular = _kept(status, start)
        return DebtLine(status, Group.PRIORITY if priority else Group.KEPT, None, regular, catch_up, None,
                        owed_today(status, False), start)
    plan = _plan(status, options, start)
    paying = tuple(Ask(r.due_date, r.payment) for r in plan.rows if r.payment > 0)
    settlement = paying[-1] if options.is_settlement and paying else None
    group = Group.PRIORITY if priority else Group.SETTLED if settlement else Group.SHARED
    return DebtLine(status, group, plan, () if settlement else paying, ZERO, settlement,
                    owed_today(status, options.waive_penalties), start)


def _due(part: Allocation) -> date:
    return part.instalment.due_date


def _kept(status: DebtStatus, start: date) -> tuple[Decimal, tuple[Ask, ...]]:
    """Arrears by the start (penalties included), and each instalment still to pay on its due date.

    Allocations are in due-date order (the schedule's; `overdue.state_from_allocations` takes the
    first unsettled one as the oldest), so the instalments due by the start are found by bisection:
    what those due before the status's day still lack is its `overdue_amount` already, summed the
    same way.  Only the instalments from that day on are read one by one: a large file's 240,000
    allocations, mostly paid long ago, are not walked again for each plan.
    """
    allocations = status.allocations
    due_from = bisect_left(allocations, start, key=_due)  # the first instalment due on or after the start
    catch_up = owed_today(status, False) - owed_today(status, True)
    state = status.state
    if state.as_of <= start:
        catch_up += state.overdue_amount
        first = due_from if state.as_of == start else bisect_left(allocations, state.as_of, hi=due_from, key=_due)
    else:  # a status of a later day than the plan: nothing summed up to reuse
        first = 0
    for part in allocations[first:due_from]:
        unpaid = part.instalment.payment - (part.interest_covered + part.principal_covered)
        if unpaid > 0:
            catch_up += unpaid
    regular = []
    for part in allocations[due_from:]:  # `Allocation.unpaid` inlined, same arithmetic
        instalment = part.instalment
        unpaid = instalment.payment - (part.interest_covered + part.principal_covered)
        if unpaid > 0:
            regular.append(Ask(instalment.due_date, unpaid))
    return catch_up, tuple(regular)


def _plan(status: DebtStatus, options: ProposalOptions, start: date) -> Plan:
    if options.settle_on is not None and options.settle_on < start:
        raise HouseholdError([FieldError("settle_on", "The settlement date {date} is before the plan "
                                         "starts ({start}).", {"date": options.settle_on.isoformat(),
                                                               "start": start.isoformat()})], status.debt.id)
    try:
        return build_plan(status, options, first_payment_on(start, status.debt.effective_due_day))
    except ProposalError as exc:
        raise HouseholdError(exc.errors, status.debt.id) from None


def _assemble(spec: HouseholdSpec, start: date, available: Decimal | None,
              lines: tuple[DebtLine, ...]) -> HouseholdPlan:
    first = [line for line in lines if line.group.first]
    shared = [line for line in lines if line.group is Group.SHARED]
    # One pass over the asks of the debts paid first: their regular totals give the heaviest month,
    # and with the arrears added to the first month, the months.  (Each line's own month totals are
    # worked out only for the offers asked for.)
    first_regular = by_month(chain.from_iterable(line.regular for line in first))
    provided_first = max(first_regular.values(), default=ZERO)
    pot = None if available is None else available - provided_first
    shares = {} if pot is None else fair_shares(pot, {line.debt.id: line.balance for line in shared})
    months = months_between(start, _with_arrears(first_regular, start, first),
                            add_months(line.asks_by_month for line in lines if not line.group.first), available)
    same = bool(shared) and pot is not None and all(_offered_share(line, shares) for line in shared)
    context = _Context(available, provided_first, pot, shares, sum((line.balance for line in shared), ZERO),
                       len(shared), same, months, spec.lump_sum, lines)
    return HouseholdPlan(spec.currency, start, available, spec.lump_sum, lines, months, provided_first, pot,
                         context)


def _with_arrears(regular: dict[date, Decimal], start: date, lines: list[DebtLine]) -> dict[date, Decimal]:
    """What `lines` ask month by month, arrears included: their regular totals, the arrears in the first month."""
    catch_up = [line.catch_up for line in lines if line.catch_up]
    if not catch_up:
        return regular
    first = month_of(start)
    return {**regular, first: sum(catch_up, regular.get(first, ZERO))}


def _offered_share(line: DebtLine, shares: Mapping[int | None, Decimal]) -> bool:
    """A lower payment of exactly its share, until the debt is repaid."""
    options = line.options
    return (options is not None and options.lower_payment == shares.get(line.debt.id)
            and options.lower_months is None and options.instalment_months is None)


@dataclass(frozen=True)
class _Context:
    """What every offer shares: the household's figures."""

    available: Decimal | None
    provided_first: Decimal
    pot: Decimal | None
    shares: dict[int | None, Decimal]  # debt id -> its monthly share
    shared_total: Decimal
    shared_lenders: int
    same_proportion: bool
    months: tuple[MonthTotal, ...]
    lump_sum: Decimal | None
    lines: tuple[DebtLine, ...]

    def offer(self, line: DebtLine) -> LenderOffer:
        share = self.shares.get(line.debt.id) if line.group is Group.SHARED else None
        fits, short_by, shorts = self._fit(line, share)
        debt_id = line.debt.id
        assert debt_id is not None  # a household plan is made of stored debts
        return LenderOffer(
            debt_id=debt_id, lender=line.debt.lender.name, currency=line.debt.currency, group=line.group,
            balance=line.balance, monthly_payment=line.monthly, catch_up=line.catch_up,
            settlement=line.settlement.amount if line.settlement else None,
            settle_on=line.settlement.on if line.settlement else None, share=share, available=self.available,
            provided_first=self.provided_first, pot=self.pot, shared_total=self.shared_total,
            shared_lenders=self.shared_lenders, same_proportion=self.same_proportion, fits=fits,
            short_by=short_by, short_months=shorts)

    def _fit(self, line: DebtLine, share: Decimal | None) -> tuple[bool | None, Decimal, tuple[ShortMonth, ...]]:
        if line.settlement is not None and not line.regular:
            if self.lump_sum is None:
                return None, ZERO, ()
            needed = sum((x.settlement.amount for x in self.lines if x.settlement), ZERO)
            short = max(ZERO, needed - self.lump_sum)
            return short == 0, short, ()
        if line.group.first:
            if self.available is None:
                return None, ZERO, ()
            asked_in = line.asks_by_month  # the months it asks anything in
            shorts = tuple(ShortMonth(m.month, m.provided_first - self.available) for m in self.months
                           if m.provided_first > self.available and m.month in asked_in)
        else:
            if share is None:
                return None, ZERO, ()
            shorts = tuple(ShortMonth(month, amount - share) for month, amount in sorted(line.asks_by_month.items())
                           if amount > share)
        return not shorts, max((s.amount for s in shorts), default=ZERO), shorts

