"""`debtdesk chart` and `debtdesk payoff`: files written, kinds listed, plans printed, errors as one sentence."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from debtdesk.charts.kinds import KINDS
from debtdesk.cli import main
from debtdesk.store import Store

AS_OF = ["--as-of", "2026-11-23"]


@pytest.fixture
def empty_path(tmp_path):
    path = tmp_path / "empty.debtdesk"
    with Store.create(path):
        pass
    return path


def test_help_lists_every_kind(capsys):
    with pytest.raises(SystemExit):
        main(["chart", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for kind in KINDS:
        assert f"{kind}:" in out
    assert "--debt ID" in out and "--lang" in out and "--theme" in out


@pytest.mark.parametrize("kind, suffix", [("owed", "png"), ("balance", "svg"), ("waiting", "pdf"),
                                          ("budget", "png"), ("plans", "svg"), ("payoff", "png")])
def test_each_kind_is_written_from_the_demo_household(kind, suffix, household_path, tmp_path):
    out = tmp_path / f"{kind}.{suffix}"
    assert main(["chart", "--db", str(household_path), "--kind", kind, "--out", str(out), "--lang", "zh-Hans",
                 *AS_OF]) == 0
    head = out.read_bytes()[:8]
    assert {"png": head == b"\x89PNG\r\n\x1a\n", "svg": b"<?xml" in head, "pdf": head.startswith(b"%PDF")}[suffix]


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_draws_an_empty_file_without_a_traceback(kind, empty_path, tmp_path, capsys):
    out = tmp_path / "empty.png"
    assert main(["chart", "--db", str(empty_path), "--kind", kind, "--out", str(out), "--theme", "dark", *AS_OF]) == 0
    assert out.stat().st_size > 1000 and capsys.readouterr().err == ""


def test_one_debt_and_its_table(household_path, tmp_path, capsys):
    with Store.open(household_path) as store:
        debt = next(d for d in store.debts() if d.lender.name == "中国建设银行")
    out = tmp_path / "waiting.png"
    assert main(["chart", "--db", str(household_path), "--kind", "waiting", "--debt", str(debt.id), "--out", str(out),
                 "--table", *AS_OF]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "The cost of waiting: 中国建设银行 · Bank loan"
    assert lines[1].split("\t") == ["Date", "中国建设银行 · Bank loan", "Stage entered"]
    assert lines[2].split("\t")[0] == "2026-11-23" and len(lines) == 2 + 366


@pytest.mark.parametrize("args, message", [
    (["--kind", "owed", "--out", "chart.gif"],
     "debtdesk chart: --out: chart.gif is not a .png, .svg or .pdf file name."),
    (["--kind", "owed", "--debt", "1", "--out", "x.png"],
     "debtdesk chart: --debt: the owed chart shows every debt together; --debt works with balance and waiting."),
    (["--kind", "balance", "--debt", "99", "--out", "x.png"], "debtdesk chart: There is no debt number 99."),
    (["--kind", "plans", "--monthly", "-5", "--out", "x.png"], "debtdesk chart: --monthly: "),
])
def test_chart_errors_are_one_sentence(args, message, household_path, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["chart", "--db", str(household_path), *args, *AS_OF]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(message) and "\n" not in err and "Traceback" not in err


def test_payoff_json_gives_the_order_and_the_debt_free_date(household_path, capsys):
    assert main(["payoff", "--db", str(household_path), "--strategy", "avalanche", "--monthly", "9000", "--json",
                 *AS_OF]) == 0
    data = json.loads(capsys.readouterr().out)
    names = {d["debt_id"]: d["lender"] for d in data["debts"]}
    assert next(names[i] for i in data["clear_order"]) == "微粒贷"
    assert data["debt_free_on"] == "2028-03-09" and data["months"] == 16
    assert sum(D(m["paid"]) for m in data["by_month"]) == D(data["total_paid"])
    assert D(data["saving"]) == (D(data["current_terms"]["interest_and_penalties"])
                                 - D(data["interest_and_penalties"]))
    for debt in data["debts"]:
        assert debt["schedule"][-1]["balance"] == "0.00"


def test_payoff_text_and_refusal(household_path, capsys):
    assert main(["payoff", "--db", str(household_path), "--strategy", "fair-share", "--monthly", "12000",
                 *AS_OF]) == 0
    out = capsys.readouterr().out
    assert out.startswith("fair-share: 12,000.00 CNY a month") and "Debt-free on" in out
    assert main(["payoff", "--db", str(household_path), "--strategy", "snowball", "--monthly", "2200", *AS_OF]) == 1
    assert capsys.readouterr().err.strip() == (
        "debtdesk payoff: --monthly: 2,200.00 a month is less than the minimum payments of these debts together "
        "(8,951.20); set at least that much, or ask the lenders for lower payments with a proposal.")


def test_payoff_of_an_empty_file_says_there_is_nothing_to_plan(empty_path, capsys):
    assert main(["payoff", "--db", str(empty_path), "--strategy", "avalanche", "--monthly", "100", *AS_OF]) == 1
    assert capsys.readouterr().err.strip() == "debtdesk payoff: Nothing is owed: there is no plan to make."
