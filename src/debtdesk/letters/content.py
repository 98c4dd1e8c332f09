"""Letters as editable text, built from domain objects before anything is rendered.

`negotiation_letter` (`letters.negotiation`) and `complaint_letter`
(`letters.complaint`) return a `Letter`: plain strings in sections, which the
app shows in a preview the user may edit (change a paragraph, drop a
section) before `debtdesk.letters.pdf.render_pdf` lays it out.  Nothing here
escapes or marks up text: a Letter holds exactly what the reader will see.
All wording comes from `debtdesk.letters.phrases`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from debtdesk.domain.debt import Debt, LenderKind, ProductKind
from debtdesk.letters.phrases import check_language, format_date, is_chinese, join_or, pick, text, words

NEGOTIATION = "negotiation"
COMPLAINT = "complaint"
#: The section after which a letter's schedule table is printed.
SCHEDULE_SECTION = "request"

__all__ = ["COMPLAINT", "NEGOTIATION", "SCHEDULE_SECTION", "Letter", "Party", "Section", "frame_word",
           "header_lines", "is_note_row", "is_personal", "signature_lines"]


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
    personal: bool = False  # to a private lender: a personal letter's frame (收信人, no 'Re:')
    account_label: str = ""  # '' for the language's 'Account number:'; a card's letter says 'Card number:'

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
        """The letter as plain text (preview, clipboard, e-mail body, approval files), in reading order."""
        lines: list[str] = []
        chinese = is_chinese(self.language)
        if chinese:
            lines += [self.subject, ""]
            lines += [f"{label}{value}" for label, value in header_lines(self)]
        else:
            lines += [self.sender.name, *self.sender.address, *_contact_lines(self)]
            lines += ["", self.recipient.name, *self.recipient.address, "", format_date(self.language, self.date)]
            if self.account_masked:
                lines += ["", f"{account_label(self)} {self.account_masked}"]
            lines += [frame_word(self, "label_subject") + self.subject]
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
            lines += [line for line, _ in signature_lines(self)]
        if self.enclosures:
            lines += ["", words(self.language)["enclosures"]]
            lines += [f"{n}. {title}" for n, title in enumerate(self.enclosures, 1)]
        return "\n".join(lines) + "\n"


def is_personal(debt: Debt | None) -> bool:
    """A private lender (a person, or a private loan) is written to as a person, not as a firm."""
    return debt is not None and (debt.lender.kind is LenderKind.PERSON or debt.kind is ProductKind.PRIVATE_LOAN)


def frame_word(letter: Letter, key: str) -> str:
    """A frame label ('label_to', 'label_subject' ...), in its personal form for a personal letter."""
    table = words(letter.language)
    return table.get(f"{key}_person", table[key]) if letter.personal else table[key]


def account_label(letter: Letter) -> str:
    return letter.account_label or words(letter.language)["label_account"]


def header_lines(letter: Letter) -> list[tuple[str, str]]:
    """(label, value) pairs of a Chinese letter's header block: recipient, sender, contact, account."""
    w = words(letter.language)
    rows = [(frame_word(letter, "label_to"), letter.recipient.name)]
    rows += [("", line) for line in letter.recipient.address]
    rows.append((frame_word(letter, f"label_from_{letter.kind}"), letter.sender.name))
    rows += [(w["label_address"] if i == 0 else "", line) for i, line in enumerate(letter.sender.address)]
    if letter.sender.phone:
        rows.append((w["label_phone"], letter.sender.phone))
    if letter.sender.email:
        rows.append((w["label_email"], letter.sender.email))
    if letter.account_masked:
        rows.append((account_label(letter), letter.account_masked))
    return rows


#: Width of the blanks under a Chinese letter's signature, in characters of plain text.
SIGN_BLANKS = (12, 6, 4, 4)


def signature_lines(letter: Letter) -> list[tuple[str, tuple[str, ...]]]:
    """The blanks a Chinese letter leaves for a handwritten signature and date.

    Each as (plain text, parts): '签名：____________' with parts ('签名：',),
    and '日期：______年____月____日' with parts ('日期：', '年', '月', '日'):
    the PDF draws a line after each part but the last.
    """
    w = words(letter.language)
    name_blank, year, month, day = ("_" * n for n in SIGN_BLANKS)
    year_word, month_word, day_word = w["sign_ymd"]
    return [
        (w["sign_label"] + name_blank, (w["sign_label"],)),
        (f"{w['sign_date']}{year}{year_word}{month}{month_word}{day}{day_word}",
         (w["sign_date"], year_word, month_word, day_word)),
    ]


def is_note_row(row: tuple[str, ...]) -> bool:
    """A schedule row whose principal and interest cells are empty: its payment cell holds a note
    ('Deferred — interest added: 108.00') that reads across the payment, principal and interest columns."""
    return len(row) == 6 and row[3] == "" and row[4] == "" and row[2] != ""


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
    return ["  ".join(cell for cell in row if cell or not is_note_row(row)).rstrip() for row in rows]


# -- pieces both letters use ------------------------------------------------------------

def join_sentences(language: str, *sentences: str) -> str:
    """Sentences into one paragraph: run together in Chinese, spaced in English."""
    return ("" if is_chinese(language) else " ").join(s for s in sentences if s)


def user_paragraphs(user_text: str) -> list[str]:
    return [line.strip() for line in str(user_text or "").splitlines() if line.strip()]


def lender_kind(debt: Debt | None) -> str:
    """'bank', 'platform', 'person' or 'other': which 'you' (贵行, 贵公司, 您) the letter uses."""
    if debt is None:
        return "other"
    if is_personal(debt):
        return "person"
    return {LenderKind.BANK: "bank", LenderKind.PLATFORM: "platform"}.get(debt.lender.kind, "other")


def frame(language: str, recipient: Party, person: bool, kind: str, sender: Party) -> dict:
    """Salutation, closing and signature of a letter to a firm or (`person`) to a private lender."""
    form = "person" if person else "org"
    table = words(language)
    signature_key = f"signature_{kind}_person" if person else f"signature_{kind}"
    signature_key = signature_key if signature_key in table else f"signature_{kind}"
    return {
        "salutation": pick(language, "salutation", form, name=recipient.name),
        "closing": pick(language, "closing", form, recipient=recipient.name),
        "signature": text(language, signature_key, name=sender.name),
    }


def contact_paragraph(language: str, borrower: Party, suffix: str = "") -> str:
    """How to reach the borrower; `suffix` '_person' for a private lender's plainer wording."""
    table = words(language)
    key = lambda name: name + suffix if name + suffix in table else name  # noqa: E731
    ways = []
    if borrower.phone:
        ways.append(text(language, "contact_phone", phone=borrower.phone))
    if borrower.email:
        ways.append(text(language, "contact_email", email=borrower.email))
    if not ways:
        return text(language, key("contact_none"))
    return text(language, key("contact"), ways=join_or(language, ways))
