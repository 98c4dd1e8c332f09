"""`debtdesk [--db PATH] [--as-of DATE] [FILE]` starts the window without loading the commands' modules."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from debtdesk.cli import build_parser, opened_file, window_arguments


@pytest.mark.parametrize("argv, expected", [
    ([], {"db_path": None, "as_of": None}),
    (["--db", "a.debtdesk"], {"db_path": "a.debtdesk", "as_of": None}),
    (["--db=a.debtdesk", "--as-of", "2026-11-23"], {"db_path": "a.debtdesk", "as_of": date(2026, 11, 23)}),
    (["--as-of=2026-11-23", "--db", "x"], {"db_path": "x", "as_of": date(2026, 11, 23)}),
    (["household.debtdesk"], {"db_path": "household.debtdesk", "as_of": None}),
])
def test_the_window_arguments_read_as_the_full_parser_reads_them(argv, expected):
    assert window_arguments(argv) == expected
    parser = build_parser()
    args = parser.parse_args(opened_file(parser, argv))
    assert args.command is None
    assert {"db_path": args.gui_db, "as_of": args.as_of} == expected


@pytest.mark.parametrize("argv", [
    ["status"], ["--help"], ["--version"], ["--remind"], ["--db"], ["--db", "--as-of", "2026-01-01"],
    ["--as-of", "2026-13-01"], ["--as-of="], ["--d", "x"], ["household"], ["a.debtdesk", "b.debtdesk"],
    ["-h"], ["--db", "x", "status"],
])
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None


def test_importing_the_cli_loads_no_command_module():
    code = "import sys, debtdesk.cli; print(sorted(m for m in sys.modules if m.startswith('debtdesk.cli.')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
