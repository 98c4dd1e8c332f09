"""One reading of typed numbers for every form and command: amounts, rates, counts.

The same text must never mean two things in two places.  The rules:

* Rates are percentages as typed: "24", "24%" and "２４％" all mean 24 %.
  A trailing % is accepted wherever a percentage is asked for, and refused in
  an amount ("An amount, not a percentage").
* Amounts may carry a currency sign before them (¥ ￥ $ € £, HK$, NT$, US$,
  RMB) or 元 after them; a rate or a count may not.
* Full-width digits and punctuation from a Chinese input method (１２，３４５．６７,
  and 。 for the point) read as their ASCII forms.
* Separators follow a `NumberFormat`: the UI passes the user's locale (Qt's
  QLocale), so "12.000,50" is 12000.50 in German; the command line and files
  pass `POINT` ('.' for decimals, no known grouping sign).  Spaces, ' and _
  group digits in any format.  Digit groups must be three digits long.
* What could be read two ways is refused with a message, never guessed:
  "12.000,50" where '.' is the decimal point, "4,9" where ',' groups digits,
  and "1,234" when the format does not say what ',' is (POINT): 1234 or 1.234?
* No exponents, no NaN or infinity, no 万: a person does not type "1e5".

Errors are `NumberError`s carrying an English template with named parameters,
so `validation` turns them into `FieldError`s the UI can translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class NumberFormat:
    """The decimal sign and the grouping sign of the person's locale (`group` None: unknown)."""

    decimal: str = "."
    group: str | None = None

    def __post_init__(self) -> None:
        if self.decimal not in ".,":
            object.__setattr__(self, "decimal", ".")  # exotic locales: the point, as every calculator
        if self.group is not None and (self.group == self.decimal or self.group.isspace() or self.group in "'’_"):
            object.__setattr__(self, "group", None if self.group == self.decimal else " ")

    def show(self, value: Decimal) -> str:
        """A Decimal as a form shows it: no grouping, the locale's decimal sign."""
        text = format(value, "f")
        return text.replace(".", self.decimal)


#: The command line, files and tests: '.' is the decimal point; ',' is refused where it could be either.
POINT = NumberFormat(".", None)
#: English and Chinese locales: '.' decimal, ',' groups (so "1,234" is 1234).
POINT_COMMA = NumberFormat(".", ",")


class NumberError(ValueError):
    """Why a text is not a number, as a translatable template and its parameters."""

    def __init__(self, template: str, **params: object):
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


NOT_A_NUMBER = "{text!r} is not a number."
UNCLEAR = "{text!r} is not clear: write decimals with '{decimal}', as in {example}."
AMBIGUOUS = "{text!r} could mean {whole} or {fraction}: write it without the separator, or with decimals."
NOT_PERCENT = "An amount, not a percentage."
NOT_AMOUNT = "A number, not an amount of money."
IN_DIGITS = "Write the number in digits: {text!r} is {digits}."

_FULL_WIDTH = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}, **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".", "。": ".", "，": ",", "－": "-", "＋": "+", "％": "%", "＄": "$", "\u2212": "-",
    "\u3000": " ", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
})
_CURRENCY_BEFORE = re.compile(r"^(?:(?:HK|NT|US|S|A|C)?\$|[¥￥€£]|RMB|CNY)\s*", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s*(?:元|RMB|CNY)$", re.IGNORECASE)
_BODY = re.compile(r"^[0-9.,' ’_]*$")
_CHINESE_UNITS = {"千": 1000, "万": 10000, "萬": 10000, "亿": 100000000, "億": 100000000}


def parse_number(text: object, fmt: NumberFormat = POINT, *, percent: bool = False,
                 currency: bool = False) -> Decimal:
    """Read a finite Decimal from what a person typed, or raise NumberError.

    `percent`: a trailing % is allowed (the value is returned as typed: "24%" -> 24).
    `currency`: a currency sign or 元 is allowed.  With neither, both are refused.
    """
    original = str(text)
    cleaned = original.translate(_FULL_WIDTH).strip()
    if not cleaned:
        raise NumberError(NOT_A_NUMBER, text=original)
    sign, cleaned = _take_sign(cleaned)
    cleaned, had_currency = _strip_currency(cleaned)
    if had_currency:
        more_sign, cleaned = _take_sign(cleaned)
        sign = sign or more_sign
    had_percent = cleaned.endswith("%")
    if had_percent:
        cleaned = cleaned[:-1].rstrip()
    if had_currency and had_percent:
        raise NumberError(NOT_A_NUMBER, text=original)
    if had_percent and not percent:
        raise NumberError(NOT_PERCENT if currency else NOT_A_NUMBER, text=original)
    if had_currency and not currency:
        raise NumberError(NOT_AMOUNT if percent else NOT_A_NUMBER, text=original)
    if cleaned[-1:] in _CHINESE_UNITS and _is_digits(cleaned[:-1].strip()):
        _refuse_chinese_unit(original, cleaned, fmt)
    if not _is_digits(cleaned):
        raise NumberError(NOT_A_NUMBER, text=original)
    whole, fraction = _split(original, cleaned, fmt)
    value = Decimal(f"{sign}{whole or '0'}" + (f".{fraction}" if fraction else ""))  # places as typed
    return abs(value) if value == 0 else value  # no "-0"


def _is_digits(text: str) -> bool:
    """Digits and separators only, with at least one digit."""
    return bool(_BODY.match(text)) and any(c.isdigit() for c in text)


def _take_sign(text: str) -> tuple[str, str]:
    if text and text[0] in "+-":
        return ("-" if text[0] == "-" else ""), text[1:].lstrip()
    return "", text


def _strip_currency(text: str) -> tuple[str, bool]:
    before = _CURRENCY_BEFORE.match(text)
    if before:
        text = text[before.end():]
    after = _CURRENCY_AFTER.search(text)
    if after:
        text = text[:after.start()]
    return text.strip(), bool(before or after)


def _refuse_chinese_unit(original: str, cleaned: str, fmt: NumberFormat) -> None:
    """'2万' is common in speech; say what it is in digits rather than guessing about the rest."""
    unit = _CHINESE_UNITS[cleaned[-1]]
    whole, fraction = _split(original, cleaned[:-1].strip(), fmt)
    digits = Decimal(f"{whole or '0'}.{fraction or '0'}") * unit
    raise NumberError(IN_DIGITS, text=original, digits=fmt.show(digits.normalize()))


def _split(original: str, body: str, fmt: NumberFormat) -> tuple[str, str]:
    """The whole and fractional digits of `body`, deciding what each separator is."""
    body = re.sub(r"['’_ ]", " ", body)
    points = [c for c in body if c in ".,"]
    kinds = set(points)
    decimal: str | None = None
    if len(kinds) == 2:
        decimal = body[max(body.rfind("."), body.rfind(","))]
        if points.count(decimal) > 1 or decimal != fmt.decimal:
            raise _unclear(original, fmt)
    elif len(kinds) == 1:
        mark = points[0]
        digits_after = len(body) - body.rfind(mark) - 1
        if mark == fmt.decimal:
            if len(points) > 1:
                raise _unclear(original, fmt)
            decimal = mark
        elif mark == fmt.group or len(points) > 1:
            decimal = None  # a grouping sign: checked below
        elif digits_after == 3 and _groups_ok(body.split(mark)[0]) and not body.lstrip(" ").startswith("0"):
            whole = body.replace(" ", "").split(mark)[0]
            raise NumberError(AMBIGUOUS, text=original, whole=whole + body[-3:],
                              fraction=f"{whole}{fmt.decimal}{body[-3:]}")
        else:
            raise _unclear(original, fmt)
    if decimal is None:
        whole, fraction = body, ""
    else:
        whole, _, fraction = body.partition(decimal)
    if " " in fraction or any(c in ".," for c in fraction):
        raise _unclear(original, fmt)
    groups = re.split(r"[., ]", whole.strip())
    if len(groups) > 1 and not _groups_ok(whole):
        raise _unclear(original, fmt)
    return "".join(groups), fraction


def _groups_ok(whole: str) -> bool:
    """1,234,567 and 12 345: a first group of 1–3 digits, then groups of exactly three."""
    groups = re.split(r"[., ]", whole.strip())
    if any(not g.isdigit() for g in groups):
        return False
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) if len(groups) > 1 else True


def _unclear(original: str, fmt: NumberFormat) -> NumberError:
    return NumberError(UNCLEAR, text=original, decimal=fmt.decimal, example=f"1234{fmt.decimal}56")
