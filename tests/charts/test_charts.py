"""Every chart kind, headless: drawn from the demo household and from nothing, its table equal to
the domain's figures, its tooltips found by a hit test, in every language and both palettes."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.charts.build import build_chart
from debtdesk.charts.kinds import KINDS, ChartInputs
from debtdesk.charts.style import DARK, LIGHT, OKABE_ITO
from debtdesk.charts.words import LANGUAGES, chart_words
from debtdesk.domain.budget import Direction
from debtdesk.domain.demo import demo_budget, demo_debts
from debtdesk.domain.money import ZERO
from debtdesk.domain.payoff import Strategy, current_terms, plan_for, suggested_monthly
from debtdesk.domain.projections import owed_split, principal_left
from debtdesk.domain.status import debt_status

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def statuses():
    return tuple(debt_status(replace(d, id=i + 1), p, AS_OF) for i, (d, p) in enumerate(demo_debts(AS_OF)))


@pytest.fixture(scope="module")
def inputs(statuses):
    return ChartInputs(AS_OF, statuses, budget=demo_budget(AS_OF), payments=D("2500.00"))


def png(chart) -> bytes:
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=40)
    return buffer.getvalue()


def lender_row(table, name):
    return next(row for row in table.rows if row[0].startswith(name))


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("language, palette", [("en", LIGHT), ("zh-Hans", DARK), ("zh-Hant", LIGHT)])
def test_every_kind_draws_from_the_demo(kind, language, palette, inputs):
    chart = build_chart(kind, inputs, chart_words(language), palette)
    assert chart.kind == kind and not chart.empty
    assert png(chart)[:8] == b"\x89PNG\r\n\x1a\n"  # drawn: a missing glyph would fail (warnings are errors)
    assert all(table.rows for table in chart.tables)
    assert chart.figure.get_facecolor()[:3] == pytest.approx(tuple(int(palette.background[i:i + 2], 16) / 255
                                                                    for i in (1, 3, 5)))


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_explains_an_empty_file(kind):
    chart = build_chart(kind, ChartInputs(AS_OF), chart_words("zh-Hans"), LIGHT)
    assert chart.empty and png(chart)
    texts = [t.get_text() for ax in chart.figure.axes for t in ax.texts]
    assert texts and all(texts)  # a sentence saying why there is nothing to draw
    assert all(not table.rows for table in chart.tables)


def test_where_the_money_goes_table_is_the_status_figures(inputs, statuses):
    chart = build_chart("owed", inputs)
    table = chart.tables[0]
    for status in statuses:
        split = owed_split(status)
        row = lender_row(table, status.debt.lender.name)
        assert row[3:] == (split.not_yet_due, split.overdue, split.penalties, split.total)
        assert split.overdue == status.state.overdue_amount and split.penalties == status.accrued.owed
        assert split.not_yet_due + split.overdue == status.state.outstanding
    total = table.rows[-1]
    assert total[0] == "Total" and total[-1] == sum((owed_split(s).total for s in statuses), ZERO)
    # three segments per debt, each told apart by hatching as well as colour
    axes = chart.figure.axes[0]
    assert len(axes.patches) == 3 * len(statuses)
    assert {p.get_hatch() for p in axes.patches} == {"", "//", "xx"}


def test_balance_over_time_follows_the_ledger_and_the_schedule(inputs, statuses):
    bank = next(s for s in statuses if s.debt.lender.name == "中国建设银行")
    chart = build_chart("balance", replace(inputs, debt_id=bank.debt.id))
    rows = chart.tables[0].rows
    assert rows[0][1:3] == (bank.debt.start_date, bank.debt.principal)
    past = [r for r in rows if r[3] == "paid so far"]
    ahead = [r for r in rows if r[3] != "paid so far"]
    assert past[-1][1:3] == (AS_OF, principal_left(bank.allocations))
    assert ahead[-1][2] == ZERO and ahead[-1][1] == bank.schedule.instalments[-1].due_date
    coming = [p.instalment for p in bank.allocations if not p.settled and p.instalment.due_date > AS_OF]
    assert [r[1:3] for r in ahead[1:]] == [(i.due_date, i.balance) for i in coming]
    balances = [r[2] for r in past]
    assert balances == sorted(balances, reverse=True)  # principal only falls as payments come in
    # the half payment on the unpaid instalment went to its interest first: no principal moved that day
    assert balances[-2] == balances[-1]


def test_cost_of_waiting_is_the_ledger_projection_with_each_stage(inputs, statuses):
    chart = build_chart("waiting", inputs)
    table = chart.tables[0]
    days = table.column("Date")
    assert days[0] == AS_OF and days[-1] == AS_OF + timedelta(days=365) and len(days) == 366
    for status in statuses:
        label = next(c for c in table.columns if c.startswith(status.debt.lender.name))
        owed = dict(zip(days, table.column(label), strict=True))
        assert owed[AS_OF] == status.accrued.owed
        for transition in status.transitions:  # the status's own stage dates and costs
            assert owed[transition.on] == transition.cost.owed
            assert status.debt.lender.name in dict(zip(days, table.column("Stage entered"), strict=True))[transition.on]
    household = table.column("Household (CNY)")
    assert household[100] == sum(table.rows[100][1:1 + len(statuses)], ZERO)
    axes = chart.figure.axes[0]
    stage_markers = {line.get_marker() for line in axes.lines if line.get_linestyle() == "None"}
    assert {"o", "s", "X"} <= stage_markers  # early, mid, severe each have their own shape


def test_budget_chart_table_and_payments_by_month(inputs):
    budget = inputs.budget
    chart = build_chart("budget", inputs)
    rows = {(section, name): value for section, name, value in chart.tables[0].rows}
    assert rows[("Income", "Total")] == budget.monthly_income == D("8600.00")
    assert rows[("Essential spending", "Total")] == budget.monthly_expenses
    assert rows[("Left for debts", "Left for debts")] == budget.disposable == D("2200.00")
    assert rows[("Payments to debts", "Payments to debts")] == D("2500.00")
    assert rows[("Essential spending", "Medical")] == budget.by_category(Direction.EXPENSE)["medical"]
    monthly = [D("2500")] * 2 + [D("2000")] * 4
    chart = build_chart("budget", replace(inputs, payments=monthly))
    months = chart.tables[1]
    assert months.column("Month") == ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
    assert months.column("More than is left") == [D("300.00")] * 2 + [ZERO] * 4
    dated = [(date(2027, 1, 1), D("100")), (date(2027, 2, 1), D("200"))]
    assert build_chart("budget", replace(inputs, payments=dated)).tables[1].column("Month") == ["2027-01", "2027-02"]


def test_plans_compared_are_the_payoff_plans_and_the_current_terms(inputs, statuses):
    monthly = suggested_monthly(statuses)
    chart = build_chart("plans", replace(inputs, monthly=monthly))
    totals = chart.tables[0]
    current = current_terms(list(statuses), AS_OF)
    assert totals.rows[0] == ("Current terms", current.total_paid, current.interest_and_penalties, ZERO,
                              current.debt_free_on)
    for row, strategy in zip(totals.rows[1:], Strategy, strict=True):
        plan = plan_for(statuses, strategy, monthly, AS_OF)
        assert row[1:] == (plan.total_paid, plan.interest_and_penalties, plan.saving, plan.debt_free_on)
    by_month = chart.tables[1]
    assert sum(by_month.column("Current terms"), ZERO) == current.total_paid
    assert sum(by_month.column("Avalanche (highest rate first)"), ZERO) == totals.rows[1][1]


def test_a_plan_passed_in_is_compared_too(inputs, statuses):
    from debtdesk.domain.payoff import PlanSummary

    given = PlanSummary("given", ((date(2026, 12, 1), D("2200")), (date(2027, 1, 1), D("2200"))), D("4400"),
                        D("100"), date(2027, 1, 15))
    chart = build_chart("plans", replace(inputs, plans=(given,)))
    assert chart.tables[0].rows[-1] == ("Proposed plan", D("4400"), D("100"),
                                        current_terms(list(statuses), AS_OF).interest_and_penalties - D("100"),
                                        date(2027, 1, 15))


def test_plans_below_the_minimums_say_so_and_keep_the_current_terms(inputs):
    chart = build_chart("plans", replace(inputs, monthly=D("2200")))
    assert [row[0] for row in chart.tables[0].rows] == ["Current terms"]
    notes = [t.get_text() for ax in chart.figure.axes for t in ax.texts]
    assert any("2,200.00 a month is less than the minimum payments together (8,951.20)" in n for n in notes)
    payoff = build_chart("payoff", replace(inputs, monthly=D("2200")))
    assert payoff.empty


def test_payoff_chart_table_is_the_plan(inputs, statuses):
    chart = build_chart("payoff", replace(inputs, strategy="snowball", monthly=D("9000")))
    plan = plan_for(statuses, Strategy.SNOWBALL, D("9000"), AS_OF)
    summary, rows = chart.tables
    assert [r[0] for r in summary.rows[:-1]] == [next(d.start.name for d in plan.debts if d.debt_id == i)
                                                 for i in plan.clear_order]
    assert summary.rows[-1][1:] == (plan.months, plan.debt_free_on, plan.total_paid, plan.interest)
    assert len(rows.rows) == sum(len(d.rows) for d in plan.debts)
    assert "2028-03-09" in chart.figure._suptitle.get_text()


def test_tooltips_are_found_under_the_pointer(inputs):
    chart = build_chart("owed", inputs)
    chart.figure.canvas.draw()
    bar = chart.figure.axes[0].patches[0]
    box = bar.get_window_extent()
    tip = chart.tips.at((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    assert tip.startswith("中国建设银行 · Bank loan") and "Not yet due" in tip
    assert chart.tips.at(1, 1) is None
    chart = build_chart("balance", inputs)
    chart.figure.canvas.draw()
    axes, x, y, text = chart.tips.points[0]
    from matplotlib.dates import date2num

    sx, sy = axes.transData.transform((date2num(x), y))
    assert chart.tips.at(sx + 2, sy - 2) == text


def test_series_colours_are_okabe_ito_and_tables_copy_as_tab_separated(inputs):
    assert set(LIGHT.series) <= set(OKABE_ITO.values()) and set(DARK.series) <= set(OKABE_ITO.values())
    chart = build_chart("owed", inputs)
    text = chart.to_tsv()
    assert "Debt\tKind\tCurrency\tNot yet due\tOverdue\tPenalties and fees\tTotal" in text
    assert "中国建设银行\tBank loan\tCNY\t" in text


def test_every_language_has_the_same_words():
    def keys(d, prefix=""):
        return {prefix + k if not isinstance(v, dict) else None for k, v in d.items()} | {
            f"{prefix}{k}.{sub}" for k, v in d.items() if isinstance(v, dict) for sub in v}

    english = keys(chart_words("en"))
    for language in LANGUAGES:
        assert keys(chart_words(language)) == english
    with pytest.raises(ValueError):
        chart_words("fr")


def test_charts_import_neither_pyplot_nor_qt():
    out = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom debtdesk.charts import build, owed, balance, waiting, monthly_budget, plans\n"
        "print(sorted(m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules))")],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_many_debts_are_drawn_by_kind(statuses):
    many = tuple(replace(s, debt=replace(s.debt, id=n * 10 + s.debt.id)) for n in range(4) for s in statuses)
    chart = build_chart("owed", ChartInputs(AS_OF, many))
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert len(labels) == 5 and labels[0] == "Bank loan (4 debts)" and "Online loan (8 debts)" in labels
    rows = chart.tables[0].rows
    assert len(rows) == 24 + 1 and rows[-1][-1] == sum((owed_split(s).total for s in many), ZERO)
    drawn = sum(p.get_width() for p in chart.figure.axes[0].patches)
    assert drawn == pytest.approx(float(rows[-1][-1]))


def test_waiting_week_by_week_keeps_each_stage_day(statuses):
    from debtdesk.domain.projections import waiting_curve

    status = next(s for s in statuses if s.transitions)
    daily, weekly = waiting_curve(status), waiting_curve(status, step=7)
    assert weekly.days[1] - weekly.days[0] == timedelta(days=7) and len(weekly.days) == 1 + 365 // 7
    assert dict(zip(daily.days, daily.owed, strict=True))[weekly.days[10]] == weekly.owed[10]
    assert weekly.marks == daily.marks and [m.on for m in daily.marks] == [t.on for t in status.transitions]


def test_a_kind_of_one_debt_is_named_so(statuses):
    card = next(s for s in statuses if s.debt.kind.value == "credit_card")
    many = tuple(replace(s, debt=replace(s.debt, id=n * 10 + s.debt.id)) for n in range(4) for s in statuses
                 if s is not card) + (card,)
    labels = [t.get_text() for t in build_chart("owed", ChartInputs(AS_OF, many)).figure.axes[0].get_yticklabels()]
    assert "Credit card (1 debt)" in labels and not any("(1 debts)" in label for label in labels)


def test_long_amounts_on_a_horizontal_axis_do_not_run_into_each_other():
    """A household or an adviser's file owing tens of millions: '30,000,000' five times did not fit."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from debtdesk.charts.style import money_axis, new_figure

    figure = new_figure(LIGHT, 4.0, 3.0)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.barh([0], [26_000_000])
    axes.set_xlim(0, 32_000_000)
    money_axis(axes.xaxis)
    figure.canvas.draw()
    shown = [label for label in axes.xaxis.get_ticklabels() if label.get_text()]
    assert 2 <= len(shown) <= 5 and all(label.get_rotation() == 30 for label in shown)
    boxes = [label.get_window_extent() for label in shown]
    assert not any(a.overlaps(b) for a, b in itertools.pairwise(boxes))
