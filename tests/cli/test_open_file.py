"""`debtdesk FILE`: the form a desktop entry's `Exec=debtdesk %f` uses for a double-clicked file."""

from __future__ import annotations

import pytest

import debtdesk.ui.app
from debtdesk.cli import main


@pytest.fixture
def opened(monkeypatch):
    calls = []
    monkeypatch.setattr(debtdesk.ui.app, "run", lambda db_path, as_of: calls.append(db_path) or 0)
    return calls


def test_a_bare_path_opens_that_file_in_the_window(opened):
    assert main(["/home/me/我的 债务.debtdesk"]) == 0
    assert opened == ["/home/me/我的 债务.debtdesk"]


def test_no_argument_and_db_still_work(opened):
    assert main([]) == 0 and main(["--db", "a.debtdesk"]) == 0
    assert opened == [None, "a.debtdesk"]


def test_command_names_stay_commands(opened, tmp_path):
    assert main(["demo", "--db", str(tmp_path / "d.debtdesk"), "--as-of", "2026-11-23"]) == 0
    assert opened == []


def test_two_paths_are_a_usage_error(opened, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["a.debtdesk", "b.debtdesk"])
    assert exit_.value.code == 2 and opened == []
