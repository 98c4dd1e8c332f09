"""The rate check: a debt's true APR, contract rate and penalty rate against the reference lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.debt import Debt, Lender, PenaltyRule, ProductKind, Rate, RateBasis, RepaymentMethod
from debtdesk.domain.rate_check import Ask, Figure, penalty_rate, rate_check, recalculation_request, tally
from debtdesk.domain.rate_lines import (
    DEFAULT_LINES,
    LICENSED_24,
    LICENSED_36,
    PRIVATE_4LPR,
    LprFix,
    RateLine,
    RateReference,
    lpr_on,
    percent_text,
    rate_text,
)
from debtdesk.domain.schedule import schedule_for

M = RepaymentMethod


def loan(principal="10000", annual="0.12", months=12, fee="0", kind=ProductKind.ONLINE_LOAN,
         start=date(2026, 1, 15), markup="0.5", basis=RateBasis.ANNUAL, method=M.EQUAL_INSTALMENT, id=None):
    return Debt(
        lender=Lender("L"), kind=kind, principal=D(principal), start_date=start, term_months=months,
        rate=Rate(D(annual), basis), method=method, upfront_fee=D(fee), penalty=PenaltyRule(D(markup)), id=id,
    )


def crossed(check) -> dict[str, list[str]]:
    return {r.code: [f.value for f in r.above] for r in check.exceeds}


def newton_irr(received: float, payments: list[float]) -> float:
    i = 0.02
    for _ in range(100):
        f = sum(p * (1 + i) ** -(k + 1) for k, p in enumerate(payments)) - received
        df = sum(-(k + 1) * p * (1 + i) ** -(k + 2) for k, p in enumerate(payments))
        i -= f / df
    return i


# -- the hand-worked example ---------------------------------------------------------------------


def test_a_1000_fee_on_10000_over_a_year_puts_the_true_apr_above_24_percent():
    """10,000 at 12 % over 12 months, equal instalments, 1,000 taken up front.

    By hand: the instalment is 10,000 × 0.01 × 1.01¹² / (1.01¹² − 1) = 888.49; the borrower
    receives 9,000.  The annuity factor at 2.70 % a month is 10.1344 (888.49 × 10.1344 = 9,004.3,
    above 9,000) and at 2.71 % it is 10.1292 (8,999.7, below): the monthly IRR lies between,
    so the APR (× 12) lies between 32.40 % and 32.52 % — above 24 %, below 36 %.
    """
    debt = loan(fee="1000")
    schedule = schedule_for(debt)
    assert [i.payment for i in schedule][:11] == [D("888.49")] * 11
    check = rate_check(debt)
    assert D("0.3240") < check.apr < D("0.3252")
    expected = 12 * newton_irr(9000.0, [float(i.payment) for i in schedule])
    assert abs(float(check.apr) - expected) <= 0.00005 + 1e-12
    assert check.contract_rate == D("0.12") and check.penalty_rate == D("0.18")
    assert crossed(check) == {LICENSED_24: ["apr"]}
    assert check.flagged and check.lowest_crossed.code == LICENSED_24
    assert [(r.code, r.rate) for r in check.lines] == [(LICENSED_24, D("0.24")), (LICENSED_36, D("0.36"))]
    assert check.not_legal_advice


def test_without_the_fee_the_same_loan_is_within_every_line():
    check = rate_check(loan())
    assert check.apr == D("0.1200") and not check.flagged and check.exceeds == ()
    assert recalculation_request(loan(), check) is None


# -- the penalty rate -----------------------------------------------------------------------------


def test_penalty_rate_is_the_contract_rate_plus_the_markup():
    assert penalty_rate(loan(annual="0.18", markup="0.5")) == D("0.27")
    assert penalty_rate(loan(annual="0.0005", basis=RateBasis.DAILY, markup="0.3")) == D("0.234")
    assert penalty_rate(loan(annual="0.1", markup="0")) == D("0.1")


@pytest.mark.parametrize("markup, flagged", [("0.5", True), ("0.3", False), ("0.3334", True), ("0.3333", False)])
def test_a_penalty_rate_above_24_percent_is_flagged_on_its_own(markup, flagged):
    # 18 % × 1.5 = 27 %; × 1.3 = 23.4 %; × 1.3334 = 24.0012 %; × 1.3333 = 23.9994 %.
    check = rate_check(loan(annual="0.18", markup=markup))
    assert crossed(check) == ({LICENSED_24: ["penalty_rate"]} if flagged else {})


def test_a_daily_rate_of_0_1_percent_is_36_percent_a_year_and_crosses_24_with_its_contract_rate():
    check = rate_check(loan(annual="0.001", basis=RateBasis.DAILY))
    assert check.contract_rate == D("0.36")
    # Exactly on the 36 % line is not above it; its penalty rate (54 %) is.
    assert crossed(check) == {LICENSED_24: ["apr", "contract_rate", "penalty_rate"], LICENSED_36: ["penalty_rate"]}


def test_a_rate_exactly_on_a_line_is_not_above_it():
    assert crossed(rate_check(loan(annual="0.24", markup="0"))) == {}
    assert crossed(rate_check(loan(annual="0.2401", markup="0"))) == {
        LICENSED_24: ["apr", "contract_rate", "penalty_rate"]}


# -- private lending: four times the LPR on the contract date -------------------------------------


def test_lpr_in_force_on_a_date():
    assert lpr_on(date(2025, 5, 19), RateReference().lpr) == D("0.0310")
    assert lpr_on(date(2025, 5, 20), RateReference().lpr) == D("0.0300")
    assert lpr_on(date(2026, 11, 23), RateReference().lpr) == D("0.0300")
    assert lpr_on(date(2019, 8, 19), RateReference().lpr) is None


@pytest.mark.parametrize("start, line, flagged", [
    (date(2026, 1, 26), D("0.12"), True),  # 3.0 % since May 2025: 4 × 3.0 % = 12 %
    (date(2025, 5, 19), D("0.124"), True),  # the day before: 4 × 3.1 % = 12.4 %
    (date(2024, 8, 1), D("0.134"), False),  # 4 × 3.35 % = 13.4 %, above the 13 % charged
    (date(2020, 1, 15), D("0.166"), False),  # 4 × 4.15 %
])
def test_a_private_loan_is_checked_against_four_times_the_lpr_when_it_was_made(start, line, flagged):
    check = rate_check(loan(annual="0.13", markup="0", kind=ProductKind.PRIVATE_LOAN, start=start))
    assert [(r.code, r.rate) for r in check.lines] == [(PRIVATE_4LPR, line)]
    assert check.flagged is flagged


def test_a_private_loan_from_before_the_first_lpr_has_no_line():
    check = rate_check(loan(annual="0.3", kind=ProductKind.PRIVATE_LOAN, start=date(2018, 3, 1)))
    assert check.lines == () and not check.flagged


def test_licensed_lines_do_not_apply_to_private_loans_nor_the_private_line_to_licensed_lenders():
    private = rate_check(loan(annual="0.2", kind=ProductKind.PRIVATE_LOAN, start=date(2026, 1, 1)))
    assert [r.code for r in private.lines] == [PRIVATE_4LPR]
    card = rate_check(loan(annual="0.2", kind=ProductKind.CREDIT_CARD))
    assert [r.code for r in card.lines] == [LICENSED_24, LICENSED_36]


def test_the_edited_lpr_table_and_multiple_are_used():
    reference = RateReference(
        lines=tuple(replace(line, lpr_multiple=D("3")) if line.code == PRIVATE_4LPR else line
                    for line in DEFAULT_LINES),
        lpr=(LprFix(date(2019, 1, 1), D("0.05")),),
    )
    check = rate_check(loan(annual="0.14", markup="0", kind=ProductKind.PRIVATE_LOAN), reference)
    assert [(r.code, r.rate, r.crossed) for r in check.lines] == [(PRIVATE_4LPR, D("0.15"), False)]


# -- lines the user edited -------------------------------------------------------------------------


def test_a_line_applies_only_to_contracts_made_on_or_after_its_date():
    later = RateReference(lines=(RateLine("licensed-24", date(2026, 1, 16), frozenset(ProductKind), D("0.24")),))
    assert rate_check(loan(annual="0.3", start=date(2026, 1, 15)), later).lines == ()
    assert rate_check(loan(annual="0.3", start=date(2026, 1, 16)), later).flagged


def test_a_switched_off_line_is_not_checked():
    off = RateReference(lines=tuple(replace(line, enabled=line.code != LICENSED_24) for line in DEFAULT_LINES))
    check = rate_check(loan(annual="0.3", markup="0"), off)
    assert [r.code for r in check.lines] == [LICENSED_36] and not check.flagged


def test_a_lower_edited_line_flags_more():
    lower = RateReference(lines=(replace(DEFAULT_LINES[0], rate=D("0.15")),))
    assert crossed(rate_check(loan(annual="0.12"), lower)) == {LICENSED_24: ["penalty_rate"]}


def test_a_line_needs_exactly_one_kind_of_rate():
    with pytest.raises(ValueError):
        RateLine("x", date(2020, 1, 1), frozenset(), rate=D("0.2"), lpr_multiple=D("4"))
    with pytest.raises(ValueError):
        RateLine("x", date(2020, 1, 1), frozenset())
    with pytest.raises(ValueError):
        RateLine("x", date(2020, 1, 1), frozenset(), rate=D("0"))


# -- the household and the letters ----------------------------------------------------------------


def test_tally_counts_the_debts_above_each_line():
    a = replace(loan(annual="0.18", id=1), lender=Lender("A"))  # penalty 27 %
    b = replace(loan(annual="0.40", id=2), lender=Lender("B"))  # everything above 36 %
    c = replace(loan(annual="0.05", id=3), lender=Lender("C"))
    counts = tally((d, rate_check(d)) for d in (a, b, c))
    assert [(t.code, t.rate, t.count, t.lenders) for t in counts] == [
        (LICENSED_24, D("0.24"), 2, ("A", "B")), (LICENSED_36, D("0.36"), 1, ("B",))]
    assert tally([]) == ()


def test_recalculation_request_carries_the_lowest_line_and_what_to_ask():
    debt = loan(fee="1000", annual="0.18", id=7)
    request = recalculation_request(debt, reference=RateReference())
    assert (request.debt_id, request.lender, request.currency) == (7, "L", "CNY")
    assert request.line.code == LICENSED_24 and request.line.rate == D("0.24")
    assert request.above == (Figure.APR, Figure.PENALTY)
    assert request.asks == (Ask.ITEMISED_STATEMENT, Ask.RECALCULATE_INTEREST, Ask.REDUCE_PENALTY, Ask.WRITTEN_REPLY)
    assert request.not_legal_advice
    penalty_only = recalculation_request(loan(annual="0.18"))
    assert penalty_only.asks == (Ask.ITEMISED_STATEMENT, Ask.REDUCE_PENALTY, Ask.WRITTEN_REPLY)


def test_rates_as_text():
    assert [rate_text(D(x)) for x in ("0.2400", "0.24", "0.166", "0.21864", "0.0300", "1")] == [
        "0.24", "0.24", "0.166", "0.2186", "0.03", "1.00"]
    assert [percent_text(D(x)) for x in ("0.24", "0.2186", "0.0425", "0.1", "0.12000")] == [
        "24", "21.86", "4.25", "10", "12"]


def test_a_fixed_penalty_rate_is_the_penalty_rate_checked():
    """A 0 % loan whose contract names 36 % a year of penalty interest: that is what crosses 24 %."""
    free = replace(loan(annual="0"), penalty=PenaltyRule(D("0.5"), fixed_rate=D("0.36")))
    assert penalty_rate(free) == D("0.36")
    check = rate_check(free)
    assert Figure.PENALTY in check.lines[0].above and Figure.CONTRACT not in check.lines[0].above
