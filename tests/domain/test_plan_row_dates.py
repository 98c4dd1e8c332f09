"""A plan row's due date, looked up per month, is `dates.nth_due_date` of the plan's start, whatever the month."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.dates import nth_due_date
from debtdesk.domain.plan_rows import RowBuilder
from debtdesk.domain.proposal import PlanRow


@pytest.mark.parametrize("start", [date(2026, 11, 23), date(2024, 1, 31), date(2027, 2, 28), date(2099, 12, 1)])
@pytest.mark.parametrize("due_day", [1, 15, 28, 29, 30, 31])
def test_row_dates_are_nth_due_dates(start, due_day):
    builder = RowBuilder(start, due_day, D("0"), D("1000.00"), PlanRow)
    for _ in range(620):
        builder.add(D("1.00"))
    assert builder.rows[0].due_date == start
    assert [row.due_date for row in builder.rows[1:]] == [nth_due_date(start, n, due_day) for n in range(1, 620)]
