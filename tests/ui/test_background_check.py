"""The window opens with SQLite's quick check and runs the full one after its first paint."""

from __future__ import annotations

from debtdesk.store import backups
from debtdesk.ui import files
from debtdesk.ui.background_check import check_later
from tests.store.safety_helpers import mislead_index


def test_a_file_opened_in_the_window_is_checked_fully_after_it_shows(window, qtbot, household_path, boxes):
    files.open_path(window, household_path)
    assert window.store.path == household_path
    check = window._background_check
    qtbot.waitUntil(lambda: check.finished and not check._timer.isActive(), timeout=20000)
    assert check.damage is None and window.store.opened.checked_fully
    assert [b.kind for b in backups.list_backups(household_path)] == ["daily"]  # taken once the check passed
    assert not [kind for kind, *_ in boxes.shown if kind == "error"]


def test_damage_only_the_full_check_sees_is_said_and_no_backup_is_taken(window, qtbot, household_path, boxes):
    mislead_index(household_path)  # structurally sound: only the full check sees it
    files.open_path(window, household_path)
    assert window.store.path == household_path  # opened: the quick check passed
    check = window._background_check
    qtbot.waitUntil(lambda: check.finished and not check._timer.isActive(), timeout=20000)
    assert check.damage is not None
    kind, title, text = boxes.shown[-1]
    assert kind == "error" and title == "The file is damaged" and "File ▸ Restore from backup" in text
    assert backups.list_backups(household_path) == []  # damage never pushes a good backup out


def test_nothing_runs_for_a_file_that_was_checked_fully(window):
    assert window.store.opened.checked_fully  # the fixture opens it with the full check
    assert check_later(window) is None
