"""Finding a debt, a collector contact or an evidence item by what the user remembers of it.

Every word of the query must appear somewhere in the record (case ignored;
spaces inside account and phone numbers ignored), so "zhao 22:40" finds the
night call from Mr Zhao.  Pure: the caller reads the records from the file.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from debtdesk.domain.contacts import Contact, format_occurred_at
from debtdesk.domain.debt import Debt, mask_account
from debtdesk.domain.evidence import EvidenceItem

SNIPPET = 60  # characters of context shown around a match


class HitKind(str, enum.Enum):
    DEBT = "debt"
    CONTACT = "contact"
    EVIDENCE = "evidence"


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    id: int
    title: str  # what the record is called (lender, company and time, item title)
    snippet: str  # where the first word was found, shortened


def _fold(text: str) -> str:
    return text.casefold()


def _squeeze(text: str) -> str:
    return "".join(text.split()).casefold()


def _snippet(fields: list[str], word: str) -> str:
    for text in fields:
        at = _fold(text).find(word)
        if at >= 0:
            one_line = " ".join(text.split())
            at = _fold(one_line).find(word)
            if at < 0 or len(one_line) <= SNIPPET:
                return one_line[:SNIPPET] + ("…" if len(one_line) > SNIPPET else "")
            start = max(0, at - SNIPPET // 3)
            piece = one_line[start:start + SNIPPET]
            return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(one_line) else "")
    return ""


def _matches(words: list[str], fields: list[str], numbers: Sequence[str] = ()) -> bool:
    text = _fold("\n".join(fields))
    squeezed = "".join(_squeeze(n) for n in numbers)
    return all(word in text or (squeezed and _squeeze(word) in squeezed) for word in words)


def search(query: str, debts: Iterable[Debt] = (), contacts: Iterable[Contact] = (),
           evidence: Iterable[EvidenceItem] = (), limit: int = 200) -> list[Hit]:
    """Debts, then contacts (newest first), then evidence items whose text holds every word of `query`.

    A debt's full account number is searched but only its masked form is
    ever returned, so a hit list never shows the number in full.
    """
    words = [_fold(w) for w in query.split()]
    if not words:
        return []
    hits: list[Hit] = []
    # Only what is stored can be opened from a hit: a record without an id is never one.
    for debt in debts:
        if debt.id is None:
            continue
        fields = [debt.lender.name, debt.kind.value, debt.contacts, debt.notes]
        if _matches(words, fields, [debt.account_number]):
            shown = _snippet(fields[2:], words[0]) or mask_account(debt.account_number)
            hits.append(Hit(HitKind.DEBT, debt.id, debt.lender.name, shown))
    for contact in sorted(contacts, key=lambda c: c.occurred_at, reverse=True):
        if contact.id is None:
            continue
        when = format_occurred_at(contact.occurred_at)
        fields = [contact.company, contact.agent, contact.summary, contact.promises, when, contact.channel.value]
        if _matches(words, fields, [contact.phone]):
            title = " · ".join(part for part in (when, contact.company, contact.agent) if part)
            hits.append(Hit(HitKind.CONTACT, contact.id, title, _snippet(fields[2:4], words[0]) or contact.phone))
    for item in evidence:
        if item.id is None:
            continue
        fields = [item.title, item.notes]
        if _matches(words, fields):
            hits.append(Hit(HitKind.EVIDENCE, item.id, item.title, _snippet([item.notes], words[0])))
    return hits[:limit]
