"""The household plan in plain words: the verdict, and what one lender is offered.

Only wording: every figure and every judgement comes from `HouseholdPlan`
and `LenderOffer`.  Each sentence is a literal template for Qt's translation
(context "PlanTexts"), filled in after it is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.domain.household import Group, HouseholdPlan, LenderOffer, Verdict
from debtdesk.domain.money import format_amount
from debtdesk.ui.i18n import show_date

#: At most this many short months are named; the table shows them all.
SHORT_MONTHS_NAMED = 6


def _short_months(plan: HouseholdPlan) -> str:
    named = [QCoreApplication.translate("PlanTexts", "{month} (short by {amount})").format(
        month=s.month.strftime("%Y-%m"), amount=format_amount(s.amount)) for s in plan.short_months]
    if len(named) > SHORT_MONTHS_NAMED:
        more = QCoreApplication.translate("PlanTexts", "and {count} more").format(
            count=len(named) - SHORT_MONTHS_NAMED)
        named = named[:SHORT_MONTHS_NAMED] + [more]
    return QCoreApplication.translate("PlanTexts", ", ").join(named)


def verdict_text(plan: HouseholdPlan) -> tuple[bool | None, str]:
    """(good, the verdict in plain words); good is None when there is nothing to judge against."""
    if not plan.lines:
        return None, QCoreApplication.translate("PlanTexts", "No debt in this currency still needs paying.")
    verdict = plan.verdict
    available = format_amount(plan.available) if plan.available is not None else ""
    if verdict is Verdict.NO_BUDGET:
        return None, QCoreApplication.translate(
            "PlanTexts", "Add a budget in {currency} (or enter the money available each month) to check this "
            "plan month by month.").format(currency=plan.currency)
    if verdict is Verdict.SHORT:
        return False, QCoreApplication.translate(
            "PlanTexts", "Not affordable: {count} month(s) ask more than the {available} available for debts: "
            "{months}. A lender may refuse a plan you cannot keep: try a longer term, a lower payment, a pause, "
            "or fair shares.").format(count=len(plan.short_months), available=available,
                                      months=_short_months(plan))
    if verdict is Verdict.NO_LUMP_SUM:
        return None, QCoreApplication.translate(
            "PlanTexts", "Every month fits, but the settlements need {needed} at once: enter the savings or "
            "help you have for them.").format(needed=format_amount(plan.lump_sum_needed))
    if verdict is Verdict.LUMP_SUM_SHORT:
        return False, QCoreApplication.translate(
            "PlanTexts", "Every month fits, but the settlements need {needed} at once and you have {lump_sum}: "
            "{short} short.").format(needed=format_amount(plan.lump_sum_needed),
                                     lump_sum=format_amount(plan.lump_sum), short=format_amount(plan.lump_sum_short))
    return True, QCoreApplication.translate(
        "PlanTexts", "Affordable: every month asks no more than the {available} available for debts.").format(
        available=available)


def offer_text(offer: LenderOffer, plan: HouseholdPlan) -> str:
    """What this lender is offered, and whether it fits."""
    lines = []
    if offer.group is Group.SHARED:
        lines.append(QCoreApplication.translate(
            "PlanTexts", "{lender}: owed {balance}; the proposal asks up to {monthly} a month.").format(
            lender=offer.lender, balance=format_amount(offer.balance), monthly=format_amount(offer.monthly_payment)))
        if offer.share is not None and offer.pot > 0:
            lines.append(QCoreApplication.translate(
                "PlanTexts", "Its fair share is {share} a month: {pot} is left after essentials and the debts paid "
                "first, shared between {count} lender(s) owed {total} in all.").format(
                share=format_amount(offer.share), pot=format_amount(offer.pot),
                count=offer.shared_lenders, total=format_amount(offer.shared_total)))
        elif offer.share is not None:
            lines.append(QCoreApplication.translate(
                "PlanTexts", "Nothing is left for it: essentials and the debts paid first take all of the {available} "
                "available.").format(available=format_amount(offer.available)))
        if offer.same_proportion:
            lines.append(QCoreApplication.translate(
                "PlanTexts", "Every lender who shares is offered the same proportion of what it is owed."))
    elif offer.settlement is not None:
        lines.append(QCoreApplication.translate(
            "PlanTexts", "{lender}: owed {balance}; a one-off settlement of {amount} on {date}, from savings or "
            "help.").format(lender=offer.lender, balance=format_amount(offer.balance),
                            amount=format_amount(offer.settlement), date=show_date(offer.settle_on)))
    else:
        if offer.group is Group.PRIORITY:
            head = QCoreApplication.translate("PlanTexts", "{lender} is a priority debt, paid before the others "
                                              "share: owed {balance}, up to {monthly} a month.")
        else:
            head = QCoreApplication.translate("PlanTexts", "{lender} is kept as contracted, paid before the "
                                              "others share: owed {balance}, up to {monthly} a month.")
        lines.append(head.format(lender=offer.lender, balance=format_amount(offer.balance),
                                 monthly=format_amount(offer.monthly_payment)))
        if offer.catch_up:
            lines.append(QCoreApplication.translate(
                "PlanTexts", "Its arrears of {amount} are paid in the first month.").format(
                amount=format_amount(offer.catch_up)))
    lines.append(_fit_text(offer))
    return "\n".join(line for line in lines if line)


def _fit_text(offer: LenderOffer) -> str:
    if offer.fits is None:
        return ""
    if offer.fits:
        return QCoreApplication.translate("PlanTexts", "It fits.")
    if offer.settlement is not None:
        return QCoreApplication.translate("PlanTexts", "The lump sum is {amount} short.").format(
            amount=format_amount(offer.short_by))
    if offer.group is Group.SHARED:
        return QCoreApplication.translate(
            "PlanTexts", "It asks up to {amount} a month more than its share, in {count} month(s).").format(
            amount=format_amount(offer.short_by), count=len(offer.short_months))
    return QCoreApplication.translate(
        "PlanTexts", "The debts paid first need up to {amount} more than is available, in {count} month(s).").format(
        amount=format_amount(offer.short_by), count=len(offer.short_months))


def problem_text(lender: str, message: str) -> str:
    return QCoreApplication.translate(
        "PlanTexts", "The proposal for {lender} cannot be worked out now and is shown as kept: {message}").format(
        lender=lender, message=message)
