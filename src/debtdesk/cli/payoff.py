"""`debtdesk payoff`: a payoff strategy's month-by-month plan for every debt owing in one currency."""

from __future__ import annotations

import json
import sys


def register(commands, add_as_of) -> None:
    from debtdesk.cli import add_lang
    from debtdesk.i18n.catalogue import translate

    p = commands.add_parser(
        "payoff", help=translate("CliHelp", "plan paying every debt off with one monthly amount (avalanche, "
                                 "snowball, fair share)"),
        description=translate("CliHelp", "Each month every debt gets its minimum (its contractual instalment, the "
                              "card minimum, or the month's interest for interest-only and bullet loans); the rest "
                              "goes to the highest rate first (avalanche), the smallest balance first (snowball), or "
                              "to all pro rata to their balances (fair-share). A cleared debt's minimum rolls over. "
                              "Prints the plan, the debt-free date and the interest and penalties saved against the "
                              "current terms. Assumes the lenders accept the payments without charging more "
                              "penalties."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--strategy", required=True, choices=("avalanche", "snowball", "fair-share"))
    p.add_argument("--monthly", required=True, metavar="AMOUNT",
                   help=translate("CliHelp", "money for all debts together each month"))
    p.add_argument("--currency", metavar="CODE",
                   help=translate("CliHelp", "the debts in this currency (needed when several are mixed)"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    add_lang(p)
    add_as_of(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.payoff import PayoffError, Strategy, plan_for
    from debtdesk.domain.validation import parse_amount
    from debtdesk.i18n.catalogue import error_text, translate
    from debtdesk.store import Store, StoreError
    from debtdesk.services.statuses import debt_statuses

    monthly, errors = parse_amount("monthly", args.monthly, positive=True)
    if errors:
        raise UserError(f"--monthly: {error_text(errors[0])}")
    as_of = today(args)
    try:
        with Store.open(args.db) as store:
            statuses = debt_statuses(store, as_of)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    try:
        plan = plan_for(statuses, Strategy(args.strategy), monthly, as_of, args.currency)
    except PayoffError as exc:
        raise UserError(f"--{exc.field}: {error_text(exc)}") from None
    currency = args.currency or next((s.debt.currency for s in statuses), "")
    if not plan.debts:
        raise UserError(translate("CliPayoff", "Nothing is owed in {currency}: there is no plan to make.").format(
            currency=args.currency) if args.currency else
            translate("CliPayoff", "Nothing is owed: there is no plan to make."))
    if args.json:
        json.dump(payoff_json(plan, currency), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_text(plan, currency)
    return 0


def _day(on) -> str | None:
    return on.isoformat() if on is not None else None


def payoff_json(plan, currency: str) -> dict:
    return {
        "as_of": plan.as_of.isoformat(),
        "strategy": plan.strategy.value,
        "monthly": str(plan.monthly_amount),
        "currency": currency,
        "months": plan.months,
        "debt_free_on": _day(plan.debt_free_on),
        "clear_order": list(plan.clear_order),
        "total_paid": str(plan.total_paid),
        "interest": str(plan.interest),
        "penalties": str(plan.penalties),
        "interest_and_penalties": str(plan.interest_and_penalties),
        "saving": str(plan.saving),
        "current_terms": {"total_paid": str(plan.current.total_paid),
                          "interest_and_penalties": str(plan.current.interest_and_penalties),
                          "debt_free_on": _day(plan.current.debt_free_on)},
        "debts": [{
            "debt_id": d.debt_id, "lender": d.start.name, "balance_today": str(d.start.balance),
            "monthly_rate": str(d.start.monthly_rate.normalize()), "minimum": d.start.minimum.kind.value,
            "cleared_month": d.cleared_month, "cleared_on": _day(d.cleared_on), "total_paid": str(d.total_paid),
            "interest": str(d.interest),
            "schedule": [{"month": r.month, "date": r.due_date.isoformat(), "payment": str(r.payment),
                          "interest": str(r.interest), "balance": str(r.balance)} for r in d.rows],
        } for d in plan.debts],
        "by_month": [{"month": m, "month_of": on.strftime("%Y-%m"), "paid": str(paid), "interest": str(interest),
                      "balance": str(balance)} for m, on, paid, interest, balance in plan.month_totals()],
        "assumes": "the lenders accept these payments without charging more penalties",
    }


def print_text(plan, currency: str) -> None:
    from debtdesk.domain.money import format_amount as f
    from debtdesk.i18n.catalogue import show_date, translate

    names = {d.debt_id: d.start.name for d in plan.debts}
    strategies = {"avalanche": translate("CliPayoff", "avalanche"), "snowball": translate("CliPayoff", "snowball"),
                  "fair-share": translate("CliPayoff", "fair-share")}
    print(translate("CliPayoff", "{strategy}: {amount} {currency} a month from {date}").format(
        strategy=strategies.get(plan.strategy.value, plan.strategy.value), amount=f(plan.monthly_amount),
        currency=currency, date=show_date(plan.as_of)))
    print(translate("CliPayoff", "Debt-free on {date} (month {month}).").format(
        date=show_date(plan.debt_free_on), month=plan.months))
    print(translate("CliPayoff", "Cleared in this order:"))
    by_id = {d.debt_id: d for d in plan.debts}
    for debt_id in plan.clear_order:
        d = by_id[debt_id]
        print("  " + translate("CliPayoff", "month {month:>3}  {date}  {lender} (#{id}): paid {paid}, interest "
                               "{interest}").format(month=d.cleared_month, date=d.cleared_on.isoformat(),
                                                    lender=names[debt_id], id=debt_id, paid=f(d.total_paid),
                                                    interest=f(d.interest)))
    print("\n" + translate("CliPayoff", "month  month of   paid          interest    balance left"))
    for month, on, paid, interest, balance in plan.month_totals():
        print(f"{month:>5}  {on.strftime('%Y-%m')}  {f(paid):>12}  {f(interest):>10}  {f(balance):>14}")
    saving = plan.saving
    verdict = (translate("CliPayoff", "saves {amount}").format(amount=f(saving)) if saving >= 0
               else translate("CliPayoff", "costs {amount} more").format(amount=f(-saving)))
    print("\n" + translate("CliPayoff", "Total paid {total}; interest and penalties {interest} (current terms: "
                            "{current}, debt-free {current_date}): {verdict}.").format(
        total=f(plan.total_paid), interest=f(plan.interest_and_penalties),
        current=f(plan.current.interest_and_penalties),
        current_date=show_date(plan.current.debt_free_on) if plan.current.debt_free_on else "-", verdict=verdict))
    print(translate("CliPayoff", "Assumes the lenders accept these payments without charging more penalties."))
