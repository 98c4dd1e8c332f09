"""The letter preview: edits reach the PDF, user text stays text, exports are recorded."""

from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader

from debtdesk.domain.proposal_options import parse_options
from debtdesk.letters import COMPLAINT
from debtdesk.store import Store
from debtdesk.ui.letter_dialog import LetterDialog
from debtdesk.ui.main_window import MainWindow
from debtdesk.ui.session import Session


@pytest.fixture
def house(app, qtbot, household_path, as_of):
    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    yield win
    win.close()


def bank(win) -> int:
    return next(d.id for d in win.store.debts() if d.lender.name == "中国建设银行")


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_preview_edits_reach_the_pdf_and_the_export_is_recorded(house, qtbot, tmp_path, boxes):
    options, _ = parse_options(["instalments=24", "waive-penalties"])
    dialog = LetterDialog(house, house.session, bank(house), options=options)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)  # English
    assert dialog.letter.language == "en"
    dialog.rows["name"].widget.setText('Chen "A&B <Co>" Dawen')
    dialog.regenerate()
    dialog.subject.setText("Re: my loan <font size=40>please</font>")
    first = dialog.section_edits[0]
    first.setPlainText(first.toPlainText() + "\nI was in hospital from June to August.")
    out = tmp_path / "letter.pdf"
    assert dialog.export(out)
    text = pdf_text(out)
    assert "Re: my loan <font size=40>please</font>" in text
    assert 'Chen "A&B <Co>" Dawen' in text
    assert "I was in hospital from June to August." in text
    record = house.letters.model.row_object(0)
    assert record[1] == "ok" and record[0].sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert house.letters.model.index(0, 5).data() == "File as exported"
    out.write_bytes(b"%PDF-tampered")
    house.session.notify()
    assert house.letters.model.index(0, 5).data() == "File changed since export"


def test_a_letter_needs_a_name(house, qtbot, tmp_path, boxes):
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    dialog.rows["name"].widget.setText("  ")
    assert not dialog.export(tmp_path / "x.pdf")
    assert dialog.rows["name"].error.text() == "⚠ The letter needs your name."
    assert not (tmp_path / "x.pdf").exists()
    with Store.open(house.store.path) as other:
        assert other.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_complaint_from_the_letters_page_lists_flagged_debts_only(house, qtbot, tmp_path, boxes):
    screen = house.letters
    assert [screen.complaint_debt.itemText(i) for i in range(screen.complaint_debt.count())] == ["中国建设银行"]
    dialog = LetterDialog(house, house.session, bank(house), COMPLAINT)
    qtbot.addWidget(dialog)
    dialog.to_regulator.setChecked(True)
    assert dialog.letter.recipient.name == "国家金融监督管理总局"
    out = tmp_path / "complaint.pdf"
    assert dialog.export(out)
    assert "说如果明天不还钱就会被抓" in pdf_text(out)
    assert house.letters.model.index(0, 1).data() == "Complaint"


def test_the_cause_is_the_recorded_hardship(house, qtbot):
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)  # English; the demo recorded illness and job loss
    situation = dialog.section_edits[0].toPlainText()
    assert "I have been receiving medical treatment" in situation
    assert "On top of that, my income from work has fallen sharply." in situation
    dialog.cause.setText("a flood at my shop")
    dialog.regenerate()
    assert "Because of a flood at my shop, I am" in dialog.section_edits[0].toPlainText()


def test_simplified_text_in_a_traditional_letter_is_shown_and_converted(house, qtbot, tmp_path, boxes):
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    assert dialog.convert_button.isHidden()  # the demo's names are Simplified: right for zh-Hans
    dialog.language.setCurrentIndex(1)  # 繁體中文
    found = dialog.checks.text()
    assert found.startswith("This letter is in Traditional Chinese, but these parts are in Simplified Chinese:")
    assert "• Recipient's name: 国设银" in found and "• Your name: 陈" in found
    assert not dialog.convert_button.isHidden()
    assert dialog.convert_button.text() == "Convert to Traditional Chinese"
    dialog.convert_button.click()
    assert dialog.letter.recipient.name == "中國建設銀行"
    assert dialog.rows["name"].value() == "陳大文"
    assert dialog.rows["address"].value().startswith("上海市浦東新區")
    assert dialog.convert_button.isHidden() and "Simplified" not in dialog.checks.text()
    dialog.regenerate()  # writing the letter again keeps the converted names
    assert dialog.letter.recipient.name == "中國建設銀行" and "Simplified" not in dialog.checks.text()
    out = tmp_path / "hant.pdf"
    assert dialog.export(out)
    text = pdf_text(out)
    assert "中國建設銀行" in text and "陳大文" in text and "陈" not in text
    dialog.language.setCurrentIndex(0)  # back to 简体中文: the lender's own name, and the name now Traditional
    assert dialog.letter.recipient.name == "中国建设银行"
    assert "• Your name: 陳" in dialog.checks.text()
    assert dialog.convert_button.text() == "Convert to Simplified Chinese"


def test_characters_the_font_lacks_are_shown_and_block_the_export(house, qtbot, tmp_path, boxes):
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)
    first = dialog.section_edits[0]
    first.setPlainText(first.toPlainText() + "\nمصرف 😷")
    found = dialog.checks.text()
    assert found.startswith("These characters cannot be printed, so the letter cannot be exported:")
    assert '• Section “My situation”: "م" (U+0645)' in found and "U+1F637" in found
    out = tmp_path / "x.pdf"
    assert not dialog.export(out)
    assert not out.exists()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("error", "The letter cannot be printed") and "U+0645" in text
    first.setPlainText("I was in hospital.")
    assert "cannot be printed" not in dialog.checks.text() and dialog.export(out)


def test_a_plan_the_household_cannot_pay_is_said_before_export_and_asked_not_promised(house, qtbot):
    # With every other debt kept as contracted, nothing is left for the bank loan: the letter must not promise.
    options, _ = parse_options(["instalments=24"])
    dialog = LetterDialog(house, house.session, bank(house), options=options)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)  # English
    assert "cannot be paid every month" in dialog.checks.text() and dialog.checks.isVisibleTo(dialog)
    afford = next(s for s in dialog.letter.sections if s.key == "afford").paragraphs[0]
    assert "I cannot promise it" in afford and "confident" not in afford
    assert "It is the most I can offer at present" in afford


def test_a_letter_opened_without_a_name_is_written_once_the_name_is_typed(house, qtbot, tmp_path, boxes):
    """Issue 16: typing the name and pressing Export used to write nothing and say nothing."""
    from debtdesk.store.settings import set_borrower_details

    set_borrower_details(house.store, {"name": "", "address": "", "phone": "", "email": ""})
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    assert dialog.letter is None
    dialog.rows["name"].widget.setText("陈大文")
    assert dialog.letter is not None  # written as soon as the name is there
    out = tmp_path / "first.pdf"
    assert dialog.export(out) and out.exists()


def test_hand_edits_are_kept_per_language_and_never_dropped_without_asking(house, qtbot, boxes):
    dialog = LetterDialog(house, house.session, bank(house))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)  # English
    dialog.section_edits[0].setPlainText("My own words about my situation.")
    dialog.language.setCurrentIndex(0)  # Simplified Chinese, and back
    assert dialog.letter.language == "zh-Hans"
    dialog.language.setCurrentIndex(2)
    assert dialog.section_edits[0].toPlainText() == "My own words about my situation."
    boxes.answers.append(False)  # "Keep my changes"
    dialog.write_again()
    assert boxes.shown[-1][1] == "Write the letter again?"
    assert dialog.section_edits[0].toPlainText() == "My own words about my situation."
    boxes.answers.append(True)
    dialog.write_again()
    assert dialog.section_edits[0].toPlainText() != "My own words about my situation."
