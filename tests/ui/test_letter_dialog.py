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
