"""Proposals: every option's schedule reconciles to the cent; the fair-share split is exact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.demo import demo_debts
from debtdesk.domain.fair_share import pro_rata
from debtdesk.domain.proposal import ProposalError, ProposalOptions, build_plan, current_cost
from debtdesk.domain.proposal_options import options_from_dict, options_to_dict, parse_options
from debtdesk.domain.status import debt_status

AS_OF = date(2026, 11, 23)


def statuses():
    return [debt_status(debt, payments, AS_OF) for debt, payments in demo_debts(AS_OF)]


def bank_loan():
    return next(s for s in statuses() if s.debt.lender.name == "中国建设银行")


OPTIONS = [
    ProposalOptions(),
    ProposalOptions(deferral_months=3),
    ProposalOptions(instalment_months=60),
    ProposalOptions(deferral_months=2, instalment_months=12, waive_penalties=True),
    ProposalOptions(lower_payment=D("800.00")),
    ProposalOptions(lower_payment=D("800.00"), lower_months=6),
    ProposalOptions(lower_payment=D("500.00"), lower_months=6, instalment_months=24, freeze_interest=True),
    ProposalOptions(freeze_interest=True, waive_penalties=True, instalment_months=36),
    ProposalOptions(settlement_percent=D("60")),
    ProposalOptions(deferral_months=1, settlement_percent=D("75.5"), waive_penalties=True),
    ProposalOptions(settlement_percent=D("50"), settle_on=date(2027, 3, 1)),
    ProposalOptions(pause_months=3),
    ProposalOptions(pause_months=2, waive_penalties=True),
]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: str(options_to_dict(o)) or "defaults")
def test_every_option_reconciles_to_the_cent(options):
    for status in statuses():
        plan = build_plan(status, options)
        assert plan.rows[-1].balance == D("0.00")
        assert plan.total_paid == plan.owed_today + plan.total_interest - plan.forgiven
        for row in plan.rows:
            assert row.payment == row.principal + row.interest
            assert row.payment == row.payment.quantize(D("0.01"))
        dates = [r.due_date for r in plan.rows]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)


def test_instalments_and_deferral_by_hand():
    status = bank_loan()
    plan = build_plan(status, ProposalOptions(deferral_months=2, instalment_months=12, waive_penalties=True))
    assert plan.owed_today == status.state.outstanding == D("58044.13")
    # Penalty 0.0435 × 1.5 / 360 a day on overdue principal: instalment 11 (2,161.19) for 10 days to the
    # part payment on 10-19, then 1,187.19 for 35 days; instalment 12 (2,169.03) for 14 days: 16.95,
    # plus two late fees of 50.00.
    assert plan.waived == status.accrued.total == status.accrued.owed == D("116.95")
    assert [r.payment for r in plan.rows[:2]] == [D("0.00"), D("0.00")]
    assert len(plan.rows) == 14
    monthly = status.debt.rate.monthly
    assert plan.rows[0].interest == (D("58044.13") * monthly).quantize(D("0.01"))
    assert plan.rows[0].balance == D("58044.13") + plan.rows[0].interest
    assert plan.rows[0].due_date == date(2026, 12, 9)  # the loan's due day, in the month after as_of


def test_freeze_and_waiver_mean_paying_exactly_what_is_owed():
    status = bank_loan()
    plan = build_plan(status, ProposalOptions(freeze_interest=True, waive_penalties=True, instalment_months=36))
    assert plan.total_interest == 0 and plan.total_paid == status.state.outstanding
    assert {r.payment for r in plan.rows[:-1]} == {D("1612.34")}  # 58044.13 / 36, last one absorbs


def test_settlement_is_one_payment_and_the_rest_forgiven():
    status = bank_loan()
    plan = build_plan(status, ProposalOptions(settlement_percent=D("60"), waive_penalties=True))
    assert len(plan.rows) == 1
    assert plan.total_paid == D("34826.48") and plan.forgiven == D("23217.65")
    assert plan.saving == current_cost(status) - D("34826.48")


def test_lower_payment_that_does_not_cover_interest_is_refused():
    status = bank_loan()
    with pytest.raises(ProposalError) as info:
        build_plan(status, ProposalOptions(lower_payment=D("100")))
    assert info.value.errors[0].field == "lower_payment"
    assert "does not cover the interest" in info.value.errors[0].message


@pytest.mark.parametrize("words, field, message", [
    (["instalments=61"], "instalments", "Instalments run over 1 to 60 months."),
    (["settlement=60", "instalments=12"], "settlement", "cannot be combined"),
    (["deferral=two"], "deferral", "'two' is not a number."),
    (["deferral=1.5"], "deferral", "Must be a whole number."),
    (["holiday=3"], "option", "Unknown option 'holiday=3'"),
    (["settlement=0"], "settlement", "more than 0%"),
    (["settlement=60", "freeze-interest"], "freeze-interest", "no interest left to freeze"),
    (["pause=3", "settlement=60"], "pause", "cannot be combined with a one-off settlement"),
    (["pause=3", "instalments=12"], "pause", "cannot be combined with new instalments"),
    (["pause=3", "lower-payment=500"], "pause", "cannot be combined with a lower monthly payment"),
    (["pause=3", "deferral=2"], "pause", "cannot be combined with a deferral"),
    (["pause=3", "freeze-interest"], "pause", "cannot be combined with freeze-interest"),
    (["pause=25"], "pause", "between 0 and 24 months"),
    (["settle-on=2027-01-05"], "settle-on", "needs a settlement"),
    (["settlement=60", "deferral=2", "settle-on=2027-01-05"], "settle-on", "not both"),
    (["settle-on=5 January"], "settle-on", "is not a date (YYYY-MM-DD)"),
    (["deferral=1e999999999"], "deferral", "is not a number"),  # no exponents: the one number parser
    (["deferral=999999999"], "deferral", "Must be at most"),
    (["settlement=60%", "lower-payment=5"], "settlement", "cannot be combined"),  # 60% reads as 60
    (["deferral=3%"], "deferral", "is not a number"),
    (["lower-payment=12.000,50"], "lower-payment", "not clear"),
])
def test_bad_options_name_the_option(words, field, message):
    options, errors = parse_options(words)
    assert options is None and errors[0].field == field and message in errors[0].message


def test_options_round_trip_through_their_dict():
    for options in OPTIONS:
        assert options_from_dict(options_to_dict(options)) == options
    assert options_to_dict(ProposalOptions(pause_months=3, settle_on=None)) == {"pause": "3"}


def test_a_freeze_stored_with_a_settlement_before_schema_5_is_dropped_on_reading():
    assert options_from_dict({"settlement": "60", "freeze-interest": True}) == \
        ProposalOptions(settlement_percent=D("60"))


def test_settlement_on_a_chosen_day():
    status = bank_loan()
    plan = build_plan(status, ProposalOptions(settlement_percent=D("60"), settle_on=date(2027, 2, 14)))
    assert [(r.due_date, r.payment) for r in plan.rows] == [(date(2027, 2, 14), plan.total_paid)]


balances = st.dictionaries(st.integers(1, 50), st.decimals(D("0.01"), D("10000000"), places=2), min_size=1,
                           max_size=12)


@settings(max_examples=300, deadline=None)
@given(amount=st.decimals(D("0"), D("1000000"), places=2), balances=balances)
def test_pro_rata_shares_sum_exactly_and_stay_proportional(amount, balances):
    shares = pro_rata(amount, balances)
    assert sum(shares.values()) == amount
    total = sum(balances.values())
    for key, share in shares.items():
        exact = amount * balances[key] / total
        assert abs(share - exact) < D("0.01")  # off by less than a cent
        assert share >= 0


def test_pro_rata_example_and_zero_balances():
    assert pro_rata(D("100.00"), {"a": D("1"), "b": D("1"), "c": D("1")}) == \
        {"a": D("33.34"), "b": D("33.33"), "c": D("33.33")}
    assert pro_rata(D("10.00"), {"a": D("0"), "b": D("5")}) == {"a": D("0.00"), "b": D("10.00")}
