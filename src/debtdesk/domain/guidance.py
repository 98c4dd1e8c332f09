"""What each overdue stage usually brings, what to do now, and where to get help (DOMAIN.md 2, 5, 6).

Texts are data in English, the source language: the UI passes them through
Qt's translation with the context "Guidance" and then fills in the numbers
(`{days}`); the CLI prints them filled in as they are.  `guidance_for` alone
decides which notice appears when.  General information only; nothing here
is legal advice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from debtdesk.domain.overdue import DEFAULT_THRESHOLDS, Stage, StageThresholds


@dataclass(frozen=True)
class StageGuidance:
    stage: Stage
    title: str  # may hold {days}: see `stage_days`
    lender_typically: str
    you_should: str


GUIDANCE: dict[Stage, StageGuidance] = {
    Stage.CURRENT: StageGuidance(
        Stage.CURRENT,
        "Current or within grace",
        "Nothing, or a reminder before the due date.",
        "Pay on time if you can. If you cannot, call the lender before the due date: "
        "asking early keeps the most options open.",
    ),
    Stage.EARLY: StageGuidance(
        Stage.EARLY,
        "Early overdue (逾期初期): {days} days past due",
        "Text messages, app notifications, automated and customer-service calls. "
        "A grace period is often still possible.",
        "Contact the lender yourself first. Explain what happened, ask for a grace period or a "
        "short deferral, and check the amount they say you owe.",
    ),
    Stage.MID: StageGuidance(
        Stage.MID,
        "Mid overdue (逾期中期): {days} days past due",
        "More calls, e-mails and letters, requests for a statement of your finances, possibly visits.",
        "Write down your budget and a concrete plan. Gather evidence of your hardship. "
        "Negotiate, and get every agreement in writing.",
    ),
    Stage.LATE: StageGuidance(
        Stage.LATE,
        "Late overdue (逾期后期): {days} days past due",
        "Outsourced collection agencies, a record on your credit report (commonly once a payment "
        "is a month overdue), legal notices.",
        "Negotiate formally, in writing, with your evidence. Assess the legal risk. "
        "Complain about any collection misconduct you have logged.",
    ),
    Stage.SEVERE: StageGuidance(
        Stage.SEVERE,
        "Severe: {days} or more days past due",
        "The account may be charged off or sold; a lawsuit and enforcement are possible "
        "(dishonest-debtor list, spending restrictions).",
        "Seek legal aid or a debt adviser. Respond to every court document on time, "
        "and keep copies of everything.",
    ),
}

NOT_LEGAL_ADVICE = "This is general information, not legal advice."


def stage_days(stage: Stage, thresholds: StageThresholds = DEFAULT_THRESHOLDS) -> str:
    """The days past due a stage covers under these thresholds: '1–7', '5' (one day), '91' (severe: and more)."""
    if stage is Stage.CURRENT:
        return "0"
    first = thresholds.first_day(stage)
    if stage is Stage.SEVERE:
        return str(first)
    following = list(Stage)[stage.severity + 1]
    last = thresholds.first_day(following) - 1
    return str(first) if first == last else f"{first}–{last}"


def stage_title(stage: Stage, thresholds: StageThresholds = DEFAULT_THRESHOLDS) -> str:
    """The stage's title in English with its numbers, e.g. 'Severe: 91 or more days past due'."""
    return GUIDANCE[stage].title.format(days=stage_days(stage, thresholds))


# -- notices: where to get help, shown when they help --------------------------------------------

class NoticeCode(str, enum.Enum):
    STAGE = "stage"
    COMPLAINT_CHANNELS = "complaint-channels"
    LEGAL_AID = "legal-aid"
    PAID_AGENCIES = "paid-agencies"


@dataclass(frozen=True)
class Notice:
    """One piece of guidance: English source texts, placeholders filled from `params` after translation."""

    code: NoticeCode
    title: str
    text: str
    params: tuple[tuple[str, str], ...] = ()
    lender_typically: str = ""  # stage notices only: what lenders typically do at this stage

    def fill(self, template: str) -> str:
        return template.format(**dict(self.params))

    @property
    def english_title(self) -> str:
        return self.fill(self.title)


COMPLAINT_CHANNELS_TITLE = "Complaints about collection conduct: 12378 and 12363"
COMPLAINT_CHANNELS = (
    "Collectors may not call at night or over and over, threaten or insult you, contact your family, "
    "employer or phone contacts, make false legal claims or pretend to be officials. Keep your log, "
    "recordings and screenshots. You can complain to the financial regulator's consumer hotline 12378, "
    "to the central bank's hotline 12363, or, about an online lending platform, to the internet finance "
    "association. A complaint does not change what you owe, and you can keep negotiating."
)
LEGAL_AID_TITLE = "Free legal aid: 12348"
LEGAL_AID = (
    "If you receive a court summons, a judgment or an enforcement notice, or want to understand your "
    "legal position, call the legal aid hotline 12348 or visit a local legal aid centre. Advice is free, "
    "and people on low incomes can be assigned a lawyer. Reply to every court document by the deadline "
    "it states."
)
PAID_AGENCIES_TITLE = "Paid 'debt negotiation' agencies"
PAID_AGENCIES = (
    "Some agencies promise to stop interest and collection (停息挂账) for a fee, and ask for your ID "
    "documents, bank cards or money up front; regulators have warned against them. You can ask a lender "
    "for everything they offer — a pause, instalments, a waiver of penalties — yourself, directly and "
    "for free. Never hand over your ID card, bank cards or passwords, and never pay a fee in advance."
)
#: The evidence screen's note: these documents go to the lender, never to an agency.
EVIDENCE_NOTE = (
    "Send these documents to your lender yourself: you can ask for a pause, instalments or a waiver "
    "directly and for free. No paid 'debt negotiation' agency needs your ID card, bank cards or passwords."
)


def guidance_for(stage: Stage, thresholds: StageThresholds = DEFAULT_THRESHOLDS,
                 has_flagged_contacts: bool = False) -> list[Notice]:
    """The notices to show for a debt (or the household's worst debt) at `stage`.

    - the stage's own guidance, its title with the day numbers of `thresholds`;
    - free legal aid (12348) once legal steps become possible: late and severe;
    - complaint channels (12378, 12363) as soon as any collector contact is
      flagged, and in the late and severe stages whatever the log holds;
    - the paid-agency warning whenever anything is overdue: that is when such
      agencies find people.
    """
    guide = GUIDANCE[stage]
    notices = [Notice(NoticeCode.STAGE, guide.title, guide.you_should,
                      (("days", stage_days(stage, thresholds)),), guide.lender_typically)]
    legal_steps_possible = stage in (Stage.LATE, Stage.SEVERE)
    if legal_steps_possible:
        notices.append(Notice(NoticeCode.LEGAL_AID, LEGAL_AID_TITLE, LEGAL_AID))
    if has_flagged_contacts or legal_steps_possible:
        notices.append(Notice(NoticeCode.COMPLAINT_CHANNELS, COMPLAINT_CHANNELS_TITLE, COMPLAINT_CHANNELS))
    if stage is not Stage.CURRENT:
        notices.append(Notice(NoticeCode.PAID_AGENCIES, PAID_AGENCIES_TITLE, PAID_AGENCIES))
    return notices


def contact_log_notices(has_flagged_contacts: bool) -> list[Notice]:
    """The contact log's notices: the complaint channels, as soon as any contact is flagged."""
    if not has_flagged_contacts:
        return []
    return [Notice(NoticeCode.COMPLAINT_CHANNELS, COMPLAINT_CHANNELS_TITLE, COMPLAINT_CHANNELS)]


def every_text() -> list[str]:
    """Every English source text of this module (the UI marks them for translation; a test compares)."""
    texts = [NOT_LEGAL_ADVICE, COMPLAINT_CHANNELS_TITLE, COMPLAINT_CHANNELS, LEGAL_AID_TITLE, LEGAL_AID,
             PAID_AGENCIES_TITLE, PAID_AGENCIES, EVIDENCE_NOTE]
    for guide in GUIDANCE.values():
        texts += [guide.title, guide.lender_typically, guide.you_should]
    return texts
