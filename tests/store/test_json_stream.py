"""The streaming JSON reader gives what `json.loads` gives, wherever the chunks happen to end."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.store.json_stream import (
    JsonStream,
    NotUtf8Error,
    NumberTooLongError,
    StreamSyntaxError,
    ValueTooLargeError,
    load,
)


class Pieces(io.RawIOBase):
    """A binary file that returns its bytes in pieces of the given sizes (then whatever is asked)."""

    def __init__(self, data: bytes, cuts: list[int]):
        self._data, self._cuts, self._at = data, sorted(set(cuts)), 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        ahead = [cut for cut in self._cuts if cut > self._at]
        end = min([self._at + size] + ahead[:1]) if size >= 0 else len(self._data)
        piece, self._at = self._data[self._at:end], min(end, len(self._data))
        return piece


def streamed(data: bytes, cuts=(), chunk_size: int = 4, **options) -> object:
    return load(JsonStream(Pieces(data, list(cuts)), chunk_size=chunk_size, **options))


_SCALARS = (st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
            | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20))
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)
_LAYOUT = st.sampled_from([{}, {"indent": 2}, {"indent": 0}, {"separators": (",", ":")},
                           {"ensure_ascii": False}, {"ensure_ascii": False, "indent": "\t"}])


@settings(max_examples=300, deadline=None)
@given(document=_DOCUMENTS, layout=_LAYOUT, chunk_size=st.integers(1, 40), data=st.data())
def test_the_streaming_reader_equals_json_loads_at_any_chunk_boundaries(document, layout, chunk_size, data):
    raw = json.dumps(document, **layout).encode("utf-8")
    cuts = data.draw(st.lists(st.integers(0, len(raw)), max_size=12), label="cuts")
    assert streamed(raw, cuts, chunk_size) == json.loads(raw)


@settings(max_examples=200, deadline=None)
@given(document=_DOCUMENTS, chunk_size=st.integers(1, 16), data=st.data())
def test_a_document_cut_short_or_spoilt_is_refused_like_json_loads_refuses_it(document, chunk_size, data):
    raw = json.dumps(document, indent=1).encode("utf-8")
    cut = data.draw(st.integers(0, len(raw)), label="cut")
    spoilt = data.draw(st.sampled_from([raw[:cut], raw[:cut] + b"}" + raw[cut:], raw[:cut] + b"@" + raw[cut:]]))
    try:
        expected = json.loads(spoilt)
    except json.JSONDecodeError:
        with pytest.raises(StreamSyntaxError):
            streamed(spoilt, [cut], chunk_size)
    else:
        assert streamed(spoilt, [cut], chunk_size) == expected


@pytest.mark.parametrize("text", [
    '{"a": [1, 2,\n  3],\n "b": tru}',
    '[\n\n  "x",\n  "y"\n  "z"]',
    '{"a": 1,\n  "b": 2,\n}',
    "\n\n   ",
    '{"k": "line\nbreak"}',
    '{"a": 1} 2',
])
@pytest.mark.parametrize("chunk_size", [1, 3, 1000])
def test_errors_name_the_line_and_column_json_loads_names(text, chunk_size):
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(StreamSyntaxError) as caught:
        load(JsonStream(Pieces(text.encode(), []), chunk_size=chunk_size))
    assert (caught.value.lineno, caught.value.colno) == (expected.value.lineno, expected.value.colno)


def test_a_byte_order_mark_is_skipped_even_when_it_arrives_byte_by_byte():
    raw = b"\xef\xbb\xbf" + json.dumps({"名": "值"}, ensure_ascii=False).encode()
    assert streamed(raw, cuts=range(len(raw)), chunk_size=1) == {"名": "值"}


@pytest.mark.parametrize("chunk_size", [1, 2, 5, 100])
def test_a_byte_that_is_not_utf8_is_placed_in_bytes_from_the_start(chunk_size):
    raw = '{"名字": "'.encode() + b"\xff" + b'"}'
    with pytest.raises(NotUtf8Error) as caught:
        streamed(raw, chunk_size=chunk_size)
    assert caught.value.position == raw.index(b"\xff")


def test_a_value_longer_than_the_limit_is_refused_without_reading_the_rest():
    raw = b'["' + b"x" * 10_000 + b'"]'
    with pytest.raises(ValueTooLargeError):
        JsonStream(Pieces(raw, []), chunk_size=16, max_value_chars=1000).value()


def test_a_number_with_too_many_digits_is_refused():
    with pytest.raises(NumberTooLongError):
        streamed(b"[" + b"9" * 5000 + b"]", chunk_size=7)


def test_a_long_value_is_read_in_growing_pieces_not_one_chunk_at_a_time():
    reads = []

    class Counting(Pieces):
        def read(self, size=-1):
            reads.append(size)
            return super().read(size)

    raw = json.dumps(["x" * 200_000]).encode()
    assert JsonStream(Counting(raw, []), chunk_size=64).value() == ["x" * 200_000]
    assert len(reads) < 30  # doubling: about log2(200000 / 64) reads, not 3000
