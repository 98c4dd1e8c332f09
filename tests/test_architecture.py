"""The layering the project depends on, checked rather than hoped for."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import debtdesk.domain


def test_domain_core_imports_no_qt_sql_or_output_library():
    modules = [f"debtdesk.domain.{m.name}" for m in pkgutil.iter_modules(debtdesk.domain.__path__)]
    assert "debtdesk.domain.schedule" in modules
    script = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        "print(sorted(n for n in ('PySide6', 'sqlite3', 'sqlite_utils', 'matplotlib', 'reportlab') "
        "if n in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
