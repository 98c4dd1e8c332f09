"""The command line in three languages: --lang, or the locale; JSON the same in every language."""

from __future__ import annotations

import json

import pytest

from debtdesk import cli
from debtdesk.i18n import catalogue


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    catalogue.use("en")


def run(args, capsys):
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_status_in_simplified_and_traditional_chinese(household_path, capsys):
    code, out, _ = run(["status", "--db", str(household_path), "--as-of", "2026-11-23", "--lang", "zh-Hans"], capsys)
    assert code == 0
    assert out.startswith("截至2026年11月23日的状况")
    assert "逾期" in out and "罚息" in out and "以上为一般性信息，不构成法律意见。" in out
    code, out, _ = run(["status", "--db", str(household_path), "--as-of", "2026-11-23", "--lang", "zh-Hant"], capsys)
    assert out.startswith("截至2026年11月23日的狀況") and "遲延利息" in out and "罰息" not in out


def test_the_locale_decides_without_lang(household_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    _, out, _ = run(["status", "--db", str(household_path), "--as-of", "2026-11-23"], capsys)
    assert out.startswith("截至2026年11月23日的狀況")
    _, out, _ = run(["status", "--db", str(household_path), "--as-of", "2026-11-23", "--lang", "en"], capsys)
    assert out.startswith("Status as of 2026-11-23")


def test_json_is_the_same_in_every_language(household_path, capsys):
    outputs = []
    for language in ("en", "zh-Hans", "zh-Hant"):
        for command in (["status", "--as-of", "2026-11-23"], ["contacts"],
                        ["payoff", "--strategy", "avalanche", "--monthly", "9000", "--as-of", "2026-11-23"],
                        ["plan", "--household", "--as-of", "2026-11-23"]):
            code, out, _ = run([*command, "--db", str(household_path), "--json", "--lang", language], capsys)
            assert code == 0
            outputs.append((tuple(command), out))
    by_command = {}
    for command, out in outputs:
        by_command.setdefault(command, set()).add(out)
    assert all(len(texts) == 1 for texts in by_command.values())
    json.loads(outputs[0][1])


def test_contacts_plan_and_payoff_speak_chinese(household_path, capsys):
    _, out, _ = run(["contacts", "--db", str(household_path), "--lang", "zh-Hans"], capsys)
    assert out.startswith("催收规则：允许联系时间 08:00–21:00，同一公司每天最多 3 次")
    assert "夜间" in out and "条催收记录" in out
    _, out, _ = run(["contacts", "--db", str(household_path), "--lang", "zh-Hant"], capsys)
    assert "筆催收紀錄" in out and "登門" not in out.split("\n")[0]
    _, out, _ = run(["plan", "--db", str(household_path), "--household", "--as-of", "2026-11-23",
                     "--lang", "zh-Hans"], capsys)
    assert "家庭还款方案" in out and "结论：" in out
    _, out, _ = run(["payoff", "--db", str(household_path), "--strategy", "snowball", "--monthly", "9000",
                     "--as-of", "2026-11-23", "--lang", "zh-Hant"], capsys)
    assert out.startswith("雪球法：自2026年11月23日起每月 9,000.00 CNY") and "還清順序：" in out


def test_errors_in_the_chosen_language(household_path, capsys, tmp_path):
    code, _, err = run(["payoff", "--db", str(household_path), "--strategy", "avalanche", "--monthly", "abc",
                        "--lang", "zh-Hans"], capsys)
    assert code == 1 and err == "debtdesk payoff: --monthly: “abc”不是数字。\n"
    code, _, err = run(["payoff", "--db", str(household_path), "--strategy", "avalanche", "--monthly", "1",
                        "--as-of", "2026-11-23", "--lang", "zh-Hant"], capsys)
    assert code == 1 and "每月 1.00 低於這些債務的最低應繳金額之和" in err
    code, _, err = run(["plan", "--db", str(household_path), "--lang", "zh-Hans"], capsys)
    assert code == 1 and "请至少指定一笔债务" in err
