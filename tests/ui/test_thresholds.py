"""Stage thresholds edited globally and per lender, with undo."""

from __future__ import annotations

from debtdesk.ui.thresholds_dialog import ThresholdsDialog


def stage_of(window, lender):
    view = next(v for v in window.register.model.rows() if v.debt.lender.name == lender)
    return view.state.stage.value


def test_global_thresholds_move_a_debt_between_stages(window, script_dialog):
    assert stage_of(window, "微粒贷") == "mid"  # 20 days past due

    def fill(dialog):
        dialog.spins["mid"].setValue(25)

    script_dialog(ThresholdsDialog, fill)
    window.findChild(type(window.add_action), "stagesAction").trigger()
    assert stage_of(window, "微粒贷") == "early"
    window.undo_stack.undo()
    assert stage_of(window, "微粒贷") == "mid"


def test_one_lender_can_have_its_own_thresholds(window, script_dialog):
    def fill(dialog):
        dialog.scope.setCurrentIndex(dialog.scope.findText("中国建设银行"))
        dialog.own.setChecked(True)
        dialog.spins["late"].setValue(60)
        dialog.spins["severe"].setValue(120)

    script_dialog(ThresholdsDialog, fill)
    window.findChild(type(window.add_action), "stagesAction").trigger()
    assert stage_of(window, "中国建设银行") == "mid"  # 45 days: late only from 60 for this lender
    assert stage_of(window, "Anna Chan (private)") == "severe"  # others keep the defaults


def test_thresholds_out_of_order_are_refused(window, script_dialog):
    def fill(dialog):
        dialog.spins["late"].setValue(5)

    seen = script_dialog(ThresholdsDialog, fill)
    window.findChild(type(window.add_action), "stagesAction").trigger()
    assert "later than the one before" in seen[0].error.text()
    assert window.undo_stack.count() == 0 and stage_of(window, "微粒贷") == "mid"
