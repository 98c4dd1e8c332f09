"""Charts live where they are needed, drawn only when asked for (matplotlib stays off the start-up path)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QPushButton


@pytest.fixture
def household(app, qtbot, household_path, as_of):
    """The window on the demo household (with its budget), shown."""
    from debtdesk.store import Store
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def press(slot):
    slot.findChild(QPushButton, f"showChart_{slot.kind}").click()
    assert slot.panel is not None and slot.panel.chart is not None
    return slot.panel.chart


def test_the_overview_debt_detail_budget_and_proposal_each_show_their_chart(household, front):
    assert household.dashboard.chart_slot.panel is None  # nothing drawn until asked for
    owed = press(household.dashboard.chart_slot)
    assert owed.tables and owed.tables[0].text_rows()
    bank = next(d.id for d in household.store.debts() if d.lender.name == "中国建设银行")
    household.show_debt(bank)
    kinds = {slot.kind: press(slot) for slot in household.detail.chart_slots}
    assert set(kinds) == {"balance", "waiting"}
    budget = front(household, "budget")
    assert press(budget.chart_slot).figure is not None
    proposals = front(household, "proposals")
    proposals.suggest_button.click()  # fair shares: the household plan has proposals to compare
    plans = press(proposals.chart_slot)
    assert plans.tables


def test_a_drawn_chart_follows_the_screen(household, front):
    from datetime import date
    from decimal import Decimal

    from debtdesk.domain.debt import Payment
    from debtdesk.ui.commands import AddPayment

    bank = next(d.id for d in household.store.debts() if d.lender.name == "中国建设银行")
    household.show_debt(bank)
    slot = household.detail.chart_slots[0]
    press(slot)
    before = slot.panel.chart
    household.undo_stack.push(AddPayment(household.session, Payment(bank, date(2026, 11, 20), Decimal("500.00")), "x"))
    assert slot.panel.chart is not before  # redrawn with the new payment


def test_opening_the_window_loads_no_matplotlib(demo_path, as_of, tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from debtdesk.ui.app import make_application\n"
        "from debtdesk.ui.main_window import MainWindow\n"
        "from debtdesk.ui.session import Session\n"
        "from debtdesk.store import Store\n"
        "from datetime import date\n"
        "app = make_application()\n"
        f"w = MainWindow(Session(Store.open({str(demo_path)!r}), date({as_of.year}, {as_of.month}, {as_of.day})))\n"
        "w.show(); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    env.update({k: v for k, v in os.environ.items() if k == "PYTHONPATH"})  # the sources under test, not an install
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr[-2000:]
