"""Backups carry their attached files: hard links, rotated with the backup, brought back by a restore."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from debtdesk.store import Store, backup_files, backups, restore
from debtdesk.store.attachments import AttachmentStore, attachments_folder


def attach(path, tmp_path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    with Store.open(path) as store:
        contact = store.conn.execute("SELECT min(id) FROM contacts").fetchone()[0]
        return AttachmentStore(store).add("contact", contact, source)


def test_a_deleted_and_pruned_attachment_comes_back_with_the_backup_that_had_it(household_path, tmp_path):
    attachment = attach(household_path, tmp_path, "threat.png", b"\x89PNG a threatening message")
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual")
        files = AttachmentStore(store)
        files.remove(attachment.id)
        assert files.prune() == [] and not files.path_of(attachment).exists()  # gone from the household
    assert [p.name for p in backup_files.stored_files(attachments_folder(backup))] == [attachment.stored_name]
    restore.restore(household_path, backup)
    with Store.open(household_path) as store:
        files = AttachmentStore(store)
        (back,) = files.all()
        assert files.status(back).value == "ok"
        assert files.path_of(back).read_bytes() == b"\x89PNG a threatening message"


def test_restoring_into_the_open_file_brings_files_back_too(household_path, tmp_path):
    attachment = attach(household_path, tmp_path, "call.m4a", b"recording")
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual")
        AttachmentStore(store).remove(attachment.id)
        restore.restore_into(store, backup)
        files = AttachmentStore(store)
        assert [files.status(a).value for a in files.all()] == ["ok"]


def test_rotation_removes_a_backups_files_with_it(household_path, tmp_path):
    attach(household_path, tmp_path, "scan.jpg", b"scan")
    start = datetime(2026, 1, 1, 9)
    with Store.open(household_path) as store:
        made = [backups.make_from(store.conn, store.path, "daily", start + timedelta(days=d)) for d in range(12)]
        removed = backups.rotate(store.path)
    assert removed
    for path in made:
        assert attachments_folder(path).exists() == path.exists()


def test_a_backup_without_attached_files_has_no_folder_and_no_leftovers(demo_path):
    with Store.open(demo_path) as store:
        backup = backups.make(store, "manual")
    assert not attachments_folder(backup).exists()
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]


def test_files_are_copied_where_hard_links_are_refused(household_path, tmp_path, monkeypatch):
    attach(household_path, tmp_path, "scan.jpg", b"scan bytes")

    def no_links(*args):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual")
    (kept,) = backup_files.stored_files(attachments_folder(backup))
    (live,) = backup_files.stored_files(attachments_folder(household_path))
    assert kept.read_bytes() == b"scan bytes" and not os.path.samefile(kept, live)
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
