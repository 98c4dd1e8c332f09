"""Days past due, stages and M-buckets (DOMAIN.md section 2), checked by hand-computed examples."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.debt import Payment, Rate, RepaymentMethod
from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, Stage, StageThresholds, bucket, overdue_state
from debtdesk.domain.schedule import build_schedule

M = RepaymentMethod


def flat_schedule(months=12, start=date(2026, 1, 15), due_day=None):
    """12,000 at 0%: 1,000.00 due on the 15th of each month from 2026-02-15."""
    return build_schedule(D("12000"), Rate(D("0")), months, M.EQUAL_INSTALMENT, start, due_day=due_day)


def pay(on: date, amount: str) -> Payment:
    return Payment(1, on, D(amount))


# -- the clock -----------------------------------------------------------------------


def test_nothing_due_yet():
    s = overdue_state(flat_schedule(), [], date(2026, 2, 1))
    assert s.days_past_due == 0
    assert s.stage is Stage.CURRENT and s.bucket == "M0"
    assert s.overdue_amount == 0 and s.missed_instalments == 0
    assert s.outstanding == D("12000")
    assert s.oldest_unpaid.number == 1 and s.next_due_date == date(2026, 2, 15)


def test_due_today_is_not_overdue():
    s = overdue_state(flat_schedule(), [], date(2026, 2, 15))
    assert s.days_past_due == 0
    assert s.stage is Stage.CURRENT
    assert s.overdue_amount == 0 and s.missed_instalments == 0
    assert s.outstanding == D("12000")


def test_one_day_after_the_due_date():
    s = overdue_state(flat_schedule(), [], date(2026, 2, 16))
    assert s.days_past_due == 1
    assert s.stage is Stage.EARLY and s.bucket == "M1"
    assert s.overdue_amount == D("1000.00") and s.missed_instalments == 1
    assert s.outstanding == D("12000.00")  # 1,000 overdue + 11,000 not yet due


def test_dpd_counts_from_the_oldest_unpaid_instalment():
    # Nothing paid: three instalments (Feb 15, Mar 15, Apr 15) missed by 2026-04-20.
    s = overdue_state(flat_schedule(), [], date(2026, 4, 20))
    assert s.days_past_due == (date(2026, 4, 20) - date(2026, 2, 15)).days == 64
    assert s.stage is Stage.LATE and s.bucket == "M3"
    assert s.overdue_amount == D("3000.00") and s.missed_instalments == 3
    assert s.oldest_unpaid.due_date == date(2026, 2, 15)


def test_partial_payment_does_not_move_the_clock():
    payments = [pay(date(2026, 2, 20), "999.99")]
    s = overdue_state(flat_schedule(), payments, date(2026, 3, 1))
    assert s.days_past_due == 14  # still from Feb 15
    assert s.overdue_amount == D("0.01")
    assert s.missed_instalments == 1
    assert s.paid_total == D("999.99")
    assert s.outstanding == D("11000.01")


def test_several_partial_payments_adding_up_to_the_oldest_move_the_clock():
    payments = [pay(date(2026, 2, 20), "400"), pay(date(2026, 2, 25), "600")]
    s = overdue_state(flat_schedule(), payments, date(2026, 3, 20))
    assert s.oldest_unpaid.number == 2
    assert s.days_past_due == 5  # from Mar 15
    assert s.overdue_amount == D("1000.00")


def test_payment_covering_the_oldest_moves_the_clock_to_the_next():
    payments = [pay(date(2026, 2, 20), "1000")]
    on_mar_1 = overdue_state(flat_schedule(), payments, date(2026, 3, 1))
    assert on_mar_1.days_past_due == 0 and on_mar_1.stage is Stage.CURRENT
    assert on_mar_1.oldest_unpaid.number == 2 and on_mar_1.next_due_date == date(2026, 3, 15)
    on_mar_20 = overdue_state(flat_schedule(), payments, date(2026, 3, 20))
    assert on_mar_20.days_past_due == 5


def test_payments_are_applied_oldest_first():
    # 1,500 covers February and half of March; April is missed entirely.
    payments = [pay(date(2026, 4, 1), "1500")]
    s = overdue_state(flat_schedule(), payments, date(2026, 4, 20))
    assert s.oldest_unpaid.number == 2
    assert s.days_past_due == (date(2026, 4, 20) - date(2026, 3, 15)).days == 36
    assert s.stage is Stage.LATE and s.bucket == "M2"
    assert s.overdue_amount == D("1500.00")  # 500 left of March + 1,000 of April
    assert s.missed_instalments == 2
    assert s.outstanding == D("10500.00")  # 12,000 − 1,500


def test_prepayment_is_credited_against_principal_not_yet_due():
    payments = [pay(date(2026, 2, 10), "1500")]
    s = overdue_state(flat_schedule(), payments, date(2026, 2, 16))
    assert s.days_past_due == 0
    assert s.oldest_unpaid.number == 2
    assert s.overdue_amount == 0
    assert s.outstanding == D("10500.00")


def test_payments_after_as_of_are_ignored():
    payments = [pay(date(2026, 2, 15), "1000"), pay(date(2026, 3, 21), "5000")]
    s = overdue_state(flat_schedule(), payments, date(2026, 3, 20))
    assert s.paid_total == D("1000")
    assert s.days_past_due == 5
    # A payment made on as_of counts.
    s = overdue_state(flat_schedule(), payments, date(2026, 3, 21))
    assert s.paid_total == D("6000") and s.days_past_due == 0


def test_payment_order_in_the_list_does_not_matter():
    payments = [pay(date(2026, 3, 1), "700"), pay(date(2026, 2, 1), "800")]
    a = overdue_state(flat_schedule(), payments, date(2026, 4, 1))
    b = overdue_state(flat_schedule(), list(reversed(payments)), date(2026, 4, 1))
    assert a == b
    assert a.days_past_due == 17 and a.overdue_amount == D("500.00")


def test_everything_paid():
    payments = [pay(date(2026, 2, 1), "12000")]
    s = overdue_state(flat_schedule(), payments, date(2027, 6, 1))
    assert s.oldest_unpaid is None and s.next_due_date is None
    assert s.days_past_due == 0 and s.stage is Stage.CURRENT and s.bucket == "M0"
    assert s.overdue_amount == 0 and s.outstanding == 0 and s.missed_instalments == 0


def test_overpayment_does_not_make_anything_negative():
    s = overdue_state(flat_schedule(), [pay(date(2026, 2, 1), "20000")], date(2026, 6, 1))
    assert s.outstanding == 0 and s.overdue_amount == 0
    assert s.paid_total == D("20000")


def test_interest_bearing_loan_by_hand():
    """12,000 at 12% over 12 months: 1,066.19 a month; row 1 = 946.19 + 120.00,
    row 2 = 955.65 + 110.54 (11,053.81 × 1%)."""
    sched = build_schedule(D("12000"), Rate(D("0.12")), 12, M.EQUAL_INSTALMENT, date(2026, 1, 15))
    s = overdue_state(sched, [], date(2026, 3, 16))
    assert s.days_past_due == 29 and s.stage is Stage.MID and s.bucket == "M1"
    assert s.missed_instalments == 2
    assert s.overdue_amount == D("2132.38")  # 2 × 1,066.19, interest included
    # Overdue 2,132.38 + principal not yet due 12,000 − 946.19 − 955.65 = 10,098.16
    assert s.outstanding == D("12230.54")
    # A prepayment of 100 on an instalment not yet due comes off its principal.
    s = overdue_state(sched, [pay(date(2026, 2, 1), "1166.19")], date(2026, 2, 10))
    assert s.overdue_amount == 0
    assert s.outstanding == D("12000") - D("946.19") - D("100.00")


def test_bullet_loan_before_and_after_maturity():
    sched = build_schedule(D("15000"), Rate(D("0.08")), 6, M.BULLET, date(2026, 1, 10))
    before = overdue_state(sched, [], date(2026, 7, 10))
    assert before.days_past_due == 0 and before.outstanding == D("15000")
    after = overdue_state(sched, [], date(2026, 11, 7))
    assert after.days_past_due == 120 and after.stage is Stage.SEVERE and after.bucket == "M3+"
    assert after.overdue_amount == D("15600.00") and after.outstanding == D("15600.00")


# -- leap years and month ends ----------------------------------------------------


def test_leap_day_due_date_to_month_end():
    sched = flat_schedule(start=date(2028, 1, 29))
    assert sched.instalments[0].due_date == date(2028, 2, 29)
    s = overdue_state(sched, [], date(2028, 3, 31))
    # Mar 29 is also missed, but the clock counts from Feb 29: 31 days.
    assert s.days_past_due == 31 and s.stage is Stage.LATE and s.bucket == "M2"
    assert s.missed_instalments == 2


def test_due_day_31_clamped_to_feb_29():
    sched = flat_schedule(start=date(2028, 1, 31))
    assert [i.due_date for i in sched.instalments[:3]] == [date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]
    s = overdue_state(sched, [], date(2028, 3, 31))
    assert s.days_past_due == 31 and s.missed_instalments == 1  # Mar 31 is due today, not missed
    s = overdue_state(sched, [], date(2028, 4, 1))
    assert s.days_past_due == 32 and s.missed_instalments == 2


@pytest.mark.parametrize(
    "due, as_of, dpd",
    [
        (date(2028, 2, 28), date(2028, 3, 1), 2),  # leap year: Feb 29 in between
        (date(2027, 2, 28), date(2027, 3, 1), 1),
        (date(2026, 12, 31), date(2027, 1, 1), 1),
        (date(2026, 1, 31), date(2026, 3, 1), 29),
        (date(2028, 2, 29), date(2029, 2, 28), 365),
        (date(2027, 11, 30), date(2028, 2, 29), 91),
    ],
)
def test_dpd_calendar_arithmetic(due, as_of, dpd):
    start = date(due.year - (due.month == 1), (due.month - 2) % 12 + 1, 1)
    sched = build_schedule(D("1000"), Rate(D("0")), 1, M.BULLET, start, due_day=due.day)
    assert sched.instalments[0].due_date == due
    assert overdue_state(sched, [], as_of).days_past_due == dpd


# -- stages, buckets and grace ----------------------------------------------------


@pytest.mark.parametrize(
    "dpd, stage",
    [(-3, Stage.CURRENT), (0, Stage.CURRENT), (1, Stage.EARLY), (7, Stage.EARLY), (8, Stage.MID),
     (30, Stage.MID), (31, Stage.LATE), (90, Stage.LATE), (91, Stage.SEVERE), (1000, Stage.SEVERE)],
)
def test_default_stage_boundaries(dpd, stage):
    assert DEFAULT_THRESHOLDS.stage_for(dpd) is stage
    if dpd >= 0:
        s = overdue_state(flat_schedule(), [], date(2026, 2, 15) + timedelta(days=dpd))
        assert s.days_past_due == dpd and s.stage is stage


@pytest.mark.parametrize(
    "dpd, name",
    [(-1, "M0"), (0, "M0"), (1, "M1"), (30, "M1"), (31, "M2"), (60, "M2"), (61, "M3"), (90, "M3"),
     (91, "M3+"), (400, "M3+")],
)
def test_bucket_boundaries(dpd, name):
    assert bucket(dpd) == name
    if dpd >= 0:
        assert overdue_state(flat_schedule(), [], date(2026, 2, 15) + timedelta(days=dpd)).bucket == name


def test_grace_days_keep_the_stage_current_while_dpd_counts():
    sched = flat_schedule()
    for days, stage in [(1, Stage.CURRENT), (3, Stage.CURRENT), (4, Stage.EARLY)]:
        s = overdue_state(sched, [], date(2026, 2, 15) + timedelta(days=days), grace_days=3)
        assert s.days_past_due == days
        assert s.bucket == "M1"
        assert s.stage is stage
        assert s.overdue_amount == D("1000.00")


def test_after_a_long_grace_the_stage_follows_the_full_dpd():
    assert DEFAULT_THRESHOLDS.stage_for(10, grace_days=10) is Stage.CURRENT
    assert DEFAULT_THRESHOLDS.stage_for(11, grace_days=10) is Stage.MID


def test_custom_thresholds():
    t = StageThresholds(early=3, mid=15, late=60, severe=180)
    expected = {0: Stage.CURRENT, 1: Stage.CURRENT, 2: Stage.CURRENT, 3: Stage.EARLY, 14: Stage.EARLY,
                15: Stage.MID, 59: Stage.MID, 60: Stage.LATE, 179: Stage.LATE, 180: Stage.SEVERE}
    assert {d: t.stage_for(d) for d in expected} == expected
    assert [t.first_day(s) for s in Stage] == [0, 3, 15, 60, 180]
    s = overdue_state(flat_schedule(), [], date(2026, 3, 2), thresholds=t)
    assert s.days_past_due == 15 and s.stage is Stage.MID
    assert s.bucket == "M1"  # buckets are the industry's, not user-editable


def test_default_thresholds_first_days():
    assert [DEFAULT_THRESHOLDS.first_day(s) for s in Stage] == [0, 1, 8, 31, 91]
    assert DEFAULT_THRESHOLDS == StageThresholds(1, 8, 31, 91)


@pytest.mark.parametrize(
    "values",
    [dict(early=0), dict(early=-1), dict(mid=1), dict(mid=31), dict(late=8), dict(severe=31), dict(severe=30),
     dict(early=10, mid=9)],
)
def test_thresholds_must_rise(values):
    with pytest.raises(ValueError, match="must rise"):
        StageThresholds(**values)


def test_stage_severity_order():
    assert [s.severity for s in Stage] == [0, 1, 2, 3, 4]
    assert Stage.SEVERE.severity > Stage.LATE.severity > Stage.MID.severity > Stage.EARLY.severity


# -- properties ---------------------------------------------------------------------


payment_lists = st.lists(
    st.tuples(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=300_000)),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(payments=payment_lists, as_of_offset=st.integers(min_value=0, max_value=500))
def test_dpd_matches_a_direct_count(payments, as_of_offset):
    start = date(2026, 1, 31)
    sched = flat_schedule(start=start)
    as_of = start + timedelta(days=as_of_offset)
    ps = [pay(start + timedelta(days=d), str(D(c) / 100)) for d, c in payments]
    s = overdue_state(sched, ps, as_of)
    paid = sum((p.amount for p in ps if p.paid_on <= as_of), D(0))
    # Instalments are 1,000 each: the first unpaid is number floor(paid / 1000) + 1.
    covered = int(paid // 1000)
    if covered >= 12:
        assert s.oldest_unpaid is None and s.days_past_due == 0
    else:
        due = sched.instalments[covered].due_date
        assert s.oldest_unpaid.number == covered + 1
        assert s.days_past_due == max(0, (as_of - due).days)
    assert s.paid_total == paid
    assert s.outstanding == max(D(0), D("12000") - paid)  # a 0% loan: all of it is principal
    due_so_far = sum(i.payment for i in sched if i.due_date < as_of)
    assert s.overdue_amount == max(D(0), due_so_far - paid)


@settings(max_examples=100, deadline=None)
@given(payments=payment_lists, extra=st.integers(min_value=1, max_value=100_000),
       as_of_offset=st.integers(min_value=0, max_value=500))
def test_paying_more_never_raises_dpd(payments, extra, as_of_offset):
    start = date(2026, 1, 31)
    sched = build_schedule(D("12000"), Rate(D("0.24")), 12, M.EQUAL_PRINCIPAL, start)
    as_of = start + timedelta(days=as_of_offset)
    ps = [pay(start + timedelta(days=d), str(D(c) / 100)) for d, c in payments]
    before = overdue_state(sched, ps, as_of)
    after = overdue_state(sched, ps + [pay(start, str(D(extra) / 100))], as_of)
    assert after.days_past_due <= before.days_past_due
    assert after.overdue_amount <= before.overdue_amount
    assert after.outstanding <= before.outstanding
    assert after.stage.severity <= before.stage.severity
