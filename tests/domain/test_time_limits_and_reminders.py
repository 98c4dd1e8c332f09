"""Legal time limits (editable data, not legal advice) and what reminders say on a date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from debtdesk.domain.agreement import Agreement, AgreementTerms
from debtdesk.domain.agreement_check import check_agreement
from debtdesk.domain.debt import Payment
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.reminders import ReminderKind, WaitingLetter, plain_text, reminders, summarise
from debtdesk.domain.status import debt_status
from debtdesk.domain.time_limits import (
    LegalEvent,
    LegalEventKind,
    LimitRules,
    add_years,
    court_deadline,
    limitation,
)
from debtdesk.domain.timeline import EventKind, timeline

AS_OF = date(2026, 11, 23)


def test_court_deadlines_count_from_service_and_the_document_wins():
    claim = LegalEvent(LegalEventKind.CLAIM, date(2026, 11, 20))
    assert court_deadline(claim).deadline == date(2026, 12, 5) and not court_deadline(claim).stated
    assert court_deadline(replace(claim, kind=LegalEventKind.JUDGMENT)).deadline == date(2026, 12, 5)
    assert court_deadline(replace(claim, kind=LegalEventKind.RULING)).deadline == date(2026, 11, 30)
    assert court_deadline(replace(claim, days=30)).deadline == date(2026, 12, 20)
    assert court_deadline(claim, LimitRules(claim_days=20)).deadline == date(2026, 12, 10)
    stated = court_deadline(replace(claim, deadline=date(2026, 12, 7)))
    assert stated.deadline == date(2026, 12, 7) and stated.stated and stated.days_left(AS_OF) == 14
    assert court_deadline(LegalEvent(LegalEventKind.ACKNOWLEDGEMENT, date(2026, 11, 20))) is None
    assert [e.field for e in replace(claim, deadline=date(2026, 11, 1)).errors()] == ["deadline"]


def test_the_limitation_period_restarts_with_a_payment_or_an_acknowledgement():
    due = date(2026, 6, 15)
    plain = limitation(1, due, date(2027, 1, 15), [], [])
    assert (plain.runs_from, plain.ends, plain.restarted_by) == (due, date(2029, 6, 15), None)
    assert plain.last_instalment_ends == date(2030, 1, 15)  # Civil Code art. 189: from the last instalment
    paid = Payment(1, date(2026, 9, 1), D("100"))
    assert limitation(1, due, None, [paid], []).ends == date(2029, 9, 1)
    ack = LegalEvent(LegalEventKind.ACKNOWLEDGEMENT, date(2027, 3, 2), 1)
    other = LegalEvent(LegalEventKind.ACKNOWLEDGEMENT, date(2028, 3, 2), 2)  # another debt's
    restarted = limitation(1, due, None, [paid], [ack, other])
    assert restarted.ends == date(2030, 3, 2) and restarted.restarted_by == ack
    assert limitation(1, due, None, [], [], LimitRules(limitation_years=2)).ends == date(2028, 6, 15)
    assert limitation(1, None, None, [], []) is None
    assert add_years(date(2028, 2, 29), 3) == date(2031, 2, 28)


def statuses(as_of=AS_OF):
    return [debt_status(debt, payments, as_of) for debt, payments in demo_debts(AS_OF)]


def test_reminders_put_the_urgent_first_and_keep_stable_keys():
    items = reminders(statuses(), AS_OF, days_ahead=10,
                      deadlines=[court_deadline(LegalEvent(LegalEventKind.CLAIM, date(2026, 11, 20), None, id=1))],
                      waiting=[WaitingLetter(1, None, "借呗客服", date(2026, 11, 20))])
    kinds = [i.kind for i in items]
    assert kinds[0] is ReminderKind.DEADLINE and kinds.count(ReminderKind.LATE) == 4
    assert kinds[-1] is ReminderKind.NO_ANSWER and ReminderKind.DUE in kinds
    due = next(i for i in items if i.kind is ReminderKind.DUE)
    assert due.lender == "招商银行信用卡" and due.on == date(2026, 12, 2) and due.days == 9
    assert plain_text(due).endswith("due 2026-12-02 (in 9 days)")
    again = reminders(statuses(), AS_OF, days_ahead=10)
    assert {i.key for i in again} <= {i.key for i in items}
    summary = summarise(items)
    assert summary.urgent and summary.deadlines == 1 and summary.total == len(items)


def test_agreements_breaches_and_limits_on_the_timeline():
    debt, payments = demo_debts(AS_OF)[2]  # 微粒贷, 20 days past due
    debt = replace(debt, id=3)
    deal = Agreement(3, AgreementTerms(D("14000.00"), date(2026, 12, 3), instalment_months=10),
                     date(2026, 12, 1), date(2026, 11, 30), id=1)
    as_of = date(2027, 1, 10)
    status = debt_status(debt, payments, as_of, agreement=deal)
    check = check_agreement(deal, payments, as_of, debt)
    events = timeline([status], agreements=[deal], checks=[check])
    kinds = [e.kind for e in events]
    assert EventKind.AGREEMENT in kinds and EventKind.BREACH in kinds
    breach = next(e for e in events if e.kind is EventKind.BREACH)
    assert breach.on == date(2026, 12, 4) and breach.amount == D("1400.00")
    titles = [e.title for e in events if e.kind is EventKind.INSTALMENT_MISSED]
    assert titles == ["Instalment 4", "Agreed instalment 1", "Agreed instalment 2"]  # the contract stays as history
    reminded = reminders([status], as_of, [check])
    assert reminded[0].kind is ReminderKind.BREACH and reminded[0].amount == D("1400.00")
