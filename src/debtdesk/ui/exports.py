"""File ▸ Export: CSV tables for a spreadsheet, and the chosen debt's schedule as a PDF to print.

The tables come from `debtdesk.exports` (shared with `debtdesk export-csv`);
this module asks where to save and reports the result in the status bar.
The schedule exports act on the debt chosen on the Debts page, so the
window enables them only there (as it does Edit debt).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from debtdesk.ui import msgbox
from debtdesk.ui.i18n import show_date


class Exporter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    # -- the menu ------------------------------------------------------------------
    def add_menu(self, file_menu: QMenu) -> dict:
        """File ▸ Export ▸ …; returns the actions by name (the window enables the schedule ones)."""
        menu = file_menu.addMenu(self.tr("Ex&port"))
        menu.setObjectName("exportMenu")
        menu.setToolTipsVisible(True)
        actions = {}
        for name, text, slot in (
            ("register", self.tr("Debts &register as CSV…"), self.register),
            ("schedule_csv", self.tr("&Schedule of the chosen debt as CSV…"), self.schedule_csv),
            ("schedule_pdf", self.tr("Schedule of the chosen debt as &PDF to print…"), self.schedule_pdf),
            ("contacts", self.tr("Collector &contacts as CSV…"), self.contacts),
            ("budget", self.tr("&Budget as CSV…"), self.budget),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"export_{name}")
            action.triggered.connect(lambda _=False, run=slot: run())
            actions[name] = action
        return actions

    # -- helpers -------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pdf: bool = False) -> Path | None:
        """Where to write: beside the open file by default; the suffix is added when left out."""
        store_path = self.window.store.path
        suggested = store_path.with_name(f"{store_path.stem}-{name}")
        pattern = self.tr("PDF (*.pdf)") if pdf else self.tr("CSV for spreadsheets (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), pattern)
        if not path:
            return None
        path, suffix = Path(path), (".pdf" if pdf else ".csv")
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _failed(self, path: Path, exc: OSError) -> None:
        msgbox.error(self.window, self.tr("Could not export"), self.tr("{path} could not be written: {problem}")
                     .format(path=path, problem=exc.strerror or exc))

    def _done(self, path: Path) -> Path:
        self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 8000)
        return path

    def _write(self, rows, path: Path | None) -> Path | None:
        from debtdesk.exports.csv_tables import write_csv

        if path is None:
            return None
        try:
            write_csv(rows, path)
        except OSError as exc:
            self._failed(path, exc)
            return None
        return self._done(path)

    # -- the exports ---------------------------------------------------------------
    def register(self) -> Path | None:
        from debtdesk.exports.csv_tables import register_rows

        session = self.window.session
        path = self._ask_path(self.tr("Export the debts register"), f"debts-{session.as_of.isoformat()}.csv")
        return self._write(register_rows(session.debt_views()), path) if path else None

    def schedule_csv(self) -> Path | None:
        from debtdesk.exports.csv_tables import schedule_rows

        view = self.window.current_view()
        if view is None:
            return None
        path = self._ask_path(self.tr("Export the schedule"), f"schedule-{view.debt.id}.csv")
        return self._write(schedule_rows(view), path) if path else None

    def contacts(self) -> Path | None:
        from debtdesk.exports.csv_tables import contacts_rows
        from debtdesk.store.contacts import ContactLog

        path = self._ask_path(self.tr("Export the collector contact log"), "contacts.csv")
        if path is None:
            return None
        store = self.window.store
        log = ContactLog(store)
        names = {d.id: d.lender.name for d in store.debts()}
        return self._write(contacts_rows(log.flagged(), log.attachments_by_contact(), names), path)

    def budget(self) -> Path | None:
        """The budget shown on the Budget page, or the latest one if that page was not opened."""
        from debtdesk.exports.csv_tables import budget_rows
        from debtdesk.store.budgets import BudgetBook

        page = self.window.built_page("budget")
        budget = (page.current_budget() if page is not None else None) or BudgetBook(self.window.store).latest()
        if budget is None:
            msgbox.information(self.window, self.tr("Export the budget"),
                               self.tr("There is no budget in this file yet. Start one on the Budget page."))
            return None
        path = self._ask_path(self.tr("Export the budget"), f"budget-{budget.taken_on.isoformat()}.csv")
        return self._write(budget_rows(budget), path) if path else None

    def schedule_pdf(self) -> Path | None:
        from debtdesk.domain.money import format_amount
        from debtdesk.exports.schedule_pdf import ScheduleWords, render_schedule_pdf
        from debtdesk.ui.labels import label

        view = self.window.current_view()
        if view is None:
            return None
        path = self._ask_path(self.tr("Print the schedule to PDF"), f"schedule-{view.debt.id}.pdf", pdf=True)
        if path is None:
            return None
        debt, state = view.debt, view.state
        lines = [
            self.tr("{kind} · {method} · borrowed {amount} {currency} on {date}").format(
                kind=label(debt.kind), method=label(debt.method), amount=format_amount(debt.principal),
                currency=debt.currency, date=show_date(debt.start_date)),
            self.tr("As of {date}: outstanding {owed}, overdue {overdue}, {days} days past due ({stage}).").format(
                date=show_date(state.as_of), owed=format_amount(state.outstanding),
                overdue=format_amount(state.overdue_amount), days=state.days_past_due, stage=label(state.stage)),
        ]
        words = ScheduleWords(
            title=self.tr("Repayment schedule: {lender}"),
            headers=(self.tr("#"), self.tr("Due date"), self.tr("Payment"), self.tr("Principal"), self.tr("Interest"),
                     self.tr("Balance after"), self.tr("Status")),
            statuses={"paid": self.tr("Paid"), "part-paid": self.tr("Part paid"), "overdue": self.tr("Overdue"),
                      "overdue-part-paid": self.tr("Overdue, part paid"), "to-come": self.tr("To come")},
            footer=self.tr("Made with DebtDesk · page {page}"))
        try:
            render_schedule_pdf(view, path, lines, words)
        except OSError as exc:
            self._failed(path, exc)
            return None
        return self._done(path)
