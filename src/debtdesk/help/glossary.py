"""The glossary: the words lenders, collectors and DebtDesk use, explained plainly.

Each `Term` has a stable `key` (what `show_glossary(term)` and links use),
a headword and an explanation (translatable, context "Help"), and aliases
that find it too: the Chinese term, a bucket code such as "M2", a short
English name.  Figures follow DOMAIN.md; nothing here is legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.help.marker import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Term:
    key: str
    headword: str  # source text, context "Help"
    text: str  # source text, context "Help"
    aliases: tuple[str, ...] = ()  # lookup keys, never shown
    see: tuple[str, ...] = ()  # keys of related terms


GLOSSARY: tuple[Term, ...] = (
    Term("days-past-due", QT_TRANSLATE_NOOP("Help", "Days past due (DPD, 逾期天数)"), QT_TRANSLATE_NOOP(
        "Help", "How long a debt has been overdue, counted as lenders count it: from the due date of the oldest "
        "instalment that is still not paid in full. A partial payment that does not cover that instalment does "
        "not stop the count."), ("dpd", "逾期天数", "逾期"), ("stages", "buckets", "grace-days")),
    Term("stages", QT_TRANSLATE_NOOP("Help", "Overdue stages (逾期初期, 逾期中期, 逾期后期)"), QT_TRANSLATE_NOOP(
        "Help", "DebtDesk sorts each debt into a stage by its days past due: current (or within the grace days), "
        "early 1–7 days, mid 8–30, late 31–90 and severe over 90. Each stage shows what lenders typically do and "
        "what you can do. Lenders differ: change the limits for all lenders or for one under Edit ▸ Overdue "
        "stages."), ("stage", "逾期初期", "逾期中期", "逾期后期", "current", "early", "mid", "late", "severe"),
        ("days-past-due", "buckets")),
    Term("buckets", QT_TRANSLATE_NOOP("Help", "M1, M2, M3, M3+ (overdue buckets)"), QT_TRANSLATE_NOOP(
        "Help", "How lenders and collection agencies group overdue accounts by month: M1 is 1–30 days past due, "
        "M2 31–60, M3 61–90 and M3+ more than 90. The later the bucket, the more likely the account has gone to "
        "outsourced collection, been reported on the credit record, or been sold on."),
        ("m1", "m2", "m3", "m3+", "m0", "bucket"), ("stages", "credit-record")),
    Term("grace-days", QT_TRANSLATE_NOOP("Help", "Grace days (宽限期)"), QT_TRANSLATE_NOOP(
        "Help", "Days after a due date in which a late payment still counts as on time: no penalty interest and "
        "no overdue record. Many credit cards allow about 3 days; many online loans allow none. Enter what your "
        "contract says."), ("grace", "宽限期", "grace period"), ("days-past-due",)),
    Term("penalty-interest", QT_TRANSLATE_NOOP("Help", "Penalty interest (罚息)"), QT_TRANSLATE_NOOP(
        "Help", "Extra interest charged on what is overdue, for every day it stays unpaid: commonly the contract "
        "rate plus 30%–50% of it, on the overdue principal or on the whole overdue instalment. What has accrued "
        "stays owed until it is paid or waived; paying late does not undo it. Penalty interest and fees above the "
        "legal lines are commonly reduced on request."), ("罚息", "penalty", "default interest"),
        ("compound-penalty", "late-fee", "waiver", "rate-lines")),
    Term("compound-penalty", QT_TRANSLATE_NOOP("Help", "Compound interest (复利)"), QT_TRANSLATE_NOOP(
        "Help", "Penalty interest charged on interest that is itself overdue. Common on bank loans. On an "
        "interest-only (先息后本) loan every missed instalment is interest, so without 复利 the penalty would be "
        "nothing until the principal falls due."), ("复利", "compound", "compound interest"),
        ("penalty-interest", "interest-only")),
    Term("late-fee", QT_TRANSLATE_NOOP("Help", "Late fee (滞纳金, 违约金)"), QT_TRANSLATE_NOOP(
        "Help", "A fixed sum, or a share of the instalment, charged for each missed instalment on top of penalty "
        "interest."), ("滞纳金", "违约金", "late fees"), ("penalty-interest",)),
    Term("payment-order", QT_TRANSLATE_NOOP("Help", "How a payment is applied (Civil Code art. 561)"),
         QT_TRANSLATE_NOOP(
        "Help", "When a payment does not cover everything owed, the PRC Civil Code (art. 561) applies it, unless "
        "agreed otherwise, first to the costs of collection, then to interest (penalty interest included), then "
        "to principal. Credit cards and some platforms state their own order, such as the oldest instalment "
        "first. It is a setting of each debt."), ("561", "civil code", "民法典"), ("penalty-interest",)),
    Term("equal-instalment", QT_TRANSLATE_NOOP("Help", "Equal instalment (等额本息)"), QT_TRANSLATE_NOOP(
        "Help", "The same payment every month; early payments are mostly interest, later ones mostly principal. "
        "Payment = P·r·(1+r)^n / ((1+r)^n − 1), where P is the amount borrowed, r the annual rate divided by 12 "
        "and n the number of months. Example: 1,000,000 over 30 years at 4.9% a year is 5,307.27 a month."),
        ("等额本息", "annuity"), ("equal-principal",)),
    Term("equal-principal", QT_TRANSLATE_NOOP("Help", "Equal principal (等额本金)"), QT_TRANSLATE_NOOP(
        "Help", "The same part of the principal every month (P / n) plus interest on what is still owed, so the "
        "payments start high and fall month by month. Less interest in all than 等额本息. Example: 1,000,000 "
        "over 30 years at 4.9% a year starts at 6,861.11."), ("等额本金",), ("equal-instalment",)),
    Term("interest-only", QT_TRANSLATE_NOOP("Help", "Interest first, principal at the end (先息后本)"),
         QT_TRANSLATE_NOOP(
        "Help", "Only interest is paid each month, and the whole principal falls due with the last instalment, "
        "which is therefore large. Plan for that last payment early."), ("先息后本", "interest only"),
        ("bullet", "compound-penalty")),
    Term("bullet", QT_TRANSLATE_NOOP("Help", "All at maturity (一次性还本付息)"), QT_TRANSLATE_NOOP(
        "Help", "Principal and interest are paid in one sum at the end of the term. Common for private loans."),
        ("一次性还本付息", "bullet loan"), ("interest-only",)),
    Term("minimum-payment", QT_TRANSLATE_NOOP("Help", "Credit card minimum payment (最低还款额)"), QT_TRANSLATE_NOOP(
        "Help", "The least you can pay on a credit card statement without the card counting as overdue, commonly "
        "10% of the balance. Interest, commonly 0.05% a day, still runs on the unpaid part, so paying only the "
        "minimum takes years."), ("最低还款额", "minimum", "revolving"), ("personalised-instalments",)),
    Term("true-apr", QT_TRANSLATE_NOOP("Help", "True APR (实际年化利率)"), QT_TRANSLATE_NOOP(
        "Help", "The yearly cost of a loan worked out from the money that actually changed hands, fees included "
        "(the internal rate of return, IRR). Advertised rates often hide fees: a “monthly fee” of 0.5% of the "
        "original amount, repaid in equal instalments over a year, costs about 11% a year, not 6%. DebtDesk "
        "shows the true APR beside the contract rate and compares it with the legal lines."),
        ("apr", "irr", "实际年化利率", "年化利率", "年利率"), ("rate-lines",)),
    Term("rate-lines", QT_TRANSLATE_NOOP("Help", "Rate lines courts support (利率上限)"), QT_TRANSLATE_NOOP(
        "Help", "Courts do not support interest above certain lines. For private lending (民间借贷): four times "
        "the one-year Loan Prime Rate (LPR) when the contract was made, 12% a year with the LPR at 3.0%. For "
        "licensed lenders the commonly cited lines are 24% and 36% a year, fees included. Above the line, "
        "penalties and fees are commonly reduced on request. General information, not legal advice: a debt "
        "above a line is not void."), ("利率上限", "lpr", "民间借贷", "24%", "36%", "usury"),
        ("true-apr", "penalty-interest")),
    Term("disposable-income", QT_TRANSLATE_NOOP("Help", "Disposable income"), QT_TRANSLATE_NOOP(
        "Help", "What is left each month for all debts together: income minus essential expenses (housing, food, "
        "utilities, transport, medical costs, childcare…). Every proposal is checked against it; lenders ask "
        "for it as an income and expenditure statement."), ("budget", "income and expenditure"),
        ("priority-debts", "fair-share")),
    Term("priority-debts", QT_TRANSLATE_NOOP("Help", "Priority debts"), QT_TRANSLATE_NOOP(
        "Help", "Debts whose default costs a home or a livelihood: the mortgage or rent, a car loan when the car "
        "is needed for work, and similar. They are provided for, like essentials, before anything is offered to "
        "the other lenders."), ("priority",), ("fair-share", "disposable-income")),
    Term("fair-share", QT_TRANSLATE_NOOP("Help", "Fair share (pro rata)"), QT_TRANSLATE_NOOP(
        "Help", "When you owe several lenders and cannot pay them all in full, what is left after essentials and "
        "priority debts is split between them in proportion to what each is owed. Offering every lender the same "
        "proportion is the practice of UK debt advice, and a letter can say that all are offered the same."),
        ("pro rata", "fair share", "按比例"), ("priority-debts", "disposable-income")),
    Term("deferral", QT_TRANSLATE_NOOP("Help", "Deferral (延期还款)"), QT_TRANSLATE_NOOP(
        "Help", "A pause of a few months, after which the instalments start again; ask whether interest keeps "
        "running during the pause. Lenders do grant it, for example for a hospital stay."),
        ("延期还款", "延期", "pause"), ("personalised-instalments", "interest-freeze")),
    Term("personalised-instalments", QT_TRANSLATE_NOOP("Help", "Personalised instalment plan (个性化分期)"),
         QT_TRANSLATE_NOOP(
        "Help", "A new repayment plan for an overdue credit card that spreads what is owed over up to 60 months, "
        "under Article 70 of the Measures for the Supervision and Administration of Credit Card Business of "
        "Commercial Banks. Ask the bank's card centre for it in writing, with your budget and evidence of the "
        "hardship."), ("个性化分期", "分期还款", "instalment plan", "instalments"),
        ("interest-freeze", "minimum-payment")),
    Term("interest-freeze", QT_TRANSLATE_NOOP("Help", "Interest freeze (停息挂账)"), QT_TRANSLATE_NOOP(
        "Help", "The everyday name for an agreement in which the lender stops adding interest and penalties while "
        "the balance is repaid in instalments. You can ask the lender for it yourself, for free. Beware of "
        "“negotiation” or “anti-collection” agencies that promise 停息挂账 for a fee and ask for your ID, bank "
        "cards or money up front: regulators have warned against them."), ("停息挂账", "freeze", "停息"),
        ("personalised-instalments", "waiver")),
    Term("waiver", QT_TRANSLATE_NOOP("Help", "Waiver of penalties (减免罚息)"), QT_TRANSLATE_NOOP(
        "Help", "A request that the lender cancel the penalty interest and late fees charged since the account "
        "fell behind, often granted together with a plan you can keep."), ("减免罚息", "减免", "waive"),
        ("penalty-interest",)),
    Term("settlement", QT_TRANSLATE_NOOP("Help", "One-off settlement (一次性还款优惠)"), QT_TRANSLATE_NOOP(
        "Help", "Paying part of the balance in one sum in full and final settlement, with the rest written off. "
        "Get the lender's agreement in writing before you pay, stating that nothing more is owed."),
        ("一次性还款优惠", "一次性结清", "settle"), ("waiver",)),
    Term("credit-record", QT_TRANSLATE_NOOP("Help", "Credit record (征信)"), QT_TRANSLATE_NOOP(
        "Help", "The central bank's credit reference record. Lenders commonly report an account as overdue once "
        "it is about a month behind. Negative entries are kept for five years from the day the debt is settled."),
        ("征信", "credit report", "credit reference"), ("buckets",)),
    Term("complaint-channels", QT_TRANSLATE_NOOP("Help", "Complaint channels (12378, 12363)"), QT_TRANSLATE_NOOP(
        "Help", "Collectors may not threaten or insult you, call at night, contact your family, employer or phone "
        "contacts, make false legal claims or pose as officials. In China, complain to the financial regulator's "
        "consumer hotline 12378, the central bank's 12363, or the internet-finance association; elsewhere, to the "
        "local regulator. Log every contact: flagged contacts feed the complaint letter."),
        ("12378", "12363", "complaint", "投诉"), ("legal-aid",)),
    Term("legal-aid", QT_TRANSLATE_NOOP("Help", "Free legal aid (12348)"), QT_TRANSLATE_NOOP(
        "Help", "The 12348 hotline gives free legal advice in China. Call it when you receive court documents, "
        "are threatened with a lawsuit, or are unsure of your rights. Nothing in DebtDesk is legal advice."),
        ("12348", "legal", "法律援助"), ("limitation", "complaint-channels")),
    Term("limitation", QT_TRANSLATE_NOOP("Help", "Limitation period (诉讼时效)"), QT_TRANSLATE_NOOP(
        "Help", "A lender has three years to take a claim to court, counted from when it could claim (Civil Code "
        "art. 188); for one debt repaid in instalments, from the due date of the last instalment (art. 189). A "
        "payment, a written acknowledgement of the debt or the lender's demand starts the three years again. "
        "After court documents arrive the deadlines are short (commonly 15 days to answer or to appeal a "
        "judgment): the date printed on the document is the one that counts."), ("诉讼时效", "时效", "答辩期"),
        ("legal-aid",)),
)

_BY_KEY = {term.key: term for term in GLOSSARY}


def _fold(text: str) -> str:
    """Case, spaces, hyphens and underscores ignored: "true APR" finds "true-apr"."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_").casefold()


def find_term(query: str) -> Term | None:
    """The term with this key, alias or headword (case and spaces ignored); None if none matches."""
    if query in _BY_KEY:
        return _BY_KEY[query]
    wanted = _fold(query)
    if not wanted:
        return None
    for term in GLOSSARY:
        if wanted == _fold(term.key) or wanted in (_fold(a) for a in term.aliases) or wanted == _fold(term.headword):
            return term
    return None
