"""Translated texts without Qt: a reader of the compiled `.qm` catalogues, for the command line.

The window translates through QTranslator; the command line must not need
an application object, so this module reads the same `.qm` files the window
loads (a test checks that both give the same text for every message).
Call sites use `translate("Context", "Source text")` with literal
arguments, which `pyside6-lupdate` extracts like Qt's own
`QCoreApplication.translate`.

The `.qm` layout (Qt's translator.cpp): a 16-byte magic number, then
sections of a tag byte and a 32-bit big-endian length.  The messages
section (tag 0x69) is a run of records, each a list of tagged fields:
translation (3, UTF-16BE, repeated for plural forms), source text (6),
context (7), comment (8), each with a 32-bit length, and end (1).
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

from debtdesk.i18n import CATALOGUE_SUFFIX, check_language

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_NULL = 0xFFFFFFFF

_language = "en"


class CatalogueError(ValueError):
    """A .qm file this reader cannot make sense of."""


def catalogue_dir() -> Path:
    from importlib import resources  # here: `debtdesk` opens its window without it

    return Path(str(resources.files("debtdesk") / "resources" / "translations"))


def catalogue_path(language: str) -> Path:
    return catalogue_dir() / f"debtdesk_{CATALOGUE_SUFFIX[language]}.qm"


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """{(context, source text): translation} of a compiled catalogue (plural forms: the first)."""
    if not data.startswith(MAGIC):
        raise CatalogueError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        at += 5
        if tag == _MESSAGES:
            _read_messages(data[at:at + length], found)
        at += length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    at = 0
    translation = source = context = None
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translation is not None and source is not None:
                found.setdefault((context or "", source), translation)
            translation = source = context = None
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2):
            raise CatalogueError(f"unknown tag {tag} in the messages")
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if length == _NULL:
            continue
        raw = block[at:at + length]
        at += length
        if tag == _TRANSLATION:
            if translation is None:  # the first plural form; Chinese has one
                translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")


@cache
def messages(language: str) -> dict[tuple[str, str], str]:
    """The catalogue of a language ({} for English, the source language)."""
    if check_language(language) == "en":
        return {}
    return read_qm(catalogue_path(language).read_bytes())


def use(language: str) -> None:
    """Translate into this language from now on (the command line's --lang)."""
    global _language
    messages(language)  # fail here, not at the first message, if the catalogue is missing
    _language = language


def current() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """The text in the chosen language, or the English source when there is no translation."""
    return messages(_language).get((context, text), text) or text


def marked(context: str, text: str) -> str:
    """A text kept as data and marked for lupdate where it is defined (enum names, domain templates)."""
    return messages(_language).get((context, text), text) or text


def error_text(error) -> str:
    """An error as one sentence in the chosen language.

    A FieldError, PayoffError or NumberError (context "Validation"), or a
    store error or sentence (StoreError, InterchangeError, their `Sentence`
    parts: context "Store").  Values that are sentences themselves are
    translated too, dates are written as the reader writes them; an
    exception without a template is shown as it is.
    """
    return render_error(error, marked, show_date)


def render_error(error, translated, dated) -> str:
    """`error_text` with the lookup given: `translated(context, text)` and `dated(day)`.

    The window passes Qt's (its translators), the command line this module's
    own; the rules of filling a template in are the same for both.
    """
    from datetime import date, datetime

    template = getattr(error, "template", None)
    if template is None:
        return str(error)
    context = getattr(error, "context", "Validation")
    params = dict(getattr(error, "params", None) or {})
    text = translated("Store", template) if context == "Store" else translated("Validation", template)
    if context != "Validation" and not params:  # an already-made sentence: nothing to fill in
        return text

    def shown(value):
        if hasattr(value, "template") and hasattr(value, "params"):
            return render_error(value, translated, dated)
        if isinstance(value, date) and not isinstance(value, datetime):
            return dated(value)
        return value

    return text.format(**{key: shown(value) for key, value in params.items()})


def show_date(day) -> str:
    """A date in a sentence, as its reader writes it (2026年11月23日, or 2026-11-23 in English)."""
    from debtdesk.i18n import show_date as shown

    return shown(day, _language)
