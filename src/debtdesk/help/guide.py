"""The guide: the journey from "I am behind" to "we have an agreement", step by step.

The steps follow DOMAIN.md's order and the app's pages; each names the
glossary terms it uses so the guide can link to them.  Texts are English
source strings in the "Help" context.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.help.marker import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # source text, context "Help"
    text: str  # source text, context "Help"
    terms: tuple[str, ...] = ()  # glossary keys


GUIDE_INTRO = QT_TRANSLATE_NOOP(
    "Help", "Falling behind happens to many people, and there is almost always something you can do. Lenders "
    "would rather agree a plan than chase a debt. This guide walks through the steps in the order that works "
    "best; you can stop and come back at any time. Everything stays in one file on this computer, and every "
    "change is saved as you make it (there is no Save button; Edit ▸ Undo takes a change back).")

GUIDE: tuple[Step, ...] = (
    Step("debts", QT_TRANSLATE_NOOP("Help", "1. Write down every debt"), QT_TRANSLATE_NOOP(
        "Help", "On the Debts page, add each debt with the terms from its contract or app: the amount, the rate, "
        "the repayment method, the due day and the grace days. Record the payments you have made. DebtDesk then "
        "works out the schedule, how far behind each debt is, and what it will cost if nothing is paid."),
        ("equal-instalment", "equal-principal", "interest-only", "grace-days", "true-apr")),
    Step("overview", QT_TRANSLATE_NOOP("Help", "2. See where you stand"), QT_TRANSLATE_NOOP(
        "Help", "The Overview shows what is owed and overdue, the most urgent debt, what lenders typically do at "
        "its stage and what you can do now, and when each debt will move to the next stage if nothing is paid."),
        ("days-past-due", "stages", "buckets", "penalty-interest")),
    Step("budget", QT_TRANSLATE_NOOP("Help", "3. Make a budget"), QT_TRANSLATE_NOOP(
        "Help", "On the Budget page, list your income and your essential expenses. What is left is what you can "
        "offer to lenders. Lenders ask for this statement, and a realistic one makes an agreement more likely."),
        ("disposable-income", "priority-debts")),
    Step("evidence", QT_TRANSLATE_NOOP("Help", "4. Gather evidence"), QT_TRANSLATE_NOOP(
        "Help", "The Evidence page proposes a checklist from the reasons you fell behind: illness, job loss, a "
        "delayed payment to your business. Attach the documents as you get them; obtained items become the "
        "letter's enclosures.")),
    Step("contacts", QT_TRANSLATE_NOOP("Help", "5. Log every collector contact"), QT_TRANSLATE_NOOP(
        "Help", "After each call, message or visit, write down when, who and what was said, and attach recordings "
        "and screenshots. Calls at night, too many calls, contacting your family or employer, threats and false "
        "legal claims are flagged and can support a complaint."), ("complaint-channels",)),
    Step("proposal", QT_TRANSLATE_NOOP("Help", "6. Make a proposal"), QT_TRANSLATE_NOOP(
        "Help", "On the Proposal page, choose what to ask for: a pause, instalments, a lower payment for a while, "
        "a waiver of penalties or a settlement. DebtDesk turns it into an exact schedule and checks it against "
        "your budget. With several lenders, each is offered its fair share."),
        ("deferral", "personalised-instalments", "interest-freeze", "waiver", "settlement", "fair-share")),
    Step("letters", QT_TRANSLATE_NOOP("Help", "7. Write and send the letter"), QT_TRANSLATE_NOOP(
        "Help", "The letter sets out your situation, your request and why it is affordable, with the evidence "
        "enclosed. Review it, export it as PDF and send it; then mark it as sent on the Letters page so you can "
        "show later what you sent, when and how. Ask for written confirmation and for collection calls to pause "
        "while your request is considered."), ("complaint-channels",)),
    Step("after", QT_TRANSLATE_NOOP("Help", "8. After the agreement"), QT_TRANSLATE_NOOP(
        "Help", "Keep the written agreement, pay on the agreed dates and record each payment. A missed payment "
        "usually revives the whole debt, so contact the lender before a date you cannot meet. If you receive "
        "court documents, answer them on time and call the 12348 legal-aid hotline."),
        ("limitation", "legal-aid", "credit-record")),
)

NOT_LEGAL_ADVICE = QT_TRANSLATE_NOOP(
    "Help", "Nothing in DebtDesk is legal advice. Free legal aid: 12348. You can ask a lender directly, and for "
    "free, for everything a paid “debt negotiation” agency offers.")
