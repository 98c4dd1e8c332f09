"""Validation: a clear message for every kind of bad input; debt_to_raw and parse_debt round-trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtdesk.domain.debt import (
    CardTerms,
    Debt,
    LateFeeRule,
    Lender,
    LenderKind,
    Payment,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RateBasis,
    RepaymentMethod,
)
from debtdesk.domain.validation import (
    MAX_AMOUNT,
    TEXT_LIMITS,
    FieldError,
    ValidationFailed,
    debt_to_raw,
    parse_debt,
    parse_payment,
)

AS_OF = date(2026, 11, 23)
VALID = {
    "lender": "中国建设银行",
    "lender_kind": "bank",
    "kind": "bank_loan",
    "currency": "CNY",
    "principal": "80000",
    "start_date": "2026-01-15",
    "term_months": "36",
    "due_day": "",
    "rate": "4.35",
    "rate_basis": "annual",
    "method": "equal-instalment",
}


def errors_of(**changes) -> dict[str, str]:
    debt, errors = parse_debt({**VALID, **changes})
    assert (debt is None) == bool(errors)
    return {e.field: e.message for e in errors}


def parsed(**changes) -> Debt:
    debt, errors = parse_debt({**VALID, **changes})
    assert errors == []
    return debt


# -- a valid debt ---------------------------------------------------------------------


def test_valid_minimal_debt_and_its_defaults():
    debt = parsed()
    assert debt.lender == Lender("中国建设银行", LenderKind.BANK, None)
    assert debt.kind is ProductKind.BANK_LOAN
    assert debt.principal == D("80000.00") and str(debt.principal) == "80000.00"
    assert debt.start_date == date(2026, 1, 15)
    assert debt.term_months == 36 and type(debt.term_months) is int
    assert debt.due_day is None and debt.effective_due_day == 15
    assert debt.rate == Rate(D("0.0435"), RateBasis.ANNUAL)
    assert debt.method is RepaymentMethod.EQUAL_INSTALMENT
    assert debt.currency == "CNY"
    assert debt.grace_days == 0
    assert debt.penalty == PenaltyRule(D("0.5"), PenaltyBase.OVERDUE_PRINCIPAL)
    assert debt.late_fee == LateFeeRule(D("0"), D("0"))
    assert debt.card == CardTerms(D("0.10"), D("100.00"))
    assert debt.upfront_fee == 0
    assert debt.id is None


def test_percentages_become_fractions():
    debt = parsed(rate="0.05", rate_basis="daily", penalty_markup="30", late_fee_percent="5",
                  min_payment_percent="8", min_payment_floor="50", late_fee_fixed="25.5")
    assert debt.rate == Rate(D("0.0005"), RateBasis.DAILY)
    assert debt.rate.annual == D("0.18")
    assert debt.penalty.markup == D("0.3")
    assert debt.late_fee == LateFeeRule(D("25.50"), D("0.05"))
    assert debt.card == CardTerms(D("0.08"), D("50.00"))


def test_ids_are_passed_through():
    debt, errors = parse_debt(VALID, debt_id=7, lender_id=3)
    assert errors == [] and debt.id == 7 and debt.lender.id == 3


@pytest.mark.parametrize(
    "text, amount",
    [
        ("１２，０００．５０", "12000.50"),
        ("12,000.50", "12000.50"),
        ("1,234,567.89", "1234567.89"),
        ("¥8 000", "8000"),
        ("￥８０００", "8000"),
        (" 80 000 ", "80000"),
        ("1000000000000", "1000000000000"),  # the maximum itself
    ],
)
def test_full_width_digits_and_thousands_separators(text, amount):
    assert parsed(principal=text).principal == D(amount)


def test_full_width_in_other_numeric_fields():
    debt = parsed(term_months="１２", due_day="３１", rate="４．９", grace_days="３")
    assert (debt.term_months, debt.due_day, debt.rate.value, debt.grace_days) == (12, 31, D("0.049"), 3)


def test_currency_is_upper_cased_and_defaults_to_cny():
    assert parsed(currency="hkd").currency == "HKD"
    assert parsed(currency="").currency == "CNY"


def test_revolving_needs_no_term():
    debt = parsed(method="revolving", term_months="", rate="0.05", rate_basis="daily")
    assert debt.term_months == 1


def test_due_day_zero_means_the_start_day():
    assert parsed(due_day="0").due_day is None
    assert parsed(due_day="31").due_day == 31


def test_text_is_stripped_and_limits_count_after_stripping():
    debt = parsed(lender="  Bank  ", notes="  " + "n" * TEXT_LIMITS["notes"] + "  ")
    assert debt.lender.name == "Bank"
    assert len(debt.notes) == TEXT_LIMITS["notes"]


# -- messages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("lender", "", "This field is required."),
        ("lender", "   ", "This field is required."),
        ("lender", "x" * 101, "Too long: 101 characters, at most 100."),
        ("account_number", "1" * 41, "Too long: 41 characters, at most 40."),
        ("contacts", "c" * 2001, "Too long: 2001 characters, at most 2000."),
        ("notes", "n" * 10001, "Too long: 10001 characters, at most 10000."),
        ("principal", "", "This field is required."),
        ("principal", "0", "Must be greater than zero."),
        ("principal", "-5", "Must be greater than zero."),
        ("principal", "abc", "'abc' is not a number."),
        ("principal", "NaN", "'NaN' is not a number."),
        ("principal", "1.005", "At most two decimal places (cents)."),
        ("principal", "１２．３４５", "At most two decimal places (cents)."),
        ("principal", "1000000000000.01", "Must be at most 1000000000000."),
        ("currency", "RMB1", "Use a three-letter currency code such as CNY, HKD or USD."),
        ("currency", "¥", "Use a three-letter currency code such as CNY, HKD or USD."),
        ("currency", "CN", "Use a three-letter currency code such as CNY, HKD or USD."),
        ("start_date", "", "This field is required."),
        ("start_date", "2026-02-30", "'2026-02-30' is not a date (YYYY-MM-DD)."),
        ("start_date", "2027-02-29", "'2027-02-29' is not a date (YYYY-MM-DD)."),
        ("start_date", "15/01/2026", "'15/01/2026' is not a date (YYYY-MM-DD)."),
        ("start_date", "1949-12-31", "Must be between 1950-01-01 and 2100-12-31."),
        ("start_date", "2101-01-01", "Must be between 1950-01-01 and 2100-12-31."),
        ("term_months", "", "This field is required."),
        ("term_months", "0", "Must be at least 1."),
        ("term_months", "601", "Must be at most 600."),
        ("term_months", "12.5", "Must be a whole number."),
        ("term_months", "twelve", "'twelve' is not a number."),
        ("due_day", "32", "Must be at most 31."),
        ("due_day", "-1", "Must be at least 0."),
        ("due_day", "1.5", "Must be a whole number."),
        ("rate", "", "This field is required."),
        ("rate", "-1", "Must be at least 0."),
        ("rate", "4.9%%", "'4.9%%' is not a number."),
        ("principal", "8%", "An amount, not a percentage."),
        ("principal", "8,000", "'8,000' could mean 8000 or 8.000: write it without the separator, or with decimals."),
        ("principal", "12.000,50", "'12.000,50' is not clear: write decimals with '.', as in 1234.56."),
        ("term_months", "¥12", "'¥12' is not a number."),
        ("rate", "¥12", "A number, not an amount of money."),
        ("rate", "1000.01", "Above 1000% a year: check the rate and whether it is annual or daily."),
        ("grace_days", "366", "Must be at most 365."),
        ("grace_days", "-1", "Must be at least 0."),
        ("penalty_markup", "501", "Must be at most 500."),
        ("late_fee_fixed", "-1", "Must be at least 0."),
        ("late_fee_fixed", "0.001", "At most two decimal places (cents)."),
        ("late_fee_percent", "101", "Must be at most 100."),
        ("min_payment_percent", "0", "Must be greater than zero."),
        ("min_payment_percent", "100.5", "Must be at most 100."),
        ("min_payment_floor", "-100", "Must be at least 0."),
        ("upfront_fee", "80000", "Must be less than the principal."),
        ("upfront_fee", "90000", "Must be less than the principal."),
        ("upfront_fee", "-1", "Must be at least 0."),
        ("lender_kind", "alien", "Unknown value 'alien'."),
        ("kind", "payday", "Unknown value 'payday'."),
        ("method", "balloon", "Unknown value 'balloon'."),
        ("rate_basis", "weekly", "Unknown value 'weekly'."),
        ("penalty_base", "everything", "Unknown value 'everything'."),
    ],
)
def test_message_for_bad_input(field, value, message):
    assert errors_of(**{field: value}) == {field: message}


def test_daily_rate_above_1000_percent_a_year():
    # 2.7% a day is 972% a year: allowed; 2.8% a day is 1008%: refused.
    assert parsed(rate="2.7", rate_basis="daily").rate.annual == D("9.72")
    assert errors_of(rate="2.8", rate_basis="daily") == {
        "rate": "Above 1000% a year: check the rate and whether it is annual or daily."}


@pytest.mark.parametrize("rate", ["1e1000000", "9e999999", "1e10000000", "1E+999999999"])
@pytest.mark.parametrize("basis", ["annual", "daily"])
def test_absurd_exponents_are_messages_not_crashes(rate, basis):
    assert set(errors_of(rate=rate, rate_basis=basis)) == {"rate"}


def test_upfront_fee_just_below_the_principal_is_fine():
    assert parsed(upfront_fee="79999.99").upfront_fee == D("79999.99")


def test_start_date_after_the_first_recorded_payment():
    debt, errors = parse_debt(VALID, earliest_payment=date(2026, 1, 14))
    assert debt is None
    assert [(e.field, e.message) for e in errors] == [
        ("start_date", "The start date is after the first recorded payment (2026-01-14).")]
    assert parse_debt(VALID, earliest_payment=date(2026, 1, 15))[1] == []


def test_every_bad_field_is_reported_once():
    bad = {**VALID, "lender": "", "principal": "-1", "start_date": "2026-13-01", "term_months": "0",
           "due_day": "32", "rate": "x", "currency": "yuan"}
    debt, errors = parse_debt(bad)
    assert debt is None
    fields = [e.field for e in errors]
    assert sorted(fields) == sorted(["lender", "principal", "start_date", "term_months", "due_day", "rate",
                                     "currency"])
    assert len(fields) == len(set(fields))


def test_field_error_text_and_exception():
    error = FieldError("principal", "Must be at most {maximum}.", {"maximum": MAX_AMOUNT})
    assert error.message == "Must be at most 1000000000000."
    assert str(error) == "principal: Must be at most 1000000000000."
    exc = ValidationFailed([error, FieldError("rate", "This field is required.")])
    assert isinstance(exc, ValueError)
    assert str(exc) == "principal: Must be at most 1000000000000.; rate: This field is required."
    assert len(exc.errors) == 2


# -- payments ---------------------------------------------------------------------------


DEBT = replace(parsed(), id=42)


def test_valid_payment():
    payment, errors = parse_payment({"paid_on": "2026-03-15", "amount": "２，１３２．３８", "note": " half "},
                                    DEBT, AS_OF, payment_id=9)
    assert errors == []
    assert payment == Payment(42, date(2026, 3, 15), D("2132.38"), "half", 9)


@pytest.mark.parametrize("paid_on", ["2026-01-15", "2026-11-23"])  # the start date; today
def test_payment_on_the_boundary_days_is_fine(paid_on):
    assert parse_payment({"paid_on": paid_on, "amount": "1"}, DEBT, AS_OF)[1] == []


@pytest.mark.parametrize(
    "raw, field, message",
    [
        ({"paid_on": "2026-01-14", "amount": "1"}, "paid_on", "Before the debt's start date (2026-01-15)."),
        ({"paid_on": "2026-11-24", "amount": "1"}, "paid_on",
         "In the future: record a payment once it is made (today is 2026-11-23)."),
        ({"paid_on": "2026-02-30", "amount": "1"}, "paid_on", "'2026-02-30' is not a date (YYYY-MM-DD)."),
        ({"paid_on": "", "amount": "1"}, "paid_on", "This field is required."),
        ({"paid_on": "2026-03-01", "amount": ""}, "amount", "This field is required."),
        ({"paid_on": "2026-03-01", "amount": "0"}, "amount", "Must be greater than zero."),
        ({"paid_on": "2026-03-01", "amount": "-10"}, "amount", "Must be greater than zero."),
        ({"paid_on": "2026-03-01", "amount": "ten"}, "amount", "'ten' is not a number."),
        ({"paid_on": "2026-03-01", "amount": "10.001"}, "amount", "At most two decimal places (cents)."),
        ({"paid_on": "2026-03-01", "amount": "1", "note": "x" * 501}, "note",
         "Too long: 501 characters, at most 500."),
    ],
)
def test_payment_messages(raw, field, message):
    payment, errors = parse_payment(raw, DEBT, AS_OF)
    assert payment is None
    assert [(e.field, e.message) for e in errors] == [(field, message)]


# -- robustness and round trip ----------------------------------------------------------

FIELDS = [
    "lender", "lender_kind", "kind", "currency", "principal", "start_date", "term_months", "due_day", "rate",
    "rate_basis", "method", "grace_days", "penalty_markup", "penalty_base", "late_fee_fixed", "late_fee_percent",
    "min_payment_percent", "min_payment_floor", "upfront_fee", "account_number", "contacts", "notes",
]
numberish = st.one_of(
    st.text(max_size=12),
    st.from_regex(r"\A[-+]?[0-9０-９,，._ ]{0,12}([eE][-+]?[0-9]{1,10})?\Z"),
    st.sampled_from(["NaN", "inf", "-0", "0e0", "1e-30", "1e999999", "9e999999999", "￥", "0x10"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), numberish))
def test_parse_debt_never_raises(changes):
    debt, errors = parse_debt({**VALID, **changes})
    assert (debt is None) != (errors == [])
    assert all(e.field in FIELDS and e.message for e in errors)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=15), st.text(max_size=15))
def test_parse_payment_never_raises(paid_on, amount):
    payment, errors = parse_payment({"paid_on": paid_on, "amount": amount}, DEBT, AS_OF)
    assert (payment is None) != (errors == [])


def plain_text(max_size: int, min_size: int = 0):
    """Text as a field keeps it: stripped, and without NUL (dropped on reading, see the test below)."""
    return (st.text(max_size=max_size).map(lambda s: s.replace("\x00", "").strip())
            .filter(lambda s: len(s) >= min_size))


def cents_between(low: int, high: int):
    return st.integers(min_value=low, max_value=high).map(lambda c: (D(c) / 100).quantize(D("0.01")))


def fraction(places: int, high: int):
    return st.integers(min_value=0, max_value=high).map(lambda x: D(x) / 10**places)


@st.composite
def debts(draw):
    principal = draw(cents_between(1, 10**14))
    basis = draw(st.sampled_from(list(RateBasis)))
    rate_value = draw(fraction(8, 10**9 if basis is RateBasis.ANNUAL else 2_777_777))
    method = draw(st.sampled_from(list(RepaymentMethod)))
    return Debt(
        lender=Lender(draw(plain_text(100, 1)), draw(st.sampled_from(list(LenderKind)))),
        kind=draw(st.sampled_from(list(ProductKind))),
        principal=principal,
        start_date=draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))),
        term_months=draw(st.integers(min_value=1, max_value=600)),
        rate=Rate(rate_value, basis),
        method=method,
        currency=draw(st.from_regex(r"\A[A-Z]{3}\Z")),
        due_day=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=31))),
        grace_days=draw(st.integers(min_value=0, max_value=365)),
        penalty=PenaltyRule(draw(fraction(4, 50_000)), draw(st.sampled_from(list(PenaltyBase)))),
        late_fee=LateFeeRule(draw(cents_between(0, 10**8)), draw(fraction(4, 10_000))),
        card=CardTerms(draw(fraction(4, 10_000).filter(bool)), draw(cents_between(0, 10**6))),
        upfront_fee=draw(cents_between(0, int(principal * 100) - 1)),
        account_number=draw(plain_text(40)),
        contacts=draw(plain_text(200)),
        notes=draw(plain_text(200)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(debts())
def test_debt_to_raw_then_parse_debt_round_trips(debt):
    raw = debt_to_raw(debt)
    assert all(isinstance(v, str) for v in raw.values())
    again, errors = parse_debt(raw)
    assert errors == []
    assert again == debt
    assert debt_to_raw(again) == raw


def test_debt_to_raw_shows_percentages_plainly():
    raw = debt_to_raw(parsed(rate="4.90", penalty_markup="50.0", min_payment_percent="10"))
    assert raw["rate"] == "4.9"
    assert raw["penalty_markup"] == "50"
    assert raw["min_payment_percent"] == "10"
    assert raw["due_day"] == ""
    assert raw["principal"] == "80000.00"


def _minimal_debt(**extra):
    raw = {"lender": "某银行", "principal": "10000", "start_date": "2026-01-10", "term_months": "12", "rate": "12"}
    raw.update(extra)
    return parse_debt(raw)


def test_new_debts_get_priority_order_and_compound_defaults_from_kind_and_method():
    from debtdesk.domain.debt import PaymentOrder

    mortgage, _ = _minimal_debt(kind="mortgage")
    card, _ = _minimal_debt(kind="credit_card", method="revolving")
    io_loan, _ = _minimal_debt(kind="online_loan", method="interest-only")
    assert (mortgage.priority, mortgage.payment_order) == (True, PaymentOrder.CIVIL_CODE)
    assert (card.priority, card.payment_order) == (False, PaymentOrder.OLDEST_FIRST)
    assert (io_loan.penalty.compound, mortgage.penalty.compound) == (True, False)
    assert mortgage.penalty.fixed_rate is None


def test_what_the_user_sets_wins_over_the_defaults_and_survives_the_round_trip():
    debt, errors = _minimal_debt(kind="mortgage", priority="no", compound_penalty="yes", penalty_rate="18",
                                 payment_order="oldest-first", rate="0")
    assert errors == []
    assert (debt.priority, debt.penalty.compound, debt.penalty.fixed_rate) == (False, True, D("0.18"))
    again, errors = parse_debt(debt_to_raw(debt))
    assert errors == [] and again == debt


def test_bad_flags_and_penalty_rates_name_their_field():
    _, errors = _minimal_debt(priority="maybe", penalty_rate="-3", payment_order="whatever")
    assert {e.field for e in errors} == {"priority", "penalty_rate", "payment_order"}


# -- one rule for numbers (issue 16) --------------------------------------------------------


@pytest.mark.parametrize("typed", ["24", "24%", "２４％", "24 %"])
def test_every_percentage_field_takes_a_trailing_percent_sign(typed):
    debt = parsed(rate=typed, penalty_markup=typed, late_fee_percent=typed, min_payment_percent=typed,
                  penalty_rate=typed)
    assert debt.rate.value == debt.penalty.markup == D("0.24")
    assert debt.late_fee.percent_of_instalment == debt.card.min_payment_share == debt.penalty.fixed_rate == D("0.24")


def test_a_rate_below_one_is_a_percentage_not_a_fraction():
    assert parsed(rate="0.5").rate.value == D("0.005")


def test_the_locale_decides_the_separators_and_the_form_shows_them_back():
    from debtdesk.domain.numbers import NumberFormat

    german = NumberFormat(",", ".")
    debt, errors = parse_debt({**VALID, "principal": "12.000,50", "rate": "4,35 %", "late_fee_fixed": "25,5"},
                              numbers=german)
    assert errors == []
    assert (debt.principal, debt.rate.value, debt.late_fee.fixed) == (D("12000.50"), D("0.0435"), D("25.50"))
    raw = debt_to_raw(debt, german)
    assert (raw["principal"], raw["rate"], raw["late_fee_fixed"]) == ("12000,50", "4,35", "25,50")
    assert parse_debt(raw, numbers=german)[0] == debt
    _, errors = parse_debt({**VALID, "principal": "12,000.50", "rate": "4,35"}, numbers=german)
    assert [e.field for e in errors] == ["principal"]


def test_the_defaults_a_form_shows_are_the_ones_an_empty_field_means():
    from debtdesk.domain.validation import default_raw

    shown = default_raw()
    assert shown == {"upfront_fee": "0.00", "grace_days": "0", "penalty_markup": "50", "late_fee_fixed": "0.00",
                     "late_fee_percent": "0", "min_payment_percent": "10", "min_payment_floor": "100.00"}
    assert parsed(**shown) == parsed()


def test_payments_and_single_amounts_take_the_format_too():
    from debtdesk.domain.numbers import NumberFormat
    from debtdesk.domain.validation import parse_amount

    german = NumberFormat(",", ".")
    payment, errors = parse_payment({"paid_on": "2026-11-01", "amount": "1.134,72"}, DEBT, AS_OF, numbers=german)
    assert errors == [] and payment.amount == D("1134.72")
    assert parse_amount("available", "3.000", numbers=german) == (D("3000.00"), [])
    value, errors = parse_amount("available", "3,000")
    assert value is None and errors[0].field == "available" and "could mean 3000 or 3.000" in errors[0].message


def test_an_invisible_nul_in_a_text_field_is_dropped_not_saved():
    """SQLite's length() stops at NUL: kept, "\\x00" would pass as a title here and fail the table's check."""
    from debtdesk.domain.evidence import parse_title

    assert parse_title({"title": "pay\x00slip"}) == ("payslip", [])
    title, errors = parse_title({"title": "\x00"})
    assert title is None and [e.field for e in errors] == ["title"]
