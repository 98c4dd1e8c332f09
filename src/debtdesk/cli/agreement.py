"""`debtdesk agreement`: what came of a letter, agreements recorded and checked against payments.

    agreement reply --letter ID --outcome accepted|counter-offer|refused|no-answer|waiting ...
    agreement add   --debt ID (--proposal ID | --term balance=... --term instalments=...) ...
    agreement list  [--debt ID] [--json]
    agreement show  --id ID [--json]
    agreement end   --id ID [--on DATE] [--reason TEXT]
"""

from __future__ import annotations

import json
import sys

from debtdesk.domain.money import format_amount
from debtdesk.i18n.catalogue import error_text, show_date, translate

OUTCOMES = {"waiting": "waiting", "accepted": "accepted", "counter-offer": "counter_offer", "refused": "refused",
            "no-answer": "no_answer"}


def register(commands, add_as_of) -> None:
    from debtdesk.cli import iso_date

    p = commands.add_parser("agreement", help=translate("CliHelp", "record a lender's reply and agreements; check "
                                                        "payments against them"),
                            description=translate("CliHelp", "`debtdesk agreement`: what came of a letter, "
                                                  "agreements recorded and checked against payments."))
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def common(q, needs_db=True):
        q.add_argument("--db", required=needs_db, metavar="PATH", help=translate("CliHelp", "the .debtdesk file"))
        add_as_of(q)

    q = sub.add_parser("reply", help=translate("CliHelp", "record what came of a letter (with the reply attached)"))
    common(q)
    q.add_argument("--letter", required=True, type=int, metavar="ID",
                   help=translate("CliHelp", "the letter's number (agreement list shows letters without an outcome)"))
    q.add_argument("--outcome", required=True, choices=tuple(OUTCOMES))
    q.add_argument("--received", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "when the reply came (default: --as-of)"))
    q.add_argument("--answer-by", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "wait for an answer until this date"))
    q.add_argument("--term", action="append", default=[], metavar="NAME=VALUE",
                   help=translate("CliHelp", "a counter-offer's agreed terms as NAME=VALUE: balance, instalments, "
                                  "down-payment, deferral, lower-payment, lower-months, settlement, rate (percent a "
                                  "year), grace (days), due-day, waived"))
    q.add_argument("--first-due", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "a counter-offer's first payment date"))
    q.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help=translate("CliHelp", "the reply (letter, screenshot)"))
    q.add_argument("--note", default="", help=translate("CliHelp", "what was said"))
    q.set_defaults(handler=run_reply)

    q = sub.add_parser("add", help=translate("CliHelp", "record an agreement from a saved proposal or from the "
                                             "terms agreed"))
    common(q)
    q.add_argument("--debt", required=True, type=int, metavar="ID")
    q.add_argument("--proposal", type=int, metavar="ID",
                   help=translate("CliHelp", "the accepted proposal (its plan becomes the terms)"))
    q.add_argument("--term", action="append", default=[], metavar="NAME=VALUE",
                   help=translate("CliHelp", "agreed terms as NAME=VALUE: balance, instalments, down-payment, "
                                  "deferral, lower-payment, lower-months, settlement, rate (percent a year), grace "
                                  "(days), due-day, waived"))
    q.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "from this day the agreed schedule replaces the contract's (default: "
                                  "--as-of)"))
    q.add_argument("--first-due", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "the first agreed payment (typed terms; default: a month after the "
                                  "start)"))
    q.add_argument("--signed-on", type=iso_date, metavar="YYYY-MM-DD",
                   help=translate("CliHelp", "default: the start date"))
    q.add_argument("--grace", type=int, metavar="DAYS",
                   help=translate("CliHelp", "days a payment may be late before the agreement breaks"))
    q.add_argument("--on-breach", choices=("revives", "accelerates", "other"), default="revives",
                   help=translate("CliHelp", "what the agreement says a missed payment does (default: revives the "
                                  "original debt)"))
    q.add_argument("--clause", default="", help=translate("CliHelp", "the agreement's own words about a missed "
                                                                     "payment"))
    q.add_argument("--letter", type=int, metavar="ID", help=translate("CliHelp", "the letter it answers"))
    q.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help=translate("CliHelp", "the signed agreement"))
    q.set_defaults(handler=run_add)

    q = sub.add_parser("list", help=translate("CliHelp", "agreements and how they stand; letters and their "
                                              "outcomes"))
    common(q)
    q.add_argument("--debt", type=int, metavar="ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=run_list)

    q = sub.add_parser("show", help=translate("CliHelp", "one agreement's schedule, the payments meeting it, and "
                                              "any breach"))
    common(q)
    q.add_argument("--id", required=True, type=int, metavar="ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=run_show)

    q = sub.add_parser("end", help=translate("CliHelp", "end an agreement (the contract applies again from that "
                                             "day)"))
    common(q)
    q.add_argument("--id", required=True, type=int, metavar="ID")
    q.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help=translate("CliHelp", "default: --as-of"))
    q.add_argument("--reason", default="", help=translate("CliHelp", "e.g. the lender revived the debt"))
    q.set_defaults(handler=run_end)


def _store(path):
    from debtdesk.cli import UserError
    from debtdesk.store import Store, StoreError

    try:
        return Store.open(path)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None


def _terms(words, first_due):
    from debtdesk.cli import UserError
    from debtdesk.domain.agreement_offer import parse_terms

    terms, errors = parse_terms(words, first_due)
    if errors:
        raise UserError(translate("CliAgreement", "--term {field}: {problem}").format(field=errors[0].field,
                                                                                   problem=error_text(errors[0])))
    return terms


def run_reply(args) -> int:
    from dataclasses import replace

    from debtdesk.cli import UserError, today
    from debtdesk.domain.agreement import Outcome
    from debtdesk.domain.dates import nth_due_date
    from debtdesk.store import StoreError
    from debtdesk.services import agreements as use_cases
    from debtdesk.store.agreements import LetterOutcome

    as_of = today(args)
    outcome = Outcome(OUTCOMES[args.outcome])
    terms = None
    if args.term:
        if outcome is not Outcome.COUNTER_OFFER:
            raise UserError(translate("CliAgreement", "--term: terms go with --outcome counter-offer."))
        terms = _terms(args.term, args.first_due or nth_due_date(as_of, 1, as_of.day))
    elif outcome is Outcome.COUNTER_OFFER:
        raise UserError(translate("CliAgreement", "--term: give the counter-offer's terms (at least --term "
                                  "balance=AMOUNT)."))
    received = None if outcome is Outcome.WAITING else (args.received or as_of)
    with _store(args.db) as store:
        try:
            _, saved = use_cases.set_outcome(
                store, LetterOutcome(args.letter, outcome, received, args.answer_by, terms, args.note), args.attach).value
        except StoreError as exc:
            raise UserError(error_text(exc)) from None
    from debtdesk.cli.words import word

    if args.answer_by:
        print(translate("CliAgreement", "Letter {id}: {outcome}, answer awaited by {date}").format(
            id=saved.letter_id, outcome=word(outcome), date=show_date(args.answer_by)))
    else:
        print(translate("CliAgreement", "Letter {id}: {outcome}").format(id=saved.letter_id, outcome=word(outcome)))
    return 0


def run_add(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.agreement import Agreement, OnBreach, Source
    from debtdesk.domain.agreement_offer import terms_from_plan
    from debtdesk.domain.dates import nth_due_date
    from debtdesk.domain.proposal import ProposalError, build_plan
    from debtdesk.store import StoreError
    from debtdesk.services import agreements as use_cases
    from debtdesk.store.proposals import ProposalBook
    from debtdesk.services.statuses import one_status
    from dataclasses import replace

    as_of = today(args)
    start = args.start or as_of
    if args.grace is not None and not 0 <= args.grace <= 365:
        raise UserError(translate("CliAgreement", "--grace: must be between 0 and 365 days."))
    if bool(args.proposal) == bool(args.term):
        raise UserError(translate("CliAgreement", "give either --proposal ID or the terms with --term (not both)."))
    with _store(args.db) as store:
        try:
            if args.proposal is not None:
                saved = next((p for p in ProposalBook(store).list(args.debt) if p.id == args.proposal), None)
                if saved is None:
                    raise UserError(translate("CliAgreement", "--proposal: debt {debt} has no saved proposal number "
                                              "{proposal}.").format(debt=args.debt, proposal=args.proposal))
                # The plan as the letter showed it: the debt as it stood the day the proposal was made.
                plan = build_plan(one_status(store, args.debt, saved.created_on), saved.options)
                terms = terms_from_plan(plan, args.grace or 0)
                source = Source.PROPOSAL
            else:
                terms = _terms(args.term, args.first_due or nth_due_date(start, 1, start.day))
                if args.grace is not None:
                    terms = replace(terms, grace_days=args.grace)
                source = Source.COUNTER_OFFER
            agreement = Agreement(args.debt, terms, start, args.signed_on or start, source, OnBreach(args.on_breach),
                                  args.clause, letter_id=args.letter, proposal_id=args.proposal)
            errors = agreement.errors()
            if errors:
                raise UserError(translate("CliAgreement", "--{option}: {problem}").format(
                    option=errors[0].field.replace("_", "-"), problem=error_text(errors[0])))
            agreement = use_cases.add_agreement(store, agreement, args.attach).value
        except StoreError as exc:
            raise UserError(error_text(exc)) from None
        except ProposalError as exc:
            raise UserError(translate("CliAgreement", "--proposal: {problem}").format(problem=error_text(exc.errors[0]))) from None
    rows = [r for r in agreement.rows if r.payment > 0]
    print(translate("CliAgreement", "Agreement {id} on debt {debt}: {count} payments from {first}, {total} in all; "
                    "in force from {start}.").format(
        id=agreement.id, debt=args.debt, count=len(rows), first=show_date(rows[0].due_date),
        total=format_amount(agreement.total), start=show_date(start)))
    return 0


def check_json(check) -> dict:
    a = check.agreement
    breach = check.breach
    return {
        "id": a.id, "debt_id": a.debt_id, "source": a.source.value, "signed_on": a.signed_on.isoformat(),
        "start": a.start.isoformat(), "ended_on": a.ended_on.isoformat() if a.ended_on else None,
        "standing": check.standing.value, "total": str(a.total), "paid": str(check.paid),
        "remaining": str(check.remaining), "grace_days": a.terms.grace_days,
        "next_due": ({"date": check.next_row.instalment.due_date.isoformat(), "amount": str(check.next_row.unpaid)}
                     if check.next_row else None),
        "pay_by": check.pay_by.isoformat() if check.pay_by else None,
        "breach": ({"on": breach.on.isoformat(), "instalment": breach.instalment.number,
                    "due_date": breach.instalment.due_date.isoformat(), "shortfall": str(breach.shortfall),
                    "part_paid": breach.part_paid} if breach else None),
        "on_breach": a.on_breach.value, "clause": a.clause,
        "due_on_breach": str(check.due_on_breach) if check.due_on_breach is not None else None,
        "rows": [{"number": r.instalment.number, "date": r.instalment.due_date.isoformat(),
                  "payment": str(r.instalment.payment), "covered": str(r.covered), "state": r.state.value}
                 for r in check.rows],
    }


def run_list(args) -> int:
    from debtdesk.cli import today
    from debtdesk.services.follow_up import follow_up

    with _store(args.db) as store:
        data = follow_up(store, today(args))
    checks = [c for c in data.checks if args.debt is None or c.agreement.debt_id == args.debt]
    letters = [r for r in data.letters if args.debt is None or r.debt_id == args.debt]
    if args.json:
        json.dump({"as_of": data.as_of.isoformat(),
                   "agreements": [check_json(c) for c in checks],
                   "letters": [{"id": r.id, "debt_id": r.debt_id, "recipient": r.recipient,
                                "sent": r.created_on.isoformat(),
                                "outcome": data.outcomes[r.id].shown_outcome(data.as_of).value
                                if r.id in data.outcomes else None} for r in letters]},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from debtdesk.cli.words import word

    print(translate("CliAgreement", "As of {date}").format(date=show_date(data.as_of)))
    for check in checks:
        a = check.agreement
        status = data.status(a.debt_id)
        lender = status.debt.lender.name if status else translate("CliAgreement", "debt {id}").format(id=a.debt_id)
        print(translate("CliAgreement", "#{id} {lender}: {standing}; paid {paid} of {total}, from {start}").format(
            id=a.id, lender=lender, standing=word(check.standing), paid=format_amount(check.paid),
            total=format_amount(a.total), start=show_date(a.start)))
        if check.breach:
            print("   " + translate("CliAgreement", "broken on {date} (instalment {number}, {shortfall} "
                                    "missing)").format(date=show_date(check.breach.on),
                                                       number=check.breach.instalment.number,
                                                       shortfall=format_amount(check.breach.shortfall)))
    for record in letters:
        outcome = data.outcomes.get(record.id)
        shown = word(outcome.shown_outcome(data.as_of)) if outcome else translate("CliAgreement", "not recorded")
        print(translate("CliAgreement", "letter {id} to {recipient} ({date}): {outcome}").format(
            id=record.id, recipient=record.recipient, date=show_date(record.created_on), outcome=shown))
    return 0


def run_show(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.agreement_check import check_agreement
    from debtdesk.domain.guidance import NOT_LEGAL_ADVICE
    from debtdesk.store import StoreError
    from debtdesk.store.agreements import AgreementBook

    as_of = today(args)
    with _store(args.db) as store:
        try:
            agreement = AgreementBook(store).agreement(args.id)
            debt = store.debt(agreement.debt_id)
            payments = store.payments(agreement.debt_id)
        except StoreError as exc:
            raise UserError(error_text(exc)) from None
    check = check_agreement(agreement, payments, as_of, debt)
    if args.json:
        json.dump(check_json(check) | {"note": NOT_LEGAL_ADVICE}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from debtdesk.cli.words import word
    from debtdesk.i18n.catalogue import marked

    print(translate("CliAgreement", "Agreement {id} with {lender}, in force from {start}: {standing}").format(
        id=agreement.id, lender=debt.lender.name, start=show_date(agreement.start), standing=word(check.standing)))
    paid_word = translate("CliAgreement", "paid")
    for row in check.rows:
        print(f"  {row.instalment.number:>3}  {show_date(row.instalment.due_date)}  "
              f"{format_amount(row.instalment.payment):>12}  {paid_word} {format_amount(row.covered):>12}  "
              f"{word(row.state)}")
    if check.pay_by:
        print(translate("CliAgreement", "An agreed payment is late: pay it by {date} to keep the agreement.").format(
            date=show_date(check.pay_by)))
    if check.breach:
        if check.breach.part_paid:
            broken = translate("CliAgreement", "Broken on {date}: instalment {number} was short by {shortfall}.")
        else:
            broken = translate("CliAgreement", "Broken on {date}: instalment {number} was missed, {shortfall}.")
        print(broken.format(date=show_date(check.breach.on), number=check.breach.instalment.number,
                            shortfall=format_amount(check.breach.shortfall)))
        if check.due_on_breach is not None:
            print(translate("CliAgreement", "What the agreement says happens next ({clause}): the lender can ask "
                            "for {amount} {currency} at once.").format(
                clause=word(agreement.on_breach), amount=format_amount(check.due_on_breach),
                currency=debt.currency))
    if agreement.clause:
        print(translate("CliAgreement", "The clause: {clause}").format(clause=agreement.clause))
    print(marked("Guidance", NOT_LEGAL_ADVICE))
    return 0


def run_end(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.store import StoreError
    from debtdesk.services import agreements as use_cases

    on = args.on or today(args)
    with _store(args.db) as store:
        try:
            use_cases.end_agreement(store, args.id, on, args.reason)
        except StoreError as exc:
            raise UserError(error_text(exc)) from None
    print(translate("CliAgreement", "Agreement {id} ends on {date}; the contract applies again from then.").format(
        id=args.id, date=show_date(on)))
    return 0
