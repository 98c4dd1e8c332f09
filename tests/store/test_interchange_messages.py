"""An import refusal reads whole in the chosen language: the sentence, and every phrase composed into it.

The streaming import once built its messages as English f-strings; the
problem phrases ("must be text"), the kinds of values ("a list") and the
JSON parser's own words ("Expecting value") are `Sentence` values now, so a
Chinese reader sees no English except the names of tables and columns, the
values from the file and JSON's own words (null, true).  `str()` stays the
English sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from debtdesk.i18n import catalogue
from debtdesk.store.interchange import FORMAT_NAME, FORMAT_VERSION, InterchangeError, import_file
from debtdesk.store.migrations import SCHEMA_VERSION

HEADER = f'"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, "schema_version": {SCHEMA_VERSION}'
LENDER = {"id": 1, "name": "招商银行", "kind": "bank"}
#: Words that may stay in Latin letters inside a translated sentence.
KEPT = {"debtdesk", "json", "null", "true", "false", "sha", "cny", "utf", "mb", "yyyy", "mm", "dd", "hh", "ss",
        "nul", "uxxxx", "format", "tables"}


def _lenders(*rows: dict) -> str:
    return "{" + HEADER + ', "tables": {"lenders": ' + json.dumps(rows, ensure_ascii=False) + "}}"


CASES = {
    "type": (_lenders({**LENDER, "name": ["a"]}),
             "lenders[0].name: must be text (a JSON string), not a list.",
             "lenders[0].name：必须是文本（JSON 字符串），而不是列表。",
             "lenders[0].name：必須是文字（JSON 字串），而不是清單。"),
    "rule": (_lenders({**LENDER, "early_from": 0}),
             "lenders[0].early_from: must be between 1 and 36500 days.",
             "lenders[0].early_from：必须在 1 到 36500 天之间。",
             "lenders[0].early_from：必須介於 1 到 36500 天之間。"),
    "kind": (_lenders({**LENDER, "id": True}),
             "lenders[0].id: must be a whole number (a JSON integer), not the value true.",
             "lenders[0].id：必须是整数（JSON 整数），而不是值 true。",
             "lenders[0].id：必須是整數（JSON 整數），而不是值 true。"),
    "list": ("{" + HEADER + ', "tables": {"lenders": {}}}',
             "tables.lenders: must be a list of rows, not an object.",
             "tables.lenders：必须是行的列表，而不是对象。",
             "tables.lenders：必須是資料列的清單，而不是物件。"),
    "stream": ('{"format" "x"}',
               "in.json is not valid JSON (line 1, column 11: Expecting ':' delimiter).",
               "in.json 不是有效的 JSON（第 1 行第 11 列：此处应为分隔符 ':'）。",
               "in.json 不是有效的 JSON（第 1 行第 11 欄：此處應為分隔符號 ':'）。"),
    "decoder": ('{"format": }',
                "in.json is not valid JSON (line 1, column 12: Expecting value).",
                "in.json 不是有效的 JSON（第 1 行第 12 列：此处应为一个值）。",
                "in.json 不是有效的 JSON（第 1 行第 12 欄：此處應為一個值）。"),
}


def _refusal(tmp_path: Path, text: str) -> InterchangeError:
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        import_file(source, tmp_path / "out.debtdesk")
    return caught.value


def _english_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z_]+", text)} - KEPT


@pytest.mark.parametrize("case", CASES)
def test_an_import_refusal_is_translated_whole_and_stays_english_as_str(tmp_path, case):
    text, english, hans, hant = CASES[case]
    error = _refusal(tmp_path, text)
    if english is not None:
        assert str(error) == english
    try:
        for language, expected in (("zh-Hans", hans), ("zh-Hant", hant)):
            catalogue.use(language)
            shown = catalogue.error_text(error)
            assert expected in shown
            names = {"lenders", "id", "name", "early_from", "in"}
            assert _english_words(shown) - names == set(), shown
    finally:
        catalogue.use("en")
    assert catalogue.error_text(error) == str(error)
