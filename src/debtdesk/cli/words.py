"""The command line's words for codes: the code itself in English, a word in Chinese.

English output keeps printing the codes scripts and the JSON use (`night`,
`mid`, `call`); the catalogue gives each code its Chinese word.  A test
checks that every member of these enums has its entry.
"""

from __future__ import annotations

from debtdesk.domain.contacts import Channel, Flag
from debtdesk.domain.overdue import Stage
from debtdesk.domain.rate_check import Figure
from debtdesk.i18n.catalogue import marked
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP

CODES = {
    Stage.CURRENT: QT_TRANSLATE_NOOP("CliWords", "current"),
    Stage.EARLY: QT_TRANSLATE_NOOP("CliWords", "early"),
    Stage.MID: QT_TRANSLATE_NOOP("CliWords", "mid"),
    Stage.LATE: QT_TRANSLATE_NOOP("CliWords", "late"),
    Stage.SEVERE: QT_TRANSLATE_NOOP("CliWords", "severe"),
    Channel.CALL: QT_TRANSLATE_NOOP("CliWords", "call"),
    Channel.SMS: QT_TRANSLATE_NOOP("CliWords", "sms"),
    Channel.APP: QT_TRANSLATE_NOOP("CliWords", "app"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("CliWords", "email"),
    Channel.LETTER: QT_TRANSLATE_NOOP("CliWords", "letter"),
    Channel.VISIT: QT_TRANSLATE_NOOP("CliWords", "visit"),
    Flag.NIGHT: QT_TRANSLATE_NOOP("CliWords", "night"),
    Flag.TOO_MANY: QT_TRANSLATE_NOOP("CliWords", "too_many"),
    Flag.THIRD_PARTY: QT_TRANSLATE_NOOP("CliWords", "third_party"),
    Flag.THREATS: QT_TRANSLATE_NOOP("CliWords", "threats"),
    Flag.INSULTS: QT_TRANSLATE_NOOP("CliWords", "insults"),
    Flag.FALSE_LEGAL_CLAIMS: QT_TRANSLATE_NOOP("CliWords", "false_legal_claims"),
    Flag.IMPERSONATION: QT_TRANSLATE_NOOP("CliWords", "impersonation"),
}

#: Attached files: ok, missing, changed since attached.
FILE_STATES = {
    "ok": QT_TRANSLATE_NOOP("CliWords", "ok"),
    "missing": QT_TRANSLATE_NOOP("CliWords", "missing"),
    "changed": QT_TRANSLATE_NOOP("CliWords", "changed"),
}

#: Reference rate lines, by code.
LINES = {
    "licensed-24": QT_TRANSLATE_NOOP("CliWords", "licensed-24"),
    "licensed-36": QT_TRANSLATE_NOOP("CliWords", "licensed-36"),
    "private-4lpr": QT_TRANSLATE_NOOP("CliWords", "private-4lpr"),
}

FIGURES = {
    Figure.APR: QT_TRANSLATE_NOOP("CliWords", "true APR"),
    Figure.CONTRACT: QT_TRANSLATE_NOOP("CliWords", "contract rate"),
    Figure.PENALTY: QT_TRANSLATE_NOOP("CliWords", "penalty rate"),
}


def word(value) -> str:
    """The code of an enum member in the chosen language."""
    if isinstance(value, Figure):
        return marked("CliWords", FIGURES[value])
    return marked("CliWords", CODES[value])


def line_word(code: str) -> str:
    """A rate line's code in the chosen language (a code of a newer file: as it is)."""
    return marked("CliWords", LINES[code]) if code in LINES else code


def file_state(state: str) -> str:
    return marked("CliWords", FILE_STATES[state])


def code_word(code: str, enum_type) -> str:
    """A code as the JSON holds it ('night') in the chosen language."""
    return word(enum_type(code))
