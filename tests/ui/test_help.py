"""Issue 16: Help ▸ Guide and Glossary, reachable from the menus and from the screens that use the words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QToolButton

import debtdesk.help
from debtdesk.help import GLOSSARY, GUIDE, find_term
from debtdesk.ui.help_dialog import HelpDialog, guide_html, show_glossary, term_html

#: The words issue 16 asks the glossary to explain, as a user would look them up.
ASKED_FOR = ["M1", "M2", "M3", "罚息", "停息挂账", "个性化分期", "等额本息", "等额本金", "先息后本", "fair share",
             "复利", "grace days", "true APR"]


def help_dialog(win) -> HelpDialog:
    return win.findChild(HelpDialog, "HelpDialog")


@pytest.mark.parametrize("word", ASKED_FOR)
def test_the_glossary_explains_every_word_asked_for(word):
    term = find_term(word)
    assert term is not None, word
    assert len(term.text) > 80


def test_help_menu_opens_the_guide_and_the_glossary(window):
    assert help_dialog(window) is None
    window.findChild(type(window.add_action), "guideAction").trigger()
    dialog = help_dialog(window)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == HelpDialog.GUIDE_TAB
    assert "Write down every debt" in dialog.guide_view.toPlainText()
    window.findChild(type(window.add_action), "glossaryAction").trigger()
    assert help_dialog(window) is dialog and dialog.tabs.currentIndex() == HelpDialog.GLOSSARY_TAB


def test_show_glossary_opens_at_a_term_by_key_chinese_word_or_code(window):
    dialog = show_glossary("罚息", window)
    assert dialog.current_term() == "penalty-interest"
    assert "Penalty interest (罚息)" in dialog.term_view.toPlainText()
    assert show_glossary("M2", window) is dialog and dialog.current_term() == "buckets"
    show_glossary("interest-freeze", window)
    assert "停息挂账" in dialog.term_view.toPlainText() and "for a fee" in dialog.term_view.toPlainText()
    show_glossary("no such word", window)
    assert dialog.tabs.currentIndex() == HelpDialog.GLOSSARY_TAB  # the list, not an error


def test_links_stay_inside_the_app_and_lead_to_their_term(window):
    html = guide_html() + "".join(term_html(t) for t in GLOSSARY)
    links = re.findall(r'href="([^"]*)"', html)
    assert links and all(link.startswith("term:") and find_term(link[5:]) for link in links)
    dialog = show_glossary("penalty-interest", window)
    dialog.term_view.anchorClicked.emit(QUrl("term:compound-penalty"))
    assert dialog.current_term() == "compound-penalty"


def test_user_text_never_reaches_the_page_as_markup():
    assert "&lt;" not in guide_html()  # nothing to escape in the source texts…
    from debtdesk.help.glossary import Term
    from debtdesk.ui.help_dialog import term_html as page

    assert "<b>" not in page(Term("x", "<b>bold</b>", "A & B"))  # …and escaped if there were


def test_the_glossary_filter_finds_chinese_and_english(window):
    dialog = show_glossary("", window)
    dialog.filter.setText("复利")
    shown = [dialog.terms.item(r).text() for r in range(dialog.terms.count()) if not dialog.terms.item(r).isHidden()]
    assert "Compound interest (复利)" in shown and len(shown) < len(GLOSSARY)
    assert dialog.current_term() in {t.key for t in GLOSSARY if "复利" in t.headword + t.text}


def test_screens_link_to_the_words_they_use(window):
    window.pages.setCurrentWidget(window.letters)
    button = window.letters.findChild(QToolButton, "help_complaint-channels")
    assert button is not None and "12378" in button.toolTip()
    button.click()
    assert help_dialog(window).current_term() == "complaint-channels"


def test_help_content_is_plain_data_without_qt():
    script = "import sys, debtdesk.help; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_every_help_text_is_found_by_lupdate(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    source = Path(debtdesk.help.__file__).parent
    ts = tmp_path / "help.ts"
    out = subprocess.run([lupdate, "-extensions", "py", str(source), "-ts", str(ts)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    import xml.etree.ElementTree as ET

    found = {m.findtext("source") for c in ET.parse(ts).getroot() if c.findtext("name") == "Help"
             for m in c.iter("message")}
    texts = [t for term in GLOSSARY for t in (term.headword, term.text)] + [t for s in GUIDE for t in (s.title, s.text)]
    assert set(texts) <= found
