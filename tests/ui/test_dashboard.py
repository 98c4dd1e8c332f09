"""The overview page: totals, the most urgent debt, what comes next."""

from __future__ import annotations


def test_overview_names_the_most_urgent_debt_and_the_totals(window):
    dash = window.dashboard
    assert window.pages.currentWidget() is dash
    assert dash.headline.text() == "The most urgent: Anna Chan (private), 120 days past due (Severe)."
    assert "127,390.26 owed in all, 24,070.84 of it overdue" in dash.totals.text()
    assert dash.worst_title.text() == "Severe: 91 or more days past due"
    assert "court document" in dash.you_should.text()


def test_overview_lists_coming_payments_and_stage_changes_in_date_order(window):
    dash = window.dashboard
    dates = [dash.payments_model.index(r, 0).data() for r in range(dash.payments_model.rowCount())]
    overdue = [d for d in dates if d.endswith("(overdue)")]
    # The overdue instalments come first (the most urgent payments of all), then the coming ones.
    assert dates[:len(overdue)] == overdue and len(overdue) == 5
    assert overdue[0] == "2026-07-26 (overdue)"  # Anna Chan, 120 days past due
    coming = dates[len(overdue):]
    assert coming == sorted(coming) and coming[0] == "2026-12-02"
    bank = next(r for r in range(dash.payments_model.rowCount())
                if dash.payments_model.index(r, 1).data() == "中国建设银行" and dates[r].endswith("(overdue)"))
    assert dash.payments_model.index(bank, 2).data() == "1,187.19 CNY"  # what is still unpaid of the half-paid one
    first = [dash.transitions_model.index(0, c).data() for c in range(4)]
    assert first == ["2026-11-26", "借呗 (蚂蚁消费金融)", "Mid overdue", "11.78 (+4.42)"]


def test_double_click_on_a_coming_change_opens_that_debt(window, qtbot):
    table = window.dashboard.findChild(type(window.register.table), "upcomingTransitions")
    index = table.model().index(0, 1)
    table.doubleClicked.emit(index)
    assert window.pages.currentWidget() is window.debts_page
    selected = window.register.selected_id()
    assert window.store.debt(selected).lender.name == "借呗 (蚂蚁消费金融)"


def test_overview_follows_changes(window, script_dialog, boxes):
    worst = next(v for v in window.register.model.rows() if v.debt.lender.name.startswith("Anna"))
    window.show_debt(worst.debt.id)  # actions act on the debt shown on the Debts page
    boxes.answers.append(True)
    window.delete_action.trigger()
    window.pages.setCurrentWidget(window.dashboard)  # out of sight until now: it catches up as it is shown
    assert window.dashboard.headline.text().startswith("The most urgent: 中国建设银行, 45 days")


def test_pages_are_built_when_first_shown(window):
    assert window._built == {}
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles == ["Overview", "Debts", "Timeline", "Collector contacts", "Budget", "Evidence", "Proposal",
                      "Letters", "Agreements", "Charts"]
    window.pages.setCurrentIndex(titles.index("Proposal"))
    assert window.pages.currentWidget() is window._built["proposals"]
    assert window.pages.currentWidget().objectName() == "ProposalScreen"
    assert list(window._built) == ["proposals"]


def test_overview_shows_how_far_the_preparation_is(app, qtbot, household_path, as_of):
    from debtdesk.store import Store
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    win = MainWindow(Session(Store.open(household_path), as_of))
    qtbot.addWidget(win)
    lines = win.dashboard.journey.text().splitlines()
    assert lines == [
        "Budget: 2,200.00 CNY a month left for debts (statement of 2026-11-13).",
        "Evidence: 4 of 12 items obtained or sent.",
        "Collector contacts: 4 logged, 2 with conduct that breaks the rules.",
    ]
    win.close()


def test_overview_of_an_empty_file_points_to_the_next_steps(window):
    assert window.dashboard.journey.text().splitlines()[0].startswith("Budget: none yet.")


def test_the_coming_tables_columns_fit_their_contents_after_each_reload(window, qtbot):
    from PySide6.QtWidgets import QTableView

    dash = window.dashboard
    table = dash.findChild(QTableView, "upcomingPayments")

    def fitted() -> bool:
        header = table.horizontalHeader()
        return all(table.columnWidth(c) == max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                   for c in range(table.model().columnCount() - 1))  # the last one stretches

    assert fitted()
    window.session.notify()  # a change: every figure reloaded
    assert fitted()
