"""The banner's reminders kept per debt are follow_up's reminders, item for item, after any change."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.agreement import Agreement, AgreementTerms
from debtdesk.domain.debt import Payment
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind
from debtdesk.services import reminder_items
from debtdesk.services.follow_up import follow_up
from debtdesk.services.kept_statuses import StatusCache
from debtdesk.services.reminder_items import ReminderItems
from debtdesk.store.agreements import AgreementBook
from debtdesk.store.demo import write_demo
from debtdesk.store.repository import Store

AS_OF = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path):
    """The demo household with an agreement (its check kept per debt too) and a court claim (a deadline)."""
    write_demo(tmp_path / "full.debtdesk", AS_OF)
    with Store.open(tmp_path / "full.debtdesk") as opened:
        first, second = opened.debts()[:2]
        book = AgreementBook(opened)
        book.add(Agreement(first.id, AgreementTerms(D("900.00"), date(2026, 10, 15), instalment_months=3),
                           date(2026, 10, 1), date(2026, 9, 30)))
        book.add_event(LegalEvent(LegalEventKind.CLAIM, date(2026, 11, 20), second.id, title="起诉状"))
        yield opened


def test_kept_items_match_follow_up_and_only_the_paid_debt_is_worked_again(store, monkeypatch):
    cache = StatusCache(store, AS_OF)
    kept = ReminderItems()
    first = kept.items(store, AS_OF, cache.all())
    assert first == list(follow_up(store, AS_OF).reminders)
    assert {"late", "deadline"} <= {item.kind.value for item in first} and follow_up(store, AS_OF).checks
    late = next(s for s in cache.all() if s.state.days_past_due > 0)
    store.add_payment(Payment(late.debt.id, AS_OF, late.state.overdue_amount))
    cache.forget({late.debt.id})
    worked: list[list[int]] = []
    real = reminder_items.reminders
    monkeypatch.setattr(reminder_items, "reminders",
                        lambda statuses, *a, **k: worked.append([s.debt.id for s in statuses])
                        or real(statuses, *a, **k))
    again = kept.items(store, AS_OF, cache.all())
    assert again == list(follow_up(store, AS_OF).reminders) and again != first
    assert worked[0] == [late.debt.id]  # the paid debt alone, then the debts named by deadlines or letters
    assert len(worked) == 2 and len(worked[1]) == 1


def test_another_date_or_horizon_works_everything_out_again(store):
    cache = StatusCache(store, AS_OF)
    kept = ReminderItems()
    kept.items(store, AS_OF, cache.all())
    expected = list(follow_up(store, AS_OF, days_ahead=30).reminders)
    assert kept.items(store, AS_OF, cache.all(), days_ahead=30) == expected
    later = AS_OF + timedelta(days=40)
    cache.move_to(later)
    assert kept.items(store, later, cache.all()) == list(follow_up(store, later).reminders)
