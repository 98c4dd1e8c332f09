"""The import's fast row check never accepts what the full check refuses, and gives the same values.

`plain_values` runs on every row of a large import; whatever it does not
accept goes to `checked_row`, which words the refusal.  So the one property
that matters: when it accepts, `checked_row` accepts too, with the same values.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.store import Store
from debtdesk.store.interchange import export_data
from debtdesk.store.interchange_load import checked_row, column_checks, plain_checks, plain_values
from debtdesk.store.interchange_rules import INT64, InterchangeError
from debtdesk.store.interchange_schema import Schema
from tests.store.test_interchange import fill


@functools.cache
def _schema() -> Schema:
    with tempfile.TemporaryDirectory() as folder, Store.create(Path(folder) / "s.debtdesk", locked=False) as store:
        return Schema.of(store.conn)


@functools.cache
def _valid_rows() -> list[tuple[str, dict]]:
    """One exported row of every table the demo and `EVERY_TABLE` fill: rows the import accepts."""
    with tempfile.TemporaryDirectory() as folder, Store.create(Path(folder) / "s.debtdesk", locked=False) as store:
        fill(store, every_table=True)
        tables = export_data(store)["tables"]
    return [(table, rows[-1]) for table, rows in tables.items() if rows]


_EDGES = st.sampled_from([
    None, True, False, 0, 1, -1, INT64, INT64 + 1, -INT64 - 1, -INT64 - 2, 1.0, "", " ", "\x00", "a\x00b", "\ud800",
    "x" * 101, "x" * 5001, "2026-11-20", "2026-02-30", "2026-11-20 21:30", "0.05", "1e5", "CNY", "cny", "bank",
    "call", "王先生", "ab" * 32, [], {}, {"a": 1},
])
_VALUE = _EDGES | st.integers() | st.text(max_size=8)


@st.composite
def _raw_rows(draw):
    """A valid row with up to two cells changed, dropped or added (most such rows are still valid)."""
    table, valid = draw(st.sampled_from(_valid_rows()))
    raw = dict(valid)
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from([*raw, "unknown"]))
        if draw(st.booleans()) and name in raw:
            del raw[name]
        else:
            raw[name] = draw(_VALUE)
    return table, raw


@settings(max_examples=600, deadline=None)
@given(case=_raw_rows())
def test_plain_values_accepts_only_what_checked_row_accepts(case):
    table, raw = case
    schema = _schema()
    values = plain_values(raw, plain_checks(table, schema))
    try:
        row = checked_row(table, 0, raw, column_checks(table, schema))
    except InterchangeError:
        assert values is None
        accepted.append(False)
        return
    assert values is None or values == [row[name] for name in schema.columns[table]]
    accepted.append(values is not None)


accepted: list[bool] = []


def test_the_property_saw_rows_both_ways():
    """Run after the property: it must have seen both accepted and refused rows to mean anything."""
    assert True in accepted and False in accepted


def test_a_valid_row_takes_the_fast_way():
    """Else the fast check would be dead code and every row would pay for both."""
    schema = _schema()
    raw = {"id": 3, "debt_id": 1, "paid_on": "2026-11-20", "amount_minor": 12345, "note": "微信转账"}
    assert plain_values(raw, plain_checks("payments", schema)) == [raw[n] for n in schema.columns["payments"]]
