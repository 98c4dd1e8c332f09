"""The store's exceptions; every message is one sentence for the user."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A file could not be opened or changed; the message is for the user."""


def problem_lines(problems) -> list[str]:
    """SQLite's findings one per line (one row of its check may hold many), without its banner."""
    return [line.strip() for text in problems for line in str(text).splitlines()
            if line.strip() and not line.startswith("***")]


class DamagedFileError(StoreError):
    """SQLite's own check found damage; the file was not changed (rescue or restore it)."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = Path(path)
        self.problems = problem_lines(problems) or ["unknown damage"]
        first = self.problems[0]
        more = f", and {len(self.problems) - 1} more problems" if len(self.problems) > 1 else ""
        super().__init__(f"{self.path.name} is damaged ({first}{more}); it was left untouched. "
                         f"Restore a backup, or rescue what is readable into a new file.")


class FileInUseError(StoreError):
    """Another program holds the file for writing."""

    def __init__(self, path: Path, holder: str):
        self.path = Path(path)
        self.holder = holder
        super().__init__(f"{self.path.name} is open in {holder}; close it there first "
                         f"(nothing was changed).")


class ConflictError(StoreError):
    """A row changed (or vanished) since it was read: nothing was written, so no change is lost."""


class PassphraseNeededError(StoreError):
    """The file is encrypted and no passphrase was given for it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        # Random bytes look exactly like an encrypted file, so both are named.
        super().__init__(f"{self.path.name} cannot be read without a passphrase: it is encrypted, or it is not "
                         f"a DebtDesk file at all.")


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file (or the file is not a DebtDesk file at all)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"That passphrase does not open {self.path.name}; nothing was changed. "
                         f"Check it and try again.")
