"""Attached files encrypted at rest, beside an encrypted data file.

Why: SQLCipher encrypts the data file, but ID scans, medical papers and
call recordings are attached as files in a folder beside it.  When the data
file is encrypted, each attached file is "sealed": encrypted with AES-256-GCM
under a random key kept inside the encrypted data file (so it is as safe
as the passphrase, and changing how the data file is encrypted never needs
the files to be rewritten).

Layout of a sealed file: an 8-byte magic, an 8-byte random nonce prefix,
then the content in chunks of at most `CHUNK` bytes, each encrypted
separately (nonce = prefix + chunk number; the last chunk is marked in its
associated data), so a file of any size is sealed and read in bounded
memory, and a truncated, reordered or altered file is refused rather than
read wrong.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # cryptography is imported only when a sealed file is met
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DDSEAL1\n"
CHUNK = 1 << 16
_TAG = 16
_PREFIX = 8
HEADER_SIZE = len(MAGIC) + _PREFIX


class SealError(ValueError):
    """A sealed file that cannot be opened with this key, or was altered."""


def new_key() -> bytes:
    return secrets.token_bytes(32)


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def sealed_size(plain_size: int) -> int:
    """The size on disk of a sealed file whose content is `plain_size` bytes."""
    chunks = max(1, -(-plain_size // CHUNK))
    return HEADER_SIZE + plain_size + chunks * _TAG


def _nonce(prefix: bytes, number: int) -> bytes:
    return prefix + number.to_bytes(4, "big")


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # only when a sealed file is met

    return AESGCM(key)


class SealWriter:
    """Seal content written in blocks of any size into an open binary file."""

    def __init__(self, out: BinaryIO, key: bytes):
        self._out = out
        self._aead = _aead(key)
        self._prefix = secrets.token_bytes(_PREFIX)
        self._pending = b""
        self._number = 0
        out.write(MAGIC + self._prefix)

    def write(self, block: bytes) -> None:
        self._pending += block
        while len(self._pending) > CHUNK:  # keep at least one byte back: the last chunk is marked
            self._emit(self._pending[:CHUNK], last=False)
            self._pending = self._pending[CHUNK:]

    def close(self) -> None:
        self._emit(self._pending, last=True)
        self._pending = b""

    def _emit(self, chunk: bytes, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._prefix, self._number), chunk, b"\x01" if last else b"\x00"))
        self._number += 1


def read_sealed(path: Path, key: bytes) -> Iterator[bytes]:
    """The content of a sealed file, chunk by chunk; SealError if it was altered or the key is wrong."""
    from cryptography.exceptions import InvalidTag

    aead = _aead(key)
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise SealError(f"{Path(path).name} is not a sealed file.")
        prefix = handle.read(_PREFIX)
        number = 0
        block = handle.read(CHUNK + _TAG)
        while True:
            following = handle.read(CHUNK + _TAG)
            last = not following
            try:
                yield aead.decrypt(_nonce(prefix, number), block, b"\x01" if last else b"\x00")
            except InvalidTag:
                raise SealError(f"{Path(path).name} cannot be read with this file's key, or it was altered.") from None
            if last:
                return
            block, number = following, number + 1


def content_facts(path: Path, key: bytes | None) -> tuple[int, str]:
    """The size and SHA-256 of a stored file's content, whether it is sealed or plain."""
    digest = hashlib.sha256()
    size = 0
    if is_sealed(path):
        if key is None:
            raise SealError(f"{Path(path).name} is encrypted, but this data file holds no key for it.")
        blocks: Iterator[bytes] = read_sealed(path, key)
    else:
        blocks = _plain_blocks(path)
    for block in blocks:
        size += len(block)
        digest.update(block)
    return size, digest.hexdigest()


def _plain_blocks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        yield from iter(lambda: handle.read(CHUNK), b"")


def rewrite(path: Path, key: bytes, seal: bool) -> bool:
    """Seal (or unseal) one stored file in place, crash-safely; False if it already was.

    The new form is written under a `.part` name, synced and renamed over the
    old one, so a kill leaves either the old file or the new one, never half.
    """
    from debtdesk.store import private

    if is_sealed(path) == seal:
        return False
    part = path.with_name(f".incoming-{secrets.token_hex(8)}.part")  # swept like an interrupted copy
    try:
        with private.open_new(part) as out:
            if seal:
                writer = SealWriter(out, key)
                for block in _plain_blocks(path):
                    writer.write(block)
                writer.close()
            else:
                for block in read_sealed(path, key):
                    out.write(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return True
