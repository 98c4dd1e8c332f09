"""Guidance: which notice appears when, and stage titles that follow the thresholds."""

from __future__ import annotations

import pytest

from debtdesk.domain.guidance import (
    GUIDANCE,
    NoticeCode,
    guidance_for,
    stage_days,
    stage_title,
)
from debtdesk.domain.overdue import Stage, StageThresholds

N = NoticeCode


def codes(stage, flagged=False, thresholds=StageThresholds()):
    return [n.code for n in guidance_for(stage, thresholds, flagged)]


@pytest.mark.parametrize("stage, flagged, expected", [
    (Stage.CURRENT, False, [N.STAGE]),
    (Stage.CURRENT, True, [N.STAGE, N.COMPLAINT_CHANNELS]),
    (Stage.EARLY, False, [N.STAGE, N.PAID_AGENCIES]),
    (Stage.EARLY, True, [N.STAGE, N.COMPLAINT_CHANNELS, N.PAID_AGENCIES]),
    (Stage.MID, False, [N.STAGE, N.PAID_AGENCIES]),
    (Stage.MID, True, [N.STAGE, N.COMPLAINT_CHANNELS, N.PAID_AGENCIES]),
    (Stage.LATE, False, [N.STAGE, N.LEGAL_AID, N.COMPLAINT_CHANNELS, N.PAID_AGENCIES]),
    (Stage.SEVERE, False, [N.STAGE, N.LEGAL_AID, N.COMPLAINT_CHANNELS, N.PAID_AGENCIES]),
    (Stage.SEVERE, True, [N.STAGE, N.LEGAL_AID, N.COMPLAINT_CHANNELS, N.PAID_AGENCIES]),
])
def test_which_notices_appear(stage, flagged, expected):
    assert codes(stage, flagged) == expected


def test_complaint_channels_appear_with_the_first_flagged_contact_not_only_late():
    early = guidance_for(Stage.EARLY, StageThresholds(), has_flagged_contacts=True)
    complaint = next(n for n in early if n.code is N.COMPLAINT_CHANNELS)
    assert "12378" in complaint.text and "12363" in complaint.text
    assert "12378" in complaint.english_title


def test_legal_aid_names_12348_in_the_severe_stage():
    severe = guidance_for(Stage.SEVERE)
    aid = next(n for n in severe if n.code is N.LEGAL_AID)
    assert "12348" in aid.title and "12348" in aid.text


def test_paid_agency_warning_says_the_lender_can_be_asked_directly_and_for_free():
    warning = next(n for n in guidance_for(Stage.MID) if n.code is N.PAID_AGENCIES)
    assert "停息挂账" in warning.text and "directly and for free" in warning.text
    assert "ID" in warning.text and "bank cards" in warning.text and "up front" in warning.text


def test_stage_titles_carry_the_default_numbers():
    assert [stage_title(s) for s in Stage] == [
        "Current or within grace",
        "Early overdue (逾期初期): 1–7 days past due",
        "Mid overdue (逾期中期): 8–30 days past due",
        "Late overdue (逾期后期): 31–90 days past due",
        "Severe: 91 or more days past due",
    ]


def test_stage_titles_follow_edited_thresholds():
    lender = StageThresholds(early=3, mid=16, late=61, severe=181)
    assert stage_title(Stage.EARLY, lender) == "Early overdue (逾期初期): 3–15 days past due"
    assert stage_title(Stage.LATE, lender) == "Late overdue (逾期后期): 61–180 days past due"
    assert stage_title(Stage.SEVERE, lender) == "Severe: 181 or more days past due"
    one_day = StageThresholds(early=1, mid=2, late=31, severe=91)
    assert stage_days(Stage.EARLY, one_day) == "1"
    notice = guidance_for(Stage.LATE, lender)[0]
    assert notice.english_title == "Late overdue (逾期后期): 61–180 days past due"
    assert notice.title == GUIDANCE[Stage.LATE].title  # the translatable template, numbers filled later
    assert notice.lender_typically == GUIDANCE[Stage.LATE].lender_typically


def test_no_text_states_that_a_debt_is_void():
    from debtdesk.domain.guidance import every_text

    assert not any("void" in text.lower() for text in every_text())


def test_the_contact_log_shows_complaint_channels_once_a_contact_is_flagged():
    from debtdesk.domain.guidance import contact_log_notices

    assert contact_log_notices(False) == []
    [notice] = contact_log_notices(True)
    assert notice.code is N.COMPLAINT_CHANNELS and "12378" in notice.text and "12363" in notice.text
