"""The charts' words in the window's language, from Qt's translations.

The same keys as `debtdesk.charts.words.EN`; each text a literal in a
`QCoreApplication.translate("ChartWords", …)` call so lupdate finds it.  Product
kinds, stages and budget categories reuse the names the other screens show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.budget import Direction, ExpenseCategory, IncomeCategory
from debtdesk.domain.debt import ProductKind
from debtdesk.domain.overdue import Stage
from debtdesk.ui.budget_models import category_label
from debtdesk.ui.labels import label


def chart_words() -> dict:
    words = {
        "today": QCoreApplication.translate("ChartWords", "Today"),
        "empty": QCoreApplication.translate(
            "ChartWords",
            "Nothing to show yet: add a debt, or open the demo household."),
        "amount": QCoreApplication.translate("ChartWords", "Amount ({currency})"),
        "debt": QCoreApplication.translate("ChartWords", "Debt"),
        "lender": QCoreApplication.translate("ChartWords", "Lender"),
        "kind": QCoreApplication.translate("ChartWords", "Kind"),
        "currency": QCoreApplication.translate("ChartWords", "Currency"),
        "date": QCoreApplication.translate("ChartWords", "Date"),
        "month": QCoreApplication.translate("ChartWords", "Month"),
        "total": QCoreApplication.translate("ChartWords", "Total"),
        "owed.title": QCoreApplication.translate("ChartWords", "Where the money goes: what is owed today"),
        "owed.not_yet_due": QCoreApplication.translate("ChartWords", "Not yet due"),
        "owed.overdue": QCoreApplication.translate("ChartWords", "Overdue"),
        "owed.penalties": QCoreApplication.translate("ChartWords", "Penalties and fees"),
        "owed.nothing": QCoreApplication.translate("ChartWords", "Nothing is owed on any debt."),
        "owed.kind_group": QCoreApplication.translate("ChartWords", "{kind} ({n} debts)"),
        "owed.kind_one": QCoreApplication.translate("ChartWords", "{kind} (1 debt)"),
        "balance.title": QCoreApplication.translate("ChartWords", "Balance over time"),
        "balance.title_one": QCoreApplication.translate("ChartWords", "Balance over time: {debt}"),
        "balance.axis": QCoreApplication.translate("ChartWords", "Principal still owed"),
        "balance.past": QCoreApplication.translate("ChartWords", "paid so far"),
        "balance.projected": QCoreApplication.translate("ChartWords", "projected under current terms"),
        "balance.source": QCoreApplication.translate("ChartWords", "From"),
        "waiting.title": QCoreApplication.translate(
            "ChartWords",
            "The cost of waiting: penalties and fees owed if nothing is paid"),
        "waiting.title_one": QCoreApplication.translate("ChartWords", "The cost of waiting: {debt}"),
        "waiting.axis": QCoreApplication.translate("ChartWords", "Penalties and fees owed"),
        "waiting.household": QCoreApplication.translate("ChartWords", "Household ({currency})"),
        "waiting.stage": QCoreApplication.translate("ChartWords", "Stage entered"),
        "waiting.entered": QCoreApplication.translate("ChartWords", "{debt} enters {stage} ({days} days past due)"),
        "waiting.nothing": QCoreApplication.translate(
            "ChartWords",
            "Nothing is overdue or due within a year: waiting costs nothing yet."),
        "budget.title": QCoreApplication.translate("ChartWords", "The budget, each month ({currency})"),
        "budget.income": QCoreApplication.translate("ChartWords", "Income"),
        "budget.spending": QCoreApplication.translate("ChartWords", "Essential spending"),
        "budget.left": QCoreApplication.translate("ChartWords", "Left for debts"),
        "budget.payments": QCoreApplication.translate("ChartWords", "Payments to debts"),
        "budget.over": QCoreApplication.translate("ChartWords", "More than is left"),
        "budget.section": QCoreApplication.translate("ChartWords", "Section"),
        "budget.category": QCoreApplication.translate("ChartWords", "Category"),
        "budget.each_month": QCoreApplication.translate("ChartWords", "Payments each month against what is left"),
        "budget.none": QCoreApplication.translate(
            "ChartWords",
            "No budget yet: add income and essential spending on the Budget page."),
        "plans.title": QCoreApplication.translate("ChartWords", "Plans compared"),
        "plans.monthly": QCoreApplication.translate("ChartWords", "Paid each month"),
        "plans.totals": QCoreApplication.translate("ChartWords", "Totals"),
        "plans.plan": QCoreApplication.translate("ChartWords", "Plan"),
        "plans.total_paid": QCoreApplication.translate("ChartWords", "Total paid"),
        "plans.interest": QCoreApplication.translate("ChartWords", "Interest and penalties"),
        "plans.debt_free": QCoreApplication.translate("ChartWords", "Debt-free"),
        "plans.saving": QCoreApplication.translate("ChartWords", "Saved against current terms"),
        "plans.refused": QCoreApplication.translate(
            "ChartWords",
            "{amount} a month is less than the minimum payments together ({needed}): payoff strategies "
            "need at least that much."),
        "plans.nothing": QCoreApplication.translate("ChartWords", "Nothing is owed: there is no plan to compare."),
        "plan.current": QCoreApplication.translate("ChartWords", "Current terms"),
        "plan.avalanche": QCoreApplication.translate("ChartWords", "Avalanche (highest rate first)"),
        "plan.snowball": QCoreApplication.translate("ChartWords", "Snowball (smallest balance first)"),
        "plan.fair-share": QCoreApplication.translate("ChartWords", "Fair share (pro rata)"),
        "plan.given": QCoreApplication.translate("ChartWords", "Proposed plan"),
        "payoff.title": QCoreApplication.translate("ChartWords", "{strategy}: {amount} a month, debt-free {date}"),
        "payoff.axis": QCoreApplication.translate("ChartWords", "Balance by debt"),
        "payoff.payment": QCoreApplication.translate("ChartWords", "Payment"),
        "payoff.interest": QCoreApplication.translate("ChartWords", "Interest"),
        "payoff.balance": QCoreApplication.translate("ChartWords", "Balance"),
        "payoff.cleared": QCoreApplication.translate("ChartWords", "{debt} cleared in month {month} ({date})"),
        "payoff.others": QCoreApplication.translate("ChartWords", "{n} other debts"),
    }
    words["kinds"] = {kind.value: label(kind) for kind in ProductKind}
    words["stages"] = {stage.value: label(stage) for stage in Stage}
    words["categories"] = {
        **{c.value: category_label(Direction.INCOME, c.value) for c in IncomeCategory},
        **{c.value: category_label(Direction.EXPENSE, c.value) for c in ExpenseCategory},
    }
    return words


def strategy_names() -> dict[str, str]:
    """The payoff strategies as the strategy chooser lists them."""
    return {
        "avalanche": QCoreApplication.translate("ChartWords", "Avalanche (highest rate first)"),
        "snowball": QCoreApplication.translate("ChartWords", "Snowball (smallest balance first)"),
        "fair-share": QCoreApplication.translate("ChartWords", "Fair share (pro rata)"),
    }
