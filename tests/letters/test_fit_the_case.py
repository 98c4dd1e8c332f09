"""Letters that fit the case: the recorded hardship, a private lender's personal tone, card terms.

Expectations are written out by hand; the full texts are in the approval files.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from debtdesk.domain.debt import Lender, LenderKind, ProductKind
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus
from debtdesk.domain.evidence import HardshipReason as H
from debtdesk.domain.proposal import ProposalOptions, build_plan
from debtdesk.domain.status import debt_status
from debtdesk.letters import LANGUAGES, Party, negotiation_letter
from debtdesk.letters.hardship import hardship_causes

AS_OF = date(2026, 11, 23)


def status_of(kind_value: str, lender: Lender | None = None, product: ProductKind | None = None, unpaid: int = 0):
    debt, payments = next((d, p) for d, p in demo_debts(AS_OF) if d.kind.value == kind_value)
    debt = replace(debt, lender=lender or debt.lender, kind=product or debt.kind, id=1)
    return debt_status(debt, payments[:len(payments) - unpaid], AS_OF)


def letter(status, language, options=None, **kw):
    plan = build_plan(status, options or ProposalOptions(instalment_months=12))
    return negotiation_letter(Party("张三"), status, plan, None, kw.pop("evidence", []), language, AS_OF, **kw)


def situation(status, language, **kw) -> str:
    return letter(status, language, **kw).sections[0].paragraphs[0]


# -- the cause of hardship -----------------------------------------------------------------

def done(key: str) -> EvidenceItem:
    return EvidenceItem(key, EvidenceStatus.OBTAINED, key)


def test_job_loss_is_told_apart_from_a_pay_cut_by_the_evidence_in_hand():
    assert hardship_causes([H.JOB_LOSS]) == ["work_income"]
    assert hardship_causes([H.JOB_LOSS], [done("termination")]) == ["job_loss"]
    assert hardship_causes([H.JOB_LOSS], [done("unemployment"), done("new_pay_slips")]) == ["job_loss"]
    assert hardship_causes([H.JOB_LOSS], [done("new_pay_slips")]) == ["income_drop"]
    needed = EvidenceItem("termination", EvidenceStatus.REQUESTED, "termination")
    assert hardship_causes([H.JOB_LOSS], [needed]) == ["work_income"]  # only papers in hand count
    assert hardship_causes(["disaster", H.ILLNESS, "student"]) == ["illness", "student", "disaster"]
    assert hardship_causes([]) == []


def test_each_reason_is_its_own_sentence_and_several_read_as_one_story():
    bank = status_of("bank_loan")
    text = situation(bank, "en", reasons=[H.ILLNESS, H.JOB_LOSS, H.DISASTER], evidence=[done("termination")])
    assert ("I have been receiving medical treatment for a serious health problem; for much of that time I could "
            "not work normally, and my medical bills have been high. On top of that, I have lost my job and, with "
            "it, my main source of income. At the same time, a natural disaster in my area has affected my home and "
            "my livelihood. As a result, I am currently unable to keep up the repayments") in text
    text = situation(bank, "zh-Hans", reasons=[H.STUDENT, H.FAMILY_EMERGENCY])
    assert ("本人仍是在校学生，没有稳定的收入来源。此外，本人家中突遭变故，需要承担额外的开支和家庭责任。"
            "因此，本人目前无法按照原约定按期足额还款。") in text
    text = situation(bank, "zh-Hant", reasons=[H.BUSINESS_DELAY])
    assert "客戶拖欠本人經營事業中已完成工作之款項，原定用於還款的資金遲遲未能入帳。因此，本人目前無法依原約定" in text


@pytest.mark.parametrize("language, generic", [
    ("zh-Hans", "由于个人经济状况发生变化，"), ("zh-Hant", "由於個人經濟狀況發生變化，"),
    ("en", "Because my financial circumstances have changed, "),
])
def test_the_generic_cause_only_without_a_recorded_reason(language, generic):
    bank = status_of("bank_loan")
    assert generic in situation(bank, language)
    for reason in H:
        assert generic not in situation(bank, language, reasons=[reason]), reason


def test_a_cause_typed_by_the_user_replaces_the_recorded_reasons():
    text = situation(status_of("bank_loan"), "zh-Hans", reasons=[H.ILLNESS], cause="店铺遭遇火灾。")
    assert "因店铺遭遇火灾，本人目前无法" in text and "伤病" not in text


# -- a private lender is a person ------------------------------------------------------------

PERSON = Lender("Anna Chan", LenderKind.PERSON)


@pytest.mark.parametrize("lender, product", [
    (PERSON, None),  # a person lending
    (Lender("Anna Chan", LenderKind.OTHER), ProductKind.PRIVATE_LOAN),  # a private loan, whoever recorded it
])
@pytest.mark.parametrize("language, salutation, closing, formal", [
    ("en", "Dear Anna Chan,", "With best wishes,", ["Dear Sir or Madam", "Account number", "account number",
                                                     "Yours faithfully", "collection", "Re: ", "respectfully"]),
    ("zh-Hans", "Anna Chan：您好！", "祝\n安好！", ["尊敬的", "贵", "申请人", "敬礼", "账号", "催收", "本人"]),
    ("zh-Hant", "Anna Chan您好：", "敬祝\n平安健康", ["敬啟者", "貴", "申請人", "台鑒", "帳號", "催收", "本人"]),
])
def test_a_private_lender_gets_a_personal_letter(lender, product, language, salutation, closing, formal):
    status = status_of("bank_loan", lender=lender, product=product)
    result = letter(status, language, ProposalOptions(deferral_months=2, instalment_months=6,
                                                      waive_penalties=True), reasons=[H.ILLNESS])
    assert result.personal and result.salutation == salutation and result.closing == closing
    text = result.to_text().split("\n1. ")[0]  # up to the enclosures
    for word in formal:
        assert word not in text, word
    assert ("您" in text) if language != "en" else ("you lent me" in text)


def test_a_bank_letter_keeps_its_formal_frame():
    result = letter(status_of("bank_loan"), "zh-Hans")
    assert not result.personal and result.salutation == "尊敬的中国建设银行：" and "贵行" in result.to_text()


# -- credit cards ------------------------------------------------------------------------------

@pytest.mark.parametrize("language, words, loan_words", [
    ("en", ["Card number: •••• 6789", "(card number •••• 6789)", "The minimum payments now unpaid come to",
            "card balance outstanding", "personalised instalment plan (个性化分期"],
     ["oldest unpaid instalment", "principal not yet due"]),
    ("zh-Hans", ["卡号：•••• 6789", "（卡号：•••• 6789）", "未还的最低还款额合计", "信用卡欠款余额", "个性化分期还款"],
     ["账号", "未到期本金", "最早一期未还款项"]),
    ("zh-Hant", ["卡號：•••• 6789", "（卡號：•••• 6789）", "未繳的最低應繳金額合計", "繳款截止日", "信用卡應繳總額",
                 "個性化分期還款"], ["帳號", "未到期本金", "最早一期未繳款項"]),
])
def test_a_card_letter_speaks_of_the_card(language, words, loan_words):
    card = status_of("credit_card", unpaid=1)
    assert card.state.days_past_due == 21
    text = letter(card, language, ProposalOptions(instalment_months=36, waive_penalties=True)).to_text()
    for word in words:
        assert word in text, word
    for word in loan_words:
        assert word not in text, word


# -- deferred months ------------------------------------------------------------------------

def test_interest_free_deferral_says_no_interest_is_added():
    status = status_of("bank_loan")
    options = ProposalOptions(deferral_months=2, instalment_months=12, freeze_interest=True)
    for language, note in (("en", "Deferred — no interest added"), ("zh-Hans", "延期还款，不计利息"),
                           ("zh-Hant", "延期還款，不計利息")):
        rows = letter(status, language, options).schedule_rows
        assert [row[2] for row in rows[:2]] == [note, note] and rows[2][0] == "1"


# -- both scripts are clean in the generated text ---------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_wording_raises_no_script_or_glyph_finding(language):
    from debtdesk.letters.glyphs import unprintable
    from debtdesk.letters.script_check import script_findings

    names = {"zh-Hans": "陈大文", "zh-Hant": "陳大文", "en": "Chen Dawen"}
    for kind in ("bank_loan", "credit_card", "online_loan", "private_loan"):
        status = status_of(kind, lender=Lender(names[language], LenderKind.BANK))
        result = negotiation_letter(Party(names[language]), status, build_plan(status, ProposalOptions(
            deferral_months=1, instalment_months=6, waive_penalties=True)), None, [], language, AS_OF,
            reasons=list(H))
        assert script_findings(result) == [] and unprintable(result) == [], kind
