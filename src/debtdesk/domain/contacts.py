"""Collector contacts and the red flags that conduct rules raise (DOMAIN.md section 5).

A contact is what the borrower writes down after a call, message or visit.
Flags are computed, never stored: from the time of day, the number of
contacts that day, and the conduct the borrower ticked (threats, contact
with family, ...).  Thresholds live in `ContactRules`, editable by the user.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Iterable


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
    per_day = Counter((c.occurred_at.date(), c.company.strip().casefold()) for c in ordered)
    return [(c, flags_for(c, per_day[(c.occurred_at.date(), c.company.strip().casefold())], rules))
            for c in ordered]
