"""`debtdesk plan`: proposals checked against the whole household, month by month.

Every debt of the currency is in the plan: the ones named with --debt get
the options that follow them, --keep keeps a debt as contracted, and the
others keep what the file's saved plan says (kept, if nothing was saved).
`--household` prints every debt; without it, only the named debts' plans
are printed, but they are still judged within the household.  The command
only reads the file: nothing given here is saved.
"""

from __future__ import annotations

import argparse
import json
import sys


class _InOrder(argparse.Action):
    """Records --debt and --option in the order given: options belong to the debts before them."""

    def __call__(self, parser, namespace, values, option_string=None):
        order = list(getattr(namespace, "order", None) or [])
        order.append((self.dest, values))
        namespace.order = order


def register(commands, add_as_of) -> None:
    from debtdesk.cli import add_lang

    from debtdesk.cli import iso_date
    from debtdesk.domain.proposal_options import OPTION_WORDS
    from debtdesk.i18n.catalogue import translate

    p = commands.add_parser(
        "plan", help=translate("CliHelp", "check repayment proposals against the household's budget"),
        description=translate("CliHelp", "Build proposals from options and check them, with every other debt of "
                              "the currency, against the money available each month: priority debts and debts kept "
                              "as contracted first, the rest shared pro rata to balances. Options: {options} (e.g. "
                              "--debt 4 --option pause=3 --option waive-penalties). Options belong to the --debt (or "
                              "run of --debt) just before them; options before any --debt apply to every --debt. "
                              "With several --debt and no options that set the payments, each gets its fair share "
                              "as a lower monthly payment. settlement=P is a percentage (60 or 60%); amounts use "
                              "'.' as the decimal point (1234 or 1,234.00; 1,234 is refused as unclear).").format(
            options=translate("Lists", ", ").join(OPTION_WORDS)),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--debt", type=int, action=_InOrder, metavar="ID",
                   help=translate("CliHelp", "a debt to make a proposal for"))
    p.add_argument("--option", action=_InOrder, metavar="NAME[=VALUE]", help=translate("CliHelp", "a proposal "
                                                                                                  "option"))
    p.add_argument("--keep", type=int, action="append", default=[], metavar="ID",
                   help=translate("CliHelp", "keep this debt as contracted (overrides the saved plan)"))
    p.add_argument("--household", action="store_true",
                   help=translate("CliHelp", "print every debt of the currency, with its treatment"))
    p.add_argument("--fair-share", action="store_true",
                   help=translate("CliHelp", "offer every debt that is not a priority (and not named) its fair share "
                                  "as a lower payment"))
    p.add_argument("--currency", metavar="CODE", help=translate("CliHelp", "the household's currency (default: the "
                                                                           "named debts', or the latest budget's)"))
    p.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "when the plan starts (default: today)"))
    p.add_argument("--settle-on", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "the date of every one-off settlement"))
    p.add_argument("--lump-sum-available", metavar="AMOUNT",
                   help=translate("CliHelp", "savings or help available for one-off settlements"))
    p.add_argument("--available", metavar="AMOUNT",
                   help=translate("CliHelp", "money available for debts each month (default: the latest budget's "
                                  "disposable income)"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    add_lang(p)
    add_as_of(p)
    p.set_defaults(handler=run, order=None)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.cli.plan_choices import household_from_args
    from debtdesk.cli.plan_output import plan_json, print_text
    from debtdesk.domain.household import HouseholdError
    from debtdesk.domain.proposal_options import WORD_OF_FIELD
    from debtdesk.i18n.catalogue import error_text, translate
    from debtdesk.store import Store, StoreError

    try:
        with Store.open(args.db) as store:
            plan, named = household_from_args(store, args, today(args))
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    except HouseholdError as exc:
        error = exc.errors[0]
        field = WORD_OF_FIELD.get(error.field, error.field)
        flag = {"start": "--start", "available": "--available"}.get(field)
        if field == "available" and args.available is None:  # the budget's figure: say which request needed it
            flag = "--fair-share" if args.fair_share else "--debt"
        if field == "settle-on" and args.settle_on is not None:
            flag = "--settle-on"
        about = translate("CliPlan", " (debt {id})").format(id=exc.debt_id) if exc.debt_id is not None else ""
        raise UserError(f"{flag or '--option ' + field}{about}: {error_text(error)}") from None
    data = plan_json(plan, named, args.household)
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_text(plan, data, args.household)
    return 0
