"""Every English text of domain/guidance.py, marked for lupdate (context "Guidance").

The domain keeps guidance as data; screens translate it with
`QCoreApplication.translate("Guidance", text)` and then fill in the numbers.
lupdate only sees literal strings, so they are repeated here; a test keeps
this list and the domain in step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

GUIDANCE_TEXTS = (
    QT_TRANSLATE_NOOP("Guidance", "This is general information, not legal advice."),
    QT_TRANSLATE_NOOP("Guidance", "Complaints about collection conduct: 12378 and 12363"),
    QT_TRANSLATE_NOOP("Guidance", "Collectors may not call at night or over and over, threaten or insult you, contact your family, employer or phone contacts, make false legal claims or pretend to be officials. Keep your log, recordings and screenshots. You can complain to the financial regulator's consumer hotline 12378, to the central bank's hotline 12363, or, about an online lending platform, to the internet finance association. A complaint does not change what you owe, and you can keep negotiating."),
    QT_TRANSLATE_NOOP("Guidance", "Free legal aid: 12348"),
    QT_TRANSLATE_NOOP("Guidance", "If you receive a court summons, a judgment or an enforcement notice, or want to understand your legal position, call the legal aid hotline 12348 or visit a local legal aid centre. Advice is free, and people on low incomes can be assigned a lawyer. Reply to every court document by the deadline it states."),
    QT_TRANSLATE_NOOP("Guidance", "Paid 'debt negotiation' agencies"),
    QT_TRANSLATE_NOOP("Guidance", "Some agencies promise to stop interest and collection (停息挂账) for a fee, and ask for your ID documents, bank cards or money up front; regulators have warned against them. You can ask a lender for everything they offer — a pause, instalments, a waiver of penalties — yourself, directly and for free. Never hand over your ID card, bank cards or passwords, and never pay a fee in advance."),
    QT_TRANSLATE_NOOP("Guidance", "Send these documents to your lender yourself: you can ask for a pause, instalments or a waiver directly and for free. No paid 'debt negotiation' agency needs your ID card, bank cards or passwords."),
    QT_TRANSLATE_NOOP("Guidance", "Current or within grace"),
    QT_TRANSLATE_NOOP("Guidance", "Nothing, or a reminder before the due date."),
    QT_TRANSLATE_NOOP("Guidance", "Pay on time if you can. If you cannot, call the lender before the due date: asking early keeps the most options open."),
    QT_TRANSLATE_NOOP("Guidance", "Early overdue (逾期初期): {days} days past due"),
    QT_TRANSLATE_NOOP("Guidance", "Text messages, app notifications, automated and customer-service calls. A grace period is often still possible."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the lender yourself first. Explain what happened, ask for a grace period or a short deferral, and check the amount they say you owe."),
    QT_TRANSLATE_NOOP("Guidance", "Mid overdue (逾期中期): {days} days past due"),
    QT_TRANSLATE_NOOP("Guidance", "More calls, e-mails and letters, requests for a statement of your finances, possibly visits."),
    QT_TRANSLATE_NOOP("Guidance", "Write down your budget and a concrete plan. Gather evidence of your hardship. Negotiate, and get every agreement in writing."),
    QT_TRANSLATE_NOOP("Guidance", "Late overdue (逾期后期): {days} days past due"),
    QT_TRANSLATE_NOOP("Guidance", "Outsourced collection agencies, a record on your credit report (commonly once a payment is a month overdue), legal notices."),
    QT_TRANSLATE_NOOP("Guidance", "Negotiate formally, in writing, with your evidence. Assess the legal risk. Complain about any collection misconduct you have logged."),
    QT_TRANSLATE_NOOP("Guidance", "Severe: {days} or more days past due"),
    QT_TRANSLATE_NOOP("Guidance", "The account may be charged off or sold; a lawsuit and enforcement are possible (dishonest-debtor list, spending restrictions)."),
    QT_TRANSLATE_NOOP("Guidance", "Seek legal aid or a debt adviser. Respond to every court document on time, and keep copies of everything."),
)
