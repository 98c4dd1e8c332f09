"""Reading a JSON document piece by piece, in memory bounded by its largest value.

Why: an export of a large household is tens of megabytes; `json.loads` on it
needs the whole text plus every parsed row at once (hundreds of megabytes).
The interchange import walks the document's outer structure (the top-level
object, the tables object, each table's list) with the small steps below and
decodes each row on its own with `json.JSONDecoder.raw_decode`, so only one
row and one buffered chunk are held at a time.

Positions in errors are counted from the start of the document, in
characters, with the line and column `json.loads` would report, so a message
points at the same place whatever the chunk size.  What went wrong there is a
marked `Sentence` (Python's own JSON messages are mapped to the same marked
texts), so the reader sees it in their language.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import BinaryIO

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store.errors import Sentence

# Bytes read at a time; tests make it tiny so values straddle chunk boundaries.
CHUNK_SIZE = 64 * 1024
# The longest single value (one row) read at once, in characters of JSON text.
MAX_VALUE_CHARS = 16 * 1000 * 1000

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_TOKEN_REACH = 16  # characters: the longest token cut short ('-Infinity', a '\\uXXXX' escape) and more
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*")
_NUMBERS = (int, float)  # the only values the end of the text read so far may have cut short unnoticed
_BOM = b"\xef\xbb\xbf"

EXPECTING_COMMA = Sentence(QT_TRANSLATE_NOOP("Store", "Expecting ',' delimiter"))
EXPECTING_COLON = Sentence(QT_TRANSLATE_NOOP("Store", "Expecting ':' delimiter"))
EXPECTING_NAME = Sentence(QT_TRANSLATE_NOOP("Store", "Expecting property name enclosed in double quotes"))
EXTRA_DATA = Sentence(QT_TRANSLATE_NOOP("Store", "Extra data"))
# Python's JSON decoder's messages (English, fixed texts) -> the same texts, marked for translation.
DECODER_MESSAGES: dict[str, str] = {sentence: sentence for sentence in (
    EXPECTING_COMMA, EXPECTING_COLON, EXPECTING_NAME, EXTRA_DATA,
    Sentence(QT_TRANSLATE_NOOP("Store", "Expecting value")),
    Sentence(QT_TRANSLATE_NOOP("Store", "Unterminated string starting at")),
    Sentence(QT_TRANSLATE_NOOP("Store", "Invalid control character at")),
    Sentence(QT_TRANSLATE_NOOP("Store", "Invalid \\escape")),
    Sentence(QT_TRANSLATE_NOOP("Store", "Invalid \\uXXXX escape")),
)}


def expecting(char: str) -> Sentence:
    """"Expecting '{'" / "Expecting '['" (the bracket is a value: a brace cannot stand in a template)."""
    return Sentence(QT_TRANSLATE_NOOP("Store", "Expecting {bracket}"), bracket=f"'{char}'")


class StreamSyntaxError(ValueError):
    """Not valid JSON: `msg` (a marked Sentence, or Python's text) at `lineno`/`colno` (1-based), as
    `json.JSONDecodeError` says it."""

    def __init__(self, msg: str, lineno: int, colno: int):
        super().__init__(f"{msg}: line {lineno} column {colno}")
        self.msg, self.lineno, self.colno = msg, lineno, colno


class NotUtf8Error(ValueError):
    """A byte that is not UTF-8, at `position` bytes from the start of the file."""

    def __init__(self, position: int):
        super().__init__(f"not UTF-8 at byte {position}")
        self.position = position


class NumberTooLongError(ValueError):
    """A number with more digits than Python converts (4300)."""


class ValueTooLargeError(ValueError):
    """One value is longer than the limit given to the stream."""


class JsonStream:
    """A cursor over UTF-8 JSON from a binary file, read in chunks (a leading BOM is skipped)."""

    def __init__(self, raw: BinaryIO, decoder: json.JSONDecoder | None = None,
                 chunk_size: int | None = None, max_value_chars: int | None = None):
        self._raw = raw
        self._decoder = decoder or json.JSONDecoder()
        self._chunk = chunk_size or CHUNK_SIZE
        self._max_value = max_value_chars or MAX_VALUE_CHARS
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._buf, self._pos, self._eof = "", 0, False
        self._bytes = 0  # bytes fed to the decoder so far
        self._base = 0  # document offset of _buf[0], in characters
        self._line, self._line_start = 1, 0  # line number and document offset where it starts, for _buf[0]
        self._skip_bom()

    # -- reading and positions ------------------------------------------------------

    def _skip_bom(self) -> None:
        head = b""
        while len(head) < len(_BOM):
            more = self._raw.read(len(_BOM) - len(head))
            if not more:
                break
            head += more
        if head == _BOM:
            self._bytes = len(_BOM)
        else:
            self._decode(head, final=False)

    def _decode(self, data: bytes, final: bool) -> None:
        pending = len(self._utf8.getstate()[0])
        try:
            self._buf += self._utf8.decode(data, final)
        except UnicodeDecodeError as exc:
            raise NotUtf8Error(self._bytes - pending + exc.start) from None
        self._bytes += len(data)

    def _fill(self, at_least: int = 0) -> bool:
        """Read one more chunk (or `at_least` bytes); False at the end of the file."""
        if self._eof:
            return False
        data = self._raw.read(max(self._chunk, at_least))
        self._eof = not data
        self._decode(data, final=self._eof)
        return True

    def _compact(self) -> None:
        """Forget the text before the cursor, keeping line counts."""
        if self._pos < self._chunk:
            return
        dropped = self._buf[:self._pos]
        newlines = dropped.count("\n")
        if newlines:
            self._line += newlines
            self._line_start = self._base + dropped.rindex("\n") + 1
        self._base += self._pos
        self._buf, self._pos = self._buf[self._pos:], 0

    def error(self, msg: str, at: int | None = None) -> StreamSyntaxError:
        """A syntax error at buffer index `at` (default: the cursor)."""
        at = self._pos if at is None else at
        newlines = self._buf.count("\n", 0, at)
        if newlines:
            return StreamSyntaxError(msg, self._line + newlines, at - self._buf.rindex("\n", 0, at))
        return StreamSyntaxError(msg, self._line, self._base + at - self._line_start + 1)

    # -- small steps through containers -----------------------------------------------

    def peek(self) -> str:
        """The next character that is not whitespace, without taking it; '' at the end."""
        if self._pos >= self._chunk:
            self._compact()
        while True:
            self._pos = _WHITESPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _take(self, char: str, expected: str) -> None:
        if self.peek() != char:
            raise self.error(expected)
        self._pos += 1

    def begin(self, char: str) -> None:
        """Enter an object ('{') or a list ('[')."""
        self._take(char, expecting(char))

    def next_key(self, first: bool) -> str | None:
        """The next key of the object entered, its ':' taken; None once its '}' is taken."""
        if self.peek() == "}":
            self._pos += 1
            return None
        if not first:
            self._take(",", EXPECTING_COMMA)
        if self.peek() != '"':
            raise self.error(EXPECTING_NAME)
        key = self.value()
        self._take(":", EXPECTING_COLON)
        return key

    def next_item(self, first: bool) -> bool:
        """True when another item of the list entered follows; False once its ']' is taken."""
        if self.peek() == "]":
            self._pos += 1
            return False
        if not first:
            self._take(",", EXPECTING_COMMA)
        return True

    def value(self) -> object:
        """The next whole value, decoded by the stream's decoder (refilling until it is complete)."""
        self.peek()
        start = self._pos
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                if _maybe_cut_short(exc, len(self._buf)) and self._more_for_value(start):
                    continue
                raise self.error(DECODER_MESSAGES.get(exc.msg, exc.msg), exc.pos) from None
            except ValueError:  # Python refuses integers of more than 4300 digits; more cannot help
                raise NumberTooLongError("a number with too many digits") from None
            if type(value) in _NUMBERS and _NUMBER_TAIL.fullmatch(self._buf, end) and self._more_for_value(start):
                continue  # a number may go on in the next chunk
            if end - start > self._max_value:  # the same limit whether or not it arrived in one chunk
                raise ValueTooLargeError(f"a value longer than {self._max_value} characters")
            self._pos = end
            return value

    def _more_for_value(self, start: int) -> bool:
        held = len(self._buf) - start
        if held > self._max_value:
            raise ValueTooLargeError(f"a value longer than {self._max_value} characters")
        return self._fill(at_least=held)  # doubling: a long value is decoded O(log n) times, not O(n)

    def end(self) -> None:
        """Refuse anything but whitespace after the document."""
        if self.peek():
            raise self.error(EXTRA_DATA)


def _maybe_cut_short(exc: json.JSONDecodeError, held: int) -> bool:
    """Whether the error may only mean the value goes on past the text read so far.

    A value cut short fails at the end of the text (a token or escape cut in
    two: within a few characters of it) or as an unterminated string; any
    other error is the document's own and is reported without reading on.
    """
    return exc.pos >= held - _TOKEN_REACH or exc.msg.startswith("Unterminated string")


def load(stream: JsonStream, hook: Callable[[list], object] = dict) -> object:
    """The whole document through the small steps (as `json.loads` would give it): for tests and tools."""
    document = _any(stream, hook)
    stream.end()
    return document


def _any(stream: JsonStream, hook: Callable[[list], object]) -> object:
    char = stream.peek()
    if char == "{":
        stream.begin("{")
        pairs, first = [], True
        while (key := stream.next_key(first)) is not None:
            pairs.append((key, _any(stream, hook)))
            first = False
        return hook(pairs)
    if char == "[":
        stream.begin("[")
        items, first = [], True
        while stream.next_item(first):
            items.append(_any(stream, hook))
            first = False
        return items
    return stream.value()
