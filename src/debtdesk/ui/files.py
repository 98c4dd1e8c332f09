"""Which file is open: the default data file, File ▸ New / Open / Save a copy.

The last file is remembered in QSettings and reopened next time.  A file that
cannot be opened is reported and left untouched; the current one stays open.
Every open goes through `open_store`: a file another program is writing
opens read-only, a damaged one leads to restoring a backup or rescuing what
is readable (see `safety_actions`), and a writable one gets today's backup.
The data folder and the settings file are private to the user.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from debtdesk import FILE_SUFFIX
from debtdesk.store import Store, StoreError, private
from debtdesk.store.errors import DamagedFileError, FileInUseError
from debtdesk.ui import msgbox
from debtdesk.ui.session import Session
from debtdesk.ui.i18n import marked

LAST_FILE_KEY = "files/last"
DEFAULT_NAME = "my-debts" + FILE_SUFFIX
DEMO_NAME = "demo" + FILE_SUFFIX


def file_filter() -> str:
    return QCoreApplication.translate("Files", "DebtDesk files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)


def data_dir() -> Path:
    """The platform's per-user data folder (created private when missing, made private when not)."""
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return private.make_dir(path)


def remember(path: Path) -> None:
    settings = QSettings()
    settings.setValue(LAST_FILE_KEY, str(path))
    settings.sync()
    private.tighten(Path(settings.fileName()))  # it names the user's data file
    private.tighten(Path(settings.fileName()).parent)


def forget_last() -> None:
    QSettings().remove(LAST_FILE_KEY)


def last_file() -> Path | None:
    value = QSettings().value(LAST_FILE_KEY, "", type=str)
    return Path(value) if value else None


def tidy_up() -> list[str]:
    """At start-up: what killed imports, copies and backups left in the data folder and the last file's.

    The settings file (it names the last file opened) is made private too.
    """
    from debtdesk.store.leftovers import sweep_folder

    private.tighten(Path(QSettings().fileName()))
    folders = {data_dir()}
    last = last_file()
    if last is not None and last.parent.is_dir():
        folders.add(last.parent)
    return [name for folder in sorted(folders) for name in sweep_folder(folder)]


def open_store(parent: QWidget | None, path: str | Path, create: bool = False) -> Store | None:
    """Open a file for the window; None when the user gave up on a damaged file.

    Raises StoreError for a file that cannot be opened at all (the caller says so).
    """
    from debtdesk.ui.encryption_actions import open_with_passphrase

    try:
        # The quick check only: the full one runs once the window is on screen (ui.background_check).
        store = open_with_passphrase(parent, Path(path), create=create, full_check=False)
    except FileInUseError:  # another program writes it: look only
        store = open_with_passphrase(parent, Path(path), read_only=True, snapshot=False, full_check=False)
        store.opened.why_read_only = "in-use"
    except DamagedFileError as exc:
        from debtdesk.ui import safety_actions

        return safety_actions.damaged(parent, Path(path), exc)
    if not store.read_only and store.opened.checked_fully:
        keep_todays_backup(store)  # otherwise once the full check has passed: never back up damage
    return store


def keep_todays_backup(store: Store) -> None:
    """The daily backup; a failure is shown on the window's banner, never in the way."""
    from debtdesk.store.backups import ensure_daily

    try:
        ensure_daily(store)
    except Exception as exc:  # noqa: BLE001 - a failed backup must never stop the user
        store.opened.backup_problem = str(getattr(exc, "strerror", None) or exc)


def first_run_store(parent: QWidget | None, as_of: date) -> Store:
    """No file yet: offer the demo household, or start an empty file of one's own."""
    want_demo = msgbox.confirm(
        parent, QCoreApplication.translate("Files", "Welcome to DebtDesk"),
        QCoreApplication.translate(
            "Files",
            "DebtDesk keeps your debts in one file on this computer; nothing is sent anywhere.\n\n"
            "Would you like to look around with an example household first? It is kept in its own "
            "file, so your own data never mixes with it. File ▸ New starts your own file at any time."),
        QCoreApplication.translate("Files", "Show the example"),
        QCoreApplication.translate("Files", "Start with my own debts"))
    if want_demo:
        store = example_store(as_of)
    else:
        path = data_dir() / DEFAULT_NAME
        store = open_store(parent, path, create=True)
        if store is None:
            raise StoreError(QCoreApplication.translate("Files", "{name} is damaged and was left untouched.")
                             .format(name=path.name))
    remember(store.path)
    return store


def initial_store(parent: QWidget | None, db_path: str | None, as_of: date) -> Store:
    """The file to show at start-up: the one asked for, the last one, or a first-run choice."""
    if db_path:
        store = open_store(parent, db_path, create=True)
        if store is None:
            raise StoreError(QCoreApplication.translate("Files", "{name} is damaged and was left untouched.")
                             .format(name=Path(db_path).name))
        remember(store.path)
        return store
    last = last_file()
    if last is not None and last.exists():
        try:
            store = open_store(parent, last)
            if store is not None:
                remember(store.path)
                return store
        except StoreError as exc:
            msgbox.error(parent, QCoreApplication.translate("Files", "Could not reopen the last file"), msgbox.error_sentence(exc))
    return first_run_store(parent, as_of)


def switch_to(window, store: Store) -> bool:
    """Show `store` in the window; on failure it is closed and the current file stays."""
    try:
        window.set_session(Session(store, window.session.as_of))
    except StoreError as exc:
        store.close()
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open the file"), msgbox.error_sentence(exc))
        return False
    remember(store.path)
    from debtdesk.ui.background_check import check_later

    check_later(window)
    return True


def open_path(window, path: str | Path) -> None:
    """Open a file chosen by the user (or passed by a second DebtDesk) in the window."""
    path = Path(path)
    if path.exists() and window.store.path.exists() and path.resolve() == window.store.path.resolve():
        return  # already open
    try:
        store = open_store(window, path)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open the file"), msgbox.error_sentence(exc))
        return
    if store is not None:
        switch_to(window, store)


def new_file(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Files", "New DebtDesk file"),
                                          str(data_dir() / ("new" + FILE_SUFFIX)), file_filter(),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return
    if not path.endswith(FILE_SUFFIX):
        path += FILE_SUFFIX
    try:
        store = Store.create(path)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not create the file"), msgbox.error_sentence(exc))
        return
    switch_to(window, store)


def open_file(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Files", "Open a DebtDesk file"),
                                          str(data_dir()), file_filter())
    if path:
        open_path(window, path)


def save_copy(window) -> None:
    suggested = window.store.path.with_name(window.store.path.stem + "-copy" + FILE_SUFFIX)
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Files", "Save a copy"),
                                          str(suggested), file_filter())
    if not path:
        return
    from debtdesk.store.attachments import save_copy_with_files  # hashing and copying: not needed to start

    try:
        save_copy_with_files(window.store, Path(path))
    except (StoreError, OSError) as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not save the copy"), msgbox.error_sentence(exc))
        return
    window.statusBar().showMessage(QCoreApplication.translate("Files", "Copy saved to {path}").format(path=path), 8000)


# -- the example household and the way out of it ------------------------------------


def example_path() -> Path:
    """Where the example lives: demo.debtdesk, unless that name holds a file not marked as the example.

    Files from before the example was marked may hold the user's own data by
    now; they are never reused as the example.
    """
    from debtdesk.store.example import is_example_file

    for n in range(1, 100):
        path = data_dir() / (DEMO_NAME if n == 1 else f"demo-{n}{FILE_SUFFIX}")
        if not path.exists() or path.stat().st_size == 0 or is_example_file(path):
            return path
    raise StoreError(QCoreApplication.translate("Files", "No free file name for the example household in {folder}.")
                     .format(folder=data_dir()))


def example_store(as_of: date) -> Store:
    """The example household's file, written (and marked) when new."""
    from debtdesk.store.demo import fill_demo
    from debtdesk.store.example import is_example

    store = Store.open(example_path(), create=True)
    if not is_example(store):
        fill_demo(store, as_of, lambda text: marked("Evidence", text))
    return store


def open_example(window) -> None:
    """File ▸ Open the example household."""
    try:
        store = example_store(window.session.as_of)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open the example"), msgbox.error_sentence(exc))
        return
    switch_to(window, store)


def start_own_file(window) -> None:
    """Leave the example for the user's own file (my-debts.debtdesk), created empty when missing."""
    from debtdesk.store.example import is_example

    path = data_dir() / DEFAULT_NAME
    try:
        store = Store.open(path, create=True)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open your file"), msgbox.error_sentence(exc))
        return
    if is_example(store):  # never hand the example back as the user's own file
        store.close()
        new_file(window)
        return
    switch_to(window, store)
