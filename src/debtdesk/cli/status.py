"""`debtdesk status`: per debt, days past due, stage, the road ahead with its costs, and the rate check."""

from __future__ import annotations

import json
import sys


def register(commands, add_as_of) -> None:
    from debtdesk.cli import add_lang
    from debtdesk.i18n.catalogue import translate

    p = commands.add_parser(
        "status", help=translate("CliHelp", "how overdue each debt is and what happens next"),
        description=translate("CliHelp", "For each debt: days past due, stage, M-bucket, amounts, and the coming "
                              "stage transitions with their dates and the penalty interest and fees accrued by then "
                              "if nothing is paid."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    add_lang(p)
    add_as_of(p)
    p.set_defaults(handler=run)


def status_json(statuses, as_of, reference=None, has_flagged_contacts: bool = False) -> dict:
    """The JSON document of `statuses` (each a `DebtStatus`), as `run` prints it from summaries."""
    from debtdesk.domain.rate_lines import RateReference
    from debtdesk.services.status_summaries import summary_of

    reference = reference or RateReference()
    return summaries_json([summary_of(s, reference) for s in statuses], as_of, has_flagged_contacts)


def summaries_json(summaries, as_of, has_flagged_contacts: bool = False) -> dict:
    """The JSON document from each debt's summary (`services.status_summaries`), with its guidance."""
    from debtdesk.domain.guidance import NOT_LEGAL_ADVICE, guidance_for
    from debtdesk.domain.overdue import Stage, StageThresholds

    guidance: dict = {}  # per stage and thresholds: a handful of distinct values among thousands of debts

    def guidance_of(stage: str, thresholds: list[int]) -> dict:
        key = (stage, *thresholds)
        if key not in guidance:
            stage_notice, *notices = guidance_for(Stage(stage), StageThresholds(*thresholds), has_flagged_contacts)
            guidance[key] = {"title": stage_notice.english_title, "lender_typically": stage_notice.lender_typically,
                             "you_should": stage_notice.text, "notices": [n.code.value for n in notices]}
        return guidance[key]

    debts = []
    for summary in summaries:
        entry = dict(summary)
        thresholds = entry.pop("thresholds")
        check = entry.pop("rate_check")
        entry["guidance"] = guidance_of(entry["stage"], thresholds)
        entry["rate_check"] = check
        debts.append(entry)
    return {"as_of": as_of.isoformat(), "note": NOT_LEGAL_ADVICE, "debts": debts}


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.i18n.catalogue import error_text
    from debtdesk.store import Store, StoreError
    from debtdesk.services.status_summaries import status_summaries

    from debtdesk.store.contacts import ContactLog

    as_of = today(args)
    try:
        with Store.open(args.db) as store:
            flagged = ContactLog(store).flag_counts()[1] > 0  # counted in SQL, not 100,000 contacts flagged
            # Kept summaries where still valid, for the text as for JSON: no ledger replay for unchanged debts.
            summaries = status_summaries(store, as_of)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    if args.json:
        # One write: json.dump writes each token on its own (350,000 writes on a large file).
        sys.stdout.write(json.dumps(summaries_json(summaries, as_of, flagged), indent=2, ensure_ascii=False) + "\n")
        return 0
    print_summaries(summaries, as_of, flagged)
    return 0


def print_summaries(summaries, as_of, has_flagged_contacts: bool = False) -> None:
    """Each debt's figures from its summary (`services.status_summaries`), most days past due first.

    Summaries hold amounts and rates as Decimal text and dates as ISO text: read
    back, they print exactly as the statuses they were made from.
    """
    from datetime import date
    from decimal import Decimal

    from debtdesk.cli.words import line_word, word
    from debtdesk.domain.guidance import GUIDANCE, NOT_LEGAL_ADVICE, guidance_for, stage_days
    from debtdesk.domain.money import format_amount
    from debtdesk.domain.overdue import Stage, StageThresholds
    from debtdesk.domain.rate_check import Figure
    from debtdesk.domain.rate_lines import percent_text
    from debtdesk.i18n.catalogue import marked, show_date, translate

    def amount(text: str) -> str:
        return format_amount(Decimal(text))

    def day(text: str) -> str:
        return show_date(date.fromisoformat(text))

    sep = translate("Lists", ", ")
    print(translate("CliStatus", "Status as of {date}").format(date=show_date(as_of)))
    for s in sorted(summaries, key=lambda s: -s["days_past_due"]):
        stage, accrued, check = Stage(s["stage"]), s["accrued"], s["rate_check"]
        title = marked("Guidance", GUIDANCE[stage].title).format(
            days=stage_days(stage, StageThresholds(*s["thresholds"])))
        print("\n" + translate("CliStatus", "{lender} (#{id}): {days} days past due, {stage}, {bucket}").format(
            lender=s["lender"], id=s["id"], days=s["days_past_due"], stage=title, bucket=s["bucket"]))
        print("  " + translate("CliStatus", "overdue {overdue} {currency}, outstanding {outstanding}, penalties so far "
                               "{penalties} (still owed {owed})").format(
            overdue=amount(s["overdue_amount"]), currency=s["currency"], outstanding=amount(s["outstanding"]),
            penalties=amount(accrued["total"]), owed=amount(accrued["owed"])))
        for t in s["transitions"]:
            print("  " + translate("CliStatus", "{date}: enters {stage} ({days} days); penalties and fees by then "
                                   "{total} (+{extra})").format(
                date=day(t["date"]), stage=word(Stage(t["stage"])), days=t["days_past_due"],
                total=amount(t["total"]), extra=amount(t["extra_over_today"])))
        for line in check["exceeds"]:
            above = sep.join(f"{word(Figure(f))} {percent_text(Decimal(check[f]))}%" for f in line["by"])
            print("  " + translate("CliStatus", "rate check: {figures} above the {line} line of {rate}% a year "
                                   "(since {since}); courts commonly do not support interest above it, and you "
                                   "can ask the lender to recalculate").format(
                figures=above, line=line_word(line["line"]), rate=percent_text(Decimal(line["rate"])),
                since=day(line["since"])))
    worst = max(summaries, key=lambda s: (Stage(s["stage"]).severity, s["days_past_due"]), default=None)
    if worst is not None:
        thresholds = StageThresholds(*worst["thresholds"])
        for notice in guidance_for(Stage(worst["stage"]), thresholds, has_flagged_contacts)[1:]:
            title, text = marked("Guidance", notice.title), marked("Guidance", notice.text)
            print(f"\n{notice.fill(title)}\n  {notice.fill(text)}")
    print("\n" + marked("Guidance", NOT_LEGAL_ADVICE))
