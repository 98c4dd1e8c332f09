"""Letter outcomes, agreements and legal events in a file: attachments with checksums, undo, statuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal as D

import pytest

from debtdesk.domain.agreement import Agreement, AgreementTerms, Outcome, Source
from debtdesk.domain.attachments import AttachmentStatus
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.time_limits import LegalEvent, LegalEventKind, LimitRules
from debtdesk.services.statuses import debt_statuses, one_status
from debtdesk.store import StoreError
from debtdesk.store.agreements import (
    AGREEMENT,
    REPLY,
    AgreementBook,
    LetterOutcome,
    calendar_id,
    limit_rules,
    set_limit_rules,
)
from debtdesk.store.attachments import AttachmentStore, file_sha256
from debtdesk.store.letters import LetterLog

AS_OF = date(2026, 11, 23)
WHEN = datetime(2026, 11, 30, 10, 0)


@pytest.fixture
def filled(store, tmp_path):
    ids = {}
    for debt, payments in demo_debts(AS_OF):
        ids[debt.lender.name] = store.add_debt(debt, payments).id
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    record = LetterLog(store).record(letter, "negotiation", "zh-Hans", "微粒贷", date(2026, 11, 24), ids["微粒贷"])
    return store, ids["微粒贷"], record.id


def terms() -> AgreementTerms:
    return AgreementTerms(D("9000.00"), date(2026, 12, 15), instalment_months=9, grace_days=3)


def test_a_reply_is_recorded_with_its_file_and_checksum(filled, tmp_path):
    store, _debt_id, letter_id = filled
    reply = tmp_path / "回复.png"
    reply.write_bytes(b"\x89PNG reply")
    book = AgreementBook(store)
    waiting = book.set_outcome(LetterOutcome(letter_id, answer_by=date(2026, 12, 8)))
    assert waiting.shown_outcome(date(2026, 12, 8)) is Outcome.WAITING
    assert waiting.shown_outcome(date(2026, 12, 9)) is Outcome.NO_ANSWER
    counter = book.set_outcome(LetterOutcome(letter_id, Outcome.COUNTER_OFFER, date(2026, 12, 1), terms=terms()),
                               [reply], WHEN)
    assert counter.id == waiting.id and book.outcome(letter_id).terms == terms()
    [attachment] = AttachmentStore(store).of(REPLY, counter.id)
    assert attachment.sha256 == file_sha256(reply) and attachment.original_name == "回复.png"
    assert AttachmentStore(store).status(attachment) is AttachmentStatus.OK
    saved = book.clear_outcome(letter_id)
    assert book.outcome(letter_id) is None and AttachmentStore(store).of(REPLY, counter.id) == []
    book.restore_outcome(saved)
    assert book.outcome(letter_id) == counter and len(AttachmentStore(store).of(REPLY, counter.id)) == 1
    with pytest.raises(StoreError, match="no letter number 99"):
        book.set_outcome(LetterOutcome(99))



def test_an_agreement_without_a_debt_is_refused_in_a_sentence(filled):
    store, _debt_id, _letter_id = filled
    with pytest.raises(StoreError, match=r"^debt_id: This field is required\.$"):
        AgreementBook(store).add(Agreement(None, terms(), date(2026, 12, 1), date(2026, 11, 30)))
    assert AgreementBook(store).agreements() == []

def test_an_agreement_applies_to_the_status_from_its_start(filled, tmp_path):
    store, debt_id, letter_id = filled
    signed = tmp_path / "agreement.pdf"
    signed.write_bytes(b"%PDF signed")
    before = one_status(store, debt_id, AS_OF)
    assert before.state.days_past_due == 20
    book = AgreementBook(store)
    deal = book.add(Agreement(debt_id, terms(), start=date(2026, 12, 1), signed_on=date(2026, 11, 30),
                              source=Source.COUNTER_OFFER, letter_id=letter_id), [signed], WHEN)
    assert book.agreements(debt_id) == [deal]
    assert AttachmentStore(store).of(AGREEMENT, deal.id)[0].sha256 == file_sha256(signed)
    assert one_status(store, debt_id, date(2026, 11, 30)).agreement is None
    after = one_status(store, debt_id, date(2026, 12, 1))
    assert after.agreement == deal and after.state.days_past_due == 0
    assert {s.debt.id: s for s in debt_statuses(store, date(2026, 12, 1))}[debt_id].agreement == deal
    # A later agreement replaces it from its own start; deleting that one gives the first back.
    second = book.add(replace(deal, id=None, start=date(2027, 2, 1),
                              terms=replace(terms(), first_due=date(2027, 2, 20))))
    assert book.agreement(deal.id).ended_on == date(2027, 2, 1)
    snapshot = book.delete(second.id)
    assert book.agreement(deal.id).ended_on is None
    book.restore(snapshot)
    assert book.agreement(deal.id).ended_on == date(2027, 2, 1) and book.agreement(second.id) == second
    with pytest.raises(StoreError, match="first_due"):
        book.add(replace(deal, id=None, terms=replace(terms(), first_due=date(2026, 11, 1))))


def test_deleting_the_debt_and_undoing_brings_agreements_and_events_back(filled):
    store, debt_id, _ = filled
    book = AgreementBook(store)
    deal = book.add(Agreement(debt_id, terms(), date(2026, 12, 1), date(2026, 11, 30)))
    event = book.add_event(LegalEvent(LegalEventKind.CLAIM, date(2026, 11, 25), debt_id, title="起诉状"))
    snapshot = store.delete_debt(debt_id)
    assert book.agreements() == [] and book.legal_events() == []
    store.restore_debt(snapshot)
    assert book.agreements() == [deal] and book.legal_events() == [event]


def test_legal_events_and_settings(filled):
    store, debt_id, _ = filled
    book = AgreementBook(store)
    with pytest.raises(StoreError, match="deadline"):
        book.add_event(LegalEvent(LegalEventKind.JUDGMENT, date(2026, 11, 25), debt_id, deadline=date(2026, 11, 1)))
    saved = book.delete_event(book.add_event(LegalEvent(LegalEventKind.RULING, date(2026, 11, 25))).id)
    assert book.legal_events() == []
    book.restore_event(saved)
    assert len(book.legal_events()) == 1
    assert limit_rules(store) == LimitRules()
    set_limit_rules(store, LimitRules(limitation_years=3, claim_days=30))
    assert limit_rules(store).claim_days == 30
    first = calendar_id(store)
    assert len(first) == 32 and calendar_id(store) == first


def test_replacing_a_reply_and_undoing_keeps_each_files(filled, tmp_path):
    store, _, letter_id = filled
    first, second = tmp_path / "sms.png", tmp_path / "letter.jpg"
    first.write_bytes(b"first")
    second.write_bytes(b"second")
    book, files = AgreementBook(store), AttachmentStore(store)
    waiting = book.set_outcome(LetterOutcome(letter_id, answer_by=date(2026, 12, 8)), [first], WHEN)
    before = book.outcome_snapshot(letter_id)
    refused = book.set_outcome(LetterOutcome(letter_id, Outcome.REFUSED, date(2026, 12, 2)), [second], WHEN)
    assert refused.id == waiting.id and len(files.of(REPLY, refused.id)) == 2
    after = book.clear_outcome(letter_id)  # undo: back to the first reply and its file only
    book.restore_outcome(before)
    assert book.outcome(letter_id).outcome is Outcome.WAITING
    assert [a.original_name for a in files.of(REPLY, waiting.id)] == ["sms.png"]
    book.restore_outcome(after)  # redo
    assert book.outcome(letter_id).outcome is Outcome.REFUSED
    assert [a.original_name for a in files.of(REPLY, waiting.id)] == ["sms.png", "letter.jpg"]
