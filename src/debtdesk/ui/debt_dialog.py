"""The form to add or edit a debt, with every field of DOMAIN.md section 1.

The dialog only gathers text: the domain's `parse_debt` decides what is
valid, and the dialog closes only when it returns no errors, so nothing is
saved half-way.  A live summary shows the first payment, total interest and
true APR while the person types.

A new debt's fields that have a default (grace days, penalty markup, the card
minimum …) show it as a real value; grey text appears only as an example
("e.g. 20000.00") in fields that must be filled in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.debt import (
    PRIORITY_KINDS, Debt, LenderKind, PaymentOrder, PenaltyBase, ProductKind, RateBasis, RepaymentMethod,
    default_compound, default_payment_order,
)
from debtdesk.domain.money import COMMON_CURRENCIES, format_amount
from debtdesk.domain.rates import true_apr
from debtdesk.domain.schedule import schedule_for
from debtdesk.domain.validation import TEXT_LIMITS, debt_to_raw, default_raw, parse_debt
from debtdesk.ui.form_fields import (
    FieldRow, check_box, combo, date_edit, example, fit_height, line, number_format, save_cancel, show_errors, text_box,
)
from debtdesk.ui.labels import choices
from debtdesk.ui.i18n import show_date


class DebtDialog(QDialog):
    def __init__(self, parent: QWidget | None, lender_names: list[str], as_of: date,
                 debt: Debt | None = None, earliest_payment: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit debt") if debt else self.tr("Add a debt"))
        self.setObjectName("DebtDialog")
        self._debt = debt
        self._earliest_payment = earliest_payment
        self.numbers = number_format()
        self.result_debt: Debt | None = None
        self.rows: dict[str, FieldRow] = {}

        lender = combo([(n, n) for n in lender_names], editable=True)
        lender.setCurrentIndex(-1)
        lender.lineEdit().setPlaceholderText(self.tr("e.g. 招商银行, 借呗, a friend's name"))
        due_day = QSpinBox()
        due_day.setRange(0, 31)
        due_day.setSpecialValueText(self.tr("same day as the start"))
        start = date_edit()
        start.setDate(QDate(as_of.year, as_of.month, as_of.day))

        loan = self._group(self.tr("The loan"), [
            ("lender", self.tr("Lender"), lender, ""),
            ("lender_kind", self.tr("Lender is a"), combo(choices(LenderKind)), ""),
            ("kind", self.tr("Kind of debt"), combo(choices(ProductKind)), ""),
            ("currency", self.tr("Currency"), combo([(c, c) for c in COMMON_CURRENCIES], editable=True), ""),
            ("principal", self.tr("Amount borrowed"), line(example("20000.00")), ""),
            ("upfront_fee", self.tr("Fees taken at the start"), line(),
             self.tr("Service fees deducted from the money you received; they raise the true rate.")),
            ("start_date", self.tr("Start date"), start, ""),
            ("term_months", self.tr("Term (months)"), line(example("12")), ""),
            ("due_day", self.tr("Due day of the month"), due_day,
             self.tr("In shorter months a due day of 29–31 falls on the month's last day.")),
            ("rate", self.tr("Contract rate"), self._rate_widget(), ""),
            ("method", self.tr("Repayment method"), combo(choices(RepaymentMethod)), ""),
            ("priority", self.tr("Priority"), check_box(self.tr("Keep paying this one first")),
             self.tr("A mortgage, a car needed for work: provided for before other lenders share what is left.")),
        ])
        late = self._group(self.tr("If a payment is late"), [
            ("grace_days", self.tr("Grace days"), line(), ""),
            ("penalty_markup", self.tr("Penalty rate above contract rate (%)"), line(),
             self.tr("Often 30–50%, charged daily.")),
            ("penalty_base", self.tr("Penalty interest is charged"), combo(choices(PenaltyBase)), ""),
            ("compound_penalty", self.tr("Unpaid interest"), check_box(self.tr("also carries penalty interest (复利)")),
             self.tr("Common for bank loans; without it an interest-only loan costs nothing late until maturity.")),
            ("penalty_rate", self.tr("Fixed penalty rate (% a year)"), line(),
             self.tr("Only if the contract names one (e.g. for a 0% loan); empty: the contract rate plus the "
                     "markup above.")),
            ("payment_order", self.tr("A payment goes first to"), combo(choices(PaymentOrder)),
             self.tr("Most Chinese loan contracts follow the Civil Code: fees, interest, then principal.")),
            ("late_fee_fixed", self.tr("Late fee per missed instalment"), line(), ""),
            ("late_fee_percent", self.tr("Late fee, % of the missed instalment"), line(), ""),
            ("min_payment_percent", self.tr("Card minimum payment (% of balance)"), line(), ""),
            ("min_payment_floor", self.tr("Card minimum payment at least"), line(), ""),
        ])
        details = self._group(self.tr("Details"), [
            ("account_number", self.tr("Account or card number"), line("", TEXT_LIMITS["account_number"]),
             self.tr("Shown masked elsewhere in the app.")),
            ("contacts", self.tr("Lender contacts"), text_box(), ""),
            ("notes", self.tr("Notes"), text_box(80), ""),
        ])
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        buttons = save_cancel(self)
        self.buttons = buttons

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(loan)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(late)
        right.addWidget(details)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.summary)
        outer.addWidget(buttons)

        raw = debt_to_raw(debt, self.numbers) if debt is not None else default_raw(self.numbers)
        if debt is not None:
            self.set_rate(raw.pop("rate"), raw.pop("rate_basis"))
        for name, text in raw.items():
            self.rows[name].set_value(text)
        for row in self.rows.values():
            self._connect_live_update(row.widget)
        self.rows["method"].widget.currentIndexChanged.connect(self._method_changed)
        self.rows["kind"].widget.currentIndexChanged.connect(self._kind_changed)
        self._method_chosen = debt is not None  # an existing debt's method is never changed for the user
        self.rows["method"].widget.activated.connect(lambda _: setattr(self, "_method_chosen", True))
        # Defaults that follow the kind and method until the user sets them (never on an existing debt).
        self._touched = set() if debt is None else {"priority", "compound_penalty", "payment_order"}
        self.rows["priority"].widget.clicked.connect(lambda: self._touched.add("priority"))
        self.rows["compound_penalty"].widget.clicked.connect(lambda: self._touched.add("compound_penalty"))
        self.rows["payment_order"].widget.activated.connect(lambda _: self._touched.add("payment_order"))
        self._kind_changed()
        self._method_changed()
        self.update_summary()
        fit_height(self)

    # -- layout helpers -----------------------------------------------------------
    def _rate_widget(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rate_edit = line(example("4.9"))
        self.rate_edit.setObjectName("field_rate_value")
        self.basis = combo(choices(RateBasis))
        self.basis.setObjectName("field_rate_basis")
        layout.addWidget(self.rate_edit, 1)
        layout.addWidget(self.basis)
        return box

    def _group(self, title: str, fields) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for name, text, widget, hint in fields:
            row = FieldRow(name, widget, hint)
            self.rows[name] = row
            form.addRow(text, row)
        return group

    def _connect_live_update(self, widget) -> None:
        for signal in ("textChanged", "currentIndexChanged", "dateChanged", "valueChanged", "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.update_summary)
        if widget is self.rows["rate"].widget:
            self.rate_edit.textChanged.connect(self.update_summary)
            self.basis.currentIndexChanged.connect(self.update_summary)

    def _kind_changed(self) -> None:
        """A credit card repays by minimum payments: suggest it until the user picks a method."""
        kind = ProductKind(self.rows["kind"].value())
        if not self._method_chosen:
            card = kind is ProductKind.CREDIT_CARD
            method = RepaymentMethod.REVOLVING if card else RepaymentMethod.EQUAL_INSTALMENT
            self.rows["method"].set_value(method.value)
        if "priority" not in self._touched:
            self.rows["priority"].set_value("yes" if kind in PRIORITY_KINDS else "no")
        if "payment_order" not in self._touched:
            self.rows["payment_order"].set_value(default_payment_order(kind).value)

    def _method_changed(self) -> None:
        method = RepaymentMethod(self.rows["method"].value())
        if "compound_penalty" not in self._touched:
            self.rows["compound_penalty"].set_value("yes" if default_compound(method) else "no")
        revolving = method is RepaymentMethod.REVOLVING
        for name in ("min_payment_percent", "min_payment_floor"):
            self.rows[name].setEnabled(revolving)
        self.rows["term_months"].setEnabled(not revolving)

    # -- reading ----------------------------------------------------------------
    def raw_values(self) -> dict[str, str]:
        raw = {name: row.value() for name, row in self.rows.items() if name != "rate"}
        raw["rate"] = self.rate_edit.text()
        raw["rate_basis"] = str(self.basis.currentData())
        if raw["method"] == RepaymentMethod.REVOLVING.value and not raw["term_months"].strip():
            raw["term_months"] = "1"
        return raw

    def set_rate(self, text: str, basis: str) -> None:
        self.rate_edit.setText(text)
        self.basis.setCurrentIndex(self.basis.findData(basis))

    def parse(self):
        debt_id = self._debt.id if self._debt else None
        return parse_debt(self.raw_values(), self._earliest_payment, debt_id, numbers=self.numbers)

    def update_summary(self) -> None:
        debt, errors = self.parse()
        if errors:
            self.summary.setText("")
            return
        schedule = schedule_for(debt)
        first = schedule.instalments[0]
        apr = true_apr(debt, schedule)
        parts = [
            self.tr("First payment {amount} on {date}").format(amount=format_amount(first.payment),
                                                               date=show_date(first.due_date)),
            self.tr("{count} payments, total interest {interest}").format(
                count=len(schedule), interest=format_amount(schedule.total_interest)),
            self.tr("Rate {annual}% a year = {daily}% a day").format(
                annual=_pct(debt.rate.annual), daily=_pct(debt.rate.daily, 4)),
        ]
        if apr is not None:
            parts.append(self.tr("true APR {apr}%").format(apr=_pct(apr)))
        self.summary.setText(" · ".join(parts))

    def try_accept(self) -> None:
        debt, errors = self.parse()
        show_errors(self.rows, errors)
        if errors:
            return
        self.result_debt = debt
        self.accept()


def _pct(fraction, places: int = 2) -> str:
    return f"{fraction * 100:.{places}f}"
