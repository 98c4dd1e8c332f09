"""When and how an exported letter was sent, as the letters history records it.

Exporting a PDF is not sending it: the history shows what went out, on which
day and by which channel, so the borrower can later prove a request was made
(and when a lender's reply is overdue).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from debtdesk.domain.validation import FieldError, _Reader


class SentVia(str, enum.Enum):
    REGISTERED_POST = "registered-post"  # 挂号信 / EMS: proof of posting and delivery
    POST = "post"
    EMAIL = "email"
    APP = "app"  # the lender's app or online customer service
    IN_PERSON = "in-person"
    OTHER = "other"


@dataclass(frozen=True)
class Sending:
    on: date
    via: SentVia


def parse_sending(raw: Mapping[str, object], exported_on: date, today: date) -> tuple[Sending | None, list[FieldError]]:
    """Read 'sent_on' (YYYY-MM-DD) and 'sent_via'; a letter is sent on or after its export, never in the future."""
    r = _Reader(raw)
    on = r.day("sent_on")
    via = r.choice("sent_via", SentVia)
    if on is not None and on < exported_on:
        r.fail("sent_on", "Before the letter was exported ({date}).", date=exported_on.isoformat())
    elif on is not None and on > today:
        r.fail("sent_on", "In the future: mark a letter once it is sent (today is {date}).", date=today.isoformat())
    if r.errors:
        return None, r.errors
    assert on is not None and via is not None  # both required: missing, each is an error above
    return Sending(on, via), []
