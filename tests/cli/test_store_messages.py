"""Every sentence the store and the services raise is a marked template, translated in both catalogues.

The store keeps English templates (`QT_TRANSLATE_NOOP("Store", …)`) and
their values; the command line and the window translate them where they
are shown.  An f-string or a bare string in a `raise` would reach a
Chinese reader in English: this test finds each one with `ast`.
"""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import debtdesk
from debtdesk.i18n import catalogue
from debtdesk.store.errors import ConflictError, Sentence, StoreError

SOURCE = Path(debtdesk.__file__).resolve().parent
ROOT = SOURCE.parent.parent
TS_FILES = [ROOT / "resources" / "translations" / f"debtdesk_zh_{suffix}.ts" for suffix in ("Hans", "Hant")]
ERRORS = {"StoreError", "AttachmentError", "InterchangeError", "ConflictError", "SentenceError", "Sentence"}
#: Names that hold a marked template (store/changes.py).
MARKED_NAMES = {"CONFLICT", "GONE"}


def modules():
    return sorted([*(SOURCE / "store").glob("*.py"), *(SOURCE / "services").glob("*.py")])


def is_marked(node) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
            and [type(a) for a in node.args] == [ast.Constant, ast.Constant] and node.args[0].value == "Store")


def message_calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name in ERRORS:
                yield node


def unmarked_messages() -> list[str]:
    found = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in message_calls(tree):
            if not call.args:
                continue
            first = call.args[0]
            names = {first.id if isinstance(first, ast.Name) else getattr(first, "attr", None)}
            rethrown = isinstance(first, ast.Attribute) and first.attr == "template"  # re-raised as another kind
            if not (is_marked(first) or names & MARKED_NAMES or rethrown):
                found.append(f"{path.relative_to(SOURCE)}:{call.lineno}: {ast.unparse(call)[:90]}")
    return found


def store_templates() -> set[str]:
    texts = set()
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if is_marked(node):
                texts.add(node.args[1].value)
    return texts


def test_every_store_message_is_a_marked_template():
    assert unmarked_messages() == []
    assert len(store_templates()) > 120


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_store_template_is_translated_with_its_placeholders(ts):
    translated = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "Store":
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") is None and translation.text:
                    translated[message.findtext("source")] = translation.text
    missing = sorted(store_templates() - translated.keys())
    assert missing == []

    def fields(text):
        return sorted(f for _, f, spec, conversion in string.Formatter().parse(text) if f is not None)

    wrong = [source for source, text in translated.items() if fields(source) != fields(text)]
    assert wrong == []
    hant = "Hant" in ts.stem
    if hant:  # Taiwan usage: 檔案, 資料夾, 還原; not the mainland's 文件, 文件夹, 恢复
        assert not [t for t in translated.values() if re.search("文件夹|恢复|数据|默认", t)]


def test_errors_render_in_the_chosen_language_and_stay_english_as_str(tmp_path):
    from datetime import date

    from debtdesk.store.changes import CONFLICT

    error = ConflictError(CONFLICT, what=Sentence("The budget of {date}", date=date(2026, 11, 1)))
    assert str(error) == ("The budget of 2026-11-01 was changed elsewhere (in another window or by a command) "
                          "since it was shown here, so nothing was written.")
    try:
        catalogue.use("zh-Hans")
        assert catalogue.error_text(error) == ("2026年11月1日的预算在这里显示之后已在别处（另一个窗口或命令行）被修改，"
                                               "因此没有写入任何内容。")
        catalogue.use("zh-Hant")
        plain = StoreError("一句已經翻譯好的話 {不是範本}")  # the window's own sentences pass through untouched
        assert catalogue.error_text(plain) == str(plain) == "一句已經翻譯好的話 {不是範本}"
    finally:
        catalogue.use("en")
    assert catalogue.error_text(error) == str(error)


def test_the_window_shows_store_errors_in_its_language(qapp):
    """msgbox.error_sentence: the same templates through Qt's translator, dates as the window writes them."""
    from datetime import date

    from debtdesk.store.changes import GONE
    from debtdesk.ui import i18n as ui_i18n
    from debtdesk.ui import msgbox

    gone = ConflictError(GONE, what=Sentence("The budget of {date}", date=date(2026, 11, 1)))
    try:
        ui_i18n.install("zh-Hant")
        assert msgbox.error_sentence(gone) == "2026年11月1日的預算在這裡顯示之後已在別處被刪除，因此沒有寫入任何內容。"
        assert msgbox.error_sentence(OSError("disk full")) == "disk full"
    finally:
        ui_i18n.install("en")
    assert msgbox.error_sentence(gone) == str(gone)
