"""Every piece of text a letter prints, named, for the checks made before export.

The pre-export checks (`letters.glyphs`: characters the font lacks;
`letters.script_check`: Simplified text in a Traditional letter and the
reverse) look at the same list, so a message can always say *where* the
problem is: "the lender's name", "the section 'My situation'".
"""

from __future__ import annotations

from dataclasses import dataclass

from debtdesk.letters.content import Letter

__all__ = ["LetterField", "describe", "letter_fields"]


@dataclass(frozen=True)
class LetterField:
    key: str  # 'recipient.name', 'sender.address', 'subject', 'section', 'schedule', 'enclosures', ...
    text: str
    heading: str = ""  # for key 'section': the section's heading as printed
    index: int = -1  # for key 'section': its position in `letter.sections`


#: English names of the fields, for the command line and logs (the app has its own, translated).
FIELD_NAMES = {
    "recipient.name": "the recipient's name",
    "recipient.address": "the recipient's address",
    "sender.name": "your name",
    "sender.address": "your address",
    "sender.phone": "your phone number",
    "sender.email": "your e-mail address",
    "account": "the account number",
    "subject": "the subject",
    "salutation": "the greeting",
    "schedule": "the schedule",
    "closing": "the closing",
    "signature": "the signature",
    "enclosures": "the list of enclosures",
}


def letter_fields(letter: Letter) -> list[LetterField]:
    """The letter's text, field by field, in reading order (empty fields left out)."""
    fields = [
        LetterField("recipient.name", letter.recipient.name),
        LetterField("recipient.address", "\n".join(letter.recipient.address)),
        LetterField("sender.name", letter.sender.name),
        LetterField("sender.address", "\n".join(letter.sender.address)),
        LetterField("sender.phone", letter.sender.phone),
        LetterField("sender.email", letter.sender.email),
        LetterField("account", letter.account_masked),
        LetterField("subject", letter.subject),
        LetterField("salutation", letter.salutation),
    ]
    fields += [LetterField("section", "\n".join([s.heading, *s.paragraphs]), s.heading, i)
               for i, s in enumerate(letter.sections)]
    rows = [letter.schedule_header or (), *(letter.schedule_rows or ()), letter.schedule_totals or ()]
    fields += [
        LetterField("schedule", "\n".join("\t".join(row) for row in rows if row)),
        LetterField("closing", letter.closing),
        LetterField("signature", letter.signature),
        LetterField("enclosures", "\n".join(letter.enclosures)),
    ]
    return [f for f in fields if f.text.strip()]


def describe(field: LetterField) -> str:
    """'your address', "the section 'My situation'": the field in an English sentence."""
    if field.key == "section":
        return f"the section '{field.heading.strip()}'" if field.heading.strip() else f"section {field.index + 1}"
    return FIELD_NAMES.get(field.key, field.key)
