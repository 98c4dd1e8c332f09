"""A quiet banner over the pages: what is due soon and what is late, and reminders while the window is open.

The banner is one line of counts and the most urgent item, with a button to
the Agreements page and one to hide it until something new comes up; it is
never a dialog.  While the window stays open a QTimer checks again every half
hour: when the window follows today's date and the day has changed it moves
the session to the new day, and anything urgent or due today that has not
been notified yet becomes one desktop notification (where the desktop has
notifications; nothing otherwise, and never a warning).
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from debtdesk.domain.money import format_amount
from debtdesk.ui.debts_model import stage_colour
from debtdesk.domain.overdue import Stage
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import show_date

if TYPE_CHECKING:
    from debtdesk.domain.reminders import Reminder

# The reminders (and the agreement checks they need) load when the banner is first filled, after
# the window's first paint: the banner starts hidden.

CHECK_EVERY_MS = 30 * 60 * 1000


class ReminderBanner(QFrame):
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = plain_label()
        self.text.setObjectName("reminderText")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("reminderShow")
        self.show_button.clicked.connect(self.show_requested)
        self.hide_button = QToolButton()
        self.hide_button.setObjectName("reminderHide")
        self.hide_button.setText("×")
        self.hide_button.setToolTip(self.tr("Hide until something new comes up"))
        self.hide_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.hide_button)
        self._shown_keys: frozenset[str] = frozenset()
        self._dismissed: frozenset[str] = frozenset()
        self.items: list[Reminder] = []
        self.setVisible(False)

    def dismiss(self) -> None:
        self._dismissed = self._shown_keys
        self.setVisible(False)

    def set_items(self, items: list[Reminder]) -> None:
        from debtdesk.domain.reminders import summarise

        self.items = list(items)
        keys = frozenset(item.key for item in items)
        self._shown_keys = keys
        self.text.setText(self.summary_text(items))
        urgent = summarise(items).urgent
        palette = self.palette()
        colour = stage_colour(Stage.LATE if urgent else Stage.MID)
        palette.setColor(QPalette.ColorRole.WindowText, colour if urgent else palette.color(QPalette.ColorRole.Text))
        self.text.setPalette(palette)
        self.setVisible(bool(items) and not keys <= self._dismissed)

    def summary_text(self, items: list[Reminder]) -> str:
        from debtdesk.domain.reminders import summarise

        counts = summarise(items)
        parts = []
        if counts.breaches:
            parts.append(self.tr("Agreements broken: {n}").format(n=counts.breaches))
        if counts.deadlines:
            parts.append(self.tr("Court deadlines coming: {n}").format(n=counts.deadlines))
        if counts.in_grace:
            parts.append(self.tr("Agreed payments late, still inside the grace: {n}").format(n=counts.in_grace))
        if counts.late:
            parts.append(self.tr("Debts with late payments: {n}").format(n=counts.late))
        if counts.due:
            parts.append(self.tr("Payments due within a week: {n}").format(n=counts.due))
        if counts.no_answer:
            parts.append(self.tr("Letters without an answer: {n}").format(n=counts.no_answer))
        if not items:
            return ""
        return " · ".join(parts) + "\n" + self.item_text(items[0])

    def item_text(self, item: Reminder) -> str:
        from debtdesk.domain.reminders import ReminderKind

        amount = f"{format_amount(item.amount)} {item.currency}".strip() if item.amount is not None else ""
        day = show_date(item.on)
        if item.kind is ReminderKind.BREACH:
            return self.tr("{lender}: the agreement counts as broken since {date} ({amount} missing).").format(
                lender=item.lender, date=day, amount=amount)
        if item.kind is ReminderKind.DEADLINE:
            return self.tr("Court deadline on {date}: {days} days left.").format(date=day, days=item.days)
        if item.kind is ReminderKind.IN_GRACE:
            return self.tr("{lender}: pay {amount} by {date} to keep the agreement.").format(
                lender=item.lender, amount=amount, date=day)
        if item.kind is ReminderKind.LATE:
            return self.tr("{lender}: {amount} overdue since {date}.").format(lender=item.lender, amount=amount,
                                                                               date=day)
        if item.kind is ReminderKind.DUE:
            return self.tr("{lender}: {amount} due on {date}.").format(lender=item.lender, amount=amount, date=day)
        return self.tr("{lender}: no answer to your letter by {date}.").format(lender=item.lender, date=day)


def _send_in_background(summary: str, body: str) -> None:
    from debtdesk.notices.notifier import notify

    threading.Thread(target=notify, args=(summary, body), daemon=True, name="debtdesk-notify").start()


class ReminderController(QObject):
    """Keeps the banner current and notifies once per new urgent item while the window is open."""

    notified = Signal(str, str)

    def __init__(self, window, banner: ReminderBanner, follow_today: bool,
                 send: Callable[[str, str], None] = _send_in_background, clock: Callable[[], date] = date.today):
        super().__init__(window)
        self.window, self.banner, self.follow_today = window, banner, follow_today
        self.send, self.clock = send, clock
        self.items: list[Reminder] = []
        self.seen: set[str] = set()  # shown when the window opened, or notified since
        self._first = True
        self._kept_items = None  # a services.reminder_items.ReminderItems once the banner is first filled
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def update(self, statuses=None) -> None:
        """Recompute from the open file (with the statuses the window has just computed, when given)."""
        from debtdesk.services.follow_up import follow_up
        from debtdesk.services.reminder_items import ReminderItems

        session = self.window.session
        if self._kept_items is None:  # each debt's items, kept while its status is the same object
            self._kept_items = ReminderItems()
        try:
            if statuses is None:
                items = list(follow_up(session.store, session.as_of).reminders)
            else:
                items = self._kept_items.items(session.store, session.as_of, list(statuses))
        except Exception:  # noqa: BLE001 - the banner must never stop the window from showing the file
            self.banner.set_items([])
            return
        self.items = items
        self.banner.set_items(self.items)
        if self._first:  # what the window opens on is shown by the banner, not notified as well
            self.seen.update(item.key for item in self.items)
            self._first = False

    def tick(self) -> None:
        from debtdesk.domain.reminders import ReminderKind

        session = self.window.session
        today = self.clock()
        if self.follow_today and today > session.as_of:
            session.as_of = today
            session.notify()  # the window reloads, and with it the banner
        else:
            self.update()
        fresh = [item for item in self.items if item.key not in self.seen
                 and (item.kind.urgent or (item.kind is ReminderKind.DUE and item.days == 0))]
        if not fresh:
            return
        self.seen.update(item.key for item in fresh)
        summary = QCoreApplication.translate("ReminderBanner", "DebtDesk: something needs attention")
        body = "\n".join(self.banner.item_text(item) for item in fresh[:5])
        self.notified.emit(summary, body)
        self.send(summary, body)
