"""Approval tests: the full text of the negotiation letter, four cases in each language.

Each case × language has its approved text in `approved/<case>.<language>.txt`,
read and vouched for by a native reader of the language (Traditional Chinese
in Taiwan usage).  On a mismatch the test writes what the code now produces
to `<case>.<language>.received.txt` beside it and fails with a diff.  After
reading the new text, approve it with

    DEBTDESK_APPROVE=1 pytest tests/letters/test_approved_letters.py

which rewrites the approved files (and removes the .received ones); review
the change with `git diff tests/letters/approved` before committing it.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debtdesk.domain.debt import Debt, Lender
from debtdesk.domain.demo import demo_budget, demo_debts
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus, HardshipReason
from debtdesk.domain.household import household_plan
from debtdesk.domain.household_shares import suggest_fair_shares
from debtdesk.domain.household_spec import HouseholdSpec
from debtdesk.domain.proposal import ProposalOptions, build_plan
from debtdesk.domain.status import debt_status
from debtdesk.letters import LANGUAGES, Party, negotiation_letter

AS_OF = date(2026, 11, 23)
APPROVED = Path(__file__).parent / "approved"
APPROVE = os.environ.get("DEBTDESK_APPROVE") == "1"

BORROWER = {
    "zh-Hans": Party("陈大文", "上海市浦东新区世纪大道100号1201室", "138 0013 8000", "chen.dawen@example.com"),
    "zh-Hant": Party("陳大文", "上海市浦東新區世紀大道100號1201室", "138 0013 8000", "chen.dawen@example.com"),
    "en": Party("Chen Dawen", ("Room 1201, 100 Century Avenue", "Pudong New Area, Shanghai"), "138 0013 8000",
                "chen.dawen@example.com"),
}


def obtained(key: str, status: EvidenceStatus = EvidenceStatus.OBTAINED) -> EvidenceItem:
    """A checklist item as the app stores it: its English source title, the letter translates it."""
    from debtdesk.domain.evidence import BY_REASON, UNIVERSAL

    templates = {t.key: t for t in UNIVERSAL + tuple(t for ts in BY_REASON.values() for t in ts)}
    return EvidenceItem(templates[key].title, status, key)


@dataclass(frozen=True)
class Case:
    demo_lender: str
    names: dict  # the lender's name in each language
    options: ProposalOptions
    reasons: tuple
    evidence: tuple
    with_budget: bool = True
    unpaid: int = 0  # leave the last n of the demo's payments unmade, to put the debt in arrears
    #: the household around it: "kept" (every other debt paid as contracted) or "fair" (all share the pot)
    household: str = "kept"
    #: the case's own options are its fair share as a lower monthly payment
    own_share: bool = False


CASES = {
    "bank_loan": Case(
        "中国建设银行", {"zh-Hans": "中国建设银行", "zh-Hant": "中國建設銀行", "en": "China Construction Bank"},
        ProposalOptions(deferral_months=2, instalment_months=12, waive_penalties=True),
        (HardshipReason.ILLNESS, HardshipReason.JOB_LOSS),
        (obtained("identity"), obtained("pay_slips"), obtained("diagnosis"), obtained("termination"),
         obtained("credit_report", EvidenceStatus.SENT), obtained("hospital_records", EvidenceStatus.REQUESTED))),
    "credit_card": Case(
        "招商银行信用卡", {"zh-Hans": "招商银行信用卡中心", "zh-Hant": "招商銀行信用卡中心",
                     "en": "China Merchants Bank Credit Card Centre"},
        ProposalOptions(instalment_months=36, waive_penalties=True),
        (HardshipReason.BUSINESS_DELAY,),
        (obtained("identity"), obtained("bank_statements"), obtained("business_contracts"),
         obtained("payment_delay_proof")), unpaid=1, household="fair"),
    "online_loan": Case(
        "微粒贷", {"zh-Hans": "微粒贷", "zh-Hant": "微粒貸", "en": "WeBank (Weilidai)"},
        ProposalOptions(lower_payment=Decimal("800"), lower_months=6, instalment_months=12, freeze_interest=True),
        (HardshipReason.STUDENT,),
        (obtained("enrolment"), obtained("school_hardship"), obtained("statement", EvidenceStatus.NEEDED)),
        with_budget=False),
    "private_lender": Case(
        "Anna Chan (private)", {"zh-Hans": "陈安娜", "zh-Hant": "陳安娜", "en": "Anna Chan"},
        ProposalOptions(),
        (HardshipReason.FAMILY_EMERGENCY, HardshipReason.DISASTER),
        (obtained("family_certificates"), obtained("official_notices")), household="fair", own_share=True),
}


def letter_text(case_name: str, language: str) -> str:
    case = CASES[case_name]
    debt, payments = next((d, p) for d, p in demo_debts(AS_OF) if d.lender.name == case.demo_lender)
    debt: Debt = replace(debt, lender=Lender(case.names[language], debt.lender.kind), id=1)
    payments = payments[:len(payments) - case.unpaid]
    status = debt_status(debt, payments, AS_OF)
    budget = demo_budget(AS_OF) if case.with_budget else None
    plan, offer = build_plan(status, case.options), None
    if budget is not None:
        plan, offer = household_offer(status, case, budget.disposable)
    letter = negotiation_letter(BORROWER[language], status, plan, budget, case.evidence, language, AS_OF,
                                reasons=case.reasons, offer=offer)
    return letter.to_text()


def household_offer(status, case: Case, available: Decimal):
    """The case's debt among the demo household's other debts, as the household plan treats it."""
    others = [debt_status(replace(d, id=n), p, AS_OF) for n, (d, p) in enumerate(demo_debts(AS_OF), 2)
              if d.lender.name != case.demo_lender]
    statuses = [status, *others]
    spec = HouseholdSpec("CNY")
    if case.household == "fair":
        spec = suggest_fair_shares(statuses, spec, available, AS_OF)
    if not case.own_share:
        spec = spec.with_proposal(status.debt.id, case.options)
    house = household_plan(statuses, spec, available, AS_OF)
    return house.line(status.debt.id).plan, house.offer(status.debt.id)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case_name", sorted(CASES))
def test_letter_text_is_the_approved_text(case_name, language):
    approved = APPROVED / f"{case_name}.{language}.txt"
    received = approved.with_suffix(".received.txt")
    text = letter_text(case_name, language)
    if APPROVE:
        approved.write_text(text, encoding="utf-8")
        received.unlink(missing_ok=True)
        return
    expected = approved.read_text(encoding="utf-8") if approved.exists() else ""
    if text == expected:
        received.unlink(missing_ok=True)
        return
    received.write_text(text, encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                        str(approved.name), str(received.name)))
    pytest.fail(f"The letter differs from {approved.name} (now in {received.name}); if the new text is right, "
                f"approve it with DEBTDESK_APPROVE=1.\n{diff}", pytrace=False)
