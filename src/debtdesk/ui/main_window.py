"""The main window: the register above, the selected debt below, menus around.

Every change goes through an undo command on `self.undo_stack`; the window
reloads from the store whenever the session says something changed.
Actions that act on one debt (edit, delete, record a payment, export its
schedule) work only on the Debts page, where the chosen debt is visible;
elsewhere they are disabled and their tooltip says why.  An empty file
shows its first step on the Debts page, the example household a banner.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMenu, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from debtdesk import APP_NAME
from debtdesk.domain.money import format_amount
from debtdesk.services import changes
from debtdesk.store import Store, StoreError
from debtdesk.store.settings import rate_reference
from debtdesk.ui import debt_actions, file_banner, i18n, msgbox, window_menus
from debtdesk.ui.widgets import ScrollWhenSmall
from debtdesk.ui.dashboard import Dashboard
from debtdesk.ui.example_banner import ExampleBanner
from debtdesk.ui.first_paint import FirstPaint
from debtdesk.ui.session import Session
from debtdesk.ui.undo import failures, resync


#: What reading a file's data can raise when a row holds something this version cannot use.
UNREADABLE = (StoreError, sqlite3.Error, ArithmeticError, ValueError, KeyError)


#: What the register, the debt detail, the totals and the reminder banner show.
_REGISTER_SHOWS = frozenset({changes.DEBTS, changes.PAYMENTS, changes.AGREEMENTS, changes.SETTINGS, changes.LETTERS})


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None, paint_first: bool = False):
        """`paint_first` (the app's own start): what the first screen does not show, the Debts page
        (built then, unless the file is empty and the window opens on it) and the reminders, follows
        the window's first paint."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._waiting_for_paint = paint_first
        self._after_paint: list = []  # see after_first_paint
        if paint_first:
            FirstPaint(self, self._first_painted)
        self.undo_stack = QUndoStack(self)
        self._debts_page = self._register = self._detail = None
        self._empty = False  # the file holds no debts (the Debts page then shows its first step)
        if not paint_first:
            self._build_debts_page()
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        from debtdesk.ui.reminder_banner import ReminderController

        self._build_banners()
        central = QWidget()
        column = self._column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.reminder_banner)
        column.addWidget(self.pages, 1)
        # On a small screen (1000×600) the tallest pages scroll as a whole rather than push the window
        # beyond the screen; at the default size nothing scrolls.
        self.setCentralWidget(ScrollWhenSmall(central))
        self.reminders = ReminderController(self, self.reminder_banner, follow_today=session.as_of == date.today())
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.totals)

        self.session: Session | None = None
        self._closed = False
        self._retranslating = False
        self._told_about_saving = False
        self.search_dialog = None
        self._build_actions()
        self._built: dict[str, QWidget] = {}
        self.file_banner = file_banner.install(self)  # read-only, recovered, … (see file_banner)
        self.set_session(session)
        failures.failed.connect(self._command_failed)  # only once the window stands
        self._add_pages(session)
        self.pages.currentChanged.connect(self._build_current_page)
        self.pages.currentChanged.connect(self._refresh_current_page)
        self.pages.currentChanged.connect(lambda _: self._update_debt_actions())
        self.undo_stack.indexChanged.connect(lambda _: self._say_changes_save_themselves())
        self._show_file_state()
        self.resize(1180, 760)

    def _build_banners(self) -> None:
        """The example household's banner and the reminders' banner, over every page."""
        from debtdesk.ui.reminder_banner import ReminderBanner

        self.banner = ExampleBanner()
        self.banner.start_requested.connect(self.start_own_file)
        self.reminder_banner = ReminderBanner()
        self.reminder_banner.show_requested.connect(lambda: self.pages.setCurrentWidget(self.agreements))

    def _build_debts_page(self) -> None:
        """The register above the chosen debt, or the first step in an empty file (in its tab, when
        the tabs stand already)."""
        from debtdesk.ui.debts_page import build_for

        page, register, detail = build_for(self)
        page.set_empty(self._empty)
        if hasattr(self, "delete_action"):  # the Delete key deletes a debt while this page has focus
            page.addAction(self.delete_action)
        self._register, self._detail, self._debts_page = register, detail, page
        if hasattr(self, "pages"):
            self._put_in_tab("debts", page, self.tr("Debts"))

    def _debts_parts(self) -> tuple:
        """The Debts page, its register and its detail, built on first use (the app's own start builds
        them just after the first paint)."""
        if self._debts_page is None:
            self._build_debts_page()
        return self._debts_page, self._register, self._detail

    debts_page = property(lambda self: self._debts_parts()[0])
    register = property(lambda self: self._debts_parts()[1])
    detail = property(lambda self: self._debts_parts()[2])

    def built_debts_page(self) -> QWidget | None:
        """The Debts page if it was built already (None otherwise: nothing is built for asking)."""
        return self._debts_page

    def _set_empty(self, empty: bool) -> None:
        self._empty = empty
        if empty or self._debts_page is not None:  # an empty file opens on the Debts page: build it then
            self.debts_page.set_empty(empty)

    def _add_pages(self, session: Session) -> None:
        """The Overview and Debts pages, and a placeholder for each page built when first shown."""
        self.dashboard = Dashboard(session)
        self.dashboard.debt_requested.connect(self.show_debt)
        self.pages.addTab(self.dashboard, self.tr("Overview"))
        debts = self._debts_page if self._debts_page is not None else self._placeholder("debts")
        self.pages.addTab(debts, self.tr("Debts"))
        # The other pages are built when first shown: start-up stays fast however many there are.
        for name, title in self._lazy_titles():
            self.pages.addTab(self._placeholder(name), title)

    @staticmethod
    def _placeholder(name: str) -> QWidget:
        """What stands in the tab of a page not built yet (`_put_in_tab` finds it by its name)."""
        placeholder = QWidget()
        placeholder.setObjectName(f"placeholder_{name}")
        return placeholder

    # -- session -----------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        """Show another file; only once it shows is the previous one closed and its undo history cleared.

        A file whose data cannot be shown raises StoreError and the window
        stays on the file it had, untouched.
        """
        old = self.session
        self.session = session
        if self._waiting_for_paint:
            session.statuses.hold_writes()  # status summaries are written after the first paint
        session.load_in_background(start=not self._waiting_for_paint)  # a large file: paint, then work out
        session.changed.connect(self.reload)
        try:
            for page in self.session_pages():
                page.set_session(session)
            self.reload()
        except UNREADABLE as exc:
            session.changed.disconnect(self.reload)
            self.session = old
            if old is not None:
                for page in self.session_pages():
                    page.set_session(old)
                self.reload()
            problem = str(exc) if str(exc) and not str(exc).startswith("[<class") else type(exc).__name__
            raise StoreError(self.tr("{name} holds data this version of DebtDesk cannot show ({problem}); "
                                     "it was left untouched.").format(name=session.store.path.name,
                                                                      problem=problem)) from exc
        self.undo_stack.clear()
        if old is not None:
            old.changed.disconnect(self.reload)
            self._close_store(old.store)
        if self.search_dialog is not None:
            self.search_dialog.set_session(session)
        if self.pages.count():
            self._show_file_state()
        file_banner.refresh(self.file_banner, session.store)

    def _show_file_state(self) -> None:
        """The title and banner say whose file this is; an empty file opens on its first step."""
        from debtdesk.store.example import is_example

        example = is_example(self.session.store)
        self.banner.setVisible(example)
        name = self.session.store.path.name
        if example:
            self.setWindowTitle(self.tr("{name} (example household, not your data) — {app}").format(
                name=name, app=APP_NAME))
        else:
            self.setWindowTitle(f"{name} — {APP_NAME}")
        if self._empty:
            self.pages.setCurrentWidget(self.debts_page)

    @staticmethod
    def _close_store(store: Store) -> None:
        """Close a file whose undo history is gone: stored copies nothing uses can go too."""
        from debtdesk.store.attachments import AttachmentStore

        AttachmentStore(store).prune()
        store.close()

    def closeEvent(self, event) -> None:
        if not self._closed and self.session is not None:
            self._closed = True
            failures.failed.disconnect(self._command_failed)
            self.undo_stack.clear()
            self._close_store(self.session.store)
        super().closeEvent(event)

    def _command_failed(self, command, step: str, problem: str) -> None:
        stack = self.undo_stack
        if step != "do" and not any(stack.command(i) is command for i in range(stack.count())):
            return  # another window's command
        texts = {
            "do": self.tr("“{action}” could not be saved, so the file is as it was before.\n\n{problem}"),
            "undo": self.tr("“{action}” could not be undone; the file still holds the change, and you can "
                            "try Undo again.\n\n{problem}"),
            "redo": self.tr("“{action}” could not be redone; the file is as it was, and you can try Redo "
                            "again.\n\n{problem}"),
        }
        msgbox.error(self, self.tr("Nothing was changed"), texts[step].format(action=command.text(), problem=problem))
        if step != "do":
            QTimer.singleShot(0, lambda: resync(stack, command, step))

    def session_pages(self) -> list:
        """Pages built so far that follow the open file."""
        return ([self.dashboard] if hasattr(self, "dashboard") else []) + list(self._built.values())

    # -- pages built on first use ------------------------------------------------------
    def _lazy_titles(self) -> list[tuple[str, str]]:
        return [("timeline", self.tr("Timeline")), ("contacts", self.tr("Collector contacts")),
                ("budget", self.tr("Budget")), ("evidence", self.tr("Evidence")),
                ("proposals", self.tr("Proposal")), ("letters", self.tr("Letters")),
                ("agreements", self.tr("Agreements")), ("charts", self.tr("Charts"))]

    def _make_page(self, name: str) -> QWidget:
        session, stack = self.session, self.undo_stack
        if name == "timeline":
            from debtdesk.ui.timeline_screen import TimelineScreen, file_contacts

            return TimelineScreen(session, lambda: file_contacts(self.session))
        if name == "contacts":
            from debtdesk.ui.contacts_screen import ContactsScreen

            return ContactsScreen(session, stack)
        if name == "budget":
            from debtdesk.ui.budget_screen import BudgetScreen

            return BudgetScreen(session, stack)
        if name == "evidence":
            from debtdesk.ui.evidence_screen import EvidenceScreen

            return EvidenceScreen(session, stack)
        if name == "proposals":
            from debtdesk.ui.proposal_screen import ProposalScreen

            page = ProposalScreen(session, stack)
            page.letter_requested.connect(self.write_letter)
            return page
        if name == "charts":
            from debtdesk.ui.charts_screen import ChartsScreen

            return ChartsScreen(session)
        if name == "agreements":
            from debtdesk.ui.agreements_screen import AgreementsScreen

            return AgreementsScreen(session, stack)
        from debtdesk.ui.letters_screen import LettersScreen

        return LettersScreen(session, stack)

    def _page(self, name: str) -> QWidget:
        """The page called `name`, built (and put in its tab) on first use."""
        if name not in self._built:
            page = self._built[name] = self._make_page(name)
            self._put_in_tab(name, page, dict(self._lazy_titles())[name])
        return self._built[name]

    def _put_in_tab(self, name: str, page: QWidget, title: str) -> None:
        """Put a page just built where its placeholder stood, the same tab staying current."""
        index = next((i for i in range(self.pages.count())
                      if self.pages.widget(i).objectName() == f"placeholder_{name}"), None)
        if index is None:
            return  # the tabs are being built: they take the page itself
        current = self.pages.currentIndex()
        self.pages.blockSignals(True)
        placeholder = self.pages.widget(index)
        self.pages.removeTab(index)
        self.pages.insertTab(index, page, title)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)
        placeholder.deleteLater()

    def _refresh_current_page(self, index: int) -> None:
        """A page that missed changes while out of sight catches up as it is shown."""
        page = self.pages.widget(index)
        if hasattr(page, "refresh_if_stale"):
            page.refresh_if_stale()

    def _build_current_page(self, index: int) -> None:
        name = self.pages.widget(index).objectName().removeprefix("placeholder_")
        if name == "debts":
            self._build_debts_page()
        elif name in dict(self._lazy_titles()):
            self._page(name)

    timeline = property(lambda self: self._page("timeline"))
    contacts = property(lambda self: self._page("contacts"))
    budget = property(lambda self: self._page("budget"))
    evidence = property(lambda self: self._page("evidence"))
    proposals = property(lambda self: self._page("proposals"))
    letters = property(lambda self: self._page("letters"))
    charts = property(lambda self: self._page("charts"))
    agreements = property(lambda self: self._page("agreements"))

    def built_page(self, name: str) -> QWidget | None:
        """The page called `name` if it was built already (None otherwise: nothing is built for asking)."""
        return self._built.get(name)

    def show_debt(self, debt_id: int) -> None:
        self.pages.setCurrentWidget(self.debts_page)
        self.register.search.clear()
        self.register.only_overdue.setChecked(False)
        self.register.select(debt_id)

    def reload(self) -> None:
        """The register, the debt shown, the totals and the reminders; only for changes they show."""
        if not self.session.last_changes.touches(_REGISTER_SHOWS):
            return
        if self.session.loading:  # a large file: the statuses arrive from a worker thread
            self.totals.setText(self.tr("Working out where {n} debts stand…").format(n=self.session.waiting_for))
            self._set_empty(False)
            return
        views = self.session.debt_views()
        self._set_empty(not views)
        self._update_totals(views)
        if self._waiting_for_paint:  # the register and the reminders follow the first paint
            return
        self._fill_register(views)

    def _fill_register(self, views) -> None:
        self.register.model.reference = self.detail.reference = rate_reference(self.store)
        self.register.set_views(views)
        self._show_detail(self.register.selected_id())
        if hasattr(self, "reminders"):
            self.reminders.update(views)

    def after_first_paint(self, then) -> None:
        """Run `then` once the window has painted (at once for a window not built with `paint_first`):
        what the first screen does not need waits for it, in the order asked."""
        if self._waiting_for_paint:
            self._after_paint.append(then)
        else:
            then()

    def _first_painted(self) -> None:
        self._waiting_for_paint = False
        steps = []
        if self.session is not None:
            steps += [self.session.statuses.write_held, self.session.start_loading]
        if self._debts_page is None:
            steps.append(self._build_debts_page)
        steps.append(self._fill_register_unless_loading)
        waiting, self._after_paint = self._after_paint, []
        for step in steps + waiting:
            if self._closed:
                return
            # Each on its own: one that fails (reported as any error is) must not leave the
            # statuses unloaded, the Debts page unbuilt or the full check and the crash log unstarted.
            try:
                step()
            except Exception:  # noqa: BLE001 - handed to the crash funnel below
                sys.excepthook(*sys.exc_info())

    def _fill_register_unless_loading(self) -> None:
        if self.session is not None and not self.session.loading:
            self._fill_register(self.session.debt_views())

    def _update_totals(self, views) -> None:
        by_currency: dict[str, list] = {}
        for v in views:
            by_currency.setdefault(v.debt.currency, []).append(v)
        parts = []
        for currency, vs in sorted(by_currency.items()):
            owed = sum((v.state.outstanding for v in vs), 0)
            overdue = sum((v.state.overdue_amount for v in vs), 0)
            parts.append(self.tr("{currency}: owed {owed}, overdue {overdue}").format(
                currency=currency, owed=format_amount(owed), overdue=format_amount(overdue)))
        as_of = i18n.show_date(self.session.as_of)
        self.totals.setText(" · ".join(parts + [self.tr("as of {date}").format(date=as_of)]))

    def _show_detail(self, debt_id: int | None) -> None:
        self.detail.show_view(self.session.debt_view(debt_id) if debt_id is not None else None)
        self._update_debt_actions()

    def _update_debt_actions(self) -> None:
        """Enable what acts on one debt only where that debt is on screen; say why otherwise."""
        if self._empty:
            why = self.tr("There are no debts in this file yet: add one first (Edit ▸ Add a debt).")
        elif self._debts_page is None or self.pages.currentWidget() is not self._debts_page:
            why = self.tr("Works on the debt chosen on the Debts page: open that page and choose a debt.")
        elif self.register.selected_id() is None:
            why = self.tr("Choose a debt in the list first.")
        else:
            why = ""
        for action in self._debt_actions():
            action.setEnabled(not why)
            action.setToolTip(why or action.iconText())
            action.setStatusTip(why)

    def _debt_actions(self) -> list[QAction]:
        return [self.edit_action, self.delete_action, self.payment_action,
                self.export_actions["schedule_csv"], self.export_actions["schedule_pdf"]]

    def _say_changes_save_themselves(self) -> None:
        """There is no Save: say so once, quietly, when the first change is made."""
        if self._told_about_saving or self.undo_stack.count() == 0:
            return
        self._told_about_saving = True
        self.statusBar().showMessage(self.tr(
            "Saved. DebtDesk saves every change as you make it; there is no Save button. "
            "Edit ▸ Undo takes a change back."), 20000)

    # -- actions -----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        return window_menus.action(self, text, slot, shortcut, name)

    def _build_actions(self) -> None:
        window_menus.build(self)

    def changeEvent(self, event) -> None:
        """A new language (View ▸ Language): build menus and pages again once the translators are in."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating and hasattr(self, "_built"):
            self._retranslating = True
            QTimer.singleShot(0, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        from debtdesk.ui import window_language

        window_language.rebuild(self)

    @property
    def store(self) -> Store:
        return self.session.store

    def current_view(self):
        debt_id = self.register.selected_id()
        return self.session.debt_view(debt_id) if debt_id is not None else None

    # Menus, the register and the debt's detail call these; `debt_actions` loads the dialogs and
    # undo commands when first used (none is needed to paint the window).
    def add_debt(self) -> None:
        debt_actions.add_debt(self)

    def edit_debt(self) -> None:
        debt_actions.edit_debt(self)

    def delete_debt(self) -> None:
        debt_actions.delete_debt(self)

    def add_payment(self) -> None:
        debt_actions.add_payment(self)

    def edit_payment(self, payment) -> None:
        debt_actions.edit_payment(self, payment)

    def delete_payment(self, payment) -> None:
        debt_actions.delete_payment(self, payment)

    def log_contact(self) -> None:
        """Edit ▸ Log a collector contact: on the contacts page, so the new entry is seen."""
        self.pages.setCurrentWidget(self.contacts)
        self.contacts.add_contact()

    # -- finding, help, the example ----------------------------------------------------
    def find(self):
        """Edit ▸ Find: the search dialog (one per window), its text selected for a new search."""
        from debtdesk.ui.search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.session, self)
            self.search_dialog.chosen.connect(self.show_found)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()
        return self.search_dialog

    def show_found(self, kind: str, record_id: int) -> None:
        """Show a search result on its own page."""
        if kind == "debt":
            self.show_debt(record_id)
        elif kind == "contact":
            self.pages.setCurrentWidget(self.contacts)
            self.contacts.reveal(record_id)
        elif kind == "evidence":
            self.pages.setCurrentWidget(self.evidence)
            self.evidence.select_item(record_id)

    def show_guide(self) -> None:
        from debtdesk.ui.help_dialog import show_guide

        show_guide(self)

    def show_glossary(self, term: str = "") -> None:
        from debtdesk.ui.help_dialog import show_glossary

        show_glossary(term, self)

    def open_example(self) -> None:
        from debtdesk.ui import files

        files.open_example(self)

    def start_own_file(self) -> None:
        from debtdesk.ui import files

        files.start_own_file(self)

    def edit_thresholds(self) -> None:
        from debtdesk.ui.thresholds_dialog import ChangeThresholds, ThresholdsDialog

        dialog = ThresholdsDialog(self, self.session)
        if dialog.exec() and dialog.result_change is not None:
            self.undo_stack.push(ChangeThresholds(self.session, *dialog.result_change))

    def edit_rate_lines(self) -> None:
        from debtdesk.ui.rate_lines_dialog import ChangeRateLines, RateLinesDialog

        dialog = RateLinesDialog(self, rate_reference(self.store))
        if dialog.exec() and dialog.result_reference not in (None, rate_reference(self.store)):
            self.undo_stack.push(ChangeRateLines(self.session, dialog.result_reference))

    def write_letter(self, debt_id: int, options) -> None:
        """The negotiation letter to one lender, with what the household plan proposes to it."""
        from debtdesk.ui.letter_dialog import LetterDialog

        LetterDialog(self, self.session, debt_id, options=options).exec()

    def about(self) -> None:
        from debtdesk import __version__

        msgbox.information(self, self.tr("About DebtDesk"), self.tr(
            "DebtDesk {version}\n\nKeeps track of overdue debts in one file on this computer: {path}\n\n"
            "Nothing in DebtDesk is legal advice.").format(version=__version__, path=self.store.path))
