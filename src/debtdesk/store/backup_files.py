"""The attached files that belong to each backup, so that restoring a backup restores its evidence too.

A backup `NAME-backups/STAMP-daily.debtdesk` keeps its attached files in
`NAME-backups/STAMP-daily.debtdesk-files/`, laid out exactly as beside a
data file, so a backup is a complete DebtDesk file with its folder.  Stored
files never change (they are named after their content), so each one is a
hard link to the file already kept: a backup costs no space for its
attachments, and a file deleted (and pruned) from the household stays
alive for as long as a backup refers to it.  Where hard links are not
possible (another disk, a file system without them) the file is copied.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from debtdesk.store import private
from debtdesk.store.attachments import attachments_folder


def stored_files(folder: Path) -> list[Path]:
    """The stored files of an attachments folder (not the temporary ones being written)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def link_or_copy(source: Path, target: Path) -> None:
    """`target` becomes the same file as `source` (a hard link), or a private copy of it; never half a file."""
    part = target.with_name(f".incoming-{secrets.token_hex(8)}.part")
    try:
        try:
            os.link(source, part)
        except OSError:
            with open(source, "rb") as src, private.open_new(part) as out:
                shutil.copyfileobj(src, out, 1 << 16)
                out.flush()
                os.fsync(out.fileno())
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)


def stage_snapshot(db_path: Path, folder: Path) -> Path | None:
    """The data file's attached files, linked into a hidden staging folder in `folder`; None if it has none."""
    files = stored_files(attachments_folder(db_path))
    if not files:
        return None
    staging = private.make_dir(folder / f".{secrets.token_hex(4)}.part-files")  # swept if a kill leaves it
    try:
        for source in files:
            link_or_copy(source, staging / source.name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def place_snapshot(staging: Path | None, backup: Path) -> None:
    """Give the staged files their backup's name (after the backup itself is in place)."""
    if staging is not None:
        os.replace(staging, attachments_folder(backup))


def remove(backup: Path) -> None:
    shutil.rmtree(attachments_folder(backup), ignore_errors=True)


def bring_back(backup: Path, db_path: Path) -> int:
    """After a restore: put back the backup's files the data file's folder no longer has; returns how many.

    Files already there are left alone (same name, same content); nothing is deleted.
    """
    kept = stored_files(attachments_folder(backup))
    if not kept:
        return 0
    folder = private.make_dir(attachments_folder(db_path))
    restored = 0
    for source in kept:
        if not (folder / source.name).exists():
            link_or_copy(source, folder / source.name)
            restored += 1
    return restored
