"""Encrypting and decrypting killed at random moments: the household is always whole and readable.

Each round a child process converts the file (encrypts a plain one, decrypts
an encrypted one) and is SIGKILLed after a random delay: while it opens and
checks the file, exports it, renames it into place, seals or unseals the
attached files, or converts the backups.  After every kill the parent
checks that the file opens (with the passphrase if it is encrypted), holds
every row it held at the start, that every attached file reads back with
its original checksum, and that the next writer sweeps what the kill left.
Bounded to DEBTDESK_CRASH_SECONDS (default 20) for CI.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

from debtdesk.store import Store, backups, driver, encryption
from debtdesk.store.attachments import AttachmentStore, attachments_folder
from tests.store.safety_helpers import python
from tests.store.test_encryption import PASSPHRASE, dump

SECONDS = float(os.environ.get("DEBTDESK_CRASH_SECONDS", "20"))

CONVERT = """
import sys
from pathlib import Path
from debtdesk.store import encryption
path = Path(sys.argv[1])
if encryption.is_encrypted(path):
    encryption.decrypt(path, sys.argv[2])
else:
    encryption.encrypt(path, sys.argv[2])
print("done", flush=True)
"""


@pytest.fixture(autouse=True)
def forget_passphrases():
    yield
    driver._passphrases.clear()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_conversions_never_lose_or_garble_anything(household_path, tmp_path):
    rng = random.Random(int(os.environ.get("DEBTDESK_CRASH_SEED", "21")))
    with Store.open(household_path) as store:
        contact = store.conn.execute("SELECT min(id) FROM contacts").fetchone()[0]
        for number in range(3):
            source = tmp_path / f"evidence-{number}.bin"
            source.write_bytes(os.urandom(150_000 + number))
            AttachmentStore(store).add("contact", contact, source)
        backups.make(store, "manual")
    rows = dump(household_path)
    kills = finished = rounds = 0
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline or rounds < 6:
        rounds += 1
        child = python(CONVERT, household_path, PASSPHRASE)
        if rounds % 4:  # every fourth round runs to its end, so conversions also finish
            time.sleep(rng.uniform(0.02, 1.5))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        if child.returncode == -signal.SIGKILL:
            kills += 1
        else:
            assert child.returncode == 0 and out.strip() == "done", err
            finished += 1
        encrypted = encryption.is_encrypted(household_path)
        passphrase = PASSPHRASE if encrypted else None
        assert dump(household_path, passphrase) == rows, f"round {rounds}: rows changed"
        driver._passphrases.clear()
        if encrypted:
            driver.use_passphrase(household_path, PASSPHRASE)
        with Store.open(household_path) as store:  # a writer: sweeps what the kill left
            assert [r[0] for r in store.conn.execute("PRAGMA integrity_check")] == ["ok"]
            states = {status.value for _a, status in AttachmentStore(store).verify()}
            assert states == {"ok"}, f"round {rounds}: attached files {states}"
            AttachmentStore(store).prune()  # what the window does when its undo history goes
        leftovers = [p.name for p in household_path.parent.iterdir() if p.name.endswith(".importing")]
        leftovers += [p.name for p in attachments_folder(household_path).iterdir() if p.name.endswith(".part")]
        assert leftovers == [], f"round {rounds}: {leftovers}"
        assert all(b.schema_version is not None for b in backups.list_backups(household_path)) or kills
    print(f"{rounds} rounds: {kills} conversions killed, {finished} finished, every check passed")  # shown with -s
    assert kills >= 3 and finished >= 1, (kills, finished)
