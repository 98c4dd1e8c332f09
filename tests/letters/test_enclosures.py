"""Enclosures follow the letter's language unless the user named the item themselves."""

from __future__ import annotations

from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus
from debtdesk.letters.content import enclosure_title


def item(title: str, key: str = "identity") -> EvidenceItem:
    return EvidenceItem(title, EvidenceStatus.OBTAINED, key)


def test_checklist_titles_follow_the_letter_language():
    english = item("Identity document (ID card or passport)")
    assert enclosure_title("zh-Hans", english) == "身份证复印件（或护照）"
    assert enclosure_title("zh-Hant", english) == "身分證影本（或護照）"
    assert enclosure_title("en", item("身份证复印件（或护照）")) == "Identity document (ID card or passport)"


def test_renamed_and_own_items_keep_their_names():
    assert enclosure_title("zh-Hans", item("My passport, pages 1-3")) == "My passport, pages 1-3"
    assert enclosure_title("en", item("医院证明", key="")) == "医院证明"
