"""Every command that takes a file, on every kind of bad file: one sentence, never a traceback, file as it was.

The kinds: damaged pages, another program's SQLite file, a newer format, a
zero-byte file, a folder, an unreadable file and a read-only one.  Commands
run as an ordinary user would (see `run_batch`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.conftest import make_bad, run_batch  # fixtures live there

KINDS = ("damaged", "foreign", "newer", "zero", "directory", "unreadable", "readonly")

COMMANDS = {
    "status": ["status", "--db", "{db}"],
    "contacts": ["contacts", "--db", "{db}"],
    "plan": ["plan", "--db", "{db}", "--debt", "1"],
    "letter": ["letter", "--db", "{db}", "--debt", "1", "--lang", "en", "--out", "{out}.pdf", "--name", "A B"],
    "export": ["export", "--db", "{db}", "--out", "{out}.json"],
    "import": ["import", "--db", "{db}", "{json}"],
    "backup": ["backup", "--db", "{db}"],
    "backups": ["backups", "--db", "{db}"],
    "restore": ["restore", "--db", "{db}", "{backup}"],
    "check": ["check", "--db", "{db}"],
    "rescue": ["rescue", "--db", "{db}", "--out", "{out}.debtdesk"],
    "demo": ["demo", "--db", "{db}"],
}

#: The commands that succeed, per kind of file (all others must refuse with exit status 1).
SUCCEEDS = {
    "damaged": {"backups", "restore", "rescue"},
    "foreign": {"backups"},
    "newer": {"backups"},
    "zero": {"backups", "import", "restore", "demo"},
    "directory": {"backups"},
    "unreadable": {"backups"},
    "readonly": {"status", "contacts", "plan", "export", "backup", "backups", "check", "rescue"},
}
#: Successes meant to change the file itself.
CHANGES = {("damaged", "restore"), ("zero", "import"), ("zero", "restore"), ("zero", "demo")}


def state(path: Path):
    if path.is_dir():
        return "folder", sorted(p.name for p in path.iterdir())
    if not path.exists():
        return None
    try:
        data = path.read_bytes()
    except PermissionError:
        data = b"?"
    info = path.stat()
    return hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns, info.st_mode


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_on_a_bad_file(kind, tmp_path, good_file, as_of):
    from debtdesk.store import Store
    from debtdesk.store.interchange import export_file

    json_path = tmp_path / "good" / "household.json"
    with Store.open(good_file) as store:
        export_file(store, json_path)
    backup = tmp_path / "good" / "copy.debtdesk"
    with Store.open(good_file) as store:
        store.save_copy(backup)
    work = tmp_path / "work"
    work.mkdir()
    bad = make_bad(kind, work, good_file)
    before = state(bad)
    lines = {name: [a.format(db=bad, out=work / f"out-{name}", json=json_path, backup=backup) for a in argv]
             for name, argv in COMMANDS.items()}
    keep = [name for name in lines if (kind, name) not in CHANGES]
    change = [name for name in lines if (kind, name) in CHANGES]
    for name in change:  # each on a bad file of its own: they are meant to change it
        (work / name).mkdir()
        own = make_bad(kind, work / name, good_file)
        lines[name] = [a.replace(str(bad), str(own)) for a in lines[name]]
    try:
        results = dict(zip(keep, run_batch([lines[n] for n in keep], cwd=tmp_path), strict=True))
        after_keep = state(bad)
        results.update(zip(change, run_batch([lines[n] for n in change], cwd=tmp_path), strict=True))
    finally:
        if kind in ("unreadable", "readonly"):
            bad.chmod(0o600)
    assert after_keep == before, f"a command changed the {kind} file"
    for name, result in results.items():
        expected = 0 if name in SUCCEEDS[kind] else 1
        assert "Traceback" not in result["stderr"], (name, result["stderr"])
        assert result["code"] == expected, (name, result)
        if expected == 1:
            errors = [line for line in result["stderr"].splitlines() if ": note: " not in line]
            assert len(errors) == 1 and errors[0].startswith(f"debtdesk {name}: "), (name, result["stderr"])
            assert errors[0].endswith(".") and "[" not in errors[0], errors[0]  # a sentence, not a repr
            assert not list(work.glob(f"out-{name}*")), f"{name} failed but left its output"
    leftovers = [p.name for p in work.rglob("*") if p.name.endswith((".part", ".importing", ".lock"))]
    assert leftovers == []
