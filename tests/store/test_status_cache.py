"""Status summaries kept in the file: reused while nothing they depend on changed, recomputed after
every kind of change that can move a status, never written by a read-only open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from debtdesk.domain.agreement import Agreement, AgreementTerms
from debtdesk.domain.debt import Payment
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.overdue import StageThresholds
from debtdesk.services import status_summaries as summaries_module
from debtdesk.services.status_summaries import SUMMARY_FORMAT, status_summaries, summary_of
from debtdesk.services.statuses import debt_statuses
from debtdesk.store import Store
from debtdesk.store.agreements import AgreementBook
from debtdesk.store.settings import rate_reference, set_lender_thresholds, set_stage_thresholds
from debtdesk.store.status_cache import stamps, valid_summaries, write_summaries

AS_OF = date(2026, 11, 23)


@pytest.fixture
def filled(store):
    for debt, payments in demo_debts(AS_OF):
        store.add_debt(debt, payments)
    status_summaries(store, AS_OF)  # computed once and kept
    return store


def kept(store) -> set[int]:
    return set(valid_summaries(store, AS_OF, SUMMARY_FORMAT))


def computed_afresh(store) -> list[dict]:
    reference = rate_reference(store)
    import json

    return [json.loads(json.dumps(summary_of(s, reference))) for s in debt_statuses(store, AS_OF)]


def test_kept_summaries_are_read_without_computing(filled, monkeypatch):
    assert kept(filled) == set(filled.debt_ids())
    expected = computed_afresh(filled)

    def refuse(*args, **kwargs):
        raise AssertionError("a kept summary was computed again")

    monkeypatch.setattr("debtdesk.services.statuses.debt_statuses", refuse)
    assert status_summaries(filled, AS_OF) == expected


def test_another_date_is_computed_for_that_date(filled):
    later = AS_OF + timedelta(days=40)
    assert status_summaries(filled, later) != status_summaries(filled, AS_OF)
    assert set(valid_summaries(filled, later, SUMMARY_FORMAT)) == set(filled.debt_ids())


def _first_debt(store):
    return store.debts()[0]


def _change_payment_amount(store):
    debt = _first_debt(store)
    payment = store.payments(debt.id)[0]
    store.update_payment(replace(payment, amount=payment.amount + D("1.00")))
    return {debt.id}


def _move_payment(store):
    first, second = store.debts()[:2]
    payment = store.payments(first.id)[0]
    store.update_payment(replace(payment, debt_id=second.id))
    return {first.id, second.id}


def _add_payment(store):
    debt = _first_debt(store)
    store.add_payment(Payment(debt.id, AS_OF - timedelta(days=1), D("10.00")))
    return {debt.id}


def _delete_payment(store):
    debt = _first_debt(store)
    store.delete_payment(store.payments(debt.id)[-1].id)
    return {debt.id}


def _edit_debt(store):
    debt = _first_debt(store)
    store.update_debt(replace(debt, grace_days=debt.grace_days + 3))
    return {debt.id}


def _delete_debt(store):
    debt = _first_debt(store)
    store.delete_debt(debt.id)
    return {debt.id}


def _add_agreement(store):
    debt = _first_debt(store)
    AgreementBook(store).add(Agreement(debt.id, AgreementTerms(D("900.00"), date(2026, 11, 15), instalment_months=3),
                                       date(2026, 11, 1), date(2026, 10, 30)))
    return {debt.id}


def _end_agreement(store):
    ids = _add_agreement(store)
    status_summaries(store, AS_OF)  # kept again with the agreement
    book = AgreementBook(store)
    book.end(book.agreements(next(iter(ids)))[0].id, date(2026, 11, 10), "breach")
    return ids


def _delete_agreement(store):
    ids = _add_agreement(store)
    status_summaries(store, AS_OF)
    book = AgreementBook(store)
    book.delete(book.agreements(next(iter(ids)))[0].id)
    return ids


def _stage_thresholds(store):
    set_stage_thresholds(store, StageThresholds(early=1, mid=5, late=20, severe=60))
    return None  # every debt


def _lender_thresholds(store):
    set_lender_thresholds(store, _first_debt(store).lender.id, StageThresholds(early=2, mid=9, late=40, severe=100))
    return None


def _rename_lender(store):
    store.conn.execute("UPDATE lenders SET name = name || ' (renamed)' WHERE id = ?", (_first_debt(store).lender.id,))
    store.conn.commit()
    return None


def _replace_payment_row(store):
    """Even a statement with its own conflict policy (INSERT OR REPLACE) moves the revision on."""
    debt = _first_debt(store)
    seen = [stamps(store)[1][debt.id]]
    for _ in range(2):
        store.conn.execute("INSERT OR REPLACE INTO payments (id, debt_id, paid_on, amount_minor, note) "
                           "SELECT id, debt_id, paid_on, amount_minor + 1, note FROM payments WHERE debt_id = ? "
                           "ORDER BY id LIMIT 1", (debt.id,))
        store.conn.commit()
        seen.append(stamps(store)[1][debt.id])
    assert seen == sorted(set(seen))  # always forward, never back to where it started
    return {debt.id}


CHANGES = [_replace_payment_row, _change_payment_amount, _move_payment, _add_payment, _delete_payment, _edit_debt,
           _delete_debt, _add_agreement, _end_agreement, _delete_agreement, _stage_thresholds, _lender_thresholds,
           _rename_lender]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.strip("_") for c in CHANGES])
def test_every_kind_of_change_invalidates_what_it_can_move(filled, change):
    all_ids = set(filled.debt_ids())
    touched = change(filled)
    left = kept(filled)
    if touched is None:
        assert left == set()  # a change to settings or lenders: every summary goes
    else:
        assert left == all_ids - touched  # only the debts the change touched
    # And what is read afterwards is what a fresh computation gives.
    assert status_summaries(filled, AS_OF) == computed_afresh(filled)
    assert kept(filled) == set(filled.debt_ids())


def test_a_read_only_open_computes_without_writing(tmp_path):
    path = tmp_path / "household.debtdesk"
    with Store.create(path) as store:
        for debt, payments in demo_debts(AS_OF):
            store.add_debt(debt, payments)
        expected = computed_afresh(store)
    with Store.open(path, read_only=True) as reader:
        assert status_summaries(reader, AS_OF) == expected
    with Store.open(path) as store:
        assert kept(store) == set()


def test_a_summary_computed_before_a_change_is_not_kept(filled):
    debt = _first_debt(filled)
    epoch, revisions = stamps(filled)
    filled.add_payment(Payment(debt.id, AS_OF, D("5.00")))  # lands between reading and writing back
    assert write_summaries(filled, AS_OF, SUMMARY_FORMAT, epoch, [(debt.id, revisions.get(debt.id, 0), "{}")]) == 0
    assert debt.id not in kept(filled)


def test_summaries_of_an_older_format_are_ignored(filled, monkeypatch):
    monkeypatch.setattr(summaries_module, "SUMMARY_FORMAT", SUMMARY_FORMAT + 1)
    assert set(valid_summaries(filled, AS_OF, SUMMARY_FORMAT + 1)) == set()
    assert status_summaries(filled, AS_OF) == computed_afresh(filled)


def test_the_window_keeps_what_it_computes(tmp_path):
    """The window's statuses (computed here, or by a worker and primed) leave their summaries in the file."""
    from debtdesk.services.kept_statuses import StatusCache, load_statuses

    path = tmp_path / "household.debtdesk"
    with Store.create(path) as store:
        for debt, payments in demo_debts(AS_OF):
            store.add_debt(debt, payments)
    loaded = load_statuses(path, AS_OF)  # a worker's read-only connection: nothing written yet
    with Store.open(path) as store:
        assert kept(store) == set()
        cache = StatusCache(store, AS_OF)
        cache.prime(loaded)
        assert kept(store) == set(store.debt_ids())
        debt = _first_debt(store)
        store.add_payment(Payment(debt.id, AS_OF, D("3.00")))
        cache.forget({debt.id})
        assert debt.id not in kept(store)
        cache.all()  # computes that debt again, and keeps it
        assert kept(store) == set(store.debt_ids())
        assert status_summaries(store, AS_OF) == computed_afresh(store)
    assert load_statuses(path, AS_OF).pending.rows == ()  # opened again the same day: nothing to redo


def test_the_collector_pause_restores_the_collector_as_it_was():
    import gc
    import threading

    from debtdesk.services.statuses import collector_paused

    assert gc.isenabled()
    inside = threading.Event()
    leave = threading.Event()

    def worker():
        with collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker is still inside
    leave.set()
    thread.join(5)
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
