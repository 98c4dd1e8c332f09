"""The options of one debt's proposal, as a form of option words.

The form reads its fields as the same words the `plan` command takes
('deferral=3', 'waive-penalties', ...) and leaves every rule to
`domain.proposal_options.parse_options`; problems are shown beside the
option they name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from debtdesk.domain.proposal_options import MAX_DEFERRAL, MAX_INSTALMENTS, MAX_PAUSE, ProposalOptions, options_to_dict
from debtdesk.domain.validation import FieldError
from debtdesk.ui.form_fields import FieldRow, line, translate_error

SPINS = ("deferral", "pause", "instalments", "lower-months")
TEXTS = ("lower-payment", "settlement", "settle-on")
FLAGS = ("waive-penalties", "freeze-interest")


def _spin(maximum: int, special: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText(special)
    return spin


class ProposalForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("proposalForm")
        self.setTitle(self.tr("What to ask for"))
        widgets = {
            "deferral": (self.tr("Defer payments for (months; interest runs on)"), _spin(MAX_DEFERRAL, self.tr("no deferral"))),
            "pause": (self.tr("Or pause for (months; no interest), then the same instalments"),
                      _spin(MAX_PAUSE, self.tr("no pause"))),
            "instalments": (self.tr("Repay in instalments over (months)"), _spin(MAX_INSTALMENTS, self.tr("as now"))),
            "lower-payment": (self.tr("Or pay a lower amount each month"), line(self.tr("e.g. 800"))),
            "lower-months": (self.tr("…for (months), then spread the rest"), _spin(120, self.tr("until repaid"))),
            "settlement": (self.tr("Or settle once at (% of the balance)"), line(self.tr("e.g. 60"))),
            "settle-on": (self.tr("…on (YYYY-MM-DD)"), line(self.tr("the first payment date"))),
            "waive-penalties": ("", QCheckBox(self.tr("Ask to waive penalty interest and fees (减免罚息)"))),
            "freeze-interest": ("", QCheckBox(self.tr("Ask to freeze interest (停息挂账)"))),
        }
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout(self)
        for name, (text, widget) in widgets.items():
            self.rows[name] = FieldRow(name, widget)
            form.addRow(text, self.rows[name])
            for signal in ("valueChanged", "textChanged", "toggled"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self.changed.emit())

    def words(self) -> list[str]:
        words = [f"{name}={self.rows[name].widget.value()}" for name in SPINS if self.rows[name].widget.value()]
        words += [f"{name}={self.rows[name].widget.text().strip()}" for name in TEXTS
                  if self.rows[name].widget.text().strip()]
        return words + [name for name in FLAGS if self.rows[name].widget.isChecked()]

    def fill(self, options: ProposalOptions | None) -> None:
        """Show `options` (None: nothing asked) without emitting `changed`."""
        values = options_to_dict(options or ProposalOptions())
        self.blockSignals(True)
        try:
            for name in SPINS:
                self.rows[name].widget.setValue(int(values.get(name, 0)))
            for name in TEXTS:
                self.rows[name].widget.setText(values.get(name, ""))
            for name in FLAGS:
                self.rows[name].widget.setChecked(bool(values.get(name)))
        finally:
            self.blockSignals(False)
        self.show_errors([])

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each problem beside its option; focus stays where the person is typing."""
        for row in self.rows.values():
            row.clear_error()
        for error in errors:
            if error.field in self.rows:
                self.rows[error.field].show_error(translate_error(error))
