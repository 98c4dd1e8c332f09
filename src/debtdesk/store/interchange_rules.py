"""The interchange format's rules: limits, value checks, references, meaning.

Kept apart from the reading and writing in `interchange.py`: this module says
what a valid document is, column by column, and nothing else.  There is no
limit on the number of rows or the file's size (a household's own export must
always import); the limits are per value and per row.  Rules within one row
run as each row is read (`check_row_meaning`); rules across rows run in SQL
over the rows already inserted into the file being built (`check_references`,
`check_meaning`), so no row is held in memory for them.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import datetime
from decimal import Decimal
from typing import Callable, Optional

from debtdesk.domain.agreement import OnBreach, Outcome, Source, terms_from_dict
from debtdesk.domain.attachments import MAX_ORIGINAL_NAME, is_stored_name
from debtdesk.domain.budget import BUDGET_NAME_LIMIT, LABEL_LIMIT, Direction, Frequency
from debtdesk.domain.contacts import CONTACT_TEXT_LIMITS, Channel, parse_occurred_at
from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.debt import (
    DAYS_PER_YEAR, LenderKind, PaymentOrder, PenaltyBase, ProductKind, RateBasis, RepaymentMethod,
)
from debtdesk.domain.evidence import TITLE_LIMIT, EvidenceStatus
from debtdesk.domain.sending import SentVia
from debtdesk.domain.proposal_options import options_from_dict
from debtdesk.domain.time_limits import LegalEventKind
from debtdesk.domain.validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_AMOUNT,
    MAX_ANNUAL_RATE,
    MAX_GRACE_DAYS,
    MAX_TERM_MONTHS,
    TEXT_LIMITS,
)
from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver
from debtdesk.store.errors import Sentence, SentenceError
from debtdesk.store.interchange_schema import Schema
from debtdesk.store.agreements import agreement_from_row, event_from_row
from debtdesk.store.migrations import TABLES
from debtdesk.store.rows import debt_from_row, lender_from_row, payment_from_row


# Each imported row's key and place in the document, in a temporary database (see interchange_load).
ROW_INDEX = "import_rows.rows"
MAX_TEXT = 100_000  # characters, for text without a tighter domain limit
MAX_MINOR = int(MAX_AMOUNT * 100)
INT64 = 2**63 - 1

# attachments.owner_kind -> the table its owner_id points into.
OWNER_TABLES = {"contact": "contacts", "evidence": "evidence_items", "reply": "letter_outcomes",
                "agreement": "agreements", "legal_event": "legal_events"}


class InterchangeError(SentenceError):
    """Export or import failed; the message is one sentence for the user."""


def parse_json(text: str) -> object:
    """json.loads without NaN/Infinity and without silently dropped duplicate keys."""
    return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)


# Decodes one row (or header value) of a document with the same refusals as `parse_json`.
STRICT_DECODER = json.JSONDecoder(parse_constant=lambda name: _refuse_constant(name),
                                  object_pairs_hook=lambda pairs: _unique_keys(pairs))


def _refuse_constant(name: str) -> object:
    raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file contains {name}, which is not a number JSON allows."),
                           name=name)


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The key {key!r} appears twice in one JSON "
                                                                  "object."), key=key)
            seen.add(key)
    return result


# -- import: what the values mean ------------------------------------------------

_Rule = Callable[[object], Optional[str]]
_CURRENCY = re.compile(r"[A-Z]{3}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")


def no_rule(value: object) -> None:
    return None


def _one_of(values) -> _Rule:
    allowed = [getattr(v, "value", v) for v in values]
    return lambda v: None if v in allowed else Sentence(
        QT_TRANSLATE_NOOP("Store", "{value!r} is not one of: {allowed}"), value=v, allowed=", ".join(allowed))


def _between(low: object, high: object) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "must be between {low} and {high}"), low=low, high=high)


def _between_days(low: int, high: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "must be between {low} and {high} days"), low=low, high=high)


def _between_months(low: int, high: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "must be between {low} and {high} months"), low=low, high=high)


def _between_bytes(low: int, high: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "must be between {low} and {high} bytes"), low=low, high=high)


def _between_or_null(low: int, high: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "must be between {low} and {high} (or null)"), low=low, high=high)


def _whole(low: int, high: int, problem: Callable[[int, int], Sentence] = _between) -> _Rule:
    """A whole number in [low, high]; `problem` is one of the `_between…` sentences (each names its unit)."""
    return lambda v: None if low <= v <= high else problem(low, high)


def _cents(positive: bool = False) -> _Rule:
    def check(v):
        if v < (1 if positive else 0):
            if positive:
                return Sentence(QT_TRANSLATE_NOOP("Store", "must be a positive whole number of cents"))
            return Sentence(QT_TRANSLATE_NOOP("Store", "must be a whole number of cents, 0 or more"))
        return None if v <= MAX_MINOR else Sentence(QT_TRANSLATE_NOOP("Store", "must be at most {most} cents"),
                                                    most=MAX_MINOR)
    return check


def _decimal(low: Decimal, high: Decimal, positive: bool = False) -> _Rule:
    def check(v):
        if not _DECIMAL.fullmatch(v) or len(v) > 40:
            return Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not a decimal number written as text (such as "
                                                       "\"0.049\")"), value=v)
        number = Decimal(v)
        if positive and (number <= low or number > high):
            return Sentence(QT_TRANSLATE_NOOP("Store", "must be above {low} and at most {high}"), low=low, high=high)
        if not low <= number <= high:
            return Sentence(QT_TRANSLATE_NOOP("Store", "must be at least {low} and at most {high}"), low=low, high=high)
        return None
    return check


def _matches(pattern: re.Pattern, what: Sentence) -> _Rule:
    return lambda v: None if pattern.fullmatch(v) else Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not {what}"),
                                                                value=v, what=what)


def _not_blank(v: str) -> Optional[str]:
    return None if v.strip() else Sentence(QT_TRANSLATE_NOOP("Store", "must not be empty"))


@functools.lru_cache(maxsize=4096)  # a large file repeats the same few thousand dates
def _date(v: str) -> Optional[str]:
    try:
        day = parse_iso_date(v)
    except ValueError:
        day = None
    if day is None or day.isoformat() != v:
        return Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not a date in the form YYYY-MM-DD"), value=v)
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return _between(EARLIEST_DATE, LATEST_DATE)
    return None


def _not_a_minute(v: str) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not a date and time in the form YYYY-MM-DD HH:MM"),
                    value=v)


def _minute(v: str) -> Optional[str]:
    try:
        parse_occurred_at(v)
    except ValueError:
        return _not_a_minute(v)
    return None if v == v.strip() else _not_a_minute(v)


def _timestamp(v: str) -> Optional[str]:
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not a date and time in the form "
                                                   "YYYY-MM-DDTHH:MM:SS"), value=v)
    return None


# Why a JSON text column holding something other than an object is refused (a nested reason).
NOT_AN_OBJECT = Sentence(QT_TRANSLATE_NOOP("Store", "not a JSON object"))


def _json_object_problem(v: str, read: Callable[[dict], object]) -> object:
    """None when `v` is a JSON object `read` accepts; otherwise why not (a Sentence or the exception)."""
    try:
        value = parse_json(v)
        if not isinstance(value, dict):
            return NOT_AN_OBJECT
        read(value)
    except (InterchangeError, RecursionError, ValueError, TypeError, ArithmeticError) as exc:
        return exc
    return None


def _proposal_options(v: str) -> Optional[str]:
    problem = _json_object_problem(v, options_from_dict)
    return None if problem is None else Sentence(QT_TRANSLATE_NOOP("Store", "not valid proposal options ({exc})"),
                                                 exc=problem)


def _agreement_terms(v: str) -> Optional[str]:
    problem = _json_object_problem(v, terms_from_dict)
    return None if problem is None else Sentence(QT_TRANSLATE_NOOP("Store", "not valid agreement terms ({exc})"),
                                                 exc=problem)


COLUMN_TEXT_LIMITS = {
    ("lenders", "name"): TEXT_LIMITS["lender"],
    **{("debts", name): TEXT_LIMITS[name] for name in ("account_number", "contacts", "notes")},
    ("payments", "note"): TEXT_LIMITS["note"],
    **{("contacts", name): limit for name, limit in CONTACT_TEXT_LIMITS.items()},
    ("attachments", "original_name"): MAX_ORIGINAL_NAME,
    ("budgets", "name"): BUDGET_NAME_LIMIT,
    ("budget_lines", "label"): LABEL_LIMIT,
    ("agreements", "clause"): 5000,
    ("agreements", "notes"): 10000,
    ("agreements", "end_reason"): 500,
    ("letter_outcomes", "notes"): 10000,
    ("legal_events", "title"): 200,
    ("legal_events", "notes"): 10000,
    ("evidence_items", "title"): TITLE_LIMIT,
}

_CURRENCY_CODE = _matches(_CURRENCY, Sentence(QT_TRANSLATE_NOOP("Store", "a three-letter currency code in capitals, "
                                                                         "such as CNY")))
_CHECKSUM = _matches(_SHA256, Sentence(QT_TRANSLATE_NOOP("Store", "a SHA-256 checksum (64 lower-case hex digits)")))


def _stored_name(v: str) -> Optional[str]:
    return None if is_stored_name(v) else Sentence(QT_TRANSLATE_NOOP("Store", "{value!r} is not a stored file name"),
                                                   value=v)


# (table, column) -> a check of a non-null value of the right type: None, or what is wrong.
RULES: dict[tuple[str, str], _Rule] = {
    ("lenders", "name"): _not_blank,
    ("lenders", "kind"): _one_of(LenderKind),
    **{("lenders", f"{stage}_from"): _whole(1, 36500, _between_days) for stage in ("early", "mid", "late", "severe")},
    ("debts", "kind"): _one_of(ProductKind),
    ("debts", "currency"): _CURRENCY_CODE,
    ("debts", "principal_minor"): _cents(positive=True),
    ("debts", "start_date"): _date,
    ("debts", "term_months"): _whole(1, MAX_TERM_MONTHS, _between_months),
    ("debts", "due_day"): _whole(1, 31, _between_or_null),
    ("debts", "rate"): _decimal(Decimal(0), MAX_ANNUAL_RATE),
    ("debts", "rate_basis"): _one_of(RateBasis),
    ("debts", "method"): _one_of(RepaymentMethod),
    ("debts", "grace_days"): _whole(0, MAX_GRACE_DAYS, _between_days),
    ("debts", "penalty_markup"): _decimal(Decimal(0), Decimal(5)),
    ("debts", "penalty_base"): _one_of(PenaltyBase),
    ("debts", "late_fee_minor"): _cents(),
    ("debts", "late_fee_share"): _decimal(Decimal(0), Decimal(1)),
    ("debts", "min_payment_share"): _decimal(Decimal(0), Decimal(1), positive=True),
    ("debts", "min_payment_floor_minor"): _cents(),
    ("debts", "upfront_fee_minor"): _cents(),
    ("debts", "payment_order"): _one_of(PaymentOrder),
    ("debts", "compound_penalty"): _whole(0, 1),
    ("debts", "penalty_rate"): _decimal(Decimal(0), MAX_ANNUAL_RATE),
    ("debts", "priority"): _whole(0, 1),
    ("payments", "paid_on"): _date,
    ("payments", "amount_minor"): _cents(positive=True),
    ("contacts", "occurred_at"): _minute,
    ("contacts", "channel"): _one_of(Channel),
    ("attachments", "owner_kind"): _one_of(OWNER_TABLES),
    ("attachments", "stored_name"): _stored_name,
    ("attachments", "sha256"): _CHECKSUM,
    ("attachments", "size"): _whole(0, INT64, _between_bytes),
    ("attachments", "added_at"): _timestamp,
    ("budgets", "taken_on"): _date,
    ("budgets", "currency"): _CURRENCY_CODE,
    ("budget_lines", "direction"): _one_of(Direction),
    ("budget_lines", "amount_minor"): _cents(),
    ("budget_lines", "frequency"): _one_of(Frequency),
    ("evidence_items", "title"): _not_blank,
    ("evidence_items", "status"): _one_of(EvidenceStatus),
    **{("evidence_items", name): _date for name in ("requested_on", "obtained_on", "sent_on")},
    ("proposals", "created_on"): _date,
    ("proposals", "options"): _proposal_options,
    ("letters", "created_on"): _date,
    ("letters", "sha256"): _CHECKSUM,
    ("letters", "size"): _whole(0, INT64, _between_bytes),
    ("letters", "sent_on"): _date,
    ("letters", "sent_via"): _one_of(["", *SentVia]),
    ("household_plans", "currency"): _CURRENCY_CODE,
    ("household_plans", "start_on"): _date,
    ("household_plans", "lump_sum_minor"): _cents(),
    ("letter_outcomes", "outcome"): _one_of(Outcome),
    ("letter_outcomes", "replied_on"): _date,
    ("letter_outcomes", "answer_by"): _date,
    ("letter_outcomes", "terms"): _agreement_terms,
    ("agreements", "source"): _one_of(Source),
    ("agreements", "signed_on"): _date,
    ("agreements", "start_date"): _date,
    ("agreements", "terms"): _agreement_terms,
    ("agreements", "on_breach"): _one_of(OnBreach),
    ("agreements", "ended_on"): _date,
    ("legal_events", "kind"): _one_of(LegalEventKind),
    ("legal_events", "on_date"): _date,
    ("legal_events", "days"): _whole(1, 365, _between_days),
    ("legal_events", "deadline"): _date,
}


# What a row failed to be read as, in "{where}: cannot be read as {what} ({exc})."; made once, not per row.
A_PAYMENT = Sentence(QT_TRANSLATE_NOOP("Store", "a payment"))
A_DEBT = Sentence(QT_TRANSLATE_NOOP("Store", "a debt"))
READERS = {"agreements": (Sentence(QT_TRANSLATE_NOOP("Store", "an agreement")), agreement_from_row),
           "legal_events": (Sentence(QT_TRANSLATE_NOOP("Store", "a legal event")), event_from_row)}


# The tables `check_row_meaning` has rules for (other rows need no dict made for it).
ROW_MEANING_TABLES = frozenset({"debts", "payments", *READERS})


def check_row_meaning(table: str, index: int, row: dict) -> None:
    """Rules across the columns of one row, and a read through the app's own row mapping."""
    where = f"{table}[{index}]"
    if table == "debts":
        per_year = DAYS_PER_YEAR if row["rate_basis"] == RateBasis.DAILY.value else 1
        if Decimal(row["rate"]) * per_year > MAX_ANNUAL_RATE:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.rate: above 1000% a year; check the rate and "
                                                              "whether it is annual or daily."), where=where)
        if row["upfront_fee_minor"] >= row["principal_minor"]:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.upfront_fee_minor: must be less than "
                                                              "principal_minor."), where=where)
    elif table == "payments":
        _read(where, A_PAYMENT, lambda: payment_from_row(row))
    elif table in READERS:
        what, read = READERS[table]
        errors = _read(where, what, lambda: read(row)).errors()
        if errors:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}.{field}: {message}"),
                                   where=where, field=errors[0].field, message=errors[0])


def _place_of(table: str, key_sql: str) -> str:
    """SQL for a row's place in the document (see `ROW_INDEX`), for ordering and messages."""
    return f"(SELECT idx FROM {ROW_INDEX} WHERE tbl = '{table}' AND key = {key_sql})"


def check_references(conn: driver.Connection, schema: Schema) -> None:
    """Every reference points at a row in the document (the schema's, and attachment owners).

    Checked in SQL over the rows inserted so far, so no set of keys is held in memory.
    """
    for table in TABLES:
        pointers = [(name, target, None) for name, target in schema.references[table].items()]
        if table == "attachments":
            pointers += [("owner_id", target, owner_kind) for owner_kind, target in OWNER_TABLES.items()]
        place = _place_of(table, f'c."{schema.key[table]}"')
        for name, target, owner_kind in pointers:
            only_kind = "AND c.owner_kind = ?" if owner_kind else ""
            found = conn.execute(
                f'SELECT {place} AS place, c."{name}" FROM main."{table}" c WHERE c."{name}" IS NOT NULL {only_kind} '
                f'AND NOT EXISTS (SELECT 1 FROM main."{target}" t WHERE t."{schema.key[target]}" = c."{name}") '
                "ORDER BY place LIMIT 1", (owner_kind,) if owner_kind else ()).fetchone()
            if found:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}].{name}: points to {target} "
                                                                  "id {value}, which is not in the file."),
                                       table=table, index=found[0], name=name, target=target, value=found[1])


def check_meaning(conn: driver.Connection, schema: Schema) -> None:
    """Rules across rows: each debt read with its lender, no payment before its debt started."""
    debts = conn.cursor()
    debts.row_factory = driver.Row
    lenders = conn.cursor()
    lenders.row_factory = driver.Row
    for row in debts.execute(f"SELECT {_place_of('debts', 'd.id')} AS place, d.* FROM main.debts d ORDER BY place"):
        lender = lender_from_row(dict(lenders.execute("SELECT * FROM main.lenders WHERE id = ?",
                                                      (row["lender_id"],)).fetchone()))
        _read(f"debts[{row['place']}]", A_DEBT, lambda: debt_from_row(dict(row), lender))
    early = conn.execute(f"SELECT {_place_of('payments', 'p.id')} AS place, p.paid_on, d.id, d.start_date "
                         "FROM main.payments p JOIN main.debts d ON d.id = p.debt_id "
                         "WHERE p.paid_on < d.start_date ORDER BY place LIMIT 1").fetchone()
    if early:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "payments[{index}].paid_on: {paid_on} is before the "
                                                          "start date of debt {debt_id} ({value})."),
                               index=early[0], paid_on=early[1], debt_id=early[2], value=early[3])


def _read(where: str, what: Sentence, convert: Callable):
    try:
        return convert()
    except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{where}: cannot be read as {what} ({exc})."),
                               where=where, what=what, exc=exc) from None
