"""`debtdesk demo`, `export` and `import`: whole-file operations."""

from __future__ import annotations

from pathlib import Path

from debtdesk.i18n.catalogue import error_text, translate


def register(commands, add_as_of) -> None:
    p = commands.add_parser("demo", help=translate("CliHelp", "write the demo data set into a new file"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the new .debtdesk file"))
    p.add_argument("--size", choices=("household", "large"), default="household",
                   help=translate("CliHelp", "household: six debts (default); large: plus 2,000 debts with 100 "
                                  "payments each and 100,000 collector contacts, for measuring speed"))
    add_as_of(p)
    p.set_defaults(handler=run_demo)

    p = commands.add_parser("export", help=translate("CliHelp", "export every table to the JSON interchange "
                                                                "format"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--out", required=True, metavar="FILE.json", help=translate("CliHelp", "where to write the "
                                                                                          "JSON"))
    p.set_defaults(handler=run_export)

    p = commands.add_parser("import", help=translate("CliHelp", "import a JSON interchange file into a new or "
                                                                "empty file"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to fill"))
    p.add_argument("file", metavar="FILE.json", help=translate("CliHelp", "the JSON file to import"))
    p.set_defaults(handler=run_import)


def run_demo(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.store import StoreError
    from debtdesk.store.demo import write_demo, write_large_demo

    write = write_large_demo if args.size == "large" else write_demo
    try:
        counts = write(Path(args.db), today(args))
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    print(translate("CliData", "Wrote {debts} demo debts with {payments} payments to {file}").format(
        debts=counts["debts"], payments=counts["payments"], file=args.db))
    return 0


def run_export(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.store import Store, StoreError
    from debtdesk.store.interchange import InterchangeError, export_file

    try:
        with Store.open(args.db) as store:
            export_file(store, Path(args.out))
    except (StoreError, InterchangeError, OSError) as exc:
        raise UserError(error_text(exc)) from None
    return 0


def run_import(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.store import StoreError
    from debtdesk.store.interchange import InterchangeError, import_file

    try:
        counts = import_file(Path(args.file), Path(args.db))
    except (StoreError, InterchangeError, OSError) as exc:
        raise UserError(error_text(exc)) from None
    from debtdesk.cli.words import table_counts

    summary = table_counts(counts)
    print(translate("CliData", "{summary} imported into {file}").format(
        summary=summary or translate("CliData", "nothing"), file=args.db))
    return 0
