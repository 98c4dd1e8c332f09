"""The architecture is executable: the import contracts in pyproject.toml hold.

The domain is pure, only the window imports Qt, letters and charts are drawn
from domain objects, and the layers run one way (command line, window,
services, outputs and store, domain).  A change that breaks a contract fails
here with the import chain that broke it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.fail("import-linter is missing: install the test extra (pip install -e '.[test]')")
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout
