"""The checks before export: the other Chinese script, and characters the font cannot print."""

from __future__ import annotations

from datetime import date

import pytest

from debtdesk.cli.letter_checks import script_warning
from debtdesk.i18n import catalogue
from debtdesk.letters import Letter, Party, Section, render_pdf
from debtdesk.letters.fields import describe, letter_fields
from debtdesk.letters.glyphs import UnprintableText, describe_problems, missing_characters, unprintable
from debtdesk.letters.phrases import en, zh_hans, zh_hant
from debtdesk.letters.script_check import (
    convert_letter,
    convert_text,
    foreign_characters,
    script_findings,
)


def make(language: str, lender: str = "中國建設銀行", sender: str = "陳大文", address: str = "臺北市信義路五段7號",
         paragraph: str = "本人因病住院。") -> Letter:
    return Letter("negotiation", language, Party(sender, address), Party(lender), date(2026, 11, 23), "", "主旨",
                  "敬啟者：", [Section("一、說明", [paragraph], "situation")], "此致", "陳大文　敬上")


# -- the other script --------------------------------------------------------------------------

def test_only_characters_of_the_other_script_alone_are_foreign():
    assert foreign_characters("陈大文 中国建设银行", "zh-Hant") == "陈国设银"
    assert foreign_characters("台北 干面 后 里面 峰", "zh-Hant") == ""  # all also Traditional (Taiwan) characters
    assert foreign_characters("陳大文 臺灣 裡", "zh-Hans") == "陳臺灣裡"
    assert foreign_characters("台北 乾隆 着", "zh-Hans") == ""
    assert foreign_characters("陈大文", "en") == ""  # an English letter may hold either script


def test_conversion_uses_phrases_and_taiwan_forms():
    assert convert_text("陈大文的头发", "zh-Hant") == "陳大文的頭髮"
    assert convert_text("为了发展", "zh-Hant") == "為了發展"  # 為, not OpenCC's older 爲
    assert convert_text("陳大文的頭髮", "zh-Hans") == "陈大文的头发"
    assert convert_text("台北 乾隆", "zh-Hant") == "台北 乾隆"  # nothing foreign: left exactly as typed


def test_findings_name_the_fields_and_conversion_touches_only_them():
    letter = make("zh-Hant", lender="中国建设银行", address="上海市浦东新区世纪大道100号",
                  paragraph="本人陈大文因病住院。")
    found = {(f.field.key, f.characters) for f in script_findings(letter)}
    assert found == {("recipient.name", "国设银"), ("sender.address", "东区纪号"), ("section", "陈")}
    converted = convert_letter(letter)
    assert script_findings(converted) == []
    assert converted.recipient.name == "中國建設銀行" and converted.sender.address == ("上海市浦東新區世紀大道100號",)
    assert converted.sections[0].paragraphs == ["本人陳大文因病住院。"]
    assert converted.sender.name == "陳大文" and converted.closing == "此致"
    assert letter.recipient.name == "中国建设银行"  # the original is left alone
    catalogue.use("en")
    warning = script_warning(script_findings(letter), "zh-Hant")  # the command line's, in English here
    assert warning == ("Warning: this Traditional Chinese letter has Simplified Chinese in the recipient's "
                       "name (国设银), your address (东区纪号), the section “一、說明” (陈); add --convert-script "
                       "to convert them to Traditional.")


def test_a_simplified_letter_flags_traditional_text():
    letter = make("zh-Hans", lender="臺灣銀行", sender="陈大文", address="上海", paragraph="本人因病住院。")
    letter.sections[0].heading, letter.salutation, letter.signature = "一、说明", "尊敬的臺灣銀行：", "申请人：陈大文"
    assert [(f.field.key, f.characters) for f in script_findings(letter)] == [
        ("recipient.name", "臺灣銀"), ("salutation", "臺灣銀")]
    assert convert_letter(letter).recipient.name == "台湾银行"


def test_no_phrase_of_a_language_is_flagged_in_its_own_script():
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, (tuple, list)):
            for v in value:
                yield from strings(v)

    assert [s for s in strings(zh_hant.WORDS) if foreign_characters(s, "zh-Hant")] == []
    assert [s for s in strings(zh_hans.WORDS) if foreign_characters(s, "zh-Hans")] == []
    for module in (en, zh_hans, zh_hant):
        assert [s for s in strings(module.WORDS) if missing_characters(s)] == [], module.__name__


# -- characters the font lacks -----------------------------------------------------------------

def test_missing_characters():
    assert missing_characters("مصرف الراجحي") == "مصرفالجحي"
    assert missing_characters("שלום") == "שלום"
    assert missing_characters("Thanks 🙏😀") == "🙏😀"
    assert missing_characters("Zoë Ørsted Ελένη Иван 김민수 さくら 陳大文 •••• — “” …") == ""
    assert missing_characters("Zoe\u0308") == ""  # decomposed ë is printed composed
    assert missing_characters("陈\u200d大\u200b文\ufe0f\u200e") == ""  # invisible marks print as nothing anyway
    assert missing_characters("𠮷野家") == "𠮷"  # beyond the font's CJK range


def test_unprintable_fields_are_named_and_refused_by_the_renderer(tmp_path):
    letter = make("en", lender="مصرف الراجحي", paragraph="I was ill 😷.")
    problems = unprintable(letter)
    assert [(describe(f), chars) for f, chars in problems] == [
        ("the recipient's name", "مصرفالجحي"), ("the section '一、說明'", "😷")]
    message = describe_problems(problems)
    assert '"م" (U+0645)' in message and '"😷" (U+1F637)' in message and ", …" in message
    with pytest.raises(UnprintableText, match="the recipient's name has"):
        render_pdf(letter, tmp_path / "x.pdf")
    assert isinstance(UnprintableText("x"), ValueError) and not (tmp_path / "x.pdf").exists()


def test_every_printed_field_is_checked():
    letter = make("zh-Hant")
    letter.sender = Party("陳大文", "臺北", "☎ 0912", "a@b.tw")
    letter.account_masked, letter.enclosures = "•••• 0021", ["附件一"]
    letter.schedule_header, letter.schedule_rows, letter.schedule_totals = ("期",), [("1",)], ("合計",)
    keys = [f.key for f in letter_fields(letter)]
    assert keys == ["recipient.name", "sender.name", "sender.address", "sender.phone", "sender.email", "account",
                    "subject", "salutation", "section", "schedule", "closing", "signature", "enclosures"]
