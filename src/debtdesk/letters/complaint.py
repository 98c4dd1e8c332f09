"""The complaint about collection conduct (DOMAIN.md section 5), to the lender or a regulator.

Built from the contact log's flagged contacts: each becomes a numbered
record (when, who, how, what was said, which rules it breaks), followed by
what the borrower asks for.  China's complaint channels are named when the
debt is in CNY; elsewhere, the local regulator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from debtdesk.domain.contacts import Contact, Flag
from debtdesk.domain.debt import Debt, mask_account
from debtdesk.letters.content import (
    COMPLAINT,
    Letter,
    Party,
    Section,
    contact_paragraph,
    frame,
    join_sentences,
    lender_kind,
)
from debtdesk.letters.phrases import (
    check_language,
    format_datetime,
    numbered_items,
    pick,
    product,
    sentence,
    text,
    words,
)

__all__ = ["complaint_letter", "regulator_parties"]


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
    recipient_kind = "regulator" if to_regulator else lender_kind(debt)
    you = pick(language, "you", recipient_kind)
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
                [*record_paragraphs, join_sentences(language, text(language, "cmp_breach"), evidence)], "records"),
        Section(text(language, "cmp_h_request"),
                [text(language, "cmp_req_lead"), *requests, join_sentences(language, *closing),
                 contact_paragraph(language, borrower)], "complaint_request"),
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
        **frame(language, recipient, False, COMPLAINT, borrower),
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
    return text(language, "record_no", number=number) + join_sentences(
        language, head, sentence(language, contact.summary), text(language, "record_flags", flags=flag_words))

