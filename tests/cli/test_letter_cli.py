"""`debtdesk letter`: PDF out, recorded in the history, the figures inside, errors."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from debtdesk.cli import main
from debtdesk.store import Store


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def bank_debt(path) -> int:
    with Store.open(path) as store:
        return next(d.id for d in store.debts() if d.lender.name == "中国建设银行")


@pytest.mark.parametrize("lang, words", [
    ("zh-Hans", ["尊敬的", "还款", "陈大文", "•••• 0021"]),
    ("zh-Hant", ["還款", "陈大文", "•••• 0021"]),
    ("en", ["Dear Sir or Madam", "repayment", "•••• 0021"]),
])
def test_negotiation_letter_in_each_language_is_recorded(household_path, tmp_path, capsys, lang, words):
    out = tmp_path / f"letter-{lang}.pdf"
    debt = bank_debt(household_path)
    assert main(["letter", "--db", str(household_path), "--debt", str(debt), "--lang", lang, "--out", str(out),
                 "--option", "instalments=24", "--option", "waive-penalties", "--as-of", "2026-11-23"]) == 0
    text = text_of(out)
    for word in words:
        assert word in text
    assert "4367 4200 1188 0021" not in text  # the account number only masked
    assert main(["plan", "--db", str(household_path), "--debt", str(debt), "--option", "instalments=24",
                 "--option", "waive-penalties", "--as-of", "2026-11-23", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out.split("\n", 1)[1])["plans"][0]
    first_payment = f"{float(plan['schedule'][0]['payment']):,.2f}"
    assert first_payment in text
    with Store.open(household_path) as store:
        row = store.conn.execute("SELECT kind, language, sha256, file_path FROM letters").fetchone()
    assert tuple(row[:2]) == ("negotiation", lang)
    assert row[2] == hashlib.sha256(out.read_bytes()).hexdigest() and row[3] == str(out.resolve())
    with Store.open(household_path) as store:
        asked = store.conn.execute("SELECT debt_id, options, status FROM proposals").fetchall()
    assert [tuple(r) for r in asked] == [(debt, '{"instalments": "24", "waive-penalties": true}', "sent")]


def test_complaint_letter_to_the_regulator(household_path, tmp_path):
    out = tmp_path / "complaint.pdf"
    assert main(["letter", "--db", str(household_path), "--debt", str(bank_debt(household_path)),
                 "--lang", "zh-Hans", "--kind", "complaint", "--to-regulator", "--out", str(out),
                 "--as-of", "2026-11-23"]) == 0
    text = text_of(out)
    assert "投诉" in text and "国家金融监督管理总局" in text and "Swift Recovery Ltd" in text
    assert "说如果明天不还钱就会被抓" in text  # the logged words, verbatim


def test_pdf_embeds_a_subset_of_the_bundled_font(household_path, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = tmp_path / "l.pdf"
    assert main(["letter", "--db", str(household_path), "--debt", str(bank_debt(household_path)),
                 "--lang", "zh-Hant", "--out", str(out), "--as-of", "2026-11-23"]) == 0
    lines = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines and all("WenQuanYi" in line and " yes yes " in line for line in lines)


def test_letter_errors_are_one_sentence(household_path, tmp_path, capsys):
    args = ["letter", "--db", str(household_path), "--lang", "en", "--out", str(tmp_path / "x.pdf")]
    assert main([*args, "--debt", "999"]) == 1
    assert "no debt number 999" in capsys.readouterr().err
    assert main([*args, "--debt", "1", "--kind", "complaint"]) == 1
    assert "no flagged collector contact" in capsys.readouterr().err
    assert main([*args, "--debt", "1", "--name", " "]) == 1
    assert "--name" in capsys.readouterr().err
    assert main([*args[:-1], str(tmp_path / "missing" / "x.pdf"), "--debt", "1"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_appendix_carries_the_statement_and_a_chart(household_path, tmp_path):
    out = tmp_path / "with-appendix.pdf"
    assert main(["letter", "--db", str(household_path), "--debt", str(bank_debt(household_path)),
                 "--lang", "en", "--out", str(out), "--appendix", "--as-of", "2026-11-23"]) == 0
    reader = PdfReader(str(out))
    last = reader.pages[-1]
    assert "income and expenditure statement" in last.extract_text().lower()
    assert "2,200.00" in last.extract_text()  # disposable income of the demo budget
    assert len(last.images) == 1


def letter_args(path, tmp_path, lang, *extra):
    return ["letter", "--db", str(path), "--debt", str(bank_debt(path)), "--lang", lang,
            "--out", str(tmp_path / "l.pdf"), "--as-of", "2026-11-23", *extra]


def test_the_cause_comes_from_the_hardship_reasons_in_the_file(household_path, tmp_path):
    # The demo household recorded illness and job loss (no termination letter in hand: the pay fell).
    assert main(letter_args(household_path, tmp_path, "en")) == 0
    text = " ".join(text_of(tmp_path / "l.pdf").split())
    assert "I have been receiving medical treatment for a serious health problem" in text
    assert "On top of that, my income from work has fallen sharply. As a result, I am currently unable" in text
    assert "circumstances have changed" not in text
    assert main(letter_args(household_path, tmp_path, "en", "--cause", "a flood at my shop")) == 0
    text = " ".join(text_of(tmp_path / "l.pdf").split())
    assert "Because of a flood at my shop, I am currently unable" in text and "medical treatment" not in text


def test_simplified_text_in_a_traditional_letter_is_reported_and_converted(household_path, tmp_path, capsys):
    assert main(letter_args(household_path, tmp_path, "zh-Hant")) == 0
    err = capsys.readouterr().err
    warning, note = err.splitlines()  # the other script, then the household plan's verdict
    # Both in the language of the command, which `--lang` also sets: the letter's.
    assert warning.startswith("警告：這封繁體中文信函的收件人姓名（国设银）、您的姓名（陈）、您的地址（")
    assert warning.endswith("含有簡體中文；加上 --convert-script 即可轉換為繁體。")
    assert note.startswith("注意：家庭還款方案顯示，每月無法按這個金額清償中国建设银行")
    assert "陈大文" in text_of(tmp_path / "l.pdf")  # a warning only: the letter is written as it was

    assert main(letter_args(household_path, tmp_path, "zh-Hant", "--convert-script")) == 0
    assert "警告" not in capsys.readouterr().err
    text = text_of(tmp_path / "l.pdf")
    assert "陳大文" in text and "中國建設銀行" in text and "上海市浦東新區世紀大道100號" in text
    assert "陈" not in text and "国" not in text
    with Store.open(household_path) as store:
        recipients = [r[0] for r in store.conn.execute("SELECT recipient FROM letters ORDER BY id")]
    assert recipients == ["中国建设银行", "中國建設銀行"]

    assert main(letter_args(household_path, tmp_path, "zh-Hans", "--name", "陳大文")) == 0
    assert "警告：这封简体中文信函的您的姓名（陳）、" in capsys.readouterr().err


@pytest.mark.parametrize("extra, where, code", [
    (["--name", "محمد علي"], "your name", "U+0645"),
    (["--situation", "I was in hospital 😷 for weeks"], "the section “My situation”", "U+1F637"),
])
def test_characters_the_font_lacks_refuse_the_export(household_path, tmp_path, capsys, extra, where, code):
    assert main(letter_args(household_path, tmp_path, "en", *extra)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert where in err and code in err and "Latin letters or Chinese characters" in err
    assert not (tmp_path / "l.pdf").exists()
    with Store.open(household_path) as store:
        assert store.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_characters_the_font_lacks_are_refused_in_the_commands_language(household_path, tmp_path, capsys):
    assert main(letter_args(household_path, tmp_path, "zh-Hans", "--name", "陈大文😷")) == 1
    err = capsys.readouterr().err
    assert "信函中有些字符无法打印（您的姓名有 \"😷\" (U+1F637)；" in err and "请改用拉丁字母或汉字书写" in err
    assert not (tmp_path / "l.pdf").exists()
