"""Letters as editable text, built from domain objects before anything is rendered.

`negotiation_letter` and `complaint_letter` return a `Letter`: plain strings
in sections, which the app shows in a preview the user may edit (change a
paragraph, drop a section) before `debtdesk.letters.pdf.render_pdf` lays it
out.  Nothing here escapes or marks up text: a Letter holds exactly what the
reader will see.  All wording comes from `debtdesk.letters.phrases`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from debtdesk.domain.budget import Budget
from debtdesk.domain.contacts import Contact, Flag
from debtdesk.domain.debt import Debt, LenderKind, ProductKind, mask_account
from debtdesk.domain.evidence import EvidenceItem
from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.proposal import Plan
from debtdesk.domain.status import DebtStatus
from debtdesk.letters.phrases import (
    LANGUAGES,
    check_language,
    currency_unit,
    format_date,
    format_datetime,
    format_money,
    format_percent,
    is_chinese,
    join_or,
    numbered_items,
    pick,
    product,
    sentence,
    text,
    words,
)

NEGOTIATION = "negotiation"
COMPLAINT = "complaint"
#: The section after which a letter's schedule table is printed.
SCHEDULE_SECTION = "request"

__all__ = ["COMPLAINT", "LANGUAGES", "NEGOTIATION", "SCHEDULE_SECTION", "Letter", "Party", "Section",
           "complaint_letter", "header_lines", "negotiation_letter", "regulator_parties"]


@dataclass(frozen=True)
class Party:
    """Who writes or receives a letter; only the name is required."""

    name: str
    address: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        if not str(self.name or "").strip():
            raise ValueError("A letter's sender and recipient need a name.")
        address = self.address.splitlines() if isinstance(self.address, str) else (self.address or ())
        object.__setattr__(self, "name", str(self.name).strip())
        object.__setattr__(self, "address", tuple(str(line).strip() for line in address if str(line).strip()))
        object.__setattr__(self, "phone", str(self.phone or "").strip())
        object.__setattr__(self, "email", str(self.email or "").strip())


@dataclass
class Section:
    heading: str
    paragraphs: list[str]
    key: str = ""  # stable name ('situation', 'request', ...) that survives editing the text


@dataclass
class Letter:
    """A letter as the reader will see it; every field may be edited before rendering."""

    kind: str  # NEGOTIATION or COMPLAINT
    language: str  # one of LANGUAGES
    sender: Party
    recipient: Party
    date: date
    account_masked: str
    subject: str
    salutation: str
    sections: list[Section]
    closing: str  # may span lines ('此致\n敬礼！')
    signature: str
    enclosures: list[str] = field(default_factory=list)
    schedule_header: tuple[str, ...] | None = None
    schedule_rows: list[tuple[str, ...]] | None = None
    schedule_totals: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        check_language(self.language)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def schedule_index(self) -> int:
        """Index of the section the schedule follows: 'request', else the last one (-1: there is none)."""
        for index, section in enumerate(self.sections):
            if section.key == SCHEDULE_SECTION:
                return index
        return len(self.sections) - 1

    def to_text(self) -> str:
        """The letter as plain text (preview, clipboard, e-mail body), in reading order."""
        lines: list[str] = []
        chinese = is_chinese(self.language)
        if chinese:
            lines += [self.subject, ""]
            lines += [f"{label}{value}" for label, value in header_lines(self)]
        else:
            lines += [self.sender.name, *self.sender.address, *_contact_lines(self)]
            lines += ["", self.recipient.name, *self.recipient.address, "", format_date(self.language, self.date)]
            if self.account_masked:
                lines += ["", f"{words(self.language)['label_account']} {self.account_masked}"]
            lines += [words(self.language)["label_subject"] + self.subject]
        lines += ["", self.salutation]
        schedule_after = self.schedule_index() if self.schedule_rows else None
        if schedule_after == -1:
            lines += [""] + _table_text(self)
        for index, section in enumerate(self.sections):
            lines += ["", section.heading] if section.heading else [""]
            lines += section.paragraphs
            if index == schedule_after:
                lines += [""] + _table_text(self)
        lines += ["", *self.closing.splitlines(), "", self.signature]
        if chinese:
            lines.append(format_date(self.language, self.date))
        if self.enclosures:
            lines += ["", words(self.language)["enclosures"]]
            lines += [f"{n}. {title}" for n, title in enumerate(self.enclosures, 1)]
        return "\n".join(lines) + "\n"


def header_lines(letter: Letter) -> list[tuple[str, str]]:
    """(label, value) pairs of a Chinese letter's header block: recipient, sender, contact, account."""
    w = words(letter.language)
    rows = [(w["label_to"], letter.recipient.name)]
    rows += [("", line) for line in letter.recipient.address]
    rows.append((w[f"label_from_{letter.kind}"], letter.sender.name))
    rows += [(w["label_address"] if i == 0 else "", line) for i, line in enumerate(letter.sender.address)]
    if letter.sender.phone:
        rows.append((w["label_phone"], letter.sender.phone))
    if letter.sender.email:
        rows.append((w["label_email"], letter.sender.email))
    if letter.account_masked:
        rows.append((w["label_account"], letter.account_masked))
    return rows


def _contact_lines(letter: Letter) -> list[str]:
    w = words(letter.language)
    lines = []
    if letter.sender.phone:
        lines.append(f"{w['label_phone']} {letter.sender.phone}")
    if letter.sender.email:
        lines.append(f"{w['label_email']} {letter.sender.email}")
    return lines


def _table_text(letter: Letter) -> list[str]:
    rows = [letter.schedule_header or ()] + list(letter.schedule_rows or []) + (
        [letter.schedule_totals] if letter.schedule_totals else [])
    return ["  ".join(cell for cell in row) for row in rows]


# -- shared pieces -------------------------------------------------------------------

def _join(language: str, *sentences: str) -> str:
    """Sentences into one paragraph: run together in Chinese, spaced in English."""
    return ("" if is_chinese(language) else " ").join(s for s in sentences if s)


def _paragraphs(user_text: str) -> list[str]:
    return [line.strip() for line in str(user_text or "").splitlines() if line.strip()]


def _you(language: str, kind: str) -> str:
    return pick(language, "you", kind)


def _lender_kind(debt: Debt | None) -> str:
    if debt is None:
        return "other"
    return {LenderKind.BANK: "bank", LenderKind.PLATFORM: "platform", LenderKind.PERSON: "person"}.get(
        debt.lender.kind, "other")


def _frame(language: str, recipient: Party, person: bool, kind: str, sender: Party) -> dict:
    form = "person" if person else "org"
    return {
        "salutation": pick(language, "salutation", form, name=recipient.name),
        "closing": pick(language, "closing", form, recipient=recipient.name),
        "signature": text(language, f"signature_{kind}", name=sender.name),
    }


def _contact_paragraph(language: str, borrower: Party) -> str:
    ways = []
    if borrower.phone:
        ways.append(text(language, "contact_phone", phone=borrower.phone))
    if borrower.email:
        ways.append(text(language, "contact_email", email=borrower.email))
    if not ways:
        return text(language, "contact_none")
    return text(language, "contact", ways=join_or(language, ways))


def _clean_cause(cause: str) -> str:
    return " ".join(str(cause or "").split()).strip().rstrip("。，,.;；!！")


# -- the negotiation letter ----------------------------------------------------------------

def enclosure_title(language: str, item: EvidenceItem) -> str:
    """A checklist item in the letter's language, unless the user gave it a name of their own.

    Items proposed from the checklist are stored in the language the app was
    in; any of the three known titles for the item's template is replaced by
    the letter's.
    """
    titles = words(language)["evidence_titles"]
    if item.template_key in titles:
        known = {words(lang)["evidence_titles"].get(item.template_key) for lang in LANGUAGES}
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
) -> Letter:
    """The letter asking a lender to accept `plan` (DOMAIN.md section 6).

    `cause` is a short phrase in the letter's language that completes "Because
    of …," / "因……，" (e.g. "a serious illness", "突发疾病住院"); `situation`
    is free text, one paragraph per line.  `recipient` defaults to the lender.
    With `budget_appendix` (pass the budget to `render_pdf` as well), the
    income and expenditure statement is listed among the enclosures.
    """
    check_language(language)
    if plan.status.debt != status.debt:
        raise ValueError("The plan was built for a different debt than the status given.")
    if not plan.rows:
        raise ValueError("Nothing is owed on this debt, so there is nothing to propose.")
    debt = status.debt
    recipient = recipient or Party(debt.lender.name)
    lender_kind = _lender_kind(debt)
    you = _you(language, lender_kind)
    money = lambda amount: format_money(language, amount, debt.currency)  # noqa: E731
    day = lambda d: format_date(language, d)  # noqa: E731
    account = mask_account(debt.account_number) if debt.account_number.strip() else ""

    sections = [
        Section(text(language, "neg_h_situation"),
                _situation(language, borrower, debt, you, account, cause, situation, money, day), "situation"),
        Section(text(language, "neg_h_paid"), _paid(language, status, you, money, day), "paid"),
        Section(text(language, "neg_h_request"), _request(language, plan, you, money, day), SCHEDULE_SECTION),
        Section(text(language, "neg_h_afford"), _affordability(language, plan, budget, you, money, day), "afford"),
        Section(text(language, "neg_h_confirm"), [
            _join(language, text(language, "confirm", you=you), text(language, "pause", you=you)),
            _contact_paragraph(language, borrower),
            text(language, "thanks", you=you),
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
        subject=text(language, "neg_subject", product=product(language, debt.kind.value)),
        sections=sections,
        enclosures=[enclosure_title(language, item) for item in evidence if item.done] + (
            [text(language, "app_enclosure")] if budget_appendix and budget is not None else []),
        schedule_header=header,
        schedule_rows=rows,
        schedule_totals=totals,
        **_frame(language, recipient, lender_kind == "person", NEGOTIATION, borrower),
    )


def _situation(language, borrower, debt, you, account, cause, situation, money, day) -> list[str]:
    account_clause = text(language, "account_clause", account=account) if account else ""
    values = dict(name=borrower.name, you=you, account_clause=account_clause, start=day(debt.start_date),
                  principal=money(debt.principal), product=product(language, debt.kind.value),
                  a_product=product(language, debt.kind.value, article=True))
    if debt.lender.kind is LenderKind.PERSON:
        intro = text(language, "intro_person", **values)
    elif debt.kind is ProductKind.CREDIT_CARD:
        intro = text(language, "intro_card", **values)
    else:
        intro = text(language, "intro_loan", **values)
    cause = _clean_cause(cause)
    cause_clause = text(language, "cause_given", cause=cause) if cause else text(language, "cause_none")
    return [_join(language, intro, text(language, "intro_unable", cause_clause=cause_clause, you=you)),
            *_paragraphs(situation)]


def _paid(language, status: DebtStatus, you, money, day) -> list[str]:
    state = status.state
    count = sum(1 for p in status.payments if p.paid_on <= state.as_of)
    if state.paid_total > 0:
        paid = text(language, "paid_some", count=count, as_of=day(state.as_of), paid=money(state.paid_total))
    else:
        paid = text(language, "paid_none", as_of=day(state.as_of))
    if state.days_past_due > 0 and state.oldest_unpaid is not None:
        overdue = text(language, "overdue", count=state.days_past_due, overdue=money(state.overdue_amount),
                       due=day(state.oldest_unpaid.due_date), days=state.days_past_due)
    else:
        overdue = text(language, "not_overdue")
    accrued = status.accrued.total
    penalty = text(language, "penalty_clause", accrued=money(accrued)) if accrued > 0 else ""
    outstanding = text(language, "outstanding", outstanding=money(state.outstanding), penalty_clause=penalty,
                       you=you)
    return [_join(language, paid, overdue), outstanding]


def _request(language, plan: Plan, you, money, day) -> list[str]:
    options, rows = plan.options, plan.rows
    items: list[str] = []
    index = 0
    if options.deferral_months:
        deferred = rows[:options.deferral_months]
        note = text(language, "opt_deferral_interest") if any(r.interest > 0 for r in deferred) else ""
        items.append(text(language, "opt_deferral", count=options.deferral_months, months=options.deferral_months,
                          start=day(rows[0].due_date), interest_note=note))
        index = len(deferred)
    if options.settlement_percent is not None:
        row = rows[index]
        items.append(text(language, "opt_settlement", date=day(row.due_date), owed=money(row.payment + plan.forgiven),
                          percent=format_percent(options.settlement_percent), amount=money(row.payment),
                          forgiven=money(plan.forgiven)))
    else:
        if options.lower_payment is not None and index < len(rows):
            lower_count = min(options.lower_months or len(rows), len(rows) - index)
            first = day(rows[index].due_date)
            if options.lower_months is None:
                items.append(text(language, "opt_lower_open", amount=money(options.lower_payment), first=first))
            else:
                items.append(text(language, "opt_lower", count=lower_count, months=lower_count,
                                  amount=money(options.lower_payment), first=first))
            index += lower_count
        if index < len(rows):
            key = "opt_instalments_card" if plan.status.debt.kind is ProductKind.CREDIT_CARD else "opt_instalments"
            items.append(text(language, key, count=len(rows) - index, first=day(rows[index].due_date)))
    if options.waive_penalties:
        items.append(text(language, "opt_waive", waived=money(plan.waived)) if plan.waived > 0
                     else text(language, "opt_waive_none"))
    if options.freeze_interest:
        items.append(text(language, "opt_freeze"))

    if options.settlement_percent is not None:
        last = rows[-1]
        intro = text(language, "table_intro_settlement", date=day(last.due_date), amount=money(last.payment))
    else:
        paying = sum(1 for r in rows if r.payment > 0)
        intro = text(language, "table_intro", count=paying, total=money(plan.total_paid),
                     interest=money(plan.total_interest), highest=money(plan.highest_payment))
    return [text(language, "request_lead", you=you), *numbered_items(language, items), intro]


def _affordability(language, plan: Plan, budget: Budget | None, you, money, day) -> list[str]:
    settlement = plan.options.settlement_percent is not None
    highest = plan.highest_payment
    result = []
    if budget is not None:
        bmoney = lambda amount: format_money(language, amount, budget.currency)  # noqa: E731
        values = dict(taken_on=day(budget.taken_on), income=bmoney(budget.monthly_income),
                      expenses=bmoney(budget.monthly_expenses))
        if budget.disposable >= 0:
            result.append(text(language, "afford_budget", disposable=bmoney(budget.disposable), **values))
        else:
            result.append(text(language, "afford_budget_short", shortfall=bmoney(-budget.disposable), **values))
    if settlement:
        result.append(text(language, "afford_settlement", date=day(plan.rows[-1].due_date)))
    elif budget is not None:
        fits = budget.currency.upper() == plan.status.debt.currency.upper() and highest <= budget.disposable
        result.append(text(language, "afford_yes" if fits else "afford_no", highest=money(highest)))
    if budget is None:
        result.append(text(language, "afford_none", you=you))
    return [_join(language, *result)] if budget is not None else result


def _schedule_table(language: str, plan: Plan):
    debt = plan.status.debt
    unit = currency_unit(language, debt.currency)
    header = tuple(cell.format(unit=unit) for cell in words(language)["table_header"])
    # Deferred months carry no number, so the numbers count the instalments the text speaks of.
    numbers, n = [], 0
    for r in plan.rows:
        n += r.payment > 0
        numbers.append(str(n) if r.payment > 0 else "—")
    rows = [(number, format_date(language, r.due_date), format_amount(r.payment), format_amount(r.principal),
             format_amount(r.interest), format_amount(r.balance)) for number, r in zip(numbers, plan.rows)]
    principal = sum((r.principal for r in plan.rows), ZERO)
    totals = (text(language, "table_total"), "", format_amount(plan.total_paid), format_amount(principal),
              format_amount(plan.total_interest), "")
    return header, rows, totals


# -- the complaint letter ---------------------------------------------------------------------

def regulator_parties(language: str) -> list[Party]:
    """China's complaint channels as recipients: the NFRA (12378), the PBOC (12363), NIFA."""
    return [Party(name, phone=phone) for name, phone in words(language)["regulators_cn"]]


def complaint_letter(
    borrower: Party,
    flagged: Iterable[tuple[Contact, frozenset[Flag]]],
    recipient: Party,
    language: str,
    letter_date: date,
    debt: Debt | None = None,
    *,
    to_regulator: bool = False,
    region: str | None = None,
    enclosures: Sequence[str] = (),
) -> Letter:
    """A complaint about collection conduct, to the lender or (`to_regulator`) a regulator.

    `flagged` is `flag_log(...)` output or a selection of it; contacts without
    flags are left out.  `region` 'CN' names China's complaint channels (the
    default when the debt is in CNY or unknown); any other value, the local
    regulator.  Raises ValueError when no contact carries a flag.
    """
    check_language(language)
    records = sorted(((c, f) for c, f in flagged if f), key=lambda cf: (cf[0].occurred_at, cf[0].id or 0))
    if not records:
        raise ValueError("None of the contacts given carries a flag; there is nothing to complain about.")
    if region is None:
        region = "CN" if debt is None or debt.currency.upper() == "CNY" else ""
    recipient_kind = "regulator" if to_regulator else _lender_kind(debt)
    you = _you(language, recipient_kind)
    lender = debt.lender.name if (debt is not None and to_regulator) else you
    account = mask_account(debt.account_number) if debt is not None and debt.account_number.strip() else ""

    if debt is not None:
        account_clause = text(language, "account_clause", account=account) if account else ""
        intro = text(language, "cmp_intro_debt", name=borrower.name, lender=lender, account_clause=account_clause,
                     product=product(language, debt.kind.value))
    else:
        intro = text(language, "cmp_intro_plain", name=borrower.name)

    evidence = text(language, "cmp_evidence_enclosed" if enclosures else "cmp_evidence_kept")
    record_paragraphs = [_record(language, n, contact, flags) for n, (contact, flags) in enumerate(records, 1)]

    investigate = (text(language, "cmp_req_investigate_regulator", lender=debt.lender.name)
                   if to_regulator and debt is not None else text(language, "cmp_req_investigate"))
    requests = numbered_items(language, [text(language, "cmp_req_stop"), investigate, text(language, "cmp_req_reply")])
    closing = [text(language, "cmp_cooperate", you=you)]
    if not to_regulator:
        closing.insert(0, text(language, "cmp_escalate_cn" if region == "CN" else "cmp_escalate_other", you=you))

    sections = [
        Section(text(language, "cmp_h_background"), [intro], "background"),
        Section(text(language, "cmp_h_records"),
                [*record_paragraphs, _join(language, text(language, "cmp_breach"), evidence)], "records"),
        Section(text(language, "cmp_h_request"),
                [text(language, "cmp_req_lead"), *requests, _join(language, *closing),
                 _contact_paragraph(language, borrower)], "complaint_request"),
    ]
    return Letter(
        kind=COMPLAINT,
        language=language,
        sender=borrower,
        recipient=recipient,
        date=letter_date,
        account_masked=account,
        subject=text(language, "cmp_subject"),
        sections=sections,
        enclosures=[str(e) for e in enclosures if str(e).strip()],
        **_frame(language, recipient, False, COMPLAINT, borrower),
    )


def _record(language: str, number: int, contact: Contact, flags: frozenset[Flag]) -> str:
    company, agent = contact.company.strip(), contact.agent.strip()
    if company and agent:
        who = text(language, "who_company_agent", company=company, agent=agent)
    elif company:
        who = text(language, "who_company", company=company)
    elif agent:
        who = text(language, "who_agent", agent=agent)
    else:
        who = text(language, "who_generic")
    if contact.phone.strip():
        who += text(language, "who_phone", phone=contact.phone.strip())
    head = text(language, "record_head", when=format_datetime(language, contact.occurred_at), who=who,
                channel=pick(language, "channels", contact.channel.value))
    flag_words = words(language)["flag_join"].join(pick(language, "flags", f.value) for f in Flag if f in flags)
    return text(language, "record_no", number=number) + _join(
        language, head, sentence(language, contact.summary), text(language, "record_flags", flags=flag_words))

