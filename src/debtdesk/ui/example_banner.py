"""The banner over every page while the example household is open.

The example is a made-up household; without a mark it would be reopened at
the next start and taken for the user's own file.  The banner says whose
data this is not, and offers the way out.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from debtdesk.ui.widgets import plain_label


class ExampleBanner(QFrame):
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # the theme's own note colour
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.title = plain_label(self.tr("Example data — nothing here is yours."), bold=True)
        self.title.setWordWrap(False)
        self.text = plain_label(self.tr(
            "A made-up household, kept in a file of its own to show how DebtDesk works. Change anything you like; "
            "your own debts go in your own file."))
        self.start_button = QPushButton(self.tr("&Start my own file"))
        self.start_button.setObjectName("startOwnFile")
        self.start_button.clicked.connect(self.start_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.start_button)
