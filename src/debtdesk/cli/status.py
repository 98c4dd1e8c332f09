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
    from debtdesk.store.settings import rate_reference

    as_of = today(args)
    try:
        with Store.open(args.db) as store:
            flagged = ContactLog(store).flag_counts()[1] > 0  # counted in SQL, not 100,000 contacts flagged
            if args.json:  # kept summaries where still valid: no ledger replay for unchanged debts
                summaries = status_summaries(store, as_of)
            else:
                from debtdesk.services.statuses import debt_statuses

                statuses = debt_statuses(store, as_of)
                reference = rate_reference(store)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    if args.json:
        # One write: json.dump writes each token on its own (350,000 writes on a large file).
        sys.stdout.write(json.dumps(summaries_json(summaries, as_of, flagged), indent=2, ensure_ascii=False) + "\n")
        return 0
    print_text(statuses, as_of, reference, flagged)
    return 0


def print_text(statuses, as_of, reference=None, has_flagged_contacts: bool = False) -> None:
    from debtdesk.cli.words import line_word, word
    from debtdesk.domain.guidance import GUIDANCE, NOT_LEGAL_ADVICE, guidance_for, stage_days
    from debtdesk.domain.money import format_amount
    from debtdesk.domain.rate_check import Figure, rate_check
    from debtdesk.domain.rate_lines import RateReference, percent_text
    from debtdesk.i18n.catalogue import marked, show_date, translate

    reference = reference or RateReference()
    sep = translate("Lists", ", ")
    print(translate("CliStatus", "Status as of {date}").format(date=show_date(as_of)))
    for s in sorted(statuses, key=lambda s: -s.state.days_past_due):
        st = s.state
        title = marked("Guidance", GUIDANCE[st.stage].title).format(days=stage_days(st.stage, s.thresholds))
        print("\n" + translate("CliStatus", "{lender} (#{id}): {days} days past due, {stage}, {bucket}").format(
            lender=s.debt.lender.name, id=s.debt.id, days=st.days_past_due, stage=title, bucket=st.bucket))
        print("  " + translate("CliStatus", "overdue {overdue} {currency}, outstanding {outstanding}, penalties so far "
                               "{penalties} (still owed {owed})").format(
            overdue=format_amount(st.overdue_amount), currency=s.debt.currency,
            outstanding=format_amount(st.outstanding), penalties=format_amount(s.accrued.total),
            owed=format_amount(s.accrued.owed)))
        for t in s.transitions:
            print("  " + translate("CliStatus", "{date}: enters {stage} ({days} days); penalties and fees by then "
                                   "{total} (+{extra})").format(
                date=show_date(t.on), stage=word(t.stage), days=t.days_past_due,
                total=format_amount(t.cost.total), extra=format_amount(t.extra_cost)))
        check = rate_check(s.debt, reference, s.schedule)
        figures = {Figure.APR: check.apr, Figure.CONTRACT: check.contract_rate, Figure.PENALTY: check.penalty_rate}
        for line in check.exceeds:
            above = sep.join(f"{word(f)} {percent_text(figures[f])}%" for f in line.above)
            print("  " + translate("CliStatus", "rate check: {figures} above the {line} line of {rate}% a year "
                                   "(since {since}); courts commonly do not support interest above it, and you "
                                   "can ask the lender to recalculate").format(
                figures=above, line=line_word(line.code), rate=percent_text(line.rate),
                since=show_date(line.line.since)))
    worst = max(statuses, key=lambda s: (s.state.stage.severity, s.state.days_past_due), default=None)
    if worst is not None:
        for notice in guidance_for(worst.state.stage, worst.thresholds, has_flagged_contacts)[1:]:
            title, text = marked("Guidance", notice.title), marked("Guidance", notice.text)
            print(f"\n{notice.fill(title)}\n  {notice.fill(text)}")
    print("\n" + marked("Guidance", NOT_LEGAL_ADVICE))
