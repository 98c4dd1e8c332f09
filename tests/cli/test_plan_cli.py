"""`debtdesk plan`: options, fair share, affordability, errors."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from debtdesk.cli import main
from debtdesk.store import Store


def plan_json(capsys, *args) -> dict:
    assert main(["plan", *args, "--as-of", "2026-11-23", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def lender_id(path, name) -> int:
    with Store.open(path) as store:
        return next(d.id for d in store.debts() if d.lender.name == name)


def test_single_debt_plan_schedule_and_totals(demo_path, capsys):
    debt = lender_id(demo_path, "中国建设银行")
    data = plan_json(capsys, "--db", str(demo_path), "--debt", str(debt), "--option", "deferral=2",
                     "--option", "instalments=12", "--option", "waive-penalties", "--available", "5000")
    plan = data["plans"][0]
    assert plan["options"] == {"deferral": "2", "instalments": "12", "waive-penalties": True}
    assert len(plan["schedule"]) == 14 and plan["schedule"][-1]["balance"] == "0.00"
    assert sum(D(r["payment"]) for r in plan["schedule"]) == D(plan["total_paid"])
    assert plan["owed_today"] == "58044.13" and plan["waived"] == "116.95"  # see tests/domain/test_proposal.py
    assert data["affordability"] == {"available_per_month": "5000.00",
                                     "highest_monthly_total": plan["highest_payment"], "affordable": True}


def test_fair_share_offer_splits_the_money_exactly(demo_path, capsys):
    ids = [lender_id(demo_path, n) for n in ("借呗 (蚂蚁消费金融)", "微粒贷", "中国建设银行")]
    args = ["--db", str(demo_path), "--available", "3000"]
    for i in ids:
        args += ["--debt", str(i)]
    data = plan_json(capsys, *args)
    shares = [D(p["monthly_share"]) for p in data["plans"]]
    assert sum(shares) == D("3000.00")
    assert shares[2] > shares[0] > shares[1]  # the bank loan's balance is the largest
    assert data["affordability"]["affordable"] is True


def test_unaffordable_plan_says_so(demo_path, capsys):
    debt = lender_id(demo_path, "中国建设银行")
    data = plan_json(capsys, "--db", str(demo_path), "--debt", str(debt), "--option", "instalments=6",
                     "--available", "1000")
    assert data["affordability"]["affordable"] is False


def test_option_errors_are_one_sentence(demo_path, capsys):
    assert main(["plan", "--db", str(demo_path), "--debt", "1", "--option", "settlement=60",
                 "--option", "instalments=3"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("debtdesk plan: --option settlement: A one-off settlement cannot be combined with "
                   "instalments or a lower monthly payment.")
    assert main(["plan", "--db", str(demo_path), "--debt", "999"]) == 1
    assert "no debt number 999" in capsys.readouterr().err


def test_several_currencies_cannot_share_one_offer(demo_path, capsys):
    import sqlite3

    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("UPDATE debts SET currency = 'USD' WHERE id = 3")
    assert main(["plan", "--db", str(demo_path), "--debt", "2", "--debt", "3", "--available", "100"]) == 1
    assert "different currencies (CNY, USD)" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--available", "1" + "0" * 40], "--available: Must be at most"),
    (["--available", "0.001"], "--available: At most two decimal places"),
    (["--option", "lower-payment=1" + "0" * 40], "--option lower-payment: Must be at most"),
    (["--option", "lower-payment=0.004"], "--option lower-payment: Must be at least 0.01."),
])
def test_absurd_amounts_are_refused_with_a_sentence(demo_path, capsys, args, message):
    assert main(["plan", "--db", str(demo_path), "--debt", "4", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_settlement_percentage_may_carry_a_percent_sign(demo_path, capsys):
    plain = plan_json(capsys, "--db", str(demo_path), "--debt", "4", "--option", "settlement=60")
    signed = plan_json(capsys, "--db", str(demo_path), "--debt", "4", "--option", "settlement=60%")
    assert signed == plain
