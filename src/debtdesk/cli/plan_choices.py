"""Reading `debtdesk plan`'s arguments into a household plan (the choices, not the rules).

Options belong to the run of --debt just before them; options given before
any --debt apply to every --debt.  So `--debt 4 --debt 2 --option
instalments=24` asks both for 24 instalments, as it always did, and `--debt
4 --option pause=3 --debt 2 --option instalments=24` asks each for its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date


def debt_words(order: list[tuple[str, object]] | None) -> dict[int, list[str]]:
    """{debt id: its option words}, in the order the debts were named."""
    leading: list[str] = []
    runs: list[tuple[list[int], list[str]]] = []
    for kind, value in order or []:
        if kind == "debt":
            if runs and not runs[-1][1]:
                runs[-1][0].append(value)
            else:
                runs.append(([value], []))
        elif runs:
            runs[-1][1].append(value)
        else:
            leading.append(value)
    return {debt_id: leading + words for ids, words in runs for debt_id in ids}


def household_from_args(store, args, as_of: date):
    """(the household plan, the ids of the debts named with --debt)."""
    from debtdesk.cli import UserError
    from debtdesk.i18n.catalogue import error_text, translate
    from debtdesk.domain.household import household_plan
    from debtdesk.domain.household_shares import suggest_fair_shares
    from debtdesk.domain.proposal_options import parse_options
    from debtdesk.domain.validation import parse_amount
    from debtdesk.services.plans import available_per_month, default_currency, saved_spec
    from debtdesk.services.statuses import debt_statuses

    if args.currency is not None and not (len(args.currency) == 3 and args.currency.isascii()
                                          and args.currency.isalpha()):
        raise UserError(translate("Cli", "--currency: use a three-letter currency code such as CNY, HKD or USD."))
    words = debt_words(args.order)
    if not words and not args.household:
        raise UserError(translate("CliPlan", "--debt: name at least one debt (--debt ID), or give --household."))
    chosen = {}
    for debt_id, debt_words_ in words.items():
        options, errors = parse_options(debt_words_)
        if errors:
            raise UserError(f"--option {errors[0].field}: {error_text(errors[0])}")
        chosen[debt_id] = options
    for debt_id in args.keep:
        if debt_id in chosen:
            raise UserError(translate("CliPlan", "--keep {id}: this debt is also given with --debt; choose one "
                                      "treatment.").format(id=debt_id))
    named = {debt_id: store.debt(debt_id) for debt_id in [*chosen, *args.keep]}
    found = sorted({debt.currency for debt in named.values()} | ({args.currency.upper()} if args.currency else set()))
    if len(found) > 1:
        raise UserError(translate("CliPlan", "These debts are in different currencies ({currencies}); one offer "
                                  "cannot share money between them. Make one proposal per currency.").format(
            currencies=", ".join(found)))
    statuses = debt_statuses(store, as_of)
    currency = found[0] if found else default_currency(store, statuses)
    available = _amount(args.available, "--available", parse_amount)
    if available is None:
        available = available_per_month(store, currency)

    spec = saved_spec(store, currency, as_of)
    if args.start is not None:
        spec = replace(spec, start=args.start)
    lump_sum = _amount(args.lump_sum_available, "--lump-sum-available", parse_amount)
    if lump_sum is not None:
        spec = replace(spec, lump_sum=lump_sum)
    for debt_id in args.keep:
        spec = spec.with_kept(debt_id)
    for debt_id, options in chosen.items():
        spec = spec.with_proposal(debt_id, options)
    if args.settle_on is not None:
        settling = [(d, o) for d, o in spec.proposals if o.is_settlement]
        if not settling:
            raise UserError(translate("CliPlan", "--settle-on: no debt is offered a one-off settlement (--option "
                                      "settlement=PERCENT)."))
        for debt_id, options in settling:
            spec = spec.with_proposal(debt_id, replace(options, settle_on=args.settle_on))
    if args.fair_share:
        others = [s.debt.id for s in statuses if s.debt.currency == currency and s.debt.id not in named]
        spec = suggest_fair_shares(statuses, spec, available, as_of, others)
    elif len(chosen) > 1:
        plain = [debt_id for debt_id, options in chosen.items() if not options.shapes_payments]
        if plain:
            spec = suggest_fair_shares(statuses, spec, available, as_of, plain)
    plan = household_plan(statuses, spec, available, as_of)
    in_plan = {line.debt.id for line in plan.lines}
    for debt_id in chosen:
        if debt_id not in in_plan:
            raise UserError(translate("CliPlan", "--debt {id}: nothing is owed on this debt any more.").format(
                id=debt_id))
    return plan, list(chosen)


def _amount(text, flag, parse_amount):
    from debtdesk.cli import UserError
    from debtdesk.i18n.catalogue import error_text

    if text is None:
        return None
    value, errors = parse_amount(flag.lstrip("-"), text)
    if errors:
        raise UserError(f"{flag}: {error_text(errors[0])}")
    return value
