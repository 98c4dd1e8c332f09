"""The appendix chart shows a monthly payment only when there is one, in the budget's currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from debtdesk.domain.proposal import ProposalOptions
from debtdesk.services.letter_inputs import letter_inputs
from debtdesk.store import Store


def payment_bar(household_path, options):
    import debtdesk.charts.budget as charts

    seen = {}
    real = charts.budget_figure

    def spy(budget, payment, language, names):
        seen["payment"] = payment
        return real(budget, payment, language, names)

    charts.budget_figure = spy
    try:
        from debtdesk.services.letter_inputs import appendix_chart

        with Store.open(household_path) as store:
            inputs = letter_inputs(store, 4, options, date(2026, 11, 23))
            assert appendix_chart(inputs, "en")[:4] == b"\x89PNG"
    finally:
        charts.budget_figure = real
    return seen["payment"]


def test_instalments_show_their_monthly_payment(household_path):
    assert payment_bar(household_path, ProposalOptions(instalment_months=24)) is not None


def test_a_settlement_is_not_drawn_as_a_monthly_payment(household_path):
    """The bar is what the plan pays all lenders each month; a settlement comes from a lump sum, not from it."""
    settled = payment_bar(household_path, ProposalOptions(settlement_percent=Decimal("60")))
    instalments = payment_bar(household_path, ProposalOptions(instalment_months=24))
    with Store.open(household_path) as store:
        lump = letter_inputs(store, 4, ProposalOptions(settlement_percent=Decimal("60")), date(2026, 11, 23)).plan
    assert settled is not None and settled < instalments  # the settled debt asks nothing monthly
    assert settled < lump.total_paid  # and the lump sum is not drawn as a month's payment
