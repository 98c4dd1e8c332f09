"""`debtdesk export-csv`: the register, a schedule, the contact log or a budget as a CSV file.

The same builders as File ▸ Export in the window (`debtdesk.exports`), so a
spreadsheet made either way has the same columns.
"""

from __future__ import annotations

from pathlib import Path

from debtdesk.i18n.catalogue import error_text, show_date, translate

WHAT = ("register", "schedule", "contacts", "budget")


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "export-csv", help=translate("CliHelp", "write the register, a schedule, the contact log or a budget as "
                                     "CSV"),
        description=translate("CliHelp", "Write one table as CSV for a spreadsheet: UTF-8 with a byte-order mark, "
                              "amounts as plain decimals, dates as YYYY-MM-DD. The budget is the latest one taken "
                              "on or before --as-of."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--what", required=True, choices=WHAT, help=translate("CliHelp", "which table to write"))
    p.add_argument("--debt", type=int, metavar="ID",
                   help=translate("CliHelp", "the debt whose schedule to write (with --what schedule)"))
    p.add_argument("--out", required=True, metavar="FILE.csv", help=translate("CliHelp", "where to write the "
                                                                                         "CSV"))
    add_as_of(p)
    p.set_defaults(handler=run)


def table(store, what: str, as_of, debt_id: int | None = None) -> list[list[str]]:
    """The rows for `what`; ValueError with one sentence when the file has nothing to write."""
    from debtdesk.exports import csv_tables
    from debtdesk.store.budgets import BudgetBook
    from debtdesk.store.contacts import ContactLog
    from debtdesk.services.statuses import debt_statuses, one_status

    if what == "register":
        return csv_tables.register_rows(debt_statuses(store, as_of))
    if what == "schedule":
        if debt_id is None:
            raise ValueError("--debt: the schedule of which debt? Give its id (see `debtdesk status`).")
        return csv_tables.schedule_rows(one_status(store, debt_id, as_of))
    if what == "contacts":
        log = ContactLog(store)
        names = {d.id: d.lender.name for d in store.debts()}
        return csv_tables.contacts_rows(log.flagged(), log.attachments_by_contact(), names)
    budgets = [b for b in BudgetBook(store).list() if b.taken_on <= as_of]
    if not budgets:
        raise ValueError(translate("CliExportCsv", "--what budget: the file holds no budget taken on or before "
                                   "{date}.").format(date=show_date(as_of)))
    return csv_tables.budget_rows(max(budgets, key=lambda b: (b.taken_on, b.id or 0)))


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.exports.csv_tables import write_csv
    from debtdesk.store import Store, StoreError

    if args.debt is not None and args.what != "schedule":
        raise UserError(translate("CliExportCsv", "--debt: only the schedule is written for one debt; leave --debt out."))
    try:
        with Store.open(args.db) as store:
            rows = table(store, args.what, today(args), args.debt)
        write_csv(rows, Path(args.out))
    except (StoreError, ValueError) as exc:
        raise UserError(error_text(exc)) from None
    except OSError as exc:
        raise UserError(translate("CliExportCsv", "--out: could not write {file}: {problem}.").format(
            file=args.out, problem=exc.strerror or exc)) from None
    print(translate("CliExportCsv", "Wrote {count} {what} rows to {file}").format(
        count=len(rows) - 1, what=args.what, file=args.out))
    return 0
