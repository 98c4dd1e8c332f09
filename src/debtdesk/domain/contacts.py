"""Collector contacts and the red flags that conduct rules raise (DOMAIN.md section 5).

A contact is what the borrower writes down after a call, message or visit.
Flags come from the time of day, the number of contacts that day, and the
conduct the borrower ticked (threats, contact with family, ...).  These
rules are the only home of the flagging logic: the store applies them when a
contact is written (and again for every contact when the rules change) and
keeps the result, so readers never re-flag 100,000 contacts.  Thresholds
live in `ContactRules`, editable by the user; its defaults are the only ones.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Iterable, Iterator, Mapping

from debtdesk.domain.validation import FieldError, _Reader


class Channel(str, enum.Enum):
    CALL = "call"
    SMS = "sms"
    APP = "app"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"


class Conduct(str, enum.Enum):
    """What a collector did that the rules forbid; ticked by the borrower."""

    THIRD_PARTY = "third_party"  # contacted family, employer or phone-book contacts
    THREATS = "threats"
    INSULTS = "insults"
    FALSE_LEGAL_CLAIMS = "false_legal_claims"  # e.g. "you will be arrested tomorrow"
    IMPERSONATION = "impersonation"  # posing as police, court or officials


class Flag(str, enum.Enum):
    NIGHT = "night"
    TOO_MANY = "too_many"
    THIRD_PARTY = "third_party"
    THREATS = "threats"
    INSULTS = "insults"
    FALSE_LEGAL_CLAIMS = "false_legal_claims"
    IMPERSONATION = "impersonation"


#: Tag value -> member: a table showing 100,000 contacts reads these a page at a time.
_CONDUCT_BY_VALUE = {c.value: c for c in Conduct}
_FLAG_BY_VALUE = {f.value: f for f in Flag}


@dataclass(frozen=True)
class ContactRules:
    """Defaults from DOMAIN.md: contact only 08:00–21:00, at most 3 a day."""

    day_starts: time = time(8, 0)
    day_ends: time = time(21, 0)
    max_per_day: int = 3

    def __post_init__(self) -> None:
        if self.day_starts >= self.day_ends:
            raise ValueError("the allowed contact hours must start before they end")
        if self.max_per_day < 1:
            raise ValueError("the daily contact limit must be at least 1")


@dataclass(frozen=True)
class Contact:
    occurred_at: datetime  # local time, as the borrower experienced it
    channel: Channel
    company: str = ""
    agent: str = ""
    phone: str = ""
    summary: str = ""
    promises: str = ""
    conduct: frozenset[Conduct] = field(default_factory=frozenset)
    debt_id: int | None = None
    id: int | None = None


def company_key(company: str) -> str:
    """How companies are compared when counting a day's contacts ('Bank ' and 'bank' are one)."""
    return company.strip().casefold()


def flags_to_text(flags: Iterable[Flag]) -> str:
    """Space-separated flag values in the enum's order (how the store keeps them)."""
    chosen = set(flags)
    return " ".join(f.value for f in Flag if f in chosen)


def flags_from_text(text: str) -> frozenset[Flag]:
    """The inverse of `flags_to_text`; a value this version does not know is skipped."""
    return frozenset(_FLAG_BY_VALUE[word] for word in text.split() if word in _FLAG_BY_VALUE)


def flags_for(contact: Contact, same_day_count: int, rules: ContactRules) -> frozenset[Flag]:
    """The flags one contact raises, given how many contacts fell on its day."""
    found = {Flag(c.value) for c in contact.conduct}
    moment = contact.occurred_at.time()
    if moment < rules.day_starts or moment >= rules.day_ends:
        found.add(Flag.NIGHT)
    if same_day_count > rules.max_per_day:
        found.add(Flag.TOO_MANY)
    return frozenset(found)


def flag_log(contacts: Iterable[Contact], rules: ContactRules = ContactRules()) -> list[tuple[Contact, frozenset[Flag]]]:
    """Every contact with its flags, in time order.

    'Too many' counts contacts from the same company on the same calendar day
    (all contacts with no company named count together), and flags each of the
    day's contacts once the limit is passed.
    """
    ordered = sorted(contacts, key=lambda c: (c.occurred_at, c.id or 0))
    per_day = Counter((c.occurred_at.date(), company_key(c.company)) for c in ordered)
    return [(c, flags_for(c, per_day[(c.occurred_at.date(), company_key(c.company))], rules))
            for c in ordered]


_FLAG_RANK = {f.value: rank for rank, f in enumerate(Flag)}
_CONDUCT_VALUES = frozenset(c.value for c in Conduct)


def stored_flag_texts(rows: Iterable[tuple[int, str, str, str]],
                      rules: ContactRules = ContactRules()) -> Iterator[tuple[int, str]]:
    """(id, `flags_to_text`) of each flagged contact among contacts as stored:
    (id, 'YYYY-MM-DD HH:MM', company, conduct tags).

    `flag_log`'s rules (`flags_for` on the same day counts) worked on the
    stored text, without building a `Contact` each: the store re-flags a whole
    file of 100,000 contacts with it when the rules change.  The tests hold
    the two to the same answers.
    """
    rows = list(rows)
    per_day = Counter((at[:10], company_key(company)) for _, at, company, _ in rows)
    starts, ends = rules.day_starts.strftime("%H:%M:%S"), rules.day_ends.strftime("%H:%M:%S")
    for contact_id, at, company, conduct in rows:
        found = {word for word in conduct.split() if word in _CONDUCT_VALUES}
        clock = at[11:16] + ":00"
        if clock < starts or clock >= ends:
            found.add(Flag.NIGHT.value)
        if per_day[(at[:10], company_key(company))] > rules.max_per_day:
            found.add(Flag.TOO_MANY.value)
        if found:
            yield contact_id, " ".join(sorted(found, key=_FLAG_RANK.__getitem__))


# -- reading a contact from what the borrower typed ------------------------------------------

CONTACT_TEXT_LIMITS = {"company": 100, "agent": 100, "phone": 40, "summary": 4000, "promises": 4000}
_SINGLE_LINE = ("company", "agent", "phone")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$")
_TIME = re.compile(r"^\d{2}:\d{2}$")
EARLIEST_CONTACT = datetime(1950, 1, 1)
MAX_CONTACTS_PER_DAY = 1000


def format_occurred_at(moment: datetime) -> str:
    """'YYYY-MM-DD HH:MM': how a contact's time is shown and stored (sorts as text)."""
    return moment.strftime("%Y-%m-%d %H:%M")


def parse_occurred_at(text: str) -> datetime:
    """'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM'; ValueError otherwise."""
    match = _DATETIME.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date and time")
    return datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")


def conduct_to_text(conduct: Iterable[Conduct]) -> str:
    """Space-separated tag values, in the enum's order (how the store keeps them)."""
    chosen = set(conduct)
    return " ".join(c.value for c in Conduct if c in chosen)


def conduct_from_text(text: str) -> frozenset[Conduct]:
    """The inverse of `conduct_to_text`; a tag this version does not know is skipped."""
    return frozenset(_CONDUCT_BY_VALUE[word] for word in text.split() if word in _CONDUCT_BY_VALUE)


def _words(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.replace(",", " ").split()
    return [getattr(v, "value", str(v)) for v in value]  # type: ignore[union-attr]


def parse_contact(
    raw: Mapping[str, object],
    now: datetime,
    contact_id: int | None = None,
) -> tuple[Contact | None, list[FieldError]]:
    """Read a contact from raw field values; errors name the field, nothing half-read.

    Fields: occurred_at ('YYYY-MM-DD HH:MM' or with 'T'), channel (a `Channel`
    value), debt_id (empty for none), company, agent, phone, summary,
    promises, conduct (`Conduct` values, as a list or space-separated).  The
    time may not lie after `now` (the caller's clock, so tests can fix it).
    """
    r = _Reader(raw)
    occurred_at = _moment(r, now)
    channel = None
    channel_text = str(raw.get("channel") or "").strip()
    if not channel_text:
        r.fail("channel", "This field is required.")
    else:
        channel = r.choice("channel", Channel)
    debt_id = None
    debt_text = str(raw.get("debt_id") if raw.get("debt_id") is not None else "").strip()
    if debt_text and debt_text.lower() != "none":
        if debt_text.isdigit() and int(debt_text) > 0:
            debt_id = int(debt_text)
        else:
            r.fail("debt_id", "Unknown value {value!r}.", value=debt_text)
    texts = {name: _limited_text(r, name) for name in CONTACT_TEXT_LIMITS}
    conduct = set()
    for word in _words(raw.get("conduct")):
        try:
            conduct.add(Conduct(word))
        except ValueError:
            r.fail("conduct", "Unknown value {value!r}.", value=word)
    if r.errors:
        return None, r.errors
    return Contact(occurred_at=occurred_at, channel=channel, conduct=frozenset(conduct),
                   debt_id=debt_id, id=contact_id, **texts), []


def _moment(r: _Reader, now: datetime) -> datetime | None:
    text = str(r.raw.get("occurred_at") or "").strip()
    if not text:
        r.fail("occurred_at", "This field is required.")
        return None
    try:
        moment = parse_occurred_at(text)
    except ValueError:
        r.fail("occurred_at", "{text!r} is not a date and time (YYYY-MM-DD HH:MM).", text=text)
        return None
    if moment < EARLIEST_CONTACT:
        r.fail("occurred_at", "Must be after {first}.", first=format_occurred_at(EARLIEST_CONTACT))
        return None
    if moment > now:
        r.fail("occurred_at", "In the future: record a contact once it has happened (now is {now}).",
               now=format_occurred_at(now))
        return None
    return moment


def _limited_text(r: _Reader, name: str) -> str:
    value = str(r.raw.get(name) or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    limit = CONTACT_TEXT_LIMITS[name]
    if len(value) > limit:
        r.fail(name, "Too long: {length} characters, at most {limit}.", length=len(value), limit=limit)
    elif name in _SINGLE_LINE and any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        r.fail(name, "Must be a single line of text, without control characters.")
    elif any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        r.fail(name, "Contains a control character.")
    return value


def contact_to_raw(contact: Contact) -> dict[str, object]:
    """The inverse of `parse_contact`: field values as a form shows them."""
    return {
        "occurred_at": format_occurred_at(contact.occurred_at),
        "channel": contact.channel.value,
        "debt_id": "" if contact.debt_id is None else str(contact.debt_id),
        "company": contact.company,
        "agent": contact.agent,
        "phone": contact.phone,
        "summary": contact.summary,
        "promises": contact.promises,
        "conduct": [c.value for c in Conduct if c in contact.conduct],
    }


def parse_contact_rules(raw: Mapping[str, object]) -> tuple[ContactRules | None, list[FieldError]]:
    """Read the rules from 'HH:MM' times and a whole number."""
    r = _Reader(raw)
    times = {}
    for name in ("day_starts", "day_ends"):
        text = str(raw.get(name) or "").strip()
        try:
            if not _TIME.match(text):
                raise ValueError(text)
            times[name] = time.fromisoformat(text)
        except ValueError:
            r.fail(name, "{text!r} is not a time of day (HH:MM).", text=text)
    limit = r.number("max_per_day", minimum=1, maximum=MAX_CONTACTS_PER_DAY, integer=True)
    if len(times) == 2 and times["day_starts"] >= times["day_ends"]:
        r.fail("day_ends", "Must be later than the start of the allowed hours.")
    if r.errors:
        return None, r.errors
    return ContactRules(times["day_starts"], times["day_ends"], limit), []


def flag_counts(flagged: Iterable[tuple[Contact, frozenset[Flag]]]) -> dict[Flag, int]:
    """How many contacts raised each flag, in the enum's order (zeros left out)."""
    counts = Counter(flag for _, flags in flagged for flag in flags)
    return {flag: counts[flag] for flag in Flag if counts[flag]}
