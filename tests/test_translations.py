"""The translation catalogues: every text reaches them, every message is translated, the .qm are current.

lupdate only extracts literal arguments of `tr()`, `translate("Ctx", …)` and
`QT_TRANSLATE_NOOP`, and misses calls inside f-strings; a wrapper such as
`_tr(text)` hides every text passed to it.  These tests scan the source
with `ast` for what lupdate cannot see, compare what it can see with the
`.ts` files, and check the `.ts` and `.qm` themselves.
"""

from __future__ import annotations

import ast
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

import debtdesk
from debtdesk.i18n import LANGUAGES, catalogue, language_for_locale, language_from_environment, show_date

SOURCE = Path(debtdesk.__file__).resolve().parent
ROOT = SOURCE.parent.parent
TS_FILES = {"zh-Hans": ROOT / "resources" / "translations" / "debtdesk_zh_Hans.ts",
            "zh-Hant": ROOT / "resources" / "translations" / "debtdesk_zh_Hant.ts"}
APPLICATIONS = ("QCoreApplication", "QApplication", "QGuiApplication")
#: Where a translation may take a text that is not a literal: the lookups of texts marked elsewhere.
MARKED_LOOKUPS = {("ui/i18n.py", "marked"), ("i18n/catalogue.py", "marked"), ("i18n/catalogue.py", "translate")}


def python_files():
    return sorted(p for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts)


def literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        if func.attr == "translate" and not (isinstance(func.value, ast.Name) and func.value.id in APPLICATIONS):
            return None  # str.translate, QPainter.translate …
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def translation_calls(tree):
    """(call, kind, enclosing function name) for every translation call of a module."""
    def walk(node, function):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call):
                name = call_name(child)
                if name == "translate" and isinstance(child.func, ast.Name) and len(child.args) < 2:
                    name = None  # a parameter called translate (store.evidence), not Qt's
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "marked", "_tr"):
                    yield child, name, function
            yield from walk(child, inner)
    yield from walk(tree, None)


def test_every_translation_call_has_literal_arguments():
    problems = []
    for path in python_files():
        where = path.relative_to(SOURCE).as_posix()
        for call, name, function in translation_calls(ast.parse(path.read_text(encoding="utf-8"))):
            args = call.args
            if name == "_tr":
                problems.append(f"{where}:{call.lineno}: a _tr wrapper hides its texts from lupdate")
            elif name in ("tr", "QT_TR_NOOP"):
                if not args or not literal(args[0]):
                    problems.append(f"{where}:{call.lineno}: {name}() needs a string literal: {ast.unparse(call)}")
            elif name == "marked":
                if not args or not literal(args[0]):
                    problems.append(f"{where}:{call.lineno}: marked() needs a literal context")
            elif (where, function) in MARKED_LOOKUPS:
                continue
            elif len(args) < 2 or not literal(args[0]) or not literal(args[1]):
                problems.append(f"{where}:{call.lineno}: {name}() needs a literal context and text: "
                                f"{ast.unparse(call)[:100]}")
            if call.keywords and name in ("tr", "translate"):
                problems.append(f"{where}:{call.lineno}: lupdate skips keyword arguments: {ast.unparse(call)[:100]}")
    assert problems == []


def test_no_wrapper_hides_texts_from_lupdate():
    """A function passing its own parameter to tr()/translate() is a wrapper: lupdate never sees its texts."""
    problems = []
    for path in python_files():
        where = path.relative_to(SOURCE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.Lambda)):
                continue
            name = getattr(function, "name", "<lambda>")
            if (where, name) in MARKED_LOOKUPS:
                continue
            params = {a.arg for a in function.args.args + function.args.kwonlyargs}
            for call, kind, _ in translation_calls(function):
                if kind in ("tr", "translate") and any(isinstance(a, ast.Name) and a.id in params
                                                       for a in call.args[:2]):
                    problems.append(f"{where}:{call.lineno}: {name}() passes its parameter to {kind}()")
    assert problems == []


def test_no_translation_inside_an_f_string():
    """lupdate does not look into f-string expressions: such a text is never extracted."""
    found = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
                    if call_name(call) in ("tr", "translate", "marked", "QT_TRANSLATE_NOOP"):
                        found.append(f"{path.relative_to(SOURCE)}:{call.lineno}")
    assert found == []


def test_self_tr_only_in_classes_nobody_subclasses():
    """PySide6's tr() looks up the runtime class's name: in a base class its texts would not be found."""
    users, bases = {}, set()
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.update(b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases)
                if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "tr"
                       for c in ast.walk(node)):
                    users[node.name] = path.relative_to(SOURCE).as_posix()
    assert {name: where for name, where in users.items() if name in bases} == {}


# -- the catalogues ---------------------------------------------------------------------------

@cache
def ts_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS_FILES[language]).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def class_of(tree):
    """{call node: the name of the class it is in} for self.tr() contexts."""
    owners = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                owners.setdefault(inner, node.name)
    return owners


def code_messages() -> set[tuple[str, str]]:
    """(context, text) of every literal translation in the source, as lupdate should find it."""
    found = set()
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owners = class_of(tree)
        for call, name, _ in translation_calls(tree):
            args = call.args
            if name == "tr" and args and literal(args[0]):
                found.add((owners.get(call, ""), args[0].value))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and literal(args[0]) \
                    and literal(args[1]):
                found.add((args[0].value, args[1].value))
    return found


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_every_text_in_the_code_is_in_the_catalogue(language):
    missing = code_messages() - set(ts_messages(language))
    assert sorted(missing) == []


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_every_message_is_translated_and_none_vanished_or_obsolete(language):
    bad = [(context, source, message.find("translation").get("type"))
           for (context, source), message in ts_messages(language).items()
           if message.find("translation").get("type") or not (message.findtext("translation") or "").strip()]
    assert bad == []
    assert not set(ts_messages(language)) - code_messages(), "the catalogue holds texts the code no longer has"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_translations_keep_placeholders_and_mnemonics(language):
    problems = []
    for (context, source), message in ts_messages(language).items():
        text = message.findtext("translation")
        if fields(text) != fields(source):
            problems.append((context, source, text))
        if "&" in source.replace("&&", "") and "&" not in text:
            problems.append((context, source, text))
    assert problems == []


def test_both_catalogues_hold_the_same_messages():
    assert set(ts_messages("zh-Hans")) == set(ts_messages("zh-Hant"))
    assert len(ts_messages("zh-Hans")) > 1400


def test_shipped_qm_files_are_built_from_the_ts(tmp_path):
    from debtdesk.tools import translations

    for suffix in translations.CATALOGUES:
        built = translations.qm_path(suffix, tmp_path)
        translations.lrelease(translations.ts_path(suffix), built)
        assert built.read_bytes() == translations.qm_path(suffix).read_bytes(), \
            "run python -m debtdesk.tools.translations"


def test_the_catalogues_match_the_code_as_lupdate_sees_it():
    from debtdesk.tools import translations

    assert translations.check() == []


# -- domain texts -------------------------------------------------------------------------------

def domain_templates() -> dict[str, str]:
    """Every message template given to FieldError, a reader's fail(), NumberError or PayoffError."""
    found = {}
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {n.targets[0].id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and literal(n.value)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = call_name(node)
            if name in ("FieldError", "fail") and len(node.args) >= 2:
                if name == "fail" and not isinstance(node.func, ast.Attribute):
                    continue
                argument = node.args[1]
            elif name in ("NumberError", "PayoffError") and node.args:
                argument = node.args[0]
            else:
                continue
            for branch in ([argument.body, argument.orelse] if isinstance(argument, ast.IfExp) else [argument]):
                where = f"{path.relative_to(SOURCE)}:{node.lineno}"
                if literal(branch):
                    found[branch.value] = where
                elif isinstance(branch, ast.Name) and branch.id in constants:
                    found[constants[branch.id]] = where
                elif not ((isinstance(branch, ast.Attribute) and branch.attr == "template")
                          or (isinstance(branch, ast.Name) and branch.id == "template")):
                    found[f"<not a literal: {ast.unparse(branch)}>"] = where
    return found


def test_every_domain_template_is_listed_for_lupdate():
    from debtdesk.ui.validation_texts import VALIDATION_TEXTS

    templates = domain_templates()
    assert len(templates) > 80
    assert sorted(set(templates) - set(VALIDATION_TEXTS)) == []
    assert sorted(set(VALIDATION_TEXTS) - set(templates)) == []  # nothing listed that the code no longer says
    for template in templates:
        assert ("Validation", template) in ts_messages("zh-Hans")


def test_the_command_line_words_cover_every_code():
    from debtdesk.cli import words
    from debtdesk.domain.contacts import Channel, Flag
    from debtdesk.domain.overdue import Stage
    from debtdesk.domain.rate_check import Figure
    from debtdesk.domain.rate_lines import LINE_CODES

    for enum_type in (Stage, Channel, Flag):
        assert all(words.CODES[member] == member.value for member in enum_type)
    assert set(words.FIGURES) == set(Figure) and set(words.LINES) == set(LINE_CODES)


# -- the catalogue reader of the command line ---------------------------------------------------

@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_the_qm_reader_finds_what_qtranslator_finds(language):
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from debtdesk.i18n import catalogue\n"
        "app = QCoreApplication([])\n"
        "t = QTranslator()\n"
        f"assert t.load(str(catalogue.catalogue_path({language!r})))\n"
        "keys = json.load(sys.stdin)\n"
        "print(json.dumps([t.translate(c, s) for c, s in keys], ensure_ascii=False))\n"
    )
    import json

    keys = sorted(ts_messages(language))
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(keys), capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SOURCE.parent)})
    assert done.returncode == 0, done.stderr
    by_qt = json.loads(done.stdout)
    by_reader = catalogue.read_qm(catalogue.catalogue_path(language).read_bytes())
    assert [by_reader[key] for key in keys] == by_qt


def test_the_reader_translates_and_falls_back_to_english():
    try:
        catalogue.use("zh-Hant")
        assert catalogue.translate("MainWindow", "Debts") == "債務"
        assert catalogue.translate("MainWindow", "A text nobody translated") == "A text nobody translated"
        catalogue.use("zh-Hans")
        assert catalogue.translate("MainWindow", "Debts") == "债务"
    finally:
        catalogue.use("en")
    assert catalogue.translate("MainWindow", "Debts") == "Debts"


# -- which language a locale asks for -------------------------------------------------------------

@pytest.mark.parametrize("name, language", [
    ("zh_CN", "zh-Hans"), ("zh_CN.UTF-8", "zh-Hans"), ("zh_SG", "zh-Hans"), ("zh", "zh-Hans"),
    ("zh_Hans_CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh_HK.UTF-8", "zh-Hant"), ("zh-MO", "zh-Hant"),
    ("zh_Hant_HK", "zh-Hant"), ("zh_Hant", "zh-Hant"), ("en_GB", "en"), ("de_DE@euro", "en"), ("C", "en"),
    ("", "en"), (None, "en"),
])
def test_locale_names_map_to_the_three_languages(name, language):
    assert language_for_locale(name) == language


def test_the_environment_decides_in_posix_order():
    assert language_from_environment({"LANG": "zh_TW.UTF-8"}) == "zh-Hant"
    assert language_from_environment({"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_CN.UTF-8"}) == "zh-Hans"
    assert language_from_environment({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_HK"}) == "zh-Hant"
    assert language_from_environment({}) == "en"
    assert set(LANGUAGES) == {"zh-Hans", "zh-Hant", "en"}


def test_dates_as_their_readers_write_them():
    from datetime import date

    assert show_date(date(2026, 11, 23), "zh-Hans") == "2026年11月23日"
    assert show_date(date(2026, 1, 5), "zh-Hant") == "2026年1月5日"
    assert show_date(date(2026, 1, 5), "en") == "2026-01-05"


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant"])
def test_chart_words_of_the_command_line_match_the_windows(language):
    """`debtdesk chart --lang` keeps its own tables; they say what the window's catalogue says."""
    from debtdesk.charts.words import EN, chart_words

    words = chart_words(language)
    found = catalogue.messages(language)
    assert {key: words[key] for key, text in EN.items() if isinstance(text, str)} == \
        {key: found[("ChartWords", text)] for key, text in EN.items() if isinstance(text, str)}
