"""The main window's menus, toolbar and actions: what each one does is a method of the window.

Kept apart from `main_window` so the window's module holds its pages and its
session; the texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from debtdesk.ui import i18n, safety_actions

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts


def action(window, text: str, slot, shortcut=None, name: str = "") -> QAction:
    made = QAction(text, window)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    if name:
        made.setObjectName(name)
    made.triggered.connect(slot)
    return made


def build(window) -> None:
    """The window's menus and toolbar (built again on a language change)."""
    from debtdesk.ui import files
    from debtdesk.ui.exports import Exporter

    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.setToolTipsVisible(True)
    file_menu.addAction(action(window, translate("MainWindow", "&New…"), lambda: files.new_file(window),
                                     QKeySequence.StandardKey.New, "newAction"))
    file_menu.addAction(action(window, translate("MainWindow", "&Open…"), lambda: files.open_file(window),
                                     QKeySequence.StandardKey.Open, "openAction"))
    file_menu.addAction(action(window, translate("MainWindow", "Open the e&xample household"), window.open_example,
                                     name="openExampleAction"))
    file_menu.addAction(action(window, translate("MainWindow", "Save a &copy…"), lambda: files.save_copy(window),
                                     QKeySequence.StandardKey.SaveAs, "saveCopyAction"))
    window.export_actions = Exporter(window).add_menu(file_menu)
    file_menu.addAction(action(window, translate("MainWindow", "Export payments to a &calendar…"),
                                     lambda: window.agreements.export_calendar(), name="calendarAction"))
    file_menu.addSeparator()
    safety_actions.add_actions(window, file_menu)  # Check file, Back up now, Restore from backup
    file_menu.addSeparator()
    file_menu.addAction(action(window, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit))

    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.setToolTipsVisible(True)
    undo = window.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    window.undo_action, window.redo_action = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    window.add_action = action(window, translate("MainWindow", "&Add a debt…"),
                               window.add_debt, "Ctrl+Shift+N", "addDebtAction")
    window.edit_action = action(window, translate("MainWindow", "&Edit debt…"),
                                window.edit_debt, "Ctrl+E", "editDebtAction")
    window.delete_action = action(window, translate("MainWindow", "&Delete debt"),
                                  window.delete_debt, QKeySequence.StandardKey.Delete, "deleteDebtAction")
    window.payment_action = action(window, translate("MainWindow", "Record a &payment…"),
                                   window.add_payment, "Ctrl+P", "paymentAction")
    window.contact_action = action(window, translate("MainWindow", "&Log a collector contact…"),
                                   window.log_contact, "Ctrl+L", "logContactAction")
    for debt_action in (window.add_action, window.edit_action, window.delete_action, window.payment_action,
                        window.contact_action):
        edit_menu.addAction(debt_action)
    edit_menu.addSeparator()
    window.find_action = action(window, translate("MainWindow", "&Find…"),
                                window.find, QKeySequence.StandardKey.Find, "findAction")
    edit_menu.addAction(window.find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(action(window, translate("MainWindow", "Overdue &stages…"),
                               window.edit_thresholds, name="stagesAction"))
    edit_menu.addAction(action(window, translate("MainWindow", "Reference rate &lines…"), window.edit_rate_lines,
                                     name="rateLinesAction"))
    # The Delete key deletes a debt only while the debts page has focus; other pages
    # (budget lines, evidence items) give the key their own meaning.
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if window.built_debts_page() is not None:  # otherwise the page takes it when it is built
        window.built_debts_page().addAction(window.delete_action)

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    titles = [translate("MainWindow", "Overview"),
        translate("MainWindow", "Debts")] + [title for _, title in window._lazy_titles()]
    for number, title in enumerate(titles, 1):
        view_menu.addAction(action(window, f"&{number} {title}", lambda _=False, i=number - 1: window.pages
                                         .setCurrentIndex(i), f"Ctrl+{number}", f"page{number}Action"))
    view_menu.addSeparator()
    add_language_menu(window, view_menu)

    toolbar = window.addToolBar(translate("MainWindow", "Debts"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for debt_action in (window.add_action, window.edit_action, window.delete_action, window.payment_action):
        toolbar.addAction(debt_action)
    toolbar.addSeparator()
    toolbar.addAction(undo)
    toolbar.addAction(redo)

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(action(window, translate("MainWindow", "&Guide"),
                               window.show_guide, QKeySequence.StandardKey.HelpContents,
                                     "guideAction"))
    help_menu.addAction(action(window, translate("MainWindow", "G&lossary"),
                               lambda: window.show_glossary(), name="glossaryAction"))
    help_menu.addSeparator()
    help_menu.addAction(action(window, translate("MainWindow", "&About DebtDesk"), window.about))


# -- language --------------------------------------------------------------------
def add_language_menu(window, view_menu) -> None:
    """View ▸ Language: each language named in itself, the current one checked."""
    menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for language in i18n.LANGUAGES:
        item = QAction(i18n.MENU_NAMES[language], menu)
        item.setObjectName(f"language_{language}")
        item.setCheckable(True)
        item.setChecked(language == i18n.current_language())
        item.triggered.connect(lambda _=False, chosen=language: i18n.set_language(chosen))
        group.addAction(item)
        menu.addAction(item)
