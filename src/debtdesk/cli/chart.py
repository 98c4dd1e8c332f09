"""`debtdesk chart`: one chart as PNG, SVG or PDF, drawn headless from a file."""

from __future__ import annotations

import sys
from pathlib import Path

from debtdesk.i18n.catalogue import error_text, translate

FORMATS = (".png", ".svg", ".pdf")


def register(commands, add_as_of) -> None:
    from debtdesk.charts.kinds import KINDS, PER_DEBT
    from debtdesk.i18n.catalogue import marked

    names = translate("Lists", ", ").join(KINDS)
    kinds = translate("CliHelp", "; ").join(translate("CliHelp", "{kind}: {what}").format(
        kind=name, what=marked("CliHelp", text)) for name, text in KINDS.items())
    p = commands.add_parser(
        "chart", help=translate("CliHelp", "draw a chart ({kinds}) to a PNG, SVG or PDF file").format(kinds=names),
        description=translate("CliHelp", "Draw one chart of the file to an image. Kinds — {kinds}.").format(
            kinds=kinds),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--kind", required=True, choices=list(KINDS), metavar="KIND",
                   help=translate("CliHelp", "what to draw: {kinds}").format(kinds=names))
    p.add_argument("--out", required=True, metavar="FILE",
                   help=translate("CliHelp", "the image to write: .png, .svg or .pdf"))
    p.add_argument("--debt", type=int, metavar="ID", help=translate("CliHelp", "only this debt (for {kinds})").format(
        kinds=translate("CliChart", " and ").join(sorted(PER_DEBT))))
    p.add_argument("--lang", choices=("en", "zh-Hans", "zh-Hant"), default="en",
                   help=translate("CliHelp", "the chart's language"))
    p.add_argument("--theme", choices=("light", "dark"), default="light",
                   help=translate("CliHelp", "light or dark colours"))
    p.add_argument("--monthly", metavar="AMOUNT",
                   help=translate("CliHelp", "money for all debts each month: the strategies' amount (plans, payoff; "
                                  "default: the minimum payments together, rounded up to the hundred) or the payments "
                                  "drawn against the budget (default: what the current terms ask each month)"))
    p.add_argument("--strategy", choices=("avalanche", "snowball", "fair-share"), default="avalanche",
                   help=translate("CliHelp", "the payoff strategy drawn by --kind payoff"))
    p.add_argument("--currency", metavar="CODE",
                   help=translate("CliHelp", "the currency of plans and payoff (default: most debts')"))
    p.add_argument("--table", action="store_true",
                   help=translate("CliHelp", "also print the chart's numbers, tab-separated"))
    add_as_of(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from debtdesk.charts.kinds import PER_DEBT
    from debtdesk.cli import UserError, today
    from debtdesk.domain.validation import parse_amount
    from debtdesk.store import Store, StoreError

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise UserError(translate("CliChart", "--out: {name} is not a .png, .svg or .pdf file name.").format(name=out.name))
    if args.debt is not None and args.kind not in PER_DEBT:
        raise UserError(translate("CliChart", "--debt: the {kind} chart shows every debt together; --debt works "
                                  "with {kinds}.").format(kind=args.kind,
                                                          kinds=translate("CliChart", " and ").join(sorted(PER_DEBT))))
    monthly = None
    if args.monthly is not None:
        monthly, errors = parse_amount("monthly", args.monthly, positive=True)
        if errors:
            raise UserError(translate("CliChart", "--monthly: {problem}").format(problem=error_text(errors[0])))
    as_of = today(args)
    try:
        with Store.open(args.db) as store:
            inputs = _inputs(store, args, as_of, monthly)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None

    from debtdesk.charts.build import build_chart
    from debtdesk.charts.style import PALETTES
    from debtdesk.charts.words import chart_words

    chart = build_chart(args.kind, inputs, chart_words(args.lang), PALETTES[args.theme])
    try:
        chart.figure.savefig(out, format=out.suffix.lower()[1:], dpi=150, facecolor=chart.figure.get_facecolor())
    except OSError as exc:
        raise UserError(translate("CliChart", "--out: {file} could not be written ({problem}).").format(
            file=out, problem=exc.strerror or exc)) from None
    if args.table:
        sys.stdout.write(chart.to_tsv())
    return 0


def _inputs(store, args, as_of, monthly):
    from dataclasses import replace

    from debtdesk.charts.kinds import with_budget_payments
    from debtdesk.services.chart_inputs import chart_inputs

    inputs = chart_inputs(store, as_of, args.debt, strategy=args.strategy, currency=args.currency)
    if args.kind == "budget":
        return with_budget_payments(inputs, monthly)
    return replace(inputs, monthly=monthly)
