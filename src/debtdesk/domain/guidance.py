"""What each overdue stage usually brings, and what to do now (DOMAIN.md section 2).

Texts are data in English, the source language: the UI passes them through
Qt's translation with the context "Guidance"; the CLI prints them as they are.
General information only; nothing here is legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.domain.overdue import Stage


@dataclass(frozen=True)
class StageGuidance:
    stage: Stage
    title: str
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
        "Early overdue (逾期初期)",
        "Text messages, app notifications, automated and customer-service calls. "
        "A grace period is often still possible.",
        "Contact the lender yourself first. Explain what happened, ask for a grace period or a "
        "short deferral, and check the amount they say you owe.",
    ),
    Stage.MID: StageGuidance(
        Stage.MID,
        "Mid overdue (逾期中期)",
        "More calls, e-mails and letters, requests for a statement of your finances, possibly visits.",
        "Write down your budget and a concrete plan. Gather evidence of your hardship. "
        "Negotiate, and get every agreement in writing.",
    ),
    Stage.LATE: StageGuidance(
        Stage.LATE,
        "Late overdue (逾期后期)",
        "Outsourced collection agencies, a record on your credit report (commonly once a payment "
        "is a month overdue), legal notices.",
        "Negotiate formally, in writing, with your evidence. Assess the legal risk. "
        "Complain about any collection misconduct you have logged.",
    ),
    Stage.SEVERE: StageGuidance(
        Stage.SEVERE,
        "Severe (over 90 days)",
        "The account may be charged off or sold; a lawsuit and enforcement are possible "
        "(dishonest-debtor list, spending restrictions).",
        "Seek legal aid or a debt adviser. Respond to every court document on time, "
        "and keep copies of everything.",
    ),
}

NOT_LEGAL_ADVICE = "This is general information, not legal advice."
