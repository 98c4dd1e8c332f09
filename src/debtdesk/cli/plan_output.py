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


def verdict_text(verdict: str) -> str:
    from debtdesk.i18n.catalogue import translate

    return {
        "fits": translate("CliPlan", "the plan fits: every month asks no more than is available."),
        "short": translate("CliPlan", "NOT affordable: some months ask more than is available (see above)."),
        "no-lump-sum": translate("CliPlan", "the months fit, but the settlements need a lump sum: give "
                                 "--lump-sum-available."),
        "lump-sum-short": translate("CliPlan", "the months fit, but the lump sum does not cover the settlements."),
        "no-budget": translate("CliPlan", "no budget in this currency yet: add one (or pass --available) to check "
                               "the plan."),
    }[verdict]


def print_text(household: HouseholdPlan, data: dict, everything: bool) -> None:
    from debtdesk.i18n.catalogue import show_date, translate

    for plan in data["plans"]:
        if not everything:
            _print_schedule(plan)
    house = data["household"]
    cur = house["currency"]
    print(translate("CliPlan", "Household plan in {currency} from {date}; Not legal advice.").format(
        currency=cur, date=show_date(household.start)))
    for debt in house["debts"]:
        if everything or debt["treatment"] == "keep":
            _print_debt(debt)
    if house["available_per_month"] is not None:
        print(translate("CliPlan", "Available for debts each month: {available}; priority and kept debts take up "
                        "to {first}; left to share: {pot}.").format(
            available=_fmt(house["available_per_month"]), first=_fmt(house["provided_first"]),
            pot=_fmt(house["pot"])))
    print(translate("CliPlan", "Month by month (provided first + shared = total, short by):"))
    for run in _runs(household):
        print(f"  {run}")
    if house["lump_sum_needed"] != "0.00":
        print(translate("CliPlan", "Settlements need {needed} at once; lump sum available: {available}.").format(
            needed=_fmt(house["lump_sum_needed"]),
            available=_fmt(house["lump_sum"]) if house["lump_sum"] is not None
            else translate("CliPlan", "not given")))
    print(translate("CliPlan", "Verdict: {verdict}").format(verdict=verdict_text(house["verdict"])))


def _print_schedule(plan: dict) -> None:
    from debtdesk.i18n.catalogue import translate

    print(translate("CliPlan", "{lender} (#{id}): owed today {owed} {currency}").format(
        lender=plan["lender"], id=plan["debt_id"], owed=plan["owed_today"], currency=plan["currency"]))
    for row in plan["schedule"]:
        line = translate("CliPlan", "{date}  {payment:>12}  interest {interest:>10}  balance {balance:>12}")
        print("  " + line.format(date=row["date"], payment=row["payment"], interest=row["interest"],
                                 balance=row["balance"]))
    print("  " + translate("CliPlan", "total paid {total} (current terms {current}, saving {saving}); highest "
                           "monthly payment {highest}").format(
        total=plan["total_paid"], current=plan["current_cost"], saving=plan["saving"],
        highest=plan["highest_payment"]))
    if plan.get("monthly_share") is not None:
        print("  " + translate("CliPlan", "fair share of the money available: {share} a month").format(
            share=plan["monthly_share"]))


def _print_debt(debt: dict) -> None:
    from debtdesk.i18n.catalogue import translate

    groups = {"priority": translate("CliPlan", "priority"), "kept": translate("CliPlan", "kept"),
              "shared": translate("CliPlan", "shared"), "settled": translate("CliPlan", "settled")}
    kind = groups["priority"] if debt["priority"] else groups.get(debt["group"], debt["group"])
    words = " ".join(k if v is True else f"{k}={v}" for k, v in (debt["options"] or {}).items())
    what = (translate("CliPlan", "keep paying as contracted") if debt["treatment"] == "keep"
            else translate("CliPlan", "propose {options}").format(
                options=words or translate("CliPlan", "(as now)")))
    line = "  " + translate("CliPlan", "#{id} {lender} ({kind}): owes {balance}; {what}").format(
        id=debt["debt_id"], lender=debt["lender"], kind=kind, balance=_fmt(debt["balance"]), what=what)
    if debt["monthly_payment"] != "0.00":
        line += translate("CliPlan", "; up to {amount} a month").format(amount=_fmt(debt["monthly_payment"]))
    if debt["catch_up"] != "0.00":
        line += translate("CliPlan", "; arrears {amount} in the first month").format(amount=_fmt(debt["catch_up"]))
    if debt["settlement"] is not None:
        line += translate("CliPlan", "; settles once with {amount} on {date}").format(
            amount=_fmt(debt["settlement"]), date=debt["settle_on"])
    if debt["share"] is not None:
        line += translate("CliPlan", "; fair share {amount}").format(amount=_fmt(debt["share"]))
    if debt["fits"] is False and debt["group"] == "shared":
        line += translate("CliPlan", "; asks up to {amount} a month more than its share").format(
            amount=_fmt(debt["short_by"]))
    elif debt["fits"] is False and debt["settlement"] is not None:
        line += translate("CliPlan", "; the lump sum is {amount} short").format(amount=_fmt(debt["short_by"]))
    elif debt["fits"] is False:
        line += translate("CliPlan", "; with the other debts paid first, short in {n} month(s)").format(
            n=len(debt["short_months"]))
    print(line)


def _runs(household: HouseholdPlan) -> list[str]:
    from debtdesk.i18n.catalogue import translate

    lines = []
    for run in month_runs(household.months):
        when = _month(run.first) if run.count == 1 else translate("CliPlan", "{first} to {last} ({n} months)").format(
            first=_month(run.first), last=_month(run.last), n=run.count)
        short = translate("CliPlan", ", short by {amount}").format(amount=format_amount(run.short)) \
            if run.short > 0 else ""
        lines.append(f"{when}: {format_amount(run.provided_first)} + {format_amount(run.shared)} = "
                     f"{format_amount(run.total)}{short}")
    return lines


def _fmt(text: str | None) -> str:
    return "-" if text is None else format_amount(Decimal(text))
