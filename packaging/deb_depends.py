"""The .deb's Depends, read from the bundle itself (what dpkg-shlibdeps does for a normal package).

Every ELF file in the bundle names the libraries it needs (DT_NEEDED); those the
bundle does not carry must come from the system.  Each is found with ldconfig,
mapped to its Debian package with `dpkg -S`, and glibc's version is the highest
GLIBC_x.y symbol version any file asks for.  The X11 libraries Qt's xcb plugin
needs are named even though the bundle carries copies, so a desktop without
them gets them (CONVENTIONS: Qt aborts without libxcb-cursor0 and friends).

    python packaging/deb_depends.py dist/debtdesk     # prints the Depends value
    python packaging/deb_depends.py --check dist/debtdesk   # fails if a library resolves nowhere
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ALWAYS = ["libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libegl1", "libgl1",
          "libfontconfig1", "libxkbcommon-x11-0"]


def elf_files(root: Path):
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    return {tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)}


def system_libraries() -> dict[str, str]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        match = re.match(r"\s+(\S+) \((?:libc6,)?x86-64[^)]*\) => (\S+)", line)
        if match:
            found.setdefault(match.group(1), match.group(2))
    return found


def package_of(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve()), path.replace("/lib/", "/usr/lib/", 1)):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
    return None


def main(argv: list[str]) -> int:
    check = "--check" in argv
    root = Path(next(a for a in argv if a != "--check"))
    files = list(elf_files(root))
    bundled = {p.name for p in root.rglob("*")}
    missing: dict[str, set[str]] = {}
    glibc: set[tuple[int, ...]] = set()
    for path in files:
        for name in needed(path) - bundled:
            missing.setdefault(name, set()).add(str(path.relative_to(root)))
        glibc |= glibc_versions(path)
    system = system_libraries()
    unresolved = {name: users for name, users in missing.items() if name not in system}
    if check:
        for name, users in sorted(unresolved.items()):
            print(f"deb_depends: {name} is needed by {', '.join(sorted(users))} but found nowhere",
                  file=sys.stderr)
        return 1 if unresolved else 0
    packages = set(ALWAYS)
    for name in missing:
        if name in system:
            package = package_of(system[name])
            if package and package != "libc6":
                packages.add(package)
    libc = ".".join(map(str, max(glibc))) if glibc else "2.36"
    print(", ".join([f"libc6 (>= {libc})", *sorted(packages)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
