"""Attached files (recordings, screenshots, letters): what is known about one, and safe names.

A file from outside keeps its original name only as a label.  The name it is
stored under is derived from its content: the SHA-256 checksum in hex plus a
cleaned extension, so a hostile or odd name ('../../etc/passwd', 'CON',
names with NUL, 200-character names) can never become a path, and the same
content is stored once.  Pure: no file is read or written here.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

MAX_EXTENSION = 10
MAX_ORIGINAL_NAME = 255
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_STORED_NAME = re.compile(rf"^[0-9a-f]{{64}}(\.[a-z0-9]{{1,{MAX_EXTENSION}}})?$")

#: Extensions that a desktop may run rather than show when the file is opened.
RISKY_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "lnk", "url", "hta", "cpl", "jar",
    "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "reg", "sh", "bash", "desktop",
    "command", "app", "run", "appimage", "py", "pyw", "pl", "rb", "apk", "deb", "rpm",
})


class AttachmentStatus(str, enum.Enum):
    OK = "ok"
    MISSING = "missing"  # deleted or moved outside the app
    CHANGED = "changed"  # its content no longer matches the checksum taken when attached


@dataclass(frozen=True)
class Attachment:
    id: int | None
    owner_kind: str  # 'contact', 'evidence', later 'agreement'
    owner_id: int
    original_name: str  # a label only, never a path
    stored_name: str  # '<sha256>.<ext>' inside the file's attachment folder
    sha256: str
    size: int
    added_at: datetime

    @property
    def extension(self) -> str:
        return self.stored_name.partition(".")[2]


def safe_extension(original_name: str) -> str:
    """The cleaned extension of a file name: ASCII letters and digits, lower case, at most 10.

    '' when there is none, or when what follows the last dot is not a usable
    extension ('a.tar.gz' gives 'gz'; '.bashrc', 'CON', 'notes.' give '').
    """
    base = last_component(original_name)
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem.strip(". "):
        return ""
    ext = "".join(ch for ch in ext.lower() if ch.isascii() and ch.isalnum())
    return ext if len(ext) <= MAX_EXTENSION else ""


def stored_name_for(original_name: str, sha256: str) -> str:
    """'<sha256>' or '<sha256>.<ext>': the only name a stored file ever has."""
    if not _SHA256.match(sha256):
        raise ValueError(f"not a SHA-256 checksum in lower-case hex: {sha256!r}")
    ext = safe_extension(original_name)
    return f"{sha256}.{ext}" if ext else sha256


def is_stored_name(name: str) -> bool:
    """True only for names `stored_name_for` can produce (checked before any path is built)."""
    return bool(_STORED_NAME.match(name))


def last_component(name: str) -> str:
    """What follows the last '/' or '\\' (a file name may come from any system)."""
    return re.split(r"[\\/]", name)[-1]


def clean_original_name(name: str) -> str:
    """The label kept for a file: its last path component, printable, at most 255 characters."""
    base = last_component(name)
    printable = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    printable = unicodedata.normalize("NFC", printable).strip()
    if len(printable) > MAX_ORIGINAL_NAME:
        ext = safe_extension(printable)
        keep = MAX_ORIGINAL_NAME - (len(ext) + 2 if ext else 1)
        printable = printable[:keep] + "…" + (f".{ext}" if ext else "")
    return printable or "file"


def is_risky(attachment: Attachment) -> bool:
    """Whether opening it might run a program instead of showing a document."""
    return attachment.extension in RISKY_EXTENSIONS


def format_size(size: int) -> str:
    """1,234 bytes -> '1.2 KB' (decimal units, as file managers show them)."""
    if size < 1000:
        return f"{size} B"
    shown = float(size)
    for unit in ("KB", "MB", "GB"):
        shown /= 1000
        if shown < 1000 or unit == "GB":
            return f"{shown:.1f} {unit}"
    return f"{shown:.1f} GB"  # pragma: no cover
