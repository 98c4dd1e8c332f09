"""Private by default: everything DebtDesk writes is 0600 and its folders 0700, even under umask 022."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from debtdesk.store import Store, backups, restore
from debtdesk.store.attachments import AttachmentStore, save_copy_with_files
from debtdesk.store.interchange import export_file, import_file
from debtdesk.store.letters import LetterLog
from debtdesk.store.rescue import rescue


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_private_under_a_normal_umask(umask_022, household_path, tmp_path, as_of):
    assert mode(household_path) == 0o600
    source = tmp_path / "scan.png"
    source.write_bytes(b"png")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF")
    letter.chmod(0o644)  # as the PDF writer leaves it
    with Store.open(household_path) as store:
        with store.db.atomic():  # the journal exists while a transaction writes
            store.conn.execute("UPDATE debts SET notes = 'x' WHERE id = 1")
            assert mode(Path(f"{household_path}-journal")) == 0o600
        backup = backups.make(store)
        attached = AttachmentStore(store).add("contact", 1, source)
        export_file(store, tmp_path / "out.json")
        save_copy_with_files(store, tmp_path / "copy.debtdesk")
        LetterLog(store).record(letter, "negotiation", "en", "Bank", as_of)
        stored = AttachmentStore(store).path_of(attached)
    import_file(tmp_path / "out.json", tmp_path / "imported.debtdesk")
    rescue(household_path, tmp_path / "rescued.debtdesk")
    restore.restore(household_path, backup)
    for path in (household_path, backup, stored, tmp_path / "out.json", tmp_path / "copy.debtdesk",
                 tmp_path / "copy.debtdesk-files" / stored.name, letter, tmp_path / "imported.debtdesk",
                 tmp_path / "rescued.debtdesk", *backups.folder_of(household_path).rglob("*")):
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    assert any(backups.folder_of(household_path).glob("*.debtdesk-files/*"))  # backups keep their files too
    for folder in (backups.folder_of(household_path), stored.parent, tmp_path / "copy.debtdesk-files"):
        assert mode(folder) == 0o700, folder


def test_an_existing_readable_file_is_made_private_when_opened_for_writing(umask_022, demo_path):
    demo_path.chmod(0o644)
    with Store.open(demo_path, read_only=True):
        assert mode(demo_path) == 0o644  # reading changes nothing, not even permissions
    with Store.open(demo_path):
        assert mode(demo_path) == 0o600
