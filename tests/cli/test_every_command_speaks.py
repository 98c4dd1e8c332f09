"""Every command speaks the language of --lang: its reports, confirmations and refusals, store errors included.

Each command runs with --lang zh-Hans and --lang zh-Hant; what it prints
must hold Chinese and no English sentence.  "English sentence" is checked
mechanically: once the things that stay as they are in every language are
taken out of a line (paths, option names, codes such as `counter_offer`,
currency codes, product names, numbers), no two English words may remain
side by side.  A message left untranslated (or built with an f-string
lupdate cannot see) leaves a run of English words and fails here.
"""

from __future__ import annotations

import re

import pytest

from debtdesk import cli
from debtdesk.i18n import catalogue

AS_OF = "2026-11-23"
#: What stays as it is in every language: product and format names, placeholders the user types.
NAMES = ("DebtDesk", "SQLite", "JSON", "UTF-8", "YYYY-MM-DD", "sha256")
_PATH = re.compile(r"(?:/[^\s：:，,（）()]+)+|\S+\.(?:debtdesk|json|csv|ics|pdf|png|svg)\b")
_OPTION = re.compile(r"--[a-z][a-z-]*(?:[ =][a-z_-]+(?==))?")
_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\b[A-Z]{3}\b|\b[a-z]+\[\d+\](?:\.[a-z_]+)?")
_COMMAND = re.compile(r"^debtdesk [a-z-]+(?: [a-z]+)?:")
_ENGLISH_PAIR = re.compile(r"\b[A-Za-z]{2,}\b[\s,;:'’-]+\b[A-Za-z]{2,}\b")


def english_sentences(text: str, keep=(), rows=None) -> list[str]:
    """The lines of `text` where two English words stand side by side once names, paths and codes are out.

    `rows` matches lines that show what the user typed (the contact log's rows): those are not checked.
    """
    found = []
    for line in text.splitlines():
        if rows is not None and rows.match(line):
            continue
        rest = _COMMAND.sub(" ", line)
        for name in (*NAMES, *keep):
            rest = rest.replace(name, " ")
        rest = _CODE.sub(" ", _OPTION.sub(" ", _PATH.sub(" ", rest)))
        if _ENGLISH_PAIR.search(rest):
            found.append(line)
    return found


def test_the_check_finds_english_and_passes_chinese():
    assert english_sentences("debtdesk backup: Backed up /tmp/a.debtdesk to /tmp/b") == [
        "debtdesk backup: Backed up /tmp/a.debtdesk to /tmp/b"]
    assert english_sentences("--out：无法写入 /tmp/x y/z.ics：Permission denied。") != []
    assert english_sentences("已将 /tmp/a.debtdesk 备份到 /tmp/b（counter_offer，CNY，--term balance=5）") == []


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr("debtdesk.notices.notifier.notify", lambda *a, **k: None, raising=False)
    yield
    catalogue.use("en")


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


#: What the user typed into the demo file (lender names, collectors): shown as typed in every language.
USER_TEXT: list[str] = []


@pytest.fixture(autouse=True)
def user_text(household_path):
    from debtdesk.store import Store

    with Store.open(household_path) as store:
        USER_TEXT[:] = sorted({debt.lender.name for debt in store.debts()}, key=len, reverse=True)
    yield


def speaks(language, code, out, err, expected_code=0, keep=(), rows=None):
    """The command ended as expected, printed something Chinese, and no English sentence."""
    text = out + err
    assert code == expected_code, text
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert english_sentences(text, (*USER_TEXT, *keep), rows) == [], text
    if language == "zh-Hant":  # no Simplified forms in the Traditional output, outside what the user typed
        ours = "\n".join(line for line in text.splitlines() if rows is None or not rows.match(line))
        for typed in USER_TEXT:
            ours = ours.replace(typed, "")
        assert not re.search("[们这为时间发还实]", ours), text


LANGUAGES = ("zh-Hans", "zh-Hant")


@pytest.mark.parametrize("language", LANGUAGES)
def test_reading_and_planning_commands(language, household_path, tmp_path, capsys):
    db = household_path
    lang = ("--lang", language)
    speaks(language, *run(capsys, "schedule", "--principal", "12000", "--annual-rate", "0.05", "--months", "3",
                          "--method", "equal-instalment", "--start", "2026-01-15", *lang))
    speaks(language, *run(capsys, "status", "--db", db, "--as-of", AS_OF, *lang))
    speaks(language, *run(capsys, "contacts", "--db", db, *lang), rows=re.compile(r"\s*\d+\s+\d{4}-\d\d-\d\d "))
    speaks(language, *run(capsys, "plan", "--db", db, "--household", "--as-of", AS_OF, *lang))
    speaks(language, *run(capsys, "payoff", "--db", db, "--strategy", "avalanche", "--monthly", "9000",
                          "--as-of", AS_OF, *lang))
    speaks(language, *run(capsys, "remind", "--db", db, "--as-of", AS_OF, "--days", "30", "--no-notify", *lang))
    speaks(language, *run(capsys, "calendar", "--db", db, "--out", tmp_path / "due.ics", "--as-of", AS_OF, *lang))
    speaks(language, *run(capsys, "export-csv", "--db", db, "--what", "register", "--out", tmp_path / "r.csv",
                          "--as-of", AS_OF, *lang), keep=("register",))
    speaks(language, *run(capsys, "chart", "--db", db, "--kind", "owed", "--out", tmp_path / "c.png",
                          "--debt", "1", *lang), expected_code=1, keep=("owed", "balance", "waiting"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_commands(language, household_path, tmp_path, capsys):
    db = household_path
    lang = ("--lang", language)
    speaks(language, *run(capsys, "check", "--db", db, *lang))
    speaks(language, *run(capsys, "backup", "--db", db, *lang))
    code, out, err = run(capsys, "backups", "--db", db, *lang)
    speaks(language, code, out, err, keep=("manual", "daily", "before-restore", "before-upgrade"))
    backup = out.splitlines()[1].strip()
    speaks(language, *run(capsys, "restore", "--db", db, backup, *lang))
    assert run(capsys, "export", "--db", db, "--out", tmp_path / "all.json", *lang) == (0, "", "")  # silent
    speaks(language, *run(capsys, "import", tmp_path / "all.json", "--db", tmp_path / "copy.debtdesk", *lang))
    speaks(language, *run(capsys, "rescue", "--db", db, "--out", tmp_path / "rescued.debtdesk", *lang))
    speaks(language, *run(capsys, "demo", "--db", tmp_path / "demo.debtdesk", "--as-of", AS_OF, *lang))


@pytest.mark.parametrize("language", LANGUAGES)
def test_agreement_commands(language, household_path, tmp_path, capsys):
    db = household_path
    lang = ("--lang", language)
    code, out, err = run(capsys, "letter", "--db", db, "--debt", 4, "--lang", language, "--out", tmp_path / "l.pdf",
                         "--as-of", AS_OF, "--convert-script")
    speaks(language, code, out, err)
    speaks(language, *run(capsys, "agreement", "reply", "--db", db, "--letter", 1, "--outcome", "counter-offer",
                          "--term", "balance=50000", "--term", "instalments=24", "--first-due", "2026-12-09",
                          "--answer-by", "2026-12-20", "--as-of", "2026-11-30", *lang))
    speaks(language, *run(capsys, "agreement", "add", "--db", db, "--debt", 4, "--term", "balance=50000",
                          "--term", "instalments=24", "--first-due", "2026-12-09", "--start", "2026-12-01",
                          "--on-breach", "accelerates", "--as-of", "2026-12-01", *lang))
    speaks(language, *run(capsys, "agreement", "list", "--db", db, "--as-of", "2027-03-01", *lang))
    speaks(language, *run(capsys, "agreement", "show", "--db", db, "--id", 1, "--as-of", "2027-03-01", *lang))
    speaks(language, *run(capsys, "agreement", "end", "--db", db, "--id", 1, "--on", "2027-03-02", *lang))


@pytest.mark.parametrize("language", LANGUAGES)
def test_refusals(language, household_path, tmp_path, capsys):
    lang = ("--lang", language)
    missing = tmp_path / "missing.debtdesk"
    for command in (["status", "--db", missing], ["check", "--db", missing], ["backup", "--db", missing],
                    ["agreement", "list", "--db", missing], ["export", "--db", missing, "--out", tmp_path / "x.json"],
                    ["remind", "--db", missing, "--no-notify"],
                    ["calendar", "--db", missing, "--out", tmp_path / "a.ics"]):
        speaks(language, *run(capsys, *command, *lang), expected_code=1)
    speaks(language, *run(capsys, "import", tmp_path / "gone.json", "--db", tmp_path / "new.debtdesk", *lang),
           expected_code=1)
    speaks(language, *run(capsys, "remind", "--days", "999", "--db", household_path, *lang), expected_code=1)
    speaks(language, *run(capsys, "agreement", "show", "--db", household_path, "--id", 99, *lang), expected_code=1)
    speaks(language, *run(capsys, "restore", "--db", household_path, household_path, *lang), expected_code=1)


def test_argument_refusals_follow_lang(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["status", "--db", "x.debtdesk", "--as-of", "2026-13-01", "--lang", "zh-Hant"])
    assert stop.value.code == 2
    assert "'2026-13-01' 不是 YYYY-MM-DD 格式的日期" in capsys.readouterr().err


def test_store_errors_keep_their_english_sentence(tmp_path, capsys):
    """str() of a store error is still the English sentence (logs and older callers rely on it)."""
    from debtdesk.store import Store, StoreError

    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "missing.debtdesk")
    assert str(caught.value) == f"The file {tmp_path / 'missing.debtdesk'} does not exist."
    catalogue.use("zh-Hans")
    assert catalogue.error_text(caught.value) == f"文件 {tmp_path / 'missing.debtdesk'} 不存在。"
    code, _, err = run(capsys, "status", "--db", tmp_path / "missing.debtdesk", "--lang", "en")
    assert code == 1 and err == f"debtdesk status: The file {tmp_path / 'missing.debtdesk'} does not exist.\n"
