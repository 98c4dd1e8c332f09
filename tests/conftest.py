"""Shared fixtures: headless Qt, isolated settings and data folders, no real dialogs."""

from __future__ import annotations

import os
import tempfile
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's settings or data.
_ISOLATED = tempfile.mkdtemp(prefix="debtdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_ISOLATED, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_ISOLATED, "data")

AS_OF = date(2026, 11, 23)


@pytest.fixture
def as_of() -> date:
    return AS_OF


@pytest.fixture
def demo_path(tmp_path):
    """A new file holding the demo debts and payments as of AS_OF (no budget, evidence or contacts)."""
    from debtdesk.store.demo import write_demo

    path = tmp_path / "demo.debtdesk"
    write_demo(path, AS_OF, debts_only=True)
    return path


@pytest.fixture
def household_path(tmp_path):
    """The whole demo household: debts, a budget, evidence in progress, collector contacts."""
    from debtdesk.store.demo import write_demo

    path = tmp_path / "household.debtdesk"
    write_demo(path, AS_OF)
    return path
