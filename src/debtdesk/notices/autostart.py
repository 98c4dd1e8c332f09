"""The optional autostart entry: `debtdesk remind` at login, which notifies and exits.

Written only when the user asks (a checkbox in the window, or
`debtdesk remind --autostart on`), to `$XDG_CONFIG_HOME/autostart/`
(`~/.config/autostart/` by default), as the XDG Autostart specification
says; removing it is deleting that one file.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

FILE_NAME = "io.github.debtdesk.DebtDesk-remind.desktop"


def autostart_dir(environ=None) -> Path:
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "autostart"


def entry_path(environ=None) -> Path:
    return autostart_dir(environ) / FILE_NAME


def command() -> list[str]:
    """How to run DebtDesk from a login session: the frozen program, the installed script, or -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("debtdesk")
    if script:
        return [script]
    return [sys.executable, "-m", "debtdesk"]


def exec_quote(arg: str) -> str:
    """One argument of an Exec line (Desktop Entry spec): quoted when needed, '%' doubled."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def entry_text(db_path: str | Path | None, name: str = "DebtDesk reminders",
               comment: str = "Payments due soon, late payments and deadlines, at login") -> str:
    args = command() + ["remind"] + (["--db", str(Path(db_path).resolve())] if db_path else [])
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={name}",
        f"Comment={comment}",
        "Exec=" + " ".join(exec_quote(a) for a in args),
        "Icon=io.github.debtdesk.DebtDesk",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def is_enabled(environ=None) -> bool:
    return entry_path(environ).is_file()


def enable(db_path: str | Path | None, environ=None, **texts) -> Path:
    path = entry_path(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(entry_text(db_path, **texts), encoding="utf-8")
    tmp.replace(path)
    return path


def disable(environ=None) -> bool:
    """Remove the entry; False when there was none."""
    path = entry_path(environ)
    if path.is_file():
        path.unlink()
        return True
    return False
