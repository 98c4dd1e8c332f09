"""`debtdesk backup`, `backups`, `restore`, `check` and `rescue`: keeping a file safe from a script.

`backups` lists the backup folder without opening the file itself, so it
works on a file too damaged to open (which is when it is needed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def register(commands, add_as_of) -> None:
    p = commands.add_parser("backup", help="back up a file now (into its private backups folder)")
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file to back up")
    p.set_defaults(handler=run_backup)

    p = commands.add_parser("backups", help="list a file's backups: path, time, format and contents")
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file whose backups to list")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=run_backups)

    p = commands.add_parser("restore", help="replace a file with one of its backups (the file as it was is kept)")
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file to restore")
    p.add_argument("backup", metavar="BACKUP", help="the backup to restore (see `debtdesk backups`)")
    p.set_defaults(handler=run_restore)

    p = commands.add_parser("check", help="check a file thoroughly (SQLite's integrity check, links, attachments)")
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file to check")
    p.set_defaults(handler=run_check)

    p = commands.add_parser("rescue", help="copy what is still readable from a damaged file into a new one")
    p.add_argument("--db", required=True, metavar="PATH", help="the damaged .debtdesk file (never changed)")
    p.add_argument("--out", required=True, metavar="NEW", help="the new file for the rescued data")
    p.set_defaults(handler=run_rescue)


def run_backup(args) -> int:
    from debtdesk.store import Store
    from debtdesk.store.backups import make

    with Store.open(args.db, read_only=True, as_stored=True) as store:
        path = make(store, "manual")
    print(f"Backed up {args.db} to {path}")
    return 0


def run_backups(args) -> int:
    from debtdesk.store.backups import list_backups

    found = list_backups(Path(args.db))
    if args.json:
        json.dump({"file": args.db, "backups": [b.to_json() for b in found]}, sys.stdout, indent=2,
                  ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(f"No backups of {args.db} yet.")
    for b in found:
        if b.schema_version is None:
            summary = "unreadable"
        else:
            counts = ", ".join(f"{n} {table}" for table, n in b.counts.items() if n) or "empty"
            summary = f"format {b.schema_version}; {counts}"
        print(f"{b.taken_at.isoformat(sep=' ', timespec='seconds')}  {b.kind:<14}  {summary}\n    {b.path}")
    return 0


def run_restore(args) -> int:
    from debtdesk.store.restore import restore

    kept = restore(Path(args.db), Path(args.backup))
    print(f"Restored {args.db} from {args.backup}.")
    if kept is not None:
        print(f"The file as it was is kept as {kept}.")
    return 0


def run_check(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.store import Store
    from debtdesk.store.health import check_store

    with Store.open(args.db, read_only=True, as_stored=True) as store:
        report = check_store(store)
    for line in report.lines():
        print(line)
    if not report.ok:
        raise UserError(report.problems[0])
    return 0


def run_rescue(args) -> int:
    from debtdesk.store.rescue import rescue

    report = rescue(Path(args.db), Path(args.out))
    print(f"{report.sentence()} {args.db} was left untouched; the rescued data is in {args.out}.")
    return 0
