"""`debtdesk remind` (or `debtdesk --remind`): what is due soon and late, as one desktop notification.

Meant for login (the autostart entry runs it): prints the reminders, shows one
notification where the desktop has a notification service, and exits.
"""

from __future__ import annotations


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "remind", help="print what is due soon or late and show it as one desktop notification",
        description="Prints the payments due within --days, late and broken agreed payments, court deadlines "
        "and letters without an answer, and shows them as one desktop notification where the desktop "
        "has one (nothing is shown otherwise). --autostart on writes an entry that runs this at login; "
        "--autostart off removes it.",
    )
    p.add_argument("--db", metavar="PATH", help="the .debtdesk file to read")
    p.add_argument("--days", type=int, default=7, metavar="N", help="payments due within N days (default 7)")
    p.add_argument("--no-notify", action="store_true", help="print only; no desktop notification")
    p.add_argument("--autostart", choices=("on", "off"), help="add or remove the login entry, then exit")
    add_as_of(p)
    p.set_defaults(handler=run)


def notification_text(items) -> tuple[str, str]:
    from debtdesk.domain.reminders import plain_text, summarise

    summary = summarise(items)
    if summary.urgent:
        title = "DebtDesk: something needs attention today"
    elif summary.late:
        title = "DebtDesk: payments are late"
    else:
        title = "DebtDesk: payments due soon"
    lines = [plain_text(item) for item in items[:5]]
    if len(items) > 5:
        lines.append(f"… and {len(items) - 5} more in DebtDesk")
    return title, "\n".join(lines)


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.domain.reminders import plain_text
    from debtdesk.notices import autostart
    from debtdesk.store import Store, StoreError
    from debtdesk.services.follow_up import follow_up

    if args.autostart == "off":
        print("Removed the login reminder." if autostart.disable() else "There was no login reminder.")
        return 0
    if not args.db:
        raise UserError("give the DebtDesk file to read with --db PATH.")
    if not 0 <= args.days <= 366:
        raise UserError("--days: must be between 0 and 366.")
    try:
        with Store.open(args.db) as store:
            data = follow_up(store, today(args), args.days)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if args.autostart == "on":
        path = autostart.enable(args.db)
        print(f"DebtDesk will remind you at login ({path}).")
        return 0
    items = list(data.reminders)
    if not items:
        print(f"Nothing due in the next {args.days} days and nothing late.")
        return 0
    for item in items:
        print(plain_text(item))
    if not args.no_notify:
        from debtdesk.notices.notifier import notify

        notify(*notification_text(items))
    return 0
