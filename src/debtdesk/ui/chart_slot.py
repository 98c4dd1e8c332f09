"""A place for a chart inside a screen, drawn only when the user asks for it.

Charts live where they are needed (the overview, a debt's detail, the budget,
the proposal), but matplotlib with its Qt backend costs about half a second
to load: the start-up path must not pay it.  A slot shows one button; the
first press loads the chart machinery and draws; after that the chart follows
the screen's data (`refresh`) while it is shown.  On a file of many debts the
panel works out the slow kinds' numbers (plans compared, on the Proposal page)
off the window's thread, and a newer `refresh` supersedes an older one.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from debtdesk.charts.kinds import ChartInputs


class ChartSlot(QWidget):
    def __init__(self, kind: str, inputs: Callable[[], ChartInputs | None], button_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"chartSlot_{kind}")
        self.kind, self._inputs = kind, inputs
        self.panel = None
        self.button = QPushButton(button_text)
        self.button.setObjectName(f"showChart_{kind}")
        self.button.clicked.connect(self.show_chart)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.button)

    def show_chart(self) -> None:
        """Draw the chart now (the first time, in place of the button)."""
        from debtdesk.ui.chart_panel import ChartPanel

        if self.panel is None:
            self.panel = ChartPanel(self.kind, self)
            self.panel.setMinimumHeight(320)
            self._layout.addWidget(self.panel)
            self.button.hide()
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the screen's current data, if the chart has been asked for."""
        if self.panel is None:
            return
        inputs = self._inputs()
        if inputs is not None:
            self.panel.plot(inputs)
