"""The Debts page: the register and the chosen debt, or, in a file with no debts, the first step.

An empty register with a detail pane saying "choose a debt" leads nowhere;
the empty panel says what to do and offers it: add the first debt, or look
around the example household first.  The window builds the page when it is
first needed (`build_for`), just after its first paint: the Overview shows first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from debtdesk.ui.help_dialog import help_button
from debtdesk.ui.widgets import plain_label


class EmptyDebts(QWidget):
    """What an empty file shows instead of an empty table."""

    add_requested = Signal()
    example_requested = Signal()
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyDebts")
        title = plain_label(self.tr("No debts in this file yet"), bold=True, size_delta=4)
        text = plain_label(self.tr(
            "Start with the debt that worries you most. Have its contract, statement or app at hand: the amount "
            "borrowed, the rate, how it is repaid and the due day. Add the payments you have made; DebtDesk works "
            "out the schedule, how far behind it is and what waiting costs."))
        self.add_button = QPushButton(self.tr("&Add your first debt…"))
        self.add_button.setObjectName("addFirstDebt")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_requested)
        self.example_button = QPushButton(self.tr("Open the e&xample household"))
        self.example_button.setObjectName("openExample")
        self.example_button.setToolTip(self.tr("A made-up household in its own file, to look around first."))
        self.example_button.clicked.connect(self.example_requested)
        self.guide_button = QPushButton(self.tr("Read the &guide"))
        self.guide_button.setObjectName("readGuide")
        self.guide_button.clicked.connect(self.guide_requested)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.example_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        words = QHBoxLayout()
        glossary_note = plain_label(self.tr("Words such as 等额本息, 罚息 or M2 are explained in the glossary."))
        glossary_note.setWordWrap(False)
        words.addWidget(glossary_note)
        words.addWidget(help_button("equal-instalment", self))
        words.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addLayout(words)
        box = QWidget()
        box.setFixedWidth(620)  # a readable line; word-wrapped labels need a width to find their height
        box.setLayout(column)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)


class DebtsPage(QStackedWidget):
    """The register page, which shows `empty` while the file holds no debts."""

    def __init__(self, register_and_detail: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("debtsPage")
        self.empty = EmptyDebts()
        self.full = register_and_detail
        self.addWidget(self.full)
        self.addWidget(self.empty)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.full)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


def build_for(window) -> tuple[DebtsPage, QWidget, QWidget]:
    """The Debts page with its register above the chosen debt's detail, wired to the window's actions."""
    from debtdesk.ui.debt_detail import DebtDetail
    from debtdesk.ui.register import Register

    register, detail = Register(), DebtDetail()
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(register)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    page = DebtsPage(splitter)
    register.debt_selected.connect(window._show_detail)
    register.edit_requested.connect(window.edit_debt)
    detail.add_payment_requested.connect(window.add_payment)
    detail.edit_payment_requested.connect(window.edit_payment)
    detail.delete_payment_requested.connect(window.delete_payment)
    page.empty.add_requested.connect(window.add_debt)
    page.empty.example_requested.connect(window.open_example)
    page.empty.guide_requested.connect(window.show_guide)
    return page, register, detail
