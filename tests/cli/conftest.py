"""CLI fixtures: bad files of every kind, and a way to run commands as an ordinary user would."""

from __future__ import annotations

import ctypes
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BATCH = Path(__file__).with_name("cli_batch.py")


def _drop_root_powers() -> None:
    """As root, drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH so file permissions apply (Linux)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_batch(commands: list[list[str]], cwd: Path) -> list[dict]:
    """Each command's exit code, stdout and stderr, run in one child process as an ordinary user."""
    import debtdesk

    source = str(Path(debtdesk.__file__).resolve().parent.parent)  # the code under test, wherever cwd is
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(BATCH), json.dumps(commands)], capture_output=True, text=True,
                          timeout=240, cwd=cwd, env=env,
                          preexec_fn=_drop_root_powers if sys.platform != "win32" else None)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def damage_page(path: Path, name: str) -> None:
    """Overwrite the b-tree page of table or index `name` with garbage (its header stays valid)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size - 8)))


def make_bad(kind: str, folder: Path, good: Path) -> Path:
    path = folder / f"{kind}.debtdesk"
    if kind == "damaged":
        path.write_bytes(good.read_bytes())
        damage_page(path, "payments")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (x)")
        conn.execute("INSERT INTO notes VALUES (1)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        path.write_bytes(good.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    elif kind == "zero":
        path.write_bytes(b"")
    elif kind == "directory":
        path.mkdir()
    elif kind == "unreadable":
        path.write_bytes(good.read_bytes())
        path.chmod(0)
    elif kind == "readonly":
        path.write_bytes(good.read_bytes())
        path.chmod(0o444)
    return path


@pytest.fixture
def good_file(tmp_path, as_of):
    from debtdesk.store.demo import write_demo

    path = tmp_path / "good" / "household.debtdesk"
    path.parent.mkdir()
    write_demo(path, as_of)
    return path
