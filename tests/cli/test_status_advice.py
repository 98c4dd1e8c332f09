"""`debtdesk status`: the rate check per debt, guidance that follows the thresholds, help notices."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

from debtdesk.cli import main
from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.rate_lines import DEFAULT_LINES, RateReference
from debtdesk.store import Store
from debtdesk.store.settings import set_rate_reference, set_stage_thresholds


def status(path, capsys, *extra) -> dict:
    assert main(["status", "--db", str(path), "--as-of", "2026-11-23", "--json", *extra]) == 0
    return {d["lender"]: d for d in json.loads(capsys.readouterr().out)["debts"]}


def test_rate_check_per_debt_in_json(demo_path, capsys):
    debts = status(demo_path, capsys)
    weili = debts["微粒贷"]["rate_check"]
    # 20,000 at 18 % over 10 months with 600 taken up front: the true APR is 25.10 %.
    assert weili == {
        "apr": "0.251", "contract_rate": "0.18", "penalty_rate": "0.27",
        "exceeds": [{"line": "licensed-24", "rate": "0.24", "since": "2015-09-01", "by": ["apr", "penalty_rate"]}],
        "not_legal_advice": True,
    }
    card = debts["招商银行信用卡"]["rate_check"]
    assert [(e["line"], e["by"]) for e in card["exceeds"]] == [("licensed-24", ["penalty_rate"])]
    # 8 % a year, penalty 12 %: exactly four times the 3.0 % LPR, so not above the private line.
    anna = debts["Anna Chan (private)"]["rate_check"]
    assert (anna["contract_rate"], anna["penalty_rate"], anna["exceeds"]) == ("0.08", "0.12", [])
    assert all(d["rate_check"]["not_legal_advice"] is True for d in debts.values())
    assert [d["rate_check"]["exceeds"] for d in debts.values()].count([]) == 4


def test_rate_check_uses_the_lines_kept_in_the_file(demo_path, capsys):
    with Store.open(demo_path) as store:
        private = replace(DEFAULT_LINES[2], lpr_multiple=D("3"))
        set_rate_reference(store, RateReference(lines=(*DEFAULT_LINES[:2], private)))
    anna = status(demo_path, capsys)["Anna Chan (private)"]["rate_check"]
    assert anna["exceeds"] == [{"line": "private-4lpr", "rate": "0.09", "since": "2019-08-20", "by": ["penalty_rate"]}]


def test_guidance_titles_follow_the_files_thresholds(demo_path, capsys):
    debts = status(demo_path, capsys)
    assert debts["微粒贷"]["guidance"]["title"] == "Mid overdue (逾期中期): 8–30 days past due"
    with Store.open(demo_path) as store:
        set_stage_thresholds(store, StageThresholds(early=1, mid=16, late=46, severe=121))
    debts = status(demo_path, capsys)
    assert debts["微粒贷"]["guidance"]["title"] == "Mid overdue (逾期中期): 16–45 days past due"
    assert debts["中国建设银行"]["stage"] == "mid"  # 45 days past due: late only from day 46 now
    assert debts["中国建设银行"]["guidance"]["title"] == "Mid overdue (逾期中期): 16–45 days past due"


def test_notices_appear_with_flagged_contacts(demo_path, household_path, capsys):
    debts_only = status(demo_path, capsys)
    assert debts_only["借呗 (蚂蚁消费金融)"]["guidance"]["notices"] == ["paid-agencies"]
    assert debts_only["Anna Chan (private)"]["guidance"]["notices"] == ["legal-aid", "complaint-channels",
                                                                        "paid-agencies"]
    household = status(household_path, capsys)  # holds a night call that threatened arrest
    assert household["借呗 (蚂蚁消费金融)"]["guidance"]["notices"] == ["complaint-channels", "paid-agencies"]
    assert household["招商银行信用卡"]["guidance"]["notices"] == ["complaint-channels"]


def test_status_text_names_the_rate_check_and_the_help(household_path, capsys):
    assert main(["status", "--db", str(household_path), "--as-of", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert "Severe: 91 or more days past due" in out
    assert ("rate check: true APR 25.1%, penalty rate 27% above the licensed-24 line of 24% a year "
            "(since 2015-09-01); courts commonly do not support interest above it") in out
    assert "12348" in out and "12378" in out and "directly and for free" in out
    assert "void" not in out
    assert out.rstrip().endswith("not legal advice.")
