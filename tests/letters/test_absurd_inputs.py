"""No name, address or paragraph is too long to print: absurd inputs wrap and split across pages.

A 2,000-character address in a Chinese letter used to raise reportlab's
LayoutError (a header row taller than a page).  Each letter here must come
out as a PDF holding every character that went in: the test counts marker
characters used nowhere else in the letter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from debtdesk.domain.budget import Budget, BudgetLine, Direction
from debtdesk.domain.contacts import Channel, Conduct, Contact, flag_log
from debtdesk.domain.debt import Lender, LenderKind
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus
from debtdesk.domain.proposal import ProposalOptions, build_plan
from debtdesk.domain.status import debt_status
from debtdesk.letters import LANGUAGES, Party, complaint_letter, negotiation_letter, render_pdf

AS_OF = date(2026, 11, 23)
NAME = "卅" * 500  # the lender
ADDRESS = "亖" * 2000  # the borrower's address
LENDER_ADDRESS = "Ⅻ" * 2000
PARAGRAPH = "Ω" * 10_000  # an edited paragraph: one 'word' of 10,000 characters
WORDY = "Ψ " * 5_000  # and one of 5,000 short words


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def status_for(kind: LenderKind):
    debt, payments = next((d, p) for d, p in demo_debts(AS_OF) if d.kind.value == "bank_loan")
    return debt_status(replace(debt, lender=Lender(NAME, kind), id=1), payments, AS_OF)


@pytest.mark.parametrize("kind", [LenderKind.BANK, LenderKind.PERSON])
@pytest.mark.parametrize("language", LANGUAGES)
def test_absurdly_long_text_prints_in_full(tmp_path, language, kind):
    status = status_for(kind)
    plan = build_plan(status, ProposalOptions(deferral_months=2, instalment_months=12))
    budget = Budget(AS_OF, (BudgetLine(Direction.INCOME, "wages", Decimal("9000"), label="Ж" * 200),
                            BudgetLine(Direction.EXPENSE, "food", Decimal("2000"))))
    borrower = Party("陈大文" * 100, ADDRESS, "138 0013 8000", "x@example.com")
    evidence = [EvidenceItem("Б" * 1000, EvidenceStatus.OBTAINED)]
    letter = negotiation_letter(borrower, status, plan, budget, evidence, language, AS_OF,
                                recipient=Party(NAME, LENDER_ADDRESS), budget_appendix=True)
    letter.sections[0].paragraphs.append(PARAGRAPH)
    letter.sections[-1].paragraphs.append(WORDY)  # the last paragraph is kept with the closing
    path = tmp_path / "absurd.pdf"
    render_pdf(letter, path, appendix_budget=budget)
    assert len(PdfReader(str(path)).pages) > 5
    printed = pdf_text(path)
    expected = {"Ω": 10_000, "Ψ": 5_000, "亖": 2_000, "Ⅻ": 2_000, "Б": 1_000, "Ж": 200}
    assert {ch: printed.count(ch) for ch in expected} == expected
    assert printed.count("卅") == letter.to_text().count("卅") >= 500  # recipient block, greeting, closing …


@pytest.mark.parametrize("language", LANGUAGES)
def test_absurd_complaint_prints(tmp_path, language):
    status = status_for(LenderKind.BANK)
    contact = Contact(datetime(2026, 11, 20, 22, 47), Channel.CALL, "卅" * 500, "亖" * 300, "0" * 200,
                      "Ω" * 10_000, conduct=frozenset({Conduct.THREATS}))
    letter = complaint_letter(Party("陈大文", ADDRESS), flag_log([contact]), Party(NAME, LENDER_ADDRESS), language,
                              AS_OF, status.debt)
    path = tmp_path / "complaint.pdf"
    render_pdf(letter, path, page_size="letter")
    printed = pdf_text(path)
    assert printed.count("Ω") == 10_000 and printed.count("亖") == 2_300
