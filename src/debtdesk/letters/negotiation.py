"""The negotiation letter (DOMAIN.md section 6): situation, payments, proposal, affordability, requests.

The letter fits the case: the cause comes from the hardship reasons the
user recorded (`letters.hardship`), a private lender is written to as a
person (plain wording, 您, no account department's formulas), and a card
issuer in card terms (minimum payment, card balance, 个性化分期).  Those
forms are the phrases' `_person` and `_card` variants; `_Words` picks them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from debtdesk.domain.budget import Budget
from debtdesk.domain.debt import ProductKind, mask_account
from debtdesk.domain.evidence import BY_REASON, UNIVERSAL, EvidenceItem, HardshipReason
from debtdesk.domain.household import Group, LenderOffer
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.proposal import Plan
from debtdesk.domain.status import DebtStatus
from debtdesk.letters.content import (
    NEGOTIATION,
    SCHEDULE_SECTION,
    Letter,
    Party,
    Section,
    contact_paragraph,
    frame,
    is_personal,
    join_sentences,
    lender_kind,
    user_paragraphs,
)
from debtdesk.letters.hardship import hardship_causes
from debtdesk.letters.phrases import (
    LANGUAGES,
    check_language,
    currency_unit,
    format_date,
    format_money,
    format_percent,
    is_chinese,
    numbered_items,
    pick,
    product,
    text,
    words,
)

__all__ = ["enclosure_title", "negotiation_letter"]

_TEMPLATE_TITLES = {t.key: t.title for t in UNIVERSAL + tuple(t for ts in BY_REASON.values() for t in ts)}
#: Titles the letters used before they spoke of the borrower's own papers, still recognised as the template's.
_FORMER_TITLES = {
    "identity": {"身份证复印件（或护照）", "身分證影本（或護照）"},
    "pay_slips": {"收入证明：近期工资单", "收入證明：近期薪資單"},
    "bank_statements": {"近3至6个月银行流水", "近3至6個月銀行往來明細"},
    "credit_report": {"个人信用报告", "個人信用報告"},
}


class _Words:
    """The phrases of one letter: the `_person` or `_card` form of a key where the language has one."""

    def __init__(self, language: str, variant: str, you: str):
        self.language, self.variant, self.you = language, variant, you
        self.table = words(language)

    def key(self, key: str) -> str:
        varied = f"{key}_{self.variant}"
        return varied if self.variant and varied in self.table else key

    def __call__(self, key: str, count: int | None = None, **values) -> str:
        return text(self.language, self.key(key), count=count, **{"you": self.you, **values})

    def raw(self, key: str):
        return self.table[self.key(key)]


def enclosure_title(language: str, item: EvidenceItem) -> str:
    """A checklist item in the letter's language, unless the user gave it a name of their own.

    Items proposed from the checklist are stored in the language the app was
    in (its English source title, or a translation); any known title of the
    item's template is replaced by the letter's, which speaks of the
    borrower's own papers ("My credit report", "本人信用报告").
    """
    titles = words(language)["evidence_titles"]
    if item.template_key in titles:
        known = {words(lang)["evidence_titles"].get(item.template_key) for lang in LANGUAGES}
        known |= {_TEMPLATE_TITLES.get(item.template_key), *_FORMER_TITLES.get(item.template_key, ())}
        if item.title in known:
            return titles[item.template_key]
    return item.title


def negotiation_letter(
    borrower: Party,
    status: DebtStatus,
    plan: Plan,
    budget: Budget | None,
    evidence: Iterable[EvidenceItem],
    language: str,
    letter_date: date,
    situation: str = "",
    cause: str = "",
    recipient: Party | None = None,
    budget_appendix: bool = False,
    reasons: Iterable[HardshipReason] = (),
    offer: LenderOffer | None = None,
) -> Letter:
    """The letter asking a lender to accept `plan`.

    The cause of hardship is stated from `reasons` (the checklist's
    hardship reasons), one sentence each; `cause`, when given, replaces
    them: a short phrase in the letter's language that completes
    "Because of …," / "因……，".  `situation` is free text, one paragraph
    per line.  `recipient` defaults to the lender.  With `budget_appendix`
    (pass the budget to `render_pdf` as well), the income and expenditure
    statement is listed among the enclosures.  `offer` is what the household
    plan gives this lender (`domain.household.LenderOffer`): the letter states
    its share and promises only what fits.
    """
    check_language(language)
    if plan.status.debt != status.debt:
        raise ValueError("The plan was built for a different debt than the status given.")
    if not plan.rows:
        raise ValueError("Nothing is owed on this debt, so there is nothing to propose.")
    evidence = list(evidence)
    debt = status.debt
    recipient = recipient or Party(debt.lender.name)
    personal = is_personal(debt)
    card = debt.kind is ProductKind.CREDIT_CARD and not personal
    w = _Words(language, "person" if personal else "card" if card else "", pick(language, "you", lender_kind(debt)))
    money = lambda amount: format_money(language, amount, debt.currency)  # noqa: E731
    day = lambda d: format_date(language, d)  # noqa: E731
    # A friend who lent money has no account department: the letter quotes no account number.
    account = mask_account(debt.account_number) if debt.account_number.strip() and not personal else ""
    causes = [] if cause.strip() else hardship_causes(reasons, evidence)

    sections = [
        Section(w("neg_h_situation"), _situation(w, borrower, status, account, cause, causes, situation, money, day),
                "situation"),
        Section(w("neg_h_paid"), _paid(w, status, money, day), "paid"),
        Section(w("neg_h_request"), _request(w, plan, money, day), SCHEDULE_SECTION),
        Section(w("neg_h_afford"), affordability_paragraphs(w, plan, budget, money, day, offer), "afford"),
        Section(w("neg_h_confirm"), [
            join_sentences(language, w("confirm"), w("pause")),
            contact_paragraph(language, borrower, "_person" if personal else ""),
            w("thanks"),
        ], "confirm"),
    ]
    header, rows, totals = _schedule_table(language, plan)
    return Letter(
        kind=NEGOTIATION,
        language=language,
        sender=borrower,
        recipient=recipient,
        date=letter_date,
        account_masked=account,
        subject=w("neg_subject", product=product(language, debt.kind.value)),
        sections=sections,
        enclosures=[enclosure_title(language, item) for item in evidence if item.done] + (
            [text(language, "app_enclosure")] if budget_appendix and budget is not None else []),
        schedule_header=header,
        schedule_rows=rows,
        schedule_totals=totals,
        personal=personal,
        account_label=words(language)["label_account_card"] if card else "",
        **frame(language, recipient, personal, NEGOTIATION, borrower),
    )


def _situation(w: _Words, borrower, status, account, cause, causes, situation, money, day) -> list[str]:
    debt, language = status.debt, w.language
    account_clause = w("account_clause", account=account) if account else ""
    values = dict(name=borrower.name, account_clause=account_clause, start=day(debt.start_date),
                  principal=money(debt.principal), product=product(language, debt.kind.value),
                  a_product=product(language, debt.kind.value, article=True))
    if w.variant == "person":
        intro = w("intro_person", **values)
    elif w.variant == "card":
        intro = w("intro_card", **values)
    else:
        intro = w("intro_loan", **values)
    typed = _clean_cause(cause)
    if typed:
        reasons, clause = "", w("cause_given", cause=typed)
    elif causes:
        reasons, clause = _reason_sentences(w, causes), w("cause_reasons")
    else:
        reasons, clause = "", w("cause_none")
    return [join_sentences(language, intro, reasons, w("intro_unable", cause_clause=clause)),
            *user_paragraphs(situation)]


def _reason_sentences(w: _Words, causes: list[str]) -> str:
    """One sentence per cause; from the second on, each opens with a link word ('On top of that, ', '此外，')."""
    links = w.raw("reason_links")
    sentences = []
    for index, cause in enumerate(causes):
        sentence = w(f"reason_{cause}")
        link = links[min(index, len(links) - 1)]
        if link and not is_chinese(w.language) and not sentence.startswith(("I ", "I'")):
            sentence = sentence[:1].lower() + sentence[1:]
        sentences.append(link + sentence)
    return join_sentences(w.language, *sentences)


def _clean_cause(cause: str) -> str:
    return " ".join(str(cause or "").split()).strip().rstrip("。，,.;；!！")


def _paid(w: _Words, status: DebtStatus, money, day) -> list[str]:
    state = status.state
    count = sum(1 for p in status.payments if p.paid_on <= state.as_of)
    if state.paid_total > 0:
        paid = w("paid_some", count=count, as_of=day(state.as_of), paid=money(state.paid_total))
    else:
        paid = w("paid_none", as_of=day(state.as_of))
    if state.days_past_due > 0 and state.oldest_unpaid is not None:
        overdue = w("overdue", count=state.days_past_due, overdue=money(state.overdue_amount),
                    due=day(state.oldest_unpaid.due_date), days=state.days_past_due)
    else:
        overdue = w("not_overdue")
    accrued = status.accrued.owed  # what is still owed: penalties already paid are not asked for again
    penalty = w("penalty_clause", accrued=money(accrued)) if accrued > 0 else ""
    outstanding = w("outstanding", outstanding=money(state.outstanding), penalty_clause=penalty)
    return [join_sentences(w.language, paid, overdue), outstanding]


def _request(w: _Words, plan: Plan, money, day) -> list[str]:
    options, rows = plan.options, plan.rows
    items: list[str] = []
    index = 0
    if options.deferral_months:
        deferred = rows[:options.deferral_months]
        note = w("opt_deferral_interest") if any(r.interest > 0 for r in deferred) else ""
        items.append(w("opt_deferral", count=options.deferral_months, months=options.deferral_months,
                       start=day(rows[0].due_date), interest_note=note))
        index = len(deferred)
    if options.settlement_percent is not None:
        row = rows[index]
        items.append(w("opt_settlement", date=day(row.due_date), owed=money(row.payment + plan.forgiven),
                       percent=format_percent(options.settlement_percent), amount=money(row.payment),
                       forgiven=money(plan.forgiven)))
    else:
        if options.lower_payment is not None and index < len(rows):
            lower_count = min(options.lower_months or len(rows), len(rows) - index)
            first = day(rows[index].due_date)
            if options.lower_months is None:
                items.append(w("opt_lower_open", amount=money(options.lower_payment), first=first))
            else:
                items.append(w("opt_lower", count=lower_count, months=lower_count,
                               amount=money(options.lower_payment), first=first))
            index += lower_count
        if index < len(rows):
            items.append(w("opt_instalments", count=len(rows) - index, first=day(rows[index].due_date)))
    if options.waive_penalties:
        items.append(w("opt_waive", waived=money(plan.waived)) if plan.waived > 0 else w("opt_waive_none"))
    if options.freeze_interest:
        items.append(w("opt_freeze"))

    if options.settlement_percent is not None:
        last = rows[-1]
        intro = w("table_intro_settlement", date=day(last.due_date), amount=money(last.payment))
    else:
        paying = sum(1 for r in rows if r.payment > 0)
        key = "table_intro" if plan.total_interest > 0 else "table_intro_no_interest"
        intro = w(key, count=paying, total=money(plan.total_paid), interest=money(plan.total_interest),
                  highest=money(plan.highest_payment))
    return [w("request_lead"), *numbered_items(w.language, items), intro]


def affordability_paragraphs(w: _Words, plan: Plan, budget: Budget | None, money, day,
                             offer: LenderOffer | None = None) -> list[str]:
    """What the letter says about affordability: the household's budget, this lender's part of it,
    and whether the plan fits.

    Honest by construction: the figures are the household plan's (`offer`, from
    `domain.household`), so a lender is told what is left after essentials and
    priority debts and its own pro-rata share, never the whole surplus; the
    letter promises only what the household plan shows can be paid (`offer.fits`),
    and otherwise asks ("the most I can offer at present").  Without an offer
    (no budget in the debt's currency) it offers proof of income instead.
    """
    language = w.language
    settlement = plan.options.settlement_percent is not None
    result = []
    if budget is not None:
        bmoney = lambda amount: format_money(language, amount, budget.currency)  # noqa: E731
        values = dict(taken_on=day(budget.taken_on), income=bmoney(budget.monthly_income),
                      expenses=bmoney(budget.monthly_expenses))
        if budget.disposable >= 0:
            result.append(w("afford_budget", disposable=bmoney(budget.disposable), **values))
        else:
            result.append(w("afford_budget_short", shortfall=bmoney(-budget.disposable), **values))
    if offer is not None and offer.available is not None:
        result += _share_sentences(w, offer, money)
    if settlement:
        when = day(offer.settle_on if offer is not None and offer.settle_on else plan.rows[-1].due_date)
        result.append(w("afford_settlement" if offer is not None and offer.fits else "afford_settlement_request",
                        date=when))
    elif offer is not None and offer.fits is not None:
        highest = money(plan.highest_payment)
        if offer.fits:
            result.append(w("afford_yes", highest=highest))
        elif offer.share:
            result.append(w("afford_request", highest=highest, share=money(offer.share)))
        else:
            result.append(w("afford_request_plain", highest=highest))
    if offer is None or (offer.fits is None and not settlement):
        result.append(w("afford_none"))
    return [join_sentences(language, *result)] if budget is not None else result


def _share_sentences(w: _Words, offer: LenderOffer, money) -> list[str]:
    """What goes first, what is left for the lenders who share, and this lender's share of it."""
    result = []
    if offer.provided_first > 0:
        result.append(w("afford_priority", provided=money(offer.provided_first)))
    if offer.group is not Group.SHARED or offer.pot is None:
        return result
    if offer.pot <= 0:
        return result + [w("afford_nothing_left")]
    if offer.shared_lenders > 1:
        if offer.provided_first > 0:
            result.append(w("afford_pot", count=offer.shared_lenders, pot=money(offer.pot),
                            shared_total=money(offer.shared_total)))
        else:  # the pot is the whole surplus just stated: say only who shares it
            result.append(w("afford_pot_all", count=offer.shared_lenders, shared_total=money(offer.shared_total)))
        result.append(w("afford_share", balance=money(offer.balance), share=money(offer.share or 0)))
        if offer.same_proportion:
            result.append(w("afford_same"))
    else:
        result.append(w("afford_pot_one", pot=money(offer.pot)))
    return result


def _schedule_table(language: str, plan: Plan):
    """Header, rows and totals of the proposed schedule, as the letter prints them.

    A deferred month (nothing paid) is no instalment: it carries no number,
    and instead of a payment of 0.00 and a negative principal it says how
    much interest is added to the balance (`is_note_row`).  The totals are
    those the letter's text gives: everything paid, the balance owed today
    as principal, all the interest (the deferred months' included).
    """
    debt = plan.status.debt
    unit = currency_unit(language, debt.currency)
    header = tuple(cell.format(unit=unit) for cell in words(language)["table_header"])
    rows, number = [], 0
    for r in plan.rows:
        if r.payment > 0:
            number += 1
            rows.append((str(number), format_date(language, r.due_date), format_amount(r.payment),
                         format_amount(r.principal), format_amount(r.interest), format_amount(r.balance)))
        else:
            note = (text(language, "deferred_row", interest=format_amount(r.interest)) if r.interest > 0
                    else text(language, "deferred_row_free"))
            rows.append(("—", format_date(language, r.due_date), note, "", "", format_amount(r.balance)))
    principal = sum((r.principal for r in plan.rows), ZERO)
    totals = (text(language, "table_total"), "", format_amount(plan.total_paid), format_amount(principal),
              format_amount(plan.total_interest), "")
    return header, rows, totals
