"""All letter wording, as data: one module per language, the same keys in each.

`zh_hans`, `zh_hant` and `en` each hold a `WORDS` dict of templates
(`str.format` placeholders) and small lookup tables (products, channels,
flags, currencies).  The helpers here fill them in; user text only ever goes
in as a *value*, never as a template, so braces in a name cannot break a letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from debtdesk.domain.money import format_amount
from debtdesk.letters.phrases import en, zh_hans, zh_hant

LANGUAGES = ("zh-Hans", "zh-Hant", "en")

#: Per language: templates (str) and small lookup tables (dicts), hence Any.
_WORDS: dict[str, dict[str, Any]] = {"zh-Hans": zh_hans.WORDS, "zh-Hant": zh_hant.WORDS, "en": en.WORDS}


def check_language(language: str) -> str:
    """The language itself, or ValueError naming the allowed values."""
    if language not in _WORDS:
        raise ValueError(f"Unknown letter language {language!r}; use one of: {', '.join(LANGUAGES)}.")
    return language


def is_chinese(language: str) -> bool:
    return check_language(language).startswith("zh")


def words(language: str) -> dict[str, Any]:
    return _WORDS[check_language(language)]


def text(language: str, key: str, /, count: int | None = None, **values) -> str:
    """Fill template `key`; with `count == 1` the `key_one` form when the language has one."""
    table = words(language)
    template = table.get(f"{key}_one") if count == 1 else None
    template = template or table[key]
    return template.format(count=count, **values)


def pick(language: str, table_key: str, entry: str, /, **values) -> str:
    """An entry of lookup table `table_key` (falling back to its '*' entry), filled with `values`."""
    table = words(language)[table_key]
    if entry not in table and "*" not in table:
        return entry  # stored text (an unknown category, say) is shown as is, never used as a template
    template = table[entry] if entry in table else table["*"]
    return template.format(**values)


def product(language: str, kind: str, article: bool = False) -> str:
    """The product's name ('个人贷款', 'personal loan'); `article` adds 'a'/'an' in English."""
    name = pick(language, "products", kind)
    if article and not is_chinese(language):
        return ("an " if name[:1].lower() in "aeiou" else "a ") + name
    return name


def format_date(language: str, day: date) -> str:
    """'2026年11月23日' in Chinese, '23 November 2026' in English."""
    table = words(language)
    month_names = table.get("month_names")
    return table["date"].format(year=day.year, month=day.month, day=day.day,
                                month_name=month_names[day.month - 1] if month_names else day.month)


def format_datetime(language: str, moment: datetime) -> str:
    return text(language, "datetime", date=format_date(language, moment.date()), time=moment.strftime("%H:%M"))


def format_money(language: str, amount: Decimal, currency: str) -> str:
    """'12,345.60元' (CNY, zh-Hans), '人民幣12,345.60元' (zh-Hant), 'CNY 12,345.60' (en).

    Never '¥' alone: it means yuan or yen, and 元 alone is ambiguous in Hong
    Kong and Taiwan, so only zh-Hans writes a bare 元.
    """
    code = (currency or "CNY").upper()
    return pick(language, "money", code, amount=format_amount(amount), code=code)


def currency_unit(language: str, currency: str) -> str:
    """The unit for a table column heading: '元', '人民幣元', 'CNY'."""
    code = (currency or "CNY").upper()
    return pick(language, "unit", code, code=code)


def format_percent(value: Decimal) -> str:
    """Decimal('60') -> '60', Decimal('62.50') -> '62.5'."""
    return format(Decimal(value).normalize(), "f")


def numbered_items(language: str, items: Iterable[str]) -> list[str]:
    """'（一）…；', '（二）…。' in Chinese; '(a) …;', '(b) ….' in English."""
    items = list(items)
    table = words(language)
    numerals = table["numerals"]
    result = []
    for index, item in enumerate(items):
        numeral = numerals[index] if index < len(numerals) else str(index + 1)
        end = table["item_end"] if index == len(items) - 1 else table["item_sep"]
        result.append(table["item"].format(numeral=numeral) + item + end)
    return result


def join_or(language: str, parts: Iterable[str]) -> str:
    return words(language)["or"].join(parts)


def sentence(language: str, user_text: str) -> str:
    """User text as a sentence: stripped, with a full stop added when it has no final punctuation."""
    cleaned = str(user_text or "").strip()
    if not cleaned:
        return ""
    last = cleaned[-1]
    if last in "。！？!?.…」』”\"')）":
        return cleaned
    if "\u3000" <= last <= "\u9fff" or "\uf900" <= last <= "\ufaff" or "\uff00" <= last <= "\uffef":
        return cleaned + "。"  # Chinese text keeps a Chinese full stop, even inside an English letter
    return cleaned + words(language)["sentence_end"]
