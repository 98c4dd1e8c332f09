"""Which file is open: the default data file, File ▸ New / Open / Save a copy.

The last file is remembered in QSettings and reopened next time.  A file that
cannot be opened is reported and left untouched; the current one stays open.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from debtdesk import FILE_SUFFIX
from debtdesk.store import Store, StoreError
from debtdesk.store.attachments import save_copy_with_files
from debtdesk.ui import msgbox
from debtdesk.ui.session import Session

LAST_FILE_KEY = "files/last"
DEFAULT_NAME = "my-debts" + FILE_SUFFIX
DEMO_NAME = "demo" + FILE_SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def file_filter() -> str:
    return _tr("DebtDesk files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)


def data_dir() -> Path:
    """The platform's per-user data folder (created when missing)."""
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def remember(path: Path) -> None:
    QSettings().setValue(LAST_FILE_KEY, str(path))


def forget_last() -> None:
    QSettings().remove(LAST_FILE_KEY)


def last_file() -> Path | None:
    value = QSettings().value(LAST_FILE_KEY, "", type=str)
    return Path(value) if value else None


def first_run_store(parent: QWidget | None, as_of: date) -> Store:
    """No file yet: offer the demo household, or start an empty file of one's own."""
    want_demo = msgbox.confirm(
        parent, _tr("Welcome to DebtDesk"),
        _tr("DebtDesk keeps your debts in one file on this computer; nothing is sent anywhere.\n\n"
            "Would you like to look around with an example household first? It is kept in its own "
            "file, so your own data never mixes with it. File ▸ New starts your own file at any time."),
        _tr("Show the example"), _tr("Start with my own debts"))
    if want_demo:
        store = example_store(as_of)
        path = store.path
    else:
        path = data_dir() / DEFAULT_NAME
        store = Store.open(path, create=True)
    remember(path)
    return store


def initial_store(parent: QWidget | None, db_path: str | None, as_of: date) -> Store:
    """The file to show at start-up: the one asked for, the last one, or a first-run choice."""
    if db_path:
        store = Store.open(db_path, create=True)
        remember(Path(db_path))
        return store
    last = last_file()
    if last is not None and last.exists():
        try:
            return Store.open(last)
        except StoreError as exc:
            msgbox.error(parent, _tr("Could not reopen the last file"), str(exc))
    return first_run_store(parent, as_of)


def _switch(window, store: Store) -> None:
    try:
        window.set_session(Session(store, window.session.as_of))
    except StoreError as exc:
        store.close()
        msgbox.error(window, _tr("Could not open the file"), str(exc))
        return
    remember(store.path)


def new_file(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, _tr("New DebtDesk file"),
                                          str(data_dir() / ("new" + FILE_SUFFIX)), file_filter(),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return
    if not path.endswith(FILE_SUFFIX):
        path += FILE_SUFFIX
    try:
        store = Store.create(path)
    except StoreError as exc:
        msgbox.error(window, _tr("Could not create the file"), str(exc))
        return
    _switch(window, store)


def open_file(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, _tr("Open a DebtDesk file"), str(data_dir()), file_filter())
    if not path:
        return
    try:
        store = Store.open(path)
    except StoreError as exc:
        msgbox.error(window, _tr("Could not open the file"), str(exc))
        return
    _switch(window, store)


def save_copy(window) -> None:
    suggested = window.store.path.with_name(window.store.path.stem + "-copy" + FILE_SUFFIX)
    path, _ = QFileDialog.getSaveFileName(window, _tr("Save a copy"), str(suggested), file_filter())
    if not path:
        return
    try:
        save_copy_with_files(window.store, Path(path))
    except (StoreError, OSError) as exc:
        msgbox.error(window, _tr("Could not save the copy"), str(exc))
        return
    window.statusBar().showMessage(_tr("Copy saved to {path}").format(path=path), 8000)


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
        fill_demo(store, as_of, lambda text: QCoreApplication.translate("Evidence", text))
    return store


def open_example(window) -> None:
    """File ▸ Open the example household."""
    try:
        store = example_store(window.session.as_of)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open the example"), str(exc))
        return
    _switch(window, store)


def start_own_file(window) -> None:
    """Leave the example for the user's own file (my-debts.debtdesk), created empty when missing."""
    from debtdesk.store.example import is_example

    path = data_dir() / DEFAULT_NAME
    try:
        store = Store.open(path, create=True)
    except StoreError as exc:
        msgbox.error(window, QCoreApplication.translate("Files", "Could not open your file"), str(exc))
        return
    if is_example(store):  # never hand the example back as the user's own file
        store.close()
        new_file(window)
        return
    _switch(window, store)
