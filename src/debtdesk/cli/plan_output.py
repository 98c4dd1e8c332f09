"""`debtdesk plan`'s output: one JSON document (codes and decimal strings), or text built from it.

The JSON keeps the keys earlier versions printed (`plans`, `affordability`)
and adds `household`: the month-by-month totals, the verdict, the short
months and every lender's offer.  Months are written `YYYY-MM`.
"""

from __future__ import annotations

from decimal import Decimal

from debtdesk.domain.household import HouseholdPlan, LenderOffer, ShortMonth, Verdict, month_runs
from debtdesk.domain.money import format_amount
from debtdesk.domain.proposal import Plan
from debtdesk.domain.proposal_options import options_to_dict


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _month(day) -> str:
    return day.strftime("%Y-%m")


def _shorts(shorts: tuple[ShortMonth, ...]) -> list[dict]:
    return [{"month": _month(s.month), "short_by": str(s.amount)} for s in shorts]


def _plan(plan: Plan, offer: LenderOffer) -> dict:
    debt = plan.status.debt
    return {
        "debt_id": debt.id, "lender": debt.lender.name, "currency": debt.currency,
        "options": options_to_dict(plan.options), "owed_today": str(plan.owed_today),
        "waived": str(plan.waived), "forgiven": str(plan.forgiven),
        "schedule": [{"date": r.due_date.isoformat(), "payment": str(r.payment), "principal": str(r.principal),
                      "interest": str(r.interest), "balance": str(r.balance)} for r in plan.rows],
        "total_paid": str(plan.total_paid), "total_interest": str(plan.total_interest),
        "highest_payment": str(plan.highest_payment), "current_cost": str(plan.current_cost),
        "saving": str(plan.saving), "monthly_share": _money(offer.share),
    }


def _offer(household: HouseholdPlan, offer: LenderOffer) -> dict:
    line = household.line(offer.debt_id)
    return {
        "debt_id": offer.debt_id, "lender": offer.lender, "priority": line.debt.priority,
        "treatment": "keep" if line.plan is None else "propose", "group": offer.group.value,
        "options": None if line.options is None else options_to_dict(line.options),
        "balance": str(offer.balance), "monthly_payment": str(offer.monthly_payment),
        "catch_up": str(offer.catch_up), "settlement": _money(offer.settlement),
        "settle_on": offer.settle_on.isoformat() if offer.settle_on else None, "share": _money(offer.share),
        "same_proportion": offer.same_proportion, "fits": offer.fits, "short_by": str(offer.short_by),
        "short_months": _shorts(offer.short_months),
    }


def plan_json(household: HouseholdPlan, named: list[int], everything: bool) -> dict:
    shown = [line for line in household.lines if line.plan is not None
             and (everything or line.debt.id in named)]
    highest = max((m.total for m in household.months), default=Decimal("0.00"))
    verdict = household.verdict
    return {
        "plans": [_plan(line.plan, household.offer(line.debt.id)) for line in shown],
        "affordability": {
            "available_per_month": _money(household.available), "highest_monthly_total": str(highest),
            "affordable": None if verdict is Verdict.NO_BUDGET else verdict is Verdict.FITS,
        },
        "household": {
            "currency": household.currency, "start": household.start.isoformat(),
            "available_per_month": _money(household.available), "provided_first": str(household.provided_first),
            "pot": _money(household.pot), "lump_sum": _money(household.lump_sum),
            "lump_sum_needed": str(household.lump_sum_needed), "lump_sum_short": str(household.lump_sum_short),
            "verdict": verdict.value, "short_months": _shorts(household.short_months),
            "months": [{"month": _month(m.month), "provided_first": str(m.provided_first), "shared": str(m.shared),
                        "total": str(m.total), "short_by": str(m.short)} for m in household.months],
            "debts": [_offer(household, offer) for offer in household.offers],
        },
    }


VERDICTS = {
    "fits": "the plan fits: every month asks no more than is available.",
    "short": "NOT affordable: some months ask more than is available (see above).",
    "no-lump-sum": "the months fit, but the settlements need a lump sum: give --lump-sum-available.",
    "lump-sum-short": "the months fit, but the lump sum does not cover the settlements.",
    "no-budget": "no budget in this currency yet: add one (or pass --available) to check the plan.",
}


def print_text(household: HouseholdPlan, data: dict, everything: bool) -> None:
    for plan in data["plans"]:
        if not everything:
            _print_schedule(plan)
    house = data["household"]
    cur = house["currency"]
    print(f"Household plan in {cur} from {house['start']}; Not legal advice.")
    for debt in house["debts"]:
        if everything or debt["treatment"] == "keep":
            _print_debt(debt)
    if house["available_per_month"] is not None:
        print(f"Available for debts each month: {_fmt(house['available_per_month'])}; priority and kept debts take "
              f"up to {_fmt(house['provided_first'])}; left to share: {_fmt(house['pot'])}.")
    print("Month by month (provided first + shared = total, short by):")
    for run in _runs(household):
        print(f"  {run}")
    if house["lump_sum_needed"] != "0.00":
        print(f"Settlements need {_fmt(house['lump_sum_needed'])} at once; lump sum available: "
              f"{_fmt(house['lump_sum']) if house['lump_sum'] is not None else 'not given'}.")
    print(f"Verdict: {VERDICTS[house['verdict']]}")


def _print_schedule(plan: dict) -> None:
    print(f"{plan['lender']} (#{plan['debt_id']}): owed today {plan['owed_today']} {plan['currency']}")
    for row in plan["schedule"]:
        print(f"  {row['date']}  {row['payment']:>12}  interest {row['interest']:>10}  balance {row['balance']:>12}")
    print(f"  total paid {plan['total_paid']} (current terms {plan['current_cost']}, "
          f"saving {plan['saving']}); highest monthly payment {plan['highest_payment']}")
    if plan.get("monthly_share") is not None:
        print(f"  fair share of the money available: {plan['monthly_share']} a month")


def _print_debt(debt: dict) -> None:
    kind = "priority" if debt["priority"] else debt["group"]
    words = " ".join(k if v is True else f"{k}={v}" for k, v in (debt["options"] or {}).items())
    what = "keep paying as contracted" if debt["treatment"] == "keep" else f"propose {words or '(as now)'}"
    line = f"  #{debt['debt_id']} {debt['lender']} ({kind}): owes {_fmt(debt['balance'])}; {what}"
    if debt["monthly_payment"] != "0.00":
        line += f"; up to {_fmt(debt['monthly_payment'])} a month"
    if debt["catch_up"] != "0.00":
        line += f"; arrears {_fmt(debt['catch_up'])} in the first month"
    if debt["settlement"] is not None:
        line += f"; settles once with {_fmt(debt['settlement'])} on {debt['settle_on']}"
    if debt["share"] is not None:
        line += f"; fair share {_fmt(debt['share'])}"
    if debt["fits"] is False and debt["group"] == "shared":
        line += f"; asks up to {_fmt(debt['short_by'])} a month more than its share"
    elif debt["fits"] is False and debt["settlement"] is not None:
        line += f"; the lump sum is {_fmt(debt['short_by'])} short"
    elif debt["fits"] is False:
        line += f"; with the other debts paid first, short in {len(debt['short_months'])} month(s)"
    print(line)


def _runs(household: HouseholdPlan) -> list[str]:
    lines = []
    for run in month_runs(household.months):
        when = _month(run.first) if run.count == 1 else f"{_month(run.first)} to {_month(run.last)} ({run.count} months)"
        short = f", short by {format_amount(run.short)}" if run.short > 0 else ""
        lines.append(f"{when}: {format_amount(run.provided_first)} + {format_amount(run.shared)} = "
                     f"{format_amount(run.total)}{short}")
    return lines


def _fmt(text: str | None) -> str:
    return "-" if text is None else format_amount(Decimal(text))
