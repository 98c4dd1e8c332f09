"""`debtdesk backup`, `backups`, `restore`, `check` and `rescue`: keeping a file safe from a script.

`backups` lists the backup folder without opening the file itself, so it
works on a file too damaged to open (which is when it is needed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from debtdesk.i18n.catalogue import error_text, translate

#: What `check` counts, in this order (a file checked as it is may lack newer tables: 0).
CHECKED = ("debts", "payments", "contacts", "budgets", "evidence_items", "letters")


def register(commands, add_as_of) -> None:
    p = commands.add_parser("backup", help=translate("CliHelp", "back up a file now (into its private backups "
                                                                "folder)"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to back "
                                                                                    "up"))
    p.set_defaults(handler=run_backup)

    p = commands.add_parser("backups", help=translate("CliHelp", "list a file's backups: path, time, format and "
                                                                 "contents"))
    p.add_argument("--db", required=True, metavar="PATH",
                   help=translate("CliHelp", "the .debtdesk file whose backups to list"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    p.set_defaults(handler=run_backups)

    p = commands.add_parser("restore", help=translate("CliHelp", "replace a file with one of its backups (the file "
                                                                 "as it was is kept)"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to "
                                                                                    "restore"))
    p.add_argument("backup", metavar="BACKUP", help=translate("CliHelp", "the backup to restore (see `debtdesk "
                                                                         "backups`)"))
    p.set_defaults(handler=run_restore)

    p = commands.add_parser("check", help=translate("CliHelp", "check a file thoroughly (SQLite's integrity check, "
                                                               "links, attachments)"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to check"))
    p.set_defaults(handler=run_check)

    p = commands.add_parser("rescue", help=translate("CliHelp", "copy what is still readable from a damaged file "
                                                                "into a new one"))
    p.add_argument("--db", required=True, metavar="PATH",
                   help=translate("CliHelp", "the damaged .debtdesk file (never changed)"))
    p.add_argument("--out", required=True, metavar="NEW", help=translate("CliHelp", "the new file for the rescued "
                                                                                    "data"))
    p.set_defaults(handler=run_rescue)


def run_backup(args) -> int:
    from debtdesk.store import Store
    from debtdesk.store.backups import make

    with Store.open(args.db, read_only=True, as_stored=True) as store:
        path = make(store, "manual")
    print(translate("CliSafety", "Backed up {file} to {backup}").format(file=args.db, backup=path))
    return 0


def run_backups(args) -> int:
    from debtdesk.store.backups import list_backups

    found = list_backups(Path(args.db))
    if args.json:
        json.dump({"file": args.db, "backups": [b.to_json() for b in found]}, sys.stdout, indent=2,
                  ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from debtdesk.cli.words import table_counts

    if not found:
        print(translate("CliSafety", "No backups of {file} yet.").format(file=args.db))
    for b in found:
        if b.schema_version is None:
            summary = translate("CliSafety", "unreadable")
        else:
            summary = translate("CliSafety", "format {version}; {counts}").format(
                version=b.schema_version, counts=table_counts(b.counts) or translate("CliSafety", "empty"))
        print(f"{b.taken_at.isoformat(sep=' ', timespec='seconds')}  {b.kind:<14}  {summary}\n    {b.path}")
    return 0


def run_restore(args) -> int:
    from debtdesk.store.restore import restore

    kept = restore(Path(args.db), Path(args.backup))
    print(translate("CliSafety", "Restored {file} from {backup}.").format(file=args.db, backup=args.backup))
    if kept is not None:
        print(translate("CliSafety", "The file as it was is kept as {kept}.").format(kept=kept))
    return 0


def run_check(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.store import Store
    from debtdesk.store.health import check_store

    with Store.open(args.db, read_only=True, as_stored=True) as store:
        report = check_store(store)
    from debtdesk.cli.words import table_counts

    summary = table_counts({table: report.counts.get(table, 0) for table in CHECKED}, keep_zero=True)
    if report.ok:
        print(translate("CliSafety", "The file is whole: {summary}.").format(summary=summary))
    else:
        print(translate("CliSafety", "The file is damaged: {summary}.").format(summary=summary))
    for line in [*report.problems, *report.warnings]:
        print(error_text(line))
    if not report.ok:
        raise UserError(error_text(report.problems[0]))
    return 0


def run_rescue(args) -> int:
    from debtdesk.store.rescue import rescue

    report = rescue(Path(args.db), Path(args.out))
    from debtdesk.cli.words import table_counts

    text = translate("CliSafety", "Rescued {total} rows ({tables}).").format(
        total=report.total, tables=table_counts(report.rescued) or translate("CliSafety", "nothing"))
    lost = sum(report.rejected.values())
    if lost:
        text += " " + translate("CliSafety", "{count} damaged rows could not be used.").format(count=lost)
    if report.incomplete:
        text += " " + translate("CliSafety", "Parts of {tables} could not be read at all.").format(
            tables=translate("Lists", ", ").join(report.incomplete))
    print(text + " " + translate("CliSafety", "{file} was left untouched; the rescued data is in {out}.").format(
        file=args.db, out=args.out))
    return 0
