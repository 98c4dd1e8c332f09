"""The start-up's quick check, run ahead in a thread, decides exactly as the check on open would."""

from __future__ import annotations

import os

import pytest

from debtdesk.store import check_ahead
from debtdesk.store.errors import DamagedFileError
from debtdesk.store.repository import Store
from tests.store.safety_helpers import damage_page, state


@pytest.fixture(autouse=True)
def nothing_left_ahead():
    yield
    check_ahead._started.clear()


def _finished(path) -> check_ahead._Ahead:
    check_ahead.start(path)
    ahead = check_ahead._started[os.path.realpath(path)]
    ahead.thread.join()
    return ahead


def test_an_unchanged_file_is_not_checked_again_on_open(household_path):
    ahead = _finished(household_path)
    assert ahead.problems == ["ok"]
    ahead.problems = ["the answer given ahead"]  # what opening says shows whose answer it used
    with pytest.raises(DamagedFileError, match="the answer given ahead"):
        Store.open(household_path, full_check=False)
    assert check_ahead.answer(household_path) is None  # each answer is used once
    with Store.open(household_path, full_check=False) as store:  # checked on open again: whole
        assert store.debts()


def test_the_full_check_never_takes_the_quick_answer(household_path):
    _finished(household_path).problems = ["the answer given ahead"]
    with Store.open(household_path) as store:  # full_check: integrity_check runs, whatever ran ahead
        assert store.debts()


def test_damage_found_ahead_refuses_the_file_as_the_check_on_open_does(household_path):
    damage_page(household_path, "payments")
    before = state(household_path)
    assert _finished(household_path).problems not in (None, ["ok"])
    with pytest.raises(DamagedFileError, match=r"household\.debtdesk is damaged .*left untouched"):
        Store.open(household_path, full_check=False)
    assert state(household_path) == before


def test_a_file_changed_after_its_check_is_checked_again(household_path):
    _finished(household_path)
    damage_page(household_path, "payments")  # after the check ran: its "ok" no longer speaks for the file
    with pytest.raises(DamagedFileError):
        Store.open(household_path, full_check=False)


def test_no_answer_beside_a_journal_of_an_interrupted_write(household_path):
    journal = household_path.with_name(household_path.name + "-journal")
    journal.write_bytes(b"\0" * 512)  # only the locked writer may roll it back, and that changes the file
    try:
        assert _finished(household_path).problems is None
    finally:
        journal.unlink()


def test_no_answer_for_what_is_not_a_plain_sqlite_file(tmp_path):
    looks_encrypted = tmp_path / "sealed.debtdesk"
    looks_encrypted.write_bytes(os.urandom(4096))
    assert _finished(looks_encrypted).problems is None
    check_ahead.start(tmp_path / "missing.debtdesk")  # nothing to check: nothing started
    assert check_ahead.answer(tmp_path / "missing.debtdesk") is None


def test_the_check_ahead_never_writes(household_path):
    before = state(household_path)
    assert _finished(household_path).problems == ["ok"]
    assert state(household_path) == before
