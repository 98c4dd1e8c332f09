"""`--help` and argparse's own refusals speak the language of --lang, and English stays as it was.

Every parser is walked (the top level, every command, every subcommand of
`agreement`); its help in zh-Hans and zh-Hant must hold Chinese and no two
English words side by side once what the user types is taken out: option
names, metavars, choices, command names, and the words of --option and
--term.  zh-Hant help must hold no Simplified-only character, zh-Hans no
Traditional-only one.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

import pytest

from debtdesk import cli
from debtdesk.cli import argparse_words
from debtdesk.cli.help_layout import display_width, wrap
from debtdesk.i18n import catalogue
from tests.cli.test_every_command_speaks import english_sentences

LANGUAGES = ("zh-Hans", "zh-Hant")
COLUMNS = 80
#: The names of the terms `agreement --term` takes (typed as they are in every language).
TERM_NAMES = ("balance", "instalments", "down-payment", "deferral", "lower-payment", "lower-months", "settlement",
              "rate", "grace", "due-day", "waived")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", str(COLUMNS))
    yield
    catalogue.use("en")


def command_paths(parser: argparse.ArgumentParser, prefix=()) -> list[tuple[str, ...]]:
    """The words that reach every parser: (), ('status',), ('agreement',), ('agreement', 'reply') …"""
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += command_paths(sub, (*prefix, name))
    return found


def typed_names(parser: argparse.ArgumentParser) -> set[str]:
    """What a user types as it is in every language: options, metavars, choices, commands, option words."""
    from debtdesk.domain.proposal_options import OPTION_WORDS

    names = {"debtdesk", *OPTION_WORDS, *TERM_NAMES}
    for sub in (parser, *cli.every_parser(parser)):
        names.update(sub.prog.split())
        for action in sub._actions:
            names.update(action.option_strings)
            metavar = action.metavar if isinstance(action.metavar, tuple) else (action.metavar,)
            names.update(m for m in metavar if m)
            if action.dest and not action.option_strings:
                names.add(action.dest.upper())
            names.update(str(choice) for choice in action.choices or ())
    return names


PATHS = command_paths(cli.build_parser())
NAMES = sorted(typed_names(cli.build_parser()), key=len, reverse=True)


def help_text(capsys, path, language) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.main([*path, "--help", "--lang", language])
    captured = capsys.readouterr()
    assert stop.value.code == 0, captured.err
    return captured.out


def without_names(text: str) -> str:
    """The text with what the user types taken out (whole words only, longest first)."""
    for name in NAMES:
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", text)
    return text


def test_the_check_finds_english_help(capsys):
    """The same check on today's English help finds its sentences (so a help left in English fails)."""
    text = help_text(capsys, ("agreement", "add"), "en")
    assert len(english_sentences(without_names(text))) > 10


def test_every_parser_is_walked():
    assert ("agreement", "reply") in PATHS and ("status",) in PATHS and () in PATHS
    assert len(PATHS) >= 27


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "debtdesk")
def test_help_speaks_the_language(language, path, capsys):
    from debtdesk.letters.script_check import foreign_characters

    text = help_text(capsys, path, language)
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert english_sentences(without_names(text)) == [], text
    assert not re.search(r"\b(usage|options|positional arguments|show this help)\b", text), text
    assert re.search(r"^(选项|選項)：$", text, re.MULTILINE), text
    assert foreign_characters(text, language) == "", text  # no Simplified in zh-Hant, no Traditional in zh-Hans
    if language == "zh-Hant":
        assert not re.search("[们这为时间发还实]", text), text
    wide = [line for line in text.splitlines() if display_width(line) != len(line)]  # argparse wraps the rest
    assert max(display_width(line) for line in wide) <= COLUMNS, text


def test_english_help_is_as_it_was(capsys):
    """Pinned from `debtdesk status --help` before the help was translated (COLUMNS=80)."""
    text = help_text(capsys, ("status",), "en")
    assert text.startswith("usage: debtdesk status [-h] --db PATH [--json] [--lang {zh-Hans,zh-Hant,en}]\n"
                           "                       [--as-of YYYY-MM-DD]\n\n"
                           "For each debt: days past due, stage, M-bucket, amounts, and the coming stage\n")
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in text
    assert "  --db PATH             the .debtdesk file to read\n" in text
    assert "  --as-of YYYY-MM-DD    compute everything as on this date (default: today)\n" in text


def test_english_help_keeps_percent_signs(capsys):
    """`%%` in help is argparse's escape; descriptions are printed as written, so they hold a plain `%`."""
    assert "4.9% both mean 4.9%" in help_text(capsys, ("schedule",), "en")
    assert "(60 or 60%)" in help_text(capsys, ("plan",), "en")


REFUSALS = {  # argv -> (zh-Hans, zh-Hant) sentences on stderr
    ("status",): ("debtdesk status：错误：缺少以下必需的参数：--db", "debtdesk status：錯誤：缺少下列必要的引數：--db"),
    ("status", "--db"): ("参数 --db：需要提供一个值", "引數 --db：需要提供一個值"),
    ("payoff", "--db", "x.debtdesk", "--monthly", "9000", "--strategy", "fastest"):
        ("参数 --strategy：无效的选择：'fastest'（可选：'avalanche', 'snowball', 'fair-share'）",
         "引數 --strategy：無效的選擇：'fastest'（可選：'avalanche', 'snowball', 'fair-share'）"),
    ("agreement", "show", "--db", "x.debtdesk", "--id", "one"):
        ("参数 --id：无效的 int 值：'one'", "引數 --id：無效的 int 值：'one'"),
    ("status", "--db", "x.debtdesk", "--bogus"): ("无法识别的参数：--bogus", "無法辨識的引數：--bogus"),
    ("frob",): ("参数 COMMAND：无效的选择：'frob'", "引數 COMMAND：無效的選擇：'frob'"),
}


@pytest.mark.parametrize("argv", REFUSALS, ids=" ".join)
@pytest.mark.parametrize("language", LANGUAGES)
def test_argparse_refusals_in_chinese(language, argv, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main([*argv, "--lang", language])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert REFUSALS[argv][LANGUAGES.index(language)] in err, err
    assert err.startswith("用法："), err
    assert english_sentences(without_names(err)) == [], err


def test_english_refusals_unchanged(capsys):
    with pytest.raises(SystemExit):
        cli.main(["status", "--lang", "en"])
    assert capsys.readouterr().err.endswith("debtdesk status: error: the following arguments are required: --db\n")


def test_argparse_is_left_as_it_was():
    """The catalogue is bound only while our parsers work: other argparse users in the process see gettext."""
    before = argparse._, argparse.ngettext
    catalogue.use("zh-Hans")
    cli.build_parser().parse_args(["status", "--db", "x.debtdesk"])
    assert (argparse._, argparse.ngettext) == before
    with pytest.raises(RuntimeError), argparse_words.speaking():
        raise RuntimeError
    assert (argparse._, argparse.ngettext) == before


def test_a_message_argparse_words_differently_passes_through():
    """A newer Python's wording has no entry: it is printed in English, never refused."""
    catalogue.use("zh-Hant")
    assert argparse_words.gettext("options") == "選項"
    assert argparse_words.gettext("unrecognized option %(option)s (did you mean %(match)s?)") == \
        "unrecognized option %(option)s (did you mean %(match)s?)"
    assert argparse_words.gettext(None) is None
    assert argparse_words.ngettext("expected %s argument", "expected %s arguments", 2) == "需要提供 %s 個值"
    assert argparse_words.ngettext("%s new thing", "%s new things", 1) == "%s new thing"
    assert argparse_words.ngettext("%s new thing", "%s new things", 3) == "%s new things"


def test_an_argparse_without_gettext_names_speaks_english(monkeypatch, capsys):
    monkeypatch.delattr(argparse, "_")
    with argparse_words.speaking():
        assert not hasattr(argparse, "_")
    assert not hasattr(argparse, "_") and argparse.ngettext is not argparse_words.ngettext


def argparse_messages() -> set[str]:
    """Every literal argparse.py of this Python gives to `_` or `ngettext`."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    return {argument.value for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")
            for argument in node.args if isinstance(argument, ast.Constant) and isinstance(argument.value, str)}


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the msgids are those of Python 3.11's argparse")
def test_the_msgids_are_argparse_s_own_byte_for_byte():
    assert argparse_messages() | {"subcommands"} == set(argparse_words.MESSAGES)
    assert "kwargs.pop('title', 'subcommands')" in Path(argparse.__file__).read_text(encoding="utf-8")


_PERCENT = re.compile(r"%(?:\(\w+\))?[a-z%]")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_percent_placeholders(language):
    """argparse fills help and its own messages with `%`: the same directives, `%%` escapes included."""
    messages = catalogue.messages(language)
    checked = [(source, text) for (context, source), text in messages.items() if context in ("CliHelp", "argparse")]
    assert len(checked) > 150
    assert [(s, t) for s, t in checked if sorted(_PERCENT.findall(s)) != sorted(_PERCENT.findall(t))] == []
    assert messages[("argparse", "%(prog)s: error: %(message)s\n")].endswith("\n")


def test_no_help_is_left_as_an_english_literal():
    """Every help=, description= and epilog= of the command line goes through the catalogue."""
    import debtdesk.cli

    problems = []
    for path in sorted(Path(debtdesk.cli.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                if keyword.arg in ("help", "description", "epilog") and isinstance(
                        keyword.value, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                    problems.append(f"{path.name}:{node.lineno}: {ast.unparse(keyword.value)[:60]}")
    assert problems == []


def test_chinese_wraps_by_columns_and_keeps_punctuation_with_its_word():
    text = "每笔债务的逾期天数、逾期阶段、逾期账龄（M1–M3+）、金额，以及即将发生的阶段变化：日期，以及罚息和费用。"
    lines = wrap(text, 20)
    assert "".join(lines) == text
    assert all(display_width(line) <= 20 for line in lines)
    assert not any(line[0] in "，。、；：）" for line in lines)
    assert wrap("要读取的 .debtdesk 文件", 14) == ["要读取的", ".debtdesk 文件"]  # a Latin word stays whole
