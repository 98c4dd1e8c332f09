"""Translatable names for budget categories and frequencies, and the lines table model."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from debtdesk.domain.budget import BudgetLine, Direction, ExpenseCategory, Frequency, IncomeCategory, category_enum
from debtdesk.domain.money import format_amount, to_minor
from debtdesk.ui.table_model import RIGHT, Column, RowTableModel
from debtdesk.ui.i18n import marked

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

CTX = "BudgetLabels"

_TEXT = {
    IncomeCategory.WAGES: QT_TRANSLATE_NOOP("BudgetLabels", "Wages and salary"),
    IncomeCategory.BENEFITS: QT_TRANSLATE_NOOP("BudgetLabels", "Benefits and allowances"),
    IncomeCategory.FAMILY_SUPPORT: QT_TRANSLATE_NOOP("BudgetLabels", "Support from family"),
    IncomeCategory.OTHER_INCOME: QT_TRANSLATE_NOOP("BudgetLabels", "Other income"),
    ExpenseCategory.HOUSING: QT_TRANSLATE_NOOP("BudgetLabels", "Housing (rent, mortgage)"),
    ExpenseCategory.FOOD: QT_TRANSLATE_NOOP("BudgetLabels", "Food"),
    ExpenseCategory.UTILITIES: QT_TRANSLATE_NOOP("BudgetLabels", "Utilities and phone"),
    ExpenseCategory.TRANSPORT: QT_TRANSLATE_NOOP("BudgetLabels", "Transport"),
    ExpenseCategory.MEDICAL: QT_TRANSLATE_NOOP("BudgetLabels", "Medical"),
    ExpenseCategory.EDUCATION: QT_TRANSLATE_NOOP("BudgetLabels", "Education"),
    ExpenseCategory.CHILDCARE: QT_TRANSLATE_NOOP("BudgetLabels", "Childcare"),
    ExpenseCategory.INSURANCE: QT_TRANSLATE_NOOP("BudgetLabels", "Insurance"),
    ExpenseCategory.OTHER_EXPENSE: QT_TRANSLATE_NOOP("BudgetLabels", "Other essential expense"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("BudgetLabels", "Weekly"),
    Frequency.FORTNIGHTLY: QT_TRANSLATE_NOOP("BudgetLabels", "Every two weeks"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("BudgetLabels", "Monthly"),
    Frequency.QUARTERLY: QT_TRANSLATE_NOOP("BudgetLabels", "Quarterly"),
    Frequency.YEARLY: QT_TRANSLATE_NOOP("BudgetLabels", "Yearly"),
}


def budget_label(value) -> str:
    """The translated name of a category or frequency (enum member or its value)."""
    return marked("BudgetLabels", _TEXT[value])


def category_label(direction: Direction, category: str) -> str:
    try:
        return budget_label(category_enum(direction)(category))
    except ValueError:  # a category written by a newer DebtDesk: show it as stored
        return category


def category_choices(direction: Direction) -> list[tuple[str, str]]:
    return [(member.value, budget_label(member)) for member in category_enum(direction)]


def frequency_choices() -> list[tuple[str, str]]:
    return [(member.value, budget_label(member)) for member in Frequency]


class BudgetLinesModel(RowTableModel):
    """Lines of one direction: category, label, amount, frequency, per month."""

    columns = [
        Column(lambda: translate(
            "BudgetScreen", "Category"), lambda line: category_label(line.direction, line.category)),
        Column(lambda: translate("BudgetScreen", "Description"), lambda line: line.label),
        Column(lambda: translate("BudgetScreen", "Amount"), lambda line: format_amount(line.amount),
               lambda line: to_minor(line.amount), RIGHT),
        Column(lambda: translate("BudgetScreen", "How often"), lambda line: budget_label(line.frequency),
               lambda line: list(Frequency).index(line.frequency)),
        Column(lambda: translate("BudgetScreen", "Per month"), lambda line: format_amount(line.monthly),
               lambda line: to_minor(line.monthly), RIGHT),
    ]

    def extra_data(self, line: BudgetLine, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and line.frequency is not Frequency.MONTHLY:
            return translate("BudgetScreen", "{amount} ({frequency}) as a monthly amount").format(
                amount=format_amount(line.amount), frequency=budget_label(line.frequency))
        return None
