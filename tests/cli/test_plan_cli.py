"""`debtdesk plan`: options, the household plan, fair shares, the month-by-month verdict, errors."""

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


def by_lender(data) -> dict:
    return {debt["lender"]: debt for debt in data["household"]["debts"]}


def test_single_debt_plan_schedule_and_totals(demo_path, capsys):
    debt = lender_id(demo_path, "中国建设银行")
    data = plan_json(capsys, "--db", str(demo_path), "--debt", str(debt), "--option", "deferral=2",
                     "--option", "instalments=12", "--option", "waive-penalties", "--available", "5000")
    plan = data["plans"][0]
    assert plan["options"] == {"deferral": "2", "instalments": "12", "waive-penalties": True}
    assert len(plan["schedule"]) == 14 and plan["schedule"][-1]["balance"] == "0.00"
    assert sum(D(r["payment"]) for r in plan["schedule"]) == D(plan["total_paid"])
    assert plan["owed_today"] == "58044.13" and plan["waived"] == "116.95"  # see tests/domain/test_proposal.py
    # 4,987.76 a month is less than the 5,000.00 available, but the five other debts are kept as contracted
    # and take 9,357.27 in their heaviest month: nothing is left for this one.
    house = data["household"]
    assert (house["provided_first"], house["pot"]) == ("9357.27", "-4357.27")
    offer = by_lender(data)["中国建设银行"]
    assert (offer["share"], offer["fits"], offer["short_by"]) == ("0.00", False, "4987.76")
    assert data["affordability"]["affordable"] is False and house["verdict"] == "short"


def test_the_issue_example_is_no_longer_called_affordable(household_path, capsys):
    data = plan_json(capsys, "--db", str(household_path), "--debt", "4", "--debt", "2", "--option", "instalments=24")
    assert [p["options"] for p in data["plans"]] == [{"instalments": "24"}] * 2  # the option serves both debts
    house = data["household"]
    assert house["available_per_month"] == "2200.00" and house["verdict"] == "short"
    offers = by_lender(data)
    assert offers["中国建设银行"]["share"] == offers["借呗 (蚂蚁消费金融)"]["share"] == "0.00"
    assert offers["中国建设银行"]["short_by"] == "2534.76" and offers["借呗 (蚂蚁消费金融)"]["short_by"] == "999.05"
    assert house["short_months"][0] == {"month": "2026-11", "short_by": "16240.00"}


def test_the_demo_household_fair_shares(household_path, capsys):
    data = plan_json(capsys, "--db", str(household_path), "--household", "--fair-share")
    offers = {name: (d["share"], d["options"]) for name, d in by_lender(data).items()}
    assert offers == {
        "招商银行信用卡": ("261.25", {"lower-payment": "261.25"}),
        "借呗 (蚂蚁消费金融)": ("355.83", {"lower-payment": "355.83"}),
        "微粒贷": ("244.47", {"lower-payment": "244.47"}),
        "中国建设银行": ("998.52", {"lower-payment": "998.52"}),
        "Anna Chan (private)": ("278.12", {"lower-payment": "278.12"}),
        "花呗分期": ("61.81", {"lower-payment": "61.81"}),
    }
    # Each share is 2,200.00 × its balance / 128,144.57 owed in all, to the cent; together exactly 2,200.00.
    debts = data["household"]["debts"]
    total = sum(D(d["balance"]) for d in debts)
    assert total == D("128144.57")
    for d in debts:
        assert abs(D(d["share"]) - D("2200.00") * D(d["balance"]) / total) < D("0.01")
        assert d["same_proportion"] and d["fits"]
    assert sum(D(d["share"]) for d in debts) == D("2200.00")
    months = data["household"]["months"]
    assert months[0] == {"month": "2026-11", "provided_first": "0.00", "shared": "278.12", "total": "278.12",
                         "short_by": "0.00"}  # only Anna Chan falls due (on the 26th) in November
    assert {m["total"] for m in months[1:66]} == {"2200.00"}
    assert data["household"]["verdict"] == "fits" and data["affordability"]["affordable"] is True
    assert len(data["plans"]) == 6


def test_several_plain_debts_share_what_the_others_leave(demo_path, capsys):
    ids = [lender_id(demo_path, n) for n in ("借呗 (蚂蚁消费金融)", "微粒贷", "中国建设银行")]
    args = ["--db", str(demo_path), "--available", "20000"]
    for i in ids:
        args += ["--debt", str(i)]
    data = plan_json(capsys, *args)
    shares = [D(p["monthly_share"]) for p in data["plans"]]
    assert data["household"]["pot"] == "15371.99"  # 20,000.00 − 4,628.01 for the three kept debts
    assert sum(shares) == D("15371.99")
    assert shares[2] > shares[0] > shares[1]  # the bank loan's balance is the largest
    assert [p["options"] for p in data["plans"]] == [{"lower-payment": str(s)} for s in shares]
    assert data["affordability"]["affordable"] is True


def test_the_small_household_by_hand(small_household_path, capsys):
    data = plan_json(capsys, "--db", str(small_household_path), "--household", "--fair-share")
    house = data["household"]
    assert (house["available_per_month"], house["provided_first"], house["pot"]) == ("2000.00", "1000.00", "1000.00")
    assert {d["lender"]: (d["group"], d["share"]) for d in house["debts"]} == {
        "Car finance": ("priority", None), "Aunt May": ("shared", "300.00"), "QuickLoan": ("shared", "700.00")}
    assert house["verdict"] == "fits" and house["short_months"] == []
    assert main(["plan", "--db", str(small_household_path), "--household", "--as-of", "2026-11-23"]) == 0
    text = capsys.readouterr().out
    assert "#1 Car finance (priority): owes 14,000.00; keep paying as contracted; up to 1,000.00 a month" in text
    assert "2026-11: 1,000.00 + 0.00 = 1,000.00" not in text
    assert "2026-11: 4,000.00 + 0.00 = 4,000.00, short by 2,000.00" in text
    assert "Verdict: NOT affordable" in text and "Not legal advice" in text


def test_options_belong_to_the_debt_before_them(small_household_path, capsys):
    data = plan_json(capsys, "--db", str(small_household_path), "--debt", "2", "--option", "instalments=3",
                     "--debt", "3", "--option", "pause=2", "--keep", "1")
    assert [(p["debt_id"], p["options"]) for p in data["plans"]] == [(2, {"instalments": "3"}), (3, {"pause": "2"})]
    quick = data["plans"][1]
    assert quick["total_paid"] == quick["current_cost"] == "7000.00"
    assert [r["payment"] for r in quick["schedule"][:3]] == ["0.00", "0.00", "1000.00"]


def test_start_settlement_date_and_lump_sum(small_household_path, capsys):
    data = plan_json(capsys, "--db", str(small_household_path), "--debt", "2", "--option", "settlement=50",
                     "--settle-on", "2027-02-01", "--lump-sum-available", "1000", "--start", "2026-12-01")
    house = data["household"]
    assert house["start"] == "2026-12-01" and house["months"][0]["month"] == "2026-12"
    aunt = by_lender(data)["Aunt May"]
    assert (aunt["group"], aunt["settlement"], aunt["settle_on"]) == ("settled", "1500.00", "2027-02-01")
    assert (house["lump_sum_needed"], house["lump_sum_short"], aunt["fits"]) == ("1500.00", "500.00", False)


def test_the_saved_plan_is_what_the_command_sees(small_household_path, capsys):
    from datetime import date

    from debtdesk.domain.household_spec import HouseholdSpec
    from debtdesk.domain.proposal_options import ProposalOptions
    from debtdesk.store.household import HouseholdBook

    with Store.open(small_household_path) as store:
        spec = HouseholdSpec("CNY", lump_sum=D("1500.00")).with_proposal(2, ProposalOptions(settlement_percent=D("50")))
        HouseholdBook(store).save(spec, date(2026, 11, 23))
    data = plan_json(capsys, "--db", str(small_household_path), "--household")
    assert by_lender(data)["Aunt May"]["options"] == {"settlement": "50"}
    assert data["household"]["lump_sum"] == "1500.00"
    data = plan_json(capsys, "--db", str(small_household_path), "--household", "--keep", "2")
    assert by_lender(data)["Aunt May"]["treatment"] == "keep"


def test_option_errors_are_one_sentence(demo_path, capsys):
    assert main(["plan", "--db", str(demo_path), "--debt", "1", "--option", "settlement=60",
                 "--option", "instalments=3"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("debtdesk plan: --option settlement: A one-off settlement cannot be combined with "
                   "instalments or a lower monthly payment.")
    assert main(["plan", "--db", str(demo_path), "--debt", "999"]) == 1
    assert "no debt number 999" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--debt", "2", "--option", "pause=3", "--option", "settlement=60"],
     "--option pause: A pause cannot be combined with a one-off settlement."),
    (["--debt", "2", "--option", "settlement=60", "--option", "freeze-interest"],
     "--option freeze-interest: A one-off settlement ends the debt"),
    (["--debt", "2", "--start", "2026-11-01"], "--start: The plan cannot start before 2026-11-23"),
    (["--debt", "2", "--settle-on", "2027-01-01"], "--settle-on: no debt is offered a one-off settlement"),
    (["--debt", "2", "--option", "settlement=60", "--option", "deferral=2", "--settle-on", "2027-01-01"],
     "--settle-on (debt 2): Give either a settlement date or a deferral"),
    (["--debt", "2", "--option", "settlement=60", "--settle-on", "2026-11-20"],
     "--settle-on (debt 2): The settlement date 2026-11-20 is before the plan starts (2026-11-23)."),
    (["--debt", "4", "--option", "lower-payment=50"], "--option lower-payment (debt 4): 50 a month does not cover"),
    (["--debt", "2", "--keep", "2"], "--keep 2: this debt is also given with --debt"),
    (["--keep", "1"], "--debt: name at least one debt"),
    (["--household", "--fair-share", "--available", "0"], "--available: Nothing is left each month to share"),
    (["--household", "--fair-share"], "--fair-share: Add a budget in CNY"),
    (["--household", "--currency", "yuan"], "--currency: use a three-letter currency code"),
    (["--debt", "2", "--lump-sum-available", "-5"], "--lump-sum-available: Must be at least 0."),
])
def test_household_errors_name_the_option(demo_path, capsys, args, message):
    assert main(["plan", "--db", str(demo_path), *args, "--as-of", "2026-11-23"]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_several_currencies_cannot_share_one_offer(demo_path, capsys):
    import sqlite3

    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("UPDATE debts SET currency = 'USD' WHERE id = 3")
    assert main(["plan", "--db", str(demo_path), "--debt", "2", "--debt", "3", "--available", "100"]) == 1
    assert "different currencies (CNY, USD)" in capsys.readouterr().err
    data = plan_json(capsys, "--db", str(demo_path), "--household", "--currency", "usd")
    assert [d["debt_id"] for d in data["household"]["debts"]] == [3]


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
