"""The command line's words for codes: the code itself in English, a word in Chinese.

English output keeps printing the codes scripts and the JSON use (`night`,
`mid`, `call`); the catalogue gives each code its Chinese word.  A test
checks that every member of these enums has its entry.
"""

from __future__ import annotations

from debtdesk.domain.agreement import OnBreach, Outcome
from debtdesk.domain.agreement_check import RowState, Standing
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

#: Agreements: how one stands, how each agreed payment stands, what a breach brings, a letter's outcome.
#: (Separate tables: these are str enums, and "in_grace" is both a Standing and a RowState.)
STANDINGS = {
    Standing.NOT_STARTED: QT_TRANSLATE_NOOP("CliWords", "not_started"),
    Standing.ON_TRACK: QT_TRANSLATE_NOOP("CliWords", "on_track"),
    Standing.IN_GRACE: QT_TRANSLATE_NOOP("CliWords", "in_grace"),
    Standing.BROKEN: QT_TRANSLATE_NOOP("CliWords", "broken"),
    Standing.COMPLETED: QT_TRANSLATE_NOOP("CliWords", "completed"),
    Standing.ENDED: QT_TRANSLATE_NOOP("CliWords", "ended"),
}

ROW_STATES = {
    RowState.PAID: QT_TRANSLATE_NOOP("CliWords", "paid"),
    RowState.PAID_LATE: QT_TRANSLATE_NOOP("CliWords", "paid_late"),
    RowState.SHORT: QT_TRANSLATE_NOOP("CliWords", "short"),
    RowState.MISSED: QT_TRANSLATE_NOOP("CliWords", "missed"),
    RowState.IN_GRACE: QT_TRANSLATE_NOOP("CliWords", "in_grace"),
    RowState.DUE: QT_TRANSLATE_NOOP("CliWords", "due"),
    RowState.TO_COME: QT_TRANSLATE_NOOP("CliWords", "to_come"),
}

ON_BREACH = {
    OnBreach.REVIVES: QT_TRANSLATE_NOOP("CliWords", "revives"),
    OnBreach.ACCELERATES: QT_TRANSLATE_NOOP("CliWords", "accelerates"),
    OnBreach.OTHER: QT_TRANSLATE_NOOP("CliWords", "other"),
}

OUTCOMES = {
    Outcome.WAITING: QT_TRANSLATE_NOOP("CliWords", "waiting"),
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("CliWords", "accepted"),
    Outcome.COUNTER_OFFER: QT_TRANSLATE_NOOP("CliWords", "counter_offer"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("CliWords", "refused"),
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("CliWords", "no_answer"),
}

_TABLES = ((Standing, STANDINGS), (RowState, ROW_STATES), (OnBreach, ON_BREACH), (Outcome, OUTCOMES))

FIGURES = {
    Figure.APR: QT_TRANSLATE_NOOP("CliWords", "true APR"),
    Figure.CONTRACT: QT_TRANSLATE_NOOP("CliWords", "contract rate"),
    Figure.PENALTY: QT_TRANSLATE_NOOP("CliWords", "penalty rate"),
}


def word(value) -> str:
    """The code of an enum member in the chosen language."""
    if isinstance(value, Figure):
        return marked("CliWords", FIGURES[value])
    for kind, table in _TABLES:
        if isinstance(value, kind):
            return marked("CliWords", table[value])
    return marked("CliWords", CODES[value])


def line_word(code: str) -> str:
    """A rate line's code in the chosen language (a code of a newer file: as it is)."""
    return marked("CliWords", LINES[code]) if code in LINES else code


def file_state(state: str) -> str:
    return marked("CliWords", FILE_STATES[state])


def code_word(code: str, enum_type) -> str:
    """A code as the JSON holds it ('night') in the chosen language."""
    return word(enum_type(code))


#: What a count of each table's rows says ("3 debts"); a table of a newer file: "3 name".
TABLE_COUNTS = {
    "settings": QT_TRANSLATE_NOOP("CliWords", "{count} settings"),
    "lenders": QT_TRANSLATE_NOOP("CliWords", "{count} lenders"),
    "debts": QT_TRANSLATE_NOOP("CliWords", "{count} debts"),
    "payments": QT_TRANSLATE_NOOP("CliWords", "{count} payments"),
    "contacts": QT_TRANSLATE_NOOP("CliWords", "{count} collector contacts"),
    "attachments": QT_TRANSLATE_NOOP("CliWords", "{count} attachments"),
    "budgets": QT_TRANSLATE_NOOP("CliWords", "{count} budgets"),
    "budget_lines": QT_TRANSLATE_NOOP("CliWords", "{count} budget lines"),
    "evidence_items": QT_TRANSLATE_NOOP("CliWords", "{count} evidence items"),
    "proposals": QT_TRANSLATE_NOOP("CliWords", "{count} proposals"),
    "letters": QT_TRANSLATE_NOOP("CliWords", "{count} letters"),
    "household_plans": QT_TRANSLATE_NOOP("CliWords", "{count} household plans"),
    "letter_outcomes": QT_TRANSLATE_NOOP("CliWords", "{count} letter outcomes"),
    "agreements": QT_TRANSLATE_NOOP("CliWords", "{count} agreements"),
    "legal_events": QT_TRANSLATE_NOOP("CliWords", "{count} legal events"),
}


def table_counts(counts, keep_zero: bool = False) -> str:
    """{'debts': 3, 'payments': 40} as '3 debts, 40 payments' in the chosen language ('' when all are 0)."""
    from debtdesk.i18n.catalogue import translate

    parts = [marked("CliWords", TABLE_COUNTS[table]).format(count=n) if table in TABLE_COUNTS else f"{n} {table}"
             for table, n in counts.items() if n or keep_zero]
    return translate("Lists", ", ").join(parts)


def display_width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, right: bool = False) -> str:
    """The text padded to `width` terminal columns (right-aligned for numbers), so tables line up in Chinese."""
    space = " " * max(0, width - display_width(text))
    return space + text if right else text + space
