"""The slow kinds' numbers, worked out faster and apart from the drawing, are the same figures.

On a generated household of many debts: the three strategies made together equal each made alone, a
plan's month totals and clearing order equal the plain (quadratic) way of reading them, a chart built
from numbers worked out beforehand (as the window's worker does) equals one built in one go, and the
payoff chart of many debts draws the first few debts and the rest as one layer while its tables keep
every debt.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from debtdesk.charts.build import build_chart
from debtdesk.charts.data import SLOW_KINDS, chart_data
from debtdesk.charts.plans import MAX_LAYERS
from debtdesk.domain.money import ZERO
from debtdesk.domain.payoff import Strategy, current_terms, owing, payoff_debt, plan_for, plans_for, suggested_monthly
from debtdesk.services.chart_inputs import chart_inputs
from debtdesk.store import Store

GENERATED_DEBTS = 30


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    from datetime import date

    from debtdesk.store.demo import write_large_demo

    as_of = date(2026, 11, 23)
    path = tmp_path_factory.mktemp("generated") / "generated.debtdesk"
    write_large_demo(path, as_of, debts=GENERATED_DEBTS, payments_per_debt=8, contacts=0)
    with Store.open(path) as store:
        return chart_inputs(store, as_of)


def plain_month_totals(plan):
    """The month totals as they were read before: each month, each debt's row for it looked up."""
    result = []
    for month in range(1, plan.months + 1):
        paid = interest = balance = ZERO
        for d in plan.debts:
            row = next((r for r in d.rows if r.month == month), None)
            if row is not None:
                paid += row.payment
                interest += row.interest
                balance += row.balance
        result.append((month, balance, paid, interest))
    return result


def table_rows(chart):
    return [(t.title, t.columns, t.rows) for t in chart.tables]


def test_the_strategies_made_together_are_each_made_alone(inputs):
    statuses = owing(inputs.statuses, "CNY")
    monthly = suggested_monthly(statuses) + Decimal("500.00")
    together = plans_for([payoff_debt(s) for s in statuses], Strategy, monthly, inputs.as_of,
                         current_terms(statuses, inputs.as_of))
    for strategy in Strategy:
        alone = plan_for(inputs.statuses, strategy, monthly, inputs.as_of, "CNY")
        assert together[strategy] == alone, strategy
        assert [(m, b, p, i) for m, _, p, i, b in alone.month_totals()] == plain_month_totals(alone)
        ranked = sorted(enumerate(alone.debts), key=lambda pair: (pair[1].cleared_month, pair[0]))
        assert alone.clear_order == tuple(d.debt_id for _, d in ranked)


@pytest.mark.parametrize("kind", sorted(SLOW_KINDS))
def test_a_chart_from_numbers_worked_out_beforehand_is_the_same(inputs, kind):
    assert table_rows(build_chart(kind, inputs, data=chart_data(kind, inputs))) == table_rows(build_chart(kind, inputs))


def test_the_payoff_chart_of_many_debts_stacks_a_few_and_the_rest_as_one(inputs):
    chart = build_chart("payoff", inputs)
    plan = plan_for(inputs.statuses, Strategy.AVALANCHE, suggested_monthly(owing(inputs.statuses, "CNY")),
                    inputs.as_of, "CNY")
    assert len(plan.debts) > MAX_LAYERS
    summary, rows = chart.tables
    assert len(summary.rows) == len(plan.debts) + 1  # every debt, then the total
    assert len(rows.rows) == sum(len(d.rows) for d in plan.debts)
    axes = chart.figure.axes[0]
    labels = [t.get_text() for t in axes.get_legend().get_texts()]
    assert labels[:MAX_LAYERS] == [d.start.name for d in plan.debts[:MAX_LAYERS]]
    assert labels[MAX_LAYERS] == f"{len(plan.debts) - MAX_LAYERS} other debts"
    assert len(labels) == MAX_LAYERS + 1


def test_a_replay_without_allocations_charges_the_same(inputs):
    from datetime import timedelta

    from debtdesk.domain.ledger import LedgerRules, replay

    ahead = [inputs.as_of + timedelta(days=n) for n in range(7, 366, 7)]
    for s in inputs.statuses:
        rules = LedgerRules.of(s.debt)
        full = replay(rules, s.schedule, s.payments, inputs.as_of, project_to=ahead)
        lean = replay(rules, s.schedule, s.payments, inputs.as_of, project_to=ahead, with_allocations=False)
        assert (lean.charges, lean.projected, lean.paid_total, lean.surplus) == \
            (full.charges, full.projected, full.paid_total, full.surplus)
        assert lean.allocations == ()
    with pytest.raises(ValueError):
        replay(rules, s.schedule, s.payments, inputs.as_of, project_to=lambda allocations: [], with_allocations=False)
