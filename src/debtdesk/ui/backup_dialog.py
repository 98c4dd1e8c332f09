"""File ▸ Restore from backup: the file's backups with their date and what each holds.

A person choosing a backup needs to recognise the right one: each line
gives when it was taken, why (daily, by request, before an upgrade or a
restore) and a summary of its contents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from debtdesk.store.backups import BackupInfo, list_backups
from debtdesk.ui.widgets import plain_label

PATH_ROLE = Qt.ItemDataRole.UserRole


def kind_text(kind: str) -> str:
    return {
        "daily": QCoreApplication.translate("BackupDialog", "daily"),
        "manual": QCoreApplication.translate("BackupDialog", "made on request"),
        "upgrade": QCoreApplication.translate("BackupDialog", "before an upgrade"),
        "before-restore": QCoreApplication.translate("BackupDialog", "before a restore"),
    }.get(kind, kind)


def contents_text(info: BackupInfo) -> str:
    if info.schema_version is None or info.counts is None:
        return QCoreApplication.translate("BackupDialog", "cannot be read")
    c = info.counts
    return QCoreApplication.translate(
        "BackupDialog", "{debts} debts, {payments} payments, {contacts} contacts, {budgets} budgets").format(
        debts=c.get("debts", 0), payments=c.get("payments", 0), contacts=c.get("contacts", 0),
        budgets=c.get("budgets", 0))


def describe(info: BackupInfo) -> str:
    when = QLocale().toString(info.taken_at, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("BackupDialog", "{when} ({kind}): {contents}").format(
        when=when, kind=kind_text(info.kind), contents=contents_text(info))


class BackupDialog(QDialog):
    """Lists the backups of `db_path`; `chosen` is the selected one's path after Restore."""

    def __init__(self, parent: QWidget | None, db_path: Path):
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self.backups = list_backups(db_path)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        for info in self.backups:
            item = QListWidgetItem(describe(info))
            item.setData(PATH_ROLE, str(info.path))
            if info.schema_version is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        usable = [i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        if usable:
            self.list.setCurrentRow(usable[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(usable))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = self.tr("Choose the backup to go back to. The file as it is now is kept as a backup too, "
                       "so a restore can itself be undone.") if self.backups else \
            self.tr("There are no backups of this file yet.")
        layout.addWidget(plain_label(text))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def try_accept(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.chosen = Path(item.data(PATH_ROLE))
        self.accept()
