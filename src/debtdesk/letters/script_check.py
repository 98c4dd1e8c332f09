"""Simplified Chinese in a Traditional letter, and the reverse: found before export, converted on request.

A zh-Hant letter whose lender name or address was typed in Simplified
characters (陈大文, 中国建设银行) looks careless to a Taiwanese or Hong
Kong reader, and the reverse holds for zh-Hans.  `script_findings` names
the fields; `convert_letter` converts just those fields (OpenCC, the
opencc-python-reimplemented package: pure Python, dictionaries included,
works offline).

A character counts as the other script only when it has no use in the
letter's own: 陈 is Simplified only, but 台, 干, 面 and 后 are also
Traditional characters, so "台北" in a Traditional letter is never flagged.
Conversion uses OpenCC's phrase dictionaries (头发 → 頭髮, 发展 → 發展),
with Taiwan-standard character forms, as the letters' own Traditional
wording is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from importlib import resources

from debtdesk.letters.content import Letter, Party, Section
from debtdesk.letters.fields import LetterField, letter_fields

__all__ = ["ScriptFinding", "convert_letter", "convert_text", "foreign_characters",
           "other_script", "script_findings"]

#: OpenCC configurations: into Traditional (Taiwan forms) and into Simplified.
_CONVERSIONS = {"zh-Hant": "s2tw", "zh-Hans": "t2s"}
#: The character dictionary whose keys are the *other* script's characters.
_DICTIONARIES = {"zh-Hant": "STCharacters.txt", "zh-Hans": "TSCharacters.txt"}


@dataclass(frozen=True)
class ScriptFinding:
    field: LetterField
    characters: str  # the different characters of the other script, in order of appearance


def other_script(language: str) -> str:
    """'Simplified' for a zh-Hant letter, 'Traditional' for zh-Hans, '' when the language has no such check."""
    return {"zh-Hant": "Simplified", "zh-Hans": "Traditional"}.get(language, "")


@functools.lru_cache(maxsize=2)
def _foreign(language: str) -> frozenset[str]:
    """Characters of the other script that are not also characters of `language`'s own script."""
    folder = resources.files("opencc") / "dictionary"
    variants = {}
    if language == "zh-Hant":  # OpenCC's Traditional is older-standard: 峯, 爲; Taiwan writes 峰, 為
        for line in (folder / "TWVariants.txt").read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                source, targets = line.split("\t")
                variants[source] = targets.split()[0]
    result = set()
    for line in (folder / _DICTIONARIES[language]).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, targets = line.split("\t")
        if len(source) == 1 and source not in {variants.get(t, t) for t in targets.split()}:
            result.add(source)
    return frozenset(result)


@functools.lru_cache(maxsize=2)
def _converter(language: str):
    import opencc

    return opencc.OpenCC(_CONVERSIONS[language])


def foreign_characters(text: str, language: str) -> str:
    """The different characters of `text` in the other Chinese script, in order ('' for an English letter)."""
    if language not in _CONVERSIONS:
        return ""
    foreign = _foreign(language)
    return "".join(dict.fromkeys(ch for ch in text if ch in foreign))


def convert_text(text: str, language: str) -> str:
    """`text` in `language`'s script: unchanged when it holds nothing of the other script."""
    if not foreign_characters(text, language):
        return text
    return "\n".join(_converter(language).convert(line) for line in text.split("\n"))


def script_findings(letter: Letter) -> list[ScriptFinding]:
    """The fields of a Chinese letter written in the other script ([] for English letters)."""
    return [ScriptFinding(f, chars) for f in letter_fields(letter)
            if (chars := foreign_characters(f.text, letter.language))]


def convert_letter(letter: Letter) -> Letter:
    """A copy of the letter with every text in the other script converted to the letter's own."""
    language = letter.language
    convert = lambda value: convert_text(value, language)  # noqa: E731

    def party(p: Party) -> Party:
        return replace(p, name=convert(p.name), address=tuple(convert(line) for line in p.address))

    return replace(
        letter,
        sender=party(letter.sender),
        recipient=party(letter.recipient),
        subject=convert(letter.subject),
        salutation=convert(letter.salutation),
        sections=[Section(convert(s.heading), [convert(p) for p in s.paragraphs], s.key) for s in letter.sections],
        closing=convert(letter.closing),
        signature=convert(letter.signature),
        enclosures=[convert(e) for e in letter.enclosures],
    )
