"""Letters sent appear on the timeline, with their details."""

from __future__ import annotations

from datetime import date

from debtdesk.domain.timeline import EventKind
from debtdesk.store.letters import LetterLog
from debtdesk.ui.timeline_screen import TimelineScreen


def test_an_exported_letter_is_an_event_with_its_details(window, qtbot, tmp_path):
    debt = next(d for d in window.store.debts() if d.lender.name == "中国建设银行")
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4 a letter")
    LetterLog(window.store).record(pdf, "negotiation", "zh-Hans", "中国建设银行", date(2026, 11, 20), debt.id)
    screen = TimelineScreen(window.session)
    qtbot.addWidget(screen)
    letters = [e for e in screen.view.events() if e.kind is EventKind.LETTER]
    assert [(e.on, e.lender) for e in letters] == [(date(2026, 11, 20), "中国建设银行")]
    facts = "\n".join(screen.event_facts(letters[0]))
    assert "Negotiation letter" in facts and "Language: zh-Hans" in facts and str(pdf.resolve()) in facts
    screen.show_debt(window.store.debts()[0].id)
    assert not [e for e in screen.view.events() if e.kind is EventKind.LETTER]
