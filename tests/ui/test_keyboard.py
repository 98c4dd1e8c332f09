"""Keyboard use: mnemonics on menus and buttons, shortcuts for the common actions, a tab order that reads."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from debtdesk.ui.contact_dialog import ContactDialog


def menu_actions(window):
    for top in window.menuBar().actions():
        yield top
        stack = [top.menu()]
        while stack:
            for action in stack.pop().actions():
                if action.isSeparator():
                    continue
                yield action
                if action.menu():
                    stack.append(action.menu())


def test_every_menu_and_menu_item_has_a_mnemonic(window):
    texts = [action.text() for action in menu_actions(window)]
    assert len(texts) > 20
    assert [t for t in texts if "&" not in t] == []


def test_common_actions_have_distinct_shortcuts(window):
    wanted = {
        "add a debt": window.add_action, "record a payment": window.payment_action,
        "log a contact": window.contact_action, "undo": window.undo_action, "redo": window.redo_action,
        "find": window.find_action,
    }
    keys = {name: action.shortcut() for name, action in wanted.items()}
    assert all(not key.isEmpty() for key in keys.values()), keys
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    everything = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    duplicates = {k for k in everything if everything.count(k) > 1}
    assert duplicates <= {QKeySequence(QKeySequence.StandardKey.Delete).toString()}  # Delete: per page, by focus


def test_log_a_contact_opens_the_form_on_the_contacts_page(window, script_dialog):
    seen = script_dialog(ContactDialog, lambda d: None, press_save=False)
    window.contact_action.trigger()
    assert window.pages.currentWidget() is window.contacts and len(seen) == 1


def test_buttons_on_the_screens_have_mnemonics(window):
    for page in (window.contacts, window.letters, window.debts_page.empty):
        for button in page.findChildren(QAbstractButton):
            if button.text() and button.text() != "?" and button.objectName() != "qt_calendar_prevmonth":
                assert "&" in button.text(), (page.objectName(), button.text())


def focus_chain(start: QWidget, wanted: list[QWidget]) -> list[QWidget]:
    """The wanted widgets in the order Tab reaches them, starting from `start`."""
    order, widget = [], start
    for _ in range(500):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return order


def test_the_contact_form_tabs_down_the_left_column_then_the_right(window, qtbot):
    dialog = ContactDialog(window, datetime(2026, 11, 23, 12, 0), [(1, "招商银行信用卡")],
                           lenders=["招商银行信用卡"])
    qtbot.addWidget(dialog)
    rows = dialog.rows
    expected = [rows[name].widget for name in ("occurred_at", "channel", "debt_id", "company", "agent", "phone")]
    expected += list(dialog.conduct_boxes.values())
    expected += [rows["summary"].widget, rows["promises"].widget, dialog.files_list, dialog.add_file_button,
                 dialog.remove_file_button]
    assert focus_chain(rows["occurred_at"].widget, expected) == expected
