"""Letters: content built from domain objects, then the PDF read back with pypdf.

Every check on the PDF compares text with all whitespace removed, because
pypdf breaks lines where the layout does.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency
from debtdesk.domain.contacts import Channel, Conduct, Contact, flag_log
from debtdesk.domain.demo import demo_debts
from debtdesk.domain.evidence import EvidenceItem, EvidenceStatus
from debtdesk.domain.money import format_amount
from debtdesk.domain.proposal import ProposalOptions, build_plan
from debtdesk.domain.status import debt_status
from debtdesk.letters import (
    LANGUAGES,
    Party,
    complaint_letter,
    negotiation_letter,
    regulator_parties,
)
from debtdesk.letters.pdf import LetterWriteError, break_lines, letter_checksum, register_font, render_pdf
from debtdesk.letters.phrases import en, format_date, format_money, zh_hans, zh_hant

AS_OF = date(2026, 11, 23)
FULL_ACCOUNT = "4367 4200 1188 0021"  # the demo's 中国建设银行 loan
HOSTILE = ("A&B <Co>", "<font size=40>x</font>", '"; DROP TABLE debts; --')


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    return squash("".join(pdf_pages(path)))


# -- domain objects -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def status():
    debt, payments = next((d, p) for d, p in demo_debts(AS_OF) if d.lender.name == "中国建设银行")
    assert debt.account_number == FULL_ACCOUNT
    return debt_status(replace(debt, id=4), payments, AS_OF)


@pytest.fixture(scope="module")
def plan(status):
    return build_plan(status, ProposalOptions(deferral_months=2, instalment_months=12, waive_penalties=True))


@pytest.fixture(scope="module")
def budget():
    return Budget(AS_OF, (
        BudgetLine(Direction.INCOME, "wages", Decimal("9800.00")),
        BudgetLine(Direction.INCOME, "benefits", Decimal("300.00"), Frequency.WEEKLY, "A&B <Co>"),
        BudgetLine(Direction.EXPENSE, "housing", Decimal("3200.00"), label="房租"),
        BudgetLine(Direction.EXPENSE, "food", Decimal("1800.00")),
        BudgetLine(Direction.EXPENSE, "insurance", Decimal("2400.00"), Frequency.YEARLY),
        BudgetLine(Direction.EXPENSE, "medical", Decimal("600.00")),
    ))


EVIDENCE = [
    EvidenceItem("身份证复印件", EvidenceStatus.OBTAINED),
    EvidenceItem("Bank statements, June–November", EvidenceStatus.SENT),
    EvidenceItem("诊断证明 (still needed)", EvidenceStatus.NEEDED),
    EvidenceItem("Termination letter (requested)", EvidenceStatus.REQUESTED),
    EvidenceItem("A&B <Co> discharge record", EvidenceStatus.OBTAINED),
]
ENCLOSED = ["身份证复印件", "Bank statements, June–November", "A&B <Co> discharge record"]
NOT_ENCLOSED = ["诊断证明 (still needed)", "Termination letter (requested)"]

BORROWER = Party("A&B <Co>", ('"; DROP TABLE debts; --', "上海市浦东新区世纪大道100号1201室"), "138 0013 8000",
                 "zhang.san@example.com")
SITUATION = "今年8月突发疾病住院，收入大幅下降。\n<font size=40>x</font>"
CAUSE = {"zh-Hans": "突发疾病住院", "zh-Hant": "突發疾病住院", "en": "a serious illness"}


def make_letter(status, plan, budget, language):
    return negotiation_letter(BORROWER, status, plan, budget, EVIDENCE, language, AS_OF,
                              situation=SITUATION, cause=CAUSE[language])


@pytest.fixture(scope="module")
def rendered(status, plan, budget, tmp_path_factory):
    """Each language's negotiation letter: (Letter, pdf path, squashed text of all pages)."""
    folder = tmp_path_factory.mktemp("letters")
    result = {}
    for language in LANGUAGES:
        letter = make_letter(status, plan, budget, language)
        path = folder / f"negotiation-{language}.pdf"
        render_pdf(letter, path)
        result[language] = (letter, path, pdf_text(path))
    return result


# -- the negotiation letter ------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_of_the_letter_is_in_the_pdf(rendered, language):
    letter, _, text = rendered[language]
    assert squash(letter.subject) in text
    assert squash(letter.salutation) in text
    assert squash(letter.signature) in text
    for line in letter.closing.splitlines():
        assert squash(line) in text
    assert len(letter.sections) == 5
    for section in letter.sections:
        assert squash(section.heading) in text
        for paragraph in section.paragraphs:
            assert squash(paragraph) in text, paragraph


@pytest.mark.parametrize("language", LANGUAGES)
def test_schedule_rows_and_totals(rendered, plan, language):
    letter, _, text = rendered[language]
    assert len(plan.rows) == 14 and len(letter.schedule_rows) == 14
    for row in plan.rows[2:]:
        assert squash(format_date(language, row.due_date)) + format_amount(row.payment) in text
    # The two deferred months: no payment of 0.00, no negative principal, the interest added instead.
    # 58,044.13 owed (penalties waived) x 4.35% / 12 = 210.41; then 58,254.54 x 4.35% / 12 = 211.17.
    added = {"zh-Hans": "延期还款，利息{}计入欠款", "zh-Hant": "延期還款，利息{}計入欠款",
             "en": "Deferred — interest added: {}"}[language]
    assert letter.schedule_rows[0][2:] == (added.format("210.41"), "", "", "58,254.54")
    assert letter.schedule_rows[1][2:] == (added.format("211.17"), "", "", "58,465.71")
    for row in letter.schedule_rows:
        assert not any(cell.startswith("-") for cell in row), row
    assert squash(format_date(language, plan.rows[0].due_date) + added.format("210.41") + "58,254.54") in text
    assert "0.00-210.41" not in text and "-211.17" not in text
    assert format_amount(plan.total_paid) == "59,852.46"
    totals = squash("".join(letter.schedule_totals))
    assert format_amount(plan.total_paid) in totals and format_amount(plan.total_interest) in totals
    assert totals in text
    for cell in letter.schedule_header:
        assert squash(cell) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_paid_so_far_and_affordability_figures(rendered, status, plan, budget, language):
    _, _, text = rendered[language]
    money = lambda amount: squash(format_money(language, amount, "CNY"))  # noqa: E731
    state = status.state
    assert money(state.paid_total) in text
    assert money(state.overdue_amount) in text
    assert str(state.days_past_due) in text and state.days_past_due == 45
    for amount in (budget.monthly_income, budget.monthly_expenses, budget.disposable, plan.highest_payment):
        assert money(amount) in text
    assert money(budget.disposable) == {"zh-Hans": "5,300.00元", "zh-Hant": "人民幣5,300.00元",
                                        "en": "CNY5,300.00"}[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_request_words_confirmation_and_pause(rendered, language):
    _letter, _, text = rendered[language]
    expected = {
        "zh-Hans": ["延期还款", "2个月", "分12期", "减免罚息", "书面形式", "暂停", "尊敬的中国建设银行：",
                    "此致", "敬礼！"],
        "zh-Hant": ["延期還款", "2個月", "分12期", "減免遲延利息", "書面方式", "暫停", "敬啟者：", "此致", "敬上"],
        "en": ["deferral of 2 months", "12 monthly instalments", "waiver of the penalty interest", "in writing",
               "paused", "Dear Sir or Madam,", "Yours faithfully,"],
    }[language]
    for words in expected:
        assert squash(words) in text, words
    assert "¥" not in text


def test_chinese_scripts(rendered):
    hans, hant = rendered["zh-Hans"][2], rendered["zh-Hant"][2]
    assert "尊敬的" in hans and "还款" in hans and "2026年11月23日" in hans
    assert "還款" in hant and "務" in hant and "帳號" in hant
    # Traditional wording, not just converted characters: the frame differs.
    assert "敬啟者" in hant and "敬礼" not in hant and "聯絡" in hant
    for simplified in ("还款", "账号", "联系", "务"):  # none of the letter's own words in Simplified
        assert simplified not in squash("".join(p for s in rendered["zh-Hant"][0].sections[1:]
                                                for p in s.paragraphs))
    assert "23November2026" in rendered["en"][2]


@pytest.mark.parametrize("language", LANGUAGES)
def test_enclosures_are_the_obtained_and_sent_items(rendered, language):
    letter, _, text = rendered[language]
    assert letter.enclosures == ENCLOSED
    for title in ENCLOSED:
        assert squash(title) in text
    for title in NOT_ENCLOSED:
        assert squash(title) not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_number_only_masked(rendered, language):
    letter, path, text = rendered[language]
    assert letter.account_masked == "•••• 0021"
    assert "••••0021" in text
    for leak in (squash(FULL_ACCOUNT), "43674200", "11880021"):
        assert leak not in text
        assert leak not in squash(letter.to_text())
    raw = path.read_bytes()
    assert b"43674200" not in raw and b"11880021" not in raw
    metadata = PdfReader(str(path)).metadata
    assert "43674200" not in squash(str(dict(metadata)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_user_text_prints_verbatim(rendered, language):
    letter, _, text = rendered[language]
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile
    assert letter.sender.name == "A&B <Co>"


def test_fonts_are_embedded_subsets(rendered):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for _, path, _ in rendered.values():
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=30, check=True)
        rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
        assert rows, out.stdout
        for row in rows:
            name, emb, sub = row[0], row[-5], row[-4]
            assert "WenQuanYiMicroHei" in name, row
            assert (emb, sub) == ("yes", "yes"), row


def test_page_numbers_in_the_footer(rendered):
    pages = pdf_pages(rendered["zh-Hans"][1])
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"第{number}页，共{len(pages)}页" in squash(page)
    assert "Page1of" in squash(pdf_pages(rendered["en"][1])[0])


def test_letter_and_a4_page_sizes(status, plan, budget, tmp_path):
    letter = make_letter(status, plan, budget, "en")
    render_pdf(letter, tmp_path / "letter.pdf", page_size="letter")
    render_pdf(letter, tmp_path / "a4.pdf")
    box = PdfReader(str(tmp_path / "letter.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = PdfReader(str(tmp_path / "a4.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    with pytest.raises(ValueError, match="A4"):
        render_pdf(letter, tmp_path / "x.pdf", page_size="A5")


def test_unknown_language_is_rejected(status, plan, budget):
    with pytest.raises(ValueError, match="zh-Hans, zh-Hant, en"):
        negotiation_letter(BORROWER, status, plan, budget, [], "fr", AS_OF)
    with pytest.raises(ValueError, match="zh-Hans, zh-Hant, en"):
        complaint_letter(BORROWER, [], Party("X"), "zh-CN", AS_OF)


def test_a_long_schedule_spans_pages_with_its_header_repeated(status, tmp_path):
    long_plan = build_plan(status, ProposalOptions(instalment_months=60))
    assert len(long_plan.rows) == 60
    letter = negotiation_letter(Party("Zhang San"), status, long_plan, None, [], "en", AS_OF)
    path = tmp_path / "long.pdf"
    render_pdf(letter, path)
    pages = [squash(p) for p in pdf_pages(path)]
    with_table = [p for p in pages if "Payment(CNY)" in p]
    assert len(with_table) >= 2
    for page in with_table:
        assert squash("No. Date Payment (CNY) Principal Interest Balance") in page
    text = "".join(pages)
    for row in long_plan.rows:
        assert squash(format_date("en", row.due_date)) + format_amount(row.payment) in text
    assert squash("".join(letter.schedule_totals)) in text


def test_appendix_with_budget_and_chart(status, plan, budget, tmp_path):
    from PIL import Image as PILImage

    png = io.BytesIO()
    PILImage.new("RGB", (400, 200), (40, 90, 160)).save(png, "PNG")
    letter = negotiation_letter(BORROWER, status, plan, budget, EVIDENCE, "zh-Hans", AS_OF, budget_appendix=True)
    assert letter.enclosures == ENCLOSED + ["家庭收支情况表"]
    path = tmp_path / "appendix.pdf"
    render_pdf(letter, path, appendix_budget=budget, appendix_chart_png=png.getvalue())
    reader = PdfReader(str(path))
    last = squash(reader.pages[-1].extract_text())
    assert "附件：家庭收支情况表" in last
    for words in ("工资收入", "A&B<Co>", "房租", "每年", "11,100.00", "5,800.00", "5,300.00", "1,300.00"):
        assert words in last, words
    assert len(reader.pages[-1].images) == 1
    with pytest.raises(ValueError, match="PNG"):
        render_pdf(letter, tmp_path / "bad.pdf", appendix_chart_png=b"not a png")


def test_unwritable_path_raises_and_leaves_nothing(rendered, tmp_path):
    letter = rendered["en"][0]
    with pytest.raises(LetterWriteError, match="missing"):
        render_pdf(letter, tmp_path / "missing" / "letter.pdf")
    with pytest.raises(LetterWriteError, match="folder"):
        render_pdf(letter, tmp_path)
    assert isinstance(LetterWriteError("x"), OSError)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_and_checksum_matches(rendered, tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"old")
    render_pdf(rendered["en"][0], path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert letter_checksum(path) == hashlib.sha256(data).hexdigest()
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_edits_in_the_preview_reach_the_pdf(status, plan, budget, tmp_path):
    letter = make_letter(status, plan, budget, "zh-Hans")
    letter.subject = "还款协商申请（修改后）"
    letter.sections[0].paragraphs = ["本人于今年失业，正在积极求职。"]
    del letter.sections[2]  # the user removes the request section: the schedule follows the last section
    path = tmp_path / "edited.pdf"
    render_pdf(letter, path)
    text = pdf_text(path)
    assert "还款协商申请（修改后）" in text and "本人于今年失业，正在积极求职。" in text
    assert "三、还款方案" not in text
    assert text.index("五、恳请事项") < text.index("期次")
    letter.sections = []
    render_pdf(letter, path)
    assert "2027年2月9日4,987.70" in pdf_text(path) and "2027年2月9日" in letter.to_text()


def test_other_options_in_words():
    debt, payments = next((d, p) for d, p in demo_debts(AS_OF) if d.lender.name == "中国建设银行")
    status = debt_status(debt, payments, AS_OF)
    settle = build_plan(status, ProposalOptions(settlement_percent=Decimal("60")))
    lower = build_plan(status, ProposalOptions(lower_payment=Decimal("1000"), lower_months=6, instalment_months=24,
                                               freeze_interest=True))
    party = Party("张三")
    text = squash(negotiation_letter(party, status, settle, None, [], "zh-Hans", AS_OF).to_text())
    assert "一次性结清" in text and "60%" in text
    assert squash(format_money("zh-Hans", settle.rows[0].payment, "CNY")) in text
    text = negotiation_letter(party, status, settle, None, [], "en", AS_OF).to_text()
    assert "full and final settlement" in text and "60%" in text
    text = negotiation_letter(party, status, lower, None, [], "en", AS_OF).to_text()
    assert "a reduced payment of CNY 1,000.00 a month for 6 months" in text
    assert "remaining balance in 24 monthly instalments" in text and "freezing of interest" in text
    text = negotiation_letter(party, status, lower, None, [], "zh-Hant", AS_OF).to_text()
    assert "每月還款人民幣1,000.00元" in text and "停止計息" in text


# -- the complaint letter ---------------------------------------------------------------------

CONTACTS = [
    Contact(datetime(2026, 11, 20, 22, 47), Channel.CALL, "A&B <Co> 资产管理有限公司", "王某", "0755-8888 0000",
            '<font size=40>x</font> "; DROP TABLE debts; --',
            conduct=frozenset({Conduct.THREATS, Conduct.FALSE_LEGAL_CLAIMS})),
    Contact(datetime(2026, 11, 21, 10, 5), Channel.SMS, "A&B <Co> 资产管理有限公司", "", "10690000",
            "向本人母亲发送短信催款", conduct=frozenset({Conduct.THIRD_PARTY})),
    Contact(datetime(2026, 11, 21, 12, 0), Channel.CALL, "Polite Bank Ltd", "Li", "95533", "A reminder, politely."),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_complaint_letter(status, language, tmp_path):
    debt = status.debt
    letter = complaint_letter(BORROWER, flag_log(CONTACTS), Party(debt.lender.name), language, AS_OF, debt)
    path = tmp_path / "complaint.pdf"
    render_pdf(letter, path)
    text = pdf_text(path)
    for section in letter.sections:
        for paragraph in section.paragraphs:
            assert squash(paragraph) in text, paragraph
    assert "••••0021" in text and squash(FULL_ACCOUNT) not in text
    for hostile in HOSTILE:
        assert squash(hostile) in text
    assert "22:47" in text and "0755-88880000" in text and "王某" in text
    assert "PoliteBankLtd" not in text  # no flag, not in the complaint
    assert "12378" in text and "12363" in text
    words = {"zh-Hans": ["夜间", "威胁恐吓", "虚构或夸大法律后果", "家人", "立即停止", "书面"],
             "zh-Hant": ["夜間", "威脅恐嚇", "捏造或誇大法律後果", "家人", "立即停止", "書面"],
             "en": ["at night", "threats", "false claims about legal consequences", "family", "stop this conduct",
                    "in writing"]}[language]
    for word in words:
        assert squash(word) in text, word


def test_complaint_to_a_regulator(status):
    regulator = regulator_parties("zh-Hans")[0]
    assert (regulator.name, regulator.phone) == ("国家金融监督管理总局", "12378")
    letter = complaint_letter(Party("张三"), flag_log(CONTACTS), regulator, "zh-Hans", AS_OF, status.debt,
                              to_regulator=True)
    text = letter.to_text()
    assert "尊敬的国家金融监督管理总局：" in text and "贵单位" in text
    assert "对中国建设银行及其催收人员" in text
    with pytest.raises(ValueError, match="flag"):
        complaint_letter(Party("张三"), flag_log(CONTACTS[2:]), regulator, "zh-Hans", AS_OF)


# -- pieces ----------------------------------------------------------------------------------------

def test_every_language_has_the_same_phrases():
    keys = {name: {k for k in module.WORDS if not k.endswith("_one")} - {"month_names"} for name, module in
            (("zh-Hans", zh_hans), ("zh-Hant", zh_hant), ("en", en))}
    assert keys["zh-Hans"] == keys["zh-Hant"] == keys["en"]
    for key in ("products", "channels", "flags", "categories", "frequencies"):
        assert set(zh_hans.WORDS[key]) == set(zh_hant.WORDS[key]) == set(en.WORDS[key]), key


def test_chinese_line_breaking_keeps_punctuation_off_line_starts():
    font = register_font()
    text = ("本人张三于2025年11月9日在贵行办理个人贷款，借款本金80,000.00元（账号：•••• 0021）。"
            "因突发疾病住院，本人目前无法按原约定按期足额还款！（共计115.19元）。") * 3
    for width in range(60, 200, 7):
        lines = [line for _, line in break_lines(text, [width], font, 11)]
        assert squash("".join(lines)) == squash(text)
        for line in lines[1:]:
            assert line[0] not in "，。、；：？！）", (width, line)
        for line in lines[:-1]:
            assert line[-1] not in "（", (width, line)
            assert not line.endswith("••••"), (width, line)


def test_amounts_phone_numbers_and_accounts_are_not_broken():
    font = register_font()
    text = ("I will pay CNY 1,234.00 on 9 December 2026; call me on 138 0013 8000 about account •••• 0021, "
            "or 0755-8888 0000. ") * 4
    for width in range(90, 300, 9):
        lines = [line for _, line in break_lines(text, [width], font, 10.5)]
        assert " ".join(lines) == " ".join(text.split())
        for line in lines[:-1]:
            assert not line.endswith(("CNY", "138", "0013", "••••", "8888")), (width, line)


def test_content_side_imports_neither_qt_nor_reportlab():
    script = ("import sys, debtdesk.letters\n"
              "print(sorted(n for n in ('PySide6', 'reportlab') if n in sys.modules))\n"
              "import debtdesk.letters.pdf\n"
              "print('PySide6' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["[]", "False"]


@pytest.mark.parametrize("language, sign, day", [("zh-Hans", "签名", "日期"), ("zh-Hant", "簽名", "日期")])
def test_chinese_letters_leave_room_to_sign_and_date_by_hand(status, plan, budget, language, sign, day, tmp_path):
    letter = make_letter(status, plan, budget, language)
    assert letter.to_text().rstrip().split("\n")[-len(ENCLOSED) - 4:-len(ENCLOSED) - 2] == [
        f"{sign}：____________", f"{day}：______年____月____日"]
    path = tmp_path / "signed.pdf"
    render_pdf(letter, path)
    heights: dict[str, tuple[int, float]] = {}
    signer = letter.signature.split("：")[0]  # 申请人：A&B <Co>
    for number, page in enumerate(PdfReader(str(path)).pages):
        def seen(text, cm, tm, font, size, number=number):
            for key in (signer, sign, day):
                if squash(text).startswith(key):  # the last place each appears: the signature block
                    heights[key] = (number, cm[5] + tm[5] * cm[3])

        page.extract_text(visitor_text=seen)
    assert heights[signer][0] == heights[sign][0] == heights[day][0]  # one page
    heights = {key: y for key, (_, y) in heights.items()}
    points_per_mm = 72 / 25.4
    assert heights[signer] - heights[sign] >= 12 * points_per_mm  # room for a signature above its line
    assert heights[sign] - heights[day] >= 10 * points_per_mm  # and for the date
