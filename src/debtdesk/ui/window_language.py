"""Switching the window's language at run time (View ▸ Language), without a restart.

Kept out of `main_window`: it is one responsibility (rebuild what shows
words, keep where the person was), and it reaches into the window's parts
the way `window_menus` does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from debtdesk.services import changes
from debtdesk.ui import file_banner


def rebuild(window) -> None:
    """Menus, toolbar, banners and pages in the new language, on the same page and the same debt.

    Pages are built again rather than each retranslating itself: what a
    page shows is read from the file, so nothing is lost but transient
    state such as a page's scroll position or an unfinished filter.
    """
    window._retranslating = False
    if window._closed or window.session is None:
        return
    from debtdesk.ui.exports import Exporter

    current = window.pages.currentIndex()
    debt_id = window.register.selected_id()
    search, only_overdue = window.register.search.text(), window.register.only_overdue.isChecked()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    old = (window.findChildren(QAction, options=direct) + window.findChildren(Exporter, options=direct)
           + window.menuBar().findChildren(QMenu, options=direct) + window.findChildren(QToolBar, options=direct))
    window.menuBar().clear()
    for item in old:
        if isinstance(item, QToolBar):
            window.removeToolBar(item)
        item.setObjectName("")  # found by name no more, gone at the next turn of the event loop
        item.deleteLater()
    window._build_actions()
    old_banner, old_reminders = window.banner, window.reminder_banner
    window._build_banners()
    column = window._column
    for old, new in ((old_banner, window.banner), (old_reminders, window.reminder_banner)):
        column.replaceWidget(old, new)
        old.hide()
        old.deleteLater()
    window.reminder_banner._dismissed = old_reminders._dismissed
    window.reminders.banner = window.reminder_banner
    window.pages.blockSignals(True)
    old_pages = [window.pages.widget(i) for i in range(window.pages.count())]
    window.pages.clear()
    for page in old_pages:
        page.hide()
        page.deleteLater()
    window._built.clear()
    window._build_debts_page()
    window._add_pages(window.session)
    window.pages.blockSignals(False)
    window.register.search.setText(search)
    window.register.only_overdue.setChecked(only_overdue)
    # The windows that stay open beside this one (Find, Help) are opened afresh when next asked for.
    help_window = window.findChild(QWidget, "HelpDialog")
    for beside in (window.search_dialog, help_window):
        if beside is not None:
            beside.close()
            beside.setObjectName("")
            beside.deleteLater()
    window.search_dialog = None
    window.session.last_changes = changes.EVERYTHING  # every word on the register is new
    window.reload()
    file_banner.refresh(window.file_banner, window.store)
    window._show_file_state()
    window.pages.setCurrentIndex(current)
    window._build_current_page(current)
    if debt_id is not None:
        window.register.select(debt_id)
    window._update_debt_actions()

