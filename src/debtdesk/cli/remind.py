"""`debtdesk remind` (or `debtdesk --remind`): what is due soon and late, as one desktop notification.

Meant for login (the autostart entry runs it): prints the reminders, shows one
notification where the desktop has a notification service, and exits.
"""

from __future__ import annotations

from debtdesk.i18n.catalogue import error_text, show_date, translate


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "remind", help=translate("CliHelp", "print what is due soon or late and show it as one desktop "
                                 "notification"),
        description=translate("CliHelp", "Prints the payments due within --days, late and broken agreed payments, "
                              "court deadlines and letters without an answer, and shows them as one desktop "
                              "notification where the desktop has one (nothing is shown otherwise). --autostart on "
                              "writes an entry that runs this at login; --autostart off removes it."),
    )
    p.add_argument("--db", metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--days", type=int, default=7, metavar="N",
                   help=translate("CliHelp", "payments due within N days (default 7)"))
    p.add_argument("--no-notify", action="store_true",
                   help=translate("CliHelp", "print only; no desktop notification"))
    p.add_argument("--autostart", choices=("on", "off"),
                   help=translate("CliHelp", "add or remove the login entry, then exit"))
    add_as_of(p)
    p.set_defaults(handler=run)


def reminder_line(item) -> str:
    """One reminder as a line in the chosen language (the domain's `plain_text` is its English form)."""
    from debtdesk.domain.money import format_amount
    from debtdesk.domain.reminders import ReminderKind

    amount = f"{format_amount(item.amount)} {item.currency}".strip() if item.amount is not None else ""
    if item.days == 0:
        when = translate("CliRemind", "today")
    elif item.days == 1:
        when = translate("CliRemind", "tomorrow")
    elif item.days > 0:
        when = translate("CliRemind", "in {days} days").format(days=item.days)
    else:
        when = translate("CliRemind", "{days} days ago").format(days=-item.days)
    if item.kind is ReminderKind.DEADLINE:
        text = (translate("CliRemind", "Court deadline {date} ({when}) for {lender}") if item.lender
                else translate("CliRemind", "Court deadline {date} ({when})"))
    else:
        text = {
            ReminderKind.BREACH: translate("CliRemind", "{lender}: agreement broken on {date} ({amount} missing)"),
            ReminderKind.IN_GRACE: translate("CliRemind", "{lender}: agreed payment late, pay {amount} by {date} "
                                             "to keep the agreement"),
            ReminderKind.LATE: translate("CliRemind", "{lender}: {amount} overdue since {date}"),
            ReminderKind.DUE: translate("CliRemind", "{lender}: {amount} due {date} ({when})"),
            ReminderKind.NO_ANSWER: translate("CliRemind", "{lender}: no answer to your letter by {date}"),
        }[item.kind]
    return text.format(lender=item.lender, date=show_date(item.on), when=when, amount=amount)


def notification_text(items) -> tuple[str, str]:
    from debtdesk.domain.reminders import summarise

    summary = summarise(items)
    if summary.urgent:
        title = translate("CliRemind", "DebtDesk: something needs attention today")
    elif summary.late:
        title = translate("CliRemind", "DebtDesk: payments are late")
    else:
        title = translate("CliRemind", "DebtDesk: payments due soon")
    lines = [reminder_line(item) for item in items[:5]]
    if len(items) > 5:
        lines.append(translate("CliRemind", "… and {count} more in DebtDesk").format(count=len(items) - 5))
    return title, "\n".join(lines)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.notices import autostart
    from debtdesk.store import Store, StoreError
    from debtdesk.services.follow_up import follow_up_kept

    if args.autostart == "off":
        print(translate("CliRemind", "Removed the login reminder.") if autostart.disable()
              else translate("CliRemind", "There was no login reminder."))
        return 0
    if not args.db:
        raise UserError(translate("CliRemind", "Give the DebtDesk file to read with --db PATH."))
    if not 0 <= args.days <= 366:
        raise UserError(translate("CliRemind", "--days: must be between 0 and 366."))
    try:
        with Store.open(args.db) as store:
            data = follow_up_kept(store, today(args), args.days)
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    if args.autostart == "on":
        path = autostart.enable(args.db)
        print(translate("CliRemind", "DebtDesk will remind you at login ({path}).").format(path=path))
        return 0
    items = list(data.reminders)
    if not items:
        print(translate("CliRemind", "Nothing due in the next {days} days and nothing late.").format(days=args.days))
        return 0
    for item in items:
        print(reminder_line(item))
    if not args.no_notify:
        from debtdesk.notices.notifier import notify

        notify(*notification_text(items))
    return 0
