"""A change recomputes only what it can have moved, and pages out of sight wait until they are shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from debtdesk.domain.debt import Payment
from debtdesk.services import statuses as statuses_module
from debtdesk.services.changes import BUDGET, CONTACTS, PAYMENTS, SETTINGS, Changes
from debtdesk.ui.commands import AddPayment


@pytest.fixture
def computed(monkeypatch):
    """The ids of the debts whose status is computed, in order."""
    seen: list[int] = []
    real = statuses_module.debt_status

    def counting(debt, *args, **kwargs):
        seen.append(debt.id)
        return real(debt, *args, **kwargs)

    monkeypatch.setattr(statuses_module, "debt_status", counting)
    return seen


def test_a_payment_recomputes_only_its_own_debt_once_for_every_page(window, computed, front):
    front(window, "timeline")
    front(window, "proposals")
    window.pages.setCurrentWidget(window.debts_page)
    bank = next(v.debt for v in window.register.model.rows() if v.debt.lender.name == "中国建设银行")
    computed.clear()
    window.undo_stack.push(AddPayment(window.session, Payment(bank.id, date(2026, 11, 20), D("100.00")), "x"))
    assert computed == [bank.id]  # not every debt, and not once per page
    shown = window.session.debt_view(bank.id)
    assert shown.state.paid_total == sum((p.amount for p in shown.payments), D(0))
    assert any(p.amount == D("100.00") for p in shown.payments)


def test_pages_out_of_sight_wait_until_shown(window, front, monkeypatch):
    budget = front(window, "budget")
    window.pages.setCurrentWidget(window.debts_page)
    reloads = []
    monkeypatch.setattr(budget, "reload", lambda *a: reloads.append(1))
    window.session.notify(Changes.of(BUDGET))
    assert reloads == [] and budget._stale
    window.pages.setCurrentWidget(budget)
    assert reloads == [1] and not budget._stale


def test_a_page_ignores_changes_to_what_it_does_not_show(window, front, monkeypatch):
    budget = front(window, "budget")
    reloads = []
    monkeypatch.setattr(budget, "reload", lambda *a: reloads.append(1))
    window.session.notify(Changes.of(CONTACTS))
    assert reloads == []
    window.session.notify(Changes.of(BUDGET))
    assert reloads == [1]


def test_changes_say_which_statuses_moved():
    assert Changes.of(CONTACTS).moved_statuses() == frozenset()
    assert Changes.of(PAYMENTS, debts={3}).moved_statuses() == {3}
    assert Changes.of(PAYMENTS).moved_statuses() is None  # which debt is not known: all
    assert Changes.of(SETTINGS, debts={3}).moved_statuses() is None  # thresholds and rules move every debt
    with pytest.raises(ValueError):
        Changes.of("weather")


def test_a_new_date_computes_every_status_again(window, computed):
    window.session.debt_views()
    computed.clear()
    window.session.as_of = date(2026, 12, 24)
    views = window.session.debt_views()
    assert sorted(computed) == sorted(v.debt.id for v in views)
    assert all(v.state.as_of == date(2026, 12, 24) for v in views)


def test_a_large_file_paints_first_and_fills_in_from_a_worker(app, qtbot, demo_path, as_of, monkeypatch):
    """From BACKGROUND_FROM debts on, the window shows that it is working and fills in when done."""
    from debtdesk.store import Store
    from debtdesk.ui import status_loader
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    monkeypatch.setattr(status_loader, "BACKGROUND_FROM", 2)  # the demo's six debts count as large
    win = MainWindow(Session(Store.open(demo_path), as_of))
    qtbot.addWidget(win)
    assert win.session.loading and win.register.model.rowCount() == 0
    assert win.dashboard.headline.text() == "Working out where 6 debts stand…"
    assert not win.debts_page.is_empty()  # not mistaken for an empty file
    qtbot.waitUntil(lambda: not win.session.loading, timeout=10_000)
    assert win.register.model.rowCount() == 6
    assert win.dashboard.headline.text().startswith("The most urgent: Anna Chan (private), 120 days")
    win.close()


def test_a_change_while_loading_is_not_overwritten_by_the_workers_older_figures(app, qtbot, demo_path, as_of,
                                                                              monkeypatch):
    from debtdesk.services.kept_statuses import load_statuses
    from debtdesk.store import Store
    from debtdesk.ui import status_loader
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    monkeypatch.setattr(status_loader, "BACKGROUND_FROM", 2)
    held = []  # the worker reads the file before the change, and reports after it

    def read_now_report_later(loader, path, on):
        held.append((loader, load_statuses(path, on)))

    monkeypatch.setattr(status_loader.StatusLoader, "start", read_now_report_later)
    win = MainWindow(Session(Store.open(demo_path), as_of))
    qtbot.addWidget(win)
    bank = next(d for d in win.store.debts() if d.lender.name == "中国建设银行")
    win.undo_stack.push(AddPayment(win.session, Payment(bank.id, as_of, D("3561.58")), "x"))
    loader, older = held[0]
    assert next(s for s in older if s.debt.id == bank.id).state.overdue_amount == D("3561.58")
    loader.done.emit(older, None)
    assert not win.session.loading
    assert win.session.debt_view(bank.id).state.overdue_amount == D("0.00")
    win.close()
