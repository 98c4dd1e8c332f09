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
