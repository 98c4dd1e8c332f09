"""The `debtdesk` command: the window with no arguments, tools for scripting otherwise.

Errors go to stderr as one plain sentence naming the field and the problem;
exit status 0 on success, 1 for bad input or a refused file, 2 for usage
errors (argparse's own).  Heavy modules are imported inside the commands so
`debtdesk` opens its window without loading any of them.

Commands that only read (`READING`) open every file read-only, in one read
transaction: they never upgrade, lock or write a file, and see one
consistent state even while the window saves.  Whatever a file holds, a
command ends in a sentence: `main` turns the store's, SQLite's and the
operating system's errors, and values a damaged or edited file may hold,
into one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from debtdesk import FILE_SUFFIX, __version__

#: Commands that never write the file they are given.
READING = frozenset({"status", "plan", "contacts", "export", "export-csv", "check", "backup", "chart", "payoff"})
#: Commands whose --lang is the language of the document they make; what they print follows it too.
DOCUMENT_LANGUAGE = frozenset({"letter", "chart"})
#: The dates DebtDesk computes with (far beyond them, date arithmetic overflows).
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2199, 12, 31)


class UserError(Exception):
    """Bad input or a refused file: printed as one sentence, exit status 1."""


def iso_date(text: str) -> date:
    from debtdesk.i18n.catalogue import show_date, translate

    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{text!r} is not a date in the form YYYY-MM-DD").format(
            text=text)) from None
    if not FIRST_DATE <= value <= LAST_DATE:
        raise argparse.ArgumentTypeError(translate("Cli", "{text!r} is outside the dates DebtDesk computes with "
                                                   "({first} to {last})").format(
            text=text, first=show_date(FIRST_DATE), last=show_date(LAST_DATE)))
    return value


def add_lang(parser: argparse.ArgumentParser) -> None:
    """--lang for a command's human-readable output (default: the locale, from LC_ALL, LC_MESSAGES or LANG)."""
    from debtdesk.i18n import LANGUAGES
    from debtdesk.i18n.catalogue import translate

    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=translate("CliHelp", "language of the text output: zh-Hans, zh-Hant or en (default: "
                                       "from the locale); --json is the same in every language"))


def output_language(args) -> str:
    """The language messages are printed in: the command's --lang, else the locale's."""
    import os

    from debtdesk.i18n import language_from_environment

    return getattr(args, "lang", None) or language_from_environment(os.environ)


def language_in_argv(argv: list[str]) -> str | None:
    """--lang as written on the command line, before parsing (so argument errors are in that language too)."""
    from debtdesk.i18n import LANGUAGES

    for at, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else (
            argv[at + 1] if word == "--lang" and at + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None


def use_language(language: str) -> None:
    """Print in this language from now on (English when its catalogue is missing from a broken install)."""
    from debtdesk.i18n import catalogue

    try:
        catalogue.use(language)
    except OSError:
        catalogue.use("en")


def every_parser(parser: argparse.ArgumentParser):
    """The parsers of every command and subcommand (agreement reply, agreement add …)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield sub
                yield from every_parser(sub)


def give_every_command_lang(parser: argparse.ArgumentParser) -> None:
    """--lang on every command that runs (letter and chart keep theirs: the document's language)."""
    for sub in every_parser(parser):
        runs = not any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
        if runs and "--lang" not in sub._option_string_actions:
            add_lang(sub)


def add_as_of(parser: argparse.ArgumentParser) -> None:
    from debtdesk.i18n.catalogue import translate

    parser.add_argument(
        "--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
        help=translate("CliHelp", "compute everything as on this date (default: today)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """Every command's parser, its help and argparse's own words in the language chosen before (see `main`)."""
    from debtdesk.cli.help_layout import Parser
    from debtdesk.i18n.catalogue import translate

    parser = Parser(
        prog="debtdesk",
        description=translate("CliHelp", "DebtDesk keeps track of overdue debts in one local file. With no "
                              "command it opens the window; `debtdesk FILE` opens that file in it."),
    )
    parser.add_argument("--version", action="version", version=f"DebtDesk {__version__}",
                        help=translate("CliHelp", "show program's version number and exit"))
    parser.add_argument("--db", dest="gui_db", metavar="PATH",
                        help=translate("CliHelp", "open this .debtdesk file in the window"))
    parser.add_argument("--remind", action="store_true",
                        help=translate("CliHelp", "same as the remind command: notify and exit"))
    add_as_of(parser)
    from debtdesk.cli import (
        agreement, calendar, chart, contacts, data, encryption, export_csv, letter, payoff, plan, remind, safety,
        schedule, status,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (schedule, status, plan, contacts, letter, data, export_csv, safety, payoff, chart, agreement,
                   calendar, remind, encryption):
        module.register(commands, add_as_of)
    give_every_command_lang(parser)
    return parser


def opened_file(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`debtdesk FILE` (how a desktop passes a double-clicked file) means `debtdesk --db FILE`."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in commands:
        return ["--db", argv[0]]
    return argv


def window_arguments(argv: list[str]) -> dict | None:
    """The window's own arguments when argv holds nothing else, read without loading any command's module.

    Only `--db PATH`, `--as-of YYYY-MM-DD` (each also as `--opt=value`) or one file ending in
    .debtdesk (no command has that name); anything else, a bad date included, returns None and
    goes through the full parser, which reads and refuses it exactly as before.
    """
    if len(argv) == 1 and argv[0].endswith(FILE_SUFFIX) and not argv[0].startswith("-"):
        return {"db_path": argv[0], "as_of": None}
    found: dict[str, object] = {"db_path": None, "as_of": None}
    names = {"--db": "db_path", "--as-of": "as_of"}
    rest = list(argv)
    while rest:
        option, _, value = rest.pop(0).partition("=")
        if option not in names:
            return None
        if not _:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        found[names[option]] = value
    if found["as_of"] is not None:
        try:
            found["as_of"] = iso_date(found["as_of"])
        except argparse.ArgumentTypeError:
            return None
    return found


def main(argv: list[str] | None = None) -> int:
    import os

    from debtdesk.i18n import language_from_environment

    argv = sys.argv[1:] if argv is None else argv
    use_language(language_in_argv(argv) or language_from_environment(os.environ))
    window = window_arguments(argv)
    if window is not None:  # the window: start it without building every command's parser
        import gc

        if window["db_path"]:  # its quick check runs beside the imports of Qt and the window (store.check_ahead)
            from debtdesk.store import check_ahead

            check_ahead.start(window["db_path"])
        gc.disable()  # start-up only builds what the window keeps: collecting would find nothing (ui.app.run)
        try:
            from debtdesk.ui.app import run

            return run(**window)
        finally:
            gc.enable()
    parser = build_parser()
    args = parser.parse_args(opened_file(parser, argv))
    if args.command is None and args.remind:
        args = parser.parse_args(["remind", *(["--db", args.gui_db] if args.gui_db else []),
                                  *(["--as-of", args.as_of.isoformat()] if args.as_of else [])])
    if args.command is None:
        from debtdesk.ui.app import run

        return run(db_path=args.gui_db, as_of=args.as_of)
    use_language(output_language(args))
    try:
        return _run(args)
    except UserError as exc:
        print(f"debtdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `debtdesk schedule ... | head` closed the pipe early
        sys.stderr.close()
        return 0


def _run(args) -> int:
    """The command, with every file read-only for reading commands and every failure as a UserError."""
    import contextlib
    import sqlite3

    from debtdesk.cli import encryption
    from debtdesk.i18n.catalogue import error_text, translate
    from debtdesk.store.connection import StoreError, collect_notices, read_only_opens
    from debtdesk.store.interchange_rules import InterchangeError

    policy = read_only_opens() if args.command in READING else contextlib.nullcontext()
    with collect_notices() as notes, policy:
        try:
            encryption.unlock(args)
            return args.handler(args) or 0
        except BrokenPipeError:
            raise
        except (StoreError, InterchangeError) as exc:
            raise UserError(error_text(exc)) from None
        except sqlite3.Error as exc:
            raise UserError(translate("Cli", "{file} could not be read or written ({problem}); it was left as it "
                                      "was.").format(file=_file(args), problem=exc)) from None
        except OSError as exc:
            where = f" ({exc.filename})" if exc.filename else ""
            raise UserError(translate("Cli", "{problem}{where}; nothing was changed.").format(
                problem=exc.strerror or exc, where=where)) from None
        except (ValueError, ArithmeticError, KeyError, IndexError, RecursionError) as exc:
            raise UserError(translate("Cli", "{file} holds a value this DebtDesk cannot use ({problem}); it was left "
                                      "as it was.").format(file=_file(args), problem=f"{type(exc).__name__}: {exc}"))\
                from None
        finally:
            for note in notes:
                print(translate("Cli", "debtdesk {command}: note: {note}").format(command=args.command,
                                                                                  note=error_text(note)),
                      file=sys.stderr)


def _file(args) -> str:
    from pathlib import Path

    from debtdesk.i18n.catalogue import translate

    db = getattr(args, "db", None)
    return Path(db).name if db else translate("Cli", "The data")


def today(args) -> date:
    return args.as_of or date.today()
