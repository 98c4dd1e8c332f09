"""The proposal builder: schedule, fair share, affordability verdict, messages beside options."""

from __future__ import annotations

from debtdesk.store import Store


def debt_id(window, name):
    return next(d.id for d in window.store.debts() if d.lender.name == name)


def test_single_debt_proposal_schedule_and_verdict(window):
    screen = window.proposals
    screen.check_debt(debt_id(window, "中国建设银行"))
    screen.rows["deferral"].widget.setValue(2)
    screen.rows["instalments"].widget.setValue(12)
    screen.rows["waive-penalties"].widget.setChecked(True)
    screen.available.widget.setText("4000")
    assert screen.tabs.count() == 1
    model = screen.tabs.widget(0).model()
    assert model.rowCount() == 14
    assert model.index(13, 5).data() == "0.00"
    assert screen.verdict.text().startswith("Not affordable: some months ask for 4,987.76")
    screen.available.widget.setText("5000")
    assert screen.verdict.text().startswith("Affordable: at most 4,987.76")
    assert "owed today 58,044.13" in screen.summary.text()


def test_several_debts_get_a_fair_share(window):
    screen = window.proposals
    for name in ("微粒贷", "中国建设银行"):
        screen.check_debt(debt_id(window, name))
    screen.available.widget.setText("2000")
    assert screen.tabs.count() == 2
    shares = screen.plan_set.shares
    assert sum(shares.values()) == 2000
    assert screen.summary.text().count("Fair share:") == 2


def test_conflicting_options_show_a_message_beside_the_option(window):
    screen = window.proposals
    screen.check_debt(debt_id(window, "微粒贷"))
    screen.rows["settlement"].widget.setText("60")
    screen.rows["instalments"].widget.setValue(6)
    error = screen.rows["settlement"].error
    assert not error.isHidden() and "cannot be combined" in error.text()
    assert screen.plan_set is None and screen.tabs.count() == 0
    screen.rows["instalments"].widget.setValue(0)
    assert error.isHidden() and screen.tabs.count() == 1


def test_lower_payment_below_interest_is_explained(window):
    screen = window.proposals
    screen.check_debt(debt_id(window, "中国建设银行"))
    screen.rows["lower-payment"].widget.setText("50")
    assert "does not cover the interest" in screen.rows["lower-payment"].error.text()


def test_proposal_list_follows_the_file(window, tmp_path):
    screen = window.proposals
    assert screen.debts.count() == 6
    from debtdesk.ui.session import Session

    window.set_session(Session(Store.create(tmp_path / "empty.debtdesk"), window.session.as_of))
    assert screen.debts.count() == 0
    assert screen.verdict.text() == "Tick one or more debts on the left."
