"""File ▸ Check file…, Back up now, Restore from backup…, and what to do with a damaged file.

Kept out of `main_window` so that window stays small: it adds these actions
with one call.  A damaged file is never opened for writing; the person is
offered a backup to go back to, or a rescue of everything still readable
into a new file, and told how many rows came through.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from debtdesk import FILE_SUFFIX
from debtdesk.store import Store, StoreError

# backups and restore load when used: the File menu's actions are made before the window is painted.
from debtdesk.store.errors import DamagedFileError
from debtdesk.ui import msgbox


def add_actions(window, menu) -> None:
    menu.addAction(window._action(QCoreApplication.translate("SafetyActions", "Check &file…"),
                                  lambda: check_file(window), name="checkFileAction"))
    menu.addAction(window._action(QCoreApplication.translate("SafetyActions", "&Back up now"),
                                  lambda: back_up_now(window), name="backUpAction"))
    menu.addAction(window._action(QCoreApplication.translate("SafetyActions", "&Restore from backup…"),
                                  lambda: restore_from_backup(window), name="restoreAction"))
    from debtdesk.ui import encryption_actions

    encryption_actions.add_actions(window, menu)  # Encrypt this file…, Remove encryption…


def check_file(window) -> None:
    from debtdesk.store.health import check_store

    report = check_store(window.store)
    if report.ok:
        text = QCoreApplication.translate("SafetyActions", "{name} is whole: {summary}.").format(
            name=window.store.path.name, summary=_summary(report.counts))
        if report.warnings:
            text += "\n\n" + "\n".join(report.warnings)
        msgbox.information(window, QCoreApplication.translate("SafetyActions", "Check file"), text)
        return
    text = QCoreApplication.translate(
        "SafetyActions", "{name} is damaged:\n{problems}\n\nIt has not been changed. You can go back to a backup "
        "(File ▸ Restore from backup), or copy everything still readable into a new file.").format(
        name=window.store.path.name, problems="\n".join(report.problems[:5]))
    choice = msgbox.choose(window, QCoreApplication.translate("SafetyActions", "The file is damaged"), text,
                           [QCoreApplication.translate("SafetyActions", "Rescue into a new file…")])
    if choice == 0:
        store = rescue_to_new_file(window, window.store.path)
        if store is not None:
            from debtdesk.ui.files import switch_to

            switch_to(window, store)


def _summary(counts: dict[str, int]) -> str:
    """What the file holds, in the window's language ("6 debts, 20 payments, …")."""
    parts = [
        QCoreApplication.translate("SafetyActions", "{count} debts").format(count=counts.get("debts", 0)),
        QCoreApplication.translate("SafetyActions", "{count} payments").format(count=counts.get("payments", 0)),
        QCoreApplication.translate("SafetyActions", "{count} collector contacts").format(
            count=counts.get("contacts", 0)),
        QCoreApplication.translate("SafetyActions", "{count} budgets").format(count=counts.get("budgets", 0)),
        QCoreApplication.translate("SafetyActions", "{count} evidence items").format(
            count=counts.get("evidence_items", 0)),
        QCoreApplication.translate("SafetyActions", "{count} letters").format(count=counts.get("letters", 0)),
    ]
    return QCoreApplication.translate("SafetyActions", ", ").join(parts)


def back_up_now(window) -> None:
    try:
        from debtdesk.store import backups

        path = backups.make(window.store, "manual")
    except (OSError, StoreError, sqlite3.Error) as exc:
        msgbox.error(window, QCoreApplication.translate("SafetyActions", "No backup was made"),
                     str(getattr(exc, "strerror", None) or exc))
        return
    window.statusBar().showMessage(QCoreApplication.translate("SafetyActions", "Backed up to {path}")
                                   .format(path=path), 8000)


def restore_from_backup(window) -> None:
    from debtdesk.ui.backup_dialog import BackupDialog

    store = window.store
    if store.read_only:
        msgbox.error(window, QCoreApplication.translate("SafetyActions", "Restore from backup"),
                     QCoreApplication.translate("SafetyActions", "This file is open read-only, so it cannot be "
                                                "restored here."))
        return
    dialog = BackupDialog(window, store.path)
    if not dialog.exec() or dialog.chosen is None:
        return
    if not msgbox.confirm(window, QCoreApplication.translate("SafetyActions", "Restore from backup"),
                          QCoreApplication.translate("SafetyActions", "Replace what {name} holds now with this "
                                                     "backup? What it holds now is kept as a backup first.")
                          .format(name=store.path.name),
                          QCoreApplication.translate("SafetyActions", "Restore"),
                          QCoreApplication.translate("SafetyActions", "Keep the file as it is")):
        return
    try:
        from debtdesk.store import restore

        kept = restore.restore_into(store, dialog.chosen)
    except (OSError, StoreError, sqlite3.Error) as exc:
        msgbox.error(window, QCoreApplication.translate("SafetyActions", "Nothing was restored"),
                     str(getattr(exc, "strerror", None) or exc))
        return
    window.undo_stack.clear()  # its commands describe the file as it was
    window.session.notify()
    msgbox.information(window, QCoreApplication.translate("SafetyActions", "Restored"),
                       QCoreApplication.translate("SafetyActions", "{name} now holds the backup. What it held "
                                                  "before is kept as {kept}.").format(name=store.path.name,
                                                                                     kept=kept))


def damaged(parent: QWidget | None, path: Path, error: DamagedFileError) -> Store | None:
    """A damaged file was about to be opened: restore a backup or rescue it; the store to show, or None."""
    from debtdesk.store import backups

    usable = [b for b in backups.list_backups(path) if b.schema_version is not None]
    text = QCoreApplication.translate(
        "SafetyActions", "{name} is damaged, so DebtDesk did not open it and has not changed it.\n\n"
        "What SQLite found: {problem}\n\nYou can go back to a backup, or copy everything that can still be read "
        "into a new file (the damaged file stays as it is).").format(
        name=path.name, problem=error.problems[0] if error.problems else "")
    buttons = ([QCoreApplication.translate("SafetyActions", "Restore a backup…")] if usable else []) + [
        QCoreApplication.translate("SafetyActions", "Rescue into a new file…")]
    choice = msgbox.choose(parent, QCoreApplication.translate("SafetyActions", "The file is damaged"), text, buttons)
    if choice is None:
        return None
    if usable and choice == 0:
        return _restore_damaged(parent, path)
    return rescue_to_new_file(parent, path)


def _restore_damaged(parent: QWidget | None, path: Path) -> Store | None:
    from debtdesk.ui.backup_dialog import BackupDialog

    dialog = BackupDialog(parent, path)
    if not dialog.exec() or dialog.chosen is None:
        return None
    try:
        from debtdesk.store import restore

        kept = restore.restore(path, dialog.chosen)
        store = Store.open(path)
    except StoreError as exc:
        msgbox.error(parent, QCoreApplication.translate("SafetyActions", "Nothing was restored"), msgbox.error_sentence(exc))
        return None
    msgbox.information(parent, QCoreApplication.translate("SafetyActions", "Restored"),
                       QCoreApplication.translate("SafetyActions", "{name} was restored from the backup. The "
                                                  "damaged file is kept as {kept}.").format(name=path.name, kept=kept))
    return store


def rescue_to_new_file(parent: QWidget | None, path: Path) -> Store | None:
    from debtdesk.store.rescue import rescue
    from debtdesk.ui.files import file_filter

    suggested = path.with_name(path.stem + "-rescued" + FILE_SUFFIX)
    target, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("SafetyActions",
                                                                               "Rescue into a new file"),
                                            str(suggested), file_filter())
    if not target:
        return None
    target = Path(target if target.endswith(FILE_SUFFIX) else target + FILE_SUFFIX)
    try:
        report = rescue(path, target)
        store = Store.open(target)
    except StoreError as exc:
        msgbox.error(parent, QCoreApplication.translate("SafetyActions", "Nothing was rescued"), msgbox.error_sentence(exc))
        return None
    msgbox.information(parent, QCoreApplication.translate("SafetyActions", "Data rescued"),
                       QCoreApplication.translate("SafetyActions", "{count} rows were rescued into {target}; {name} "
                                                  "was left as it was.\n\n{details}").format(
                           count=report.total, target=target.name, name=path.name, details=report.sentence()))
    return store
