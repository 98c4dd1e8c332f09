"""Reference rate lines: the annual rates above which courts commonly do not support interest.

DOMAIN.md "Rate ceilings": 24 % and 36 % a year (the true APR, fees included)
are the lines commonly cited for licensed lenders; for private lending
(民间借贷) the line is four times the one-year Loan Prime Rate in force when
the contract was made.  Every figure here is a default the user can edit,
with the date from which it applies; nothing here is legal advice, and no
line ever makes a debt "void" in this app.

A line applies to a debt when it is switched on, the debt's product kind is
one of the line's kinds, and the contract was made (the debt's start date)
on or after the line's date.  Settings keep each line under its code as
plain text, so a file carries its own lines; an unreadable value falls back
to the default for that line alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from debtdesk.domain.dates import parse_iso_date
from debtdesk.domain.debt import ProductKind
from debtdesk.domain.money import parse_decimal
from debtdesk.domain.validation import EARLIEST_DATE, LATEST_DATE, FieldError

LICENSED_24 = "licensed-24"
LICENSED_36 = "licensed-36"
PRIVATE_4LPR = "private-4lpr"
LINE_CODES = (LICENSED_24, LICENSED_36, PRIVATE_4LPR)

PRIVATE_KINDS = frozenset({ProductKind.PRIVATE_LOAN})
LICENSED_KINDS = frozenset(k for k in ProductKind if k not in PRIVATE_KINDS)

MAX_LINE_RATE = Decimal("10")  # 1000 % a year: anything above is a typo
MAX_LPR_MULTIPLE = Decimal("20")
MAX_LPR = Decimal("0.5")


@dataclass(frozen=True)
class RateLine:
    """One reference line: a fixed annual rate, or a multiple of the one-year LPR."""

    code: str
    since: date  # applies to contracts made on or after this date
    applies_to: frozenset[ProductKind]
    rate: Decimal | None = None  # fixed annual rate, 0.24 = 24 % a year
    lpr_multiple: Decimal | None = None  # or: this many times the LPR on the contract date
    enabled: bool = True

    def __post_init__(self) -> None:
        if (self.rate is None) == (self.lpr_multiple is None):
            raise ValueError("a rate line has either a fixed rate or an LPR multiple")
        if self.figure <= 0:
            raise ValueError("a rate line must be above zero")

    @property
    def follows_lpr(self) -> bool:
        return self.lpr_multiple is not None

    @property
    def figure(self) -> Decimal:
        """The fixed rate or the LPR multiple, whichever the line has (it has exactly one)."""
        value = self.rate if self.rate is not None else self.lpr_multiple
        assert value is not None  # __post_init__ refuses a line with neither
        return value

    def applies(self, kind: ProductKind, contract_date: date) -> bool:
        return self.enabled and kind in self.applies_to and contract_date >= self.since

    def rate_on(self, contract_date: date, lpr: Iterable[LprFix]) -> Decimal | None:
        """The line's annual rate for a contract made on `contract_date` (None: no LPR known then)."""
        if self.rate is not None:
            return self.rate
        base = lpr_on(contract_date, lpr)
        return None if base is None else self.figure * base


@dataclass(frozen=True, order=True)
class LprFix:
    """The one-year LPR in force from `since` until the next fix."""

    since: date
    rate: Decimal


#: The one-year Loan Prime Rate since the 2019 reform (monthly fixings that changed it).
DEFAULT_LPR: tuple[LprFix, ...] = tuple(
    LprFix(date.fromisoformat(day), Decimal(rate))
    for day, rate in (
        ("2019-08-20", "0.0425"),
        ("2019-09-20", "0.0420"),
        ("2019-11-20", "0.0415"),
        ("2020-02-20", "0.0405"),
        ("2020-04-20", "0.0385"),
        ("2021-12-20", "0.0380"),
        ("2022-01-20", "0.0370"),
        ("2022-08-22", "0.0365"),
        ("2023-06-20", "0.0355"),
        ("2023-08-21", "0.0345"),
        ("2024-07-22", "0.0335"),
        ("2024-10-21", "0.0310"),
        ("2025-05-20", "0.0300"),
    )
)

DEFAULT_LINES: tuple[RateLine, ...] = (
    RateLine(LICENSED_24, date(2015, 9, 1), LICENSED_KINDS, rate=Decimal("0.24")),
    RateLine(LICENSED_36, date(2015, 9, 1), LICENSED_KINDS, rate=Decimal("0.36")),
    RateLine(PRIVATE_4LPR, date(2019, 8, 20), PRIVATE_KINDS, lpr_multiple=Decimal("4")),
)


@dataclass(frozen=True)
class RateReference:
    """The lines and the LPR table one file uses."""

    lines: tuple[RateLine, ...] = DEFAULT_LINES
    lpr: tuple[LprFix, ...] = DEFAULT_LPR

    def line(self, code: str) -> RateLine | None:
        return next((line for line in self.lines if line.code == code), None)


def lpr_on(day: date, table: Iterable[LprFix]) -> Decimal | None:
    """The LPR in force on `day`: the latest fix on or before it; None before the first."""
    in_force = [fix for fix in table if fix.since <= day]
    return max(in_force).rate if in_force else None


# -- numbers as text -------------------------------------------------------------------------

def rate_text(rate: Decimal) -> str:
    """A rate as a plain Decimal string: 0.2400 -> '0.24', 0.166 -> '0.166', 0.21864 -> '0.2186'."""
    value = rate.quantize(Decimal("0.0001")).normalize()
    exponent = value.as_tuple().exponent  # an int for a finite rate
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


def percent_text(rate: Decimal) -> str:
    """A rate in percent, without the sign: 0.24 -> '24', 0.2186 -> '21.86', 0.0425 -> '4.25'."""
    value = (rate * 100).quantize(Decimal("0.01")).normalize()
    return f"{value:f}"


# -- settings (key -> text) --------------------------------------------------------------------

LPR_KEY = "rates.lpr"


def _key(code: str, part: str) -> str:
    return f"rates.{code}.{part}"


def reference_to_settings(reference: RateReference) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in reference.lines:
        values[_key(line.code, "since")] = line.since.isoformat()
        values[_key(line.code, "enabled")] = "1" if line.enabled else "0"
        values[_key(line.code, "applies_to")] = " ".join(k.value for k in ProductKind if k in line.applies_to)
        if line.follows_lpr:
            values[_key(line.code, "lpr_multiple")] = f"{line.figure.normalize():f}"
        else:
            values[_key(line.code, "rate")] = rate_text(line.figure)
    values[LPR_KEY] = "\n".join(f"{fix.since.isoformat()} {rate_text(fix.rate)}" for fix in sorted(reference.lpr))
    return values


def reference_from_settings(values: Mapping[str, str]) -> RateReference:
    """The file's lines and LPR table; each missing or unreadable part falls back to its default."""
    lines = []
    for default in DEFAULT_LINES:
        try:
            lines.append(_line_from_settings(default, values))
        except (ValueError, InvalidOperation):
            lines.append(default)
    try:
        lpr = _lpr_from_text(values[LPR_KEY]) if LPR_KEY in values else DEFAULT_LPR
    except (ValueError, InvalidOperation):
        lpr = DEFAULT_LPR
    return RateReference(tuple(lines), lpr)


def _line_from_settings(default: RateLine, values: Mapping[str, str]) -> RateLine:
    def get(part: str) -> str | None:
        return values.get(_key(default.code, part))

    changes: dict[str, Any] = {}  # field name -> value, for dataclasses.replace
    since, enabled, applies_to = get("since"), get("enabled"), get("applies_to")
    if since is not None:
        changes["since"] = parse_iso_date(since)
    if enabled is not None:
        if enabled not in ("0", "1"):
            raise ValueError(enabled)
        changes["enabled"] = enabled == "1"
    if applies_to is not None:
        changes["applies_to"] = frozenset(ProductKind(word) for word in applies_to.split())
    part = "lpr_multiple" if default.follows_lpr else "rate"
    text = get(part)
    if text is not None:
        value = Decimal(text)
        limit = MAX_LPR_MULTIPLE if default.follows_lpr else MAX_LINE_RATE
        if not value.is_finite() or value > limit:
            raise ValueError(text)
        changes[part] = value
    return replace(default, **changes)


def _lpr_from_text(text: str) -> tuple[LprFix, ...]:
    fixes = {}
    for row in text.splitlines():
        if not row.strip():
            continue
        day, rate = row.split()
        value = Decimal(rate)
        if not value.is_finite() or not 0 < value <= MAX_LPR:
            raise ValueError(row)
        fixes[parse_iso_date(day)] = value
    if not fixes:
        raise ValueError("empty LPR table")
    return tuple(LprFix(day, fixes[day]) for day in sorted(fixes))


# -- what a person typed in the dialog --------------------------------------------------------

@dataclass(frozen=True)
class LineInput:
    """One line as the dialog shows it: rate in percent (or the LPR multiple), date, switch."""

    code: str
    value: str
    since: str
    enabled: bool = True


@dataclass(frozen=True)
class ReferenceInput:
    lines: tuple[LineInput, ...]
    lpr: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (date, percent) per row


def reference_to_input(reference: RateReference) -> ReferenceInput:
    return ReferenceInput(
        lines=tuple(
            LineInput(line.code,
                      f"{line.figure.normalize():f}" if line.follows_lpr else percent_text(line.figure),
                      line.since.isoformat(), line.enabled)
            for line in reference.lines),
        lpr=tuple((fix.since.isoformat(), f"{fix.rate * 100:.2f}") for fix in sorted(reference.lpr)),
    )


def parse_reference(raw: ReferenceInput, base: RateReference = RateReference()) -> tuple[
        RateReference | None, list[FieldError]]:
    """Read the dialog's fields; errors name `<code>.value`, `<code>.since` or `lpr`.

    Lines keep the kinds they apply to from `base`.  Rates are in percent
    (24 = 24 % a year); the private line's value is the LPR multiple (4).
    """
    errors: list[FieldError] = []
    lines = []
    typed_lines = {typed.code: typed for typed in raw.lines}
    for line in base.lines:
        typed = typed_lines.get(line.code)
        if typed is None:
            lines.append(line)
            continue
        name = f"{typed.code}.value"
        value = _number(errors, name, typed.value,
                        MAX_LPR_MULTIPLE if line.follows_lpr else MAX_LINE_RATE * 100)
        since = _day(errors, f"{typed.code}.since", typed.since)
        if value is None or since is None:
            continue
        if line.follows_lpr:
            lines.append(replace(line, lpr_multiple=value, since=since, enabled=typed.enabled))
        else:
            lines.append(replace(line, rate=value / 100, since=since, enabled=typed.enabled))
    fixes: dict[date, Decimal] = {}
    for number, (day_text, rate_text_) in enumerate(raw.lpr, start=1):
        if not day_text.strip() and not rate_text_.strip():
            continue  # an empty row the person added and left
        day = _day(errors, "lpr", day_text, row=number)
        rate = _number(errors, "lpr", rate_text_, MAX_LPR * 100, row=number)
        if day is None or rate is None:
            continue
        if day in fixes:
            errors.append(FieldError("lpr", "Row {row}: {date} is listed twice.", {"row": number, "date": day}))
            continue
        fixes[day] = rate / 100
    if not fixes and not any(e.field == "lpr" for e in errors):
        errors.append(FieldError("lpr", "List at least one LPR with the date it took effect."))
    if errors:
        return None, errors
    return RateReference(tuple(lines), tuple(LprFix(d, fixes[d]) for d in sorted(fixes))), []


def _number(errors: list[FieldError], name: str, text: str, maximum: Decimal,
            row: int | None = None) -> Decimal | None:
    # Whole templates, with and without the row, so each is one translatable text.
    params = {"row": row} if row is not None else {}
    try:
        value = parse_decimal(text.replace("%", ""))
    except ValueError:
        errors.append(FieldError(name, "{text!r} is not a number." if row is None else
                                 "Row {row}: {text!r} is not a number.", {**params, "text": text.strip()}))
        return None
    if not 0 < value <= maximum:
        errors.append(FieldError(name, "Must be above 0 and at most {maximum}." if row is None else
                                 "Row {row}: Must be above 0 and at most {maximum}.",
                                 {**params, "maximum": f"{maximum.normalize():f}"}))
        return None
    return value


def _day(errors: list[FieldError], name: str, text: str, row: int | None = None) -> date | None:
    params = {"row": row} if row is not None else {}
    try:
        value = parse_iso_date(text)
    except ValueError:
        errors.append(FieldError(name, "{text!r} is not a date (YYYY-MM-DD)." if row is None else
                                 "Row {row}: {text!r} is not a date (YYYY-MM-DD).", {**params, "text": text.strip()}))
        return None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        errors.append(FieldError(name, "Must be between {first} and {last}." if row is None else
                                 "Row {row}: Must be between {first} and {last}.",
                                 {**params, "first": EARLIEST_DATE, "last": LATEST_DATE}))
        return None
    return value
