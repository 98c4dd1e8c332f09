"""A letter promises only what the household plan shows can be paid, and states the lender's own share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from debtdesk.domain.demo import demo_budget, demo_debts
from debtdesk.domain.household import household_plan
from debtdesk.domain.household_shares import suggest_fair_shares
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal import ProposalOptions
from debtdesk.domain.status import debt_status
from debtdesk.letters import Party, negotiation_letter

AS_OF = date(2026, 11, 23)
BUDGET = demo_budget(AS_OF)


def statuses():
    return [debt_status(replace(d, id=n), p, AS_OF) for n, (d, p) in enumerate(demo_debts(AS_OF), 1)]


def afford_text(spec: HouseholdSpec, lender: str, language: str = "en") -> str:
    all_statuses = statuses()
    status = next(s for s in all_statuses if s.debt.lender.name == lender)
    house = household_plan(all_statuses, spec, BUDGET.disposable, AS_OF)
    line = house.line(status.debt.id)
    letter = negotiation_letter(Party("Chen Dawen"), status, line.plan, BUDGET, [], language, AS_OF,
                                offer=house.offer(status.debt.id))
    return next(s for s in letter.sections if s.key == "afford").paragraphs[0]


def fair() -> HouseholdSpec:
    return suggest_fair_shares(statuses(), HouseholdSpec("CNY"), BUDGET.disposable, AS_OF)


def test_a_fair_share_offer_states_the_share_and_may_promise():
    text = afford_text(fair(), "微粒贷")
    # 2,200.00 × 14,240.00 / 128,144.57 owed to the six lenders = 244.47 (see tests/cli/test_plan_cli.py)
    assert "your share is CNY 244.47 a month" in text
    assert "I am offering the same proportion of what I owe on each of these debts" in text
    assert "I am confident that I can keep to the arrangement" in text


def test_asking_more_than_the_share_asks_and_names_the_share():
    bank = next(s.debt.id for s in statuses() if s.debt.lender.name == "中国建设银行")
    spec = fair().with_proposal(bank, ProposalOptions(instalment_months=24))
    text = afford_text(spec, "中国建设银行")
    assert "more than the CNY 998.52 a month my budget leaves for you" in text and "I cannot promise it" in text
    assert "confident" not in text and "same proportion" not in text  # this lender is not offered its share
    zh = afford_text(spec, "中国建设银行", "zh-Hans")
    assert "本人无法保证每月足额按期偿还" in zh and "确保按期履行" not in zh


def test_a_settlement_without_the_money_named_is_not_promised():
    card = next(s.debt.id for s in statuses() if s.debt.lender.name == "招商银行信用卡")
    spec = fair().with_proposal(card, ProposalOptions(settlement_percent=D("60")))
    assert "cannot yet promise it by" in afford_text(spec, "招商银行信用卡")
    enough = replace(spec, lump_sum=D("20000.00"))
    assert "I will be able to pay the settlement amount by" in afford_text(enough, "招商银行信用卡")


def test_a_letter_never_states_the_whole_surplus_as_available_to_one_lender_alone():
    text = afford_text(fair(), "花呗分期", "zh-Hans")
    assert "该金额需在本人无法足额偿还的6笔债务（含对贵公司的欠款）之间按比例分配" in text


def test_the_appendix_chart_sets_the_budget_against_what_the_plan_pays_all_lenders(tmp_path):
    """Not one lender's share beside every expense (which suggested a large surplus)."""
    from debtdesk.services.letter_inputs import letter_inputs
    from debtdesk.services.plans import saved_spec
    from debtdesk.store.demo import write_demo
    from debtdesk.store.household import HouseholdBook
    from debtdesk.store.repository import Store

    path = tmp_path / "house.debtdesk"
    write_demo(path, AS_OF)
    with Store.open(path) as store:
        from debtdesk.services.statuses import debt_statuses

        spec = suggest_fair_shares(debt_statuses(store, AS_OF), saved_spec(store, "CNY", AS_OF), BUDGET.disposable,
                                   AS_OF)
        HouseholdBook(store).save(spec, AS_OF)
        card = next(d for d in store.debts() if d.lender.name == "花呗分期")
        inputs = letter_inputs(store, card.id, spec.options_for(card.id), AS_OF)
    assert inputs.offer.share == D("61.81")
    assert inputs.household_monthly == D("2200.00")  # every lender's share together, not 61.81
