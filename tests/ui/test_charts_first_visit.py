"""The Charts page's first visit works out only what the first chart shows: the monthly field's
example (every debt's payoff) waits until a chart with that field is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from debtdesk.domain import payoff
from debtdesk.store import Store
from debtdesk.ui.charts_screen import ChartsScreen
from debtdesk.ui.session import Session


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = payoff.suggested_monthly

    def counting(statuses, *args, **kwargs):
        calls.append(len(statuses))
        return real(statuses, *args, **kwargs)

    monkeypatch.setattr(payoff, "suggested_monthly", counting)
    return calls


def test_the_example_waits_for_the_field_then_is_worked_out_once(app, qtbot, household_path, as_of, counted):
    store = Store.open(household_path)
    screen = ChartsScreen(Session(store, as_of))
    qtbot.addWidget(screen)
    assert screen.current_kind() == "owed" and screen.monthly.isHidden()
    assert counted == [] and screen.monthly.placeholderText() == ""
    choose(screen, "payoff")  # the example, and the payoff chart's own default
    after_first = len(counted)
    assert after_first >= 1 and screen.monthly.placeholderText() == "e.g. 9,000.00"
    choose(screen, "owed")
    choose(screen, "payoff")  # both drawn already, the example kept
    assert len(counted) == after_first
    store.close()


def choose(screen, kind):
    row = next(i for i in range(screen.kinds.count()) if screen.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind)
    screen.kinds.setCurrentRow(row)
