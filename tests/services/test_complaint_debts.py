"""The Letters page's complaint debts: the same debts as flagging the whole log gave."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.services import letter_inputs
from debtdesk.services.complaint_debts import debts_with_complaints
from debtdesk.store.contacts import ContactLog

_COMPANIES = ["招商银行信用卡 collections", "微粒贷", "", "Some Agency", " 微粒贷 ", "平安普惠"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contacts=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 23), st.sampled_from(_COMPANIES),
                                   st.booleans(), st.sampled_from([None, 0, 1, 2])), max_size=25))
def test_the_same_debts_as_the_whole_log_way(store, contacts):
    debt_ids = store.debt_ids()
    log = ContactLog(store)
    with store.conn:
        store.conn.execute("DELETE FROM contacts")
    for day, hour, company, threat, debt in contacts:
        log.add(Contact(datetime(2026, 11, 1, hour, 5) + timedelta(days=day), Channel.CALL, company=company,
                        conduct=frozenset({Conduct.THREATS}) if threat else frozenset(),
                        debt_id=None if debt is None else debt_ids[debt]))
    assert debts_with_complaints(store) == letter_inputs.debts_with_complaints(store)


def test_the_demo_file_has_complaint_debts_and_they_match(store):
    found = debts_with_complaints(store)
    assert found  # the demo logs threatening calls: a test that compares two empty lists proves nothing
    assert found == letter_inputs.debts_with_complaints(store)
    assert debts_with_complaints(store, store.debts()) == found
