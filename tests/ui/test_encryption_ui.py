"""Encryption in the window: the passphrase asked on open, File ▸ Encrypt… and Remove encryption…."""

from __future__ import annotations

import pytest

from debtdesk.store import driver, encryption
from debtdesk.ui import files
from debtdesk.ui.encryption_actions import PassphraseDialog

PASSPHRASE = "a long passphrase 用于测试"


@pytest.fixture(autouse=True)
def forget_passphrases():
    yield
    driver._passphrases.clear()


@pytest.fixture
def typed(monkeypatch):
    """Script the passphrase dialog: each exec() types the next entry (None presses Cancel)."""
    entries: list = []
    shown: list[PassphraseDialog] = []

    def fake_exec(self):
        shown.append(self)
        entry = entries.pop(0)
        if entry is None:
            self.reject()
        else:
            first, second = entry if isinstance(entry, tuple) else (entry, entry)
            self.first.setText(first)
            self.second.setText(second)
            self.accept()
        return self.result()

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    return entries, shown


def test_opening_an_encrypted_file_asks_until_the_passphrase_is_right(window, typed, household_path):
    entries, shown = typed
    encryption.encrypt(household_path, PASSPHRASE)
    driver.forget_passphrase(household_path)
    entries += ["wrong one", PASSPHRASE]
    files.open_path(window, household_path)
    assert window.store.path == household_path
    assert [d.intro.text().startswith("That passphrase does not open") for d in shown] == [False, True]
    assert window.store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] > 0


def test_cancelling_the_passphrase_leaves_the_current_file_open(window, typed, boxes, household_path):
    entries, _shown = typed
    encryption.encrypt(household_path, PASSPHRASE)
    driver.forget_passphrase(household_path)
    before = window.store.path
    entries.append(None)
    files.open_path(window, household_path)
    assert window.store.path == before
    assert boxes.shown[-1][0] == "error" and "was not opened: no passphrase was given" in boxes.shown[-1][2]


def test_encrypt_and_remove_encryption_from_the_file_menu(window, typed, boxes):
    entries, _shown = typed
    path = window.store.path
    dialog = PassphraseDialog(window, path, new=True)
    dialog.first.setText("short")
    dialog.accept()
    assert dialog.problem.text() == "New passphrase: use at least 8 characters."
    dialog.first.setText("long enough")
    dialog.second.setText("long enougH")
    dialog.accept()
    assert dialog.problem.text() == "The same again: the two passphrases differ."
    entries.append((PASSPHRASE, PASSPHRASE))
    from debtdesk.ui.encryption_actions import decrypt_current, encrypt_current

    encrypt_current(window)
    assert driver.looks_encrypted(path)
    assert driver.passphrase_of(window.store.conn) == PASSPHRASE
    assert window.store.path == path and window.store.conn.execute("SELECT count(*) FROM debts").fetchone()[0] == 6
    assert "is now encrypted" in boxes.shown[-1][2]
    boxes.answers.append(True)  # yes, remove it
    decrypt_current(window)
    assert not driver.looks_encrypted(path)
    assert driver.passphrase_of(window.store.conn) is None
    assert "is no longer encrypted" in boxes.shown[-1][2]


def test_the_file_menu_offers_encryption(window):
    from PySide6.QtGui import QAction

    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"encryptAction", "decryptAction"} <= names
