"""`debtdesk encrypt` / `decrypt`, and every command on an encrypted file: passphrase from the environment."""

from __future__ import annotations

import pytest

from debtdesk.cli import main
from debtdesk.store import driver

PASSPHRASE = "cli passphrase 123"


@pytest.fixture(autouse=True)
def forget_passphrases():
    yield
    driver._passphrases.clear()


def test_encrypt_then_use_then_decrypt_from_the_command_line(household_path, capsys, monkeypatch):
    monkeypatch.setenv("DEBTDESK_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(household_path)]) == 0
    assert capsys.readouterr().out.startswith("Encrypted household.debtdesk, 0 attached files and 0 backups.")
    assert driver.looks_encrypted(household_path)
    driver._passphrases.clear()  # as a new process would start
    assert main(["status", "--db", str(household_path), "--as-of", "2026-11-23"]) == 0
    assert "Anna Chan" in capsys.readouterr().out
    assert main(["backup", "--db", str(household_path)]) == 0
    assert main(["check", "--db", str(household_path)]) == 0
    assert capsys.readouterr().out.count("The file is whole") == 1
    driver._passphrases.clear()
    assert main(["decrypt", "--db", str(household_path)]) == 0
    assert "Took the encryption off household.debtdesk, 0 attached files and 1 backups." in capsys.readouterr().out
    assert not driver.looks_encrypted(household_path)


def test_without_a_passphrase_or_with_a_wrong_one_a_command_says_so_in_one_sentence(household_path, capsys,
                                                                                      monkeypatch):
    monkeypatch.setenv("DEBTDESK_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(household_path)]) == 0
    capsys.readouterr()
    driver._passphrases.clear()
    monkeypatch.delenv("DEBTDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["status", "--db", str(household_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is encrypted: give its passphrase in the environment variable" in err
    monkeypatch.setenv("DEBTDESK_PASSPHRASE", "not the passphrase")
    assert main(["contacts", "--db", str(household_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "That passphrase does not open household.debtdesk" in err


def test_a_new_passphrase_typed_twice_must_match(household_path, capsys, monkeypatch):
    monkeypatch.delenv("DEBTDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    typed = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    before = household_path.read_bytes()
    assert main(["encrypt", "--db", str(household_path)]) == 1
    captured = capsys.readouterr()
    assert "nobody can recover it for you" in captured.out
    assert "The two passphrases differ; nothing was changed." in captured.err
    assert household_path.read_bytes() == before
