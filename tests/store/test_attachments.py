"""One storage for attached files: copies, checksums, content stored once, hostile names, checks."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtdesk.domain.attachments import (
    AttachmentStatus,
    clean_original_name,
    is_stored_name,
    safe_extension,
    stored_name_for,
)
from debtdesk.store import Store
from debtdesk.store.attachments import AttachmentError, AttachmentStore, attachments_folder

WHEN = datetime(2026, 11, 23, 14, 30, 5)
SHA_OF_ABC = hashlib.sha256(b"abc").hexdigest()
STORED = re.compile(r"^[0-9a-f]{64}(\.[a-z0-9]{1,10})?$")


@pytest.fixture
def store(demo_path):
    with Store.open(demo_path) as s:
        yield s


@pytest.fixture
def files(store) -> AttachmentStore:
    return AttachmentStore(store)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def everything_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


# -- names (pure) ------------------------------------------------------------------------

@pytest.mark.parametrize("name, ext", [
    ("photo.JPG", "jpg"),
    ("a.tar.gz", "gz"),
    ("no_extension", ""),
    ("CON", ""),
    (".bashrc", ""),
    ("notes.", ""),
    ("..", ""),
    ("../../etc/passwd", ""),
    ("..\\..\\Windows\\System32\\cmd.exe", "exe"),
    ("C:\\Users\\me\\录音.M4A", "m4a"),
    ("a\x00b.txt", "txt"),
    ("x" * 200 + ".pdf", "pdf"),
    ("😀😀.png", "png"),
    ("picture.😀", ""),
    ("report.p d-f", "pdf"),
    ("archive.averyverylongextension", ""),
    ("图片.截图", ""),
])
def test_safe_extension(name, ext):
    assert safe_extension(name) == ext
    stored = stored_name_for(name, SHA_OF_ABC)
    assert stored == (f"{SHA_OF_ABC}.{ext}" if ext else SHA_OF_ABC)
    assert is_stored_name(stored)


@given(st.text(max_size=300))
def test_any_outside_name_gives_a_plain_stored_name(name):
    stored = stored_name_for(name, SHA_OF_ABC)
    assert STORED.match(stored)
    assert "/" not in stored and "\\" not in stored and ".." not in stored


def test_stored_name_needs_a_real_checksum():
    for bad in ("abc", SHA_OF_ABC.upper(), "../" + SHA_OF_ABC[3:], SHA_OF_ABC + "0"):
        with pytest.raises(ValueError):
            stored_name_for("a.txt", bad)
    assert not is_stored_name("../" + SHA_OF_ABC)
    assert not is_stored_name(SHA_OF_ABC + ".tar.gz")


@pytest.mark.parametrize("name, label", [
    ("../../etc/passwd", "passwd"),
    ("C:\\evil\\..\\x.doc", "x.doc"),
    ("a\x00b\n.txt", "ab.txt"),
    ("invoice\u202egpj.exe", "invoicegpj.exe"),  # a right-to-left override would disguise the extension
    ("", "file"),
    ("/", "file"),
])
def test_original_names_are_kept_only_as_clean_labels(name, label):
    assert clean_original_name(name) == label


def test_very_long_original_names_are_shortened_keeping_the_extension():
    label = clean_original_name("长" * 300 + ".pdf")
    assert len(label) == 255 and label.endswith("….pdf")


# -- copying in ----------------------------------------------------------------------------

def test_a_file_is_copied_beside_the_database_with_its_checksum(files, store, tmp_path):
    source = write(tmp_path / "outside" / "通话录音.M4A", b"recording" * 1000)
    attachment = files.add("contact", 1, source, WHEN)
    folder = tmp_path / "demo.debtdesk-files"
    assert files.folder == folder == attachments_folder(store.path)
    expected = hashlib.sha256(b"recording" * 1000).hexdigest()
    assert attachment.sha256 == expected and attachment.size == 9000
    assert attachment.stored_name == f"{expected}.m4a"
    assert attachment.original_name == "通话录音.M4A"
    assert attachment.added_at == WHEN
    assert files.path_of(attachment) == folder / f"{expected}.m4a"
    assert files.path_of(attachment).read_bytes() == source.read_bytes()
    assert source.exists()  # copied, not moved
    assert [p.name for p in folder.iterdir()] == [f"{expected}.m4a"]  # no temporary file left
    row = store.conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment.id,)).fetchone()
    assert dict(row) == {"id": attachment.id, "owner_kind": "contact", "owner_id": 1,
                         "original_name": "通话录音.M4A", "stored_name": f"{expected}.m4a",
                         "sha256": expected, "size": 9000, "added_at": "2026-11-23T14:30:05"}
    assert files.get(attachment.id) == attachment == files.of("contact", 1)[0]


def test_identical_content_is_stored_once(files, tmp_path):
    a = files.add("contact", 1, write(tmp_path / "a.png", b"same bytes"), WHEN)
    b = files.add("contact", 2, write(tmp_path / "sub" / "b.jpg", b"same bytes"), WHEN)
    c = files.add("evidence", 1, write(tmp_path / "c.png", b"other bytes"), WHEN)
    assert a.stored_name == b.stored_name  # the first name wins; the content is what matters
    assert a.id != b.id and b.original_name == "b.jpg"
    assert sorted(p.name for p in files.folder.iterdir()) == sorted({a.stored_name, c.stored_name})
    assert files.by_owner("contact") == {1: [a], 2: [b]}


def test_odd_and_hostile_names_never_leave_the_folder(files, tmp_path):
    outside = tmp_path / "outside"
    names = ["CON", "a.tar.gz", "no extension", "x" * 200 + ".txt", "😀 emoji 照片.JPEG", "-rf", ".hidden",
             "line\nbreak.txt", "..."]
    for i, name in enumerate(names):
        write(outside / name, f"content {i}".encode())
    before = everything_under(tmp_path)
    attached = [files.add("contact", 1, outside / name, WHEN) for name in names]
    created = everything_under(tmp_path) - before
    assert created == {files.folder} | {files.folder / a.stored_name for a in attached}
    for a in attached:
        assert STORED.match(a.stored_name)
        assert files.path_of(a).resolve().parent == files.folder.resolve()
    assert [a.original_name for a in attached][:3] == ["CON", "a.tar.gz", "no extension"]
    assert attached[3].stored_name.endswith(".txt") and attached[4].stored_name.endswith(".jpeg")
    assert attached[7].original_name == "linebreak.txt"


def test_a_stored_name_edited_outside_the_app_is_never_used_as_a_path(files, store, tmp_path):
    attachment = files.add("contact", 1, write(tmp_path / "a.txt", b"abc"), WHEN)
    with store.db.atomic():
        store.conn.execute("UPDATE attachments SET stored_name = '../../demo.debtdesk' WHERE id = ?",
                           (attachment.id,))
    tampered = files.get(attachment.id)
    with pytest.raises(AttachmentError, match="invalid stored name"):
        files.path_of(tampered)
    assert files.status(tampered) is AttachmentStatus.MISSING
    files.remove(tampered.id)
    assert (tmp_path / "demo.debtdesk").exists()


# -- errors --------------------------------------------------------------------------------

def test_a_missing_file_a_folder_and_a_too_large_file_are_refused_by_name(store, tmp_path):
    files = AttachmentStore(store, max_size=10)
    with pytest.raises(AttachmentError, match=r"^The file gone\.png does not exist\.$"):
        files.stage(tmp_path / "gone.png")
    (tmp_path / "拍照").mkdir()
    with pytest.raises(AttachmentError, match=r"^拍照 is a folder; choose a file to attach\.$"):
        files.stage(tmp_path / "拍照")
    too_large = r"^The file big\.mp3 is too large to attach \(0\.0 MB; at most 0\.0 MB\)\.$"
    with pytest.raises(AttachmentError, match=too_large):
        files.stage(write(tmp_path / "big.mp3", b"x" * 11))
    assert files.stage(write(tmp_path / "small.mp3", b"x" * 10)).size == 10
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_an_unreadable_file_is_refused_by_name(files, tmp_path, monkeypatch):
    import builtins

    from debtdesk.store import attachments as module

    source = write(tmp_path / "secret.pdf", b"x")

    def guarded_open(path, *args, **kwargs):  # chmod 0 does not stop root, so refuse here
        if Path(str(path)) == source:
            raise PermissionError(13, "Permission denied")
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(module, "open", guarded_open, raising=False)
    with pytest.raises(AttachmentError, match=r"^The file secret\.pdf cannot be read: Permission denied\.$"):
        files.stage(source)
    assert [p.name for p in files.folder.iterdir()] == []


def test_a_failed_copy_leaves_no_temporary_or_partial_file(files, tmp_path, monkeypatch):
    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(AttachmentError, match=re.escape("could not be copied into demo.debtdesk-files: No space left")):
        files.stage(write(tmp_path / "a.txt", b"abc"))
    assert list(files.folder.iterdir()) == []


def test_a_file_in_the_way_of_the_folder_gives_a_clear_error(files, tmp_path):
    write(tmp_path / "demo.debtdesk-files", b"not a folder")
    with pytest.raises(AttachmentError, match=re.escape("demo.debtdesk-files beside the data file is not a folder")):
        files.stage(write(tmp_path / "a.txt", b"abc"))


def test_stage_many_is_all_or_nothing(files, tmp_path):
    good = write(tmp_path / "good.txt", b"good")
    with pytest.raises(AttachmentError, match=re.escape("missing.txt")):
        files.stage_many([good, tmp_path / "missing.txt"])
    assert list(files.folder.iterdir()) == []


def test_when_recording_fails_the_new_copy_is_discarded_but_shared_content_kept(files, store, tmp_path, monkeypatch):
    kept = files.add("contact", 1, write(tmp_path / "kept.txt", b"shared"), WHEN)

    def failing_insert(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(files, "insert", failing_insert)
    with pytest.raises(RuntimeError):
        files.add("contact", 2, write(tmp_path / "new.txt", b"brand new"), WHEN)
    with pytest.raises(RuntimeError):
        files.add("contact", 2, write(tmp_path / "again.txt", b"shared"), WHEN)
    assert [p.name for p in files.folder.iterdir()] == [kept.stored_name]
    assert files.status(kept) is AttachmentStatus.OK


# -- checking ------------------------------------------------------------------------------

def test_verify_reports_files_deleted_or_changed_outside_the_app(files, tmp_path):
    ok = files.add("contact", 1, write(tmp_path / "ok.txt", b"fine"), WHEN)
    gone = files.add("contact", 1, write(tmp_path / "gone.txt", b"to be deleted"), WHEN)
    same_size = files.add("contact", 2, write(tmp_path / "edited.txt", b"original"), WHEN)
    longer = files.add("evidence", 3, write(tmp_path / "longer.txt", b"short"), WHEN)
    files.path_of(gone).unlink()
    files.path_of(same_size).write_bytes(b"ORIGINAL")  # same size, other content
    files.path_of(longer).write_bytes(b"a good deal longer")
    assert [(a.original_name, s.value) for a, s in files.verify()] == [
        ("ok.txt", "ok"), ("gone.txt", "missing"), ("edited.txt", "changed"), ("longer.txt", "changed")]
    assert [a.id for a, _ in files.verify("contact")] == [ok.id, gone.id, same_size.id]
    assert files.quick_status(same_size) is AttachmentStatus.OK  # size only: cheap, not conclusive
    assert files.quick_status(longer) is AttachmentStatus.CHANGED
    assert files.quick_status(gone) is AttachmentStatus.MISSING


def test_verify_survives_a_missing_folder(files, tmp_path):
    attachment = files.add("contact", 1, write(tmp_path / "a.txt", b"abc"), WHEN)
    files.path_of(attachment).unlink()
    files.folder.rmdir()
    assert files.verify() == [(attachment, AttachmentStatus.MISSING)]
    assert files.orphans() == [] and files.prune() == []


def test_attaching_the_same_content_again_repairs_an_altered_copy(files, tmp_path):
    first = files.add("contact", 1, write(tmp_path / "a.txt", b"evidence"), WHEN)
    files.path_of(first).write_bytes(b"tampered")
    files.add("contact", 2, tmp_path / "a.txt", WHEN)
    assert files.status(first) is AttachmentStatus.OK


# -- removing ------------------------------------------------------------------------------

def test_removing_keeps_a_file_another_row_uses_and_deletes_it_with_the_last(files, store, tmp_path):
    a = files.add("contact", 1, write(tmp_path / "a.png", b"shared"), WHEN)
    b = files.add("evidence", 9, write(tmp_path / "b.png", b"shared"), WHEN)
    path = files.path_of(a)
    assert files.remove(a.id) == a
    assert path.exists() and files.status(b) is AttachmentStatus.OK
    files.remove(b.id)
    assert not path.exists()
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    with pytest.raises(AttachmentError, match="no attachment number"):
        files.remove(a.id)


def test_removing_an_attachment_whose_file_is_gone_does_not_crash(files, tmp_path):
    a = files.add("contact", 1, write(tmp_path / "a.png", b"x"), WHEN)
    files.path_of(a).unlink()
    files.remove(a.id)
    assert files.of("contact", 1) == []


def test_detached_rows_keep_their_files_until_pruned(files, store, tmp_path):
    a = files.add("contact", 1, write(tmp_path / "a.png", b"a"), WHEN)
    b = files.add("contact", 1, write(tmp_path / "b.png", b"b"), WHEN)
    with store.db.atomic():
        rows = files.detach_rows("contact", 1, [a.id])
    assert [r["id"] for r in rows] == [a.id]
    assert files.of("contact", 1) == [b]
    assert files.orphans() == [files.path_of(a)]
    with store.db.atomic():
        files.restore_rows(rows)
    assert files.of("contact", 1) == [a, b] and files.orphans() == []
    with store.db.atomic():
        files.detach_rows("contact", 1)
    write(files.folder / ".incoming-0123.part", b"half a copy")
    removed = files.prune()
    assert sorted(p.name for p in removed) == sorted([a.stored_name, b.stored_name, ".incoming-0123.part"])
    assert list(files.folder.iterdir()) == []
