"""Refresh the translation catalogues: `python -m debtdesk.tools.translations` (from a checkout).

1. `pyside6-lupdate -extensions py src/debtdesk -ts resources/translations/debtdesk_zh_Hans.ts …`
   collects every literal of `tr()`, `translate("Ctx", …)` and `QT_TRANSLATE_NOOP` into the
   Qt Linguist sources (new texts arrive unfinished; texts gone from the code are dropped);
2. `pyside6-lrelease` compiles each into `src/debtdesk/resources/translations/*.qm`, the
   package data the window and the command line load.

Translate the unfinished messages in between with Qt Linguist (`pyside6-linguist FILE.ts`)
or any editor, then run the command again.  `--check` changes nothing and exits with 1
when a catalogue misses texts of the code or a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "src" / "debtdesk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "resources" / "translations"
#: catalogue suffix -> the Qt target language written into the .ts
CATALOGUES = {"zh_Hans": "zh_CN", "zh_Hant": "zh_TW"}


def tool(name: str) -> str:
    """The Qt tool shipped inside the PySide6 wheel (`lupdate`, `lrelease`), or pyside6-NAME on PATH."""
    import PySide6

    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment.")
    return found


def ts_path(suffix: str, folder: Path = TS_DIR) -> Path:
    return folder / f"debtdesk_{suffix}.ts"


def qm_path(suffix: str, folder: Path = QM_DIR) -> Path:
    return folder / f"debtdesk_{suffix}.qm"


def lupdate(ts: Path, language: str) -> None:
    # Argument order matters: the options before the source folder, then -ts.
    subprocess.run([tool("lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", language, "-silent",
                    str(SOURCES), "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for suffix, language in CATALOGUES.items():
        lupdate(ts_path(suffix), language)
        lrelease(ts_path(suffix), qm_path(suffix))
        print(f"{ts_path(suffix).relative_to(ROOT)} -> {qm_path(suffix).relative_to(ROOT)}")


def check() -> list[str]:
    """What is out of date, as sentences (nothing when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, language in CATALOGUES.items():
            copy = ts_path(suffix, Path(tmp))
            shutil.copyfile(ts_path(suffix), copy)
            lupdate(copy, language)
            if copy.read_bytes() != ts_path(suffix).read_bytes():
                problems.append(f"{ts_path(suffix).name} does not match the texts in the code: run "
                                f"python -m debtdesk.tools.translations and translate what is new.")
            built = qm_path(suffix, Path(tmp))
            lrelease(ts_path(suffix), built)
            if not qm_path(suffix).exists() or not filecmp.cmp(built, qm_path(suffix), shallow=False):
                problems.append(f"{qm_path(suffix).name} is not built from the current {ts_path(suffix).name}: "
                                f"run python -m debtdesk.tools.translations.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m debtdesk.tools.translations", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "The catalogues are up to date.")
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
