"""`debtdesk export-csv`: the same tables as File ▸ Export; one-sentence errors, exit status 1."""

from __future__ import annotations

import csv
import io

import pytest

from debtdesk import cli


def read(path) -> list[dict]:
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(text[3:].decode("utf-8"), newline="")))


@pytest.mark.parametrize("what, count", [("register", 6), ("contacts", 4), ("budget", 12)])
def test_each_table_is_written(household_path, tmp_path, capsys, what, count):
    out = tmp_path / f"{what}.csv"
    assert cli.main(["export-csv", "--db", str(household_path), "--what", what, "--out", str(out),
                     "--as-of", "2026-11-23"]) == 0
    assert len(read(out)) == count
    assert f"Wrote {count} {what} rows" in capsys.readouterr().out


def test_the_schedule_of_one_debt(household_path, tmp_path):
    out = tmp_path / "s.csv"
    assert cli.main(["export-csv", "--db", str(household_path), "--what", "schedule", "--debt", "4",
                     "--out", str(out), "--as-of", "2026-11-23"]) == 0
    rows = read(out)
    assert len(rows) == 36 and rows[0]["lender"] == "中国建设银行" and rows[0]["due_date"] == "2025-12-09"


@pytest.mark.parametrize("args, message", [
    (["--what", "schedule"], "--debt: the schedule of which debt?"),
    (["--what", "schedule", "--debt", "99"], "There is no debt number 99."),
    (["--what", "register", "--debt", "4"], "--debt: only the schedule"),
    (["--what", "budget", "--as-of", "2020-01-01"], "no budget taken on or before 2020-01-01"),
])
def test_errors_are_one_sentence(household_path, tmp_path, capsys, args, message):
    out = tmp_path / "x.csv"
    assert cli.main(["export-csv", "--db", str(household_path), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_missing_file_is_refused(tmp_path, capsys):
    assert cli.main(["export-csv", "--db", str(tmp_path / "none.debtdesk"), "--what", "register",
                     "--out", str(tmp_path / "x.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err
