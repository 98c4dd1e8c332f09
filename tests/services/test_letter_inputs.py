"""A letter's inputs: the same complaint records as flagging the whole log gave, each status computed once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtdesk.domain import status as status_module
from debtdesk.domain.complaints import complaint_records
from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.domain.proposal import ProposalOptions
from debtdesk.services.letter_inputs import letter_inputs
from debtdesk.services.statuses import debt_statuses
from debtdesk.store import StoreError
from debtdesk.store.contacts import ContactLog
from debtdesk.store.flagged import flagged_about

AS_OF = date(2026, 11, 23)
_COMPANIES = ["招商银行信用卡 collections", "微粒贷", "", "Some Agency", " 微粒贷 "]


def _whole_log_way(store, debt):
    """How the records were found before: every contact loaded and flagged, then filtered."""
    return complaint_records(ContactLog(store).flagged(), debt, store.debts())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contacts=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 23), st.sampled_from(_COMPANIES),
                                   st.booleans(), st.sampled_from([None, 0, 1, 2])), max_size=25))
def test_the_query_finds_what_flagging_the_whole_log_found(store, contacts):
    debt_ids = store.debt_ids()
    log = ContactLog(store)
    with store.conn:
        store.conn.execute("DELETE FROM contacts")
    for day, hour, company, threat, debt in contacts:
        log.add(Contact(datetime(2026, 11, 1, hour, 5) + timedelta(days=day), Channel.CALL, company=company,
                        conduct=frozenset({Conduct.THREATS}) if threat else frozenset(),
                        debt_id=None if debt is None else debt_ids[debt]))
    debts = store.debts()
    for debt in debts:
        lender_debts = {d.id for d in debts if d.lender.name == debt.lender.name}
        assert complaint_records(flagged_about(store, lender_debts), debt, debts) == _whole_log_way(store, debt)


def test_the_demo_letters_inputs_match_the_whole_log_way(store):
    for debt in store.debts():
        inputs = letter_inputs(store, debt.id, ProposalOptions(), AS_OF)
        assert inputs.flagged == _whole_log_way(store, debt)


def test_each_status_is_computed_once_and_not_at_all_with_the_windows_cache(store, monkeypatch):
    computed = []
    real = status_module.debt_status

    def counting(debt, *args, **kwargs):
        computed.append(debt.id)
        return real(debt, *args, **kwargs)

    statuses = debt_statuses(store, AS_OF)
    monkeypatch.setattr("debtdesk.services.statuses.debt_status", counting)
    debt_id = next(s.debt.id for s in statuses if any(not a.settled for a in s.allocations))
    computed.clear()
    letter_inputs(store, debt_id, ProposalOptions(), AS_OF)
    assert sorted(computed) == sorted(store.debt_ids())  # every debt once: the household plan needs them all
    computed.clear()
    letter_inputs(store, debt_id, ProposalOptions(), AS_OF, statuses=statuses)
    assert computed == []


def test_the_whole_log_is_not_read_for_a_letter(store, monkeypatch):
    monkeypatch.setattr(ContactLog, "list", lambda self: pytest.fail("the whole contact log was read"))
    monkeypatch.setattr(ContactLog, "attachments_by_contact", lambda self: pytest.fail("every attachment was read"))
    letter_inputs(store, store.debt_ids()[0], ProposalOptions(), AS_OF)


def test_an_unknown_debt_is_one_sentence(store):
    with pytest.raises(StoreError, match="There is no debt number 999"):
        letter_inputs(store, 999, ProposalOptions(), AS_OF)
