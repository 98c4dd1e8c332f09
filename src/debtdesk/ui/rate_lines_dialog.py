"""Editing the reference rate lines and the one-year LPR table (Edit ▸ Reference rate lines).

The lines are kept in the file's settings; a change is one undoable command,
like Edit ▸ Overdue stages.  The dialog reads every field as text and hands
it to the domain's parser, which names the field of each mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.rate_lines import (
    LineInput,
    RateReference,
    ReferenceInput,
    parse_reference,
    reference_to_input,
)
from debtdesk.services.settings import change_rate_reference, rate_reference
from debtdesk.ui.form_fields import FieldRow, date_edit, line, save_cancel, show_errors, translate_error
from debtdesk.ui.rate_texts import line_name
from debtdesk.ui.session import Session
from debtdesk.ui.undo import StoreCommand
from debtdesk.ui.widgets import plain_label


class RateLinesDialog(QDialog):
    """Returns its choice in `result_reference` (None when cancelled or unchanged input is invalid)."""

    def __init__(self, parent: QWidget | None, reference: RateReference):
        super().__init__(parent)
        self.setObjectName("RateLinesDialog")
        self.setWindowTitle(self.tr("Reference rate lines"))
        self.base = reference
        self.result_reference: RateReference | None = None

        intro = plain_label(self.tr(
            "Courts commonly do not support interest above these lines. DebtDesk compares each debt's true "
            "APR (fees included), contract rate and penalty rate with every line that applies to it. A line "
            "applies to contracts made on or after its date; the private-lending line uses the one-year LPR "
            "in force on the day the contract was made. Not legal advice: check the lines that apply to you."))
        lines_box = QGroupBox(self.tr("Lines"))
        grid = QGridLayout(lines_box)
        for column, title in enumerate((self.tr("Line"), self.tr("Rate"), self.tr("For contracts from"))):
            grid.addWidget(plain_label(title, bold=True), 0, column)
        self.enabled: dict[str, QCheckBox] = {}
        self.rows: dict[str, FieldRow] = {}
        for row, ref_line in enumerate(reference.lines, start=1):
            code = ref_line.code
            box = QCheckBox(line_name(code))
            box.setObjectName(f"enabled_{code}")
            box.setToolTip(self.tr("Untick to leave this line out of every check."))
            self.enabled[code] = box
            value = FieldRow(f"{code}.value", line(max_length=12))
            since = FieldRow(f"{code}.since", date_edit())
            self.rows[value.name], self.rows[since.name] = value, since
            unit = QLabel(self.tr("× the one-year LPR") if ref_line.follows_lpr else self.tr("% a year"))
            value_box = QHBoxLayout()
            value_box.addWidget(value, 1)
            value_box.addWidget(unit)
            grid.addWidget(box, row, 0)
            grid.addLayout(value_box, row, 1)
            grid.addWidget(since, row, 2)
        grid.setColumnStretch(0, 2)

        lpr_box = QGroupBox(self.tr("One-year Loan Prime Rate (LPR)"))
        self.lpr_table = QTableWidget(0, 2)
        self.lpr_table.setObjectName("lprTable")
        self.lpr_table.setHorizontalHeaderLabels([self.tr("In force from (YYYY-MM-DD)"), self.tr("% a year")])
        self.lpr_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lpr_table.verticalHeader().setVisible(False)
        self.lpr_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lpr_row = FieldRow("lpr", self.lpr_table)
        self.rows["lpr"] = self.lpr_row
        add = QPushButton(self.tr("Add a rate"))
        add.setObjectName("addLpr")
        add.clicked.connect(lambda: self.add_lpr_row(typing=True))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeLpr")
        remove.clicked.connect(self.remove_lpr_row)
        lpr_buttons = QHBoxLayout()
        lpr_buttons.addWidget(add)
        lpr_buttons.addWidget(remove)
        lpr_buttons.addStretch(1)
        lpr_layout = QVBoxLayout(lpr_box)
        lpr_layout.addWidget(plain_label(self.tr(
            "Add each new rate with the date it took effect; the one in force on a contract's start date "
            "is used.")))
        lpr_layout.addWidget(self.lpr_row)
        lpr_layout.addLayout(lpr_buttons)

        defaults = QPushButton(self.tr("Restore the defaults"))
        defaults.setObjectName("restoreDefaults")
        defaults.clicked.connect(lambda: self.show_reference(RateReference()))
        buttons = save_cancel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(defaults)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(lines_box)
        layout.addWidget(lpr_box, 1)
        layout.addLayout(bottom)
        self.show_reference(reference)
        self.resize(640, 620)

    def show_reference(self, reference: RateReference) -> None:
        typed = reference_to_input(reference)
        for entry in typed.lines:
            if entry.code in self.enabled:
                self.enabled[entry.code].setChecked(entry.enabled)
                self.rows[f"{entry.code}.value"].set_value(entry.value)
                self.rows[f"{entry.code}.since"].set_value(entry.since)
        self.lpr_table.setRowCount(0)
        for day, percent in reversed(typed.lpr):  # the newest rate on top
            self.add_lpr_row(day, percent)
        show_errors(self.rows, [])

    def add_lpr_row(self, day: str = "", percent: str = "", typing: bool = False) -> None:
        """A row at the end; for typing, an empty row on top with the cursor in it."""
        row = 0 if typing else self.lpr_table.rowCount()
        self.lpr_table.insertRow(row)
        self.lpr_table.setItem(row, 0, QTableWidgetItem(day))
        self.lpr_table.setItem(row, 1, QTableWidgetItem(percent))
        if typing:
            self.lpr_table.setCurrentCell(row, 0)
            self.lpr_table.editItem(self.lpr_table.item(row, 0))

    def remove_lpr_row(self) -> None:
        rows = sorted({index.row() for index in self.lpr_table.selectedIndexes()}, reverse=True)
        for row in rows or [self.lpr_table.rowCount() - 1]:
            if row >= 0:
                self.lpr_table.removeRow(row)

    def typed(self) -> ReferenceInput:
        def cell(row: int, column: int) -> str:
            item = self.lpr_table.item(row, column)
            return item.text() if item is not None else ""

        return ReferenceInput(
            lines=tuple(LineInput(code, self.rows[f"{code}.value"].value(), self.rows[f"{code}.since"].value(),
                                  box.isChecked()) for code, box in self.enabled.items()),
            lpr=tuple((cell(r, 0), cell(r, 1)) for r in range(self.lpr_table.rowCount())),
        )

    def try_accept(self) -> None:
        reference, errors = parse_reference(self.typed(), self.base)
        show_errors(self.rows, errors)
        lpr_errors = [translate_error(e) for e in errors if e.field == "lpr"]
        if len(lpr_errors) > 1:  # the table's row shows one message; list them all
            self.lpr_row.show_error("\n".join(lpr_errors))
        if reference is None:
            return
        self.result_reference = reference
        self.accept()


class ChangeRateLines(StoreCommand):
    """One undoable change of the file's reference lines and LPR table."""

    def __init__(self, session: Session, reference: RateReference):
        super().__init__(QCoreApplication.translate("RateLinesDialog", "Change reference rate lines"))
        self.session, self.after = session, reference
        self.before = rate_reference(session.store)

    def _apply(self, reference: RateReference) -> None:
        self.session.notify(change_rate_reference(self.session.store, reference))

    def apply(self) -> None:
        self._apply(self.after)

    def revert(self) -> None:
        self._apply(self.before)
