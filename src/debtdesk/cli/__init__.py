"""The `debtdesk` command: the window with no arguments, tools for scripting otherwise.

Errors go to stderr as one plain sentence naming the field and the problem;
exit status 0 on success, 1 for bad input or a refused file, 2 for usage
errors (argparse's own).  Heavy modules are imported inside the commands so
`debtdesk` opens its window without loading any of them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from debtdesk import __version__
from debtdesk.cli import agreement, calendar, contacts, data, letter, plan, remind, schedule, status


class UserError(Exception):
    """Bad input or a refused file: printed as one sentence, exit status 1."""


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
        help="compute everything as on this date (default: today)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="debtdesk",
        description="DebtDesk keeps track of overdue debts in one local file. "
        "With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"DebtDesk {__version__}")
    parser.add_argument("--db", dest="gui_db", metavar="PATH", help="open this .debtdesk file in the window")
    parser.add_argument("--remind", action="store_true", help="same as the remind command: notify and exit")
    add_as_of(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (schedule, status, plan, contacts, letter, data, agreement, calendar, remind):
        module.register(commands, add_as_of)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and args.remind:
        args = parser.parse_args(["remind", *(["--db", args.gui_db] if args.gui_db else []),
                                  *(["--as-of", args.as_of.isoformat()] if args.as_of else [])])
    if args.command is None:
        from debtdesk.ui.app import run

        return run(db_path=args.gui_db, as_of=args.as_of)
    try:
        return args.handler(args) or 0
    except UserError as exc:
        print(f"debtdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `debtdesk schedule ... | head` closed the pipe early
        sys.stderr.close()
        return 0


def today(args) -> date:
    return args.as_of or date.today()
