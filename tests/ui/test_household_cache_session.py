"""The window's session drops the shared household plan when a change the plan reads is announced."""

from __future__ import annotations

from debtdesk.services.changes import CONTACTS, PAYMENTS, Changes


def test_the_session_forgets_the_plan_on_a_payment_not_on_a_contact(window):
    session, built = window.session, []

    def plan():
        return session.households.plan("spec", None, session.as_of, lambda: built.append(object()) or built[-1])

    first = plan()
    session.notify(Changes.of(CONTACTS))
    assert plan() is first
    session.notify(Changes.of(PAYMENTS, debts=()))
    assert plan() is not first and len(built) == 2
