"""The income and expenditure statement: normalising to a month, disposable income, form input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtdesk.domain.budget import (
    Budget,
    BudgetLine,
    Direction,
    ExpenseCategory,
    Frequency,
    IncomeCategory,
    latest,
    line_to_raw,
    monthly,
    parse_budget_header,
    parse_budget_line,
)

D = Decimal


@pytest.mark.parametrize("amount, frequency, expected", [
    ("100", Frequency.WEEKLY, "433.33"),        # 100 × 52 / 12 = 433.333…
    ("100", Frequency.FORTNIGHTLY, "216.67"),   # 100 × 26 / 12 = 216.666…
    ("2500.50", Frequency.MONTHLY, "2500.50"),
    ("300", Frequency.QUARTERLY, "100.00"),
    ("1000", Frequency.QUARTERLY, "333.33"),
    ("1200", Frequency.YEARLY, "100.00"),
    ("1000", Frequency.YEARLY, "83.33"),
    ("0", Frequency.WEEKLY, "0.00"),
])
def test_monthly_normalisation(amount, frequency, expected):
    assert monthly(D(amount), frequency) == D(expected)
    assert str(monthly(D(amount), frequency)) == expected  # always two places


def test_weekly_line_rounds_half_up_to_the_cent():
    # 15 × 52 / 12 = 65.0 exactly; 1.5 × 52 / 12 = 6.5; 0.03 × 52 / 12 = 0.13
    assert BudgetLine(Direction.INCOME, "wages", D("0.03"), Frequency.WEEKLY).monthly == D("0.13")
    assert BudgetLine(Direction.INCOME, "wages", D("1.5"), Frequency.WEEKLY).monthly == D("6.50")


def _budget(*lines: BudgetLine) -> Budget:
    return Budget(date(2026, 11, 1), tuple(lines))


def test_disposable_is_income_minus_expenses():
    budget = _budget(
        BudgetLine(Direction.INCOME, "wages", D("100"), Frequency.WEEKLY),  # 433.33
        BudgetLine(Direction.INCOME, "benefits", D("1200"), Frequency.YEARLY),  # 100.00
        BudgetLine(Direction.EXPENSE, "housing", D("300")),
        BudgetLine(Direction.EXPENSE, "insurance", D("600"), Frequency.QUARTERLY),  # 200.00
    )
    assert budget.monthly_income == D("533.33")
    assert budget.monthly_expenses == D("500.00")
    assert budget.disposable == D("33.33")


def test_disposable_may_be_negative():
    budget = _budget(
        BudgetLine(Direction.INCOME, "wages", D("3000")),
        BudgetLine(Direction.EXPENSE, "housing", D("3500")),
        BudgetLine(Direction.EXPENSE, "medical", D("100"), Frequency.WEEKLY),  # 433.33
    )
    assert budget.disposable == D("-933.33")


def test_empty_budget_has_zero_everything():
    budget = _budget()
    assert (budget.monthly_income, budget.monthly_expenses, budget.disposable) == (D("0.00"),) * 3


def test_by_category_adds_lines_of_one_category():
    budget = _budget(
        BudgetLine(Direction.EXPENSE, "food", D("100"), Frequency.WEEKLY),
        BudgetLine(Direction.EXPENSE, "food", D("50")),
        BudgetLine(Direction.EXPENSE, "housing", D("900")),
        BudgetLine(Direction.INCOME, "wages", D("4000")),
    )
    assert budget.by_category(Direction.EXPENSE) == {"food": D("483.33"), "housing": D("900.00")}
    assert budget.by_category(Direction.INCOME) == {"wages": D("4000.00")}


def test_latest_takes_the_latest_date_then_the_latest_id():
    a = Budget(date(2026, 1, 1), id=5)
    b = Budget(date(2026, 6, 1), id=1)
    c = Budget(date(2026, 6, 1), id=2)
    assert latest([a, b, c]) is c
    assert latest([]) is None


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(list(Frequency)))
def test_monthly_is_within_half_a_cent_of_the_exact_value(minor, frequency):
    amount = D(minor) / 100
    per_year = {Frequency.WEEKLY: 52, Frequency.FORTNIGHTLY: 26, Frequency.MONTHLY: 12,
                Frequency.QUARTERLY: 4, Frequency.YEARLY: 1}[frequency]
    exact = amount * per_year / 12
    assert abs(monthly(amount, frequency) - exact) <= D("0.005")


# -- form input -----------------------------------------------------------------------
def _line(**raw):
    base = {"category": "wages", "label": "", "amount": "100", "frequency": "monthly"}
    base.update(raw)
    return parse_budget_line(base, Direction.INCOME)


def test_a_valid_line_reads_into_decimal_cents():
    line, errors = _line(amount=" 1,234.5 ", label="  Salary ", frequency="fortnightly")
    assert errors == []
    assert line == BudgetLine(Direction.INCOME, "wages", D("1234.50"), Frequency.FORTNIGHTLY, "Salary")


@pytest.mark.parametrize("amount, template", [
    ("", "This field is required."),
    ("   ", "This field is required."),
    ("-50", "Enter the amount without a minus sign."),
    ("abc", "{text!r} is not a number."),
    ("12.345", "At most two decimal places (cents)."),
])
def test_bad_amounts_name_the_amount_field(amount, template):
    line, errors = _line(amount=amount)
    assert line is None
    assert [(e.field, e.template) for e in errors] == [("amount", template)]


def test_a_label_over_100_characters_is_refused_with_its_length():
    line, errors = _line(label="x" * 101)
    assert line is None
    assert errors[0].field == "label"
    assert errors[0].message == "Too long: 101 characters, at most 100."
    assert _line(label="x" * 100)[1] == []


def test_an_expense_category_is_not_an_income_category():
    line, errors = parse_budget_line({"category": "housing", "amount": "5"}, Direction.INCOME)
    assert line is None and errors[0].field == "category"
    line, errors = parse_budget_line({"category": "housing", "amount": "5"}, Direction.EXPENSE)
    assert errors == [] and line.category == ExpenseCategory.HOUSING.value


def test_several_problems_are_all_reported_once_per_field():
    _, errors = _line(amount="x", label="y" * 300, frequency="daily")
    assert sorted(e.field for e in errors) == ["amount", "frequency", "label"]


def test_line_to_raw_round_trips():
    line = BudgetLine(Direction.EXPENSE, "food", D("88.10"), Frequency.WEEKLY, "Groceries", 7)
    again, errors = parse_budget_line(line_to_raw(line), Direction.EXPENSE, line_id=7)
    assert errors == [] and again == line


def test_header_reads_date_name_and_currency_and_keeps_lines():
    existing = Budget(date(2026, 1, 1), (BudgetLine(Direction.INCOME, IncomeCategory.WAGES.value, D("1")),),
                      "Old", "n", "HKD", 3)
    budget, errors = parse_budget_header({"taken_on": "2026-11-23", "name": " After the job loss "}, existing)
    assert errors == []
    assert budget == Budget(date(2026, 11, 23), existing.lines, "After the job loss", "n", "HKD", 3)
    _, errors = parse_budget_header({"taken_on": "23/11/2026", "name": "n" * 101, "currency": "yuan"})
    assert sorted(e.field for e in errors) == ["currency", "name", "taken_on"]
