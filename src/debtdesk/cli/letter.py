"""`debtdesk letter`: export a negotiation (or complaint) letter as PDF, headless.

Before writing, the letter is checked as the app's preview checks it: text
in the other Chinese script is reported on stderr (and converted with
--convert-script), and characters the letter's font cannot print refuse
the export with one sentence naming the field and the characters.
"""

from __future__ import annotations

import sys
from pathlib import Path

from debtdesk.domain.money import format_amount
from debtdesk.i18n.catalogue import error_text, translate


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "letter", help=translate("CliHelp", "export a negotiation or complaint letter as PDF"),
        description=translate("CliHelp", "Write the letter for one debt from the file's data: the proposal built "
                              "from --option words (as for `plan`), the latest budget, the evidence marked obtained "
                              "or sent. Your name and address come from the file (set them in the app) unless given "
                              "here. Every export is recorded in the file's letters history with its checksum."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--debt", required=True, type=int, metavar="ID", help=translate("CliHelp", "the debt's number"))
    p.add_argument("--lang", required=True, choices=["zh-Hans", "zh-Hant", "en"],
                   help=translate("CliHelp", "the letter's language"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("CliHelp", "where to write the PDF"))
    p.add_argument("--kind", choices=["negotiation", "complaint"], default="negotiation")
    p.add_argument("--option", action="append", default=[], metavar="NAME[=VALUE]",
                   help=translate("CliHelp", "a proposal option (negotiation letters), as for `plan`; settlement=P "
                                  "is a percentage, 60 or 60%%"))
    p.add_argument("--to-regulator", action="store_true",
                   help=translate("CliHelp", "address a complaint to the regulator"))
    p.add_argument("--page-size", choices=["A4", "letter"], default="A4")
    p.add_argument("--appendix", action="store_true",
                   help=translate("CliHelp", "append the income and expenditure statement with a budget chart"))
    p.add_argument("--situation", default="", help=translate("CliHelp", "your situation, in the letter's language"))
    p.add_argument("--cause", default="",
                   help=translate("CliHelp", "the cause, completing 'Because of …' (default: the hardship reasons "
                                  "saved in the file)"))
    p.add_argument("--convert-script", action="store_true",
                   help=translate("CliHelp", "convert Simplified Chinese in a zh-Hant letter to Traditional (and the "
                                  "reverse)"))
    yours = {"name": translate("CliHelp", "your name (default: as saved in the file)"),
             "address": translate("CliHelp", "your address (default: as saved in the file)"),
             "phone": translate("CliHelp", "your phone (default: as saved in the file)"),
             "email": translate("CliHelp", "your email (default: as saved in the file)")}
    for name, help_text in yours.items():
        p.add_argument(f"--{name}", default=None, help=help_text)
    add_as_of(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.proposal import ProposalError
    from debtdesk.domain.proposal_options import parse_options
    from debtdesk.letters import LetterWriteError
    from debtdesk.store import Store, StoreError

    options, errors = parse_options(args.option)
    if errors:
        raise UserError(translate("CliLetter", "--option {field}: {problem}").format(field=errors[0].field,
                                                                                   problem=error_text(errors[0])))
    try:
        with Store.open(args.db, owner="debtdesk letter") as store:
            if store.read_only:  # refused before anything is written: a letter must be recorded
                raise UserError(translate("CliLetter", "{name} cannot be written, so the letter could not be "
                                          "recorded in its history; nothing was written.").format(
                    name=Path(args.db).name))
            _daily_backup(store)
            path = write_letter(store, args, options, today(args))
    except (StoreError, LetterWriteError) as exc:
        raise UserError(error_text(exc)) from None
    except ProposalError as exc:
        raise UserError(translate("CliLetter", "--option {field}: {problem}").format(
            field=exc.errors[0].field, problem=error_text(exc.errors[0]))) from None
    except ValueError as exc:
        raise UserError(error_text(exc)) from None
    print(translate("CliLetter", "Wrote {file}").format(file=path))
    return 0


def write_letter(store, args, options, as_of) -> Path:
    from debtdesk.letters import Party, complaint_letter, negotiation_letter, regulator_parties, render_pdf
    from debtdesk.store.evidence import EvidenceBook
    from debtdesk.services.letter_inputs import appendix_chart, letter_inputs
    from debtdesk.services.letter_log import record_letter

    inputs = letter_inputs(store, args.debt, options, as_of)
    details = {k: getattr(args, k) if getattr(args, k) is not None else v for k, v in inputs.borrower.items()}
    if not details["name"].strip():
        raise ValueError("--name: the letter needs your name (give --name, or save it in the app).")
    borrower = Party(details["name"], details["address"], details["phone"], details["email"])
    debt = inputs.status.debt
    if args.kind == "complaint":
        if not inputs.flagged:
            raise ValueError(f"--kind: no flagged collector contact is logged for debt {debt.id}.")
        recipient = regulator_parties(args.lang)[0] if args.to_regulator else Party(debt.lender.name)
        letter = complaint_letter(borrower, inputs.flagged, recipient, args.lang, as_of, debt,
                                  to_regulator=args.to_regulator, enclosures=inputs.complaint_enclosures)
    else:
        letter = negotiation_letter(borrower, inputs.status, inputs.plan, inputs.budget, inputs.evidence,
                                    args.lang, as_of, situation=args.situation, cause=args.cause,
                                    budget_appendix=args.appendix and inputs.budget is not None,
                                    reasons=EvidenceBook(store).reasons(), offer=inputs.offer)
    letter = checked_letter(letter, args.convert_script)
    out = Path(args.out)
    appendix = args.appendix and args.kind == "negotiation"
    render_pdf(letter, out, args.page_size, appendix_budget=inputs.budget if appendix else None,
               appendix_chart_png=appendix_chart(inputs, args.lang) if appendix else None)
    try:
        record_letter(store, out, letter.kind, letter.language, letter.recipient.name, as_of, debt.id,
                      proposal=inputs.plan.options if args.kind == "negotiation" else None)
    except BaseException:
        out.unlink(missing_ok=True)  # a letter that is not in the history is not left lying about
        raise
    offer = inputs.offer if args.kind == "negotiation" else None
    if offer is not None and offer.fits is False:
        print(translate("CliLetter", "Note: the household plan shows {lender} cannot be paid this every month "
                        "(short by {amount} at most), so the letter asks rather than promises.").format(
            lender=offer.lender, amount=format_amount(offer.short_by)), file=sys.stderr)
    return out


def checked_letter(letter, convert: bool):
    """The letter after the pre-export checks: converted when asked, else a warning for the other script.

    Raises ValueError (one sentence) when some characters cannot be printed.
    """
    from debtdesk.cli.letter_checks import script_warning, unprintable_sentence
    from debtdesk.letters.glyphs import unprintable
    from debtdesk.letters.script_check import convert_letter, script_findings

    findings = script_findings(letter)
    if findings and convert:
        letter = convert_letter(letter)
    elif findings:
        print(script_warning(findings, letter.language), file=sys.stderr)
    problems = unprintable(letter)
    if problems:
        raise ValueError(unprintable_sentence(problems))
    return letter


def _daily_backup(store) -> None:
    """Writing commands keep today's backup too (see store.backups); a failure is only a note."""
    import sys

    from debtdesk.store.backups import ensure_daily

    try:
        ensure_daily(store)
    except Exception as exc:  # noqa: BLE001 - a backup that fails must not stop the letter
        print(translate("CliLetter", "debtdesk letter: note: today's backup could not be made ({problem}).").format(
            problem=error_text(exc)), file=sys.stderr)
