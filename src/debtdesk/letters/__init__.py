"""Letters to lenders and regulators: editable content first, then a PDF.

    letter = negotiation_letter(borrower, status, plan, budget, evidence, "zh-Hans", date.today())
    letter.sections[0].paragraphs[1] = "..."          # the user edits the preview
    render_pdf(letter, "letter.pdf")                   # reportlab, imported only here

No Qt here.  `render_pdf` and `letter_checksum` are loaded on first use, so
importing the content side does not import reportlab.
"""

from __future__ import annotations

from debtdesk.letters.content import (
    COMPLAINT,
    NEGOTIATION,
    SCHEDULE_SECTION,
    Letter,
    Party,
    Section,
    complaint_letter,
    header_lines,
    negotiation_letter,
    regulator_parties,
)
from debtdesk.letters.phrases import LANGUAGES, check_language

__all__ = [
    "COMPLAINT", "LANGUAGES", "NEGOTIATION", "SCHEDULE_SECTION", "Letter", "LetterWriteError", "Party", "Section",
    "check_language", "complaint_letter", "header_lines", "letter_checksum", "negotiation_letter",
    "regulator_parties", "render_pdf",
]

_PDF_NAMES = ("render_pdf", "letter_checksum", "LetterWriteError")


def __getattr__(name: str):
    if name in _PDF_NAMES:
        from debtdesk.letters import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module 'debtdesk.letters' has no attribute {name!r}")
