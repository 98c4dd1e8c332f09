"""argparse's own words ("usage:", "options", "the following arguments are required: %s") in the chosen language.

Why this hook: argparse builds every sentence it prints through the names
`_` and `ngettext`, which it imports from `gettext` into its own module
namespace (`from gettext import gettext as _, ngettext`).  Group titles
("positional arguments", "options") and the -h help are translated when a
parser is *built*, the error sentences when arguments are *parsed*, and
"usage: " when help or usage is *formatted*.  Binding those two names to
the catalogue for exactly those calls (`speaking`, used by `Parser`)
reaches every message at its source, with argparse's own `%` placeholders
filled in afterwards by argparse itself.  The alternatives miss or mangle
messages: a HelpFormatter subclass sees neither the group titles nor the
errors, and an `error()` override receives sentences already built
("argument --outcome: invalid choice: 'x' (choose from …)"), which could
only be translated by taking English apart again.  Installing a gettext
translation for the default domain would need .mo files and would change
every gettext user in the process.

The msgids below are the messages of argparse in Python 3.11, byte for
byte (a test compares them with the argparse.py this Python runs).  On a
newer Python whose argparse words a message differently, or adds one, the
lookup finds nothing and the English text passes through unchanged: the
command still works and prints that one message in English; it never
fails.  An argparse that no longer imports these two names at all is left
alone, and speaks English.  Anything that is not a string (argparse passes None for a missing
subparsers description) passes through too.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from debtdesk.i18n.catalogue import marked
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP

#: argparse's messages (Python 3.11), for lupdate; looked up by their English text.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "argument \"-\" with mode %r"),
    # Mistakes in the program's own parser, not in what a user typed; translated all the same.
    QT_TRANSLATE_NOOP("argparse", ".__call__() not defined"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser alias: %s"),
    QT_TRANSLATE_NOOP("argparse", "cannot merge actions - two groups are named %r"),
    QT_TRANSLATE_NOOP("argparse", "'required' is an invalid argument for positionals"),
    QT_TRANSLATE_NOOP("argparse", "invalid option string %(option)r: must start with a character "
                      "%(prefix_chars)r"),
    QT_TRANSLATE_NOOP("argparse", "dest= is required for options like %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid conflict_resolution value: %r"),
    QT_TRANSLATE_NOOP("argparse", "conflicting option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting option strings: %s"),
    QT_TRANSLATE_NOOP("argparse", "mutually exclusive arguments must be optional"),
    QT_TRANSLATE_NOOP("argparse", "cannot have multiple subparser arguments"),
    QT_TRANSLATE_NOOP("argparse", "%r is not callable"),
)


def gettext(message):
    """argparse's `_`: the message in the chosen language; unknown messages and non-strings as they are."""
    return marked("argparse", message) if isinstance(message, str) else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext`: English picks the form by `n`; Chinese has one form, translated for each."""
    return gettext(singular if n == 1 else plural)


_NAMES = {"_": gettext, "ngettext": ngettext}


@contextmanager
def speaking():
    """argparse's `_` and `ngettext` bound to the catalogue inside the block, as they were after it.

    An argparse that no longer holds these names (a future Python) is left alone: its words stay English.
    """
    module = vars(argparse)
    if not all(name in module for name in _NAMES):
        yield
        return
    saved = {name: module[name] for name in _NAMES}
    module.update(_NAMES)
    try:
        yield
    finally:
        module.update(saved)
