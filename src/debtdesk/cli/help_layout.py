"""The command line's parser: argparse speaking the chosen language, help wrapped by terminal columns.

`Parser` is argparse's parser with its own words bound to the catalogue
while it is built, parses and formats (`argparse_words.speaking`), so every
command and subcommand speaks `--lang` (subparsers are made with the class
of their parent).  `Formatter` wraps help by the columns a terminal gives
the text: a Chinese character takes two, and Chinese has no spaces to break
at, so textwrap (which counts characters and breaks at spaces) would make
lines twice the terminal's width.  Text without wide characters is wrapped
by argparse's own textwrap exactly as before.
"""

from __future__ import annotations

import argparse
import re
import unicodedata

from debtdesk.cli.argparse_words import gettext, speaking

#: Punctuation that may not begin a line (it stays with what comes before) or end one (it goes with what follows).
_NO_LINE_START = frozenset("，。、；：！？）」』”’…,.;:!?)]")
_NO_LINE_END = frozenset("（「『“‘([")
_PIECES = re.compile(r"\s+|[^\s\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|\S")


def display_width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two (as `words.display_width`, without
    loading the domain's enums that module needs, so building the parser stays light)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wide(text: str) -> bool:
    return display_width(text) != len(text)


def _pieces(text: str) -> list[str]:
    """The text cut where a line may break: spaces, each wide character, runs of other characters.

    Punctuation that may not begin a line is joined to the piece before it,
    and punctuation that may not end one to the piece after it.
    """
    pieces: list[str] = []
    for piece in _PIECES.findall(text):
        glued = pieces and not pieces[-1].isspace() and not piece.isspace() and (
            piece[0] in _NO_LINE_START or pieces[-1][-1] in _NO_LINE_END)
        if glued:
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` terminal columns (a piece longer than that stands on a line of its own)."""
    lines: list[str] = []
    line, used, space = "", 0, False
    for piece in _pieces(text):
        if piece.isspace():
            space = bool(line)
            continue
        needed = display_width(piece) + (1 if space else 0)
        if line and used + needed > width:
            lines.append(line)
            line, used = piece, display_width(piece)
        else:
            line, used = line + (" " if space else "") + piece, used + needed
        space = False
    if line:
        lines.append(line)
    return lines


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, wrapping text with Chinese in it by terminal columns.

    A Chinese group heading ends in a full-width colon (选项：), as Chinese punctuation goes;
    argparse writes an ASCII one after every heading.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._wide_headings: list[str] = []

    def start_section(self, heading):
        if heading and _wide(heading):
            self._wide_headings.append(heading)
        super().start_section(heading)

    def format_help(self):
        text = super().format_help()
        for heading in dict.fromkeys(self._wide_headings):
            text = re.sub(rf"(?m)^( *{re.escape(heading)}):$", r"\1：", text)
        return text

    def _split_lines(self, text, width):
        if not _wide(text):
            return super()._split_lines(text, width)
        return wrap(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text, width, indent):
        if not _wide(text):
            return super()._fill_text(text, width, indent)
        text = self._whitespace_matcher.sub(" ", text).strip()
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_usage(self, usage, actions, groups, prefix):
        """Usage lines; wrapped lines indented by the columns of a translated "usage: ", not its characters."""
        prefix = gettext("usage: ") if prefix is None else prefix
        extra = display_width(prefix) - len(prefix)
        if not extra:
            return super()._format_usage(usage, actions, groups, prefix)
        self._width -= extra  # argparse wraps by characters: leave room for the prefix's wider columns
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width += extra
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * extra + line if line else line for line in rest)])


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words follow the chosen language; its subparsers are Parsers too."""

    def __init__(self, *args, formatter_class=Formatter, **kwargs):
        with speaking():
            super().__init__(*args, formatter_class=formatter_class, **kwargs)

    def add_subparsers(self, **kwargs):
        with speaking():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):  # refuses unrecognized arguments itself
        with speaking():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with speaking():
            return super().parse_known_args(args, namespace)

    def format_usage(self):
        with speaking():
            return super().format_usage()

    def format_help(self):
        with speaking():
            return super().format_help()

    def error(self, message):
        with speaking():
            super().error(message)
