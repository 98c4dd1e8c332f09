"""Store fixtures: a fresh, empty DebtDesk file per test."""

from __future__ import annotations

import pytest

from debtdesk.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "household.debtdesk") as s:
        yield s
