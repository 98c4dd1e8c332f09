"""`debtdesk schedule`: print a repayment schedule, as a table or JSON."""

from __future__ import annotations

import json
import sys

from debtdesk.domain.debt import RepaymentMethod
from debtdesk.i18n.catalogue import error_text, translate

OPTION_OF_FIELD = {
    "principal": "--principal",
    "rate": "--annual-rate",
    "term_months": "--months",
    "start_date": "--start",
    "due_day": "--due-day",
    "method": "--method",
}


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "schedule", help=translate("CliHelp", "print a repayment schedule"),
        description=translate("CliHelp", "Print the month-by-month schedule of a loan: payment, principal, interest "
                              "and remaining balance, rounded to the cent; the last payment absorbs the rounding "
                              "remainder."),
    )
    p.add_argument("--principal", required=True,
                   help=translate("CliHelp", "amount borrowed, e.g. 1000000, 20000.50 or ¥20,000.50 ('.' is the "
                                  "decimal point)"))
    p.add_argument(
        "--annual-rate", required=True, metavar="R",
        help=translate("CliHelp", "annual rate in percent, as in the app's form: 4.9 and 4.9%% both mean 4.9%%, and "
                       "0.5 means 0.5%% (earlier versions read a bare value below 1 as a fraction)"),
    )
    p.add_argument("--months", required=True, help=translate("CliHelp", "term in months"))
    p.add_argument("--method", required=True, choices=[m.value for m in RepaymentMethod],
                   help=translate("CliHelp", "repayment method"))
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=translate("CliHelp", "loan start date"))
    p.add_argument("--due-day", default="",
                   help=translate("CliHelp", "day of month payments fall due (default: the start day)"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    p.set_defaults(handler=run)


def fraction_note(text: str) -> str | None:
    """A note for scripts written when '0.049' meant 4.9%: it now means 0.049% (see --help)."""
    from debtdesk.domain.numbers import NumberError, parse_number

    try:
        value = parse_number(text, percent=True)
    except NumberError:
        return None
    if 0 < value < 1 and "%" not in text:
        meant = format((value * 100).normalize(), "f")
        return translate("CliSchedule", "note: --annual-rate {text} is read as {value}% a year (rates are "
                         "percentages; for {meant}% write {meant})").format(text=text.strip(), value=value, meant=meant)
    return None


def run(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.domain.schedule import schedule_for
    from debtdesk.domain.validation import parse_debt

    raw = {
        "lender": "-",
        "principal": args.principal,
        "rate": args.annual_rate,
        "rate_basis": "annual",
        "term_months": args.months,
        "method": args.method,
        "start_date": args.start,
        "due_day": args.due_day,
    }
    debt, errors = parse_debt(raw)
    if errors:
        first = errors[0]
        raise UserError(translate("CliSchedule", "{option}: {problem}").format(
            option=OPTION_OF_FIELD.get(first.field, first.field), problem=error_text(first)))
    note = fraction_note(args.annual_rate)
    if note:
        print(note, file=sys.stderr)
    schedule = schedule_for(debt)
    if args.json:
        json.dump(schedule_json(schedule), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(schedule)
    return 0


def schedule_json(schedule) -> dict:
    return {
        "payments": [
            {
                "date": inst.due_date.isoformat(),
                "payment": str(inst.payment),
                "principal": str(inst.principal),
                "interest": str(inst.interest),
                "balance": str(inst.balance),
            }
            for inst in schedule
        ],
        "total_payment": str(schedule.total_payment),
        "total_principal": str(schedule.total_principal),
        "total_interest": str(schedule.total_interest),
    }


def print_table(schedule) -> None:
    from debtdesk.cli.words import display_width, pad
    from debtdesk.domain.money import format_amount

    header = "  ".join([pad("#", 4, True), pad(translate("CliSchedule", "date"), 10),
                        pad(translate("CliSchedule", "payment"), 14, True),
                        pad(translate("CliSchedule", "principal"), 14, True),
                        pad(translate("CliSchedule", "interest"), 12, True),
                        pad(translate("CliSchedule", "balance"), 16, True)])
    print(header)
    print("-" * display_width(header))
    for inst in schedule:
        print(
            f"{inst.number:>4}  {inst.due_date.isoformat():<10}  {format_amount(inst.payment):>14}  "
            f"{format_amount(inst.principal):>14}  {format_amount(inst.interest):>12}  "
            f"{format_amount(inst.balance):>16}"
        )
    print("-" * display_width(header))
    print(translate("CliSchedule", "total paid {total}, of which interest {interest}").format(
        total=format_amount(schedule.total_payment), interest=format_amount(schedule.total_interest)))
