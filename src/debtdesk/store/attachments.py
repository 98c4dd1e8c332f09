"""One storage for every attached file: contacts now, evidence and agreements later.

Files are copied into a folder beside the database, named after it
(`household.debtdesk` -> `household.debtdesk-files/`), under a name made
from their SHA-256 checksum (see `domain.attachments`), so identical content
is stored once and nothing from outside ever becomes a path.  A copy is
written to a temporary name, checked as it is read, and renamed into place.

Copying happens before the database transaction that records it (`stage`),
and a failed transaction throws away what it staged (`discard`).  Deleting
an owner removes its rows but keeps the files, so undo can put the rows
back; `remove` deletes a file once no row uses it, and `prune` sweeps files
no row uses (call it when the undo history is dropped).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.domain.attachments import (
    Attachment,
    AttachmentStatus,
    clean_original_name,
    is_stored_name,
    stored_name_for,
)
from debtdesk.store import driver, private, sealed
from debtdesk.store.connection import StoreError
from debtdesk.store.repository import Store

MAX_FILE_SIZE = 200 * 1000 * 1000  # 200 MB: far above any screenshot or call recording
FOLDER_SUFFIX = "-files"
#: The settings key of the key that seals attached files of an encrypted data file (see `sealed`).
SEAL_KEY_SETTING = "attachments.seal_key"
_CHUNK = 1 << 16
_PART = ".part"


class AttachmentError(StoreError):
    """A file could not be attached or found; the message names it."""


@dataclass(frozen=True)
class StagedFile:
    """A file copied into the folder but not yet recorded in the database."""

    original_name: str
    stored_name: str
    sha256: str
    size: int
    created: bool  # False when the same content was already stored


def attachments_folder(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + FOLDER_SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def attachment_from_row(row) -> Attachment:
    return Attachment(
        id=row["id"], owner_kind=row["owner_kind"], owner_id=row["owner_id"],
        original_name=row["original_name"], stored_name=row["stored_name"], sha256=row["sha256"],
        size=row["size"], added_at=datetime.fromisoformat(row["added_at"]),
    )


def attachment_to_row(attachment: Attachment) -> dict:
    row = {
        "owner_kind": attachment.owner_kind, "owner_id": attachment.owner_id,
        "original_name": attachment.original_name, "stored_name": attachment.stored_name,
        "sha256": attachment.sha256, "size": attachment.size,
        "added_at": attachment.added_at.isoformat(timespec="seconds"),
    }
    if attachment.id is not None:
        row["id"] = attachment.id
    return row


class AttachmentStore:
    def __init__(self, store: Store, max_size: int = MAX_FILE_SIZE):
        self.store = store
        self.max_size = max_size

    @property
    def folder(self) -> Path:
        return attachments_folder(self.store.path)

    @property
    def seal_key(self) -> bytes | None:
        """The key new files are sealed with: only an encrypted data file has one."""
        if driver.passphrase_of(self.store.conn) is None:
            return None
        row = self.store.conn.execute("SELECT value FROM settings WHERE key = ?", (SEAL_KEY_SETTING,)).fetchone()
        try:
            return bytes.fromhex(row[0]) if row is not None else None
        except ValueError:
            return None

    def _facts(self, path: Path) -> tuple[int, str]:
        """Size and checksum of a stored file's content (sealed or not)."""
        try:
            return sealed.content_facts(path, self.seal_key)
        except sealed.SealError:
            return -1, ""

    # -- copying in (outside any transaction) ---------------------------------------
    def stage(self, source: str | Path) -> StagedFile:
        """Copy one file into the folder (temp name, checksum while copying, rename)."""
        source = Path(source)
        name = source.name or str(source)
        try:
            info = source.stat()
        except FileNotFoundError:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} does not exist."),
                                  name=name) from None
        except OSError as exc:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} cannot be read: {problem}."),
                                  name=name, problem=exc.strerror or exc) from None
        if source.is_dir():
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{name} is a folder; choose a file to attach."),
                                  name=name)
        if not source.is_file():
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{name} is not a regular file and cannot be attached."),
                                  name=name)
        if info.st_size > self.max_size:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} is too large to attach ({size}; at "
                                                             "most {size2})."),
                                  name=name, size=_mb(info.st_size), size2=_mb(self.max_size))
        folder = self._make_folder()
        part = folder / f".incoming-{secrets.token_hex(8)}{_PART}"
        try:
            return self._stage_into(source, part, folder, name)
        except OSError as exc:  # a full disk, a folder that turned read-only: nothing is left behind
            part.unlink(missing_ok=True)
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} could not be copied into "
                                                             "{folder_name}: {problem}."),
                                  name=name, folder_name=folder.name, problem=exc.strerror or exc) from None
        except BaseException:
            part.unlink(missing_ok=True)
            raise

    def _stage_into(self, source: Path, part: Path, folder: Path, name: str) -> StagedFile:
        sha256, size = self._copy(source, part, name)
        original = clean_original_name(name)
        stored_name = self._existing_name(sha256) or stored_name_for(original, sha256)
        target = folder / stored_name
        if target.is_file() and self._facts(target) == (size, sha256):
            part.unlink()
            return StagedFile(original, stored_name, sha256, size, created=False)
        existed = target.exists()
        os.replace(part, target)  # also repairs a stored copy altered outside the app
        return StagedFile(original, stored_name, sha256, size, created=not existed)

    def stage_many(self, sources: Iterable[str | Path]) -> list[StagedFile]:
        """Stage every file or none: a failure discards those already copied."""
        staged: list[StagedFile] = []
        try:
            for source in sources:
                staged.append(self.stage(source))
        except BaseException:
            self.discard(staged)
            raise
        return staged

    def discard(self, staged: Iterable[StagedFile]) -> None:
        """Undo `stage` for files that no row came to use (after a failed transaction)."""
        for item in staged:
            if item.created and not self._in_use(item.stored_name):
                (self.folder / item.stored_name).unlink(missing_ok=True)

    def _make_folder(self) -> Path:
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{name} beside the data file is not a folder, so files "
                                                             "cannot be attached; move it away and try again."),
                                  name=folder.name)
        try:
            private.make_dir(folder)
        except OSError as exc:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The folder {folder} cannot be created: {problem}."),
                                  folder=folder, problem=exc.strerror or exc) from None
        return folder

    def _copy(self, source: Path, part: Path, name: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        try:
            src = open(source, "rb")
        except OSError as exc:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} cannot be read: {problem}."),
                                  name=name, problem=exc.strerror or exc) from None
        key = self.seal_key
        with src, private.open_new(part) as out:
            sink = sealed.SealWriter(out, key) if key is not None else out
            while True:
                try:
                    block = src.read(_CHUNK)
                except OSError as exc:
                    raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} cannot be read: {problem}."),
                                          name=name, problem=exc.strerror or exc) from None
                if not block:
                    break
                size += len(block)
                if size > self.max_size:  # it grew while being copied
                    raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The file {name} is too large to attach (more "
                                                                     "than {size})."),
                                          name=name, size=_mb(self.max_size))
                digest.update(block)
                sink.write(block)
            if key is not None:
                sink.close()
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest(), size

    def _existing_name(self, sha256: str) -> str | None:
        """The name this content is already stored under, so it is stored once."""
        row = self.store.conn.execute(
            "SELECT stored_name FROM attachments WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
        return row[0] if row is not None and is_stored_name(row[0]) else None

    def _in_use(self, stored_name: str) -> bool:
        return self.store.conn.execute(
            "SELECT 1 FROM attachments WHERE stored_name = ? LIMIT 1", (stored_name,)).fetchone() is not None

    # -- recording (inside the caller's transaction) ---------------------------------
    def insert(self, owner_kind: str, owner_id: int, staged: StagedFile, added_at: datetime) -> Attachment:
        """Record a staged file; the caller holds the transaction."""
        attachment = Attachment(None, owner_kind, owner_id, staged.original_name, staged.stored_name,
                                staged.sha256, staged.size, added_at.replace(microsecond=0))
        new_id = self.store.db["attachments"].insert(attachment_to_row(attachment)).last_pk
        return replace(attachment, id=new_id)

    def add(self, owner_kind: str, owner_id: int, source: str | Path,
            added_at: datetime | None = None) -> Attachment:
        """Copy one file in and record it, in one transaction (the copy is undone on failure)."""
        staged = self.stage(source)
        try:
            with self.store.db.atomic():
                return self.insert(owner_kind, owner_id, staged, added_at or datetime.now())
        except BaseException:
            self.discard([staged])
            raise

    def detach_rows(self, owner_kind: str, owner_id: int, ids: Sequence[int] | None = None) -> tuple[dict, ...]:
        """Delete an owner's rows (all, or those in `ids`), keeping the files; returns the rows."""
        rows = tuple(dict(r) for r in self.store.conn.execute(
            "SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id", (owner_kind, owner_id)))
        if ids is not None:
            wanted = set(ids)
            rows = tuple(r for r in rows if r["id"] in wanted)
        for row in rows:
            self.store.conn.execute("DELETE FROM attachments WHERE id = ?", (row["id"],))
        return rows

    def restore_rows(self, rows: Iterable[dict]) -> None:
        """Put rows from `detach_rows` back with their ids (inside the caller's transaction)."""
        for row in rows:
            self.store.db["attachments"].insert(dict(row))  # an id taken since is an error, not overwritten

    # -- reading ---------------------------------------------------------------------
    def get(self, attachment_id: int) -> Attachment:
        row = self.store.conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "There is no attachment number {attachment_id}."),
                                  attachment_id=attachment_id)
        return attachment_from_row(row)

    def of(self, owner_kind: str, owner_id: int) -> list[Attachment]:
        rows = self.store.conn.execute(
            "SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id", (owner_kind, owner_id))
        return [attachment_from_row(r) for r in rows]

    def by_owner(self, owner_kind: str) -> dict[int, list[Attachment]]:
        result: dict[int, list[Attachment]] = {}
        rows = self.store.conn.execute("SELECT * FROM attachments WHERE owner_kind = ? ORDER BY owner_id, id",
                                       (owner_kind,))
        for row in rows:
            result.setdefault(row["owner_id"], []).append(attachment_from_row(row))
        return result

    def all(self) -> list[Attachment]:
        return [attachment_from_row(r) for r in self.store.conn.execute("SELECT * FROM attachments ORDER BY id")]

    def path_of(self, attachment: Attachment) -> Path:
        """Where the file is kept (whether or not it is still there)."""
        if not is_stored_name(attachment.stored_name):  # a row edited outside the app
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "The attachment {original_name} has an invalid stored "
                                                             "name."),
                                  original_name=attachment.original_name)
        return self.folder / attachment.stored_name

    def readable_path(self, attachment: Attachment) -> Path:
        """A path another program can open: the stored file, or a private decrypted copy of a sealed one.

        The copy goes to a private folder in the temporary directory, which is
        emptied when DebtDesk exits (see `viewing_folder`).
        """
        path = self.path_of(attachment)
        if not sealed.is_sealed(path):
            return path
        key = self.seal_key
        if key is None:
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{original_name} is encrypted, but this file holds no "
                                                             "key for it."),
                                  original_name=attachment.original_name)
        folder = private.make_dir(viewing_folder() / secrets.token_hex(8))
        target = folder / clean_original_name(attachment.original_name)
        try:
            with private.open_new(target) as out:
                for block in sealed.read_sealed(path, key):
                    out.write(block)
        except (OSError, sealed.SealError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            reason = getattr(exc, "strerror", None) or exc
            raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{original_name} could not be opened: {problem}."),
                                  original_name=attachment.original_name, problem=reason) from None
        return target

    def status(self, attachment: Attachment) -> AttachmentStatus:
        """ok, missing (deleted or moved outside the app) or changed (checksum differs)."""
        try:
            path = self.path_of(attachment)
            if not path.is_file():
                return AttachmentStatus.MISSING
            if self._facts(path) != (attachment.size, attachment.sha256):
                return AttachmentStatus.CHANGED
        except (OSError, AttachmentError):
            return AttachmentStatus.MISSING
        return AttachmentStatus.OK

    def quick_status(self, attachment: Attachment) -> AttachmentStatus:
        """Like `status` but without reading the file: missing, or changed only if its size differs."""
        try:
            path = self.path_of(attachment)
            if not path.is_file():
                return AttachmentStatus.MISSING
            expected = sealed.sealed_size(attachment.size) if sealed.is_sealed(path) else attachment.size
            return AttachmentStatus.OK if path.stat().st_size == expected else AttachmentStatus.CHANGED
        except (OSError, AttachmentError):
            return AttachmentStatus.MISSING

    def verify(self, owner_kind: str | None = None) -> list[tuple[Attachment, AttachmentStatus]]:
        """Every attachment (of one kind of owner, or all) with its status; each file read once."""
        attachments = self.all() if owner_kind is None else [
            a for items in self.by_owner(owner_kind).values() for a in items]
        seen: dict[tuple[str, str, int], AttachmentStatus] = {}
        result = []
        for attachment in attachments:
            key = (attachment.stored_name, attachment.sha256, attachment.size)
            if key not in seen:
                seen[key] = self.status(attachment)
            result.append((attachment, seen[key]))
        return result

    # -- removing --------------------------------------------------------------------
    def remove(self, attachment_id: int) -> Attachment:
        """Delete one attachment for good: its row, and its file once no other row uses it."""
        with self.store.db.atomic():
            attachment = self.get(attachment_id)
            self.store.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            shared = self._in_use(attachment.stored_name)
        if not shared and is_stored_name(attachment.stored_name):
            (self.folder / attachment.stored_name).unlink(missing_ok=True)
        return attachment

    def orphans(self) -> list[Path]:
        """Stored files no row uses (kept after deletes so undo could restore them)."""
        if not self.folder.is_dir():
            return []
        used = {row[0] for row in self.store.conn.execute("SELECT DISTINCT stored_name FROM attachments")}
        return sorted(p for p in self.folder.iterdir()
                      if p.is_file() and is_stored_name(p.name) and p.name not in used)

    def prune(self) -> list[Path]:
        """Delete files no row uses and interrupted copies; only when nothing can undo back to them."""
        removed = self.orphans()
        if self.folder.is_dir():
            removed += [p for p in self.folder.iterdir() if p.name.startswith(".incoming-") and p.name.endswith(_PART)]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed


_VIEWING: list[Path] = []


def viewing_folder() -> Path:
    """This process's private folder of decrypted copies being viewed; removed at exit."""
    if not _VIEWING:
        import atexit
        import tempfile

        folder = private.make_dir(Path(tempfile.gettempdir()) / f"debtdesk-view-{os.getpid()}-{secrets.token_hex(4)}")
        _VIEWING.append(folder)
        atexit.register(shutil.rmtree, folder, True)
    return _VIEWING[0]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def save_copy_with_files(store, target: Path) -> None:
    """Save a copy of the file together with its attached files (`<copy>-files/`), all private.

    The files are copied one by one into a temporary folder and renamed into
    place.  If anything fails (a full disk), the copy and its folder are
    removed again and one sentence says why: nothing half-made is left.
    """
    target = Path(target)
    source_folder = attachments_folder(store.path)
    target_folder = attachments_folder(target)
    if target_folder.exists():
        raise AttachmentError(QT_TRANSLATE_NOOP("Store", "{target_folder} already exists; choose another name for "
                                                         "the copy."), target_folder=target_folder)
    store.save_copy(target)
    if not source_folder.is_dir():
        return
    staging = target_folder.with_name(target_folder.name + _PART)
    try:
        shutil.rmtree(staging, ignore_errors=True)
        private.make_dir(staging)
        for entry in sorted(source_folder.iterdir()):
            if entry.is_file() and not entry.name.endswith(_PART):
                with open(entry, "rb") as src, private.open_new(staging / entry.name) as out:
                    shutil.copyfileobj(src, out, _CHUNK)
                    out.flush()
                    os.fsync(out.fileno())
        staging.replace(target_folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for suffix in ("", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise AttachmentError(QT_TRANSLATE_NOOP("Store", "Could not save a copy to {target}: {problem}; nothing was "
                                                         "saved there."),
                              target=target, problem=exc.strerror or exc) from None
