"""The income and expenditure statement (DOMAIN.md section 3).

Amounts are entered at whatever frequency they come (weekly wages, a yearly
insurance premium) and normalised to a month: weekly × 52 / 12, fortnightly
× 26 / 12, yearly / 12, each line rounded to the cent.  Disposable income is
what is left for debts: income minus essential expenses.  A household keeps
several dated snapshots, since situations change.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.domain.money import ZERO, cents
from debtdesk.domain.numbers import POINT, NumberFormat
from debtdesk.domain.validation import _CURRENCY, FieldError, _Reader


class Direction(str, enum.Enum):
    INCOME = "income"
    EXPENSE = "expense"


class IncomeCategory(str, enum.Enum):
    WAGES = "wages"
    BENEFITS = "benefits"
    FAMILY_SUPPORT = "family_support"
    OTHER_INCOME = "other_income"


class ExpenseCategory(str, enum.Enum):
    HOUSING = "housing"
    FOOD = "food"
    UTILITIES = "utilities"
    TRANSPORT = "transport"
    MEDICAL = "medical"
    EDUCATION = "education"
    CHILDCARE = "childcare"
    INSURANCE = "insurance"
    OTHER_EXPENSE = "other_expense"


class Frequency(str, enum.Enum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


_PER_MONTH = {
    Frequency.WEEKLY: Decimal(52) / 12,
    Frequency.FORTNIGHTLY: Decimal(26) / 12,
    Frequency.MONTHLY: Decimal(1),
    Frequency.QUARTERLY: Decimal(1) / 3,
    Frequency.YEARLY: Decimal(1) / 12,
}


def monthly(amount: Decimal, frequency: Frequency) -> Decimal:
    return cents(amount * _PER_MONTH[frequency])


@dataclass(frozen=True)
class BudgetLine:
    direction: Direction
    category: str  # an IncomeCategory or ExpenseCategory value
    amount: Decimal
    frequency: Frequency = Frequency.MONTHLY
    label: str = ""
    id: int | None = None

    @property
    def monthly(self) -> Decimal:
        return monthly(self.amount, self.frequency)


@dataclass(frozen=True)
class Budget:
    taken_on: date
    lines: tuple[BudgetLine, ...] = ()
    name: str = ""
    notes: str = ""
    currency: str = "CNY"
    id: int | None = None

    def _total(self, direction: Direction) -> Decimal:
        return sum((line.monthly for line in self.lines if line.direction is direction), ZERO)

    @property
    def monthly_income(self) -> Decimal:
        return self._total(Direction.INCOME)

    @property
    def monthly_expenses(self) -> Decimal:
        return self._total(Direction.EXPENSE)

    @property
    def disposable(self) -> Decimal:
        """What is left each month for all debts together (may be negative)."""
        return self.monthly_income - self.monthly_expenses

    def by_category(self, direction: Direction) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            if line.direction is direction:
                totals[line.category] = totals.get(line.category, ZERO) + line.monthly
        return totals


def category_enum(direction: Direction) -> type[IncomeCategory] | type[ExpenseCategory]:
    return IncomeCategory if direction is Direction.INCOME else ExpenseCategory


def latest(budgets: list[Budget]) -> Budget | None:
    return max(budgets, key=lambda b: (b.taken_on, b.id or 0), default=None)


# -- reading what a person typed ---------------------------------------------------
# Each parser returns (object or None, errors), like validation.parse_debt: the UI
# saves only when the error list is empty.

LABEL_LIMIT = 100
BUDGET_NAME_LIMIT = 100


def parse_budget_line(raw: Mapping[str, object], direction: Direction, line_id: int | None = None,
                      numbers: NumberFormat = POINT) -> tuple[BudgetLine | None, list[FieldError]]:
    """Read one line: `category`, `label`, `amount` (≥ 0, cents, in `numbers`' separators), `frequency`."""
    r = _Reader(raw, numbers)
    category = str(raw.get("category") or "").strip()
    try:
        category = category_enum(direction)(category).value
    except ValueError:
        r.fail("category", "Unknown value {value!r}.", value=category)
    label = r.text("label")
    if len(label) > LABEL_LIMIT:
        r.fail("label", "Too long: {length} characters, at most {limit}.", length=len(label), limit=LABEL_LIMIT)
    amount_text = str(raw.get("amount") or "").strip()
    if amount_text.startswith(("-", "－", "−")):
        r.fail("amount", "Enter the amount without a minus sign.")
        amount = None
    else:
        amount = r.amount("amount")
    frequency = r.choice("frequency", Frequency, Frequency.MONTHLY)
    if r.errors:
        return None, r.errors
    assert amount is not None  # required: missing, it is an error above
    return BudgetLine(direction, category, amount, frequency, label, line_id), []


def line_to_raw(line: BudgetLine, numbers: NumberFormat = POINT) -> dict[str, str]:
    """The inverse of `parse_budget_line`: field values as a form shows them."""
    return {"category": line.category, "label": line.label, "amount": numbers.show(line.amount),
            "frequency": line.frequency.value}


def parse_budget_header(raw: Mapping[str, object],
                        budget: Budget | None = None) -> tuple[Budget | None, list[FieldError]]:
    """Read a snapshot's `taken_on` (YYYY-MM-DD), `name` and `currency`; lines are kept from `budget`."""
    r = _Reader(raw)
    taken_on = r.day("taken_on")
    name = r.text("name")
    if len(name) > BUDGET_NAME_LIMIT:
        r.fail("name", "Too long: {length} characters, at most {limit}.", length=len(name),
               limit=BUDGET_NAME_LIMIT)
    currency = r.text("currency").upper() or (budget.currency if budget else "CNY")
    if not _CURRENCY.match(currency):
        r.fail("currency", "Use a three-letter currency code such as CNY, HKD or USD.")
    if r.errors:
        return None, r.errors
    assert taken_on is not None  # required: missing, it is an error above
    if budget is None:
        return Budget(taken_on, name=name, currency=currency), []
    return Budget(taken_on, budget.lines, name, budget.notes, currency, budget.id), []
