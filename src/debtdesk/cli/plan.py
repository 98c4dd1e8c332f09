"""`debtdesk plan`: a proposal's exact schedule, totals and affordability."""

from __future__ import annotations

import json
import sys


def register(commands, add_as_of) -> None:
    from debtdesk.domain.proposal_options import OPTION_WORDS

    p = commands.add_parser(
        "plan", help="compute a repayment proposal for one or more debts",
        description="Build a proposal from options and print its schedule, totals, the comparison "
        "with the current terms and whether it is affordable. Options: "
        + ", ".join(OPTION_WORDS) + " (e.g. --option deferral=3 --option instalments=24 "
        "--option waive-penalties). With several --debt, the money available each month is split "
        "between them pro rata to their balances (a fair-share offer).",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file to read")
    p.add_argument("--debt", required=True, type=int, action="append", metavar="ID",
                   help="the debt's number (repeat for a fair-share offer to several lenders)")
    p.add_argument("--option", action="append", default=[], metavar="NAME[=VALUE]", help="a proposal option")
    p.add_argument("--available", metavar="AMOUNT",
                   help="money available for debts each month (default: the latest budget's disposable income)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_as_of(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.validation import parse_amount
    from debtdesk.domain.proposal import ProposalError
    from debtdesk.domain.proposal_options import WORD_OF_FIELD, parse_options
    from debtdesk.store import Store, StoreError
    from debtdesk.store.plans import build_plans

    options, errors = parse_options(args.option)
    if errors:
        raise UserError(f"--option {errors[0].field}: {errors[0].message}")
    available = None
    if args.available is not None:
        available, errors = parse_amount("available", args.available)
        if errors:
            raise UserError(f"--available: {errors[0].message}")
    try:
        with Store.open(args.db) as store:
            result = build_plans(store, args.debt, options, today(args), available)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    except ProposalError as exc:
        field = WORD_OF_FIELD.get(exc.errors[0].field, exc.errors[0].field)
        raise UserError(f"--option {field}: {exc.errors[0].message}") from None
    data = result.to_json()
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_text(data)
    return 0


def print_text(data: dict) -> None:
    for plan in data["plans"]:
        print(f"{plan['lender']} (#{plan['debt_id']}): owed today {plan['owed_today']} {plan['currency']}")
        for row in plan["schedule"]:
            print(f"  {row['date']}  {row['payment']:>12}  interest {row['interest']:>10}  balance {row['balance']:>12}")
        print(f"  total paid {plan['total_paid']} (current terms {plan['current_cost']}, "
              f"saving {plan['saving']}); highest monthly payment {plan['highest_payment']}")
        if plan.get("monthly_share") is not None:
            print(f"  fair share of the money available: {plan['monthly_share']} a month")
    afford = data["affordability"]
    if afford["available_per_month"] is None:
        print("No budget yet: add one to check affordability (or pass --available).")
    else:
        verdict = "affordable" if afford["affordable"] else "NOT affordable"
        print(f"Available for debts each month: {afford['available_per_month']}; "
              f"the plans ask at most {afford['highest_monthly_total']}: {verdict}.")
