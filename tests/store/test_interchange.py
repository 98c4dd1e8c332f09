"""The JSON interchange format: exact round trips, and refusing every malformed file.

Every refusal is checked twice: the message names the place and the problem,
and the target is exactly as before (a new one still does not exist and left
nothing behind, an empty one stays empty, one with data is untouched).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import tracemalloc
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.demo import demo_debts
from debtdesk.store import Store, interchange, interchange_load, json_stream
from debtdesk.store.contact_index import DERIVED_TABLES
from debtdesk.store.interchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    InterchangeError,
    export_data,
    export_file,
    import_file,
)
from debtdesk.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, TABLES

AS_OF = date(2026, 11, 23)
SHA = "ab" * 32
DOCS = Path(__file__).parents[2] / "docs" / "interchange-format.md"

#: One or two rows in every table beyond the demo's, with ids that are not 1..n.
EVERY_TABLE = [
    "INSERT INTO settings VALUES ('stage.mid', '10'), ('contact.night_start', '21:00')",
    "UPDATE lenders SET early_from = 2, mid_from = 10, late_from = 40, severe_from = 100 WHERE id = 2",
    "INSERT INTO contacts VALUES (5, 1, '2026-11-20 21:30', 'call', '某催收公司', '王先生', '400-000-0000', "
    "'Said they would call my employer', 'Pay by Friday', 'threats third_party')",
    "INSERT INTO contacts VALUES (6, NULL, '2026-11-21 09:00', 'sms', '', '', '', 'Reminder', '', '')",
    f"INSERT INTO attachments VALUES (3, 'contact', 5, 'call.m4a', '{SHA}.m4a', '{SHA}', 1234, '2026-11-20T21:45:00')",
    "INSERT INTO budgets VALUES (2, '2026-11-01', 'November', 'after the job loss', 'CNY')",
    "INSERT INTO budget_lines VALUES (4, 2, 'income', 'wages', 'Part-time', 800000, 'monthly', 0), "
    "(7, 2, 'expense', 'housing', 'Rent 房租', 300000, 'monthly', 1)",
    "INSERT INTO evidence_items VALUES (3, 'Hospital discharge letter', 'illness.discharge', 'requested', "
    "'2026-11-02', NULL, NULL, '', 0)",
    "INSERT INTO proposals VALUES (2, 2, '2026-11-21', '{\"deferral\": \"3\", \"waive-penalties\": true}', '', 'draft')",
    f"INSERT INTO letters VALUES (9, 2, 'negotiation', 'zh', '借呗客服', '2026-11-22', '/home/me/letter.pdf', '{SHA}', 2048, '2026-11-23', 'registered-post')",
    "INSERT INTO household_plans VALUES ('CNY', '2026-12-01', 500000), ('USD', NULL, NULL)",
    "INSERT INTO letter_outcomes VALUES (4, 9, 'accepted', '2026-11-28', '2026-12-06', NULL, '电话确认')",
    "INSERT INTO agreements VALUES (6, 2, 'proposal', 9, 2, '2026-11-30', '2026-12-01', "
    "'{\"balance\": \"8000.00\", \"first_due\": \"2026-12-15\", \"instalment_months\": 8}', "
    "'revives', '任何一期逾期，恢复原合同', NULL, '', '')",
    f"INSERT INTO attachments VALUES (8, 'agreement', 6, '协议.pdf', '{SHA}.pdf', '{SHA}', 4321, '2026-11-30T10:00:00')",
    "INSERT INTO legal_events VALUES (3, 2, 'claim', '2026-11-25', NULL, '2026-12-10', '起诉状', '')",
]


def fill(store: Store, every_table: bool = False) -> None:
    for debt, payments in demo_debts(AS_OF):
        store.add_debt(debt, payments)
    if every_table:
        with store.db.atomic():
            for sql in EVERY_TABLE:
                store.conn.execute(sql)


def counts(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def write_json(path: Path, document) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def folder_state(folder: Path) -> dict[str, str]:
    """Every entry of a folder with a checksum of its content: any change shows."""
    return {p.name: "folder" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def full_document(tmp_path_factory) -> dict:
    """The demo household plus rows in every other table, exported."""
    with Store.create(tmp_path_factory.mktemp("full") / "full.debtdesk") as store:
        fill(store, every_table=True)
        return export_data(store)


@pytest.fixture
def document(full_document) -> dict:
    return copy.deepcopy(full_document)


@pytest.fixture(params=["new", "empty"])
def target(request, tmp_path) -> Path:
    """Where imports go: a file that does not exist yet, or an existing empty DebtDesk file."""
    path = tmp_path / "target.debtdesk"
    if request.param == "empty":
        Store.create(path).close()
    return path


def refused(source, target: Path) -> str:
    """Import `source` (a document, or raw bytes), expect refusal, check nothing changed; the message."""
    json_path = target.parent / "in.json"
    if isinstance(source, bytes):
        json_path.write_bytes(source)
    else:
        write_json(json_path, source)
    existed = target.exists()
    before = folder_state(target.parent)
    with pytest.raises(InterchangeError) as caught:
        import_file(json_path, target)
    assert folder_state(target.parent) == before  # no temp file, no journal, target bytes unchanged
    assert target.exists() == existed
    message = str(caught.value)
    assert "\n" not in message and message.endswith("."), message
    return message


# -- round trips ---------------------------------------------------------------------


@pytest.mark.parametrize("every_table", [False, True], ids=["demo", "every-table"])
def test_export_import_export_is_byte_identical_and_reads_back_equal(tmp_path, every_table):
    with Store.create(tmp_path / "a.debtdesk") as a:
        fill(a, every_table)
        export_file(a, tmp_path / "a.json")
        debts, payments = a.debts(), a.payments_by_debt()

    imported = import_file(tmp_path / "a.json", tmp_path / "b.debtdesk")

    with Store.open(tmp_path / "b.debtdesk") as b:
        export_file(b, tmp_path / "b.json")
        assert b.debts() == debts
        assert b.payments_by_debt() == payments
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()
    assert imported == counts(tmp_path / "a.debtdesk")
    assert imported["debts"] == 6 and imported["payments"] == sum(len(p) for p in payments.values())
    if every_table:
        assert all(imported[table] > 0 for table in TABLES), imported


def test_streaming_across_tiny_chunks_round_trips_every_table(tmp_path, full_document, monkeypatch):
    """Every value straddles chunk boundaries: 7-byte chunks, 3-row batches."""
    monkeypatch.setattr(json_stream, "CHUNK_SIZE", 7)
    monkeypatch.setattr(interchange_load, "BATCH_ROWS", 3)
    source = tmp_path / "a.json"
    source.write_text(json.dumps(full_document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    import_file(source, tmp_path / "b.debtdesk")
    with Store.open(tmp_path / "b.debtdesk") as store:
        export_file(store, tmp_path / "b.json")
    assert (tmp_path / "b.json").read_bytes() == source.read_bytes()


def test_a_household_beyond_the_old_row_cap_round_trips(tmp_path):
    """More than the old 200,000-row cap imports, every row equal to its original (compared in SQL)."""
    rows = 200_001
    with Store.create(tmp_path / "a.debtdesk") as store:
        fill(store)
        debt = store.debts()[0]
        with store.db.atomic():
            store.conn.executemany(
                "INSERT INTO payments (debt_id, paid_on, amount_minor, note) VALUES (?, ?, ?, ?)",
                ((debt.id, "2026-11-01", 100 + n, f"第{n}笔") for n in range(rows)))
        export_file(store, tmp_path / "a.json")
    imported = import_file(tmp_path / "a.json", tmp_path / "b.debtdesk")
    assert imported == counts(tmp_path / "a.debtdesk") and imported["payments"] > rows
    with closing(sqlite3.connect(tmp_path / "b.debtdesk")) as conn:
        conn.execute("ATTACH DATABASE ? AS a", (str(tmp_path / "a.debtdesk"),))
        for table in TABLES:
            differing = conn.execute(f'SELECT count(*) FROM (SELECT * FROM a."{table}" EXCEPT SELECT * FROM main."{table}")')
            assert differing.fetchone()[0] == 0, table


def _peak_python_memory_of_importing(folder: Path, document: dict, payments: int) -> int:
    debt = document["tables"]["debts"][0]
    extra = [{"id": 10_000 + n, "debt_id": debt["id"], "paid_on": debt["start_date"], "amount_minor": 100 + n,
              "note": f"第{n}笔"} for n in range(payments)]
    document = {**document, "tables": {**document["tables"], "payments": document["tables"]["payments"] + extra}}
    source = folder / f"in-{payments}.json"
    source.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    del document, extra
    tracemalloc.start()
    try:
        import_file(source, folder / f"out-{payments}.debtdesk")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_importing_a_file_ten_times_bigger_does_not_take_ten_times_the_memory(tmp_path, full_document):
    """Python's own allocations while importing (SQLite's page cache is bounded on its own)."""
    small = _peak_python_memory_of_importing(tmp_path, full_document, 2_000)
    big = _peak_python_memory_of_importing(tmp_path, full_document, 20_000)
    assert big < 1.5 * small, (small, big)


def test_a_document_with_tables_before_its_header_is_read_twice_and_imports(tmp_path, document):
    reordered = {"tables": document["tables"], **{k: v for k, v in document.items() if k != "tables"}}
    assert import_file(write_json(tmp_path / "in.json", reordered), tmp_path / "b.debtdesk")["debts"] == 6
    with Store.open(tmp_path / "b.debtdesk") as store:
        assert export_data(store) == document


def test_a_document_with_tables_first_that_is_not_debtdesks_is_refused_as_such(target, document):
    document["format"] = "someone-elses"
    reordered = {"tables": document["tables"], **{k: v for k, v in document.items() if k != "tables"}}
    assert refused(reordered, target) == (
        'This is not a DebtDesk interchange file: "format" must be "debtdesk-interchange".')


def test_export_holds_every_column_as_stored(full_document):
    doc = full_document
    assert (doc["format"], doc["version"], doc["schema_version"]) == (FORMAT_NAME, FORMAT_VERSION, SCHEMA_VERSION)
    assert list(doc["tables"]) == list(TABLES)
    card = doc["tables"]["debts"][0]
    assert card["principal_minor"] == 1850000 and card["rate"] == "0.0005" and card["rate_basis"] == "daily"
    assert card["late_fee_share"] == "0.05" and card["account_number"] == "6225 8801 2345 6789"
    assert list(card)[:3] == ["id", "lender_id", "kind"] and len(card) == 26
    assert (card["payment_order"], card["compound_penalty"], card["penalty_rate"], card["priority"]) == (
        "oldest-first", 0, None, 0)
    assert doc["tables"]["lenders"][1]["early_from"] == 2 and doc["tables"]["lenders"][0]["early_from"] is None
    assert doc["tables"]["evidence_items"][0]["obtained_on"] is None
    for table, rows in doc["tables"].items():
        keys = [row[{"settings": "key", "household_plans": "currency"}.get(table, "id")] for row in rows]
        assert keys == sorted(keys), table
        assert not any(isinstance(v, float) for row in rows for v in row.values())


def test_export_file_is_readable_utf8_and_deterministic(tmp_path):
    with Store.create(tmp_path / "a.debtdesk") as store:
        fill(store)
        (tmp_path / "out.json").write_text("old content")
        export_file(store, tmp_path / "out.json")
        first = (tmp_path / "out.json").read_bytes()
        export_file(store, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == first
    text = first.decode("utf-8")
    assert "招商银行信用卡" in text and '\n  "tables": {' in text
    assert json.loads(text)["tables"]["payments"][0]["amount_minor"] > 0
    assert list(json.loads(text)["tables"]["debts"][0])[:3] == ["id", "lender_id", "kind"]  # schema order
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.debtdesk", "out.json"]


def test_every_table_of_the_schema_is_exported(tmp_path):
    with Store.create(tmp_path / "a.debtdesk") as store:
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    assert names == set(TABLES) | set(DERIVED_TABLES)  # derived tables are rebuilt, never exported


@pytest.mark.parametrize("out", ["a.debtdesk", "missing/out.json", "folder.json"], ids=["itself", "no-folder", "a-folder"])
def test_export_refusals_leave_no_file_behind(tmp_path, out):
    (tmp_path / "folder.json").mkdir()
    with Store.create(tmp_path / "a.debtdesk") as store:
        fill(store)
        before = folder_state(tmp_path)
        with pytest.raises(InterchangeError, match=r"overwrite the DebtDesk file|Could not write"):
            export_file(store, tmp_path / out)
        assert folder_state(tmp_path) == before  # (while open: the file's lock is there too)


def test_ids_are_kept_whatever_the_row_order_in_the_file(tmp_path, document):
    original = copy.deepcopy(document)
    document["tables"]["payments"].reverse()
    document["tables"]["lenders"].reverse()
    import_file(write_json(tmp_path / "in.json", document), tmp_path / "b.debtdesk")
    with Store.open(tmp_path / "b.debtdesk") as store:
        assert export_data(store) == original


def test_imports_into_an_existing_empty_file_and_a_zero_byte_file(tmp_path, document):
    source = write_json(tmp_path / "in.json", document)
    Store.create(tmp_path / "empty.debtdesk").close()
    (tmp_path / "blank.debtdesk").touch()
    for name in ("empty.debtdesk", "blank.debtdesk"):
        assert import_file(source, tmp_path / name)["payments"] == len(document["tables"]["payments"])
        with Store.open(tmp_path / name) as store:
            assert export_data(store) == document


def _empty_schema_1(path: Path) -> None:
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[1]:
        conn.execute(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_an_empty_file_from_an_older_debtdesk_is_upgraded_and_filled(tmp_path, document):
    old = tmp_path / "old.debtdesk"
    _empty_schema_1(old)
    import_file(write_json(tmp_path / "in.json", document), old)
    with Store.open(old) as store:
        assert export_data(store) == document


def test_an_older_schema_version_with_fewer_tables_and_columns_imports(tmp_path, document):
    """Schema 1 had only these three tables, and lenders without stage thresholds."""
    document["schema_version"] = 1
    document["tables"] = {t: document["tables"][t] for t in ("lenders", "debts", "payments")}
    for lender in document["tables"]["lenders"]:
        for stage in ("early", "mid", "late", "severe"):
            del lender[f"{stage}_from"]
    assert import_file(write_json(tmp_path / "in.json", document), tmp_path / "b.debtdesk")["contacts"] == 0
    with Store.open(tmp_path / "b.debtdesk") as store:
        rows = store.conn.execute("SELECT early_from, kind FROM lenders ORDER BY id").fetchall()
    assert [tuple(r) for r in rows][:2] == [(None, "bank"), (None, "platform")]


def test_a_utf8_byte_order_mark_is_tolerated(tmp_path, document):
    (tmp_path / "in.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    assert import_file(tmp_path / "in.json", tmp_path / "b.debtdesk")["debts"] == 6


def test_the_example_in_the_documentation_imports(tmp_path):
    example = re.search(r"## Example\s+```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S).group(1)
    (tmp_path / "example.json").write_text(example, encoding="utf-8")
    imported = import_file(tmp_path / "example.json", tmp_path / "b.debtdesk")
    assert (imported["lenders"], imported["debts"], imported["payments"]) == (1, 1, 1)
    with Store.open(tmp_path / "b.debtdesk") as store:
        assert str(store.debts()[0].upfront_fee) == "600.00"


# -- targets that are refused before the JSON is even read ------------------------------


def _newer_debtdesk(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.close()


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (x)")
    conn.close()


def _with_data(path):
    with Store.create(path) as store:
        fill(store)


@pytest.mark.parametrize("make, expected", [
    (_with_data, "target.debtdesk already holds data; import into a new file."),
    (_newer_debtdesk, "target.debtdesk was written by a newer DebtDesk; it was left untouched."),
    (_other_sqlite, "target.debtdesk is an SQLite file, but not a DebtDesk file; it was left untouched."),
    (lambda p: p.write_text("shopping list\n" * 100), "target.debtdesk is not a DebtDesk file (or it is damaged)"),
    (lambda p: p.mkdir(), "is a folder, not a DebtDesk file."),
], ids=["holds-data", "newer", "other-sqlite", "not-sqlite", "folder"])
def test_unusable_targets_are_refused_and_untouched(tmp_path, document, make, expected):
    target = tmp_path / "target.debtdesk"
    make(target)
    rows_before = counts(target) if expected.endswith("import into a new file.") else None
    assert expected in refused(document, target)
    if rows_before is not None:
        assert counts(target) == rows_before and rows_before["payments"] > 0


def test_a_target_in_a_missing_folder_is_refused(tmp_path, document):
    source = write_json(tmp_path / "in.json", document)
    with pytest.raises(InterchangeError, match=r"The folder .*missing does not exist\."):
        import_file(source, tmp_path / "missing" / "b.debtdesk")
    assert not (tmp_path / "missing").exists()


# -- files that are not interchange documents ---------------------------------------------

HEAD = b'{"format": "debtdesk-interchange", "version": 1, "schema_version": 3, "tables": '


@pytest.mark.parametrize("raw, expected", [
    (b'{"format": "debtdesk-\xff\xfe"}', "in.json is not UTF-8 text (bad byte at position 21)."),
    (b"", "in.json is not valid JSON (line 1, column 1: Expecting value)."),
    (b'{"format": "debtdesk-interchange",', "in.json is not valid JSON (line 1, column 35"),
    (b"[1, 2]", "The file holds a list, not a DebtDesk interchange document"),
    (b'"debtdesk-interchange"', "The file holds text, not a DebtDesk interchange document"),
    (HEAD + b'{"debts": [{"principal_minor": NaN}]}}', "The file contains NaN, which is not a number JSON allows."),
    (HEAD + b'{"debts": [{"rate": Infinity}]}}', "The file contains Infinity"),
    (HEAD + b'{"debts": [{"rate": -Infinity}]}}', "The file contains -Infinity"),
    (HEAD + b'{"debts": [], "debts": []}}', "The key 'debts' appears twice in one JSON object."),
    (b"[" * 100_000 + b"]" * 100_000, "in.json is nested too deeply to be an interchange file."),
    (HEAD + b'{"debts": [{"principal_minor": ' + b"9" * 5000 + b"}]}}", "holds a number with far too many digits."),
], ids=["not-utf8", "empty", "truncated", "list", "string", "nan", "infinity", "-infinity", "duplicate-key",
        "deep-nesting", "huge-integer"])
def test_malformed_files_are_refused(target, raw, expected):
    assert expected in refused(raw, target)


def test_a_file_over_the_old_size_cap_is_read_not_refused_for_its_size(target):
    """50 MB was the old cap; now the content decides (here: zeros, not JSON), from the first chunk."""
    big = target.parent / "in.json"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1000 * 1000 + 1)  # sparse: costs no disk space
    before = folder_state(target.parent)
    with pytest.raises(InterchangeError, match=r"in\.json is not valid JSON \(line 1, column 1: Expecting value\)\."):
        import_file(big, target)
    assert folder_state(target.parent) == before


def test_a_row_longer_than_the_per_row_limit_is_refused_with_its_place(target, document, monkeypatch):
    monkeypatch.setattr(json_stream, "MAX_VALUE_CHARS", 2000)
    tables("payments.3.note", "长" * 450)(document)  # within the note's 500 characters, but 2700 of JSON escapes
    assert ("payments[3]: is longer than 2000 characters of JSON, far more than any row DebtDesk writes."
            in refused(json.dumps(document).encode(), target))


def test_not_enough_disk_space_is_refused_before_writing(target, document, monkeypatch):
    monkeypatch.setattr(interchange.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**12, 10**12, 1000))
    message = refused(document, target)
    assert re.fullmatch(r"There is not enough free space in .+ to import in\.json: about \d+ MB needed, 1 MB free\.",
                        message), message


def test_a_missing_json_file_is_named(tmp_path):
    with pytest.raises(InterchangeError, match=r"The file .*nothing\.json does not exist\."):
        import_file(tmp_path / "nothing.json", tmp_path / "b.debtdesk")
    assert list(tmp_path.iterdir()) == []


# -- documents with a bad header or bad rows ---------------------------------------------


def put(path: str, value):
    """A change to the document: 'debts.0.principal_minor' := value (value DELETE removes the key)."""
    def change(doc):
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key = int(last) if isinstance(node, list) else last
        if value is DELETE:
            del node[key]
        else:
            node[key] = value
    return change


DELETE = object()


def tables(path: str, value):
    return put("tables." + path, value)


HEADER_CASES = [
    (put("format", "debtdesk-backup"), 'This is not a DebtDesk interchange file: "format" must be "debtdesk-interchange".'),
    (put("format", DELETE), "This is not a DebtDesk interchange file"),
    (put("version", 2), "The file was made by a newer DebtDesk (interchange version 2; this one reads up to 1): "
                        "update DebtDesk to import it."),
    (put("version", True), '"version" must be a whole number of 1 or more, not the value true.'),
    (put("version", "1"), '"version" must be a whole number of 1 or more, not text.'),
    (put("version", 0), '"version" must be a whole number of 1 or more'),
    (put("schema_version", SCHEMA_VERSION + 1), f"made by a newer DebtDesk (schema version {SCHEMA_VERSION + 1}; "
                                                f"this one reads up to {SCHEMA_VERSION})"),
    (put("schema_version", 3.0), '"schema_version" must be a whole number of 1 or more, not the decimal number 3.0.'),
    (put("exported_at", "2026-11-23"), "Unknown top-level key 'exported_at'"),
    (put("tables", []), '"tables" must be an object mapping table names to lists of rows, not a list.'),
    (tables("widgets", []), "tables: unknown table 'widgets'"),
    (tables("debts", {}), "tables.debts: must be a list of rows, not an object."),
]

DEBT_CASES = [
    (tables("debts.0.principal_minor", 0), "debts[0].principal_minor: must be a positive whole number of cents."),
    (tables("debts.0.principal_minor", -5), "debts[0].principal_minor: must be a positive whole number of cents."),
    (tables("debts.0.principal_minor", 1500.5),
     "debts[0].principal_minor: must be a whole number of cents (a JSON integer), not the decimal number 1500.5."),
    (tables("debts.0.principal_minor", 150000.0), "not the decimal number 150000.0."),
    (tables("debts.0.principal_minor", "150000"), "debts[0].principal_minor: must be a whole number of cents (a JSON integer), not text."),
    (tables("debts.0.principal_minor", 10**15), "debts[0].principal_minor: must be at most 100000000000000 cents."),
    (tables("debts.0.principal_minor", 2**70), "debts[0].principal_minor: is too large a number."),
    (tables("debts.0.term_months", True), "debts[0].term_months: must be a whole number (a JSON integer), not the value true."),
    (tables("debts.0.term_months", 0), "debts[0].term_months: must be between 1 and 600 months."),
    (tables("debts.0.due_day", 32), "debts[0].due_day: must be between 1 and 31 (or null)."),
    (tables("debts.0.due_day", 0), "debts[0].due_day: must be between 1 and 31 (or null)."),
    (tables("debts.0.grace_days", -1), "debts[0].grace_days: must be between 0 and 365 days."),
    (tables("debts.0.currency", None), "debts[0].currency: must not be null."),
    (tables("debts.0.currency", "usd"), "debts[0].currency: 'usd' is not a three-letter currency code"),
    (tables("debts.0.kind", "timeshare"), "debts[0].kind: 'timeshare' is not one of: credit_card, online_loan,"),
    (tables("debts.0.rate_basis", "monthly"), "debts[0].rate_basis: 'monthly' is not one of: annual, daily."),
    (tables("debts.0.method", "balloon"), "debts[0].method: 'balloon' is not one of: equal-instalment,"),
    (tables("debts.0.penalty_base", "everything"), "debts[0].penalty_base: 'everything' is not one of"),
    (tables("debts.0.start_date", "2026-13-01"), "debts[0].start_date: '2026-13-01' is not a date in the form YYYY-MM-DD."),
    (tables("debts.0.start_date", "20260101"), "debts[0].start_date: '20260101' is not a date"),
    (tables("debts.0.start_date", "2026-1-5"), "debts[0].start_date: '2026-1-5' is not a date"),
    (tables("debts.0.start_date", " 2026-01-05"), "debts[0].start_date: ' 2026-01-05' is not a date"),
    (tables("debts.0.start_date", "1900-01-01"), "debts[0].start_date: must be between 1950-01-01 and 2100-12-31."),
    (tables("debts.0.rate", "abc"), "debts[0].rate: 'abc' is not a decimal number written as text"),
    (tables("debts.0.rate", "NaN"), "debts[0].rate: 'NaN' is not a decimal number"),
    (tables("debts.0.rate", "Infinity"), "debts[0].rate: 'Infinity' is not a decimal number"),
    (tables("debts.0.rate", "1,5"), "debts[0].rate: '1,5' is not a decimal number"),
    (tables("debts.0.rate", ""), "debts[0].rate: '' is not a decimal number"),
    (tables("debts.0.rate", 0.05), "debts[0].rate: must be text (a JSON string), not the decimal number 0.05."),
    (tables("debts.0.rate", "-0.01"), "debts[0].rate: must be at least 0 and at most 10."),
    (tables("debts.0.rate", "1e999999"), "debts[0].rate: '1e999999' is not a decimal number"),
    (tables("debts.1.rate", "0.03"), "debts[1].rate: above 1000% a year; check the rate and whether it is annual or daily."),
    (tables("debts.0.min_payment_share", "0"), "debts[0].min_payment_share: must be above 0 and at most 1."),
    (tables("debts.0.late_fee_share", "1.5"), "debts[0].late_fee_share: must be at least 0 and at most 1."),
    (tables("debts.2.upfront_fee_minor", 2000000), "debts[2].upfront_fee_minor: must be less than principal_minor."),
    (tables("debts.0.notes", "x" * 10_001), "debts[0].notes: is too long: 10001 characters, at most 10000."),
    (tables("debts.0.notes", "\ud800"), "debts[0].notes: contains a lone surrogate (such as \\ud800), which is not text."),
    (tables("debts.0.notes", ["a"]), "debts[0].notes: must be text (a JSON string), not a list."),
    (tables("debts.0.account_number", "1" * 41), "debts[0].account_number: is too long: 41 characters, at most 40."),
    (tables("debts.0.lender_id", 999), "debts[0].lender_id: points to lenders id 999, which is not in the file."),
    (tables("debts.0.colour", "red"), "debts[0]: unknown column 'colour'."),
    (tables("debts.0.principal_minor", DELETE), "debts[0]: the required column 'principal_minor' is missing."),
    (tables("debts.1.id", 1), "debts[1].id: 1 is used twice (also by debts[0])."),
    (tables("debts.0.id", 0), "debts[0].id: must be a positive whole number."),
]

OTHER_CASES = [
    (tables("lenders.0.name", "x" * 101), "lenders[0].name: is too long: 101 characters, at most 100."),
    (tables("lenders.0.name", "  "), "lenders[0].name: must not be empty."),
    (tables("lenders.1.name", "招商银行信用卡"), "lenders[1].name: '招商银行信用卡' is used twice (also by lenders[0])."),
    (tables("lenders.0.kind", "loan_shark"), "lenders[0].kind: 'loan_shark' is not one of: bank, platform, person, other."),
    (tables("lenders.0.early_from", 0), "lenders[0].early_from: must be between 1 and 36500 days."),
    (tables("payments.0.amount_minor", 0), "payments[0].amount_minor: must be a positive whole number of cents."),
    (tables("payments.0.paid_on", "yesterday"), "payments[0].paid_on: 'yesterday' is not a date in the form YYYY-MM-DD."),
    (tables("payments.0.paid_on", "2000-01-01"), "payments[0].paid_on: 2000-01-01 is before the start date of debt 1"),
    (tables("payments.0.debt_id", 999), "payments[0].debt_id: points to debts id 999, which is not in the file."),
    (tables("payments.1.id", 1), "payments[1].id: 1 is used twice (also by payments[0])."),
    (tables("payments.0.id", DELETE), "payments[0]: the required column 'id' is missing."),
    (tables("payments.0.note", "a\x00b"), "payments[0].note: must not contain the NUL character."),
    (tables("payments.0.note", "x" * 501), "payments[0].note: is too long: 501 characters, at most 500."),
    (tables("payments.0", [1, 2]), "payments[0]: must be an object (one row), not a list."),
    (tables("settings.0.value", "x" * 100_001), "settings[0].value: is too long: 100001 characters, at most 100000."),
    (tables("settings.1.key", "contact.night_start"), "settings[1].key: 'contact.night_start' is used twice"),
    (tables("contacts.0.channel", "pigeon"), "contacts[0].channel: 'pigeon' is not one of: call, sms,"),
    (tables("contacts.0.occurred_at", "2026-11-20T25:00"), "contacts[0].occurred_at: '2026-11-20T25:00' is not a date and time"),
    (tables("contacts.0.debt_id", 999), "contacts[0].debt_id: points to debts id 999, which is not in the file."),
    (tables("attachments.0.owner_id", 999), "attachments[0].owner_id: points to contacts id 999, which is not in the file."),
    (tables("attachments.0.owner_kind", "debt"), "attachments[0].owner_kind: 'debt' is not one of: contact, evidence, reply, agreement, legal_event."),
    (tables("attachments.0.stored_name", "../../etc/passwd"), "attachments[0].stored_name: '../../etc/passwd' is not a stored file name."),
    (tables("attachments.0.sha256", "ABC"), "attachments[0].sha256: 'ABC' is not a SHA-256 checksum"),
    (tables("budget_lines.0.frequency", "hourly"), "budget_lines[0].frequency: 'hourly' is not one of: weekly,"),
    (tables("budget_lines.0.budget_id", 1), "budget_lines[0].budget_id: points to budgets id 1, which is not in the file."),
    (tables("evidence_items.0.status", "lost"), "evidence_items[0].status: 'lost' is not one of: needed, requested, obtained, sent."),
    (tables("evidence_items.0.title", ""), "evidence_items[0].title: must not be empty."),
    (tables("proposals.0.options", '{"colour": "1"}'), "proposals[0].options: not valid proposal options"),
    (tables("proposals.0.options", "[1]"), "proposals[0].options: not valid proposal options (not a JSON object)."),
    (tables("proposals.0.options", '{"deferral": NaN}'), "proposals[0].options: not valid proposal options (The file contains NaN"),
    (tables("letters.0.created_on", "22/11/2026"), "letters[0].created_on: '22/11/2026' is not a date in the form YYYY-MM-DD."),
]


def _ids(cases):
    return [expected.split(":")[0][:40] + f"#{i}" for i, (_, expected) in enumerate(cases)]


@pytest.mark.parametrize("change, expected", HEADER_CASES + DEBT_CASES + OTHER_CASES,
                         ids=_ids(HEADER_CASES + DEBT_CASES + OTHER_CASES))
def test_bad_documents_are_refused_with_the_place_and_the_problem(document, target, change, expected):
    change(document)
    message = refused(document, target)
    assert expected in message
    if target.exists():
        assert set(counts(target).values()) == {0}


def test_a_row_the_database_refuses_is_named_when_the_domain_checks_miss_it(document, target, monkeypatch):
    """The rehearsal in memory: CHECK constraints speak before the target is touched."""
    monkeypatch.setitem(interchange.RULES, ("debts", "term_months"), lambda value: None)
    tables("debts.3.term_months", 0)(document)
    assert ("debts[3]: the database refused this row (CHECK constraint failed: term_months >= 1)."
            in refused(document, target))


def test_a_refusal_by_the_database_does_not_even_upgrade_an_older_empty_target(tmp_path, document, monkeypatch):
    """Opening an older file for writing would migrate it; the rehearsal refuses first."""
    target = tmp_path / "target.debtdesk"
    _empty_schema_1(target)
    monkeypatch.setitem(interchange.RULES, ("debts", "term_months"), lambda value: None)
    tables("debts.3.term_months", 0)(document)
    assert "debts[3]: the database refused this row" in refused(document, target)
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_failure_half_way_through_building_leaves_the_target_as_it_was(document, target, monkeypatch):
    """A disk error after some batches are in: nothing of them reaches the target, no temporary file stays."""
    monkeypatch.setattr(interchange_load, "BATCH_ROWS", 3)
    real, flushed = interchange_load.RowLoader._flush, []

    def failing(loader, table):
        flushed.append(table)
        if len(flushed) == 4:
            raise sqlite3.OperationalError("disk I/O error")
        real(loader, table)

    monkeypatch.setattr(interchange_load.RowLoader, "_flush", failing)
    assert refused(document, target) == "Could not write target.debtdesk: disk I/O error; it was left as it was."
    assert len(flushed) == 4
    if target.exists():
        assert set(counts(target).values()) == {0}


def test_a_failure_half_way_through_filling_an_empty_target_rolls_all_of_it_back(document, tmp_path):
    """The copy into an existing empty file is one transaction: tables copied before the failure go too."""
    target = tmp_path / "target.debtdesk"
    with Store.create(target) as store:  # the payments table refuses rows: debts and lenders go in before it
        store.conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON payments BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        store.conn.commit()
    assert refused(document, target) == "Could not write target.debtdesk: refused by the test; it was left as it was."
    with closing(sqlite3.connect(target)) as conn:
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("lenders", "debts")] == [0, 0]


# -- anything in any cell: refused cleanly, or imported into a file the app can read ---------

_CELLS = [("debts", 0, c) for c in ("principal_minor", "start_date", "rate", "due_day", "kind", "notes", "lender_id")] + [
    ("payments", 0, "paid_on"), ("payments", 0, "amount_minor"), ("lenders", 0, "name"),
    ("contacts", 0, "occurred_at"), ("proposals", 0, "options"), ("budget_lines", 0, "amount_minor"),
]
_PLAUSIBLE = st.integers(min_value=-2, max_value=10**7) | st.sampled_from([
    "2026-02-30", "2026-06-01", "0.05", "0.049", "1e5", "5E-7", "-1", "2026-11-20 21:30", "{}", '{"deferral": "2"}',
    "bank", "online_loan", "other", "CNY", "王先生", "",
])
_JSON = _PLAUSIBLE | st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=80, deadline=None)
@given(cell=st.sampled_from(_CELLS), value=_JSON)
def test_any_value_in_any_cell_is_refused_cleanly_or_readable(full_document, cell, value):
    table, index, column = cell
    doc = copy.deepcopy(full_document)
    doc["tables"][table][index][column] = value
    with tempfile.TemporaryDirectory() as folder:
        source, target = write_json(Path(folder) / "in.json", doc), Path(folder) / "t.debtdesk"
        try:
            import_file(source, target)
        except InterchangeError as exc:
            assert str(exc).endswith(".") and [p.name for p in Path(folder).iterdir()] == ["in.json"]
            return
        with Store.open(target) as store:
            store.debts(), store.payments_by_debt()
            assert export_data(store)["tables"][table][index][column] == value


def test_a_document_from_before_schema_4_gets_the_same_data_fixes_as_an_upgraded_file(document, target, tmp_path):
    """Rows from schema 3 arrive without the v4 columns; importing applies what upgrading a file would."""
    document["schema_version"] = 3
    debts = document["tables"]["debts"]
    for row in debts:
        for name in ("payment_order", "compound_penalty", "penalty_rate", "priority"):
            del row[name]
    debts[0]["kind"], debts[1]["kind"] = "mortgage", "car_loan"
    debts[2]["method"], debts[2]["penalty_base"] = "interest-only", "overdue_principal"
    import_file(write_json(tmp_path / "old.json", document), target)
    with Store.open(target) as store:
        by_id = {d.id: d for d in store.debts()}
    ids = [row["id"] for row in debts]
    assert [by_id[i].priority for i in ids] == [True, True] + [False] * (len(ids) - 2)
    assert by_id[ids[2]].penalty.compound is True
    assert not any(by_id[i].penalty.compound for i in ids[3:] if by_id[i].method.value != "interest-only")


def test_a_current_document_keeps_its_own_values(document, target, tmp_path):
    debts = document["tables"]["debts"]
    debts[0]["kind"], debts[0]["priority"] = "mortgage", 0  # the user said: not a priority
    import_file(write_json(tmp_path / "new.json", document), target)
    with Store.open(target) as store:
        assert store.debt(debts[0]["id"]).priority is False


def test_a_document_from_before_schema_5_loses_a_freeze_inside_a_settlement(document, target, tmp_path):
    """Schema 5 refuses an interest freeze in a one-off settlement; older documents still import, without it."""
    document["schema_version"] = 4
    document["tables"].pop("household_plans", None)
    document["tables"]["proposals"] = [{"id": 1, "debt_id": document["tables"]["debts"][0]["id"],
                                        "created_on": "2026-11-20", "status": "sent", "notes": "",
                                        "options": '{"freeze-interest": true, "settlement": "60"}'}]
    for row in document["tables"]["agreements"]:  # the agreement on the proposal replaced above
        row["proposal_id"] = None
    import_file(write_json(tmp_path / "old.json", document), target)
    with Store.open(target) as store:
        (options,) = [row[0] for row in store.conn.execute("SELECT options FROM proposals")]
    assert json.loads(options) == {"settlement": "60"}


def test_household_plans_are_checked_like_every_table(document, target):
    document["tables"]["household_plans"] = [{"currency": "cny", "start_on": None, "lump_sum_minor": None}]
    assert "household_plans[0].currency: 'cny' is not a three-letter currency code" in refused(document, target)
    document["tables"]["household_plans"] = [{"currency": "CNY", "start_on": "2026-13-01", "lump_sum_minor": -1}]
    assert "household_plans[0].start_on: '2026-13-01' is not a date" in refused(document, target)
