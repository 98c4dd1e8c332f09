"""The hardship evidence checklist: proposals per reason, status dates, progress, reasons as text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from debtdesk.domain.evidence import (
    BY_REASON,
    UNIVERSAL,
    EvidenceItem,
    EvidenceStatus,
    HardshipReason,
    checklist_for,
    missing_templates,
    parse_reasons,
    parse_title,
    progress,
    reasons_to_text,
)

UNIVERSAL_KEYS = ["identity", "pay_slips", "bank_statements", "statement", "contract", "credit_report"]


def keys(templates):
    return [t.key for t in templates]


def test_no_reason_gives_the_universal_items_only():
    assert keys(checklist_for([])) == UNIVERSAL_KEYS


def test_illness_and_job_loss_add_their_items_after_the_universal_ones():
    assert keys(checklist_for([HardshipReason.ILLNESS, HardshipReason.JOB_LOSS])) == UNIVERSAL_KEYS + [
        "diagnosis", "hospital_records", "medical_bills", "termination", "unemployment", "new_pay_slips"]


def test_order_does_not_depend_on_the_order_reasons_were_chosen_in():
    a = checklist_for([HardshipReason.DISASTER, HardshipReason.STUDENT, HardshipReason.ILLNESS])
    b = checklist_for([HardshipReason.ILLNESS, HardshipReason.DISASTER, HardshipReason.STUDENT])
    assert keys(a) == keys(b)
    assert keys(a)[-3:] == ["school_hardship", "enrolment", "official_notices"]


def test_a_generator_of_reasons_gives_every_reasons_items():
    # the reasons are read once, even when they come from a generator
    result = checklist_for(r for r in (HardshipReason.JOB_LOSS, HardshipReason.ILLNESS))
    assert {"diagnosis", "termination"} <= set(keys(result))


def test_repeated_reasons_and_plain_values_give_no_duplicates():
    result = checklist_for([HardshipReason.ILLNESS, "illness", HardshipReason.ILLNESS])
    assert keys(result) == UNIVERSAL_KEYS + ["diagnosis", "hospital_records", "medical_bills"]


def test_every_reason_at_once_lists_every_template_once():
    result = checklist_for(list(HardshipReason))
    expected = len(UNIVERSAL) + sum(len(v) for v in BY_REASON.values())
    assert len(result) == expected == len(set(keys(result)))
    assert all(t.reason is None for t in result[:len(UNIVERSAL)])


def test_missing_templates_skips_items_already_present():
    missing = missing_templates([HardshipReason.STUDENT], ["identity", "enrolment", "termination"])
    assert keys(missing) == [k for k in UNIVERSAL_KEYS if k != "identity"] + ["school_hardship"]


def test_reasons_round_trip_as_space_separated_text_in_a_fixed_order():
    text = reasons_to_text([HardshipReason.STUDENT, HardshipReason.ILLNESS])
    assert text == "illness student"
    assert parse_reasons(text) == [HardshipReason.ILLNESS, HardshipReason.STUDENT]
    assert parse_reasons("") == []
    assert parse_reasons("  job_loss  future_reason ") == [HardshipReason.JOB_LOSS]


# -- statuses and dates ---------------------------------------------------------------
D1, D2, D3 = date(2026, 11, 1), date(2026, 11, 10), date(2026, 11, 20)


def test_with_status_stamps_the_date_given():
    item = EvidenceItem("Diagnosis certificate")
    requested = item.with_status(EvidenceStatus.REQUESTED, D1)
    assert (requested.status, requested.requested_on, requested.obtained_on) == (EvidenceStatus.REQUESTED, D1, None)
    obtained = requested.with_status(EvidenceStatus.OBTAINED, D2)
    assert (obtained.requested_on, obtained.obtained_on, obtained.sent_on) == (D1, D2, None)
    sent = obtained.with_status(EvidenceStatus.SENT, D3)
    assert (sent.status, sent.requested_on, sent.obtained_on, sent.sent_on) == (EvidenceStatus.SENT, D1, D2, D3)
    assert item.status is EvidenceStatus.NEEDED and item.requested_on is None  # frozen: the original is unchanged


def test_an_earlier_date_is_kept_when_a_status_is_set_again():
    item = EvidenceItem("x").with_status(EvidenceStatus.OBTAINED, D1)
    again = item.with_status(EvidenceStatus.NEEDED, D2).with_status(EvidenceStatus.OBTAINED, D3)
    assert again.obtained_on == D1
    assert again.with_status(EvidenceStatus.NEEDED, D3).status is EvidenceStatus.NEEDED


def test_progress_counts_each_status_and_done_is_obtained_plus_sent():
    statuses = [EvidenceStatus.NEEDED] * 3 + [EvidenceStatus.REQUESTED] * 2 + [EvidenceStatus.OBTAINED] * 4 + [
        EvidenceStatus.SENT]
    items = [replace(EvidenceItem(f"item {i}"), status=s) for i, s in enumerate(statuses)]
    p = progress(items)
    assert (p.total, p.needed, p.requested, p.obtained, p.sent, p.done) == (10, 3, 2, 4, 1, 5)
    assert p.fraction == pytest.approx(0.5)
    empty = progress([])
    assert (empty.total, empty.done, empty.fraction) == (0, 0, 0.0)


def test_item_title_is_required_and_limited():
    assert parse_title({"title": "  Rent receipts "}) == ("Rent receipts", [])
    title, errors = parse_title({"title": "   "})
    assert title is None and [(e.field, e.message) for e in errors] == [("title", "This field is required.")]
    _, errors = parse_title({"title": "t" * 201})
    assert errors[0].message == "Too long: 201 characters, at most 200."


def test_a_chosen_date_replaces_an_earlier_stamp():
    item = EvidenceItem("x").with_status(EvidenceStatus.REQUESTED, D2)
    assert item.with_status(EvidenceStatus.REQUESTED, D1).requested_on == D2  # today's date: kept
    assert item.with_status(EvidenceStatus.REQUESTED, D1, chosen=True).requested_on == D1
