"""Enclosures follow the letter's language unless the user named the item themselves."""

from __future__ import annotations

from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus
from debtdesk.letters.negotiation import enclosure_title


def item(title: str, key: str = "identity") -> EvidenceItem:
    return EvidenceItem(title, EvidenceStatus.OBTAINED, key)


def test_checklist_titles_follow_the_letter_language():
    english = item("Identity document (ID card or passport)")  # the checklist's own (English source) title
    assert enclosure_title("zh-Hans", english) == "本人身份证复印件（或护照）"
    assert enclosure_title("zh-Hant", english) == "本人身分證影本（或護照）"
    assert enclosure_title("en", item("身份证复印件（或护照）")) == "Copy of my identity document (ID card or passport)"


def test_english_enclosures_are_the_borrowers_own_papers():
    assert enclosure_title("en", item("Your credit report", "credit_report")) == "My credit report"
    assert enclosure_title("en", item("Bank statements for the last 3–6 months", "bank_statements")) == (
        "My bank statements for the last 3–6 months")
    assert enclosure_title("en", item("A written statement of your situation", "statement")) == (
        "A written statement of my situation")
    assert enclosure_title("en", item("Proof that the payment to you is delayed", "payment_delay_proof")) == (
        "Proof that the payment owed to me is delayed")
    from debtdesk.letters.phrases import words

    for language in ("en", "zh-Hans", "zh-Hant"):
        for title in words(language)["evidence_titles"].values():
            assert "your" not in title.lower() and "您" not in title and "贵" not in title and "貴" not in title
    assert enclosure_title("zh-Hans", item("Your credit report", "credit_report")) == "本人信用报告"
    assert enclosure_title("zh-Hant", item("个人信用报告", "credit_report")) == "本人信用報告"


def test_renamed_and_own_items_keep_their_names():
    assert enclosure_title("zh-Hans", item("My passport, pages 1-3")) == "My passport, pages 1-3"
    assert enclosure_title("en", item("医院证明", key="")) == "医院证明"


def test_a_credit_card_asks_for_personalised_instalments():
    from datetime import date

    from debtdesk.domain.demo import demo_debts
    from debtdesk.domain.proposal import ProposalOptions, build_plan
    from debtdesk.domain.status import debt_status
    from debtdesk.letters import Party, negotiation_letter

    as_of = date(2026, 11, 23)
    card, payments = next((d, p) for d, p in demo_debts(as_of) if d.kind.value == "credit_card")
    status = debt_status(card, payments, as_of)
    plan = build_plan(status, ProposalOptions(instalment_months=36))
    text = negotiation_letter(Party("陈大文"), status, plan, None, [], "zh-Hans", as_of).to_text()
    assert "个性化分期还款" in text and "第七十条" in text and "分36期" in text
    loan, loan_payments = next((d, p) for d, p in demo_debts(as_of) if d.kind.value == "bank_loan")
    loan_status = debt_status(loan, loan_payments, as_of)
    loan_text = negotiation_letter(Party("陈大文"), loan_status, build_plan(loan_status, ProposalOptions(
        instalment_months=36)), None, [], "zh-Hans", as_of).to_text()
    assert "个性化分期" not in loan_text and "分期还款：将剩余欠款分36期" in loan_text


def test_deferred_months_carry_no_instalment_number():
    from datetime import date

    from debtdesk.domain.demo import demo_debts
    from debtdesk.domain.proposal import ProposalOptions, build_plan
    from debtdesk.domain.status import debt_status
    from debtdesk.letters import Party, negotiation_letter

    as_of = date(2026, 11, 23)
    debt, payments = next((d, p) for d, p in demo_debts(as_of) if d.kind.value == "bank_loan")
    status = debt_status(debt, payments, as_of)
    plan = build_plan(status, ProposalOptions(deferral_months=2, instalment_months=24))
    letter = negotiation_letter(Party("陈大文"), status, plan, None, [], "en", as_of)
    numbers = [row[0] for row in letter.schedule_rows]
    assert numbers[:3] == ["—", "—", "1"] and numbers[-1] == "24" and len(numbers) == 26
