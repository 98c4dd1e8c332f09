"""The store's exceptions; every message is one sentence for the user, in the reader's language.

Each error keeps its English template (marked with
`QT_TRANSLATE_NOOP("Store", …)` where it is raised, so lupdate collects it)
and the values that fill it.  `str(error)` is the English sentence, so logs
and existing callers keep working; the command line and the window show
`catalogue.error_text(error)` / `ui.msgbox.error_sentence(error)`, which look
the template up in the chosen language and fill it in there.  A value that is
itself a `Sentence` (a nested error, "the budget of 2026-11-01") is
translated the same way.
"""

from __future__ import annotations

from pathlib import Path

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP

#: The translation context of every store and service sentence.
CONTEXT = "Store"


def english(value) -> object:
    """A parameter as the English sentence shows it (a nested sentence or field error: its English text)."""
    if isinstance(value, str):
        return str(value)  # a Sentence is its English text already
    if hasattr(value, "template") and hasattr(value, "params"):
        return fill(value.template, dict(value.params))
    return value


def fill(template: str, params: dict) -> str:
    """A template with its values (a template given without values is already a sentence)."""
    if not params:
        return template
    return template.format(**{key: english(value) for key, value in params.items()})


class Sentence(str):
    """A marked English template and its values: a str (the English text) that is translated where it is shown."""

    context = CONTEXT

    def __new__(cls, template: str, /, **params):
        sentence = super().__new__(cls, fill(template, params))
        sentence.template = template
        sentence.params = params
        return sentence


class SentenceError(Exception):
    """An exception whose message is a marked template and its values; str() is the English sentence.

    `StoreError(QT_TRANSLATE_NOOP("Store", "There is no debt number {id}."), id=7)`;
    a single already-translated sentence (as the window raises) works too.
    """

    context = CONTEXT

    def __init__(self, template: str = "", /, **params):
        self.template = str(template)
        self.params = params
        super().__init__(fill(self.template, params))


class StoreError(SentenceError):
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
        if len(self.problems) > 1:
            super().__init__(QT_TRANSLATE_NOOP("Store", "{name} is damaged ({problem}, and {more} more problems); it "
                                               "was left untouched. Restore a backup, or rescue what is readable "
                                               "into a new file."),
                             name=self.path.name, problem=self.problems[0], more=len(self.problems) - 1)
        else:
            super().__init__(QT_TRANSLATE_NOOP("Store", "{name} is damaged ({problem}); it was left untouched. "
                                               "Restore a backup, or rescue what is readable into a new file."),
                             name=self.path.name, problem=self.problems[0])


class FileInUseError(StoreError):
    """Another program holds the file for writing."""

    def __init__(self, path: Path, holder: str):
        self.path = Path(path)
        self.holder = holder
        super().__init__(QT_TRANSLATE_NOOP("Store", "{name} is open in {holder}; close it there first (nothing was "
                                           "changed)."), name=self.path.name, holder=holder)


class ConflictError(StoreError):
    """A row changed (or vanished) since it was read: nothing was written, so no change is lost."""


class PassphraseNeededError(StoreError):
    """The file is encrypted and no passphrase was given for it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        # Random bytes look exactly like an encrypted file, so both are named.
        super().__init__(QT_TRANSLATE_NOOP("Store", "{name} cannot be read without a passphrase: it is encrypted, "
                                           "or it is not a DebtDesk file at all."), name=self.path.name)


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file (or the file is not a DebtDesk file at all)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(QT_TRANSLATE_NOOP("Store", "That passphrase does not open {name}; nothing was changed. "
                                           "Check it and try again."), name=self.path.name)
