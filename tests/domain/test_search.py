"""Searching debts, contacts and evidence by what the user remembers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from debtdesk.domain.demo import demo_contacts, demo_debts
from debtdesk.domain.evidence import EvidenceItem
from debtdesk.domain.search import HitKind, search

AS_OF = date(2026, 11, 23)
DEBTS = [replace(d, id=n) for n, (d, _) in enumerate(demo_debts(AS_OF), 1)]
CONTACTS = [replace(c, id=n) for n, c in enumerate(demo_contacts(AS_OF), 1)]
EVIDENCE = [EvidenceItem("Hospital discharge record 出院记录", notes="ask ward 5 for the stamp", id=3)]


def find(query):
    return [(h.kind, h.id) for h in search(query, DEBTS, CONTACTS, EVIDENCE)]


def test_every_word_must_match_somewhere_in_the_record():
    assert find("zhao") == [(HitKind.CONTACT, 4), (HitKind.CONTACT, 3)]  # newest first
    assert find("zhao 22:40") == [(HitKind.CONTACT, 3)]
    assert find("zhao sister") == [(HitKind.CONTACT, 4)]
    assert find("nobody") == [] and find("   ") == []


def test_chinese_account_numbers_and_phone_numbers_ignore_spaces():
    assert find("建设银行")[0] == (HitKind.DEBT, 4)
    assert find("62258801") == [(HitKind.DEBT, 1)]  # typed without the spaces the file has
    assert find("021 5555") == [(HitKind.CONTACT, 3)]


def test_evidence_by_title_or_notes_and_the_snippet_shows_where():
    hits = search("ward", DEBTS, CONTACTS, EVIDENCE)
    assert [(h.kind, h.id) for h in hits] == [(HitKind.EVIDENCE, 3)] and "ward 5" in hits[0].snippet
    assert find("出院") == [(HitKind.EVIDENCE, 3)]


def test_a_hit_never_shows_a_full_account_number():
    hit = search("6225", DEBTS)[0]
    assert "6225 8801" not in hit.snippet + hit.title and hit.snippet == "•••• 6789"
