"""Agreements: the agreed schedule from terms, replacing the contract's from its start, breaches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.agreement import (
    Agreement,
    AgreementError,
    AgreementTerms,
    OnBreach,
    agreed_rows,
    in_force,
    terms_from_dict,
    terms_to_dict,
)
from debtdesk.domain.agreement_check import RowState, Standing, check_agreement
from debtdesk.domain.agreement_offer import parse_terms, terms_from_plan
from debtdesk.domain.debt import Debt, Lender, Payment, ProductKind, Rate, RepaymentMethod
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.overdue import Stage
from debtdesk.domain.proposal import build_plan
from debtdesk.domain.status import debt_status
from tests.domain.test_proposal import OPTIONS

AS_OF = date(2026, 11, 23)


def loan() -> Debt:
    """12,000 over 12 months at 18 %, due on the 15th from 2026-02-15."""
    return Debt(Lender("微粒贷"), ProductKind.ONLINE_LOAN, D("12000.00"), date(2026, 1, 15), 12, Rate(D("0.18")),
                RepaymentMethod.EQUAL_INSTALMENT, grace_days=0, id=1)


def paid_first(n: int) -> list[Payment]:
    """The first n instalments paid on their due dates."""
    from debtdesk.domain.schedule import schedule_for

    return [Payment(1, inst.due_date, inst.payment, id=i) for i, inst in enumerate(schedule_for(loan()), 1)][:n]


def agreement(grace: int = 0, start=date(2026, 8, 1), **terms) -> Agreement:
    values = dict(balance=D("6000.00"), first_due=date(2026, 8, 20), instalment_months=6, grace_days=grace)
    values.update(terms)
    return Agreement(1, AgreementTerms(**values), start=start, signed_on=start, id=1)


# -- the agreed schedule ---------------------------------------------------------------------------

def test_agreed_rows_from_terms_reconcile_to_the_cent():
    rows = agreed_rows(AgreementTerms(D("6000.00"), date(2026, 8, 20), instalment_months=7))
    assert [r.due_date for r in rows] == [date(2026, m, 20) for m in range(8, 13)] + [date(2027, 1, 20),
                                                                                       date(2027, 2, 20)]
    assert [r.payment for r in rows] == [D("857.14")] * 6 + [D("857.16")]
    assert sum(r.payment for r in rows) == D("6000.00") and rows[-1].balance == 0


def test_down_payment_then_instalments_with_a_pause():
    terms = AgreementTerms(D("10000.00"), date(2026, 12, 5), deferral_months=2, down_payment=D("1000.00"),
                           instalment_months=3)
    rows = agreed_rows(terms)
    assert [r.payment for r in rows] == [0, 0, D("1000.00"), D("3000.00"), D("3000.00"), D("3000.00")]
    assert rows[2].due_date == date(2027, 2, 5)
    schedule = Agreement(1, terms, date(2026, 12, 1), date(2026, 12, 1)).schedule
    assert [i.number for i in schedule] == [3, 4, 5, 6]  # the pause asks for nothing


def test_settlement_forgives_the_rest():
    terms = AgreementTerms(D("10000.00"), date(2026, 12, 5), settlement=D("6500.00"))
    assert [r.payment for r in agreed_rows(terms)] == [D("6500.00")]
    assert terms.forgiven == D("3500.00")


@pytest.mark.parametrize("options", OPTIONS)
def test_an_accepted_proposal_gives_exactly_its_plan(options):
    for debt, payments in demo_debts(AS_OF):
        plan = build_plan(debt_status(debt, payments, AS_OF), options)
        rows = agreed_rows(terms_from_plan(plan))
        assert [(r.due_date, r.payment, r.interest, r.balance) for r in rows] == \
               [(r.due_date, r.payment, r.interest, r.balance) for r in plan.rows]


def test_terms_round_trip_as_text_and_refuse_nonsense():
    terms = AgreementTerms(D("10000.00"), date(2026, 12, 5), annual_rate=D("0.06"), deferral_months=1,
                           down_payment=D("500"), instalment_months=12, grace_days=3, waived=D("812.40"))
    assert terms_from_dict(terms_to_dict(terms)) == terms
    assert terms_to_dict(terms)["balance"] == "10000.00"
    with pytest.raises(ValueError, match="instalment_months"):
        terms_from_dict({**terms_to_dict(terms), "instalment_months": 0})
    with pytest.raises(ValueError, match="unknown"):
        terms_from_dict({**terms_to_dict(terms), "surprise": 1})
    with pytest.raises(AgreementError):
        agreed_rows(AgreementTerms(D("100"), date(2026, 1, 1), settlement=D("50"), instalment_months=3))


def test_counter_offer_words():
    terms, errors = parse_terms(["balance=24000", "instalments=12", "down-payment=2000", "rate=6%", "grace=3"],
                                date(2027, 1, 10))
    assert errors == [] and terms.annual_rate == D("0.06") and terms.grace_days == 3
    _, errors = parse_terms(["instalments=1.5"], date(2027, 1, 10))
    assert {e.field for e in errors} == {"instalments", "balance"}
    _, errors = parse_terms(["balance=100", "settlement=50", "instalments=2"], date(2027, 1, 10))
    assert [e.field for e in errors] == ["settlement"]


# -- the agreement replaces the contract's schedule from its start ------------------------------------

def test_days_past_due_before_and_after_the_start():
    debt, payments, deal = loan(), paid_first(4), agreement()
    # Instalment 5 (2026-06-15) is unpaid: 46 days past due the day before the agreement starts ...
    before = debt_status(debt, payments, date(2026, 7, 31), agreement=deal)
    assert before.agreement is None and before.state.days_past_due == 46 and before.state.stage is Stage.LATE
    # ... and current from its start: the arrears are carried by the agreed balance.
    after = debt_status(debt, payments, date(2026, 8, 1), agreement=deal)
    assert after.agreement is deal and after.state.days_past_due == 0 and after.state.stage is Stage.CURRENT
    assert after.state.outstanding == D("6000.00")
    assert after.state.next_due_date == date(2026, 8, 20)
    # The contract stays as history: its instalments due before the start, as they stood.
    assert [p.instalment.number for p in after.superseded] == [1, 2, 3, 4, 5, 6]
    assert [p.settled for p in after.superseded] == [True] * 4 + [False] * 2
    assert after.schedule == before.schedule  # the contract's, for the APR and the record
    assert [i.due_date for i in after.effective_schedule][6:8] == [date(2026, 8, 20), date(2026, 9, 20)]
    # Penalties charged before the start are closed (carried or waived), none accrue on agreed rows.
    assert before.accrued.owed > 0 and after.accrued.owed == 0
    assert after.accrued.total == before.accrued.total
    # An agreed payment missed: days past due count from the agreed due date.
    late = debt_status(debt, payments, date(2026, 9, 4), agreement=deal)
    assert late.state.days_past_due == 15 and late.state.stage is Stage.MID
    paid = debt_status(debt, payments + [Payment(1, date(2026, 8, 20), D("1000.00"), id=9)], date(2026, 9, 4),
                       agreement=deal)
    assert paid.state.days_past_due == 0 and paid.state.next_due_date == date(2026, 9, 20)


def test_an_ended_agreement_gives_the_contract_back():
    deal = replace(agreement(), ended_on=date(2026, 10, 1))
    assert debt_status(loan(), paid_first(4), date(2026, 9, 30), agreement=deal).agreement is deal
    back = debt_status(loan(), paid_first(4), date(2026, 10, 1), agreement=deal)
    assert back.agreement is None and back.state.days_past_due == (date(2026, 10, 1) - date(2026, 6, 15)).days
    assert in_force([deal, replace(deal, id=2, start=date(2026, 9, 1))], date(2026, 9, 15)).id == 2


# -- breaches ---------------------------------------------------------------------------------------

def test_breach_found_on_the_right_day_without_grace():
    deal, due = agreement(grace=0), date(2026, 8, 20)
    on_due = check_agreement(deal, [], due)
    assert on_due.standing is Standing.ON_TRACK and on_due.rows[0].state is RowState.DUE
    broken = check_agreement(deal, [], due + timedelta(days=1))
    assert broken.standing is Standing.BROKEN
    assert broken.breach.on == date(2026, 8, 21) and broken.breach.shortfall == D("1000.00")
    assert not broken.breach.part_paid and broken.rows[0].state is RowState.MISSED


def test_breach_found_on_the_right_day_with_grace():
    deal = agreement(grace=5)
    for day in range(21, 26):  # 08-21 .. 08-25: late, but inside the grace
        check = check_agreement(deal, [], date(2026, 8, day))
        assert check.standing is Standing.IN_GRACE and check.pay_by == date(2026, 8, 25), day
    broken = check_agreement(deal, [], date(2026, 8, 26))
    assert broken.standing is Standing.BROKEN and broken.breach.on == date(2026, 8, 26)
    # Paid on the last day of grace: kept.
    kept = check_agreement(deal, [Payment(1, date(2026, 8, 25), D("1000.00"))], date(2026, 9, 1))
    assert kept.standing is Standing.ON_TRACK and kept.rows[0].state is RowState.PAID


def test_a_short_payment_breaks_it_and_a_late_one_does_not_mend_it():
    deal = agreement(grace=3)
    short = check_agreement(deal, [Payment(1, date(2026, 8, 20), D("600.00"))], date(2026, 8, 24))
    assert short.breach.part_paid and short.breach.shortfall == D("400.00") and short.breach.on == date(2026, 8, 24)
    late = check_agreement(deal, [Payment(1, date(2026, 8, 20), D("600.00")),
                                  Payment(1, date(2026, 8, 30), D("400.00"))], date(2026, 9, 1))
    assert late.standing is Standing.BROKEN and late.rows[0].state is RowState.PAID_LATE


def test_two_paid_one_missed_with_what_happens_next():
    debt, deal = loan(), agreement(grace=3)
    payments = paid_first(4) + [Payment(1, date(2026, 8, 20), D("1000.00")),
                                Payment(1, date(2026, 9, 19), D("1000.00"))]
    check = check_agreement(deal, payments, date(2026, 10, 24), debt)
    assert [r.state for r in check.rows[:3]] == [RowState.PAID, RowState.PAID, RowState.MISSED]
    assert check.breach.on == date(2026, 10, 24) and check.paid == D("2000.00") and check.remaining == D("4000.00")
    # The usual clause revives the contract: everything it asks today, with the penalties since June.
    assert check.on_breach is OnBreach.REVIVES and check.due_on_breach == check.revived
    original = debt_status(debt, payments, date(2026, 10, 24))
    assert check.revived == original.state.outstanding + original.accrued.owed > check.remaining
    accelerated = check_agreement(replace(deal, on_breach=OnBreach.ACCELERATES), payments, date(2026, 10, 24), debt)
    assert accelerated.due_on_breach == D("4000.00")


def test_completed():
    deal = agreement(instalment_months=1)
    check = check_agreement(deal, [Payment(1, date(2026, 8, 2), D("6000.00"))], date(2026, 8, 3))
    assert check.standing is Standing.COMPLETED and check.remaining == 0


def test_a_plan_no_shape_describes_is_kept_as_its_list_of_payments():
    debt, payments = demo_debts(AS_OF)[3]
    plan = build_plan(debt_status(debt, payments, AS_OF), OPTIONS[3])
    from debtdesk.domain.agreement import AgreedPayment

    listed = AgreementTerms(plan.owed_today, plan.rows[0].due_date,
                            payments=tuple(AgreedPayment(r.due_date, r.payment, r.interest) for r in plan.rows))
    assert [(r.due_date, r.payment, r.interest, r.balance) for r in agreed_rows(listed)] == \
           [(r.due_date, r.payment, r.interest, r.balance) for r in plan.rows]
    assert terms_from_dict(terms_to_dict(listed)) == listed
    deal = Agreement(4, listed, plan.rows[0].due_date, plan.rows[0].due_date)
    assert deal.schedule.total_payment == plan.total_paid
    with pytest.raises(ValueError, match="payments"):
        terms_from_dict({**terms_to_dict(listed), "instalment_months": 3})
    backwards = replace(listed, payments=listed.payments[::-1])
    assert [e.field for e in backwards.errors()] == ["payments"]
