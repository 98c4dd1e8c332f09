"""Removing what killed processes left behind: half-built imports, half-written copies and backups.

Each leftover belongs to one data file: `.NAME.<hex>.importing` (an import
into NAME), `NAME.part` (a copy or restore being written to NAME),
`NAME-files.part/` (its attached files), `.incoming-*.part` in
`NAME-files/` (an attachment being copied in) and `.*.part` in
`NAME-backups/`.  They are removed only by a process holding NAME's lock
(see `filelock`), so nothing a live process is still writing is ever
touched: when NAME is opened for writing or imported into, and at start-up
for every file in the data folder.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from debtdesk.store import filelock
from debtdesk.store.errors import FileInUseError

_JOURNALS = ("", "-journal", "-wal", "-shm")
_IMPORTING = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.importing(?:-journal|-wal|-shm)?$")
_PART = re.compile(r"^(?P<name>.+?\.debtdesk)(?:-files)?\.part(?:-journal)?$")  # copies and restores


def sweep(db_path: Path) -> list[str]:
    """Remove the leftovers of NAME (the caller holds its lock); returns their names."""
    db_path = Path(db_path)
    folder, name = db_path.parent, db_path.name
    removed: list[str] = []
    candidates: list[Path] = []
    try:
        candidates += [p for p in folder.iterdir() if _belongs(p.name, name)]
        for sub, pattern in ((f"{name}-files", ".incoming-*.part"), (f"{name}-backups", ".*.part*")):
            if (folder / sub).is_dir():
                candidates += list((folder / sub).glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path.name)
        except OSError:
            continue
    return removed


def _belongs(entry: str, name: str) -> bool:
    match = _IMPORTING.match(entry)
    if match:
        return match.group("name") == name
    return entry in {f"{name}.part", f"{name}.part-journal", f"{name}-files.part"}


def sweep_folder(folder: Path) -> list[str]:
    """At start-up: the leftovers of every file in `folder` whose lock is free."""
    folder = Path(folder)
    names: set[str] = set()
    try:
        entries = [p.name for p in folder.iterdir()]
    except OSError:
        return []
    for entry in entries:
        match = _IMPORTING.match(entry) or _PART.match(entry)
        if match:
            names.add(match.group("name"))
        elif entry.endswith("-files") and any((folder / entry).glob(".incoming-*.part")):
            names.add(entry[:-len("-files")])
        elif entry.endswith("-backups") and any((folder / entry).glob(".*.part*")):
            names.add(entry[:-len("-backups")])
    removed: list[str] = []
    for name in sorted(names):
        try:
            lock = filelock.acquire(folder / name, "DebtDesk (tidying up)")
        except FileInUseError:
            continue
        if lock is None:
            continue
        try:
            removed += sweep(folder / name)
        finally:
            lock.release()
    return removed
