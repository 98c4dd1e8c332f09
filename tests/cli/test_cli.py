"""The `debtdesk` command: schedule, demo, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from debtdesk.cli import main
from debtdesk.store import Store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "debtdesk", *args], capture_output=True, text=True, timeout=60)


REFERENCE = ["schedule", "--principal", "1000000", "--annual-rate", "4.9", "--months", "360",
             "--start", "2026-01-15", "--json"]


def test_schedule_json_matches_the_public_reference_figures(capsys):
    assert main([*REFERENCE, "--method", "equal-instalment"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["payments"]) == 360
    first = data["payments"][0]
    assert first == {"date": "2026-02-15", "payment": "5307.27", "principal": "1223.94",
                     "interest": "4083.33", "balance": "998776.06"}
    assert data["payments"][-1]["balance"] == "0.00"
    assert data["total_interest"] == "910615.12"
    assert main([*REFERENCE, "--method", "equal-principal"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["payments"][0]["payment"] == "6861.11"


@pytest.mark.parametrize("rate", ["4.9", "4.9%", " ４．９％ ", "4.90 %"])
def test_annual_rate_forms_agree(capsys, rate):
    args = [*REFERENCE, "--method", "equal-instalment"]
    args[args.index("4.9")] = rate
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["payments"][0]["payment"] == "5307.27" and err == ""


def test_a_rate_below_one_is_a_percentage_as_in_the_form(capsys):
    # It used to mean 4.9 % here and 0.049 % in the form; now it means 0.049 % everywhere, with a note.
    args = [*REFERENCE, "--method", "bullet"]
    args[args.index("4.9")] = "0.049"
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["total_interest"] == "14700.00"  # 1,000,000 × 0.049 % × 30 years
    assert err == "note: --annual-rate 0.049 is read as 0.049% a year (rates are percentages; for 4.9% write 4.9)\n"
    assert main([a for a in args if a != "--json"]) == 0  # the table too


def test_help_documents_the_rate_rule(capsys):
    with pytest.raises(SystemExit):
        main(["schedule", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "4.9 and 4.9% both mean 4.9%, and 0.5 means 0.5%" in help_text


def test_schedule_table_output(capsys):
    assert main(["schedule", "--principal", "12000", "--annual-rate", "12", "--months", "12",
                 "--method", "interest-only", "--start", "2026-01-31"]) == 0
    out = capsys.readouterr().out
    assert "2026-02-28" in out and "12,120.00" in out  # last payment: principal + a month's interest


@pytest.mark.parametrize("args, message", [
    (["--principal", "-5"], "--principal: Must be greater than zero."),
    (["--annual-rate", "abc"], "--annual-rate: 'abc' is not a number."),
    (["--annual-rate", "4,9"], "--annual-rate: '4,9' is not clear: write decimals with '.', as in 1234.56."),
    (["--principal", "12.000,50"], "--principal: '12.000,50' is not clear: write decimals with '.', as in 1234.56."),
    (["--principal", "20,000"], "--principal: '20,000' could mean 20000 or 20.000: write it without the separator, "
                                "or with decimals."),
    (["--months", "0"], "--months: Must be at least 1."),
    (["--start", "2026-02-30"], "--start: '2026-02-30' is not a date (YYYY-MM-DD)."),
])
def test_bad_input_is_one_sentence_on_stderr_with_status_1(args, message):
    base = {"--principal": "1000", "--annual-rate": "5", "--months": "12", "--start": "2026-01-01"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [item for pair in base.items() for item in pair]
    result = run("schedule", *flat, "--method", "bullet")
    assert result.returncode == 1
    assert result.stderr.strip() == f"debtdesk schedule: {message}"
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_usage_errors_exit_2():
    result = run("schedule", "--principal", "1000")
    assert result.returncode == 2 and "required" in result.stderr


def test_demo_writes_a_new_file_and_refuses_an_existing_one(tmp_path, capsys):
    path = tmp_path / "d.debtdesk"
    assert main(["demo", "--db", str(path), "--as-of", "2026-11-23"]) == 0
    with Store.open(path) as store:
        assert store.counts() == {"lenders": 6, "debts": 6, "payments": 20}
        rows = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("budgets", "budget_lines", "evidence_items", "contacts")}
        assert rows == {"budgets": 1, "budget_lines": 9, "evidence_items": 12, "contacts": 4}
        obtained = store.conn.execute("SELECT count(*) FROM evidence_items WHERE status = 'obtained'").fetchone()
        assert obtained[0] == 3
    before = path.read_bytes()
    assert main(["demo", "--db", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_status_json_per_debt(demo_path, capsys):
    assert main(["status", "--db", str(demo_path), "--as-of", "2026-11-23", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_lender = {d["lender"]: d for d in data["debts"]}
    jiebei = by_lender["借呗 (蚂蚁消费金融)"]
    assert (jiebei["days_past_due"], jiebei["stage"], jiebei["bucket"]) == (5, "early", "M1")
    assert [(t["stage"], t["date"], t["days_past_due"]) for t in jiebei["transitions"]] == [
        ("mid", "2026-11-26", 8), ("late", "2026-12-19", 31), ("severe", "2027-02-17", 91)]
    assert jiebei["transitions"][0]["total"] == "11.78"
    assert by_lender["Anna Chan (private)"]["stage"] == "severe"
    assert by_lender["Anna Chan (private)"]["transitions"] == []
    assert "not legal advice" in data["note"]


def test_status_as_of_changes_the_answer(demo_path, capsys):
    assert main(["status", "--db", str(demo_path), "--as-of", "2026-12-20", "--json"]) == 0
    jiebei = next(d for d in json.loads(capsys.readouterr().out)["debts"] if d["lender"].startswith("借呗"))
    assert (jiebei["days_past_due"], jiebei["stage"]) == (32, "late")


def test_status_of_a_missing_file_is_refused(tmp_path):
    result = run("status", "--db", str(tmp_path / "nope.debtdesk"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "nope.debtdesk").exists()


def test_export_then_import_round_trips_the_whole_household(household_path, tmp_path, capsys):
    out, again = tmp_path / "h.json", tmp_path / "again.json"
    target = tmp_path / "copy.debtdesk"
    assert main(["export", "--db", str(household_path), "--out", str(out)]) == 0
    assert main(["import", "--db", str(target), str(out)]) == 0
    assert "6 debts" in capsys.readouterr().out
    assert main(["export", "--db", str(target), "--out", str(again)]) == 0
    assert out.read_bytes() == again.read_bytes()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["tables"]["contacts"]) == 4 and len(data["tables"]["evidence_items"]) == 12


def test_import_of_a_hostile_file_leaves_no_target(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "debtdesk-interchange", "version": 1, "tables": {"debts": [{"id": true}]}}')
    result = run("import", "--db", str(tmp_path / "new.debtdesk"), str(bad))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "new.debtdesk").exists()


def test_reading_commands_never_write_into_an_empty_file(tmp_path):
    empty = tmp_path / "empty.debtdesk"
    empty.write_bytes(b"")
    result = run("status", "--db", str(empty))
    assert result.returncode == 1 and "is empty, not a DebtDesk file" in result.stderr
    assert empty.read_bytes() == b""


def test_demo_into_a_missing_folder_names_the_folder(tmp_path):
    result = run("demo", "--db", str(tmp_path / "nope" / "d.debtdesk"))
    assert result.returncode == 1 and "does not exist" in result.stderr and "not a DebtDesk file" not in result.stderr
