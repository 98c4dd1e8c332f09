"""What `debtdesk letter` says about the checks made before export, in the command's language.

The letter modules keep their English sentences for logs and for the PDF
writer's last guard; the command line speaks the language chosen with
`--lang` (of the command, not of the letter), so it words the same
findings here through the catalogue.
"""

from __future__ import annotations

from debtdesk.i18n.catalogue import translate
from debtdesk.letters.fields import LetterField


def field_name(field: LetterField) -> str:
    """Where in the letter: 'your address', "the section '一、說明'"."""
    if field.key == "section":
        heading = field.heading.strip()
        if heading:
            return translate("CliLetter", "the section “{heading}”").format(heading=heading)
        return translate("CliLetter", "section {number}").format(number=field.index + 1)
    names = {
        "recipient.name": translate("CliLetter", "the recipient's name"),
        "recipient.address": translate("CliLetter", "the recipient's address"),
        "sender.name": translate("CliLetter", "your name"),
        "sender.address": translate("CliLetter", "your address"),
        "sender.phone": translate("CliLetter", "your phone number"),
        "sender.email": translate("CliLetter", "your e-mail address"),
        "account": translate("CliLetter", "the account number"),
        "subject": translate("CliLetter", "the subject"),
        "salutation": translate("CliLetter", "the greeting"),
        "schedule": translate("CliLetter", "the schedule"),
        "closing": translate("CliLetter", "the closing"),
        "signature": translate("CliLetter", "the signature"),
        "enclosures": translate("CliLetter", "the list of enclosures"),
    }
    return names.get(field.key, field.key)


def _places(texts) -> str:
    """Places joined as a list is in the command's language."""
    return translate("CliLetter", ", ").join(texts)


def script_warning(findings, language: str) -> str:
    """One warning line: which fields of a Chinese letter are in the other script, and the option that converts."""
    places = _places(translate("CliLetter", "{place} ({characters})").format(
        place=field_name(f.field), characters=f.characters[:8]) for f in findings)
    if language == "zh-Hant":
        return translate("CliLetter", "Warning: this Traditional Chinese letter has Simplified Chinese in "
                         "{places}; add --convert-script to convert them to Traditional.").format(places=places)
    return translate("CliLetter", "Warning: this Simplified Chinese letter has Traditional Chinese in "
                     "{places}; add --convert-script to convert them to Simplified.").format(places=places)


def unprintable_sentence(problems) -> str:
    """One sentence refusing the export: where, which characters, and what to do instead."""
    from debtdesk.letters.glyphs import character_list

    places = translate("CliLetter", "; ").join(translate("CliLetter", "{place} has {characters}").format(
        place=field_name(field), characters=character_list(chars)) for field, chars in problems)
    return translate("CliLetter", "The letter cannot print some characters ({places}): its font has no Arabic, "
                     "Hebrew, Thai or emoji characters, and right-to-left text cannot be laid out, so write these "
                     "in Latin letters or Chinese characters.").format(places=places)
