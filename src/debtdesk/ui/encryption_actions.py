"""Encryption in the window: asking for a file's passphrase, File ▸ Encrypt… and File ▸ Remove encryption….

The passphrase is kept in memory for as long as DebtDesk runs (see
`store.driver.use_passphrase`) and never written to disk.  Before one is
set, the dialog says plainly that a lost passphrase cannot be recovered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from debtdesk.store import Store, StoreError, driver, encryption
from debtdesk.store.errors import PassphraseNeededError, WrongPassphraseError
from debtdesk.ui import msgbox


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted file, or (with `new`) for a new one, typed twice."""

    def __init__(self, parent: QWidget | None, path: Path, new: bool = False, wrong: bool = False):
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypt {name}").format(name=path.name) if new
                            else self.tr("Open {name}").format(name=path.name))
        layout = QVBoxLayout(self)
        if new:
            intro = self.tr("Nobody will be able to open {name} without this passphrase, not even with DebtDesk's "
                            "help: if it is lost, the data is lost for good. Write it down and keep it somewhere "
                            "safe. Attached files and backups are encrypted too.").format(name=path.name)
        elif wrong:
            intro = self.tr("That passphrase does not open {name}. Check it (and the keyboard layout) and try "
                            "again.").format(name=path.name)
        else:
            intro = self.tr("{name} is encrypted. Type its passphrase to open it.").format(name=path.name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.first = self._field()
        form.addRow(self.tr("New passphrase:") if new else self.tr("Passphrase:"), self.first)
        self.second = self._field()
        if new:
            form.addRow(self.tr("The same again:"), self.second)
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Encrypt") if new else self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    @staticmethod
    def _field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def _problem(self) -> str:
        text = self.first.text()
        if not text:
            return self.tr("Passphrase: type it first.")
        if not self.new:
            return ""
        if len(text) < encryption.MIN_PASSPHRASE:
            return self.tr("New passphrase: use at least {count} characters.").format(count=encryption.MIN_PASSPHRASE)
        if text != self.second.text():
            return self.tr("The same again: the two passphrases differ.")
        return ""


def open_with_passphrase(parent: QWidget | None, path: Path, **open_args) -> Store:
    """`Store.open`, asking for the passphrase while the file is encrypted and none (or a wrong one) is known.

    Cancelling raises StoreError saying the file was not opened.
    """
    wrong = False
    while True:
        try:
            return Store.open(path, **open_args)
        except (PassphraseNeededError, WrongPassphraseError) as exc:
            wrong = isinstance(exc, WrongPassphraseError)
        dialog = PassphraseDialog(parent, Path(path), wrong=wrong)
        if not dialog.exec():
            driver.forget_passphrase(Path(path))
            raise StoreError(QCoreApplication.translate(
                "EncryptionActions", "{name} is encrypted and was not opened: no passphrase was given.").format(
                name=Path(path).name))
        driver.use_passphrase(Path(path), dialog.passphrase())


def add_actions(window, menu) -> None:
    menu.addAction(window._action(QCoreApplication.translate("EncryptionActions", "&Encrypt this file…"),
                                  lambda: encrypt_current(window), name="encryptAction"))
    menu.addAction(window._action(QCoreApplication.translate("EncryptionActions", "Remove e&ncryption…"),
                                  lambda: decrypt_current(window), name="decryptAction"))


def encrypt_current(window) -> None:
    store = window.store
    title = QCoreApplication.translate("EncryptionActions", "Encrypt this file")
    if driver.passphrase_of(store.conn) is not None:
        msgbox.information(window, title, QCoreApplication.translate(
            "EncryptionActions", "{name} is already encrypted.").format(name=store.path.name))
        return
    if store.read_only:
        msgbox.error(window, title, QCoreApplication.translate(
            "EncryptionActions", "{name} is open read-only, so it cannot be encrypted here.").format(
            name=store.path.name))
        return
    dialog = PassphraseDialog(window, store.path, new=True)
    if not dialog.exec():
        return
    _convert(window, title, lambda path: encryption.encrypt(path, dialog.passphrase()),
             QCoreApplication.translate("EncryptionActions", "{name} is now encrypted, with {files} attached files "
                                        "and {backups} backups. DebtDesk will ask for the passphrase each time it "
                                        "opens the file."))


def decrypt_current(window) -> None:
    store = window.store
    title = QCoreApplication.translate("EncryptionActions", "Remove encryption")
    passphrase = driver.passphrase_of(store.conn)
    if passphrase is None:
        msgbox.information(window, title, QCoreApplication.translate(
            "EncryptionActions", "{name} is not encrypted.").format(name=store.path.name))
        return
    if store.read_only:
        msgbox.error(window, title, QCoreApplication.translate(
            "EncryptionActions", "{name} is open read-only, so its encryption cannot be removed here.").format(
            name=store.path.name))
        return
    if not msgbox.confirm(window, title, QCoreApplication.translate(
            "EncryptionActions", "Store {name}, its attached files and its backups without encryption? Anyone who "
            "can read your files on this computer will then be able to read them.").format(name=store.path.name),
            QCoreApplication.translate("EncryptionActions", "Remove encryption"),
            QCoreApplication.translate("EncryptionActions", "Keep it encrypted")):
        return
    _convert(window, title, lambda path: encryption.decrypt(path, passphrase),
             QCoreApplication.translate("EncryptionActions", "{name} is no longer encrypted, nor are its {files} "
                                        "attached files and {backups} backups."))


def _convert(window, title: str, convert, done: str) -> None:
    """Close the file, convert it, and open it again (the file as it was if the conversion failed)."""
    from debtdesk.ui.files import switch_to

    path = window.store.path
    window.undo_stack.clear()  # its commands hold rows of the file as it is open now
    window.store.close()
    failure = report = None
    try:
        report = convert(path)
    except (OSError, StoreError, driver.Error) as exc:  # each sentence says what state the file is left in
        failure = msgbox.error_sentence(exc) if isinstance(exc, StoreError) else str(getattr(exc, "strerror", None)
                                                                                        or exc)
    try:
        store = Store.open(path)
    except StoreError as exc:
        msgbox.error(window, title, msgbox.error_sentence(exc))
        return
    switch_to(window, store)
    if failure is not None:
        msgbox.error(window, title, failure)
        return
    msgbox.information(window, title, done.format(name=path.name, files=report.files, backups=report.backups))
