"""Walking an interchange document as a stream: the header, then each table's rows one by one.

Why a walk instead of `json.loads`: a household's own export can be tens of
megabytes, and parsing it whole took hundreds (see `json_stream`).  The walk
hands every row to a sink as soon as it is decoded, with its table and place.

The header must be known before rows are taken: DebtDesk writes it first, and
a document that puts "tables" first is read twice (once to find the header,
then for the rows), so a file that is not DebtDesk's is refused as such.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import json_stream
from debtdesk.store.interchange_load import is_int, kind
from debtdesk.store.interchange_rules import STRICT_DECODER, InterchangeError
from debtdesk.store.json_stream import (
    JsonStream,
    NotUtf8Error,
    NumberTooLongError,
    StreamSyntaxError,
    ValueTooLargeError,
)
from debtdesk.store.migrations import SCHEMA_VERSION, TABLES

FORMAT_NAME = "debtdesk-interchange"
FORMAT_VERSION = 1
TOP_KEYS = ("format", "version", "schema_version", "tables")
_HEADER_KEYS = ("format", "version", "schema_version")

# Receives (table, place in the document, the row as decoded).
Sink = Callable[[str, int, object], None]


def read_document(path: Path, sink: Sink) -> dict:
    """Give every row of the document at `path` to `sink`; returns the header, checked."""
    header, rows_taken = _walk(path, sink, header_checked=False)
    if not rows_taken:  # "tables" came before the header, or not at all
        _walk(path, sink, header_checked=True)
    return header


def _walk(path: Path, sink: Sink, header_checked: bool) -> tuple[dict, bool]:
    with _stream(path) as stream:
        if stream.peek() != "{":
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file holds {kind}, not a DebtDesk interchange "
                                                              "document (a JSON object)."), kind=kind(stream.value()))
        stream.begin("{")
        header: dict = {}
        seen: set[str] = set()
        unknown: str | None = None
        rows_taken = False
        first = True
        while (key := stream.next_key(first)) is not None:
            first = False
            if key in seen:
                raise _twice(key)
            if key in TOP_KEYS:
                seen.add(key)  # only these: a file of a million unknown keys must not fill memory
            if key == "tables":
                ready = header_checked or all(name in header for name in _HEADER_KEYS)
                if ready and not header_checked:
                    check_header(header)
                    header_checked = True
                _read_tables(stream, sink if ready else None)
                rows_taken = ready
            else:
                value = stream.value()
                if key in TOP_KEYS:
                    header[key] = value
                elif unknown is None:
                    unknown = key
        stream.end()
    if not header_checked:
        check_header(header)
    if unknown is not None:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Unknown top-level key {key!r}: a version "
                                                          "{format_version} file has only {known}."),
                               key=unknown, format_version=FORMAT_VERSION, known=", ".join(TOP_KEYS))
    if "tables" not in seen:
        raise _tables_not_an_object(None)
    return header, rows_taken


def _twice(key: str) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "The key {key!r} appears twice in one JSON object."), key=key)


def _tables_not_an_object(value: object) -> InterchangeError:
    return InterchangeError(QT_TRANSLATE_NOOP("Store", "\"tables\" must be an object mapping table names to lists "
                                                      "of rows, not {kind}."), kind=kind(value))


def _read_tables(stream: JsonStream, sink: Sink | None) -> None:
    if stream.peek() != "{":
        raise _tables_not_an_object(stream.value())
    stream.begin("{")
    seen: set[str] = set()
    while (name := stream.next_key(first=not seen)) is not None:
        if name in seen:
            raise _twice(name)
        seen.add(name)
        if name not in TABLES:
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "tables: unknown table {name!r}; this DebtDesk knows "
                                                              "{known}."), name=name, known=", ".join(TABLES))
        if stream.peek() != "[":
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "tables.{name}: must be a list of rows, not {kind}."),
                                   name=name, kind=kind(stream.value()))
        stream.begin("[")
        index = 0
        while stream.next_item(first=index == 0):
            try:
                row = stream.value()
            except ValueTooLargeError:
                raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{table}[{index}]: is longer than {limit} "
                                                                  "characters of JSON, far more than any row "
                                                                  "DebtDesk writes."),
                                       table=name, index=index, limit=json_stream.MAX_VALUE_CHARS) from None
            if sink is not None:
                sink(name, index, row)
            index += 1


def check_header(header: dict) -> None:
    if header.get("format") != FORMAT_NAME:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "This is not a DebtDesk interchange file: \"format\" must "
                                                          "be \"{format_name}\"."), format_name=FORMAT_NAME)
    version = _header_number(header, "version")
    if version > FORMAT_VERSION:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file was made by a newer DebtDesk (interchange "
                                                          "version {version}; this one reads up to "
                                                          "{format_version}): update DebtDesk to import it."),
                               version=version, format_version=FORMAT_VERSION)
    schema_version = _header_number(header, "schema_version")
    if schema_version > SCHEMA_VERSION:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file was made by a newer DebtDesk (schema version "
                                                          "{schema_version}; this one reads up to "
                                                          "{schema_version2}): update DebtDesk to import it."),
                               schema_version=schema_version, schema_version2=SCHEMA_VERSION)


def _header_number(header: dict, key: str) -> int:
    value = header.get(key)
    if not is_int(value) or value < 1:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "\"{key}\" must be a whole number of 1 or more, not {kind}."),
                               key=key, kind=kind(value))
    return value


@contextmanager
def _stream(path: Path) -> Iterator[JsonStream]:
    """The file as a JSON stream; whatever goes wrong reading it becomes one sentence naming it."""
    try:
        if path.is_dir():
            raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{path} is a folder, not a JSON file."), path=path)
        with open(path, "rb") as raw:
            yield JsonStream(raw, decoder=STRICT_DECODER)
    except FileNotFoundError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "The file {path} does not exist."), path=path) from None
    except OSError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "Could not read {path}: {problem}."),
                               path=path, problem=exc.strerror or exc) from None
    except NotUtf8Error as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not UTF-8 text (bad byte at position {start})."),
                               name=path.name, start=exc.position) from None
    except StreamSyntaxError as exc:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is not valid JSON (line {lineno}, column {colno}: "
                                                          "{msg})."),
                               name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg) from None
    except RecursionError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} is nested too deeply to be an interchange file."),
                               name=path.name) from None
    except ValueTooLargeError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} holds a value longer than {limit} characters; it "
                                                          "is not an interchange file."),
                               name=path.name, limit=json_stream.MAX_VALUE_CHARS) from None
    except NumberTooLongError:
        raise InterchangeError(QT_TRANSLATE_NOOP("Store", "{name} holds a number with far too many digits."),
                               name=path.name) from None


def file_size(path: Path) -> int:
    """The size on disk, 0 when it cannot be known (a special file); for the disk-space check."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
