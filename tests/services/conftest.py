"""A writable copy of the whole demo household for each test, opened as the window opens it."""

from __future__ import annotations

import pytest

from debtdesk.store import Store


@pytest.fixture
def store(household_path):
    with Store.open(household_path) as opened:
        yield opened


@pytest.fixture
def fail_on(store):
    """fail_on("BEFORE DELETE ON lenders"): that statement fails from now on, as a full disk would half-way."""
    def install(when: str, condition: str = "1") -> None:
        store.conn.execute(f"CREATE TRIGGER injected_failure {when} WHEN {condition} "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    return install
