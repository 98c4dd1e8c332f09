"""The command line on odd input and the data-safety commands: sentences, never tracebacks."""

from __future__ import annotations

import sqlite3

import pytest

from debtdesk.cli import main

HUGE = "99999999999999999999999"


def test_a_stored_impossible_date_is_a_sentence(demo_path, capsys):
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE debts SET start_date = '2026-02-30' WHERE id = 1")
    conn.commit()
    conn.close()
    assert main(["status", "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "demo.debtdesk holds a value this DebtDesk cannot use" in err
    assert "day is out of range for month" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [
    ["plan", "--debt", HUGE],
    ["letter", "--debt", HUGE, "--lang", "en", "--out", "x.pdf", "--name", "A"],
    ["plan", "--debt", "-" + HUGE],
])
def test_a_debt_number_beyond_any_id_is_simply_not_there(demo_path, capsys, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([command[0], "--db", str(demo_path), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith(f"There is no debt number {command[2]}.") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_date_beyond_what_can_be_computed_is_refused_as_usage(demo_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["plan", "--db", str(demo_path), "--debt", "1", "--as-of", "9999-12-31"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "'9999-12-31' is outside the dates DebtDesk computes with" in err and "Traceback" not in err


def test_check_says_the_file_is_whole_and_what_it_holds(household_path, capsys):
    assert main(["check", "--db", str(household_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The file is whole: 6 debts, ") and "collector contacts" in out


def test_rescue_says_how_many_rows_came_through(household_path, tmp_path, capsys):
    from tests.store.safety_helpers import damage_page

    damage_page(household_path, "payments_by_debt")  # an index: every row can still be read
    assert main(["status", "--db", str(household_path)]) == 1
    assert "is damaged" in capsys.readouterr().err
    assert main(["rescue", "--db", str(household_path), "--out", str(tmp_path / "new.debtdesk")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rescued ") and "6 debts" in out and "was left untouched" in out
    assert main(["status", "--db", str(tmp_path / "new.debtdesk")]) == 0
