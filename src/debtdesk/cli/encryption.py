"""`debtdesk encrypt` and `decrypt`, and the passphrase every command needs for an encrypted file.

The passphrase comes from the environment variable DEBTDESK_PASSPHRASE
(for scripts) or, in a terminal, from a prompt that does not echo it.  It
is never taken from the command line, where other users of the machine
could read it in the process list.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENVIRONMENT = "DEBTDESK_PASSPHRASE"


def register(commands, add_as_of) -> None:
    from debtdesk.i18n.catalogue import translate

    p = commands.add_parser("encrypt", help=translate("CliHelp", "encrypt a file, its attached files and its "
                                                                 "backups with a passphrase"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to "
                                                                                    "encrypt"))
    p.set_defaults(handler=run_encrypt)

    p = commands.add_parser("decrypt", help=translate("CliHelp", "take the encryption off a file, its attached "
                                                                 "files and its backups"))
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the encrypted .debtdesk "
                                                                                    "file"))
    p.set_defaults(handler=run_decrypt)


def unlock(args) -> None:
    """Before a command runs: remember the passphrase of its --db file if that file is encrypted."""
    from debtdesk.store import driver

    db = getattr(args, "db", None)
    if not db or getattr(args, "command", None) in ("encrypt", "decrypt") or not driver.looks_encrypted(Path(db)):
        return
    driver.use_passphrase(Path(db), _passphrase(Path(db)))


def _given_or_asked(refusal: str) -> str | None:
    """The passphrase in the environment; None when a terminal can ask for it; else the refusal, raised."""
    from debtdesk.cli import UserError

    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(refusal)
    return None


def _passphrase(path: Path) -> str:
    import getpass

    from debtdesk.i18n.catalogue import translate

    given = _given_or_asked(translate("CliEncryption", "{file} is encrypted: give its passphrase in the environment "
                                      "variable {variable}, or run the command in a terminal to be asked for it.")
                            .format(file=path.name, variable=ENVIRONMENT))
    return given or getpass.getpass(translate("CliEncryption", "Passphrase for {file}: ").format(file=path.name))


def _new_passphrase(path: Path) -> str:
    import getpass

    from debtdesk.cli import UserError
    from debtdesk.i18n.catalogue import translate

    given = _given_or_asked(translate("CliEncryption", "Give the new passphrase in the environment variable "
                                      "{variable}, or run the command in a terminal to be asked for it.")
                            .format(variable=ENVIRONMENT))
    if given:
        return given
    print(translate("CliEncryption", "Nobody can open {file} without this passphrase, and nobody can recover it "
                    "for you: if it is lost, the data is lost. Write it down somewhere safe.").format(file=path.name))
    first = getpass.getpass(translate("CliEncryption", "New passphrase: "))
    again = getpass.getpass(translate("CliEncryption", "The same passphrase again: "))
    if first != again:
        raise UserError(translate("CliEncryption", "The two passphrases differ; nothing was changed."))
    return first


def run_encrypt(args) -> int:
    from debtdesk.i18n.catalogue import translate
    from debtdesk.store import encryption

    path = Path(args.db)
    already = encryption.is_encrypted(path)
    passphrase = _passphrase(path) if already else _new_passphrase(path)
    report = encryption.encrypt(path, passphrase)
    if report.data_file_changed:
        print(translate("CliEncryption", "Encrypted {file}, {files} attached files and {backups} backups.").format(
            file=path.name, files=report.files, backups=report.backups))
    else:
        print(translate("CliEncryption", "{file} was already encrypted; {files} attached files and {backups} backups "
                        "left plain by an interrupted run are now encrypted too.").format(
            file=path.name, files=report.files, backups=report.backups))
    _skipped(report)
    return 0


def run_decrypt(args) -> int:
    from debtdesk.i18n.catalogue import translate
    from debtdesk.store import encryption

    path = Path(args.db)
    report = encryption.decrypt(path, _passphrase(path) if encryption.is_encrypted(path) else "")
    if report.data_file_changed:
        print(translate("CliEncryption", "Took the encryption off {file}, {files} attached files and {backups} "
                        "backups.").format(file=path.name, files=report.files, backups=report.backups))
    else:
        print(translate("CliEncryption", "{file} is not encrypted; nothing to do.").format(file=path.name))
    _skipped(report)
    return 0


def _skipped(report) -> None:
    from debtdesk.i18n.catalogue import translate

    for backup in report.skipped_backups:
        print(translate("CliEncryption", "The backup {backup} could not be converted (it may have another "
                        "passphrase); it was left as it was.").format(backup=backup), file=sys.stderr)
