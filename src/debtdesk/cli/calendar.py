"""`debtdesk calendar`: every coming payment and court deadline as an .ics file for a calendar program."""

from __future__ import annotations

from debtdesk.i18n.catalogue import error_text, translate


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "calendar", help=translate("CliHelp", "export coming payments and court deadlines to an iCalendar (.ics) "
                                   "file"),
        description=translate("CliHelp", "Writes one all-day event per coming payment (the agreed instalments once "
                              "an agreement is in force, the contract's due dates otherwise) and per court deadline, "
                              "each with an alarm the day before. Exporting again updates the same events in a "
                              "calendar program (stable UIDs), and the same data on the same --as-of date gives the "
                              "same bytes."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--out", required=True, metavar="FILE.ics", help=translate("CliHelp", "where to write the "
                                                                                         "calendar"))
    p.add_argument("--debt", type=int, metavar="ID", help=translate("CliHelp", "only this debt's payments and "
                                                                              "deadlines"))
    p.add_argument("--months", type=int, default=24, metavar="N",
                   help=translate("CliHelp", "payments due within this many months (default 24)"))
    add_as_of(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from pathlib import Path

    from debtdesk.cli import UserError, today
    from debtdesk.domain.dates import nth_due_date
    from debtdesk.notices.calendar_file import calendar_bytes, deadline_entries, payment_entries, write_calendar
    from debtdesk.store import Store, StoreError
    from debtdesk.store.agreements import calendar_id
    from debtdesk.services.follow_up import follow_up

    as_of = today(args)
    if not 1 <= args.months <= 600:
        raise UserError(translate("CliCalendar", "--months: must be between 1 and 600."))
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(translate("CliCalendar", "--out: the folder {folder} does not exist.").format(folder=out.parent))
    try:
        with Store.open(args.db) as store:
            if args.debt is not None:
                store.debt(args.debt)  # an unknown debt is refused with a sentence
            data = follow_up(store, as_of)
            file_id = calendar_id(store)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    statuses = [s for s in data.statuses if args.debt is None or s.debt.id == args.debt]
    deadlines = [d for d in data.deadlines if args.debt is None or d.event.debt_id == args.debt]
    until = nth_due_date(as_of, args.months, as_of.day)
    entries = payment_entries(statuses, as_of, file_id, until=until) + deadline_entries(deadlines, as_of, file_id)
    try:
        write_calendar(out, calendar_bytes(entries, as_of))
    except OSError as exc:
        raise UserError(translate("CliCalendar", "Could not write {file}: {problem}.").format(
            file=out, problem=exc.strerror or exc)) from None
    print(translate("CliCalendar", "Wrote {count} events to {file}").format(count=len(entries), file=out))
    return 0
