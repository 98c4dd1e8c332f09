"""An import killed half-way leaves its target as it was, and the next import sweeps what it left."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from debtdesk.store import Store
from debtdesk.store.interchange import export_data, export_file, import_file
from debtdesk.store.migrations import TABLES

from .test_interchange import fill

CHILD = Path(__file__).with_name("import_child.py")


def _kill_half_way(json_path: Path, target: Path, where: str) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD), str(json_path), str(target), where],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "half-way"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("where", ["build", "fill"])
def test_a_killed_import_leaves_the_target_as_it_was_and_is_swept_next_time(tmp_path, where):
    with Store.create(tmp_path / "source.debtdesk") as store:
        fill(store, every_table=True)
        export_file(store, tmp_path / "in.json")
        expected = export_data(store)
    target = tmp_path / "target.debtdesk"
    if where == "fill":
        Store.create(target).close()

    _kill_half_way(tmp_path / "in.json", target, where)

    leftover = list(tmp_path.glob(".target.debtdesk.*.importing*"))
    assert leftover, sorted(p.name for p in tmp_path.iterdir())
    if where == "build":
        assert not target.exists()
    else:  # the copy's transaction was open: SQLite rolls it back when the file is next opened
        with Store.open(target, read_only=True) as store:
            counts = [store.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES]
            assert counts == [0] * len(TABLES)

    import_file(tmp_path / "in.json", target)
    assert not list(tmp_path.glob(".target.debtdesk.*"))
    with Store.open(target) as store:
        assert export_data(store) == expected
    assert json.loads((tmp_path / "in.json").read_text(encoding="utf-8")) == expected
