"""Files and folders only their owner can read, whatever the umask.

A debt file, its journal, backups, attachments, exports, letters and copies
say more about a person than most files on a shared computer; a normal
umask (022) would make them readable by every user.  Everything DebtDesk
creates goes through here: files 0600, folders 0700.  SQLite gives a
journal the database file's own mode, so a private database keeps its
journal private too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700


def create_file(path: Path) -> None:
    """Create an empty private file; refuses (FileExistsError) if anything is there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # os.open's mode is masked by the umask; this is not
    finally:
        os.close(fd)


def open_new(path: Path) -> BinaryIO:
    """A private file opened for binary writing (must not exist yet)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, "wb")


def make_dir(path: Path) -> Path:
    """A private folder (its missing parents are made private too)."""
    path = Path(path)
    missing = []
    for parent in [path, *path.parents]:
        if parent.exists():
            break
        missing.append(parent)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    for made in missing:
        tighten(made)
    tighten(path)
    return path


def tighten(path: Path) -> None:
    """Take group and other permissions away from a file or folder we own; quiet if we cannot."""
    try:
        info = os.stat(path)
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return
        mode = stat.S_IMODE(info.st_mode)
        wanted = mode & 0o700  # never adds a permission: a read-only file stays read-only
        if mode != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass  # a read-only medium or someone else's file: nothing we may change


def tighten_database(path: Path) -> None:
    """The data file and whichever of its journals exist."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            tighten(candidate)
