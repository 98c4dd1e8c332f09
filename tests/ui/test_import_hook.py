"""PySide6's per-import scan gives the same answers when it reads the files itself."""

from __future__ import annotations

import subprocess
import sys

SAME_ANSWERS = """
import sys
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
from debtdesk.ui.import_hook import read_sources_directly
assert read_sources_directly() and read_sources_directly()  # installed once, then left as it is
import debtdesk.ui.main_window, debtdesk.ui.app, json, html  # modules that use PySide6 and modules that do not
faster = feature._mod_uses_pyside
assert faster is not original
modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
differ = [m.__name__ for m in modules if faster(m) != original(m)]
uses = sum(faster(m) for m in modules)
print(len(modules) > 100, uses > 20, differ)
"""


def test_the_faster_scan_answers_as_pysides_own_for_every_loaded_module():
    done = subprocess.run([sys.executable, "-c", SAME_ANSWERS], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "[]"]
