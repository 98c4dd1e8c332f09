"""Reference rate lines kept as settings text, and read from what a person typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from debtdesk.domain.debt import ProductKind
from debtdesk.domain.rate_lines import (
    DEFAULT_LINES,
    DEFAULT_LPR,
    LICENSED_24,
    LICENSED_36,
    LPR_KEY,
    PRIVATE_4LPR,
    LineInput,
    LprFix,
    RateReference,
    ReferenceInput,
    parse_reference,
    reference_from_settings,
    reference_to_input,
    reference_to_settings,
)


def test_defaults_follow_the_domain_brief():
    lines = {line.code: line for line in DEFAULT_LINES}
    assert lines[LICENSED_24].rate == D("0.24") and lines[LICENSED_36].rate == D("0.36")
    assert lines[PRIVATE_4LPR].lpr_multiple == D("4") and lines[PRIVATE_4LPR].rate is None
    assert lines[PRIVATE_4LPR].applies_to == {ProductKind.PRIVATE_LOAN}
    assert ProductKind.PRIVATE_LOAN not in lines[LICENSED_24].applies_to
    assert ProductKind.CREDIT_CARD in lines[LICENSED_36].applies_to
    assert DEFAULT_LPR[-1] == LprFix(date(2025, 5, 20), D("0.03"))  # 3.0 % since May 2025
    assert list(DEFAULT_LPR) == sorted(DEFAULT_LPR)


def test_nothing_stored_means_the_defaults():
    assert reference_from_settings({}) == RateReference()


def test_settings_round_trip():
    edited = RateReference(
        lines=(replace(DEFAULT_LINES[0], rate=D("0.2"), since=date(2021, 3, 1), enabled=False),
               DEFAULT_LINES[1], replace(DEFAULT_LINES[2], lpr_multiple=D("3.5"))),
        lpr=(LprFix(date(2020, 1, 1), D("0.04")), LprFix(date(2025, 5, 20), D("0.03"))),
    )
    values = reference_to_settings(edited)
    assert values["rates.licensed-24.rate"] == "0.20" and values["rates.licensed-24.enabled"] == "0"
    assert values["rates.private-4lpr.lpr_multiple"] == "3.5"
    assert values[LPR_KEY] == "2020-01-01 0.04\n2025-05-20 0.03"
    assert reference_from_settings(values) == edited


def test_an_unreadable_value_falls_back_for_its_own_line_only():
    values = reference_to_settings(RateReference())
    values["rates.licensed-24.rate"] = "lots"
    values["rates.licensed-36.rate"] = "0.3"
    values["rates.private-4lpr.since"] = "2019-13-01"
    values[LPR_KEY] = "2020-01-01 abc"
    reference = reference_from_settings(values)
    assert reference.line(LICENSED_24) == DEFAULT_LINES[0]
    assert reference.line(LICENSED_36).rate == D("0.3")
    assert reference.line(PRIVATE_4LPR) == DEFAULT_LINES[2]
    assert reference.lpr == DEFAULT_LPR
    for bad in ("NaN", "Infinity", "11", "-1"):
        assert reference_from_settings({"rates.licensed-24.rate": bad}).line(LICENSED_24) == DEFAULT_LINES[0]
    assert reference_from_settings({"rates.licensed-24.applies_to": "spaceship"}) == RateReference()
    assert reference_from_settings({LPR_KEY: ""}).lpr == DEFAULT_LPR


def typed(**changes) -> ReferenceInput:
    raw = reference_to_input(RateReference())
    lines = tuple(replace(line, **changes.get(line.code, {})) for line in raw.lines)
    return ReferenceInput(lines, changes.get("lpr", raw.lpr))


def test_the_dialog_shows_percent_and_the_lpr_multiple():
    raw = reference_to_input(RateReference())
    assert raw.lines[0] == LineInput(LICENSED_24, "24", "2015-09-01", True)
    assert raw.lines[2] == LineInput(PRIVATE_4LPR, "4", "2019-08-20", True)
    assert raw.lpr[-1] == ("2025-05-20", "3.00")
    assert parse_reference(raw) == (RateReference(), [])


def test_typed_lines_are_read_in_percent():
    reference, errors = parse_reference(typed(**{
        LICENSED_24: {"value": "20 %", "since": "2021-01-01", "enabled": False},
        PRIVATE_4LPR: {"value": "3"},
        "lpr": (("2025-05-20", "3.0"), ("", ""), ("2024-10-21", "3.1")),
    }))
    assert errors == []
    assert reference.line(LICENSED_24).rate == D("0.2")
    assert reference.line(LICENSED_24).since == date(2021, 1, 1) and not reference.line(LICENSED_24).enabled
    assert reference.line(PRIVATE_4LPR).lpr_multiple == D("3")
    assert reference.lpr == (LprFix(date(2024, 10, 21), D("0.031")), LprFix(date(2025, 5, 20), D("0.03")))


def test_typing_mistakes_name_their_field():
    reference, errors = parse_reference(typed(**{
        LICENSED_24: {"value": "abc"},
        LICENSED_36: {"value": "0", "since": "2020-02-30"},
        "lpr": (("2025-05-20", "3"), ("2025-05-20", "3.1"), ("yesterday", "3")),
    }))
    assert reference is None
    assert [(e.field, e.message) for e in errors] == [
        ("licensed-24.value", "'abc' is not a number."),
        ("licensed-36.value", "Must be above 0 and at most 1000."),
        ("licensed-36.since", "'2020-02-30' is not a date (YYYY-MM-DD)."),
        ("lpr", "Row 2: 2025-05-20 is listed twice."),
        ("lpr", "Row 3: 'yesterday' is not a date (YYYY-MM-DD)."),
    ]


def test_an_empty_lpr_table_is_refused():
    reference, errors = parse_reference(typed(lpr=()))
    assert reference is None and [e.field for e in errors] == ["lpr"]
    _, errors = parse_reference(typed(lpr=(("2025-05-20", "60"),)))
    assert errors[0].message == "Row 1: Must be above 0 and at most 50."
